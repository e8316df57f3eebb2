"""Open the demo: build the demo project (in a worker, with progress) and open it."""

from __future__ import annotations

from pathlib import Path

from ..i18n import tr


def demo_dir() -> Path:
    from PySide6.QtCore import QStandardPaths

    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home()) / "demo"


def build_demo(out_dir: Path, progress=None) -> Path:
    """Build the demo project (boundary, two years of activities, evidence) in out_dir; its path.

    Uses workbench.demo.build; the journey steps are then done in the window.
    """
    from workbench import demo

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / demo.spec()["file_name"]
    steps = iter([0.1, 0.3, 0.5, 0.7, 0.9])

    def log(message):
        if progress:
            progress(next(steps, 0.95), str(message).strip())

    project = demo.build(path, out_dir / "inputs", log=log)
    project.close()
    return path


def open_demo(window, out_dir: Path | None = None):
    out_dir = out_dir or demo_dir()

    def done(path):
        window.open_path(str(path))

    return window.run_long(tr("Building the demo project"), build_demo, out_dir, on_done=done)
