"""Step statuses, the signed-data state and the lock text, computed for the main window.

`compute_statuses` runs in a worker thread through its own read-only connection, so a big file
never blocks the window and closing the project never waits for it.
"""

from __future__ import annotations

import os

from workbench.services import verification as verification_service

from .i18n import tr
from .navigator import STEPS


def lock_description(project) -> str:
    """Who holds the write lock, as the status bar shows it."""
    from .i18n import fmt_datetime

    holder = getattr(project, "lock_holder", None)
    if holder is None:
        return ""
    since = fmt_datetime(getattr(holder, "since", ""))
    if getattr(holder, "pid", None) == os.getpid() and not project.read_only:
        return tr("Lock: held by you since {0}").format(since)
    return tr("Locked by {0} on {1} since {2}").format(holder.user, holder.host, since)


def compute_statuses(pages: dict, path: str, progress=None) -> tuple[dict, str | None]:
    """{step: (state, note)} and the signed-data state, read through a separate read-only
    connection (a worker runs this; the window's connection stays free and can close any time)."""
    from workbench import open_project

    project = open_project(path, mode="read", integrity="none")
    try:
        states = {}
        for n, (key, _) in enumerate(STEPS):
            if progress is not None:
                progress(n / len(STEPS), key)  # raises Cancelled once the window closes
            try:
                states[key] = pages[key].step_status(project)
            except Exception as exc:  # noqa: BLE001 - status is advisory
                states[key] = ("issues", str(exc))
        return states, signed_state(project)
    finally:
        project.close()


def signed_state(project) -> str | None:
    """None (no sign-off), 'valid' or 'changed', from the verification service."""
    try:
        st = verification_service.status(project)
    except Exception:  # noqa: BLE001 - advisory only
        return None
    if st.signed_data_changed:
        return "changed"
    return "valid" if st.signed else None
