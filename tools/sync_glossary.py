"""Bring the UI's Korean Qt catalogue in line with the Korean glossary, then recompile the .qm.

    .venv/bin/python tools/sync_glossary.py            # rewrite cnw_ko.ts and compile cnw_ko.qm
    .venv/bin/python tools/sync_glossary.py --check    # exit 1 listing what would change
    .venv/bin/python tools/sync_glossary.py --fix-variants   # also replace avoided Korean variants

The glossary (``resources/translations/glossary_ko.tsv``) is the one home of the domain terms. Every
message of ``cnw_ko.ts`` whose English source is a glossary term (any spelling or case) gets the
glossary's Korean (or keeps the term's documented second sense). Korean variants the glossary lists
under ``avoid`` (e.g. 검증인 for 검증기관) are reported inside longer translations; with
``--fix-variants`` they are replaced by the glossary term. The printed documents read the glossary
directly (``forms.i18n``), so after this both catalogues agree; ``tests/test_glossary.py`` checks it.

The .ts is written the way ``python -m workbench.ui.i18n_tools`` writes it, so the two tools can be
run in either order without reformatting the file.
"""

from __future__ import annotations

import argparse
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _modules():
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from resources import glossary
    from workbench.ui import i18n_tools

    return glossary, i18n_tools


def sync(root: ET.Element, fix_variants: bool = False) -> tuple[list[str], list[str]]:
    """Update the parsed .ts in place: (changes made, avoided variants left in place)."""
    glossary, _ = _modules()
    changes: list[str] = []
    left: list[str] = []
    for msg in root.iter("message"):
        source = msg.findtext("source") or ""
        trans = msg.find("translation")
        if trans is None or trans.get("type") in ("obsolete", "vanished"):
            continue
        old = trans.text or ""
        new = old
        term = glossary.lookup(source)
        if term is not None and not (term.other_sense and old == term.other_sense):
            new = term.korean
        for t in glossary.terms():
            for pattern in t.avoid:
                if re.search(pattern, new):
                    if fix_variants:
                        new = re.sub(pattern, t.korean, new)
                    else:
                        left.append(f"{source!r}: {new!r} uses {pattern!r} (glossary: {t.korean})")
        if new != old or trans.get("type") == "unfinished":
            changes.append(f"{source!r}: {old!r} -> {new!r}")
            trans.text = new
            trans.attrib.pop("type", None)
    return changes, left


def write(root: ET.Element, path: Path) -> None:
    """Serialise like workbench.ui.i18n_tools.write_ts."""
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Apply the Korean glossary to the Qt catalogue and compile it.")
    ap.add_argument("--lang", default="ko")
    ap.add_argument("--check", action="store_true", help="change nothing; exit 1 if the catalogue disagrees")
    ap.add_argument(
        "--fix-variants", action="store_true", help="replace the Korean variants the glossary avoids"
    )
    args = ap.parse_args(argv)
    _, i18n_tools = _modules()
    ts = Path(i18n_tools.TRANSLATION_DIR) / f"cnw_{args.lang}.ts"
    root = ET.parse(ts).getroot()
    changes, left = sync(root, fix_variants=args.fix_variants and not args.check)
    for line in changes:
        print(("would change " if args.check else "changed ") + line)
    for line in left:
        print("variant: " + line)
    if args.check:
        return 1 if changes or left else 0
    if changes:
        write(root, ts)
    qm = i18n_tools.compile_qm(ts)
    print(f"{ts.name}: {len(changes)} translations changed, {len(left)} variants left; compiled {qm.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
