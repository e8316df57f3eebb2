"""Maintain the Korean catalogue: extract tr() strings, update the .ts, compile the .qm.

    python -m workbench.ui.i18n_tools            # update cnw_ko.ts and compile cnw_ko.qm
    python -m workbench.ui.i18n_tools --check    # exit 1 listing strings without a translation

Strings are found by reading workbench/ui/**/*.py for calls `tr("literal", ...)`. Existing
translations in the .ts are kept; new strings are added as unfinished; strings no longer used
are marked obsolete. The .qm is compiled with `pyside6-lrelease`, which PySide6 ships.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from .i18n import CONTEXT, TRANSLATION_DIR

UI_DIR = Path(__file__).resolve().parent


def extract_strings(root: Path = UI_DIR) -> dict[str, str]:
    """{source text: 'file:line'} for every tr("...") literal under `root`."""
    found: dict[str, str] = {}
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("tr", "tr_noop")
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.setdefault(node.args[0].value, f"{path.relative_to(root.parent.parent)}:{node.lineno}")
    return found


def read_ts(path: Path) -> dict[str, str]:
    """{source: translation} for finished and unfinished (non-empty) messages in a .ts file."""
    if not path.exists():
        return {}
    out = {}
    for msg in ET.parse(path).getroot().iter("message"):
        source = msg.findtext("source") or ""
        trans = msg.find("translation")
        if trans is not None and trans.text and trans.get("type") not in ("obsolete", "vanished"):
            out[source] = trans.text
    return out


def write_ts(path: Path, lang: str, strings: dict[str, str], translations: dict[str, str]) -> None:
    root = ET.Element("TS", version="2.1", language=lang)
    ctx = ET.SubElement(root, "context")
    ET.SubElement(ctx, "name").text = CONTEXT
    for source in sorted(strings):
        msg = ET.SubElement(ctx, "message")
        file, line = strings[source].rsplit(":", 1)
        ET.SubElement(msg, "location", filename=file, line=line)
        ET.SubElement(msg, "source").text = source
        t = ET.SubElement(msg, "translation")
        if source in translations:
            t.text = translations[source]
        else:
            t.set("type", "unfinished")
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def lrelease_command() -> str:
    for name in ("pyside6-lrelease", "lrelease"):
        exe = Path(sys.executable).with_name(name)
        if exe.exists():
            return str(exe)
        found = shutil.which(name)
        if found:
            return found
    raise RuntimeError("pyside6-lrelease not found (it ships with PySide6-Essentials)")


def compile_qm(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    subprocess.run([lrelease_command(), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def missing(lang: str = "ko") -> list[str]:
    ts = TRANSLATION_DIR / f"cnw_{lang}.ts"
    have = read_ts(ts)
    return sorted(s for s in extract_strings() if s not in have)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", default="ko")
    ap.add_argument("--check", action="store_true", help="only report untranslated strings")
    ap.add_argument("--merge", metavar="JSON", help="add translations from a {source: translation} JSON file")
    args = ap.parse_args(argv)
    ts = TRANSLATION_DIR / f"cnw_{args.lang}.ts"
    if args.check:
        gaps = missing(args.lang)
        for s in gaps:
            print(f"untranslated: {s!r}")
        return 1 if gaps else 0
    strings = extract_strings()
    translations = read_ts(ts)
    if args.merge:
        import json

        translations.update(json.loads(Path(args.merge).read_text(encoding="utf-8")))
    write_ts(ts, args.lang, strings, translations)
    qm = compile_qm(ts)
    gaps = missing(args.lang)
    print(f"{ts.name}: {len(strings)} strings, {len(gaps)} untranslated; compiled {qm.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
