"""The bundled demo: a Korean precision-parts maker with two sites, 2024 base year, 2025 claim.

:func:`build` creates the project (boundary, sites, sources, two years of monthly activity data
imported through the normal CSV importer, evidence attachments); ``workbench.demo.run`` then calls
each journey step's demo module in order.
"""

from __future__ import annotations

import csv
import json
import math
import os
from pathlib import Path

from workbench.services import boundary, inventory


def spec() -> dict:
    from resources import path

    with open(path("demo", "hanbit_precision.json"), encoding="utf-8") as fh:
        return json.load(fh)


def _monthly(src: dict, month: int, scale: float) -> float:
    if "annual" in src:
        months = src.get("months", [])
        return round(src["annual"] * scale / len(months), 1) if month in months else 0.0
    season = src.get("season", 0.0)
    # winter peak for heat, summer peak for electricity-like loads; deterministic, no randomness
    phase = 0 if src["scope"] == 1 else 6
    value = src["monthly"] * scale * (1 + season * math.cos(2 * math.pi * (month - 1 - phase) / 12))
    return round(value, 1 if value < 1000 else 0)


def activity_rows(s: dict, period: dict, scale: float) -> list[list]:
    year = int(period["start"][:4])
    rows = [["source", "site", "date", "quantity", "unit", "description", "reference", "unc_dist", "unc_pct"]]
    for src in s["sources"]:
        if not src.get("included", True):
            continue
        for m in range(1, 13):
            q = _monthly(src, m, scale)
            if q <= 0:
                continue
            rows.append(
                [
                    src["code"],
                    src["site"],
                    f"{year}-{m:02d}",
                    q,
                    src["unit"],
                    f"{src['name']} {year}-{m:02d}",
                    f"{src['code']}-{year}{m:02d}",
                    src.get("unc_dist", "none"),
                    src.get("unc_pct", ""),
                ]
            )
    return rows


def build(path, inputs_dir=None, log=print):
    """Create the demo project at ``path`` (replacing it) and return it open for editing."""
    from workbench import new_project

    s = spec()
    path = Path(path)
    if path.exists():
        path.unlink()
    inputs_dir = Path(inputs_dir or path.parent / "inputs")
    inputs_dir.mkdir(parents=True, exist_ok=True)
    org = s["organisation"]
    base, current = s["periods"]
    p = new_project(
        path,
        org["name"],
        subject_name=s["subject"]["name"],
        subject_kind=s["subject"]["kind"],
        period_start=current["start"],
        period_end=current["end"],
        period_label=current["label"],
        **{k: v for k, v in org.items() if k != "name"},
    )
    with p.action("Demo: a retirement register of its own") as tx:
        # the demo's fictional credit serials stay out of the machine's shared register
        tx.set_setting("offsets_register_path", "retirement-register.sqlite")
    boundary.set_subject(
        p, name_local=s["subject"]["name_local"], consolidation=s["subject"]["consolidation"]
    )
    base_id = boundary.add_period(p, base["label"], base["start"], base["end"], is_base_year=True)
    log(f"  organisation, subject and periods: {org['name']} / {org['name_local']}")
    for site in s["sites"]:
        boundary.add_site(p, **site)
    for src in s["sources"]:
        boundary.add_source(
            p,
            src["code"],
            src["name"],
            src["scope"],
            s3_category=src.get("s3_category"),
            site=src.get("site"),
            unit=src.get("unit"),
            included=src.get("included", True),
            exclusion_reason=src.get("exclusion_reason"),
            name_local=src.get("name_local"),
        )
    log(f"  {len(s['sites'])} sites, {len(s['sources'])} emission sources")
    for period, scale, pid in ((current, 1.0, None), (base, s["base_year_factor"], base_id)):
        f = inputs_dir / f"activities_{period['label']}.csv"
        with open(f, "w", newline="", encoding="utf-8") as fh:
            csv.writer(fh).writerows(activity_rows(s, period, scale))
        res = inventory.import_activities(p, f, period_id=pid)
        log(f"  imported {res.rows} activity rows for {period['label']} from {f.name}")
    for ev in s["evidence"]:
        src = boundary.source_by_code(p, ev["source"])
        row = p.one(
            "SELECT id, quantity FROM activities WHERE source_id = ? AND date_start = ?",
            (src["id"], f"2025-{ev['month']:02d}-01"),
        )
        text = ev["text"].format(quantity=row["quantity"])
        p.attach(
            text.encode("utf-8"),
            filename=ev["filename"],
            media_type="text/plain",
            link=("activities", row["id"]),
        )
    log(f"  {len(s['evidence'])} evidence files attached")
    return p


def display_available() -> bool:
    if os.environ.get("QT_QPA_PLATFORM", "") in ("offscreen", "minimal"):
        return False
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
