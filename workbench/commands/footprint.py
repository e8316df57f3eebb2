"""cnw footprint FILE [--gwp SET] [--monte-carlo N] [--seed S] [--activity-model source|row]
[--period ID|LABEL] [-o out.csv|out.json]
cnw activity-uncertainty FILE (ROW | --source CODE [--period P]) [--dist D] [--pct P] [--pedigree "(r,c,t,g,f)"|none]:
the uncertainty of one activity row, or of every row of a source in a period
cnw factors [--search TEXT]: list the shipped factor library."""

from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("footprint", help="calculate the footprint of a project file (through Brightway)")
    p.add_argument("file")
    p.add_argument(
        "--gwp",
        choices=["SAR", "AR4", "AR5", "AR6"],
        help="GWP-100 set (default: the project's setting; another set is a what-if, not stored)",
    )
    p.add_argument("--monte-carlo", type=int, metavar="N", help="also run N Monte Carlo iterations")
    p.add_argument("--seed", type=int, default=1, help="Monte Carlo seed (default 1)")
    p.add_argument(
        "--activity-model",
        choices=["source", "row"],
        default="source",
        help="Monte Carlo: activity uncertainty drawn once per emission source (default: its rows move "
        "together) or once per row (independent meter readings)",
    )
    p.add_argument("--period", help="period id or label (default: the current period)")
    p.add_argument(
        "--allow-missing",
        action="store_true",
        help="calculate even if some sources have no factor (they are listed, not counted)",
    )
    p.add_argument(
        "--compare",
        action="store_true",
        help="also compare with the base year (restated like for like; flags a needed restatement)",
    )
    p.add_argument("-o", "--output", metavar="FILE", help="write the result as .csv or .json")
    p.set_defaults(handler=cmd_footprint)

    p = sub.add_parser(
        "activity-uncertainty",
        help="set one activity row's uncertainty: distribution, +/- %% at 95 %%, pedigree scores",
    )
    p.add_argument("file")
    p.add_argument("row", type=int, nargs="?", help="the activity row's id (as the inventory lists it)")
    p.add_argument("--source", metavar="CODE", help="instead of one row: every row of this emission source")
    p.add_argument("--period", help="with --source: period id or label (default: the current period)")
    p.add_argument("--dist", choices=["none", "normal", "lognormal", "uniform", "triangular"])
    p.add_argument("--pct", type=float, help="+/- %% of the value at 95 %% (bounds for uniform/triangular)")
    p.add_argument(
        "--pedigree",
        metavar="SCORES",
        help="five pedigree scores 1..5: reliability, completeness, temporal, geographical, "
        "technological, e.g. '(2,3,1,1,4)'; 'none' clears them",
    )
    p.set_defaults(handler=cmd_activity_uncertainty)

    p = sub.add_parser("factors", help="list the shipped emission factors")
    p.add_argument("--search", help="only factors whose id or name contains this text")
    p.set_defaults(handler=cmd_factors)


def _period_id(project, text):
    from workbench.services.common.periods import period_id_by_label

    return period_id_by_label(project, text)


def cmd_footprint(args) -> int:
    import json
    import sys
    from pathlib import Path

    from workbench import open_project
    from workbench.project.errors import ProjectError
    from workbench.services import footprint
    from workbench.services.footprint.export import text_table, write_csv, write_json

    out = Path(args.output) if args.output else None
    if out is not None and out.suffix.lower() not in (".csv", ".json"):
        raise ProjectError(f"{out}: the output must end in .csv or .json")
    if args.monte_carlo is not None and args.monte_carlo < 1:
        raise ProjectError(f"--monte-carlo: {args.monte_carlo} must be at least 1")
    p = open_project(args.file)
    tty = False
    try:
        pid = _period_id(p, args.period)

        tty = sys.stderr.isatty()

        def progress(frac, msg):
            if tty:
                print(f"\r[{frac:4.0%}] {msg:<60}", end="", file=sys.stderr, flush=True)

        r = footprint.calculate(p, pid, progress=progress, allow_missing=args.allow_missing, gwp_set=args.gwp)
        mc = None
        if args.monte_carlo:
            mc = footprint.monte_carlo(
                p,
                args.monte_carlo,
                seed=args.seed,
                period_id=pid,
                progress=progress,
                allow_missing=args.allow_missing,
                store=not args.gwp,
                activity=args.activity_model,
            )
        cmp = None
        if args.compare:
            from workbench.services.footprint.comparison import compare

            cmp = compare(p, pid, allow_missing=args.allow_missing, store=not args.gwp)
        if tty:
            print("", file=sys.stderr)
        print(text_table(r, mc))
        if mc:
            print(_mc_text(mc))
        if cmp:
            print(_compare_text(cmp))
        if out is not None:
            if out.suffix.lower() == ".csv":
                write_csv(r, out)
            else:
                write_json(r, out)
                if mc or cmp:
                    data = json.loads(out.read_text(encoding="utf-8"))
                    if mc:
                        data["monte_carlo"] = mc
                    if cmp:
                        data["base_year_comparison"] = cmp
                    out.write_text(
                        json.dumps(data, indent=1, ensure_ascii=False, sort_keys=True), encoding="utf-8"
                    )
            print(f"wrote {out}")
    finally:
        if tty:
            print("", file=sys.stderr)
        p.close()
    return 0


def cmd_activity_uncertainty(args) -> int:
    from workbench import open_project
    from workbench.project.errors import ProjectError
    from workbench.services import inventory

    if (args.row is None) == (args.source is None):
        raise ProjectError("activity-uncertainty: give either a row id or --source CODE")
    pedigree = (
        "keep"
        if args.pedigree is None
        else (None if args.pedigree.strip().lower() == "none" else args.pedigree)
    )
    p = open_project(args.file)
    try:
        pct = "keep" if args.pct is None else args.pct
        if args.source is not None:
            n = inventory.set_source_uncertainty(
                p,
                args.source,
                dist=args.dist,
                pct=pct,
                pedigree=pedigree,
                period_id=_period_id(p, args.period),
            )
            print(f"source {args.source}: {n:,} activity row(s) changed")
            return 0
        inventory.set_activity_uncertainty(p, args.row, dist=args.dist, pct=pct, pedigree=pedigree)
        row = p.one("SELECT * FROM activities WHERE id = ?", (args.row,))
        scores = tuple(row[f] for f in inventory.PEDIGREE_FIELDS)
        dist = "none" if row["unc_dist"] == "none" else f"{row['unc_dist']} +/-{row['unc_pct'] or 0:g} %"
        ped = inventory.pedigree_text(None if scores[0] is None else scores) or "none"
        print(f"activity {args.row}: uncertainty {dist}; pedigree {ped}")
    finally:
        p.close()
    return 0


def _mc_text(mc: dict) -> str:
    """What the Monte Carlo sampled (its stored model) and the main contributors to the variance."""
    m = mc.get("model") or {}
    per = "once per emission source" if m.get("activity") == "source" else "once per row"
    lines = [
        f"  model: factors {m.get('factors', '?')}; activity data drawn {per}; "
        f"factor uncertainty: {m.get('factor_uncertainty', '?')}"
    ]
    if mc.get("pedigree"):
        lines.append(f"  data quality: {m.get('data_quality', '')} ({mc['pedigree']['rows']:,} rows scored)")
    top = sorted(
        [("factor", c) for c in mc["contributions"]["factors"]]
        + [("source", c) for c in mc["contributions"]["sources"]],
        key=lambda kc: -kc[1]["share"],
    )[:5]
    for kind, c in top:
        ped = f" (pedigree on {c['pedigree_rows']} rows)" if c.get("pedigree_rows") else ""
        lines.append(f"  variance share {c['share']:6.1%}  {kind} {c['name']}{ped}")
    return "\n".join(lines)


def _compare_text(c: dict) -> str:
    pct = f"{c['change_pct']:+.2f} %" if c["change_pct"] is not None else "n/a"
    lines = [
        f"Base year {c['base_period']} (restated, {c['gwp_set']}): {c['base_restated_total']:,.3f} t; "
        f"{c['period']}: {c['current_total']:,.3f} t; change {c['change']:+,.3f} t ({pct})"
    ]
    for s, v in c["by_scope"].items():
        lines.append(f"  scope {s}: {v['base']:,.3f} -> {v['current']:,.3f} ({v['change']:+,.3f})")
    if c["base_reported_total"] is not None:
        lines.append(
            f"  base year as reported: {c['base_reported_total']:,.3f} t; restated differs by "
            f"{c['restatement_pct']:+.2f} % (threshold {c['restatement_threshold_pct']:g} %)"
        )
    if c["restatement_required"]:
        lines.append("  RESTATEMENT REQUIRED: " + "; ".join(c["reasons"]))
    return "\n".join(lines)


def cmd_factors(args) -> int:
    from lca.factors import load_library

    needle = (args.search or "").lower()
    for f in load_library().values():
        if needle and needle not in f.id.lower() and needle not in f.name.lower():
            continue
        print(f"{f.id:<34} {f.unit:<16} {f.region:<10} {f.name}")
    return 0
