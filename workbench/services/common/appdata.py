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


def log_to_file() -> Path | None:
    """Send the workbench's log (e.g. the SQLite error behind a message a user saw) to
    ``cnw.log`` in the data folder, once per process; None when that folder cannot be written.
    Users see messages, never the log's technical text."""
    logger = logging.getLogger("workbench")
    for h in logger.handlers:
        if isinstance(h, logging.FileHandler):
            return Path(h.baseFilename)
    try:
        folder = default_folder()
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(folder / LOG_NAME, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return Path(handler.baseFilename)
