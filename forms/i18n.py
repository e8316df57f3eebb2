"""English and Korean text of the printed documents, and number/date formatting per language.

Every label is looked up with :func:`tr`; a missing key raises so a document never prints a key.
An entry whose Korean is ``TERM`` is a domain term: its Korean comes from the one Korean glossary
(``resources/translations/glossary_ko.tsv``, read through :mod:`resources.glossary`), which the Qt
catalogue of the UI follows too, so a term reads the same on screen and on paper.

The catalogue data is in :mod:`forms.texts` and :mod:`forms.texts_reports`, the number and date
formatting in :mod:`forms.numbers`, the Korean particles in :mod:`forms.korean`; every name is
re-exported here so documents keep importing from this module.
"""

from __future__ import annotations

from forms.korean import has_batchim, josa
from forms.numbers import (
    fmt_amount,
    fmt_date,
    fmt_int,
    fmt_iso,
    fmt_mass_per_unit,
    fmt_money,
    fmt_pct,
    fmt_qty,
    fmt_sig,
    fmt_t,
)
from forms.texts import DOCUMENT_TEXTS, LANGS, TERM, _Term
from forms.texts_reduction import REDUCTION_TEXTS
from forms.texts_reports import REPORT_TEXTS
from resources import glossary

__all__ = [
    "LANGS",
    "TERM",
    "catalogue",
    "fmt_amount",
    "fmt_date",
    "fmt_int",
    "fmt_iso",
    "fmt_mass_per_unit",
    "fmt_money",
    "fmt_pct",
    "fmt_qty",
    "fmt_sig",
    "fmt_t",
    "has",
    "has_batchim",
    "is_term",
    "josa",
    "local",
    "tr",
]

# The whole catalogue: key -> (English, Korean or TERM); the data is in forms.texts and forms.texts_reports.
_T: dict[str, tuple[str, str | _Term]] = {**DOCUMENT_TEXTS, **REPORT_TEXTS, **REDUCTION_TEXTS}


def tr(key: str, lang: str, **kw) -> str:
    if lang not in LANGS:
        raise ValueError(f"language must be one of {LANGS}, got {lang!r}")
    english, korean = _T[key]
    if lang == "en":
        text = english
    else:
        text = glossary.korean(english) if korean is TERM else korean
    return text.format(**kw) if kw else text


def has(key: str) -> bool:
    return key in _T


def is_term(key: str) -> bool:
    """True when the entry's Korean comes from the glossary."""
    return _T[key][1] is TERM


def catalogue() -> dict[str, tuple[str, str]]:
    """Every entry as (English, Korean), glossary terms resolved (for the consistency tests)."""
    return {key: (tr(key, "en"), tr(key, "ko")) for key in _T}


def local(text: str | None, text_local: str | None, lang: str) -> str:
    """The Korean name when printing Korean and one exists, else the main name."""
    if lang == "ko" and text_local:
        return text_local
    return text or ""
