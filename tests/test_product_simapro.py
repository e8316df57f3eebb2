"""Background databases from a SimaPro CSV export through bw2io's SimaProCSVImporter: import into
Brightway, exchanges linked to each other and to the workbench's (GHG-only) biosphere3, a product
system scored against the imported data, and malformed exports refused with nothing written.

The workbench's default biosphere is enough: SimaPro's 'Emissions to air' with an unspecified
sub-compartment maps to biosphere3's ('air',) flows, which the minimal setup writes. The first
SimaPro import in a session writes bw2io's core migrations (~8 s); later ones take milliseconds.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from lca.product.model import Activity, Exchange, ProductSystem

REL = 1e-6  # Brightway 2.4 keeps matrix values as float32

HEADER = """{SimaPro 9.5.0.0}
{processes}
{Date: 2025-03-01}
{Time: 10:00:00}
{Project: CNW test}
{CSV Format version: 9.0.0}
{CSV separator: Semicolon}
{Decimal separator: .}
{Date separator: -}
{Short date format: yyyy-MM-dd}

"""

SHEET = """Process

Category type
material

Process identifier
CNW0000001

Type
Unit process

Process name
Steel sheet/KR U

Products
Steel sheet/KR U;kg;1;100;not defined;Metals\\Steel;

Materials/fuels
Electricity, medium voltage/KR U;kWh;0.5;Undefined;0;0;0;

Emissions to air
Carbon dioxide, fossil;;kg;1.9;Undefined;0;0;0;
Methane, fossil;;kg;0.01;Undefined;0;0;0;

End

"""

POWER = """Process

Category type
energy

Process identifier
CNW0000002

Type
Unit process

Process name
Electricity, medium voltage/KR U

Products
Electricity, medium voltage/KR U;kWh;1;100;not defined;Energy;

Emissions to air
Carbon dioxide, fossil;;kg;0.45;Undefined;0;0;0;

End

"""

CH4_FOSSIL_AR6 = 29.8  # resources/gwp/gwp100.csv
SHEET_SCORE = 1.9 + 0.01 * CH4_FOSSIL_AR6 + 0.5 * 0.45  # per kg of steel sheet
POWER_SCORE = 0.45  # per kWh


def write_simapro(path: Path, text: str = HEADER + SHEET + POWER) -> Path:
    path.write_text(text, encoding="latin-1", newline="\r\n")  # as SimaPro writes it
    return path


def _acts(name):
    from lca.product.bw_bridge import bw

    return {a["name"]: a for a in bw().Database(name)}


def _exchanges(act):
    return sorted((e["type"], e.input.key, e["amount"]) for e in act.exchanges())


def test_simapro_import_link_and_score(tmp_project, tmp_path, bw):
    from workbench.services import product
    from workbench.services.product import background as pb

    name = f"simapro-{tmp_path.name[-12:]}"
    path = write_simapro(tmp_path / "export.csv")
    seen = []
    summary = pb.import_background(
        tmp_project,
        path,
        "simapro_csv",
        name,
        version="9.5",
        progress=lambda f, m: seen.append((f, m)),
    )
    assert (summary.format, summary.activities, summary.exchanges, summary.dropped) == (
        "simapro_csv",
        2,
        6,
        [],
    )
    assert seen[0][0] == 0.0 and seen[-1][0] == 1.0
    assert any(m == "Applying link_iterable_by_fields" for _, m in seen)
    [rec] = pb.list_background_databases(tmp_project)
    assert (rec["name"], rec["format"], rec["version"], rec["source_file"], rec["installed"]) == (
        name,
        "simapro_csv",
        "9.5",
        "export.csv",
        True,
    )
    assert rec["sha256"] == hashlib.sha256(b"export.csv" + path.read_bytes()).hexdigest()
    assert rec["activities"] == 2 and not rec["licensed"]

    acts = _acts(name)
    assert sorted(acts) == ["Electricity, medium voltage", "Steel sheet"]
    sheet, power = acts["Steel sheet"], acts["Electricity, medium voltage"]
    # split_simapro_name_geo: 'Steel sheet/KR U' -> name 'Steel sheet', location 'KR'
    assert (sheet["location"], sheet["unit"], sheet["reference product"]) == ("KR", "kilogram", "Steel sheet")
    assert (power["location"], power["unit"]) == ("KR", "kilowatt hour")
    assert sheet["simapro metadata"]["Process identifier"] == "CNW0000001"
    co2, ch4 = bw.biosphere_key("CO2"), bw.biosphere_key("CH4_fossil")
    assert _exchanges(sheet) == sorted(
        [
            ("production", sheet.key, 1.0),
            ("technosphere", power.key, 0.5),
            ("biosphere", co2, pytest.approx(1.9, rel=REL)),
            ("biosphere", ch4, pytest.approx(0.01, rel=REL)),
        ]
    )
    assert _exchanges(power) == [
        ("biosphere", co2, pytest.approx(0.45, rel=REL)),
        ("production", power.key, 1.0),
    ]

    [hit] = pb.search_background(name, "steel")
    sheet_ref = pb.background_ref(tmp_project, name, hit["code"], ref_id="sheet")
    power_ref = pb.background_ref(tmp_project, name, power.key[1], ref_id="power")
    assert (sheet_ref.name, sheet_ref.unit, sheet_ref.location, sheet_ref.version) == (
        "Steel sheet",
        "kilogram",
        "KR",
        "9.5",
    )
    product.save_system(
        tmp_project,
        ProductSystem(
            "Bracket",
            reference="bracket",
            functional_unit="1 bracket",
            background=[sheet_ref, power_ref],
            activities=[
                Activity(
                    "bracket",
                    "bracket assembly",
                    "manufacturing",
                    "unit",
                    exchanges=[
                        Exchange("background", "sheet", 400, "g"),
                        Exchange("background", "power", 2.0, "kWh"),
                        Exchange("biosphere", "CO2", 0.05, "kg"),
                    ],
                )
            ],
        ),
    )
    r = product.calculate(tmp_project, "Bracket", gwp_set="AR6")
    assert r.background_sources == {"sheet": "brightway", "power": "brightway"}
    assert r.background_scores["sheet"] == pytest.approx(SHEET_SCORE, rel=REL)
    assert r.background_scores["power"] == pytest.approx(POWER_SCORE, rel=REL)
    # 0.4 kg x (1.9 + 0.01 x 29.8 + 0.5 x 0.45) + 2 kWh x 0.45 + 0.05 = 1.9192 kg CO2e
    assert r.score == pytest.approx(0.4 * SHEET_SCORE + 2.0 * POWER_SCORE + 0.05, rel=REL)
    assert r.score == pytest.approx(1.9192, rel=REL)


def _truncated() -> str:
    text = HEADER + SHEET + POWER
    return text[: text.index("Carbon dioxide, fossil;;kg;0.45")]  # cut inside the second process


MALFORMED = {
    "truncated": (
        _truncated,
        r"process 'Electricity, medium voltage/KR U' \(starting on line 38\) has no 'End' line: "
        r"the file ends inside it \(truncated\?\); nothing was written",
    ),
    "unknown unit": (
        lambda: (
            HEADER
            + SHEET.replace(
                "Electricity, medium voltage/KR U;kWh;0.5", "Electricity, medium voltage/KR U;furlong;0.5"
            )
            + POWER
        ),
        r"1 exchange\(s\) could not be linked; nothing was written. First ones:\n  "
        r"activity 'Steel sheet' \[KR\]: technosphere exchange 'Electricity, medium voltage' "
        r"\(0.5 furlong, KR, Materials/fuels\) could not be linked",
    ),
    "no product row": (
        lambda: (
            HEADER
            + SHEET
            + POWER.replace("Electricity, medium voltage/KR U;kWh;1;100;not defined;Energy;\n", "")
        ),
        r"process 'Electricity, medium voltage/KR U' \(starting on line 38\) has no product row "
        r"\(its 'End' is on line 57\); nothing was written",
    ),
    "not simapro": (
        lambda: "name;unit;amount\nsteel;kg;1\n",
        r"not a SimaPro CSV export",
    ),
}


@pytest.mark.parametrize("case", list(MALFORMED))
def test_malformed_simapro_is_refused_and_nothing_is_written(case, tmp_project, tmp_path, bw):
    from lca.product.bw_bridge import bw as bwdata
    from workbench.services import product
    from workbench.services.product import background as pb

    make, message = MALFORMED[case]
    path = write_simapro(tmp_path / f"{case.replace(' ', '-')}.csv", make())
    db = f"bad-simapro-{tmp_path.name[-12:]}"
    before_bytes = Path(tmp_project.path).read_bytes()
    before_hash = tmp_project.snapshot_hash()
    databases = set(bwdata().databases)
    with pytest.raises(product.ProductError) as e:
        pb.import_background(tmp_project, path, "simapro_csv", db, version="1")
    assert str(e.value).startswith(f"{path}: ")  # names the file
    assert re.search(message, str(e.value)), str(e.value)
    assert set(bwdata().databases) == databases and db not in bwdata().databases
    assert pb.list_background_databases(tmp_project) == []
    assert tmp_project.snapshot_hash() == before_hash
    assert Path(tmp_project.path).read_bytes() == before_bytes


def test_simapro_import_matches_plain_bw2io_on_the_same_file(tmp_project, tmp_path, bw):
    """Plain bw2io (SimaProCSVImporter, its standard strategies, write) and bw2calc on the same
    export: the same activity and exchange counts, the same exchanges, and LCA scores within 1e-9."""
    from bw2calc import LCA
    from bw2io import SimaProCSVImporter

    from lca.bw_setup import method_key
    from lca.product.bw_bridge import bw as bwdata
    from lca.quiet import quiet
    from workbench.services import product

    tag = tmp_path.name[-10:]
    path = write_simapro(tmp_path / "export.csv")
    ours = product.import_background(tmp_project, path, "simapro_csv", f"sp-ours-{tag}")
    with quiet():
        imp = SimaProCSVImporter(str(path), name=f"sp-plain-{tag}")
        imp.apply_strategies()
        assert len(list(imp.unlinked)) == 0
        imp.write_database()
    plain_acts, our_acts = _acts(f"sp-plain-{tag}"), _acts(f"sp-ours-{tag}")
    assert (ours.activities, ours.exchanges) == (len(imp.data), sum(len(ds["exchanges"]) for ds in imp.data))
    assert (ours.activities, ours.exchanges) == (2, 6)
    assert sorted(our_acts) == sorted(plain_acts)
    n_db = len(bwdata().Database(f"sp-ours-{tag}"))
    assert n_db == len(bwdata().Database(f"sp-plain-{tag}")) == 2

    def same(act, db):  # exchanges with the input key's database renamed, for comparison
        return sorted(
            (e["type"], e.input.key if e.input.key[0] != db else ("db", e.input["name"]), e["amount"])
            for e in act.exchanges()
        )

    def score(key):
        with quiet():
            lca = LCA({key: 1.0}, method_key("AR6"))
            lca.lci()
            lca.lcia()
        return float(lca.score)

    for name in our_acts:
        assert same(our_acts[name], f"sp-ours-{tag}") == same(plain_acts[name], f"sp-plain-{tag}")
        assert score(our_acts[name].key) == pytest.approx(score(plain_acts[name].key), rel=1e-9, abs=0.0)
    assert score(our_acts["Steel sheet"].key) == pytest.approx(SHEET_SCORE, rel=REL)
