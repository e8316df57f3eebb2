"""Open an evidence file stored in the project: its bytes (checked against their SHA-256) are
written to a private temporary folder under their own name and opened with the program the
desktop uses for that kind of file (QDesktopServices)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from workbench.project.attachments import content, safe_filename

from ..errors import show_error
from ..i18n import tr

_FOLDER: dict[str, Path] = {}


def evidence_folder() -> Path:
    """One private temporary folder per session for opened evidence (never the project's folder)."""
    if "dir" not in _FOLDER or not _FOLDER["dir"].is_dir():
        _FOLDER["dir"] = Path(tempfile.mkdtemp(prefix="cnw-evidence-"))
    return _FOLDER["dir"]


def write_copy(project, attachment_id: int, filename: str) -> Path:
    """The attachment's bytes in a file of their own (a refusal if they no longer match the hash)."""
    data = content(project, attachment_id)
    folder = evidence_folder() / str(attachment_id)
    folder.mkdir(exist_ok=True)
    path = folder / safe_filename(filename or f"attachment-{attachment_id}")
    path.write_bytes(data)
    return path


def open_attachment(parent, project, attachment_id: int, filename: str) -> Path | None:
    """Write and open attachment ``attachment_id``; the path written, or None (reason shown)."""
    try:
        path = write_copy(project, attachment_id, filename)
    except Exception as exc:  # noqa: BLE001 - shown to the user
        show_error(parent, exc, tr("Open evidence"))
        return None
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        show_error(
            parent,
            ValueError(
                tr("No program on this computer opens {0}; a copy is at {1}.").format(path.name, path)
            ),
            tr("Open evidence"),
        )
    return path
