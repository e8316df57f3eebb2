"""Export of a product result to CSV or XLSX: the total, the stages, the processes, the flows, the
supply-chain tree and, when given, the variant comparison and the Monte Carlo summary.

Both formats hold the same table (:func:`result_rows`): one row per line of the result with a
``section`` column; the XLSX file puts each section on its own sheet as well. Every text cell goes
through :func:`workbench.services.common.safe_csv.cell`, so a label such as ``=cmd|...`` is never run
by a spreadsheet as a formula. Scores are kg CO2e per functional unit, shares fractions of the total.
"""

from __future__ import annotations

from pathlib import Path

from workbench.services.product.store import ProductError

COLUMNS = ["section", "label", "stage", "depth", "score_kgco2e", "share", "amount", "unit"]
EXPORT_FORMATS = ("csv", "xlsx")


def result_rows(result, comparison=None, monte_carlo=None) -> list[dict]:
    """The rows of an export, in print order (see the module docstring)."""
    rows = []

    def add(section, label, score=None, share=None, stage="", depth="", amount=None, unit=""):
        rows.append(
            {
                "section": section,
                "label": label,
                "stage": stage or "",
                "depth": depth,
                "score_kgco2e": score,
                "share": share,
                "amount": amount,
                "unit": unit or "",
            }
        )

    add("total", result.functional_unit or result.system, result.score, 1.0, unit="kg CO2e")
    add("method", f"CNW GWP100 {result.gwp_set}")
    for section, items in (
        ("stage", result.by_stage),
        ("process", result.by_process),
        ("flow", result.by_flow),
    ):
        for c in items:
            add(
                section,
                c.label,
                c.score,
                c.share,
                c.stage if section != "stage" else c.key,
                "",
                c.amount,
                c.unit,
            )
    if result.tree is not None:

        def walk(node, depth):
            share = node.score / result.score if result.score else None
            add("tree", node.label, node.score, share, "", depth, node.amount, node.unit)
            for child in node.children:
                walk(child, depth + 1)
            if node.cut:
                add("tree", "(inputs below the cut-off)", node.cut, None, "", depth + 1)

        walk(result.tree, 0)
    for c in result.uncharacterised:
        add("uncharacterised", c.label, None, None, "", "", c.amount, c.unit)
    if comparison is not None:
        for r in comparison.rows:
            add("comparison", f"{r['stage']}: {comparison.a.system}", r["a"])
            add("comparison", f"{r['stage']}: {comparison.b.system}", r["b"])
            add("comparison", f"{r['stage']}: difference", r["difference"], r.get("relative"))
    if monte_carlo is not None:
        mc = monte_carlo
        add("monte_carlo", "iterations", mc.iterations)
        add("monte_carlo", "seed", mc.seed)
        for name in ("mean", "median", "std", "p2_5", "p97_5"):
            add("monte_carlo", name, getattr(mc, name), unit="kg CO2e")
    return rows


def export_result(path, result, comparison=None, monte_carlo=None) -> Path:
    """Write the result to ``path``; the format follows the suffix (``.csv`` or ``.xlsx``).
    A wrong suffix or an unwritable path raises :class:`ProductError` naming the file."""
    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in EXPORT_FORMATS:
        raise ProductError(
            f"cannot export to '{path.name}': the file name must end in .csv or .xlsx (got '{path.suffix or 'none'}')"
        )
    rows = result_rows(result, comparison, monte_carlo)
    try:
        if fmt == "csv":
            _write_csv(path, rows)
        else:
            _write_xlsx(path, rows)
    except OSError as exc:
        raise ProductError(f"cannot write '{path}': {exc.strerror or exc}") from exc
    return path


def _write_csv(path: Path, rows: list[dict]) -> None:
    from workbench.services.common import safe_csv

    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = safe_csv.dict_writer(fh, fieldnames=COLUMNS)
        w.writeheader()
        for row in rows:
            w.writerow({k: _text(v) for k, v in row.items()})


def _text(v):
    if v is None:
        return ""
    if isinstance(v, float):
        return repr(v)
    return v


def _write_xlsx(path: Path, rows: list[dict]) -> None:
    from openpyxl import Workbook

    from workbench.services.common.safe_csv import cell

    wb = Workbook()
    ws = wb.active
    ws.title = "result"
    ws.append(COLUMNS)
    sheets = {"result": ws}
    for row in rows:
        for name in ("result", row["section"]):
            if name not in sheets:
                sheets[name] = wb.create_sheet(name[:31])
                sheets[name].append(COLUMNS)
            sh = sheets[name]
            sh.append([cell(row[c]) if row[c] not in (None, "") else None for c in COLUMNS])
    for sh in sheets.values():
        sh.column_dimensions["B"].width = 48
        sh.freeze_panes = "A2"
    wb.save(path)
