"""Reporting periods: the one place that turns "this period" (an id, a label, or none for the
current one) into the period's row, with the error a user sees when it does not exist."""

from __future__ import annotations

from workbench.project.errors import ProjectError


def period_row(project, period_id: int | None = None) -> dict:
    """The period with ``period_id``, or the current period when it is None."""
    if period_id is None:
        period = project.current_period()
        if period is None:
            raise ProjectError(f"{project.path}: the project has no reporting period", project.path)
        return period
    period = project.one("SELECT * FROM periods WHERE id = ?", (period_id,))
    if period is None:
        raise ProjectError(f"{project.path}: period {period_id} does not exist", project.path)
    return period


def period_id(project, period_id: int | None = None) -> int:
    """The id of :func:`period_row` (checked to exist)."""
    return period_row(project, period_id)["id"]


def period_id_by_label(project, text: str | None) -> int | None:
    """A period named on the command line by its label (``2025``) or its id; None stays None."""
    if text is None:
        return None
    row = project.one(
        "SELECT id FROM periods WHERE label = ? OR CAST(id AS TEXT) = ?", (str(text), str(text))
    )
    if row is None:
        labels = ", ".join(r["label"] for r in project.periods())
        raise ProjectError(f"{project.path}: no period labelled '{text}' (periods: {labels})", project.path)
    return row["id"]
