"""Helpers (no tests): small background datasets written by the product tests: a Brightway Excel workbook and an
ecospold2 folder (the layout of an ecoinvent release), both linking to biosphere3 GHG flows."""

from __future__ import annotations

import uuid
from pathlib import Path

CO2 = ("Carbon dioxide, fossil", "349b29d1-3e58-4c66-98b9-9d1a076efd2e")
CH4 = ("Methane, fossil", "0795345f-c7ae-410c-ad25-1845784c75f5")


def write_excel(path: Path, db_name: str, activities: list[dict]) -> Path:
    """activities: {code, name, unit, location, co2, inputs: [(code, amount)]} in Brightway's Excel layout."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "data"
    ws.append(["Database", db_name])
    ws.append([])
    by_code = {a["code"]: a for a in activities}
    for a in activities:
        ws.append(["Activity", a["name"]])
        ws.append(["code", a["code"]])
        ws.append(["location", a["location"]])
        ws.append(["unit", a["unit"]])
        ws.append(["reference product", a["name"]])
        ws.append(["Exchanges"])
        ws.append(
            ["name", "amount", "unit", "database", "type", "categories", "location", "reference product"]
        )
        ws.append([a["name"], 1.0, a["unit"], db_name, "production", None, a["location"], a["name"]])
        for code, amount in a.get("inputs", []):
            b = by_code.get(code) or {"name": code, "unit": "kilogram", "location": "GLO"}
            ws.append([b["name"], amount, b["unit"], db_name, "technosphere", None, b["location"], b["name"]])
        ws.append([CO2[0], a["co2"], "kilogram", "biosphere3", "biosphere", "air", None, None])
        ws.append([])
    wb.save(path)
    return path


def _spold(act: dict, ids: dict, units: dict) -> str:
    flows = [
        f'<intermediateExchange id="{uuid.uuid4()}" intermediateExchangeId="{ids[act["code"]][1]}" amount="1">'
        f"<name>{act['name']}</name><unitName>{act['unit']}</unitName><outputGroup>0</outputGroup>"
        "</intermediateExchange>"
    ]
    for code, amount in act.get("inputs", []):
        a_id, p_id = ids[code] if code in ids else (str(uuid.uuid4()), str(uuid.uuid4()))
        unit = units.get(code, "kg")
        flows.append(
            f'<intermediateExchange id="{uuid.uuid4()}" intermediateExchangeId="{p_id}" '
            f'activityLinkId="{a_id}" amount="{amount}"><name>{code}</name><unitName>{unit}</unitName>'
            "<inputGroup>5</inputGroup></intermediateExchange>"
        )
    for name, amount in act.get("coproducts", []):  # a multi-output dataset: more reference products
        flows.append(
            f'<intermediateExchange id="{uuid.uuid4()}" intermediateExchangeId="{uuid.uuid4()}" '
            f'amount="{amount}"><name>{name}</name><unitName>kg</unitName><outputGroup>0</outputGroup>'
            "</intermediateExchange>"
        )
    for name, code, amount, comp, sub in act.get("elementary", []):  # more elementary flows
        flows.append(
            f'<elementaryExchange id="{uuid.uuid4()}" elementaryExchangeId="{code}" amount="{amount}">'
            f'<name>{name}</name><unitName>kg</unitName><compartment subcompartmentId="{uuid.uuid4()}">'
            f"<compartment>{comp}</compartment><subcompartment>{sub}</subcompartment></compartment>"
            "<outputGroup>4</outputGroup></elementaryExchange>"
        )
    flow = act.get("flow", CO2)
    flows.append(
        f'<elementaryExchange id="{uuid.uuid4()}" elementaryExchangeId="{flow[1]}" amount="{act["co2"]}">'
        f'<name>{flow[0]}</name><unitName>kg</unitName><compartment subcompartmentId="{uuid.uuid4()}">'
        "<compartment>air</compartment><subcompartment>unspecified</subcompartment></compartment>"
        "<outputGroup>4</outputGroup></elementaryExchange>"
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<ecoSpold xmlns="http://www.EcoInvent.org/EcoSpold02">
<activityDataset>
<activityDescription>
<activity id="{ids[act["code"]][0]}" activityNameId="{uuid.uuid4()}" specialActivityType="0">
<activityName>{act["name"]}</activityName>
</activity>
<geography><shortname>{act["location"]}</shortname></geography>
<technology technologyLevel="3"/>
<timePeriod startDate="2024-01-01" endDate="2024-12-31" isDataValidForEntirePeriod="true"/>
</activityDescription>
<flowData>{"".join(flows)}</flowData>
<administrativeInformation>
<dataEntryBy personName="test" personEmail="test@example.org"/>
<dataGeneratorAndPublication personName="test" personEmail="test@example.org"/>
</administrativeInformation>
</activityDataset>
</ecoSpold>
"""


def write_ecospold2(
    folder: Path, activities: list[dict], ids: dict | None = None, units: dict | None = None
) -> Path:
    """One .spold file per activity. ``ids`` / ``units`` (code -> (activity id, product id) / unit)
    are shared between calls so a second folder's inputs can come from a first folder's datasets
    (a unit process over a background release); they are filled in for new codes."""
    folder.mkdir(parents=True, exist_ok=True)
    ids = {} if ids is None else ids
    units = {} if units is None else units
    for a in activities:
        ids.setdefault(a["code"], (str(uuid.uuid4()), str(uuid.uuid4())))
        units[a["code"]] = a["unit"]
    for a in activities:
        path = folder / f"{ids[a['code']][0]}_{ids[a['code']][1]}.spold"
        path.write_text(_spold(a, ids, units), encoding="utf-8")
    return folder
