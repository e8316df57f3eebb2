"""The application's own folders (configuration, data, log) and its log file.

``$CNW_CONFIG_DIR`` wins when set (tests and portable installs); otherwise the platform's usual
place. Nothing is created or written when this module is imported.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

LOG_NAME = "cnw.log"


def _platform_dir(kind: str) -> Path:
    home = Path.home()
    if sys.platform.startswith("win"):
        env = "LOCALAPPDATA" if kind == "data" else "APPDATA"
        sub = "Local" if kind == "data" else "Roaming"
        return Path(os.environ.get(env) or home / "AppData" / sub) / "carbon-workbench"
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / "carbon-workbench"
    if kind == "data":
        return Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share") / "carbon-workbench"
    return Path(os.environ.get("XDG_CONFIG_HOME") or home / ".config") / "carbon-workbench"


def default_folder() -> Path:
    """The application data folder (``$CNW_CONFIG_DIR`` when set)."""
    cfg = os.environ.get("CNW_CONFIG_DIR")
    return Path(cfg).expanduser() if cfg else _platform_dir("data")


class _LazyFileHandler(logging.FileHandler):
    """A log file that is created (folder included) only when something is logged, so a plain
    ``cnw --help`` or a clean session leaves nothing behind."""

    def _open(self):
        Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
        return super()._open()

    def handleError(self, record) -> None:  # an unwritable data folder must not print a traceback
        pass


def log_to_file() -> Path:
    """Send the workbench's log (e.g. the SQLite error behind a message a user saw) to
    ``cnw.log`` in the data folder, once per process (the file is made on the first message).
    Users see messages, never the log's technical text."""
    logger = logging.getLogger("workbench")
    for h in logger.handlers:
        if isinstance(h, logging.FileHandler):
            return Path(h.baseFilename)
    handler = _LazyFileHandler(default_folder() / LOG_NAME, encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return Path(handler.baseFilename)
