"""Which tables each mode may write.

- ``edit`` (the client): every table except the verifier's (``verif_*``, ``signoff_*``), but the
  client may answer a finding: the columns in CLIENT_COLUMNS_ON_VERIFIER_TABLES.
- ``verifier``: only ``verif_*`` and ``signoff_*`` tables (the client's data is read-only).
- ``read``: nothing.
The audit log and the lock are written by the store itself, in any writable mode.
"""

from __future__ import annotations

from .errors import ReadOnlyError

VERIFIER_PREFIXES = ("verif_", "signoff_")

# table -> columns the client may update on the verifier's records
CLIENT_COLUMNS_ON_VERIFIER_TABLES: dict[str, frozenset[str]] = {
    "verif_findings": frozenset({"client_response", "response_by", "response_at"}),
}


def is_verifier_table(table: str) -> bool:
    return table.startswith(VERIFIER_PREFIXES)


def check_write(mode: str, table: str, op: str, columns=None, path: str = "") -> None:
    """Raise ReadOnlyError with a clear reason if ``mode`` may not do ``op`` on ``table``."""
    where = f"{path}: " if path else ""
    if mode == "read":
        raise ReadOnlyError(f"{where}the project is open read-only; cannot change '{table}'", path)
    if mode == "verifier":
        if not is_verifier_table(table):
            raise ReadOnlyError(
                f"{where}verifier mode: the client's data is read-only; '{table}' cannot be changed "
                "by the verifier (record a finding instead)",
                path,
            )
        return
    # edit (client) mode
    if is_verifier_table(table):
        allowed = CLIENT_COLUMNS_ON_VERIFIER_TABLES.get(table, frozenset())
        cols = set(columns or ())
        if op == "update" and cols and cols <= allowed:
            return
        raise ReadOnlyError(
            f"{where}'{table}' belongs to the verifier; the client can only answer findings "
            f"({', '.join(sorted(allowed)) or 'no columns'})",
            path,
        )
