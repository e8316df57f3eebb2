"""The code's shape, checked on the source: no import cycles, no lookup of modules by string, no
module-level side effects (DESIGN.md "Dependency rule" and "One home per concern").

The import graph is built from every import statement in a module, inside functions too: a cycle
hidden in a function body is still a cycle for a reader and for "find usages".
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("workbench", "lca", "offsets", "forms", "resources")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _sources() -> dict[str, Path]:
    out = {}
    for pkg in PACKAGES:
        for path in sorted((ROOT / pkg).rglob("*.py")):
            out[_module_name(path)] = path
    return out


def _resolve(module: str, path: Path, level: int, name: str | None) -> str:
    if not level:
        return name or ""
    base = module.split(".")
    if path.name != "__init__.py":
        base = base[:-1]
    if level > 1:
        base = base[: len(base) - (level - 1)]
    return ".".join(base + ([name] if name else []))


def import_graph(sources: dict[str, Path]) -> dict[str, set[str]]:
    """Module -> the project modules it imports (a `from pkg import mod` edge goes to pkg.mod)."""
    graph: dict[str, set[str]] = {}
    for module, path in sources.items():
        edges: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = _resolve(module, path, node.level, node.module)
                targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in sources else base for a in node.names]
            else:
                continue
            edges |= {t for t in targets if t in sources and t != module}
        graph[module] = edges
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                comp = []
                while True:
                    m = stack.pop()
                    on_stack.discard(m)
                    comp.append(m)
                    if m == node:
                        break
                if len(comp) > 1:
                    found.append(sorted(comp))
    return found


def test_cycle_finder_finds_a_cycle():
    """The finder itself: a two-module and a three-module cycle are reported, a chain is not."""
    graph = {"a": {"b"}, "b": {"a"}, "c": {"d"}, "d": {"e"}, "e": {"c"}, "f": {"a"}}
    assert sorted(cycles(graph)) == [["a", "b"], ["c", "d", "e"]]
    assert cycles({"a": {"b"}, "b": {"c"}, "c": set()}) == []


def test_no_import_cycles_anywhere_in_the_tree():
    sources = _sources()
    assert len(sources) > 150  # the whole tree was read
    found = cycles(import_graph(sources))
    assert not found, "import cycles:\n" + "\n".join(" <-> ".join(c) for c in found)


def test_services_are_one_package_per_journey_step():
    services = ROOT / "workbench" / "services"
    steps = {p.name for p in services.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    assert steps == {
        "common",
        "boundary",
        "inventory",
        "footprint",
        "product",
        "plan",
        "offsets",
        "verification",
        "documents",
        "entities",
        "consolidation",
        "reduction",
    }
    assert sorted(p.name for p in services.glob("*.py")) == ["__init__.py"]


def _calls(tree):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            f = node.func
            name = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""
            yield node, name


def test_no_lookup_of_modules_or_functions_by_string():
    bad = []
    for path in _sources().values():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node, name in _calls(tree):
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            if name in ("import_module", "__import__", "find_spec", "spec_from_file_location"):
                bad.append(f"{where} {name}()")
            if name in ("getattr", "hasattr") and len(node.args) >= 2:
                if isinstance(node.args[1], ast.JoinedStr | ast.BinOp):
                    bad.append(f"{where} {name}() with a computed name")
                if isinstance(node.args[0], ast.Name) and node.args[0].id.endswith("_service"):
                    bad.append(f"{where} {name}() on a service module")
    assert not bad, "\n".join(bad)


def test_no_module_reads_argv_or_writes_files_at_top_level():
    """Static half of the side-effect check: `sys.argv`, `open(...)`, writes and `main()` calls only
    inside functions (or under `if __name__ == "__main__":`)."""
    bad = []
    for path in _sources().values():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for stmt in tree.body:
            if isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                continue
            if isinstance(stmt, ast.If) and "__name__" in ast.unparse(stmt.test):
                continue
            for node in ast.walk(stmt):
                text = ast.unparse(node) if isinstance(node, ast.Attribute | ast.Call) else ""
                if isinstance(node, ast.Attribute) and text == "sys.argv":
                    bad.append(f"{path.relative_to(ROOT)}:{node.lineno} reads sys.argv at import")
                if isinstance(node, ast.Call) and (
                    text.startswith(("open(", "main("))
                    or any(w in text for w in (".write_text(", ".write_bytes(", ".mkdir(", ".to_csv("))
                ):
                    bad.append(f"{path.relative_to(ROOT)}:{node.lineno} calls {text[:60]} at import")
    assert not bad, "\n".join(bad)


def test_build_scripts_and_test_helpers_are_not_in_the_installed_packages():
    shipped = {str(p.relative_to(ROOT)) for pkg in PACKAGES for p in (ROOT / pkg).rglob("*.py")}
    assert not [p for p in shipped if Path(p).name.startswith(("build_", "test_"))]
    for helper in ("workbench/ui/testing.py", "forms/sample.py", "forms/layout_check.py"):
        assert helper not in shipped, helper


@pytest.mark.slow
def test_importing_every_module_has_no_side_effects(tmp_path):
    """Dynamic half: import every module of the tree in a fresh interpreter with a hostile argv,
    from an empty folder. Nothing is written (in that folder or in the source tree), no
    QApplication exists, no Brightway project is switched, reportlab/matplotlib/bw2data stay out."""
    names = sorted(_sources())
    code = f"""
import os, sys, pathlib
sys.argv = ["cnw", "--this-flag-must-not-be-parsed-at-import", "/nonexistent"]
root = pathlib.Path({str(ROOT)!r})
def listing():
    return {{(str(p), p.stat().st_mtime_ns) for p in root.rglob("*") if p.is_file()
             and not any(part.startswith(".") for part in p.relative_to(root).parts)
             and "__pycache__" not in p.parts and not p.name.endswith(".pyc")}}
before_tree, before_cwd = listing(), set(os.listdir("."))
import importlib
for name in {names!r}:
    importlib.import_module(name)
assert set(os.listdir(".")) == before_cwd, "files written in the working folder"
changed = listing() ^ before_tree
assert not changed, sorted(changed)[:5]
from PySide6.QtCore import QCoreApplication
assert QCoreApplication.instance() is None, "a Qt application was created at import"
heavy = [m for m in ("bw2data", "bw2calc", "reportlab.pdfgen", "matplotlib.pyplot") if m in sys.modules]
assert not heavy, heavy
print("ok", len({names!r}))
"""
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={
            "PATH": "/usr/bin:/bin",
            "QT_QPA_PLATFORM": "offscreen",
            "HOME": str(tmp_path),
            "PYTHONDONTWRITEBYTECODE": "1",  # Python's own cache is not the code's side effect
        },
        timeout=300,
    )
    assert out.stdout.startswith("ok "), out.stderr[-3000:]
