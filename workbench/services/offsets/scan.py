"""A consultant's folder of client files checked in one go: every ``.cnw`` file in a folder (and its
subfolders) is recorded in the shared retirement register and then checked, so every file is
compared with every other one (and with the register's other files) without importing anything.

The client files are opened read-only and never written. ``record=False`` compares without
touching the register in use: the files are recorded in a temporary copy of it instead.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from offsets.findings import Finding
from workbench.project.errors import ProjectError
from workbench.services.offsets.core import check
from workbench.services.offsets.register import record_project, register_path
from workbench.services.offsets.store import list_lots

DC_RULES = ("DC.", "REGISTER.")


@dataclass
class ScannedFile:
    path: Path
    lots: int = 0
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None  # the file could not be opened or checked

    @property
    def double_counting(self) -> list[Finding]:
        return [f for f in self.findings if f.rule_id.startswith(DC_RULES)]


def _open(path: Path):
    from workbench import open_project

    return open_project(path, mode="read")


def scan_folder(folder, record: bool = True, progress=None) -> list[ScannedFile]:
    """Record, then check, every project file under ``folder``; one entry per file, by path."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ProjectError(f"{folder}: no such folder to scan")
    paths = sorted(p for p in folder.rglob("*.cnw") if p.is_file())
    target = register_path()
    tmp = None
    if not record:
        tmp = Path(tempfile.mkdtemp(prefix="cnw-scan-"))
        copy = tmp / target.name
        if target.is_file():
            shutil.copy2(target, copy)
        target = copy
    try:
        out = [ScannedFile(p) for p in paths]
        for i, sf in enumerate(out):  # first every file into the register ...
            if progress:
                progress(i / max(1, 2 * len(out)), f"recording {sf.path.name}")
            try:
                with _open(sf.path) as p:
                    rec = record_project(p, target, warn=False)
                    sf.lots = len(list_lots(p))
                if not rec.ok:
                    sf.error = rec.message
            except ProjectError as exc:
                sf.error = str(exc)
        for i, sf in enumerate(out):  # ... then each checked against all the others
            if sf.error is not None and sf.lots == 0:
                continue
            if progress:
                progress((len(out) + i) / max(1, 2 * len(out)), f"checking {sf.path.name}")
            try:
                with _open(sf.path) as p:
                    sf.findings = check(p, register_file=target)
            except ProjectError as exc:
                sf.error = str(exc)
        return out
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
