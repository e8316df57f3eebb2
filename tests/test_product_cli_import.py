"""`cnw lca FILE --import PATH --format ecospold2 --name DB` with `--link-to`, `--link KEY=DB|CODE`
and `--drop-unlinked` (issue 13, deliverable 1 from the command line): a refused import lists the
unlinked exchanges with their --link keys and changes no row of the project file; linking to a
background release imported earlier keeps every exchange and scores as plain bw2io + bw2calc on
the same data; a dropped exchange is kept in the import record. Real file, real Brightway."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from product_bgdata import write_ecospold2  # noqa: E402
from test_product_imports import BACKGROUND, UNIT_PROCESS, _key_by_name, _plain_ecospold2, _plain_score  # noqa: E402


def _content(path) -> list:
    """Every row of every table (SQLite's dump). Not the raw bytes: opening a file for editing
    bumps SQLite's change counter in its header, whatever the command then does."""
    import sqlite3

    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def test_cli_import_refuses_then_links_to_a_release_or_drops(tmp_path, bw, capsys):
    from workbench import new_project, open_project
    from workbench.cli import main
    from workbench.services import product

    tag = tmp_path.name[-10:]
    file = tmp_path / "p.cnw"
    new_project(file, "ACME", period_start="2025-01-01", period_end="2025-12-31").close()
    ids, units = {}, {}
    bg = write_ecospold2(tmp_path / "bg", BACKGROUND, ids, units)
    fg = write_ecospold2(tmp_path / "fg", [UNIT_PROCESS], ids, units)
    both = write_ecospold2(tmp_path / "both", BACKGROUND + [UNIT_PROCESS], ids, units)
    imp = ["lca", str(file), "--import"]

    before = _content(file)
    assert main([*imp, str(fg), "--format", "ecospold2", "--name", f"urea-{tag}"]) == 2
    err = capsys.readouterr().err
    assert "4 exchange(s) could not be linked; nothing was written" in err
    assert "Keys for --link (type|name|unit|category):" in err
    keys = [
        line.strip()
        for line in err.split("Keys for --link (type|name|unit|category):")[1].splitlines()
        if line.strip()
    ]
    assert len(keys) == 4 and any(k.startswith("technosphere|ammonia|kilogram") for k in keys)
    assert _content(file) == before  # refused: no row of the project file changed

    assert main([*imp, str(bg), "--format", "ecospold2", "--name", f"bg-{tag}", "--db-version", "3.10"]) == 0
    assert (
        main([*imp, str(fg), "--format", "ecospold2", "--name", f"urea-{tag}", "--link-to", f"bg-{tag}"]) == 0
    )
    out = capsys.readouterr().out
    assert f"Imported 1 activities, 7 exchanges into 'urea-{tag}'" in out
    assert f"4 exchange(s) linked to bg-{tag}" in out
    plain = _plain_ecospold2(both, f"plain-{tag}")
    assert len(plain.data) == 5
    ours = _plain_score(_key_by_name(f"urea-{tag}", "urea production"))
    assert ours == pytest.approx(_plain_score(_key_by_name(f"plain-{tag}", "urea production")), rel=1e-9)

    # --link: water linked by the user to the release's water, the other three dropped
    water = next(k for k in keys if k.startswith("technosphere|water|kilogram"))
    target = _key_by_name(f"bg-{tag}", "water, deionised")
    args = [*imp, str(fg), "--format", "ecospold2", "--name", f"urea2-{tag}", "--drop-unlinked"]
    assert main([*args, "--link", f"{water}={target[0]}|{target[1]}"]) == 0
    out = capsys.readouterr().out
    assert "Imported 1 activities, 4 exchanges" in out
    assert out.count("  left out: ") == 3 and out.count("  linked: ") == 1
    p = open_project(file)
    try:
        rec = product.import_record(p, f"urea2-{tag}")
    finally:
        p.close()
    assert sorted(d["name"] for d in rec["dropped"]) == ["ammonia", "heat", "power"]
    assert len(rec["notes"]["linked_by_choice"]) == 1
