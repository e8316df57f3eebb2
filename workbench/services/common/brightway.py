"""Brightway set-up for the app and the CLI: a minimal offline setup in the workbench's own data
folder (``lca.bw_setup``), run once per machine with progress, then reused."""

from __future__ import annotations


def ensure_setup(progress=None, cancel=None, full_biosphere: bool = False) -> None:
    from lca.bw_setup import ensure_setup as _ensure

    _ensure(progress=progress, cancel=cancel, full_biosphere=full_biosphere)


def data_folder():
    """The folder Brightway uses (configured on first use; BRIGHTWAY2_DIR wins when set)."""
    from lca.bw_setup import configure_bw_dir

    return configure_bw_dir()


def build_full_biosphere(progress=None, cancel=None) -> bool:
    """Build the full biosphere3 (with progress and cancel) unless it is there; False if it was."""
    from lca.bw_setup import full_biosphere

    return full_biosphere(progress=progress, cancel=cancel)


def has_full_biosphere() -> bool:
    from lca.bw_setup import is_setup

    return is_setup(full_biosphere=True)
