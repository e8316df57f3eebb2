"""Icons from resources/icons (SVG, drawn for this project)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

ICON_DIR = Path(__file__).resolve().parents[2] / "resources" / "icons"


@cache
def icon(name: str):
    from PySide6.QtGui import QIcon

    path = ICON_DIR / f"{name}.svg"
    if not path.exists():
        raise FileNotFoundError(f"{path}: icon missing")
    return QIcon(str(path))
