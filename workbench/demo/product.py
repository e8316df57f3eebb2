"""Demo product footprint: Hanbit Precision's HP-GR40 precision gear unit, cradle to grave.

Background: the shipped factor library only (Korean grid 2023, US EPA natural gas, truck freight
and WARM recycling factors). It has no cradle-to-gate factors for steel or aluminium, so the parts
are modelled from the suppliers' forging / die-casting energy only; the quantities below are the
demo company's illustrative activity data, not emission factors. A real study links the parts to
an LCI database (e.g. an ecoinvent release imported with ``import_background``).
"""

from __future__ import annotations

from pathlib import Path

PRODUCT = "HP-GR40 gear unit"
VARIANT = "HP-GR40 gear unit (low-loss)"

# background ref id -> factor id in resources/factors/factors.csv
FACTORS = {
    "grid": "kr.elec.grid.2023",
    "gas": "epa.stat.natural_gas.mmbtu",
    "truck": "epa.freight.truck",
    "metals_recycling": "epa.waste.metals.recycling",
    "paper_recycling": "epa.waste.paper.recycling",
}

# Units sold in the reporting year (demo sales data), by market.
SALES_2025 = {"KR": 36_000, "EU": 12_000}


def system(refs, name=PRODUCT, loss_kwh_year=12.0):
    from lca.product.model import Activity, Exchange, Parameter, ProductSystem, Uncertainty

    def bg(ref, amount, unit, formula=None, unc=None):
        return Exchange("background", ref, amount, unit, formula, unc or Uncertainty())

    logn = Uncertainty("lognormal", 20.0)
    params = [
        Parameter("steel_kg", 3.2, comment="forged steel gears and shafts per unit"),
        Parameter("alu_kg", 1.1, comment="die-cast aluminium housing per unit"),
        Parameter("pack_kg", 0.45, comment="corrugated box and inserts per unit"),
        Parameter(
            "distance_km", 420.0, uncertainty=Uncertainty("uniform", 25.0), comment="factory to customer"
        ),
        Parameter("lifetime_years", 10.0, comment="design service life"),
        Parameter("loss_kwh_year", loss_kwh_year, comment="electricity lost in the gearing per year of use"),
    ]
    acts = [
        Activity(
            "lifecycle",
            "HP-GR40 gear unit, cradle to grave",
            "manufacturing",
            "unit",
            exchanges=[
                Exchange("technosphere", "gear_unit", 1, "unit"),
                Exchange("technosphere", "delivery", 1, "unit"),
                Exchange("technosphere", "use", 1, "unit"),
                Exchange("technosphere", "eol", 1, "unit"),
            ],
        ),
        Activity(
            "gear_unit",
            "HP-GR40 gear unit, at factory gate (Hwaseong)",
            "manufacturing",
            "unit",
            location="KR",
            exchanges=[
                Exchange("technosphere", "steel_parts", 0, "kg", "steel_kg"),
                Exchange("technosphere", "alu_housing", 0, "kg", "alu_kg"),
                Exchange("technosphere", "packaging", 0, "kg", "pack_kg"),
                bg("grid", 6.5, "kWh", unc=Uncertainty("normal", 10.0)),
                bg("gas", 0.012, "mmBtu", unc=logn),
            ],
        ),
        Activity(
            "steel_parts",
            "forged steel gear blanks (supplier energy)",
            "materials",
            "kg",
            location="KR",
            exchanges=[bg("grid", 0.85, "kWh", unc=logn), bg("gas", 0.0045, "mmBtu", unc=logn)],
        ),
        Activity(
            "alu_housing",
            "die-cast aluminium housing (supplier energy)",
            "materials",
            "kg",
            location="KR",
            exchanges=[bg("grid", 1.9, "kWh", unc=logn), bg("gas", 0.008, "mmBtu", unc=logn)],
        ),
        Activity(
            "packaging",
            "corrugated packaging (converter energy)",
            "materials",
            "kg",
            location="KR",
            exchanges=[bg("grid", 0.35, "kWh", unc=logn)],
        ),
        Activity(
            "delivery",
            "truck delivery to the customer",
            "distribution",
            "unit",
            location="KR",
            exchanges=[bg("truck", 0, "tonne_km", "(steel_kg + alu_kg + pack_kg) / 1000 * distance_km")],
        ),
        Activity(
            "use",
            "use phase: gearing losses over the service life",
            "use",
            "unit",
            location="KR",
            exchanges=[
                bg("grid", 0, "kWh", "lifetime_years * loss_kwh_year", Uncertainty("triangular", 30.0))
            ],
        ),
        Activity(
            "eol",
            "end of life: metals and packaging to recycling",
            "end_of_life",
            "unit",
            location="KR",
            exchanges=[
                bg("metals_recycling", 0, "tonne", "(steel_kg + alu_kg) / 1000"),
                bg("paper_recycling", 0, "tonne", "pack_kg / 1000"),
            ],
        ),
    ]
    return ProductSystem(
        name,
        reference="lifecycle",
        functional_unit="one HP-GR40 gear unit over a 10-year life",
        description="Demo: cradle-to-grave footprint of the precision gear unit.",
        activities=acts,
        parameters=params,
        background=list(refs),
    )


def run(project, out_dir, log=print) -> None:
    from workbench.services import product
    from workbench.services.product.background import background_ref

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    db = product.register_shipped_background(project)
    refs = [background_ref(project, db, fid, ref_id=rid) for rid, fid in FACTORS.items()]
    product.save_system(project, system(refs))
    product.save_system(project, system(refs, VARIANT, loss_kwh_year=8.0))
    for market, units in SALES_2025.items():
        product.set_sales(project, PRODUCT, units, market=market)
    result = product.calculate(project, PRODUCT)
    log(f"  {PRODUCT}: {result.score:.2f} kg CO2e per unit ({result.gwp_set})")
    for c in result.by_stage:
        log(f"    {c.label:28} {c.score:9.3f} kg CO2e  {c.share:6.1%}")
    csv_path = out / "product_footprint_HP-GR40.csv"
    product.write_result_csv(result, csv_path)
    cmp = product.compare(project, PRODUCT, VARIANT)
    with open(out / "product_comparison_HP-GR40.csv", "w", encoding="utf-8") as fh:
        fh.write("stage,standard_kgco2e,low_loss_kgco2e,difference_kgco2e\n")
        for row in cmp.rows:
            fh.write(f"{row['stage']},{row['a']:.6g},{row['b']:.6g},{row['difference']:.6g}\n")
    credits = product.credits_needed(project, PRODUCT, result=result)
    log(
        f"  units sold 2025: {sum(SALES_2025.values()):,}; credits needed for a product claim: {credits:,.1f} tCO2e"
    )
    warning = product.eu_claim_warning(project, PRODUCT)
    if warning:
        log(f"  warning: {warning}")
    log(f"  low-loss variant: {cmp.b.score:.2f} kg CO2e per unit ({cmp.difference:+.2f})")
    log(f"  wrote {csv_path.name} and product_comparison_HP-GR40.csv")
