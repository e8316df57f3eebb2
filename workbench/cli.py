"""The ``cnw`` command. Subcommands live in ``workbench/commands/*.py`` (one module per part).

Each command module has ``register(subparsers)`` and imports its heavy dependencies inside its
handlers, so ``cnw --help`` starts instantly.
"""

from __future__ import annotations

import argparse
import sys


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cnw",
        description="Carbon-Neutrality Workbench: boundary, footprint, reductions, offsets, "
        "verification and certificates in one project file (.cnw).",
        epilog="Run 'cnw' with no command to open the desktop app; 'cnw demo' builds the demo project.",
    )
    parser.add_argument("--version", action="version", version="carbon-workbench 0.1.0")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    from workbench.commands import (
        consolidate,
        documents,
        footprint,
        gui,
        lca,
        offsets,
        plan,
        project,
        reduction,
        verify,
    )

    for module in (project, consolidate, footprint, lca, offsets, plan, reduction, verify, documents, gui):
        module.register(sub)
    return parser


def main(argv=None) -> int:
    from .project.errors import ProjectError

    argv = list(sys.argv[1:] if argv is None else argv)
    from .services.common.appdata import log_to_file

    log_to_file()
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        if args.command is None:
            from .commands.gui import run_gui

            return run_gui(None)
        parser.print_help()
        return 0
    try:
        return int(args.handler(args) or 0)
    except ProjectError as exc:
        print(f"cnw: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("cnw: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
