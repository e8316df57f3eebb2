"""Grab every page of the app in English and Korean to PNG (and an index page).

    .venv/bin/python tools/screenshots.py docs/screenshots         # builds the demo journey first
    .venv/bin/python tools/screenshots.py OUT --project my.cnw     # or shoot an existing project

Runs offscreen (no display needed). The demo journey (footprint, product LCA, plan, offsets,
verification) is built in a temporary folder through the services' demo hooks; Brightway uses
BRIGHTWAY2_DIR if set, else the workbench's application-data folder. Your preferences are not
touched (a temporary QSettings folder is used, through the UI test helpers in tests/helpers/ui.py).

A developer tool (not installed): it regenerates the screenshots in docs/.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PAGES = [
    "welcome",
    "boundary",
    "inventory",
    "footprint",
    "product",
    "plan",
    "offsets",
    "verification",
    "certificate",
]
SIZE = (1280, 720)  # the laptop size issue 17 asks every page to be readable at
#: Pages shot on the second demo file (the reduction project, ``reduction/hanbit-reduction.cnw``
#: of ``cnw demo``): (page key, tab index, file stem).
REDUCTION_SHOTS = [("reduction", 0, "10-reduction"), ("reduction", 4, "11-reduction-process")]


def wait_for(app, condition, timeout_s: float = 300.0) -> bool:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            return False
        app.processEvents()
        time.sleep(0.02)
    return True


def build_demo(folder: Path) -> Path:
    from workbench import demo

    return Path(demo.run(folder, log=lambda *_: None))


def reduction_demo(folder: Path) -> Path | None:
    """The second demo's file that ``demo.run(folder)`` wrote next to the main one (None if absent)."""
    path = Path(folder) / "reduction" / "hanbit-reduction.cnw"
    return path if path.is_file() else None


def shoot_reduction(app, project: Path, out: Path, lang: str, errors, log=print) -> list[Path]:
    """The reduction-projects page on the reduction demo: the figures and the certification tracker."""
    from workbench.ui.main_window import MainWindow

    written = []
    window = MainWindow(str(project), mode="edit", load_brightway=False)
    window.bw_state = "ready"
    window.resize(*SIZE)
    window.show()
    _settle(app, window)
    for key, tab, stem in REDUCTION_SHOTS:
        window.show_step(key)
        page = window.pages[key]
        wait_for(app, lambda page=page: (not page.loading and page.chooser.count() > 0) or errors.items, 120)
        page.tabs.setCurrentIndex(tab)
        _settle(app, window)
        path = out / f"{stem}-{lang}.png"
        window.grab().save(str(path))
        written.append(path)
        log(f"wrote {path}")
    window.close_project()
    window.close()
    window.deleteLater()
    _settle(app, window)
    return written


def _settle(app, window) -> None:
    for _ in range(5):
        app.processEvents()
        time.sleep(0.02)


def shoot(
    project: Path, out: Path, langs=("en", "ko"), log=print, reduction: Path | None = None
) -> list[Path]:
    """``reduction``: the reduction demo's file, shot on the reduction-projects page too."""
    from PySide6.QtWidgets import QApplication

    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from tests.helpers.ui import ErrorCapture, isolate_settings
    from workbench.ui import brightway, settings
    from workbench.ui.app import create_app
    from workbench.ui.i18n import install_language
    from workbench.ui.main_window import MainWindow

    app = create_app()
    tmp_settings = Path(tempfile.mkdtemp(prefix="cnw-shots-settings-"))
    isolate_settings(tmp_settings)
    log("setting up Brightway (once per machine)")
    brightway.ensure_setup()
    out.mkdir(parents=True, exist_ok=True)
    written = []
    with ErrorCapture() as errors:
        for lang in langs:
            install_language(QApplication.instance(), lang)
            settings.add_recent_file(project)
            for mode in ("edit", "verifier"):
                window = MainWindow(str(project), mode=mode, load_brightway=False)
                window.bw_state = "ready"
                window.resize(*SIZE)
                window.show()
                _settle(app, window)
                keys = ["verification"] if mode == "verifier" else [k for k in PAGES if k != "verification"]
                for key in keys:
                    if key == "welcome":
                        continue
                    window.show_step(key)
                    page = window.pages[key]
                    if key == "footprint":
                        done = []
                        page.monte_carlo(1000, seed=42, on_done=done.append)
                        wait_for(app, lambda done=done: done or errors.items)
                    if key == "product":
                        page.refresh_backgrounds()
                        done = []
                        page.calculate(on_done=done.append)
                        wait_for(app, lambda done=done: done or errors.items)
                    if key == "certificate":
                        done = []
                        kind = "certificate" if page.refusals.rowCount() == 0 else "qes"
                        page.kind.setCurrentIndex(page.kind.findData(kind))
                        page.lang.setCurrentIndex(page.lang.findData(lang))
                        page.preview(on_done=done.append)
                        wait_for(app, lambda done=done: done or errors.items)
                    if key == "inventory":
                        page.table.selectRow(0)  # its evidence shows on the right
                    if key == "verification":
                        page.tabs.setCurrentIndex(2)  # findings
                    _settle(app, window)
                    path = out / f"{PAGES.index(key):02d}-{key}-{lang}.png"
                    window.grab().save(str(path))
                    written.append(path)
                    log(f"wrote {path}")
                if mode == "edit":
                    window.close_project()
                    _settle(app, window)
                    path = out / f"00-welcome-{lang}.png"
                    window.grab().save(str(path))
                    written.append(path)
                    log(f"wrote {path}")
                window.close()
                window.deleteLater()
                _settle(app, window)
            if reduction is not None:
                written += shoot_reduction(app, reduction, out, lang, errors, log)
        if errors.items:
            for title, message, _exc in errors.items:
                log(f"error shown in the window ({title}): {message}")
    install_language(QApplication.instance(), "en")
    shutil.rmtree(tmp_settings, ignore_errors=True)
    write_index(out, langs, with_reduction=reduction is not None)
    return written


def write_index(out: Path, langs, with_reduction: bool = False) -> Path:
    names = {
        "welcome": "Start page",
        "boundary": "1. Subject and boundary",
        "inventory": "2. Inventory",
        "footprint": "3. Footprint",
        "product": "Product LCA",
        "plan": "4. Reduction plan",
        "offsets": "5. Offsets",
        "verification": "6. Verification (verifier mode)",
        "certificate": "7. Declaration and certificate",
    }
    lines = [
        "# Screenshots",
        "",
        "Every page of the desktop app, in English and Korean, on the demo project after the whole",
        "journey. Regenerate with `.venv/bin/python tools/screenshots.py docs/screenshots`.",
        "",
    ]
    for key in PAGES:
        lines.append(f"## {names[key]}")
        lines.append("")
        for lang in langs:
            lines.append(f"![{names[key]} ({lang})]({PAGES.index(key):02d}-{key}-{lang}.png)")
        lines.append("")
    if with_reduction:
        titles = {
            "10-reduction": "Reduction project (second demo)",
            "11-reduction-process": "Its certification process",
        }
        for _key, _tab, stem in REDUCTION_SHOTS:
            lines.append(f"## {titles[stem]}")
            lines.append("")
            for lang in langs:
                lines.append(f"![{titles[stem]} ({lang})]({stem}-{lang}.png)")
            lines.append("")
    path = out / "README.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Grab every page of the app to PNG, in English and Korean.")
    ap.add_argument("out_dir")
    ap.add_argument("--project", help="an existing .cnw to shoot (default: build the demo journey)")
    ap.add_argument("--langs", default="en,ko")
    ap.add_argument(
        "--reduction", help="a reduction-project .cnw for the reduction page (default: the demo's)"
    )
    args = ap.parse_args(argv)
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ.setdefault("MPLBACKEND", "Agg")
    out = Path(args.out_dir)
    work = Path(tempfile.mkdtemp(prefix="cnw-shots-"))
    os.environ.setdefault("CNW_KEY_DIR", str(work / "keys"))  # the demo verifier's key stays temporary
    try:
        reduction = None
        if args.project:
            project = work / Path(args.project).name
            shutil.copy2(args.project, project)
        else:
            print("building the demo journey ...", file=sys.stderr)
            project = build_demo(work)
            reduction = reduction_demo(work)
        if args.reduction:
            reduction = work / "reduction-shot.cnw"
            shutil.copy2(args.reduction, reduction)
        log = lambda m: print(m, file=sys.stderr)  # noqa: E731
        shoot(project, out, tuple(args.langs.split(",")), log=log, reduction=reduction)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
