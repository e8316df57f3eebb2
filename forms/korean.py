"""Korean particles (josa): the right form of a particle after a word, by its final sound."""

from __future__ import annotations

# -- Korean particles ---------------------------------------------------------------------------
# A particle pair is chosen by whether the word's last sound ends in a consonant (batchim): for a
# Hangul syllable (code - 0xAC00) % 28 != 0; for digits and Latin letters the Korean reading of the
# last one (3 "삼", L "엘"); text in brackets at the end is skipped (the particle follows the word).
_DIGIT_BATCHIM = {
    "0": True,
    "1": True,
    "2": False,
    "3": True,
    "4": False,
    "5": False,
    "6": True,
    "7": True,
    "8": True,
    "9": False,
}  # 영 일 이 삼 사 오 육 칠 팔 구
_LETTER_BATCHIM = set("LMNR")  # 엘 엠 엔 알 (an acronym is read letter by letter)
_WORD_BATCHIM_END = ("m", "n", "l", "ng", "k", "p", "t", "ck")  # an English word read out: team, plan


def has_batchim(word: str) -> bool:
    """True when the last sound of ``word`` (as read in Korean) ends in a consonant."""
    import re

    text = (word or "").strip()
    while True:  # drop trailing bracketed text and punctuation: "주식회사 (가칭)" -> "주식회사"
        stripped = re.sub(r"\s*[(\[][^()\[\]]*[)\]]\s*$", "", text).rstrip(" .,;:·'\"")
        if stripped == text or not stripped:
            break
        text = stripped
    if not text:
        return False
    ch = text[-1]
    if "\uac00" <= ch <= "\ud7a3":
        return (ord(ch) - 0xAC00) % 28 != 0
    if ch.isdigit():
        return _DIGIT_BATCHIM[ch]
    if ch.isascii() and ch.isalpha():
        word_end = re.search(r"[A-Za-z]+$", text).group(0)
        if word_end.isupper():
            return ch in _LETTER_BATCHIM
        return word_end.lower().endswith(_WORD_BATCHIM_END)
    return False


_PAIRS = {"은": "는", "이": "가", "을": "를", "과": "와", "으로": "로", "이라": "라", "이며": "며"}


def josa(word: str, particle: str) -> str:
    """``word`` with the right form of a particle given in its after-consonant form:
    josa("한빛정밀 주식회사", "은") -> "한빛정밀 주식회사는"; josa("검증원", "이") -> "검증원이".
    "으로" after ㄹ is "로" (서울로)."""
    if particle not in _PAIRS:
        raise ValueError(f"josa: unknown particle {particle!r}")
    after_consonant = has_batchim(word)
    if particle == "으로" and after_consonant:
        text = (word or "").rstrip()
        ch = text[-1] if text else ""
        hangul_rieul = "\uac00" <= ch <= "\ud7a3" and (ord(ch) - 0xAC00) % 28 == 8
        if hangul_rieul or ch in "178L":  # final ㄹ: 서울로, 일로, 칠로, 팔로, 엘로
            after_consonant = False
    return f"{word}{particle if after_consonant else _PAIRS[particle]}"
