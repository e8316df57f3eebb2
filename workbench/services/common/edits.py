"""Edits shared by every step that undo needs: restore a deleted row, change a project setting.

Each is one store action (`p.action`): one transaction with its audit rows, honouring the mode
permissions and leaving the file unchanged on error.
"""

from __future__ import annotations

from workbench.project.errors import ProjectError


def restore_row(project, table: str, row: dict, description: str) -> int:
    """Put back a deleted row with its original id (undo of a delete)."""
    with project.action(description) as tx:
        return tx.insert(table, dict(row))


def set_project_setting(project, key: str, value) -> None:
    """Change one project setting (e.g. gwp_set, scope2_basis); no service offers this yet."""
    allowed = {"gwp_set", "scope2_basis", "standard", "materiality_pct"}
    if key not in allowed:
        raise ProjectError(f"setting '{key}' cannot be changed here")
    with project.action(f"Change setting {key}") as tx:
        tx.set_setting(key, value)
