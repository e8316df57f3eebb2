"""`cnw gui [FILE]`: open the desktop app (also what `cnw` with no arguments does)."""

from __future__ import annotations


def register(subparsers) -> None:
    p = subparsers.add_parser("gui", help="open the desktop app", description="Open the desktop app.")
    p.add_argument("file", nargs="?", help="project file (.cnw) to open")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--read-only", action="store_true", help="open the file read-only")
    mode.add_argument("--verifier", action="store_true", help="open the file in verifier mode")
    p.set_defaults(handler=_handle)


def _handle(args) -> int:
    mode = "verifier" if args.verifier else "read" if args.read_only else "edit"
    return run_gui(args.file, mode=mode)


def run_gui(path: str | None = None, mode: str = "edit") -> int:
    """Start the window; returns the Qt exit code. A bad FILE is reported inside the window."""
    from workbench.ui.app import run

    return run(path, mode=mode)
