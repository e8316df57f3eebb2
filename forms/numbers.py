"""Number and date formatting of the printed documents, per language (Babel / CLDR)."""

from __future__ import annotations

from datetime import date

from forms.texts import DOCUMENT_TEXTS, LANGS


def _not_available(lang: str) -> str:
    """The catalogue's "not available" text, as ``forms.i18n.tr("f.not_available", lang)`` gives it
    (read from the data here so that this module does not import forms.i18n back)."""
    if lang not in LANGS:
        raise ValueError(f"language must be one of {LANGS}, got {lang!r}")
    english, korean = DOCUMENT_TEXTS["f.not_available"]
    return english if lang == "en" else korean


# Babel (CLDR) formats every number and date the documents print, per language; one place per
# kind of figure so the same figure reads the same everywhere (issue 16).
_LOCALES = {"en": "en_GB", "ko": "ko_KR"}


def _num(value: float, lang: str, decimals: int) -> str:
    from babel.numbers import format_decimal

    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(
        value, format=pattern, locale=_LOCALES.get(lang, "en_GB"), decimal_quantization=True
    )


def fmt_t(value: float | None, lang: str = "en", decimals: int = 2) -> str:
    """Tonnes CO2e, thousands separators and 2 decimals: 1234.5 -> '1,234.50'. None -> 'not available'."""
    if value is None:
        return _not_available(lang)
    return _num(value, lang, decimals)


def fmt_qty(value: float, lang: str = "en") -> str:
    """Credit quantities (whole units; a fractional quantity keeps 2 decimals)."""
    return _num(value, lang, 0 if float(value).is_integer() else 2)


def fmt_int(value: float, lang: str = "en") -> str:
    """Counts and whole quantities with thousands separators."""
    return _num(value, lang, 0)


def fmt_amount(value: float, lang: str = "en", decimals: int = 1) -> str:
    """Activity quantities (litres, MWh, km ...): thousands separators, 1 decimal."""
    return _num(value, lang, decimals)


def fmt_pct(value: float | None, lang: str = "en", decimals: int = 1) -> str:
    """A percentage already multiplied by 100: 10.04 -> '10.0 %'."""
    if value is None:
        return _not_available(lang)
    return f"{_num(value, lang, decimals)} %"


def fmt_money(value: float | None, currency: str | None, lang: str = "en", decimals: int = 0) -> str:
    """Money with its ISO currency code: 'KRW 12,346' (the code reads the same in both languages)."""
    if value is None:
        return _not_available(lang)
    return f"{(currency or '').upper()} {_num(value, lang, decimals)}".strip()


def fmt_sig(value: float, lang: str = "en", digits: int = 4) -> str:
    """A factor value with ``digits`` significant digits and no e-notation: 0.05444, 9,115.9."""
    import math

    if value == 0:
        return "0"
    decimals = max(0, digits - 1 - math.floor(math.log10(abs(value))))
    text = _num(round(value, decimals), lang, decimals)
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def fmt_mass_per_unit(kg: float, lang: str = "en") -> str:
    """A mass per unit of activity in the largest of kg, g, mg that keeps it at 1 or more: a factor's
    gas content reads '186 g' or '1.6 mg' instead of 0.186 or 1.6e-06 kg."""
    for unit, scale in (("kg", 1.0), ("g", 1e3), ("mg", 1e6)):
        if abs(kg) * scale >= 1 or unit == "mg":
            return f"{fmt_sig(kg * scale, lang)} {unit}"
    return f"{fmt_sig(kg, lang)} kg"


def fmt_date(d: date | None, lang: str = "en") -> str:
    """Long date: '31 December 2025' / '2025년 12월 31일'."""
    if d is None:
        return _not_available(lang)
    from babel.dates import format_date

    return format_date(d, "long", locale=_LOCALES.get(lang, "en_GB"))


def fmt_iso(d: date | None, lang: str = "en") -> str:
    """ISO date (2025-12-31) for tables."""
    return _not_available(lang) if d is None else d.isoformat()
