"""Plain-text and CSV views of the reduction plan (used by ``cnw plan`` and the demo).

from workbench.services import plan, plan_report
print(plan_report.text(plan.management_plan(p), plan.claim_checks(p)))
plan_report.write_outputs(plan.management_plan(p), "out/")   # CSVs + PNG charts
"""

from __future__ import annotations

from pathlib import Path

from lca.reduction_plan import SECTION_TITLES, SECTIONS, PlanContent
from lca.reduction_targets import PATHWAY_LABELS
from workbench.services.common import safe_csv

MACC_COLUMNS = (
    "rank",
    "measure",
    "sources",
    "status",
    "start_year",
    "abatement_tco2e_per_yr",
    "capex",
    "opex_change_per_yr",
    "lifetime_yr",
    "annualised_cost_per_yr",
    "cost_per_tco2e",
    "cumulative_tco2e",
    "capped_tco2e",
)
TRAJECTORY_COLUMNS = (
    "year",
    "bau_tco2e",
    "planned_tco2e",
    "target_tco2e",
    "gap_to_target_tco2e",
    "abated_tco2e",
    "residual_to_offset_tco2e",
    "measured_tco2e",
    "denominator",
    "planned_intensity",
    "target_intensity",
)


def _num(value, digits=1) -> str:
    return "" if value is None else f"{value:,.{digits}f}"


def _table(header, rows) -> str:
    cells = [list(header)] + [[str(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    lines = []
    for n, r in enumerate(cells):
        lines.append(
            "  ".join(
                c.ljust(w) if i < 2 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True))
            )
        )
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def macc_text(content: PlanContent, lang: str = "en") -> str:
    if not content.macc:
        return "(no MACC: " + (content.footprint_note or "no measures") + ")"
    cur = content.currency
    rows = []
    for i, r in enumerate(content.macc, 1):
        rows.append(
            [
                i,
                r.measure.label(lang),
                _num(r.abatement_tco2e),
                _num(r.annualised_cost, 0),
                "n/a" if r.cost_per_t is None else _num(r.cost_per_t, 0),
                _num(r.cumulative_end),
                r.measure.status,
                r.measure.start_year,
            ]
        )
    total = sum(r.abatement_tco2e for r in content.macc)
    head = ("#", "measure", "tCO2e/yr", f"{cur}/yr", f"{cur}/tCO2e", "cumulative", "status", "start")
    return (
        f"Discount rate {content.discount_rate_pct:g} %; costs annualised over each measure's lifetime\n"
        + _table(head, rows)
        + f"\nTotal abatement: {total:,.1f} tCO2e/yr"
    )


def trajectory_text(content: PlanContent) -> str:
    if not content.trajectory:
        return "(no trajectory: " + (content.footprint_note or "nothing to show") + ")"
    rows = [
        [
            r.year,
            "",
            _num(r.bau),
            _num(r.planned),
            _num(r.target),
            _num(r.gap_to_target),
            _num(r.residual_to_offset),
            _num(r.actual),
        ]
        for r in content.trajectory
    ]
    head = ("year", "", "BAU", "planned", "target", "gap", "to offset", "measured")
    return _table(head, rows)


def text(content: PlanContent, findings=(), lang: str = "en") -> str:
    """The whole plan as text: sections, targets, MACC, trajectory and the claim checks."""
    li = 0 if lang == "en" else 1
    out = ["Carbon-neutrality management plan" if lang == "en" else "탄소중립 관리 계획", ""]
    for s in SECTIONS:
        body = content.text(s, lang)
        if body:
            out += [f"{SECTION_TITLES[s][li]}:", f"  {body}", ""]
    out.append("Targets set:")
    for t in content.targets or []:
        extra = f", intensity per {t.denominator_unit}" if t.kind == "intensity" else ""
        out.append(
            f"  {t.kind} {t.base_year}->{t.target_year}, scopes {', '.join(map(str, t.scopes))}: "
            f"{PATHWAY_LABELS[t.pathway]}, {t.rate_pct:g} %/yr, {t.reduction_at_target_pct:g} % by "
            f"{t.target_year}{extra}"
        )
    if not content.targets:
        out.append("  (none)")
    out += ["", f"Reference footprint: {content.footprint_note}" if content.reference_year else "", ""]
    out += [
        "Marginal abatement cost curve:",
        macc_text(content, lang),
        "",
        "Trajectory (tCO2e):",
        trajectory_text(content),
    ]
    if findings:
        out += ["", "Claim checks:"] + [f"  {f}" for f in findings]
    return "\n".join(line for line in out if line is not None)


def write_macc_csv(content: PlanContent, path) -> Path:
    path = Path(path)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = safe_csv.writer(fh)
        w.writerow(MACC_COLUMNS)
        for i, r in enumerate(content.macc, 1):
            m = r.measure
            w.writerow(
                [
                    i,
                    m.name,
                    ";".join(m.sources),
                    m.status,
                    m.start_year,
                    round(r.abatement_tco2e, 6),
                    m.capex,
                    m.opex_change,
                    m.lifetime,
                    round(r.annualised_cost, 2),
                    "" if r.cost_per_t is None else round(r.cost_per_t, 2),
                    round(r.cumulative_end, 6),
                    round(r.capped_tco2e, 6),
                ]
            )
    return path


def write_trajectory_csv(content: PlanContent, path) -> Path:
    path = Path(path)

    def cell(v):
        return "" if v is None else round(v, 6)

    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = safe_csv.writer(fh)
        w.writerow(TRAJECTORY_COLUMNS)
        for r in content.trajectory:
            w.writerow(
                [
                    r.year,
                    cell(r.bau),
                    cell(r.planned),
                    cell(r.target),
                    cell(r.gap_to_target),
                    cell(r.abated),
                    cell(r.residual_to_offset),
                    cell(r.actual),
                    cell(r.denominator),
                    cell(r.planned_intensity),
                    cell(r.target_intensity),
                ]
            )
    return path


def write_outputs(content: PlanContent, out_dir, lang: str = "en", prefix: str = "plan") -> list[Path]:
    """Write ``{prefix}_macc.csv``, ``{prefix}_trajectory.csv`` and both charts as PNG into ``out_dir``."""
    from forms.charts.plan import macc_png, trajectory_png

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    files = [
        write_macc_csv(content, out / f"{prefix}_macc.csv"),
        write_trajectory_csv(content, out / f"{prefix}_trajectory.csv"),
    ]
    (out / f"{prefix}_macc.png").write_bytes(macc_png(content.macc, currency=content.currency, lang=lang))
    (out / f"{prefix}_trajectory.png").write_bytes(trajectory_png(content.trajectory, lang=lang))
    files += [out / f"{prefix}_macc.png", out / f"{prefix}_trajectory.png"]
    return files
