"""The Korean glossary: one Korean term per English domain term, for the UI and the printed documents.

The data is ``resources/translations/glossary_ko.tsv`` (UTF-8, tab-separated, one term a line; the
columns are described in ``resources/translations/README.md``). The printed documents take their
term entries from it at run time (``forms.i18n``); the Qt catalogue ``cnw_ko.ts`` / ``cnw_ko.qm`` is
brought in line with it by ``tools/sync_glossary.py``; ``tests/test_glossary.py`` checks both.

Read lazily on first use and cached: importing this module reads nothing.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache

from resources import path

FILE = ("translations", "glossary_ko.tsv")
COLUMNS = ("english", "korean", "variants", "avoid", "other_sense", "note")


@dataclass(frozen=True)
class Term:
    english: str
    korean: str
    variants: tuple[str, ...] = ()  # other English spellings that take the same Korean (plurals, values)
    avoid: tuple[str, ...] = ()  # regular expressions: Korean variants no catalogue may use any more
    other_sense: str = ""  # Korean of a second, documented sense of the same English word
    note: str = ""

    @property
    def spellings(self) -> tuple[str, ...]:
        return (self.english, *self.variants)


def normalise(english: str) -> str:
    """The lookup key of an English text: whitespace collapsed, case folded ('Base year' = 'base year')."""
    return " ".join(english.split()).casefold()


def _split(cell: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in cell.split(";") if x.strip())


@lru_cache(maxsize=1)
def terms() -> tuple[Term, ...]:
    """Every glossary term, in file order. ValueError on a malformed file."""
    file = path(*FILE)
    with open(file, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    if not rows or tuple(rows[0]) != COLUMNS:
        raise ValueError(f"{file}: the header must be {', '.join(COLUMNS)}")
    out = []
    for n, row in enumerate(rows[1:], start=2):
        if len(row) != len(COLUMNS):
            raise ValueError(f"{file}:{n}: {len(row)} columns, expected {len(COLUMNS)}")
        english, korean, variants, avoid, other, note = (c.strip() for c in row)
        if not english or not korean:
            raise ValueError(f"{file}:{n}: empty English or Korean term")
        for pattern in _split(avoid):
            re.compile(pattern)
        out.append(Term(english, korean, _split(variants), _split(avoid), other, note))
    return tuple(out)


@lru_cache(maxsize=1)
def _index() -> dict[str, Term]:
    index: dict[str, Term] = {}
    for term in terms():
        for spelling in term.spellings:
            key = normalise(spelling)
            if key in index:
                raise ValueError(
                    f"glossary: '{spelling}' listed twice ({index[key].english}, {term.english})"
                )
            index[key] = term
    return index


def lookup(english: str) -> Term | None:
    """The glossary term an English text is (any spelling, any case), or None."""
    return _index().get(normalise(english))


def korean(english: str) -> str:
    """The Korean of a glossary term; KeyError when `english` is not one."""
    term = lookup(english)
    if term is None:
        raise KeyError(f"'{english}' is not in the Korean glossary ({'/'.join(FILE)})")
    return term.korean
