"""Inverse edits of the boundary step that undo needs: delete a site or an emission source.

Each is one store action (`p.action`): one transaction with its audit rows, honouring the mode
permissions and leaving the file unchanged on error.
"""

from __future__ import annotations

from workbench.project.errors import ProjectError


def delete_site(project, site_id: int) -> dict:
    """Undo of boundary.add_site; refuses while sources or activities still use the site."""
    row = project.one("SELECT * FROM sites WHERE id = ?", (site_id,))
    if not row:
        raise ProjectError(f"site {site_id} does not exist")
    used = project.one(
        "SELECT (SELECT count(*) FROM sources WHERE site_id = ?) + (SELECT count(*) FROM activities WHERE site_id = ?) n",
        (site_id, site_id),
    )
    if used and used["n"]:
        raise ProjectError(f"site '{row['code']}' is still used by {used['n']} source(s) or activity row(s)")
    with project.action(f"Delete site {row['code']}") as tx:
        tx.delete("sites", site_id)
    return row


def delete_source(project, source_id: int) -> dict:
    """Undo of boundary.add_source; refuses while activity data uses the source."""
    row = project.one("SELECT * FROM sources WHERE id = ?", (source_id,))
    if not row:
        raise ProjectError(f"emission source {source_id} does not exist")
    n = project.one("SELECT count(*) n FROM activities WHERE source_id = ?", (source_id,))["n"]
    if n:
        raise ProjectError(f"source '{row['code']}' still has {n} activity row(s)")
    with project.action(f"Delete emission source {row['code']}") as tx:
        tx.delete("sources", source_id)
    return row
