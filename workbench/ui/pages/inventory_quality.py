"""Inventory page: the selected row's uncertainty and data quality (distribution, +/- % at 95 %, the
five pedigree scores), one undoable edit through ``inventory.set_activity_uncertainty``."""

from __future__ import annotations

from workbench.services import inventory as inventory_service

from ..i18n import tr

DISTRIBUTIONS = ("none", "normal", "lognormal", "uniform", "triangular")


def _labels() -> dict[str, str]:
    return {
        "unc_dist": tr("Distribution"),
        "unc_pct": tr("± % at 95 %"),
        "pedigree": tr("Pedigree scores, e.g. (2,3,1,1,4)"),
    }


def _pedigree_check(label: str):
    def check(text: str) -> str | None:
        _scores, why = inventory_service.parse_pedigree(text)
        if why:
            return tr(
                "{0}: give five scores from 1 (best) to 5 (worst) in the order reliability, completeness, "
                "temporal, geographical and technological correlation."
            ).format(label)
        return None

    return check


def _row_values(project, row_id: int) -> dict:
    row = project.one("SELECT * FROM activities WHERE id = ?", (row_id,))
    scores = tuple(row[f] for f in inventory_service.PEDIGREE_FIELDS)
    return {
        "unc_dist": row["unc_dist"] or "none",
        "unc_pct": "" if row["unc_pct"] is None else f"{row['unc_pct']:g}",
        "pedigree": inventory_service.pedigree_text(None if scores[0] is None else scores),
    }


def uncertainty_edit(page, row_id: int, values: dict):
    """(text, redo, undo) setting the row to ``values`` (the dialog's texts) and back."""
    p = page.project
    old = _row_values(p, row_id)

    def put(v):
        def run():
            return inventory_service.set_activity_uncertainty(
                p,
                row_id,
                dist=(v["unc_dist"] or "none").strip().lower(),
                pct=v["unc_pct"],
                pedigree=v["pedigree"],
            )

        return run

    return tr("Set uncertainty of row {0}").format(row_id), put(values), put(old)


def quality_dialog(page) -> dict | None:
    """The form for the selected row; the values are checked as typed and by the service."""
    from ..dialogs import checks
    from ..dialogs.simple_form import ask_and_submit

    row_id = page.selected_row_id()
    if row_id is None:
        return None
    labels = _labels()

    def submit(v: dict) -> str | None:
        return page.try_edit(*uncertainty_edit(page, row_id, v))

    return ask_and_submit(
        page,
        tr("Uncertainty and data quality of row {0}").format(row_id),
        list(labels.items()),
        submit,
        values=_row_values(page.project, row_id),
        checks={
            "unc_dist": checks.one_of(labels["unc_dist"], DISTRIBUTIONS, tr("distribution"), case=False),
            "unc_pct": checks.number(labels["unc_pct"], minimum=0),
            "pedigree": _pedigree_check(labels["pedigree"]),
        },
    )
