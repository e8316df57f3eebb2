"""Bad product systems are refused with a message naming the activity, and nothing is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from lca.product.model import Activity, BackgroundRef, Exchange, ProductSystem


def simple(exchanges_a=None, exchanges_b=None, background=None) -> ProductSystem:
    return ProductSystem(
        "Bracket",
        reference="bracket",
        functional_unit="1 bracket",
        background=background or [],
        activities=[
            Activity(
                "bracket",
                "bracket assembly",
                "manufacturing",
                "unit",
                exchanges=exchanges_a
                if exchanges_a is not None
                else [Exchange("technosphere", "sheet", 0.4, "kg"), Exchange("biosphere", "CO2", 0.05, "kg")],
            ),
            Activity(
                "sheet",
                "steel sheet",
                "materials",
                "kg",
                exchanges=exchanges_b
                if exchanges_b is not None
                else [Exchange("biosphere", "CO2", 2.1, "kg")],
            ),
        ],
    )


def _refused(project, system, match):
    from workbench.services import product

    before = Path(project.path).read_bytes()
    with pytest.raises(product.ProductError, match=match):
        product.save_system(project, system)
    assert Path(project.path).read_bytes() == before
    assert product.list_products(project) == []


def test_exchange_to_missing_activity(tmp_project, bw):
    system = simple(
        [Exchange("technosphere", "sheet", 0.4, "kg"), Exchange("technosphere", "paint", 0.01, "kg")]
    )
    _refused(
        tmp_project,
        system,
        r"activity 'bracket', exchange 2 \(technosphere 'paint'\): points to a missing "
        r"activity 'paint'",
    )


def test_unit_mismatch(tmp_project, bw):
    system = simple([Exchange("technosphere", "sheet", 0.4, "kWh")])
    _refused(
        tmp_project,
        system,
        r"activity 'bracket', exchange 1 \(technosphere 'sheet'\): unit mismatch: "
        r"'kWh' does not convert to the provider's unit 'kg'",
    )


def test_compatible_units_are_converted(tmp_project, bw):
    from workbench.services import product

    product.save_system(tmp_project, simple([Exchange("technosphere", "sheet", 400, "g")]))
    assert product.calculate(tmp_project, "Bracket").score == pytest.approx(0.4 * 2.1, rel=1e-6)


def test_process_consuming_its_whole_output(tmp_project, bw):
    system = simple(
        exchanges_b=[Exchange("technosphere", "sheet", 1.0, "kg"), Exchange("biosphere", "CO2", 2.1, "kg")]
    )
    _refused(tmp_project, system, r"activity 'sheet' consumes its whole output .* singular")


def test_loop_with_no_net_output_is_singular(tmp_project, bw):
    # bracket needs 1 sheet per bracket... and sheet needs 1 bracket per kg: (I - M) has no inverse
    system = simple(
        exchanges_b=[Exchange("technosphere", "bracket", 1.0, "unit")],
        exchanges_a=[Exchange("technosphere", "sheet", 1.0, "kg")],
    )
    _refused(tmp_project, system, r"product system 'Bracket': the technosphere matrix is singular")


def test_formula_with_unknown_parameter(tmp_project, bw):
    system = simple([Exchange("technosphere", "sheet", 0, "kg", formula="area * thickness * 7.85")])
    _refused(
        tmp_project,
        system,
        r"activity 'bracket', exchange 1 \(technosphere 'sheet'\): formula "
        r"'area \* thickness \* 7.85': unknown parameter 'area'",
    )


def test_unknown_stage_and_unit(tmp_project, bw):
    s = simple()
    s.activities[1].stage = "mining"
    _refused(tmp_project, s, r"activity 'sheet': unknown life-cycle stage 'mining'")
    s = simple()
    s.activities[1].unit = "bananas"
    _refused(tmp_project, s, r"activity 'sheet': unknown unit 'bananas'")


def test_background_activity_missing_from_installed_database(tmp_project, bw):
    from lca.product.bw_bridge import bw as bwdata

    bd = bwdata()
    bd.Database("bg-errors").write(
        {("bg-errors", "coil"): {"name": "steel coil", "unit": "kilogram", "location": "KR", "exchanges": []}}
    )
    system = simple(
        exchanges_b=[Exchange("background", "coil", 1.02, "kg")],
        background=[BackgroundRef("coil", "bg-errors", "no-such-code", "1.0", "steel coil", "kg")],
    )
    _refused(
        tmp_project,
        system,
        r"background activity 'coil' points to a missing activity: database "
        r"'bg-errors' has no activity with code 'no-such-code'",
    )
    # a background exchange to a ref the system does not declare
    system = simple(exchanges_b=[Exchange("background", "zinc", 0.1, "kg")])
    _refused(
        tmp_project,
        system,
        r"activity 'sheet', exchange 1 \(background 'zinc'\): points to a missing "
        r"background activity 'zinc'",
    )
    # unit of the installed activity differs from the reference's unit
    system = simple(
        exchanges_b=[Exchange("background", "coil", 1.02, "kWh")],
        background=[BackgroundRef("coil", "bg-errors", "coil", "1.0", "steel coil", "kWh")],
    )
    _refused(tmp_project, system, r"background activity 'coil' \(steel coil\): unit mismatch")


def test_unknown_product_name(tmp_project, bw):
    from workbench.services import product

    with pytest.raises(product.ProductError, match="no product system named 'Widget'"):
        product.calculate(tmp_project, "Widget")


def test_unknown_elementary_flow(tmp_project, bw):
    system = simple(exchanges_b=[Exchange("biosphere", "Unobtainium", 1.0, "kg")])
    _refused(
        tmp_project,
        system,
        r"activity 'sheet', exchange 1 \(biosphere 'Unobtainium'\): unknown elementary flow",
    )
    system = simple(exchanges_b=[Exchange("biosphere", "biosphere3|no-such-uuid", 1.0, "kg")])
    _refused(tmp_project, system, r"elementary flow biosphere3\|no-such-uuid is not installed in Brightway")
