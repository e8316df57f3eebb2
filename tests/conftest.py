"""Shared fixtures. Real parts only: real SQLite files, real Brightway, real Qt (offscreen).

Environment is set before anything imports Brightway or Qt: Qt renders offscreen and Brightway
keeps its data in a session-temporary BRIGHTWAY2_DIR (set CNW_TEST_BW_DIR to reuse one between
runs while developing).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_BW_TMP = None


def pytest_configure(config):
    global _BW_TMP
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ.setdefault("MPLBACKEND", "Agg")
    keep = os.environ.get("CNW_TEST_BW_DIR")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        os.environ["BRIGHTWAY2_DIR"] = keep
    else:
        _BW_TMP = tempfile.mkdtemp(prefix="cnw-test-bw-")
        os.environ["BRIGHTWAY2_DIR"] = _BW_TMP
    # keys, app settings and caches of the app stay out of the user's home during tests
    cfg = tempfile.mkdtemp(prefix="cnw-test-home-")
    os.environ["CNW_CONFIG_DIR"] = cfg
    os.environ["XDG_CONFIG_HOME"] = cfg
    os.environ["XDG_DATA_HOME"] = cfg


def pytest_unconfigure(config):
    if _BW_TMP:
        shutil.rmtree(_BW_TMP, ignore_errors=True)


@pytest.fixture
def tmp_project(tmp_path):
    """A fresh project file (ACME test organisation, 2025 reporting period), open for editing."""
    from workbench import new_project

    p = new_project(
        tmp_path / "test.cnw", "ACME Test Co.", period_start="2025-01-01", period_end="2025-12-31"
    )
    yield p
    p.close()


@pytest.fixture
def demo_project(tmp_path):
    """The bundled demo data (boundary, two years of activities, evidence), no journey steps run."""
    from workbench import demo

    p = demo.build(tmp_path / "demo.cnw", tmp_path / "inputs", log=lambda *_: None)
    yield p
    p.close()


@pytest.fixture(scope="session")
def bw():
    """Brightway set up once per test session in the temporary BRIGHTWAY2_DIR."""
    from lca import bw_setup

    bw_setup.ensure_setup()
    return bw_setup


@pytest.fixture
def python_exe():
    return sys.executable


@pytest.fixture
def file_bytes():
    def read(path):
        return Path(path).read_bytes()

    return read


@pytest.fixture(autouse=True)
def _own_retirement_register(tmp_path_factory, monkeypatch):
    """Each test gets its own shared retirement register (the app's default is one per machine):
    the demo files that many tests build hold the same fictional serials."""
    folder = tmp_path_factory.mktemp("register")
    monkeypatch.setenv("CNW_RETIREMENT_REGISTER", str(folder / "retirement-register.sqlite"))
