"""The .cnw project file: SQLite schema, migrations, audit log, lock, attachments, snapshots."""

from .errors import (  # noqa: F401
    CorruptProjectError,
    InputError,
    LockedError,
    NewerSchemaError,
    NotAProjectError,
    ProjectError,
    ReadOnlyError,
    RowError,
)


def open_project(path, **kw):
    from .store import open_project as _open

    return _open(path, **kw)


def new_project(path, organisation, **kw):
    from .store import new_project as _new

    return _new(path, organisation, **kw)
