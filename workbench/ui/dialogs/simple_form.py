"""A small form dialog: labelled line edits, OK/Cancel, returns a dict or None.

``checks`` ({key: check}) are run as the user types (see ``checks.py``); ``submit(values)`` does
the work when OK is pressed and returns None or a refusal message, which keeps the dialog open
with the input (see ``checked_form.py``)."""

from __future__ import annotations

from ..errors import show_error
from .checked_form import CheckedForm

FormDialog = CheckedForm


def ask(
    parent,
    title: str,
    fields: list[tuple[str, str]],
    values: dict | None = None,
    checks: dict | None = None,
    submit=None,
    cross=None,
    browse=None,
) -> dict | None:
    """``cross``: checks over all values, each ``f(values) -> (key, message) | None``;
    ``browse``: {key: (button text, picker)} (see ``CheckedForm``)."""
    checks = checks or {}
    dialog = CheckedForm(
        parent, title, [(k, label, checks.get(k)) for k, label in fields], values, submit, browse
    )
    dialog.cross_checks = list(cross or [])
    return dialog.values() if dialog.exec() else None


def ask_and_submit(
    parent,
    title: str,
    fields: list[tuple[str, str]],
    submit,
    values: dict | None = None,
    checks=None,
    cross=None,
    browse=None,
) -> dict | None:
    """``ask`` with ``submit`` run exactly once on the accepted values: inside the dialog (a
    refusal keeps it open) or, when the values came from elsewhere (a script answering ``ask``),
    after it, with a refusal shown as an error."""
    state = {"done": False}

    def once(v):
        refused = submit(v)
        state["done"] = not refused
        return refused

    answer = ask(parent, title, fields, values, checks=checks, submit=once, cross=cross, browse=browse)
    if answer is not None and not state["done"]:
        refused = submit(answer)
        if refused:
            show_error(parent, ValueError(refused), title)
            return None
    return answer
