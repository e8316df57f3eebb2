"""GHG coverage of the workbench's GWP methods (land-use CO2 and CH4, CFCs, HCFCs, halons), the
uncharacterised greenhouse gases a result lists, and clear messages instead of crashes (a system
that emits nothing, product nodes, multi-output data). Scores are compared with plain bw2calc on
the same demand and method."""

from __future__ import annotations

import pytest

from lca.product.model import Activity, Exchange, ProductSystem


def _plain(demand, gwp="AR6"):
    from bw2calc import LCA

    from lca.bw_setup import method_key
    from lca.quiet import quiet

    with quiet():
        lca = LCA(demand, method_key(gwp))
        lca.lci()
        lca.lcia()
    return float(lca.score)


def test_methods_characterise_land_use_and_halocarbons(bw):
    from lca import bw_setup
    from lca.gwp import gwp, gwp_source

    bd = bw_setup.activate()
    cfs = {s: dict(bd.Method(bw_setup.method_key(s)).load()) for s in ("SAR", "AR4", "AR5", "AR6")}
    key = bw_setup.biosphere_key
    assert bd.get_activity(key("CO2_luc"))["name"] == "Carbon dioxide, from soil or biomass stock"
    assert bd.get_activity(key("CO2_luc_uptake"))["categories"] == ("soil",)
    for s in cfs:
        assert cfs[s][key("CO2_luc")] == 1
        assert cfs[s][key("CO2_luc_uptake")] == -1
        assert cfs[s][key("CH4_luc")] == gwp("CH4_fossil", s)
    assert cfs["AR6"][key("CH4_luc")] == 29.8
    # IPCC AR6 WG1 Table 7.SM.7 / AR5 Table 8.A.1 / AR4 Table 2.14 (via globalwarmingpotentials)
    assert cfs["AR6"][key("CFC-11")] == 6230 and cfs["AR5"][key("CFC-11")] == 4660
    assert cfs["AR4"][key("HCFC-22")] == 1810 and cfs["AR6"][key("HCFC-141b")] == 860
    assert cfs["AR6"][key("Halon-1301")] == 7200 and cfs["AR6"][key("CCl4")] == 2200
    assert key("CFC-13") not in cfs["SAR"]  # no SAR value published: no factor (and listed as such)
    assert "globalwarmingpotentials 0.13.2" in gwp_source("CFC-11")
    assert len(cfs["AR6"]) > 40


def _system(exchanges, name="Crop"):
    return ProductSystem(
        name,
        reference="crop",
        functional_unit="1 kg",
        activities=[Activity("crop", "soy beans", "materials", "kg", exchanges=exchanges)],
    )


def test_land_use_change_counts_and_uncharacterised_gases_are_listed(tmp_project, bw):
    from workbench.services import product

    product.save_system(
        tmp_project,
        _system(
            [
                Exchange("biosphere", "CO2", 0.3, "kg"),
                Exchange("biosphere", "CO2_luc", 2.0, "kg"),
                Exchange("biosphere", "CO2_luc_uptake", 0.5, "kg"),
                Exchange("biosphere", "CH4_luc", 0.01, "kg"),
                Exchange("biosphere", "CFC-13", 0.0001, "kg"),
            ]
        ),
    )
    r = product.calculate(tmp_project, "Crop", gwp_set="AR6")
    expected = 0.3 + 2.0 - 0.5 + 0.01 * 29.8 + 0.0001 * 16200
    assert r.score == pytest.approx(expected, rel=1e-12)
    db = product.fg_database(tmp_project, product.system_row(tmp_project, "Crop")["id"])
    assert r.score == pytest.approx(_plain({(db, "crop"): 1.0}), rel=1e-6)  # float32 in bw2calc
    assert r.uncharacterised == [] and r.warnings == []

    sar = product.calculate(tmp_project, "Crop", gwp_set="SAR")  # SAR publishes no CFC-13 value
    assert sar.score == pytest.approx(0.3 + 2.0 - 0.5 + 0.01 * 21, rel=1e-12)
    assert sar.score == pytest.approx(_plain({(db, "crop"): 1.0}, "SAR"), rel=1e-6)
    assert [(c.label, c.amount) for c in sar.uncharacterised] == [
        ("Methane, chlorotrifluoro-, CFC-13 (air)", pytest.approx(0.0001))
    ]
    assert sar.warnings == [
        "greenhouse gas 'Methane, chlorotrifluoro-, CFC-13 (air)' (0.0001 kilogram per functional unit) "
        "has no factor in CNW GWP100 SAR; it is not in the total"
    ]


def _node_db(bd, name, data):
    from lca.quiet import quiet

    with quiet():
        bd.Database(name).write(data)


def test_no_biosphere_product_nodes_and_multi_output_give_reasons(tmp_project, tmp_path, bw):
    from lca.bw_setup import biosphere_key
    from lca.product.bw_bridge import bw as bwdata
    from workbench.services import product

    bd = bwdata()
    tag = tmp_path.name[-8:]
    nobio, nodes = f"nobio-{tag}", f"nodes-{tag}"
    _node_db(
        bd,
        nobio,
        {
            (nobio, "a"): {
                "name": "sorting",
                "unit": "kilogram",
                "location": "GLO",
                "type": "process",
                "exchanges": [{"input": (nobio, "a"), "amount": 1.0, "type": "production"}],
            }
        },
    )
    co2 = biosphere_key("CO2")
    _node_db(
        bd,
        nodes,
        {
            (nodes, "proc"): {
                "name": "steel making",
                "unit": "kilogram",
                "location": "GLO",
                "type": "process",
                "exchanges": [
                    {"input": (nodes, "steel"), "amount": 1.0, "type": "production"},
                    {"input": co2, "amount": 2.0, "type": "biosphere"},
                ],
            },
            (nodes, "steel"): {"name": "steel", "unit": "kilogram", "type": "product", "exchanges": []},
        },
    )

    multi = f"multi-{tag}"
    _node_db(
        bd,
        multi,
        {
            (multi, "chlor"): {
                "name": "chlor-alkali electrolysis",
                "unit": "kilogram",
                "location": "RER",
                "type": "process",
                "exchanges": [
                    {"input": (multi, "chlorine"), "amount": 1.0, "type": "production"},
                    {"input": (multi, "naoh"), "amount": 1.1, "type": "production"},
                    {"input": co2, "amount": 0.9, "type": "biosphere"},
                ],
            },
            (multi, "chlorine"): {"name": "chlorine", "unit": "kilogram", "type": "product", "exchanges": []},
            (multi, "naoh"): {
                "name": "sodium hydroxide",
                "unit": "kilogram",
                "type": "product",
                "exchanges": [],
            },
        },
    )

    def system(name, db, code):
        ref = product.background_ref(tmp_project, db, code, ref_id="in")
        return ProductSystem(
            name,
            reference="x",
            functional_unit="1 kg",
            background=[ref],
            activities=[
                Activity(
                    "x", name, "manufacturing", "kg", exchanges=[Exchange("background", "in", 1.0, "kg")]
                )
            ],
        )

    # emits nothing: a score of 0 with the reason, not "axis 0 index .. exceeds matrix dimension 0"
    product.save_system(tmp_project, system("Sorted", nobio, "a"))
    r = product.calculate(tmp_project, "Sorted")
    assert r.score == 0.0
    assert r.warnings == [
        "the product system emits no elementary flow: its footprint is 0 (are the background activities "
        "linked to their emissions, and the foreground exchanges entered?)"
    ]

    # a bw2data product node, consumed as such: solved on the activity producing it, as bw2calc does
    product.save_system(tmp_project, system("Beam", nodes, "steel"))
    r = product.calculate(tmp_project, "Beam")
    assert r.score == pytest.approx(2.0, rel=1e-12)
    assert r.score == pytest.approx(_plain({(nodes, "steel"): 1.0}), rel=1e-6)
    assert r.background_scores["in"] == pytest.approx(2.0, rel=1e-6)

    # the process consumed instead of its product node: refused with what to do
    product.save_system(tmp_project, system("Beam2", nodes, "proc"))
    with pytest.raises(product.ProductError) as e:
        product.calculate(tmp_project, "Beam2")
    assert str(e.value).startswith("product system 'Beam2': the technosphere is not square")
    assert (
        f"activity 'steel making' ({nodes}, process) is used as an input, but its output is the product "
        f"'steel' ({nodes}, product): link the input to that product"
    ) in str(e.value)

    # a multi-output activity: refused naming it and its products
    product.save_system(tmp_project, system("Bleach", multi, "chlorine"))
    with pytest.raises(product.ProductError) as e:
        product.calculate(tmp_project, "Bleach")
    assert (
        f"activity 'chlor-alkali electrolysis' ({multi}, process) is multi-output ('chlorine' ({multi}, "
        f"product), 'sodium hydroxide' ({multi}, product))"
    ) in str(e.value)
    assert "axis 0 index" not in str(e.value)
