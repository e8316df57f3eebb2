"""Imports that keep every exchange (issue 13): each import compared with plain bw2io + bw2calc on
the same file in the same test.

- an ecospold2 unit process whose technosphere inputs come from a background release imported
  earlier (bw2io's ``delete_ghost_exchanges`` would delete them all);
- one .spold file given as a file;
- an aggregated dataset on which a bw2io strategy fails (reported with the dataset and the strategy);
- a multi-output dataset (refused with the reason);
- bw2io's own example workbook ``bw2io/data/examples/example.xlsx``;
- SimaPro pre-checks naming the process at fault.
"""

from __future__ import annotations

import sys
import uuid
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from product_bgdata import CH4, write_ecospold2  # noqa: E402

REL = 1e-9

BACKGROUND = [
    dict(code="heat", name="heat, from natural gas", unit="megajoule", location="RER", co2=0.056),
    dict(code="power", name="electricity, medium voltage", unit="kilowatt hour", location="DE", co2=0.42),
    dict(
        code="ammonia",
        name="ammonia, anhydrous",
        unit="kilogram",
        location="RER",
        co2=1.6,
        inputs=[("heat", 28.0), ("power", 0.9)],
    ),
    dict(code="water", name="water, deionised", unit="kilogram", location="RER", co2=0.0003),
]
UNIT_PROCESS = dict(
    code="urea",
    name="urea production",
    unit="kilogram",
    location="RER",
    co2=0.73,
    inputs=[("ammonia", 0.57), ("heat", 2.1), ("power", 0.12), ("water", 1.4)],
    elementary=[(CH4[0], CH4[1], 0.0004, "air", "unspecified")],
)


def _plain_ecospold2(folder, db_name):
    """Plain bw2io: the standard strategies, then write."""
    from bw2io import SingleOutputEcospold2Importer

    from lca.quiet import quiet

    with quiet():
        imp = SingleOutputEcospold2Importer(str(folder), db_name, use_mp=False)
        imp.apply_strategies(verbose=False)
        imp.write_database()
    return imp


def _plain_score(key, gwp="AR6"):
    from bw2calc import LCA

    from lca.bw_setup import method_key
    from lca.quiet import quiet

    with quiet():
        lca = LCA({key: 1.0}, method_key(gwp))
        lca.lci()
        lca.lcia()
    return float(lca.score)


def _n_exchanges(db_name):
    from lca.product.bw_bridge import bw

    return sum(len(list(a.exchanges())) for a in bw().Database(db_name))


def _key_by_name(db_name, name):
    from lca.product.bw_bridge import bw

    return next(a.key for a in bw().Database(db_name) if a["name"] == name)


def test_unit_process_over_a_background_release(tmp_project, tmp_path, bw):
    from workbench.services import product

    tag = tmp_path.name[-10:]
    ids, units = {}, {}
    bg_folder = write_ecospold2(tmp_path / "bg", BACKGROUND, ids, units)
    fg_folder = write_ecospold2(tmp_path / "fg", [UNIT_PROCESS], ids, units)
    both = write_ecospold2(tmp_path / "both", BACKGROUND + [UNIT_PROCESS], ids, units)

    # without a background database, the four inputs cannot be linked: listed, refused, nothing written
    with pytest.raises(product.ProductError, match=r"4 exchange\(s\) could not be linked") as e:
        product.import_background(tmp_project, fg_folder, "ecospold2", f"urea-{tag}")
    assert sorted((u.name, u.unit, u.amount) for u in e.value.unlinked) == [
        ("ammonia", "kilogram", 0.57),  # the flow names product_bgdata writes
        ("heat", "megajoule", 2.1),
        ("power", "kilowatt hour", 0.12),
        ("water", "kilogram", 1.4),
    ]
    # plain bw2io on the same file keeps 3 of 7 exchanges (delete_ghost_exchanges removes the inputs)
    plain_alone = _plain_ecospold2(fg_folder, f"plain-alone-{tag}")
    assert sum(len(ds["exchanges"]) for ds in plain_alone.data) == 3

    bg = product.import_background(tmp_project, bg_folder, "ecospold2", f"bg-{tag}", version="3.10")
    fg = product.import_background(tmp_project, fg_folder, "ecospold2", f"urea-{tag}", link_to=[f"bg-{tag}"])
    assert (fg.activities, fg.exchanges, fg.linked_to_background, fg.dropped) == (1, 7, 4, [])
    assert product.import_record(tmp_project, f"urea-{tag}")["notes"]["linked_to"] == [f"bg-{tag}"]

    # plain bw2io on one folder holding background and unit process: the same data, linked internally
    plain = _plain_ecospold2(both, f"plain-{tag}")
    assert len(plain.data) == bg.activities + fg.activities
    assert sum(len(ds["exchanges"]) for ds in plain.data) == bg.exchanges + fg.exchanges
    assert _n_exchanges(f"plain-{tag}") == _n_exchanges(f"bg-{tag}") + _n_exchanges(f"urea-{tag}")
    ours = _plain_score(_key_by_name(f"urea-{tag}", "urea production"))
    theirs = _plain_score(_key_by_name(f"plain-{tag}", "urea production"))
    assert ours == pytest.approx(theirs, rel=REL)
    ammonia = 1.6 + 28 * 0.056 + 0.9 * 0.42
    expected = 0.73 + 0.0004 * 29.8 + 0.57 * ammonia + 2.1 * 0.056 + 0.12 * 0.42 + 1.4 * 0.0003
    assert ours == pytest.approx(expected, rel=1e-6)  # float32 matrices

    # one .spold file given as a file (what a file dialog returns) imports like its folder
    (single,) = sorted(fg_folder.glob("*.spold"))
    one = product.import_background(tmp_project, single, "ecospold2", f"urea1-{tag}", link_to=[f"bg-{tag}"])
    assert (one.activities, one.exchanges) == (1, 7)
    assert _plain_score(_key_by_name(f"urea1-{tag}", "urea production")) == pytest.approx(ours, rel=REL)
    (tmp_path / "x.txt").write_text("x")
    with pytest.raises(product.ProductError, match="not an ecospold2 file"):
        product.import_background(tmp_project, tmp_path / "x.txt", "ecospold2", "x")


def test_failing_strategy_is_reported_with_dataset_and_the_import_goes_on(tmp_project, tmp_path, bw):
    """bw2io's update_social_flows_in_older_consequential raises KeyError on a dataset with an
    unlinked 'residual wood, dry' flow (as an aggregated ecoinvent dataset can have)."""
    from bw2io import SingleOutputEcospold2Importer

    from lca.quiet import quiet
    from workbench.services import product

    tag = tmp_path.name[-10:]
    agg = dict(
        code="agg",
        name="market for polyethylene, aggregated",
        unit="kilogram",
        location="GLO",
        co2=1.9,
        elementary=[
            (CH4[0], CH4[1], 0.006, "air", "unspecified"),
            ("residual wood, dry", str(uuid.uuid4()), 0.01, "social", "unspecified"),
        ],
    )
    folder = write_ecospold2(tmp_path / "agg", [agg])
    with quiet(), pytest.raises(KeyError):  # plain bw2io stops with a traceback
        imp = SingleOutputEcospold2Importer(str(folder), f"plain-agg-{tag}", use_mp=False)
        imp.apply_strategies(verbose=False)

    with pytest.raises(product.ProductError, match=r"1 exchange\(s\) could not be linked") as e:
        product.import_background(tmp_project, folder, "ecospold2", f"agg-{tag}")
    (w,) = e.value.warnings
    assert w.startswith(
        "bw2io strategy update_social_flows_in_older_consequential failed on dataset "
        "'market for polyethylene, aggregated' [GLO] (file "
    )
    assert "KeyError" in w and "skipped for that dataset" in w
    assert [u.name for u in e.value.unlinked] == ["residual wood, dry"]

    s = product.import_background(tmp_project, folder, "ecospold2", f"agg-{tag}", unlinked="drop")
    assert (s.activities, s.exchanges, s.warnings) == (1, 3, [w])
    rec = product.import_record(tmp_project, f"agg-{tag}")
    assert rec["notes"]["strategy_warnings"] == [w]
    assert [d["name"] for d in rec["dropped"]] == ["residual wood, dry"]
    assert _plain_score(_key_by_name(f"agg-{tag}", agg["name"])) == pytest.approx(
        1.9 + 0.006 * 29.8, rel=1e-6
    )


def test_multi_output_dataset_is_refused_with_the_reason(tmp_project, tmp_path, bw):
    from lca.product.bw_bridge import bw as bwdata
    from workbench.services import product

    chlor = dict(
        code="chlor",
        name="chlor-alkali electrolysis",
        unit="kilogram",
        location="RER",
        co2=0.9,
        coproducts=[("sodium hydroxide", 1.1), ("hydrogen", 0.03)],
    )
    folder = write_ecospold2(tmp_path / "multi", [chlor])
    with pytest.raises(product.ProductError, match="multi-output dataset") as e:
        product.import_background(tmp_project, folder, "ecospold2", "multi")
    assert "dataset 'chlor-alkali electrolysis' [RER]" in str(e.value)
    assert "3 reference products ('chlor-alkali electrolysis', 'sodium hydroxide', 'hydrogen')" in str(
        e.value
    )
    assert "multi" not in bwdata().databases


FULL_BIOSPHERE_RUN = r"""
import json, sys
from pathlib import Path
from lca.bw_setup import configure_bw_dir
configure_bw_dir()  # before bw2data is imported: the fresh folder is created
import bw2io
from bw2io import ExcelImporter
from bw2calc import LCA
from workbench.cli import main
from workbench import new_project
from workbench.services import product
from lca.bw_setup import method_key
from lca.product.bw_bridge import bw
from lca.product.importers import _ensure_migrations
from lca.quiet import quiet

out = {"has_full_before": product.has_full_biosphere()}
out["cli"] = main(["lca", "setup", "--full"])
out["cli_again"] = main(["lca", "setup", "--full"])
out["has_full_after"] = product.has_full_biosphere()
bd = bw()
out["biosphere_flows"] = len(bd.Database("biosphere3"))

def score(key):
    with quiet():
        lca = LCA({key: 1.0}, method_key("AR6"))
        lca.lci()
        lca.lcia()
    return float(lca.score)

def exchanges(db):
    return sum(len(list(a.exchanges())) for a in bd.Database(db))

path = Path(bw2io.__file__).parent / "data" / "examples" / "example.xlsx"
_ensure_migrations("excel")
with quiet():
    imp = ExcelImporter(str(path))
    imp.apply_strategies(verbose=False)
    imp.match_database(fields=["name", "unit", "location"])  # bw2io's documented step
    out["plain_unlinked"] = len(list(imp.unlinked))
    imp.write_database()
p = new_project(Path(sys.argv[1]) / "t.cnw", "ACME", period_start="2025-01-01", period_end="2025-12-31")
s = product.import_background(p, path, "excel", "cnw-us-lci-example")
out["plain"] = [len(imp.data), sum(len(ds["exchanges"]) for ds in imp.data), exchanges(imp.db_name)]
out["ours"] = [s.activities, s.exchanges, exchanges("cnw-us-lci-example")]
out["scores"] = {
    a["name"]: [score(a.key), score(next(b.key for b in bd.Database(imp.db_name) if b["name"] == a["name"]))]
    for a in bd.Database("cnw-us-lci-example")
}
co = product.import_background(p, sys.argv[2], "ecospold2", "co")
out["co"] = [co.activities, co.exchanges]
# bw2io's other example workbook: its documented steps leave inputs unlinked (they come from a
# database it does not ship), so plain bw2io cannot write it either; here it is refused, listed
sample = path.parent / "sample_parameterized_database.xlsx"
with quiet():
    imp2 = ExcelImporter(str(sample))
    imp2.apply_strategies(verbose=False)
    imp2.match_database(fields=["name", "unit", "location"])
out["sample_plain_unlinked"] = sorted(e["name"] for ds in imp2.data for e in ds["exchanges"] if not e.get("input"))
out["sample_plain_unique"] = len(list(imp2.unlinked))
before = sorted(bd.databases)
try:
    product.import_background(p, sample, "excel", "cnw-sample")
    out["sample_ours"] = "imported"
except product.ProductError as exc:
    out["sample_ours"] = [str(exc), sorted(u.name for u in exc.unlinked)]
out["sample_wrote_nothing"] = sorted(bd.databases) == before
p.close()
print(json.dumps(out))
"""


def test_full_biosphere_from_the_cli_then_bw2io_example_workbook(tmp_path, bw):
    """In a fresh Brightway folder: ``cnw lca setup --full`` builds the full biosphere3 (with
    progress; a second run says it is there), then bw2io's own example workbook
    ``bw2io/data/examples/example.xlsx`` imports with the same activity and exchange counts and the
    same scores as plain bw2io (standard strategies + its documented
    ``match_database(fields=["name", "unit", "location"])``), and a flow that needed the full
    biosphere links."""
    import json
    import os
    import subprocess

    co = ("Carbon monoxide, fossil", "6edcc2df-88a3-48e1-83d8-ffc38d31c35b")
    folder = write_ecospold2(
        tmp_path / "co",
        [dict(code="boiler", name="heat, boiler", unit="megajoule", location="KR", co2=0.07, flow=co)],
    )
    env = dict(
        os.environ, BRIGHTWAY2_DIR=str(tmp_path / "fresh-bw"), PYTHONPATH=str(Path(__file__).parent.parent)
    )
    run = subprocess.run(
        [sys.executable, "-c", FULL_BIOSPHERE_RUN, str(tmp_path), str(folder)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout.strip().splitlines()[-1])
    assert "Writing the full biosphere3 (4," in run.stderr
    assert "Built the full biosphere3." in run.stdout and "already built" in run.stdout
    assert (out["has_full_before"], out["cli"], out["cli_again"], out["has_full_after"]) == (
        False,
        0,
        0,
        True,
    )
    assert out["biosphere_flows"] > 4000
    assert out["plain_unlinked"] == 0
    assert out["ours"] == out["plain"] == [3, 9, 9]
    assert len(out["scores"]) == 3
    for ours, theirs in out["scores"].values():
        assert ours == pytest.approx(theirs, rel=REL, abs=0.0)
    assert out["scores"]["Acetic acid, at plant"][0] == pytest.approx(0.539 * 0.53, rel=1e-6)
    assert out["co"] == [1, 2]
    # sample_parameterized_database.xlsx: plain bw2io leaves 6 inputs unlinked; refused here with them
    message, names = out["sample_ours"]
    assert out["sample_plain_unique"] == 6 and len(out["sample_plain_unlinked"]) == 9
    assert names == out["sample_plain_unlinked"]  # every unlinked exchange listed, by name
    assert "sample_parameterized_database.xlsx" in message and "could not be linked" in message
    assert out["sample_wrote_nothing"]


SIMAPRO = """{SimaPro 9.5.0.0}
{processes}
{CSV separator: Semicolon}
{Decimal separator: .}

Process

Category type
material

Process identifier
CNW0000009

Process name
Status

Products
Cement clinker/KR U;kg;1;100;not defined;Minerals;

Emissions to air
Carbon dioxide, fossil;;kg;0.82;Undefined;0;0;0;

"""


def test_simapro_precheck_names_the_process_and_line(tmp_project, tmp_path, bw):
    """A process whose 'Process name' value line is missing (the next line is the 'Status'
    header) and that is cut off before its 'End': named by its product, with its first line."""
    from workbench.services import product

    path = tmp_path / "cut.csv"
    path.write_text(SIMAPRO, encoding="latin-1")
    with pytest.raises(product.ProductError) as e:
        product.import_background(tmp_project, path, "simapro_csv", "cut")
    assert str(e.value) == (
        f"{path}: process 'Cement clinker/KR U' (starting on line 6) has no 'End' line: the file ends "
        "inside it (truncated?); nothing was written"
    )


def test_full_biosphere_hint_only_when_it_helps(tmp_project, tmp_path, bw):
    from lca import bw_setup
    from workbench.services import product

    co = ("Carbon monoxide, fossil", "6edcc2df-88a3-48e1-83d8-ffc38d31c35b")  # full biosphere3 only
    folder = write_ecospold2(
        tmp_path / "co",
        [dict(code="boiler", name="heat, boiler", unit="megajoule", location="KR", co2=0.07, flow=co)],
    )
    if bw_setup.is_setup(full_biosphere=True):
        pytest.skip("the session's Brightway folder already has the full biosphere3")
    with pytest.raises(product.ProductError) as e:
        product.import_background(tmp_project, folder, "ecospold2", "co")
    assert "1 of the unlinked elementary flows are in the full biosphere3" in str(e.value)
    assert "cnw lca setup --full" in str(e.value)
    assert not product.has_full_biosphere()
