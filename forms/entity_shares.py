"""The organisational boundary as printed: one row per entity with the share the consolidation
approach counts (QES section 3, the dossier through the QES, one line on the certificate), and the
structural changes since the base year with the restated base year next to the original (QES
footprint section, the dossier through the QES)."""

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


def structural_block(fp: Footprint | None, lang: str, w: float) -> list:
    """Flowables: acquisitions and divestments since the base year, each at the approach's share,
    and the base year original vs restated with the recalculation verdict (nothing without any)."""
    import datetime as dt

    from forms.base import heading, kv_table
    from forms.i18n import fmt_date

    chk = None if fp is None else fp.structural
    if chk is None:
        return []
    out = [
        heading(tr("ent.struct.h", lang), 2),
        para(
            tr(
                "ent.struct.text",
                lang,
                base=chk.base_year_label,
                cons=_cons(fp, lang),
                thr=_pct(chk.threshold_pct, lang),
            )
        ),
    ]
    if chk.changes:
        rows = [
            [
                c.entity,
                tr(f"ent.struct.{c.change}", lang),
                fmt_date(dt.date.fromisoformat(c.date), lang),
                fmt_t(c.base_year_t, lang),
                _pct(c.share_pct, lang),
                fmt_t(c.adjustment_t, lang),
            ]
            for c in chk.changes
        ]
        header = [
            tr("ent.name", lang),
            tr("ent.struct.change", lang),
            tr("ent.struct.date", lang),
            tr("ent.struct.base_t", lang),
            tr("ent.share", lang),
            tr("ent.struct.adj", lang),
        ]
        widths = [0.24, 0.14, 0.18, 0.16, 0.1, 0.18]
        out.append(data_table(header, rows, [w * x for x in widths], numeric=(3, 4, 5)))
    out.append(
        kv_table(
            [
                (tr("ent.struct.original", lang), f"{fmt_t(chk.original_t, lang)} tCO2e"),
                (tr("ent.struct.restated", lang), f"{fmt_t(chk.restated_t, lang)} tCO2e"),
                (
                    tr("ent.struct.pct", lang),
                    _pct(round(chk.change_pct, 1), lang) if chk.change_pct is not None else "-",
                ),
            ],
            w,
        )
    )
    out.append(para(tr("ent.struct.required" if chk.required else "ent.struct.not_required", lang)))
    if chk.missing:
        out.append(para(tr("ent.struct.missing", lang, names=", ".join(chk.missing)), "warn"))
    return out
