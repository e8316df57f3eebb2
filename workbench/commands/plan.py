"""cnw plan (show the plan, MACC, trajectory, checks) | plan-measure | plan-target | plan-text."""

from __future__ import annotations

SECTION_CHOICES = ("commitment", "timescale", "targets", "measures", "offset_strategy", "review_cycle")


def register(sub) -> None:
    p = sub.add_parser("plan", help="print the reduction plan, the MACC table and the trajectory")
    p.add_argument("file")
    p.add_argument(
        "--discount-rate", type=float, metavar="PCT", help="discount rate in %% (default: the setting)"
    )
    p.add_argument("--lang", default="en", choices=["en", "ko"])
    p.add_argument("--no-checks", action="store_true", help="do not run the claim checks")
    p.add_argument("--out", metavar="DIR", help="also write the MACC and trajectory CSVs and PNG charts here")
    p.add_argument("--strict", action="store_true", help="exit 1 when a claim check reports an error")
    p.set_defaults(handler=cmd_plan)

    p = sub.add_parser("plan-measure", help="add a reduction measure")
    p.add_argument("file")
    p.add_argument("name")
    p.add_argument("--sources", required=True, help="emission source codes, comma-separated")
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--pct", type=float, help="abatement as %% of the sources")
    g.add_argument("--tco2e", type=float, help="abatement in tCO2e per year")
    p.add_argument("--capex", type=float, default=0.0)
    p.add_argument("--opex-change", type=float, default=0.0, help="per year; negative = saving")
    p.add_argument("--lifetime", type=int, default=10)
    p.add_argument("--start", type=int, help="start year (default: the current period's year)")
    p.add_argument("--status", default="planned", choices=["planned", "in_progress", "done"])
    p.add_argument("--evidence", default="")
    p.add_argument("--break-lock", action="store_true")
    p.set_defaults(handler=cmd_measure)

    p = sub.add_parser("plan-target", help="set the absolute or intensity reduction target")
    p.add_argument("file")
    p.add_argument("--base-year", type=int, required=True)
    p.add_argument("--target-year", type=int, required=True)
    p.add_argument("--kind", default="absolute", choices=["absolute", "intensity"])
    p.add_argument("--pathway", default="sbti_1.5c", choices=["sbti_1.5c", "sbti_wb2c", "custom"])
    p.add_argument("--rate", type=float, metavar="PCT", help="custom: linear %% of the base per year")
    p.add_argument(
        "--reduction", type=float, metavar="PCT", help="custom: total %% reduction by the target year"
    )
    p.add_argument("--scopes", default="1,2")
    p.add_argument("--base-value", type=float, help="base-year tCO2e (default: from the footprint)")
    p.add_argument("--denominator", type=float, help="intensity: base-year denominator")
    p.add_argument("--denominator-unit", default="")
    p.add_argument("--break-lock", action="store_true")
    p.set_defaults(handler=cmd_target)

    p = sub.add_parser("plan-text", help="set a section of the management plan text")
    p.add_argument("file")
    p.add_argument("section", choices=SECTION_CHOICES)
    p.add_argument("text")
    p.add_argument("--lang", default="en", choices=["en", "ko"])
    p.add_argument("--break-lock", action="store_true")
    p.set_defaults(handler=cmd_text)


def _open(path, write=False, break_lock=False):
    from workbench import open_project
    from workbench.project.errors import ReadOnlyError

    p = open_project(path, mode="edit" if write else "read", break_lock=break_lock)
    if write and p.read_only:
        p.close()
        raise ReadOnlyError(f"{path}: cannot write: {p.read_only_reason}", path)
    return p


def cmd_plan(args) -> int:
    from workbench.services import plan
    from workbench.services.plan import report as plan_report

    with _open(args.file) as p:
        content = plan.management_plan(p)
        if args.discount_rate is not None:
            content.macc = plan.macc(p, discount_rate=args.discount_rate) if content.reference_year else []
            content.discount_rate_pct = args.discount_rate
        findings = [] if args.no_checks else plan.claim_checks(p)
        print(plan_report.text(content, findings, lang=args.lang))
        if args.out:
            for f in plan_report.write_outputs(content, args.out, lang=args.lang):
                print(f"wrote {f}")
    return 1 if args.strict and any(f.is_blocking for f in findings) else 0


def cmd_measure(args) -> int:
    from workbench.services import plan

    kind, value = ("pct", args.pct) if args.pct is not None else ("tco2e", args.tco2e)
    with _open(args.file, write=True, break_lock=args.break_lock) as p:
        mid = plan.add_measure(
            p,
            args.name,
            args.sources,
            value,
            kind=kind,
            capex=args.capex,
            opex_change=args.opex_change,
            lifetime=args.lifetime,
            start_year=args.start,
            status=args.status,
            evidence=args.evidence,
        )
    print(f"added measure {mid}: {args.name}")
    return 0


def cmd_target(args) -> int:
    from workbench.services import plan

    with _open(args.file, write=True, break_lock=args.break_lock) as p:
        tid = plan.set_target(
            p,
            args.base_year,
            args.target_year,
            kind=args.kind,
            scopes=args.scopes,
            pathway=args.pathway,
            annual_rate_pct=args.rate,
            reduction_pct=args.reduction,
            base_value=args.base_value,
            base_denominator=args.denominator,
            denominator_unit=args.denominator_unit,
        )
    print(f"{args.kind} target {tid} set: {args.base_year} -> {args.target_year} ({args.pathway})")
    return 0


def cmd_text(args) -> int:
    from workbench.services import plan

    with _open(args.file, write=True, break_lock=args.break_lock) as p:
        plan.set_management_plan(p, lang=args.lang, **{args.section: args.text})
    print(f"management plan: {args.section} ({args.lang}) saved")
    return 0
