"""How a reduction figure is printed: the one formatter of the documents (``forms.numbers``) for
the UI, the CLI and the PDFs alike, so a figure reads the same string everywhere.

The rounding rule is the documents' one: the figure is read as the decimal it is written as
(``str(84.525)`` = ``84.525``) and rounded to 2 decimals half to even (CLDR / Babel), so
84.525 t prints ``84.52`` and 84.535 t prints ``84.54`` on screen, in the terminal and on paper.
"""

from __future__ import annotations

from forms.numbers import fmt_qty, fmt_t

#: Decimals of every tonne figure of a reduction project (baseline, project, leakage, reduction).
DECIMALS = 2


def fmt_tonnes(value: float | None, lang: str = "en") -> str:
    """A tonne figure (tCO2e) with thousands separators and 2 decimals, as the PDD and the
    monitoring report print it; None -> the language's "not available"."""
    return fmt_t(value, lang, DECIMALS)


def fmt_credits(quantity: float, lang: str = "en") -> str:
    """A number of credits (whole units) as the monitoring report prints it."""
    return fmt_qty(quantity, lang)
