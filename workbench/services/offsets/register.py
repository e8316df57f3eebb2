"""The retirement register: one small SQLite file shared by every project file on this machine (or
in a folder the user chooses), so that double counting is caught across files without importing
anything by hand.

What it holds: for every project file that wrote credit lots, the file (id, path, name,
organisation, when recorded) and each of its held, planned and retired lots (serial range, status,
beneficiary, retirement date and reference). Cancelled lots are left out.

Where it is (:func:`register_path`): ``$CNW_RETIREMENT_REGISTER`` (a file) when set; else the
folder chosen with :func:`set_register_folder` (kept in the configuration folder,
``offsets-register.json``); else the application data folder: ``$CNW_CONFIG_DIR`` when set (tests),
otherwise ``%LOCALAPPDATA%/carbon-workbench`` on Windows, ``~/Library/Application
Support/carbon-workbench`` on macOS, ``$XDG_DATA_HOME/carbon-workbench`` (default
``~/.local/share``) elsewhere. The file is ``retirement-register.sqlite``.

When it is written: after every offsets action that changes lots (add, edit, delete, import,
split, plan, retire, undo of an import) has committed, the file's whole entry is replaced in one
transaction (rollback journal, not WAL: the folder may be a shared or synced drive). A register
that cannot be written (locked for more than a few seconds, read-only, missing folder, corrupt)
never fails the project action: :func:`record_project` returns what happened, a
:class:`RegisterOutOfDate` warning is issued, and the next offsets check says the register is out
of date for this file (and records it then if it can).

How checks use it (:func:`others`): the lots of every *other* file whose serial ranges share a
numbering namespace with this file's lots are compared with them (offsets.overlap), each
reported naming the other file, its lot and when it was recorded. A file is identified by its
file id; a copy of a file has the same id, so the last one written stands for both.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
import warnings
from dataclasses import dataclass
from pathlib import Path

from offsets.overlap import ExternalRetirement
from workbench.project.localdir import _platform_dir, default_folder

ENV_REGISTER = "CNW_RETIREMENT_REGISTER"
FILENAME = "retirement-register.sqlite"
CONFIG_NAME = "offsets-register.json"
SCHEMA_VERSION = 1
BUSY_MS = 3000  # wait at most this long for another writer; then give up (never block the user)
RECORDED = ("held", "planned", "retired")

SCHEMA = """
CREATE TABLE IF NOT EXISTS register_files (
    file_id TEXT PRIMARY KEY,
    path TEXT NOT NULL,
    name TEXT NOT NULL,
    organisation TEXT,
    recorded_at TEXT NOT NULL,
    recorded_by TEXT,
    lots INTEGER NOT NULL,
    fingerprint TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS register_lots (
    file_id TEXT NOT NULL REFERENCES register_files(file_id) ON DELETE CASCADE,
    lot_id INTEGER NOT NULL,
    registry TEXT,
    programme TEXT,
    serial TEXT NOT NULL,
    serial_key TEXT NOT NULL,
    serial_start INTEGER NOT NULL,
    serial_end INTEGER NOT NULL,
    quantity INTEGER,
    status TEXT NOT NULL,
    beneficiary TEXT,
    retirement_date TEXT,
    retirement_reference TEXT,
    claim_period TEXT,
    PRIMARY KEY (file_id, lot_id)
);
CREATE INDEX IF NOT EXISTS register_lots_serial ON register_lots(serial_key, serial_start);
"""


class RegisterOutOfDate(UserWarning):
    """The shared retirement register could not be updated; the project action itself succeeded."""


@dataclass(frozen=True)
class Recorded:
    ok: bool
    path: Path | None
    lots: int = 0
    message: str = ""

    def __str__(self) -> str:
        return self.message


# -- location ------------------------------------------------------------------------------------
def _config_file() -> Path:
    cfg = os.environ.get("CNW_CONFIG_DIR")
    return (Path(cfg).expanduser() if cfg else _platform_dir("config")) / CONFIG_NAME


PROJECT_SETTING = "offsets_register_path"


def register_path(project=None) -> Path:
    """The register file in use (see the module docstring for the order of the settings). A project
    may name its own register (setting ``offsets_register_path``, relative to the project file's
    folder): the demo does, so its fictional serials never meet a real portfolio."""
    own = project.setting(PROJECT_SETTING) if project is not None else None
    if own:
        own = Path(own).expanduser()
        return own if own.is_absolute() else Path(project.path).resolve().parent / own
    env = os.environ.get(ENV_REGISTER)
    if env:
        return Path(env).expanduser()
    conf = _config_file()
    if conf.is_file():
        try:
            folder = json.loads(conf.read_text(encoding="utf-8")).get("folder")
        except (OSError, ValueError, AttributeError):
            folder = None
        if folder:
            return Path(folder).expanduser() / FILENAME
    return default_folder() / FILENAME


def set_register_folder(folder) -> Path:
    """Keep the register in ``folder`` from now on (None: back to the default); returns its path.
    A folder shared by a consultant's client files (a network drive) makes it shared by them all."""
    from workbench.project.errors import ProjectError

    conf = _config_file()
    if folder is None:
        conf.unlink(missing_ok=True)
        return register_path()
    folder = Path(folder).expanduser().resolve()
    if not folder.is_dir():
        raise ProjectError(f"{folder}: no such folder for the retirement register")
    conf.parent.mkdir(parents=True, exist_ok=True)
    tmp = conf.with_suffix(".tmp")
    tmp.write_text(json.dumps({"folder": str(folder)}), encoding="utf-8")
    tmp.replace(conf)
    return folder / FILENAME


# -- connection ----------------------------------------------------------------------------------
def connect(path: Path | None = None, create: bool = True) -> sqlite3.Connection:
    """Open (and create) the register; raises sqlite3.Error / OSError when it cannot be used."""
    path = Path(path) if path is not None else register_path()
    if not create and not path.is_file():
        raise FileNotFoundError(f"{path}: no retirement register yet")
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, timeout=BUSY_MS / 1000, isolation_level=None)
    try:
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise sqlite3.DatabaseError(
                f"{path}: register version {version} is newer than this workbench ({SCHEMA_VERSION})"
            )
        if version < SCHEMA_VERSION:  # one transaction: the schema lands whole or not at all
            conn.executescript(f"BEGIN IMMEDIATE;{SCHEMA}PRAGMA user_version = {SCHEMA_VERSION};COMMIT;")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        conn.close()
        raise
    return conn


# -- what a project file contributes ---------------------------------------------------------------
def _entries(project) -> list[dict]:
    has = project.one("SELECT name FROM sqlite_master WHERE type='table' AND name = 'offset_lots'")
    if not has:
        return []
    return project.rows(
        "SELECT l.id AS lot_id, l.registry, l.programme, l.serial, l.serial_key, l.serial_start, "
        "l.serial_end, l.quantity, l.status, l.beneficiary, l.retirement_date, l.retirement_reference, "
        "p.label AS claim_period FROM offset_lots l LEFT JOIN periods p ON p.id = l.claim_period_id "
        f"WHERE l.status IN ({', '.join('?' * len(RECORDED))}) ORDER BY l.id",
        RECORDED,
    )


_FP_COLS = ("lot_id", "serial_key", "serial_start", "serial_end", "status", "beneficiary", "retirement_date")


def fingerprint(entries: list[dict]) -> str:
    h = hashlib.sha256()
    for e in entries:
        h.update(json.dumps([e[c] for c in _FP_COLS], default=str).encode())
    return h.hexdigest()


def _organisation(project) -> str | None:
    try:
        row = project.one("SELECT name FROM organisation ORDER BY id LIMIT 1")
    except sqlite3.Error:
        return None
    return row["name"] if row else None


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def record_project(project, path: Path | None = None, warn: bool = True) -> Recorded:
    """Replace this project file's entry in the register, in one transaction. Never raises: a
    failure is returned (and warned as :class:`RegisterOutOfDate`); the project is not touched.

    Inside an open project action this does nothing (the outermost caller records once the action
    has committed, so the register never holds what a rollback took back)."""
    if project.conn.in_transaction:
        return Recorded(True, None, 0, "recorded when the action commits")
    target = Path(path) if path is not None else register_path(project)
    try:
        entries = _entries(project)
        conn = connect(target)
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                fid = project.file_id
                here = str(Path(project.path).resolve())
                replaced = [
                    r[0]
                    for r in conn.execute(
                        "SELECT file_id FROM register_files WHERE path = ? AND file_id != ?", (here, fid)
                    )
                ]  # a file this one replaced at the same path (e.g. rebuilt): its lots are gone
                for old in replaced:
                    conn.execute("DELETE FROM register_lots WHERE file_id = ?", (old,))
                    conn.execute("DELETE FROM register_files WHERE file_id = ?", (old,))
                conn.execute("DELETE FROM register_lots WHERE file_id = ?", (fid,))
                conn.execute(
                    "INSERT OR REPLACE INTO register_files VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        fid,
                        str(Path(project.path).resolve()),
                        Path(project.path).name,
                        _organisation(project),
                        _now(),
                        getattr(project, "user", None),
                        len(entries),
                        fingerprint(entries),
                    ),
                )
                conn.executemany(
                    "INSERT INTO register_lots VALUES "
                    "(:file_id, :lot_id, :registry, :programme, :serial, :serial_key, :serial_start, "
                    ":serial_end, :quantity, :status, :beneficiary, :retirement_date, "
                    ":retirement_reference, :claim_period)",
                    [{"file_id": fid, **e} for e in entries],
                )
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        finally:
            conn.close()
    except Exception as exc:  # noqa: BLE001  the register must never break the project's action
        msg = (
            f"the shared retirement register {target} could not be updated ({exc}); the project file "
            "was saved, but other files' checks do not see its latest lots: the register is out of "
            "date until this file is checked or written again (cnw offsets FILE register record)"
        )
        if warn:
            warnings.warn(msg, RegisterOutOfDate, stacklevel=2)
        return Recorded(False, target, 0, msg)
    return Recorded(True, target, len(entries), f"{len(entries)} lot(s) recorded in the register {target}")


def status_of(project, path: Path | None = None) -> tuple[bool, str]:
    """(current, why): whether the register holds this file's lots as they are now."""
    target = Path(path) if path is not None else register_path(project)
    try:
        conn = connect(target, create=False)
    except FileNotFoundError:
        return False, f"the register {target} does not exist yet"
    except (sqlite3.Error, OSError) as exc:
        return False, f"the register {target} cannot be read ({exc})"
    try:
        row = conn.execute(
            "SELECT fingerprint, recorded_at FROM register_files WHERE file_id = ?", (project.file_id,)
        ).fetchone()
    except sqlite3.Error as exc:
        return False, f"the register {target} cannot be read ({exc})"
    finally:
        conn.close()
    if row is None:
        return False, f"this file is not in the register {target}"
    if row["fingerprint"] != fingerprint(_entries(project)):
        return False, f"the register {target} holds this file's lots as of {row['recorded_at']}"
    return True, f"recorded {row['recorded_at']}"


def others(project, keys, path: Path | None = None) -> list[ExternalRetirement]:
    """Lots of other files in the register within the numbering namespaces ``keys``."""
    keys = sorted({k for k in keys if k})
    if not keys:
        return []
    conn = connect(Path(path) if path is not None else register_path(project), create=False)
    try:
        out = []
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            rows = conn.execute(
                "SELECT l.*, f.name, f.path, f.organisation, f.recorded_at FROM register_lots l "
                "JOIN register_files f ON f.file_id = l.file_id "
                f"WHERE l.file_id != ? AND l.serial_key IN ({', '.join('?' * len(chunk))}) "
                "ORDER BY f.name, l.lot_id",
                (project.file_id, *chunk),
            ).fetchall()
            out += [_external(r) for r in rows]
        return out
    finally:
        conn.close()


def _external(r) -> ExternalRetirement:
    return ExternalRetirement(
        r["name"],
        r["serial"],
        r["serial_key"],
        r["serial_start"],
        r["serial_end"],
        r["beneficiary"],
        dt.date.fromisoformat(r["retirement_date"]) if r["retirement_date"] else None,
        r["lot_id"],
        status=r["status"],
        origin="register",
        as_of=r["recorded_at"][:10],
        path=r["path"],
    )


def files(path: Path | None = None) -> list[dict]:
    """Every file in the register: id, path, name, organisation, recorded_at, lots."""
    try:
        conn = connect(Path(path) if path is not None else register_path(), create=False)
    except FileNotFoundError:
        return []
    try:
        return [dict(r) for r in conn.execute("SELECT * FROM register_files ORDER BY name, path")]
    finally:
        conn.close()


def forget(file_id: str, path: Path | None = None) -> bool:
    """Remove a file's entry (e.g. a client file deleted for good); True if it was there."""
    conn = connect(Path(path) if path is not None else register_path(), create=False)
    try:
        conn.execute("BEGIN IMMEDIATE")
        n = conn.execute("DELETE FROM register_files WHERE file_id = ?", (file_id,)).rowcount
        conn.execute("DELETE FROM register_lots WHERE file_id = ?", (file_id,))
        conn.execute("COMMIT")
        return bool(n)
    finally:
        conn.close()
