"""One Korean glossary for the UI and the printed documents (resources/translations/glossary_ko.tsv).

The documents' catalogue (forms.i18n) takes its term entries from the glossary at run time; the Qt
catalogue (cnw_ko.ts, compiled to cnw_ko.qm) is brought in line with it by tools/sync_glossary.py.
These tests fail when either drifts: a term translated two ways, a glossary term nobody uses, an
avoided Korean variant creeping back, or a .qm not recompiled.
"""

from __future__ import annotations

import csv
import re
import xml.etree.ElementTree as ET

import pytest

from forms import i18n as doc_i18n
from resources import glossary, path
from workbench.ui.i18n import CONTEXT, qm_path

TS = path("translations", "cnw_ko.ts")

# The terms the two catalogues translated differently before the glossary, and the Korean chosen.
PREVIOUSLY_CONFLICTING = {
    "Accreditation": "인정",
    "Base year": "기준연도",
    "Clause": "조항",
    "Commitment": "공약",
    "Finding": "발견사항",
    "Findings": "발견사항",
    "K-ETS emission report": "배출권거래제 명세서",
    "limited": "제한적 보증",
    "Materiality": "중요성",
    "Opinion": "의견",
    "reasonable": "합리적 보증",
    "Scope": "범위",
    "Scopes": "범위",
    "Share": "비중",
    "Source": "배출원",
    "Trajectory": "배출 경로",
    "Verifier": "검증기관",
}


def _ts_messages() -> list[tuple[str, str, str | None]]:
    """(source, translation, type) of every live message of the Qt catalogue."""
    out = []
    for msg in ET.parse(TS).getroot().iter("message"):
        trans = msg.find("translation")
        kind = trans.get("type") if trans is not None else None
        if kind in ("obsolete", "vanished"):
            continue
        out.append((msg.findtext("source") or "", (trans.text if trans is not None else "") or "", kind))
    return out


def _by_english(pairs) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for english, korean in pairs:
        out.setdefault(glossary.normalise(english), set()).add(korean)
    return out


def _ui() -> dict[str, set[str]]:
    return _by_english((s, t) for s, t, _ in _ts_messages())


def _docs() -> dict[str, set[str]]:
    return _by_english(doc_i18n.catalogue().values())


def test_glossary_file_is_utf8_tab_separated_without_duplicates_or_empty_korean():
    raw = path(*glossary.FILE).read_bytes().decode("utf-8")  # UTF-8 or this raises
    rows = list(csv.reader(raw.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE))
    assert tuple(rows[0]) == glossary.COLUMNS
    assert all(len(r) == len(glossary.COLUMNS) for r in rows[1:])
    english = [glossary.normalise(r[0]) for r in rows[1:]]
    assert len(english) == len(set(english)), sorted(e for e in english if english.count(e) > 1)
    assert all(r[1].strip() for r in rows[1:]), [r[0] for r in rows[1:] if not r[1].strip()]
    spellings = [glossary.normalise(s) for t in glossary.terms() for s in t.spellings]
    assert len(spellings) == len(set(spellings)), "a variant repeats another term"
    assert len(glossary.terms()) == len(rows) - 1


def test_every_glossary_term_is_used_by_a_catalogue():
    english = [e for e, _ in doc_i18n.catalogue().values()] + [s for s, _, _ in _ts_messages()]
    unused = [
        t.english
        for t in glossary.terms()
        if not any(
            re.search(rf"(?<!\w){re.escape(s)}(?!\w)", text, re.IGNORECASE)
            for s in t.spellings
            for text in english
        )
    ]
    assert not unused, unused


def test_every_term_both_catalogues_use_is_in_the_glossary_and_translated_identically():
    ui, docs = _ui(), _docs()
    shared = sorted(set(ui) & set(docs))
    assert len(shared) >= 53
    missing = [e for e in shared if glossary.lookup(e) is None]
    assert not missing, f"shared by the UI and the documents but not in the glossary: {missing}"
    bad = []
    for english in shared:
        term = glossary.lookup(english)
        used = ui[english] | docs[english]
        if term.other_sense:
            # a word with a documented second sense ('Source': an emission source, or where a value
            # was published) may print either; the glossary's main sense must be common to both
            ok = used <= {term.korean, term.other_sense} and term.korean in ui[english] & docs[english]
        else:
            ok = used == {term.korean}
        if not ok:
            bad.append(
                f"{english}: UI {sorted(ui[english])}, documents {sorted(docs[english])}, glossary {term.korean}"
            )
    assert not bad, "\n".join(bad)


def test_document_entries_that_are_terms_take_the_korean_from_the_glossary():
    bad = []
    for key, (english, korean) in doc_i18n.catalogue().items():
        term = glossary.lookup(english)
        if term is None:
            continue
        if not doc_i18n.is_term(key) and korean != term.other_sense:
            bad.append(f"{key}: {english!r} -> {korean!r} is written out; use TERM (glossary: {term.korean})")
        elif doc_i18n.is_term(key):
            assert korean == term.korean
    assert not bad, "\n".join(bad)


def test_qt_catalogue_entries_that_are_terms_have_the_glossary_korean():
    """What tools/sync_glossary.py writes; run it after editing the glossary."""
    bad = []
    for source, translation, kind in _ts_messages():
        term = glossary.lookup(source)
        if term is None:
            continue
        if kind == "unfinished" or translation not in {term.korean, term.other_sense} - {""}:
            bad.append(f"{source!r}: {translation!r} ({kind or 'finished'}); glossary: {term.korean!r}")
    assert not bad, "run tools/sync_glossary.py:\n" + "\n".join(bad)


def test_the_compiled_qm_has_the_glossary_terms():
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(qm_path("ko")))
    bad = []
    for source, translation, _ in _ts_messages():
        term = glossary.lookup(source)
        if term is not None and translator.translate(CONTEXT, source) != translation:
            bad.append(f"{source!r}: .qm {translator.translate(CONTEXT, source)!r}, .ts {translation!r}")
    assert not bad, "cnw_ko.qm is older than cnw_ko.ts (run tools/sync_glossary.py):\n" + "\n".join(bad)


def test_no_catalogue_uses_a_korean_variant_the_glossary_avoids():
    texts = [("UI", s, t) for s, t, _ in _ts_messages()] + [
        ("documents", e, k) for e, k in doc_i18n.catalogue().values()
    ]
    bad = [
        f"{where} {english!r}: {korean!r} uses {pattern!r} (glossary: {term.korean})"
        for term in glossary.terms()
        for pattern in term.avoid
        for where, english, korean in texts
        if re.search(pattern, korean)
    ]
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("english", sorted(PREVIOUSLY_CONFLICTING))
def test_previously_conflicting_terms_now_agree(english):
    want = PREVIOUSLY_CONFLICTING[english]
    assert glossary.korean(english) == want
    key = glossary.normalise(english)
    assert _ui()[key] == {want}
    docs = _docs()[key]
    assert want in docs and docs <= {want, glossary.lookup(english).other_sense}


def test_lookup_is_case_insensitive_and_refuses_unknown_words():
    assert glossary.korean("BASE YEAR") == glossary.korean("base year") == "기준연도"
    assert glossary.lookup("Findings") is glossary.lookup("finding")
    with pytest.raises(KeyError, match="not in the Korean glossary"):
        glossary.korean("flux capacitor")
