"""Background databases: import (Brightway Excel, ecospold2) through bw2io, relinking to a new
release, cached per-unit scores when a (licensed) database is missing, rebuild on a fresh machine."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lca.product.model import Activity, Exchange, ProductSystem

sys.path.insert(0, str(Path(__file__).parent))
from product_bgdata import write_ecospold2, write_excel  # noqa: E402

V1 = [
    dict(code="coil", name="steel coil", unit="kilogram", location="KR", co2=1.9, inputs=[("power", 0.5)]),
    dict(code="power", name="electricity, medium voltage", unit="kilowatt hour", location="KR", co2=0.45),
    dict(
        code="ingot", name="aluminium ingot", unit="kilogram", location="GLO", co2=8.6, inputs=[("power", 15)]
    ),
]
V2 = [  # a new release: coil and power revised, ingot dropped
    dict(code="coil", name="steel coil", unit="kilogram", location="KR", co2=1.7, inputs=[("power", 0.5)]),
    dict(code="power", name="electricity, medium voltage", unit="kilowatt hour", location="KR", co2=0.40),
]


def housing(refs) -> ProductSystem:
    return ProductSystem(
        "Housing",
        reference="housing",
        functional_unit="1 gearbox housing",
        background=refs,
        activities=[
            Activity(
                "housing",
                "gearbox housing",
                "manufacturing",
                "unit",
                exchanges=[
                    Exchange("background", "coil", 1.2, "kg"),
                    Exchange("background", "ingot", 400, "g"),
                    Exchange("background", "power", 3.0, "kWh"),
                    Exchange("biosphere", "CO2", 0.05, "kg"),
                ],
            )
        ],
    )


def score_v1():
    coil = 1.9 + 0.5 * 0.45
    ingot = 8.6 + 15 * 0.45
    return 1.2 * coil + 0.4 * ingot + 3.0 * 0.45 + 0.05


def score_v2():
    coil = 1.7 + 0.5 * 0.40
    ingot = 8.6 + 15 * 0.45  # still from release 1 (not in release 2)
    return 1.2 * coil + 0.4 * ingot + 3.0 * 0.40 + 0.05


REL = 1e-6  # Brightway 2.4 keeps matrix values as float32


@pytest.fixture
def with_v1(tmp_project, tmp_path, bw):
    from workbench.services import product
    from workbench.services.product import background as pb

    name = f"steelco-{tmp_path.name[-12:]}"
    seen = []
    summary = pb.import_background(
        tmp_project,
        write_excel(tmp_path / "v1.xlsx", "ignored", V1),
        "excel",
        f"{name} v1",
        version="1.0",
        licensed=True,
        progress=lambda f, m: seen.append((f, m)),
    )
    assert summary.activities == 3
    assert seen[0][0] == 0.0 and seen[-1][0] == 1.0 and any("Applying" in m for _, m in seen)
    refs = [pb.background_ref(tmp_project, f"{name} v1", code) for code in ("coil", "ingot", "power")]
    assert refs[0].unit == "kilogram" and refs[0].version == "1.0" and refs[0].licensed
    product.save_system(tmp_project, housing(refs))
    return tmp_project, name


def test_excel_import_then_ecospold2_release_and_relink(with_v1, tmp_path):
    from workbench.services import product
    from workbench.services.product import background as pb

    project, name = with_v1
    r1 = product.calculate(project, "Housing")
    assert r1.score == pytest.approx(score_v1(), rel=REL)
    assert r1.background_sources == {"coil": "brightway", "ingot": "brightway", "power": "brightway"}
    assert r1.background_scores["coil"] == pytest.approx(1.9 + 0.5 * 0.45, rel=REL)
    assert [d["name"] for d in pb.list_background_databases(project)] == [f"{name} v1"]

    pb.import_background(
        project,
        write_ecospold2(tmp_path / "es2", V2),
        "ecospold2",
        f"{name} v2",
        version="2.0",
        licensed=True,
    )
    report = pb.relink(project, "Housing", f"{name} v2")
    assert sorted(r for r, _, _ in report.linked) == ["coil", "power"]
    assert all(how == "name, reference product, location and unit" for _, _, how in report.linked)
    assert report.unlinked == [("ingot", f"no activity 'aluminium ingot' [GLO] (kg) in '{name} v2'")]
    assert any("could not relink 'ingot'" in line for line in report.lines())
    system = product.load_system(project, "Housing")
    versions = {r.ref_id: (r.database, r.version) for r in system.background}
    assert versions == {
        "coil": (f"{name} v2", "2.0"),
        "power": (f"{name} v2", "2.0"),
        "ingot": (f"{name} v1", "1.0"),
    }
    assert product.calculate(project, "Housing").score == pytest.approx(score_v2(), rel=REL)


def test_import_with_unlinked_exchanges_writes_nothing(tmp_project, tmp_path, bw):
    from lca.product.bw_bridge import bw as bwdata
    from workbench.services import product
    from workbench.services.product import background as pb

    unknown_flow = ("Carbon dioxide, from the moon", "00000000-0000-0000-0000-000000000000")
    bad = [
        dict(V2[1]),
        dict(code="wire", name="copper wire", unit="kilogram", location="CN", co2=3.1, flow=unknown_flow),
    ]
    folder = write_ecospold2(tmp_path / "bad", bad)
    before = Path(tmp_project.path).read_bytes()
    with pytest.raises(
        product.ProductError, match=r"1 exchange\(s\) could not be linked; nothing was written"
    ) as e:
        pb.import_background(tmp_project, folder, "ecospold2", "broken-release", version="9")
    assert (
        "activity 'copper wire' [CN]: biosphere exchange 'Carbon dioxide, from the moon' (3.1 kilogram, "
        "flow 00000000-0000-0000-0000-000000000000) "
        "could not be linked"
    ) in str(e.value)
    assert "full biosphere" not in str(e.value)  # not in biosphere3 at all: the hint would not help
    assert [(u.name, u.unit, u.amount, u.category) for u in e.value.unlinked] == [
        ("Carbon dioxide, from the moon", "kilogram", 3.1, "")
    ]
    assert "broken-release" not in bwdata().databases
    assert Path(tmp_project.path).read_bytes() == before
    with pytest.raises(product.ProductError, match="no .spold files"):
        pb.import_background(tmp_project, tmp_path, "ecospold2", "empty")
    with pytest.raises(product.ProductError, match="cannot be read as excel"):
        (tmp_path / "junk.xlsx").write_bytes(b"not a workbook")
        pb.import_background(tmp_project, tmp_path / "junk.xlsx", "excel", "junk")
    assert Path(tmp_project.path).read_bytes() == before


def test_inputs_bw2io_would_delete_are_refused_then_linked_or_dropped(tmp_project, tmp_path, bw):
    """bw2io's delete_ghost_exchanges would silently remove the 'cathode' input; the workbench lists
    it and refuses, then imports when the user links it to a chosen activity or drops it (recorded)."""
    from lca.product.bw_bridge import bw as bwdata
    from workbench.services import product
    from workbench.services.product import background as pb

    acts = [
        dict(V2[1]),
        dict(
            code="wire",
            name="copper wire",
            unit="kilogram",
            location="CN",
            co2=3.1,
            inputs=[("cathode", 1.02)],
        ),
    ]
    folder = write_ecospold2(tmp_path / "es2", acts)
    tag = tmp_path.name[-10:]
    with pytest.raises(product.ProductError, match=r"1 exchange\(s\) could not be linked") as e:
        pb.import_background(tmp_project, folder, "ecospold2", f"wire-{tag}", version="1")
    (u,) = e.value.unlinked
    assert (u.activity, u.type, u.name, u.unit, u.amount) == (
        "copper wire",
        "technosphere",
        "cathode",
        "kilogram",
        1.02,
    )
    assert f"wire-{tag}" not in bwdata().databases

    # link it to an activity the user picks (here: the electricity of the same release, imported first)
    pb.import_background(tmp_project, write_ecospold2(tmp_path / "p", [dict(V2[1])]), "ecospold2", f"p-{tag}")
    power = next(iter(bwdata().Database(f"p-{tag}"))).key
    power_kg = dict(V2[1], unit="kilogram", code="pkg", name="power by mass")
    pb.import_background(
        tmp_project, write_ecospold2(tmp_path / "pkg", [power_kg]), "ecospold2", f"pkg-{tag}"
    )
    target = next(iter(bwdata().Database(f"pkg-{tag}"))).key
    with pytest.raises(product.ProductError, match="is in kilowatt hour, the exchange in kilogram"):
        pb.import_background(
            tmp_project, folder, "ecospold2", f"wire-{tag}", links={u.key: f"{power[0]}|{power[1]}"}
        )
    s = pb.import_background(
        tmp_project, folder, "ecospold2", f"wire-{tag}", links={u.key: f"{target[0]}|{target[1]}"}
    )
    assert s.exchanges == 5 and s.dropped == [] and len(s.linked_by_choice) == 1
    rec = pb.import_record(tmp_project, f"wire-{tag}")
    assert rec["dropped"] == [] and rec["notes"]["linked_by_choice"] == s.linked_by_choice

    # or drop it: the dropped exchange is in the summary and in the project's import record
    s = pb.import_background(tmp_project, folder, "ecospold2", f"wired-{tag}", unlinked="drop")
    assert s.exchanges == 4
    (d,) = pb.import_record(tmp_project, f"wired-{tag}")["dropped"]
    assert s.dropped == [
        "activity 'copper wire' [CN]: technosphere exchange 'cathode' (1.02 kilogram, flow "
        f"{d['flow_id']}) dropped at the user's choice (could not be linked)"
    ]
    assert (d["name"], d["unit"], d["amount"], d["type"]) == ("cathode", "kilogram", 1.02, "technosphere")


def test_missing_licensed_database_uses_cached_values(with_v1):
    from lca.product.bw_bridge import bw as bwdata
    from workbench import open_project
    from workbench.services import product

    project, name = with_v1
    r1 = product.calculate(project, "Housing")  # caches per-unit scores in the file
    path = project.path
    project.close()
    del bwdata().databases[f"{name} v1"]  # the auditor's machine: no licence, no database
    with open_project(path, mode="read") as ro:
        r2 = product.calculate(ro, "Housing")
        assert r2.background_sources == {"coil": "cached", "ingot": "cached", "power": "cached"}
        assert r2.score == pytest.approx(r1.score, rel=1e-12)
        assert {c.key: c.score for c in r2.by_stage} == pytest.approx({c.key: c.score for c in r1.by_stage})
        assert any("cached value" in w for w in r2.warnings)
        with pytest.raises(
            product.ProductError, match=r"is not installed in Brightway and has no cached AR5 value"
        ):
            product.calculate(ro, "Housing", gwp_set="AR5")


REBUILD = """
import json, sys
from workbench import open_project
from workbench.services import product
with open_project(sys.argv[1], mode="read") as p:
    r = product.calculate(p, sys.argv[2])
    print(json.dumps({"score": r.score, "stages": {c.key: c.score for c in r.by_stage},
                      "sources": r.background_sources}))
"""


def test_rebuild_on_a_fresh_brightway_directory(with_v1, tmp_path):
    from workbench.services import product
    from workbench.services.product import background as pb

    project, name = with_v1
    db, version = pb.shipped_database()
    grid = pb.background_ref(project, db, "kr.elec.grid.2023", ref_id="grid")
    system = product.load_system(project, "Housing")
    system.background.append(grid)
    system.activities[0].exchanges.append(Exchange("background", "grid", 2.0, "kWh"))
    product.save_system(project, system)
    here = product.calculate(project, "Housing")
    # 2 kWh x 0.4173 kg CO2e/kWh (Korean national factor 2023, 0.4173 tCO2e/MWh)
    assert here.score == pytest.approx(score_v1() + 2.0 * 0.4173, rel=REL)
    path = project.path
    project.close()
    env = dict(
        os.environ, BRIGHTWAY2_DIR=str(tmp_path / "fresh-bw"), PYTHONPATH=str(Path(__file__).parent.parent)
    )
    out = subprocess.run(
        [sys.executable, "-c", REBUILD, path, "Housing"], env=env, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    there = json.loads(out.stdout.strip().splitlines()[-1])
    assert there["sources"] == {"coil": "cached", "ingot": "cached", "power": "cached", "grid": "brightway"}
    assert there["score"] == pytest.approx(here.score, rel=1e-12)
    assert there["stages"] == pytest.approx({c.key: c.score for c in here.by_stage}, rel=1e-12)
    assert (tmp_path / "fresh-bw").is_dir()
