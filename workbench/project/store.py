"""Opening, creating and closing project files (.cnw).

``open_project`` checks the file before touching it (header, application id, schema version,
integrity, core tables), migrates an older file after writing a backup beside it, takes the
single-writer lock or falls back to read-only mode, and returns a :class:`Project`.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import time
import uuid
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from . import audit, fileformat, lock, schema, snapshot, snapshot_digest, storage_errors, versions
from .action import Action
from .errors import CorruptProjectError, NewerSchemaError, NotAProjectError, ProjectError, ReadOnlyError

MODES = ("edit", "read", "verifier")
WRITE_LOCK_WAIT = 1.0  # seconds a second writer waits for SQLite's write lock before going read-only
APP_VERSION = "0.1.0"


# SQLite here is built serialized (sqlite3.threadsafety == 3), so one connection may be used from a
# worker thread (the UI runs long work off the GUI thread, one job per project at a time).
_SHARE = sqlite3.threadsafety != 3
_UNSET = object()


def _ro_connect(path: str, timeout: float = 10.0) -> sqlite3.Connection:
    return sqlite3.connect(
        f"file:{quote(os.path.abspath(path))}?mode=ro",
        uri=True,
        isolation_level=None,
        timeout=timeout,
        check_same_thread=_SHARE,
    )


def _rw_connect(path: str, timeout: float = 10.0) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, timeout=timeout, check_same_thread=_SHARE)
    conn.execute("PRAGMA journal_mode = DELETE")  # rollback journal: safe on shared/synced drives
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    # Keep a long write's changes in memory until COMMIT instead of spilling them into the file
    # mid-transaction: a spill takes SQLite's EXCLUSIVE lock, which would shut every reader out
    # (and hide the lock record) for the whole of a million-row import, not just its commit.
    conn.execute("PRAGMA cache_spill = OFF")
    return conn


def _journal(path: str) -> str:
    return path + "-journal"


def _has_journal(path: str) -> bool:
    j = _journal(path)
    return os.path.exists(j) and os.path.getsize(j) > 0


def _writable(path: str) -> bool:
    folder = os.path.dirname(os.path.abspath(path)) or "."
    return os.access(path, os.W_OK) and os.access(folder, os.W_OK)


def _first_read(conn, path: str, wait: float, progress=None) -> int:
    """``PRAGMA user_version``, the first read of the file. It is where SQLite itself rolls back a
    hot journal left by a crash (a journal no live process holds a lock for). While another program
    is committing (SQLite's PENDING/EXCLUSIVE lock) it waits up to ``wait`` seconds, reporting
    progress, then says the file is busy."""
    deadline = time.monotonic() + wait
    while True:
        try:
            return conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            code = storage_errors.primary_code(exc)
            if code == storage_errors.SQLITE_BUSY and time.monotonic() < deadline:
                if progress is not None:
                    progress(0.0, f"{path}: waiting: another program is saving this file")
                time.sleep(0.05)
                continue
            if code == storage_errors.SQLITE_BUSY:
                raise storage_errors.BusyError(
                    f"{path}: busy: another program is saving a large change to this file; nothing "
                    "was changed. Retry in a moment, or open it read-only once it has finished.",
                    path,
                    "busy",
                ) from None
            if code == storage_errors.SQLITE_READONLY and _has_journal(path):
                raise storage_errors.StorageError(
                    f"{path}: the file was left mid-write by a crash and SQLite must roll its journal "
                    f"({os.path.basename(_journal(path))}) back, but the file or its folder is read-only. "
                    "Copy both files together to a writable folder and open the copy; nothing was changed.",
                    path,
                    "read_only",
                ) from None
            if code in (storage_errors.SQLITE_CORRUPT, storage_errors.SQLITE_NOTADB):
                fileformat.check_structure(path)  # the precise diagnosis (truncated...) when there is one
                raise CorruptProjectError(
                    f"{path}: SQLite cannot read the file ({exc}); it is damaged. Restore it from a backup "
                    "(if a file ending in -journal lies beside it, keep it with the file: it may hold "
                    "the data SQLite needs).",
                    path,
                ) from None
            if storage_errors.is_storage_error(exc):
                raise storage_errors.storage_error(path, exc, "opening the file") from None
            raise NotAProjectError(f"{path}: not a readable workbench project ({exc})", path) from None


def _inspect(path: str, integrity: str, wait: float = 10.0, progress=None) -> int:
    """Checks before opening; returns the file's schema version. Writes nothing, except that SQLite
    rolls back a crash's hot journal (which is what SQLite does on any first read of such a file).

    Order as SQLite intends: the bytes that no journal can change first (is it an SQLite file at
    all?), then SQLite's own first read (recovery), then the header's size fields, the schema
    version, integrity and the core tables."""
    fileformat.check_magic(path)
    recover = _has_journal(path) and _writable(path)
    conn = _rw_connect(path, timeout=0.05) if recover else _ro_connect(path, timeout=0.05)
    try:
        version = _first_read(conn, path, wait, progress)
        if _has_journal(path):
            # a live writer holds the journal (SQLite's RESERVED lock): the file on disk is
            # mid-transaction, so its byte sizes are not checked; SQLite reads the committed state.
            fileformat.check_application_id(conn, path)
        else:
            fileformat.check_structure(path)
        latest = schema.latest_version()
        if version > latest:
            raise NewerSchemaError(
                f"{path}: written by a newer version of the workbench (file schema {version}, this "
                f"version reads up to {latest}). Update the workbench to open it; the file was not changed.",
                path,
            )
        if integrity != "none":
            pragma = "integrity_check" if integrity == "full" else "quick_check"
            try:
                rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}(20)")]
            except sqlite3.DatabaseError as exc:
                if storage_errors.primary_code(exc) == storage_errors.SQLITE_BUSY:
                    raise storage_errors.storage_error(path, exc, "checking the file") from None
                raise CorruptProjectError(f"{path}: the file is damaged ({exc})", path) from exc
            if rows != ["ok"]:
                raise CorruptProjectError(f"{path}: the file is damaged: {'; '.join(rows[:5])}", path)
        missing = schema.missing_tables(conn)
        if missing:
            raise CorruptProjectError(
                f"{path}: schema check failed: missing table(s) {', '.join(missing)}", path
            )
        return version
    finally:
        conn.close()


class Project:
    """An open project file. Reads through :attr:`db`; writes through :meth:`action`."""

    def __init__(
        self,
        path: str,
        conn: sqlite3.Connection,
        mode: str,
        user: str,
        read_only_reason: str | None = None,
        lock_holder=None,
        token: str | None = None,
    ):
        self.path = path
        self.conn = conn
        self.mode = mode
        self.user = user
        self.read_only_reason = read_only_reason
        self.lock_holder = lock_holder
        self._token = token
        self._action: Action | None = None
        self._db = None
        self._closed = False
        self._snapshot_cache = None
        self._machine_key = _UNSET
        self._digest_pending = None  # (key, digest) hashed by a read, stored with the next write

    # -- basic facts --------------------------------------------------------------------------
    @property
    def read_only(self) -> bool:
        return self.mode == "read"

    @property
    def db(self):
        """A ``sqlite_utils.Database`` over the same connection, for reads."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    def meta(self, key: str, default=None):
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    @property
    def file_id(self) -> str:
        return self.meta("file_id")

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def setting(self, key: str, default=None):
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else default

    def rows(self, sql: str, params=()) -> list[dict]:
        cur = self.conn.execute(sql, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur]

    def one(self, sql: str, params=()) -> dict | None:
        r = self.rows(sql, params)
        return r[0] if r else None

    def current_period(self) -> dict | None:
        pid = self.setting("current_period_id")
        if pid is not None:
            row = self.one("SELECT * FROM periods WHERE id = ?", (pid,))
            if row:
                return row
        return self.one('SELECT * FROM periods ORDER BY "end" DESC LIMIT 1')

    def periods(self) -> list[dict]:
        return self.rows("SELECT * FROM periods ORDER BY start")

    # -- writing ------------------------------------------------------------------------------
    def require_writable(self) -> None:
        if self._closed:
            raise ProjectError(f"{self.path}: the project is closed", self.path)
        if self.mode == "read":
            raise ReadOnlyError(
                f"{self.path}: the project is open read-only ({self.read_only_reason}); nothing was changed",
                self.path,
            )

    @contextmanager
    def action(self, description: str):
        """One user action: a transaction whose changes are all audited; rolled back on error."""
        if self._action is not None:  # nested service calls join the outer action
            yield self._action
            return
        self.require_writable()
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            if storage_errors.is_storage_error(exc):
                raise storage_errors.storage_error(self.path, exc, description) from None
            raise
        self._store_pending_digest()
        act = Action(self, description)
        self._action = act
        try:
            yield act
            act.finish()
            act.audit.flush()
            versions.bump(self.conn, act.tables)
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self._rollback()
            if storage_errors.is_storage_error(exc):
                raise storage_errors.storage_error(self.path, exc, description) from None
            raise
        except BaseException:
            self._rollback()
            raise
        finally:
            self._action = None

    def _rollback(self) -> None:
        """Roll the open transaction back. SQLite has already rolled it back itself after some
        errors (a full disk, an I/O error): then there is nothing left to roll back."""
        if self.conn.in_transaction:
            try:
                self.conn.execute("ROLLBACK")
            except sqlite3.Error as exc:  # the journal still restores the file on the next open
                storage_errors.log.warning("%s: rollback failed: %s", self.path, exc)

    @contextmanager
    def as_role(self, mode: str, user: str):
        """Act as another party on this open file for a while (the demo plays the client and the
        verifier on one file). Permissions of ``mode`` apply and the audit log names ``user``."""
        if mode not in ("edit", "verifier"):
            raise ValueError("as_role: mode must be 'edit' or 'verifier'")
        if self._action is not None:
            raise ProjectError(f"{self.path}: cannot change role inside an action", self.path)
        self.require_writable()
        old = (self.mode, self.user)
        self.mode, self.user = mode, user
        try:
            yield self
        finally:
            self.mode, self.user = old

    @property
    def in_action(self) -> bool:
        return self._action is not None

    def attach(
        self,
        source,
        filename: str | None = None,
        media_type: str | None = None,
        link: tuple[str, int] | None = None,
        note: str | None = None,
    ) -> int:
        from .attachments import attach

        return attach(self, source, filename=filename, media_type=media_type, link=link, note=note)

    # -- integrity ----------------------------------------------------------------------------
    def data_version(self, tables=None) -> int:
        """The file's data version (bumped by every action), or that of the given tables: a cached
        result computed at version v from those tables is current while this still returns v."""
        return versions.current(self.conn, tables)

    def snapshot_hash(self, full: bool = False) -> str:
        """SHA-256 of the canonical snapshot. Hashing reads every row of every claim table, so the
        hash is kept until the data can have changed: in memory, keyed by :meth:`_snapshot_key`;
        and in the file for later sessions on this machine (:mod:`snapshot_digest`). The digest
        is written only as part of a write the session makes anyway (the next action, or the
        lock release at close), never by a read: a refused action leaves the file as it was.
        ``full=True`` hashes every row regardless (signature and certificate checks)."""
        key = self._snapshot_key()
        if not full and self._snapshot_cache is not None and self._snapshot_cache[0] == key:
            return self._snapshot_cache[1]
        digest = None if full else snapshot_digest.load(self.conn, self._digest_key())
        if digest is None:
            digest = snapshot.snapshot_hash(self.conn)
            if self.mode != "read":
                if self.conn.in_transaction:  # joins the action: rolled back or voided with it
                    snapshot_digest.store(self.conn, self._digest_key(), digest)
                    key = self._snapshot_key()
                else:
                    self._digest_pending = (key, digest)
        self._snapshot_cache = (key, digest)
        return digest

    def _snapshot_key(self) -> tuple[int, int, int]:
        """This file's data version, SQLite's ``PRAGMA data_version`` (moves when another
        connection commits) and this connection's ``total_changes`` (moves on any write through
        it, audited or not): while all three hold, the snapshot cannot have changed."""
        return (
            versions.current(self.conn),
            self.conn.execute("PRAGMA data_version").fetchone()[0],
            self.conn.total_changes,
        )

    def _store_pending_digest(self) -> None:
        """Inside a write transaction, before anything else is written: keep the digest hashed
        earlier in this session if nothing has changed since."""
        pending, self._digest_pending = self._digest_pending, None
        if pending is not None and pending[0] == self._snapshot_key():
            if snapshot_digest.store(self.conn, self._digest_key(), pending[1]):
                self._snapshot_cache = (self._snapshot_key(), pending[1])

    def _digest_key(self) -> bytes | None:
        """This machine's key for the stored snapshot digest (read once per session)."""
        if self._machine_key is _UNSET:
            self._machine_key = snapshot_digest.machine_key()
        return self._machine_key

    def snapshot_document(self) -> dict:
        return snapshot.snapshot_document(self.conn)

    def audit_verify(self) -> audit.AuditReport:
        return audit.verify(self.conn)

    # -- closing ------------------------------------------------------------------------------
    def close(self) -> None:
        if self._closed:
            return
        try:
            if self._token and self.mode != "read":
                self.conn.execute("BEGIN IMMEDIATE")
                self._store_pending_digest()
                lock.release(self.conn, self._token)
                self.conn.execute("COMMIT")
        except sqlite3.Error:
            pass
        finally:
            self.conn.close()
            self._closed = True

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self) -> str:
        return f"<Project {self.path} mode={self.mode}>"


def _backup_path(path: str, version: int) -> str:
    p = Path(path)
    base = p.with_name(f"{p.stem}.schema{version}-backup{p.suffix}")
    n = 1
    while base.exists():
        n += 1
        base = p.with_name(f"{p.stem}.schema{version}-backup{n}{p.suffix}")
    return str(base)


def open_project(
    path,
    mode: str = "edit",
    break_lock: bool = False,
    user: str | None = None,
    integrity: str = "quick",
    progress=None,
    busy_wait: float = 10.0,
) -> Project:
    """Open a .cnw file. ``mode``: "edit" (default), "read" or "verifier".

    ``integrity``: "quick" (``PRAGMA quick_check``, default), "full" (``integrity_check``) or "none".
    Falls back to read-only mode (with ``read_only_reason``) when the file is read-only on disk or
    locked by another writer. Raises ProjectError subclasses with a message for the user.
    ``busy_wait``: seconds to wait (reporting ``progress``) while another program commits a write,
    before raising :class:`~workbench.project.storage_errors.BusyError`.
    """
    path = str(path)
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}")
    user = user or lock.current_user()
    version = _inspect(path, integrity, wait=busy_wait, progress=progress)
    latest = schema.latest_version()

    reason = None
    if mode == "read":
        reason = "opened read-only as requested"
    elif not os.access(path, os.W_OK):
        reason = "the file is read-only on disk"
    elif not os.access(os.path.dirname(os.path.abspath(path)) or ".", os.W_OK):
        reason = "the folder holding the file is read-only (SQLite needs it for its journal)"

    if reason:
        return _open_read_only(path, user, reason, version, progress)

    conn = _rw_connect(path)
    try:
        # The lock record is read with a plain read, which works while another writer is in the
        # middle of a long transaction: a live holder means read-only mode naming it, at once.
        holder = lock.read(conn)
        if holder is not None and not break_lock and not lock.is_stale_here(holder):
            conn.close()
            return _open_read_only(path, user, f"locked by {holder.describe()}", version, progress, holder)
        if version < latest:
            backup = _backup_path(path, version)
            conn.close()
            shutil.copy2(path, backup)
            conn = _rw_connect(path)
            schema.apply(conn, version, progress)
        token = lock.new_token()
        conn.execute(f"PRAGMA busy_timeout = {int(WRITE_LOCK_WAIT * 1000)}")
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if storage_errors.primary_code(exc) != storage_errors.SQLITE_BUSY:
                raise
            conn.close()  # another program is writing without a lock record of ours
            return _open_read_only(
                path,
                user,
                "another program is writing the file right now; reopen it for editing later",
                version,
                progress,
            )
        conn.execute("PRAGMA busy_timeout = 10000")
        try:
            holder = lock.read(conn)
            takeover = None
            if holder is not None:
                if break_lock:
                    takeover = f"lock of {holder.describe()} broken on request"
                elif lock.is_stale_here(holder):
                    takeover = f"stale lock of {holder.describe()} taken over (process gone)"
            if holder is not None and takeover is None:
                conn.execute("ROLLBACK")
                conn.close()
                return _open_read_only(
                    path, user, f"locked by {holder.describe()}", version, progress, holder
                )
            if not snapshot_digest.installed(conn):
                snapshot_digest.install(conn)
            since = audit.now_iso()
            lock.write(conn, user, mode, token, since)
            if takeover:
                w = audit.AuditWriter(conn)
                w.append(user, "Break lock", "local_lock", 1, "lock", holder.__dict__, None)
                w.flush()
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        me = lock.read(conn)
        return Project(path, conn, mode, user, None, me, token)
    except sqlite3.Error as exc:
        try:
            conn.close()
        except sqlite3.Error:
            pass
        if storage_errors.is_storage_error(exc):
            raise storage_errors.storage_error(path, exc, "opening the file for editing") from None
        raise
    except BaseException:
        try:
            conn.close()
        except sqlite3.Error:
            pass
        raise


def _open_read_only(path, user, reason, version, progress=None, holder=None) -> Project:
    """The file opened read-only; an older file is upgraded in memory, the file itself untouched."""
    conn = _ro_connect(path)
    if version < schema.latest_version():
        mem = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=_SHARE)
        conn.backup(mem)
        conn.close()
        schema.apply(mem, version, progress)
        conn = mem
    if holder is None:
        holder = lock.read(conn)
    return Project(path, conn, "read", user, reason, holder)


def new_project(
    path,
    organisation: str,
    subject_name: str | None = None,
    subject_kind: str = "organisation",
    period_start: str = "2025-01-01",
    period_end: str = "2025-12-31",
    period_label: str | None = None,
    gwp_set: str = "AR6",
    standard: str = "ISO14068-1",
    user: str | None = None,
    overwrite: bool = False,
    **organisation_fields,
) -> Project:
    """Create a new project file (atomically: written beside and renamed) and open it for editing."""
    from .dates import validate_period

    path = str(path)
    if os.path.exists(path) and not overwrite:
        raise ProjectError(f"{path}: a file with this name already exists; choose another name", path)
    validate_period(period_start, period_end, field_prefix="period")
    tmp = f"{path}.creating-{uuid.uuid4().hex[:8]}"
    conn = _rw_connect(tmp)
    try:
        conn.execute(f"PRAGMA application_id = {fileformat.APPLICATION_ID}")
        schema.apply(conn, 0)
        project = Project(tmp, conn, "edit", user or lock.current_user())
        with project.action("Create project") as tx:
            for k, v in (
                ("file_id", str(uuid.uuid4())),
                ("created_with", f"carbon-workbench {APP_VERSION}"),
                ("created_at", audit.now_iso()),
            ):
                tx.insert("meta", {"key": k, "value": v})
            tx.insert("organisation", {"name": organisation, **organisation_fields})
            tx.insert("subject", {"kind": subject_kind, "name": subject_name or organisation})
            pid = tx.insert(
                "periods",
                {
                    "label": period_label or period_start[:4],
                    "start": period_start,
                    "end": period_end,
                    "is_base_year": 0,
                },
            )
            tx.set_setting("current_period_id", pid)
            tx.set_setting("gwp_set", gwp_set)
            tx.set_setting("standard", standard)
            tx.set_setting("materiality_pct", 5.0)
        conn.close()
        os.replace(tmp, path)
    except BaseException:
        conn.close()
        if os.path.exists(tmp):
            os.remove(tmp)
        raise
    return open_project(path, user=user)
