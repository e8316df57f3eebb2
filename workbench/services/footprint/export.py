"""Footprint results to CSV / JSON files and a printable text table."""

from __future__ import annotations

import json
from pathlib import Path

from workbench.services.common import safe_csv


def write_csv(result, path) -> Path:
    """One row per breakdown entry: breakdown, key, tCO2e (plus a header with the GWP set)."""
    path = Path(path)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = safe_csv.writer(fh)
        w.writerow(["breakdown", "key", "tCO2e", "gwp_set", "period", "inputs_hash"])
        for name, key, value in result.table_rows():
            w.writerow(
                [name, key, repr(float(value)), result.gwp_set, result.period_label, result.inputs_hash]
            )
    return path


def write_json(result, path) -> Path:
    path = Path(path)
    path.write_text(
        json.dumps(result.to_dict(), indent=1, ensure_ascii=False, sort_keys=True), encoding="utf-8"
    )
    return path


def text_table(result, mc: dict | None = None) -> str:
    """The footprint as a plain-text table for the terminal."""
    lines = [
        f"Footprint {result.period_label}  (GWP-100 {result.gwp_set}; t CO2e; scope 2 in total: "
        f"{result.scope2_basis}-based)",
        f"{'Total':<34}{result.total:>16,.3f}",
        f"{'  location-based':<34}{result.total_location:>16,.3f}",
        f"{'  market-based':<34}{result.total_market:>16,.3f}",
    ]
    for s in ("1", "2", "3"):
        lines.append(f"{'Scope ' + s:<34}{result.by_scope.get(s, 0.0):>16,.3f}")
    lines.append(f"{'Scope 2 location-based':<34}{result.scope2_location:>16,.3f}")
    lines.append(f"{'Scope 2 market-based':<34}{result.scope2_market:>16,.3f}")
    lines.append(f"{'Biogenic CO2 (outside scopes)':<34}{result.biogenic_co2:>16,.3f}")
    for title, d in (
        ("Scope 3 category", result.by_s3_category),
        ("ISO 14064-1 category", result.by_iso_category),
        ("Site", result.by_site),
        ("Gas (t CO2e)", result.by_gas),
        ("Source", result.by_source),
    ):
        if d:
            lines.append(title)
            for k, v in d.items():
                lines.append(f"  {str(k):<32}{v:>16,.3f}")
    for name, i in result.intensity.items():
        lines.append(f"Intensity {name:<24}{i['value']:>16,.6g} t / {i['unit']}")
    if mc:
        t = mc["total"]
        lines.append(
            f"Monte Carlo ({mc['iterations']} it., seed {mc['seed']}): mean {t['mean']:,.3f}, "
            f"95 % {t['p2_5']:,.3f} .. {t['p97_5']:,.3f}"
        )
    for m in result.missing_factors:
        lines.append(f"WARNING: source '{m['source']}' has no factor ({m['rows']} rows not counted)")
    for w in result.warnings:
        lines.append(f"WARNING: {w}")
    if result.stale:
        lines.append("WARNING: inputs changed since this result was calculated (stale)")
    return "\n".join(lines)
