"""cnw offsets FILE list | check | import | select | retire | coverage."""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager


def register(sub) -> None:
    p = sub.add_parser("offsets", help="credit lots: check, import, select a portfolio, retire")
    p.add_argument("file", help="project file (.cnw)")
    osub = p.add_subparsers(
        dest="offsets_command", metavar="list|check|import|select|retire|coverage", required=True
    )

    q = osub.add_parser("list", help="list the credit lots")
    q.add_argument("--status", choices=["held", "planned", "retired", "cancelled"])
    q.set_defaults(handler=cmd_list)

    q = osub.add_parser("check", help="check lots and the claim against a standard; exit 1 on errors")
    q.add_argument(
        "--standard",
        help="ISO14068-1 | PAS2060 (default: the claim's), or one rule set: "
        "KCCI | MYCARBON | KETS | LABELS | common",
    )
    q.add_argument("--period", help="period label (default: the current period)")
    q.add_argument("--residual", type=float, help="residual emissions, tCO2e (default: claim or footprint)")
    q.add_argument("--fail-on", choices=["error", "warning", "never"], default="error")
    q.set_defaults(handler=cmd_check)

    q = osub.add_parser("import", help="import lots from a registry file, or another file's retirements")
    q.add_argument("data", nargs="?", help="Verra registry export (.csv) or generic template (.csv/.xlsx)")
    q.add_argument("--kind", choices=["verra", "generic"], default="verra")
    q.add_argument(
        "--date-order",
        choices=["MDY", "DMY"],
        default=None,
        help="order of slashed dates such as 03/04/2025 (default: decided by the file: a day over 12, "
        "or each row's serial vintage; rows nothing decides are refused and name this option)",
    )
    q.add_argument(
        "--retirements-from",
        metavar="OTHER.cnw",
        help="copy the retired ranges of another project file for double-counting checks",
    )
    q.add_argument("--break-lock", action="store_true")
    q.set_defaults(handler=cmd_import)

    q = osub.add_parser("select", help="least-cost portfolio for the residual emissions (HiGHS MILP)")
    q.add_argument("--residual", type=float, help="residual emissions, tCO2e (default: claim or footprint)")
    q.add_argument("--period", help="period label (default: the current period)")
    q.add_argument("--min-removal", type=float, default=0.0, help="minimum removal share, 0..1")
    q.add_argument("--vintage-from", type=int)
    q.add_argument("--vintage-to", type=int)
    q.add_argument("--programme", action="append", help="allowed programme (repeatable): VCS, GS, KCS, ...")
    q.add_argument("--country", action="append", help="allowed host country (repeatable), e.g. KR")
    q.add_argument("--ccp-only", action="store_true")
    q.add_argument("--max-project-share", type=float, help="maximum share per project, 0..1")
    q.add_argument("--whole-lots", action="store_true", help="take lots whole or not at all")
    q.add_argument("--apply", action="store_true", help="mark the chosen credits planned for the claim")
    q.add_argument("--break-lock", action="store_true")
    q.set_defaults(handler=cmd_select)

    q = osub.add_parser("retire", help="record a registry retirement with its receipt")
    q.add_argument("lot", type=int, help="lot id")
    q.add_argument("--date", required=True, help="retirement date YYYY-MM-DD")
    q.add_argument("--reference", required=True, help="registry retirement reference")
    q.add_argument("--receipt", required=True, help="receipt file (stored in the project)")
    q.add_argument("--beneficiary", help="default: the organisation's name")
    q.add_argument("--quantity", type=int, help="retire only the first N credits of the lot")
    q.add_argument("--period", help="claim period label (default: the lot's or the current period)")
    q.add_argument("--break-lock", action="store_true")
    q.set_defaults(handler=cmd_retire)

    q = osub.add_parser("coverage", help="residual emissions vs retired credits")
    q.add_argument("--period", help="period label (default: the current period)")
    q.add_argument("--residual", type=float)
    q.set_defaults(handler=cmd_coverage)


def _open(args, write=False):
    from workbench import open_project
    from workbench.project.errors import ReadOnlyError

    p = open_project(
        args.file, mode="edit" if write else "read", break_lock=getattr(args, "break_lock", False)
    )
    if write and p.read_only:
        p.close()
        raise ReadOnlyError(f"{args.file}: cannot write: {p.read_only_reason}", args.file)
    return p


@contextmanager
def _quiet_stdout():
    """Silence native writes to stdout (the bundled HiGHS prints a stray debug line from C++)."""
    sys.stdout.flush()
    try:
        saved = os.dup(1)
    except OSError:
        yield
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, 1)
        yield
    finally:
        os.dup2(saved, 1)
        os.close(saved)
        os.close(devnull)


def _period_id(p, label):
    from workbench.services.common.periods import period_id_by_label

    return period_id_by_label(p, label)


def cmd_list(args) -> int:
    from workbench.services import offsets as svc

    with _open(args) as p:
        lots = svc.list_lots(p, status=args.status)
        print(f"{'id':>5}  {'status':<9} {'unit':<4} {'qty':>9}  {'vintage':<7} serial")
        for lot in lots:
            year = lot.vintage_end.year if lot.vintage_end else "-"
            print(
                f"{lot.id:>5}  {lot.status:<9} {lot.unit_type:<4} {lot.quantity:>9,}  {year!s:<7} {lot.serial}"
            )
        print(f"{len(lots)} lot(s), {sum(lot.quantity for lot in lots):,} credits")
    return 0


def cmd_check(args) -> int:
    from offsets.findings import severity_rank
    from workbench.services import offsets as svc

    with _open(args) as p:
        findings = svc.check(
            p, standard=args.standard, period_id=_period_id(p, args.period), residual_t=args.residual
        )
    for f in findings:
        print(f)
    counts = {s: sum(f.severity == s for f in findings) for s in ("error", "warning", "info")}
    print(f"{counts['error']} error(s), {counts['warning']} warning(s), {counts['info']} note(s)")
    if args.fail_on == "never":
        return 0
    limit = severity_rank(args.fail_on)
    return 1 if any(severity_rank(f.severity) >= limit for f in findings) else 0


def cmd_import(args) -> int:
    from workbench.project.errors import ProjectError
    from workbench.services import offsets as svc

    if bool(args.data) == bool(args.retirements_from):
        raise ProjectError("give either a registry file to import or --retirements-from OTHER.cnw")
    if args.data:  # check the file before opening the project for writing (the lock would touch it)
        svc.read_registry_file(args.data, args.kind, date_order=args.date_order)
    with _open(args, write=True) as p:
        if args.retirements_from:
            n = svc.import_retirements_from(p, args.retirements_from)
            print(f"imported {n} retired range(s) from {args.retirements_from} for double-counting checks")
            return 0
        res = svc.import_registry_file(
            p,
            args.data,
            kind=args.kind,
            date_order=args.date_order,
            progress=lambda f, m: print(f"  {m}", file=sys.stderr),
        )
        print(f"imported {res.rows} lot(s) from {res.filename} (batch {res.batch_id})")
    return 0


def cmd_select(args) -> int:
    from offsets.portfolio import Constraints
    from workbench.services import offsets as svc

    c = Constraints(
        min_removal_share=args.min_removal,
        vintage_from=args.vintage_from,
        vintage_to=args.vintage_to,
        programmes=tuple(x.upper() for x in args.programme) if args.programme else None,
        countries=tuple(x.upper() for x in args.country) if args.country else None,
        ccp_only=args.ccp_only,
        max_project_share=args.max_project_share,
        whole_lots=args.whole_lots,
    )
    with _open(args, write=args.apply) as p:
        sel = svc.select_portfolio(
            p, args.residual, c, period_id=_period_id(p, args.period), apply=args.apply
        )
    if not sel.feasible:
        print(f"no portfolio: {sel.explanation}")
        return 1
    for lot, q in sel.picks:
        print(
            f"  lot {lot.id:>5}  {q:>9,} t x {lot.price:,.2f} = {q * lot.price:,.2f}  {lot.programme} {lot.serial}"
        )
    print(
        f"{sel.total_t:,} t, cost {sel.cost:,.2f}, removals {sel.removal_share:.1%}"
        + ("; marked planned for the claim" if args.apply else " (not applied; use --apply)")
    )
    return 0


def cmd_retire(args) -> int:
    from workbench.services import offsets as svc

    with _open(args, write=True) as p:
        beneficiary = args.beneficiary or p.one("SELECT name FROM organisation ORDER BY id LIMIT 1")["name"]
        lot = svc.retire(
            p,
            args.lot,
            args.date,
            beneficiary,
            args.reference,
            args.receipt,
            period_id=_period_id(p, args.period),
            quantity=args.quantity,
        )
    print(
        f"lot {lot.id}: {lot.quantity:,} credits retired {lot.retirement_date} for {lot.beneficiary} "
        f"({lot.retirement_reference})"
    )
    return 0


def cmd_coverage(args) -> int:
    from workbench.services import offsets as svc

    with _open(args) as p:
        cov = svc.coverage(p, period_id=_period_id(p, args.period), residual_t=args.residual)
    residual = "unknown" if cov.residual_t is None else f"{cov.residual_t:,.1f} t ({cov.residual_source})"
    print(
        f"residual {residual}; retired {cov.retired_t:,} t; planned {cov.planned_t:,} t; "
        f"{'covered' if cov.covered else 'NOT covered'}"
    )
    return 0 if cov.covered else 1
