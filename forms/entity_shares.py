"""The organisational boundary as printed: one row per entity with the share the consolidation
approach counts (QES section 3, the dossier through the QES, one line on the certificate)."""

from __future__ import annotations

from forms.base import data_table, para
from forms.i18n import fmt_pct, fmt_t, tr
from forms.model import Footprint


def _pct(value: float, lang: str) -> str:
    return fmt_pct(value, lang, 0 if float(value).is_integer() else 1)


def kind_word(kind: str, lang: str) -> str:
    return tr(f"ent.kind.{kind}", lang)


def _cons(fp: Footprint, lang: str) -> str:
    return tr(f"cons.{fp.consolidation or 'operational control'}", lang)


def shares_table(fp: Footprint, lang: str, w: float) -> list:
    """Flowables: the table of entities and shares (nothing when the footprint has none)."""
    if not fp.entity_shares:
        return []
    figures = any(e.gross_t is not None for e in fp.entity_shares)
    header = [tr("ent.name", lang), tr("ent.kind", lang), tr("ent.equity", lang), tr("ent.share", lang)]
    widths = [0.26, 0.2, 0.1, 0.1]
    if figures:
        header += [tr("ent.gross", lang), tr("ent.counted", lang), tr("ent.scope3", lang)]
        widths += [0.12, 0.12, 0.1]
    rows = []
    for e in fp.entity_shares:
        row = [e.name, kind_word(e.kind, lang), _pct(e.equity_pct, lang), _pct(e.share_pct, lang)]
        if figures:
            s3 = "-"
            if e.scope3_t:
                s3 = tr("ent.scope3.cat", lang, cat=e.scope3_category, t=fmt_t(e.scope3_t, lang))
            row += [fmt_t(e.gross_t, lang), fmt_t(e.counted_t, lang), s3]
        rows.append(row)
    scale = sum(widths)
    table = data_table(
        header, rows, [w * x / scale for x in widths], numeric=(2, 3, 4, 5) if figures else (2, 3)
    )
    return [table, para(tr("ent.note", lang, cons=_cons(fp, lang)))]


def certificate_line(fp: Footprint | None, lang: str) -> str | None:
    """'Equity share: Group 100 %, JV 40 %' (None when the footprint has no entities)."""
    if fp is None or not fp.entity_shares:
        return None
    parts = ", ".join(f"{e.name} {_pct(e.share_pct, lang)}" for e in fp.entity_shares)
    return f"{_cons(fp, lang)}: {parts}"
