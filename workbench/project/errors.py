"""Errors meant for a person: each names the file, row or field and the reason."""

from __future__ import annotations

from dataclasses import dataclass


class ProjectError(Exception):
    """Base class for every error the workbench shows to a user (CLI prints it, UI shows it)."""

    def __init__(self, message: str, path: str | None = None):
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return self.message


class NotAProjectError(ProjectError):
    """The file is not a Carbon-Neutrality Workbench project (not SQLite, wrong app id, truncated)."""


class NewerSchemaError(ProjectError):
    """The file was written by a newer version of the workbench."""


class CorruptProjectError(ProjectError):
    """SQLite integrity check or schema check failed."""


class ReadOnlyError(ProjectError):
    """A write was attempted on a project opened read-only (or a table this mode may not write)."""


class LockedError(ProjectError):
    """The project is locked by another writer."""


@dataclass(frozen=True)
class RowError:
    """One problem in one input row: file, 1-based row number (header = row 1), field, reason."""

    file: str
    row: int | None
    field: str | None
    reason: str

    def __str__(self) -> str:
        where = self.file
        if self.row is not None:
            where += f", row {self.row}"
        if self.field:
            where += f", column '{self.field}'"
        return f"{where}: {self.reason}"


class InputError(ProjectError):
    """Bad input (an import, a form): carries every RowError found, up to a limit."""

    def __init__(self, errors: list[RowError], summary: str | None = None, truncated: bool = False):
        self.errors = list(errors)
        self.truncated = truncated
        head = summary or f"{len(self.errors)} problem(s) found; nothing was imported"
        lines = [head] + [f"  {e}" for e in self.errors[:20]]
        if len(self.errors) > 20 or truncated:
            lines.append(f"  ... and more ({'stopped after' if truncated else 'total'} {len(self.errors)})")
        super().__init__("\n".join(lines))
