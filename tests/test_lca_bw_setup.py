"""Brightway folder configuration (the test session's BRIGHTWAY2_DIR is set by conftest)."""

import os
import sys
from pathlib import Path

import pytest

from lca import bw_setup


def test_default_dir_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    if sys.platform.startswith("linux"):
        assert bw_setup.default_bw_dir() == tmp_path / "carbon-workbench" / "brightway"


def test_configure_refuses_another_dir_once_loaded(bw, tmp_path):
    bw_setup.bw2data()  # loaded with the session folder
    current = Path(os.environ["BRIGHTWAY2_DIR"])
    assert bw_setup.configure_bw_dir() == current.resolve()
    with pytest.raises(RuntimeError, match="must run before bw2data is imported"):
        bw_setup.configure_bw_dir(tmp_path / "elsewhere")
    assert Path(os.environ["BRIGHTWAY2_DIR"]) == current


def test_marker_rebuilds_when_tables_change(bw, monkeypatch):
    assert bw_setup.is_setup()
    monkeypatch.setattr(bw_setup, "_tables_hash", lambda: "changed")
    assert not bw_setup.is_setup()
    calls = []
    bw_setup.ensure_setup(progress=lambda f, m: calls.append(m))
    assert "Writing GWP-100 methods" in calls and bw_setup.is_setup()
    monkeypatch.undo()
    bw_setup.ensure_setup()
    assert bw_setup.is_setup()


def test_cancel_stops_setup(bw, monkeypatch):
    monkeypatch.setattr(bw_setup, "_tables_hash", lambda: "changed-again")
    with pytest.raises(bw_setup.SetupCancelled):
        bw_setup.ensure_setup(cancel=lambda: True)
    assert not bw_setup.is_setup()
    monkeypatch.undo()
    bw_setup.ensure_setup()


def test_incomplete_factor_database_is_rewritten(bw):
    """bw2data 3.6 cannot rewrite a database of more than 500 activities in place ("cannot VACUUM
    from within a transaction"): an incomplete factor database is deleted first, then written."""
    from lca.bw_factors import ensure_factor_database
    from lca.factors import load_library

    factors = list(load_library().values())
    assert len(factors) > 500
    name = ensure_factor_database(factors)
    bd = bw_setup.activate()
    bd.databases[name]["cnw_complete"] = False
    bd.databases.flush()
    assert ensure_factor_database(factors) == name
    assert bd.databases[name]["cnw_complete"] and len(bd.Database(name)) == len(factors)
