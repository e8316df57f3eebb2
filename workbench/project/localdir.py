"""Where this machine keeps the application's own files (data folder, configuration).

``$CNW_CONFIG_DIR`` wins when set (tests and portable installs); otherwise the platform's usual
place. Lives in the file-format layer because the stored snapshot digest's machine key is kept
there; :mod:`workbench.services.common.appdata` re-exports it. Nothing is created on import.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


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
