"""Data quality per activity row: the pedigree matrix stored, checked, imported, and used by the
organisation Monte Carlo, against figures computed by hand from the ecoinvent v3 formula
(Weidema et al. 2013: sigma^2 = sigma_basic^2 + the indicators' variances of ln)."""

import math

import numpy as np
import pytest

from lca.montecarlo import pedigree_pct, with_pedigree
from lca.result import UNC_CODES
from workbench.project.errors import InputError, ProjectError
from workbench.services import boundary, footprint, inventory
from workbench.services.footprint.factors import assign_factor, set_factor_uncertainty

# (2,3,1,1,4): reliability 2 -> 0.0006, completeness 3 -> 0.0006, temporal 1 -> 0,
# geographical 1 -> 0, further technological 4 -> 0.04 (ecoinvent v3 table): sum 0.0412
VAR_23114 = 0.0006 + 0.0006 + 0.0 + 0.0 + 0.04
SIGMA_23114 = math.sqrt(VAR_23114)  # 0.20298
PCT_23114 = 100 * (math.exp(1.96 * SIGMA_23114) - 1)  # 48.86 %
# with a basic lognormal of +/- 10 % at 95 % (GSD^1.96 = 1.10): sigma_b = ln(1.1)/1.96 = 0.048627
SIGMA_B10 = math.log(1.10) / 1.96
PCT_23114_B10 = 100 * (math.exp(1.96 * math.sqrt(SIGMA_B10**2 + VAR_23114)) - 1)  # 50.55 %
# (5,5,5,5,5): 0.04 + 0.008 + 0.04 + 0.002 + 0.12 = 0.21
PCT_55555 = 100 * (math.exp(1.96 * math.sqrt(0.21)) - 1)  # 145.5 %


def test_hand_figures():
    assert PCT_23114 == pytest.approx(48.862, abs=0.01)
    assert PCT_23114_B10 == pytest.approx(50.545, abs=0.01)
    assert pedigree_pct((2, 3, 1, 1, 4)) == pytest.approx(PCT_23114, rel=1e-12)
    assert pedigree_pct((2, 3, 1, 1, 4), 10.0) == pytest.approx(PCT_23114_B10, rel=1e-12)
    assert pedigree_pct((5, 5, 5, 5, 5)) == pytest.approx(PCT_55555, rel=1e-12)
    assert pedigree_pct((1, 1, 1, 1, 1), 7.0) == pytest.approx(7.0, rel=1e-12)


def test_with_pedigree_vectorised_agrees_with_the_formula():
    codes = np.array([UNC_CODES["none"], UNC_CODES["lognormal"], UNC_CODES["normal"], UNC_CODES["lognormal"]])
    pct = np.array([0.0, 10.0, 5.0, 10.0])
    scores = np.array([[2, 3, 1, 1, 4], [2, 3, 1, 1, 4], [0, 0, 0, 0, 0], [5, 5, 5, 5, 5]])
    c, p = with_pedigree(codes, pct, scores)
    assert c.tolist() == [
        UNC_CODES["lognormal"],
        UNC_CODES["lognormal"],
        UNC_CODES["normal"],
        UNC_CODES["lognormal"],
    ]
    assert p[0] == pytest.approx(PCT_23114, rel=1e-12)
    assert p[1] == pytest.approx(PCT_23114_B10, rel=1e-12)
    assert p[2] == 5.0  # no scores: unchanged
    assert p[3] == pytest.approx(pedigree_pct((5, 5, 5, 5, 5), 10.0), rel=1e-12)
    with pytest.raises(ValueError, match="lognormal basic uncertainty"):
        with_pedigree(np.array([UNC_CODES["normal"]]), np.array([5.0]), np.array([[2, 3, 1, 1, 4]]))


@pytest.fixture
def proj(tmp_project, bw):
    p = tmp_project
    boundary.add_site(p, code="HWS", name="Hwaseong")
    boundary.add_source(p, "ELEC", "Grid electricity", 2, site="HWS", unit="MWh")
    boundary.add_source(p, "GAS", "Boiler gas", 1, site="HWS", unit="MWh")
    assign_factor(p, "ELEC", "kr.elec.grid.2023")
    assign_factor(p, "GAS", "kr.elec.grid.2023")
    # the factor exact: the range is the activity data's alone
    set_factor_uncertainty(p, "kr.elec.grid.2023", "none", 0, source="test: exact factor")
    return p


def _stored(p, activity_id):
    row = p.one("SELECT * FROM activities WHERE id = ?", (activity_id,))
    return tuple(row[f] for f in inventory.PEDIGREE_FIELDS), row["unc_dist"], row["unc_pct"]


def test_add_and_set_pedigree_stored_and_audited(proj):
    p = proj
    a = inventory.add_activity(p, "ELEC", 400, "MWh", "2025-01-01", "2025-12-31", pedigree="(2,3,1,1,4)")
    assert _stored(p, a) == ((2, 3, 1, 1, 4), "none", None)
    inventory.set_activity_uncertainty(p, a, dist="lognormal", pct=10, pedigree="5 5 5 5 5")
    assert _stored(p, a) == ((5, 5, 5, 5, 5), "lognormal", 10.0)
    log = p.rows("SELECT * FROM audit_log WHERE tbl = 'activities' ORDER BY id")
    assert "ped_reliability" in log[-1]["new"]
    inventory.set_activity_uncertainty(p, a, pedigree=None)
    assert _stored(p, a) == ((None,) * 5, "lognormal", 10.0)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"pedigree": "(2,3,1,1)"},
            "activity {a}: pedigree: '(2,3,1,1)' is not a pedigree: give five scores",
        ),
        (
            {"pedigree": "(2,3,1,1,6)"},
            "'6' is not a pedigree score (further technological correlation: a whole number 1..5)",
        ),
        ({"pedigree": "(2,x,1,1,4)"}, "'x' is not a pedigree score (completeness"),
        (
            {"dist": "normal", "pct": 5, "pedigree": "(2,3,1,1,4)"},
            "activity {a}: unc_dist: pedigree scores combine with a lognormal basic uncertainty (ecoinvent), not with 'normal'",
        ),
        ({}, "activity {a}: nothing to change"),
    ],
)
def test_bad_pedigree_named_and_file_unchanged(proj, file_bytes, kwargs, message):
    p = proj
    a = inventory.add_activity(p, "ELEC", 400, "MWh", "2025-01-01", "2025-12-31")
    before = file_bytes(p.path)
    with pytest.raises(ProjectError) as exc:
        inventory.set_activity_uncertainty(p, a, **kwargs)
    assert message.format(a=a) in str(exc.value)
    assert file_bytes(p.path) == before


def test_a_row_with_scores_cannot_be_given_a_normal_distribution(proj):
    a = inventory.add_activity(proj, "ELEC", 400, "MWh", "2025-01-01", "2025-12-31", pedigree=(2, 3, 1, 1, 4))
    with pytest.raises(ProjectError, match="unc_dist: pedigree scores combine"):
        inventory.update_activity(proj, a, unc_dist="uniform", unc_pct=5)
    with pytest.raises(
        ProjectError, match="missing completeness score: give all five pedigree scores or none"
    ):
        inventory.update_activity(proj, a, ped_completeness=None)


def test_import_five_columns_and_one_column(proj, tmp_path):
    p = proj
    f1 = tmp_path / "five.csv"
    f1.write_text(
        "source,quantity,unit,date,unc_dist,unc_pct,reliability,completeness,temporal,geographical,technological\n"
        "ELEC,100,MWh,2025-01,lognormal,10,2,3,1,1,4\n"
        "ELEC,100,MWh,2025-02,,,,,,,\n",
        encoding="utf-8",
    )
    assert inventory.import_activities(p, f1).rows == 2
    f2 = tmp_path / "one.csv"
    f2.write_text('source,quantity,unit,date,pedigree\nGAS,50,MWh,2025-03,"(5,5,5,5,5)"\n', encoding="utf-8")
    assert inventory.import_activities(p, f2).rows == 1
    got = [
        (r["date_start"], tuple(r[f] for f in inventory.PEDIGREE_FIELDS))
        for r in p.rows("SELECT * FROM activities ORDER BY id")
    ]
    assert got == [
        ("2025-01-01", (2, 3, 1, 1, 4)),
        ("2025-02-01", (None,) * 5),
        ("2025-03-01", (5, 5, 5, 5, 5)),
    ]


def test_import_errors_name_row_and_field_and_write_nothing(proj, tmp_path, file_bytes):
    p = proj
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "source,quantity,unit,date,unc_dist,unc_pct,ped_reliability,ped_completeness,ped_temporal,"
        "ped_geographical,ped_technological\n"
        "ELEC,100,MWh,2025-01,,,2,3,1,1,4\n"
        "ELEC,100,MWh,2025-02,,,2,3,1,1,0\n"
        "ELEC,100,MWh,2025-03,,,2,,1,1,4\n"
        "ELEC,100,MWh,2025-04,normal,5,2,3,1,1,4\n",
        encoding="utf-8",
    )
    before = file_bytes(p.path)
    with pytest.raises(InputError) as exc:
        inventory.import_activities(p, bad)
    errs = [(e.row, e.field, e.reason) for e in exc.value.errors]
    assert errs == [
        (
            3,
            "ped_technological",
            "'0' is not a pedigree score (further technological correlation: a whole number 1..5)",
        ),
        (4, "ped_completeness", "missing completeness score: give all five pedigree scores or none"),
        (
            5,
            "unc_dist",
            "pedigree scores combine with a lognormal basic uncertainty (ecoinvent), not with 'normal': "
            "set the distribution to lognormal or none, or clear the pedigree",
        ),
    ]
    assert file_bytes(p.path) == before
    both = tmp_path / "both.csv"
    both.write_text(
        "source,quantity,unit,date,pedigree,reliability\nELEC,1,MWh,2025-01,(1,1,1,1,1),2\n", encoding="utf-8"
    )
    with pytest.raises(InputError) as exc:
        inventory.import_activities(p, both)
    assert [(e.row, e.field) for e in exc.value.errors] == [(2, "pedigree")]
    assert file_bytes(p.path) == before


def _lognormal_range(value, pct):
    s = math.log1p(pct / 100) / 1.96
    return value * math.exp(-1.96 * s), value * math.exp(1.96 * s)


def test_monte_carlo_uses_pedigree_hand_computed_range(proj):
    p = proj
    # 400 MWh x 0.4173 t/MWh = 166.92 t; pedigree (2,3,1,1,4) over a basic lognormal +/- 10 %
    a = inventory.add_activity(
        p,
        "ELEC",
        400,
        "MWh",
        "2025-01-01",
        "2025-12-31",
        unc_dist="lognormal",
        unc_pct=10,
        pedigree="(2,3,1,1,4)",
    )
    mc = footprint.monte_carlo(p, 20000, seed=7)
    lo, hi = _lognormal_range(400 * 0.4173, PCT_23114_B10)  # 110.88 .. 251.29 t
    assert lo == pytest.approx(110.88, abs=0.01) and hi == pytest.approx(251.29, abs=0.01)
    assert mc["total"]["p2_5"] == pytest.approx(lo, rel=0.02)
    assert mc["total"]["p97_5"] == pytest.approx(hi, rel=0.02)
    assert mc["model"]["data_quality"].startswith("pedigree matrix (ecoinvent v3)")
    assert mc["pedigree"] == {
        "rows": 1,
        "by_source": [
            {
                "source": "ELEC",
                "rows": 1,
                "scores": {"(2,3,1,1,4)": 1},
                "pct_min": pytest.approx(PCT_23114_B10, rel=1e-9),
                "pct_max": pytest.approx(PCT_23114_B10, rel=1e-9),
            }
        ],
    }
    assert [(c["name"], c["pedigree_rows"]) for c in mc["contributions"]["sources"]] == [("ELEC", 1)]
    assert mc["contributions"]["sources"][0]["share"] == pytest.approx(1.0, abs=1e-9)
    stored = footprint.latest_monte_carlo(p)
    assert stored["stale"] is False and stored["total"] == mc["total"]
    footprint.calculate(p)
    # changing only the pedigree makes the stored run stale (the data version and the hash say so),
    # not the deterministic footprint (the scores do not change it)
    inventory.set_activity_uncertainty(p, a, pedigree="(1,1,1,1,1)")
    assert footprint.latest_monte_carlo(p)["stale"] is True
    assert footprint.latest(p).stale is False
    mc2 = footprint.monte_carlo(p, 20000, seed=7)
    lo2, hi2 = _lognormal_range(400 * 0.4173, 10.0)
    assert mc2["total"]["p2_5"] == pytest.approx(lo2, rel=0.02)
    assert mc2["total"]["p97_5"] == pytest.approx(hi2, rel=0.02)


def test_pedigree_only_row_and_variance_shares(proj):
    p = proj
    # ELEC 400 MWh with pedigree only (5,5,5,5,5), GAS 400 MWh with +/- 2 % lognormal, no pedigree:
    # ELEC's spread dominates the variance
    inventory.add_activity(p, "ELEC", 400, "MWh", "2025-01-01", "2025-12-31", pedigree="(5,5,5,5,5)")
    inventory.add_activity(p, "GAS", 400, "MWh", "2025-01-01", "2025-12-31", unc_dist="lognormal", unc_pct=2)
    mc = footprint.monte_carlo(p, 20000, seed=3)
    shares = {c["name"]: (c["share"], c["pedigree_rows"]) for c in mc["contributions"]["sources"]}
    assert shares["ELEC"][1] == 1 and shares["GAS"][1] == 0
    assert shares["ELEC"][0] > 0.99 > 0.01 > shares["GAS"][0]
    # the ELEC part alone: lognormal with sigma^2 = 0.21 around 166.92 t, plus GAS's ~constant 166.92 t
    det = 400 * 0.4173
    lo, hi = _lognormal_range(det, PCT_55555)
    assert mc["total"]["p2_5"] == pytest.approx(lo + det, rel=0.02)
    assert mc["total"]["p97_5"] == pytest.approx(hi + det, rel=0.02)


def test_no_pedigree_keeps_the_model_and_hash(proj):
    p = proj
    inventory.add_activity(p, "ELEC", 400, "MWh", "2025-01-01", "2025-12-31", unc_dist="normal", unc_pct=5)
    mc = footprint.monte_carlo(p, 200, seed=1)
    assert "data_quality" not in mc["model"] and "pedigree" not in mc
    assert footprint.latest_monte_carlo(p)["stale"] is False


def test_migration_14_adds_checked_columns_to_an_older_file(tmp_project):
    import sqlite3

    from workbench.project.migrations import m0014_pedigree

    p = tmp_project
    boundary.add_source(p, "ELEC", "Grid electricity", 2, unit="MWh")
    inventory.add_activity(p, "ELEC", 5, "MWh", "2025-02-01")
    path = p.path
    p.close()
    conn = sqlite3.connect(path)  # the activities table as schema 13 had it: no pedigree, no index
    conn.execute("DROP INDEX activities_pedigree")
    for col in m0014_pedigree.COLUMNS:
        conn.execute(f"ALTER TABLE activities DROP COLUMN {col}")
    m0014_pedigree.up(conn)  # what opening a schema 13 file runs
    conn.row_factory = sqlite3.Row
    row = conn.execute("SELECT * FROM activities").fetchone()
    assert tuple(row[f] for f in inventory.PEDIGREE_FIELDS) == (None,) * 5
    assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'activities_pedigree'").fetchone()
    with pytest.raises(sqlite3.IntegrityError, match="CHECK constraint failed"):
        conn.execute("UPDATE activities SET ped_temporal = 6")
    conn.rollback()
    conn.close()


def test_every_row_of_a_source_in_one_action(proj, file_bytes):
    p = proj
    ids = [inventory.add_activity(p, "ELEC", 100, "MWh", f"2025-{m:02d}") for m in range(1, 13)]
    other = inventory.add_activity(p, "GAS", 5, "MWh", "2025-01", unc_dist="normal", unc_pct=3)
    audit_before = p.one("SELECT count(*) AS n FROM audit_log")["n"]
    assert inventory.set_source_uncertainty(p, "ELEC", dist="lognormal", pct=5, pedigree="(2,3,1,1,4)") == 12
    rows = p.rows("SELECT * FROM activities WHERE source_id = (SELECT id FROM sources WHERE code = 'ELEC')")
    assert [r["id"] for r in rows] == ids
    assert {(r["unc_dist"], r["unc_pct"], tuple(r[f] for f in inventory.PEDIGREE_FIELDS)) for r in rows} == {
        ("lognormal", 5.0, (2, 3, 1, 1, 4))
    }
    assert p.one("SELECT count(*) AS n FROM audit_log")["n"] == audit_before + 12  # one row each
    assert p.one("SELECT unc_dist FROM activities WHERE id = ?", (other,))["unc_dist"] == "normal"
    assert inventory.set_source_uncertainty(p, "ELEC", pedigree="(2,3,1,1,4)") == 0  # nothing changed
    # GAS keeps its normal distribution: a pedigree is refused naming the row, and nothing is written
    before = file_bytes(p.path)
    with pytest.raises(ProjectError) as exc:
        inventory.set_source_uncertainty(p, "GAS", pedigree=(2, 3, 1, 1, 4))
    assert str(exc.value) == (
        f"source 'GAS': activity {other}: unc_dist: pedigree scores combine with a lognormal basic "
        "uncertainty (ecoinvent), not with 'normal': set the distribution to lognormal or none, or clear "
        "the pedigree"
    )
    for kwargs, message in (
        ({"pedigree": (2, 3, 1, 1, 7)}, "source 'GAS': ped_technological: '7' is not a pedigree score"),
        ({"pct": "-1"}, "source 'GAS': unc_pct: '-1' is not a non-negative percentage"),
        ({"dist": "gamma"}, "source 'GAS': unc_dist: 'gamma' is not one of none, normal"),
    ):
        with pytest.raises(ProjectError) as exc:
            inventory.set_source_uncertainty(p, "GAS", **kwargs)
        assert str(exc.value).startswith(message), str(exc.value)
    with pytest.raises(ProjectError, match="source 'NOPE': unknown emission source"):
        inventory.set_source_uncertainty(p, "NOPE", pct=5)
    assert file_bytes(p.path) == before
    # with the distribution changed in the same call, the pedigree is accepted
    assert inventory.set_source_uncertainty(p, "GAS", dist="lognormal", pedigree=(1, 1, 1, 1, 1)) == 1


def test_a_year_as_one_row_or_twelve_scored_rows_has_the_same_spread(proj):
    p = proj
    inventory.add_activity(p, "ELEC", 1200, "MWh", "2025-01-01", "2025-12-31", pedigree="(2,3,1,1,4)")
    for m in range(1, 13):
        inventory.add_activity(p, "GAS", 100, "MWh", f"2025-{m:02d}", pedigree="(2,3,1,1,4)")
    mc = footprint.monte_carlo(p, 20000, seed=5)
    elec = [c for c in mc["pedigree"]["by_source"] if c["source"] == "ELEC"][0]
    gas = [c for c in mc["pedigree"]["by_source"] if c["source"] == "GAS"][0]
    assert (elec["rows"], gas["rows"], gas["scores"]) == (1, 12, {"(2,3,1,1,4)": 12})
    # one source each with the same total: equal shares of the variance under the default model
    shares = {c["name"]: c["share"] for c in mc["contributions"]["sources"]}
    assert shares["ELEC"] == pytest.approx(0.5, abs=0.02) and shares["GAS"] == pytest.approx(0.5, abs=0.02)
    s1 = footprint.monte_carlo(p, 20000, seed=5, activity="row", store=False)
    # per row, GAS's 12 independent draws narrow its spread: ELEC then dominates the variance
    shares_row = {c["name"]: c["share"] for c in s1["contributions"]["sources"]}
    assert shares_row["ELEC"] > 0.85


def test_import_korean_headers(proj, tmp_path):
    f = tmp_path / "ko.csv"
    f.write_text(
        "배출원,사용량,단위,일자,신뢰성,완전성,시간적 대표성,지리적 대표성,기술적 대표성\nELEC,10,MWh,2025-05,1,2,3,4,5\n",
        encoding="utf-8",
    )
    assert inventory.import_activities(proj, f).rows == 1
    row = proj.one("SELECT * FROM activities")
    assert tuple(row[k] for k in inventory.PEDIGREE_FIELDS) == (1, 2, 3, 4, 5)
