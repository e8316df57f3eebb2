"""The dependency rules of DESIGN.md, checked on the source (imports anywhere in a module)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    pkg = path.relative_to(ROOT).with_suffix("").parts
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # resolve relative imports against the module's package
                base = list(pkg[: len(pkg) - node.level])
                out.add(".".join(base + ([node.module] if node.module else [])))
            else:
                out.add(node.module or "")
    return out


def _modules(folder: str):
    return sorted((ROOT / folder).rglob("*.py"))


def _top(name: str) -> str:
    return name.split(".")[0]


RULES = {
    # folder: (forbidden top-level packages or prefixes)
    "lca": ("workbench", "offsets", "forms", "PySide6"),
    "offsets": ("workbench", "lca", "forms", "PySide6"),
    "forms": ("workbench", "PySide6"),
    "workbench/project": ("PySide6", "workbench.services", "workbench.ui"),
    "workbench/services": ("PySide6", "workbench.ui"),
    "workbench/commands": ("PySide6",),
}


@pytest.mark.parametrize("folder", sorted(RULES))
def test_layer_imports(folder):
    bad = []
    for path in _modules(folder):
        for name in _imports(path):
            for rule in RULES[folder]:
                if name == rule or name.startswith(rule + ".") or (_top(name) == rule and "." not in rule):
                    bad.append(f"{path.relative_to(ROOT)} imports {name}")
    assert not bad, "\n".join(bad)


def test_ui_reaches_engines_only_through_services():
    bad = []
    for path in _modules("workbench/ui"):
        for name in _imports(path):
            if _top(name) in ("lca", "offsets", "forms", "bw2data", "bw2calc", "bw2io", "reportlab"):
                bad.append(f"{path.relative_to(ROOT)} imports {name}")
    assert not bad, "\n".join(bad)


def test_only_the_ui_imports_qt():
    for folder in ("workbench/project", "workbench/services", "lca", "offsets", "forms", "resources"):
        for path in _modules(folder):
            assert not any(_top(n) == "PySide6" for n in _imports(path)), path


def test_importing_packages_has_no_side_effects(tmp_path):
    import subprocess
    import sys

    code = (
        "import os, sys; before = set(os.listdir('.'));"
        "import workbench, workbench.cli, lca, offsets, forms, resources, workbench.services, workbench.project;"
        "import lca.units, lca.gwp, lca.bw_setup, offsets.serials, forms.model;"
        "assert set(os.listdir('.')) == before, 'files written at import';"
        "heavy = [m for m in ('PySide6.QtWidgets', 'bw2data', 'reportlab.pdfgen', 'matplotlib.pyplot') if m in sys.modules];"
        "assert not heavy, heavy; print('ok')"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True)
    assert out.stdout.strip() == "ok", out.stderr
