"""CSV and XLSX exports that a spreadsheet cannot run as formulas (CSV/formula injection).

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is prefixed with a
single quote, as OWASP recommends, so Excel, LibreOffice and Google Sheets show it as text. Plain
numbers (``-12.5``, ``+3``, ``1e-06``) are left alone so they stay numbers. Every export the
project writes goes through :func:`writer`, :func:`dict_writer` or :func:`cell`.
"""

from __future__ import annotations

import csv
import re

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def cell(value):
    """``value`` as it may be written to a spreadsheet cell: strings that would start a formula
    are quoted; numbers and other strings are returned unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_START) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


class _Writer:
    def __init__(self, inner):
        self._inner = inner

    def writerow(self, row):
        return self._inner.writerow([cell(v) for v in row])

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


class _DictWriter:
    def __init__(self, inner):
        self._inner = inner

    def writeheader(self):
        return self._inner.writeheader()

    def writerow(self, row: dict):
        return self._inner.writerow({k: cell(v) for k, v in row.items()})

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(fh, **kwargs) -> _Writer:
    """``csv.writer`` whose rows are neutralised cell by cell."""
    return _Writer(csv.writer(fh, **kwargs))


def dict_writer(fh, fieldnames, **kwargs) -> _DictWriter:
    """``csv.DictWriter`` whose rows are neutralised cell by cell."""
    return _DictWriter(csv.DictWriter(fh, fieldnames=fieldnames, **kwargs))


def is_safe(value) -> bool:
    """True when a value read back from an export cannot start a formula."""
    return not (isinstance(value, str) and value.startswith(FORMULA_START) and not _NUMBER.fullmatch(value))
