"""cnw offsets FILE list | check | import | select | retire | coverage | register;
cnw register where | use FOLDER | list | scan FOLDER | forget FILE_ID (the shared retirement register);
cnw kets surcharge | borrowing | arrears (the K-ETS calculators, each printing the rule applied)."""

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
    q.add_argument(
        "data",
        nargs="?",
        help="a registry's public export (.csv/.xlsx: Verra, Gold Standard, ACR, Climate Action Reserve, "
        "ART) or the generic template (.csv/.xlsx)",
    )
    q.add_argument(
        "--kind",
        choices=["auto", "verra", "gold-standard", "acr", "car", "art", "generic"],
        default="auto",
        help="the export's registry (default: told apart by its columns)",
    )
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

    q = osub.add_parser("register", help="this file in the shared retirement register: status, or record it")
    q.add_argument("--record", action="store_true", help="record the file's lots in the register now")
    q.set_defaults(handler=cmd_register_file)

    q = osub.add_parser("coverage", help="residual emissions vs retired credits")
    q.add_argument("--period", help="period label (default: the current period)")
    q.add_argument("--residual", type=float)
    q.set_defaults(handler=cmd_coverage)

    _register_register(sub)
    _register_kets(sub)


def _register_register(sub) -> None:
    p = sub.add_parser(
        "register",
        help="the shared retirement register: where it is, the files in it, scan a folder of project files",
    )
    rsub = p.add_subparsers(dest="register_command", metavar="where|use|list|scan|forget", required=True)
    q = rsub.add_parser("where", help="print the register file in use")
    q.set_defaults(handler=cmd_register_where)
    q = rsub.add_parser(
        "use", help="keep the register in FOLDER from now on (a folder shared by client files)"
    )
    q.add_argument("folder", nargs="?", help="the folder (omit with --default)")
    q.add_argument("--default", action="store_true", help="back to the application data folder")
    q.set_defaults(handler=cmd_register_use)
    q = rsub.add_parser("list", help="the project files the register holds")
    q.set_defaults(handler=cmd_register_list)
    q = rsub.add_parser(
        "scan", help="check every .cnw file in FOLDER (and below) against each other and the register"
    )
    q.add_argument("folder")
    q.add_argument("--no-record", action="store_true", help="compare only; do not record the files")
    q.add_argument("--fail-on", choices=["error", "warning", "never"], default="error")
    q.set_defaults(handler=cmd_register_scan)
    q = rsub.add_parser("forget", help="remove a file from the register (by its file id, see 'list')")
    q.add_argument("file_id")
    q.set_defaults(handler=cmd_register_forget)


def _register_kets(sub) -> None:
    p = sub.add_parser("kets", help="K-ETS calculators: penalty surcharge, borrowing limit, arrears")
    ksub = p.add_subparsers(dest="kets_command", metavar="surcharge|borrowing|arrears", required=True)
    q = ksub.add_parser("surcharge", help="penalty surcharge for permits not surrendered (decree Art. 42(1))")
    q.add_argument("--shortfall", type=float, required=True, help="permits not surrendered, t")
    price = q.add_mutually_exclusive_group(required=True)
    price.add_argument("--price", type=float, help="the year's average market price, KRW/t")
    price.add_argument(
        "--traded",
        nargs=2,
        type=float,
        metavar=("VALUE_KRW", "VOLUME_T"),
        help="total traded value and volume",
    )
    cap = q.add_mutually_exclusive_group()
    cap.add_argument("--cap", type=float, help="cap per tonne, KRW (default: 100,000 per the ICAP summary)")
    cap.add_argument("--no-cap", action="store_true", help="apply no cap per tonne")
    q.set_defaults(handler=cmd_kets_surcharge)
    q = ksub.add_parser("borrowing", help="borrowing limit for a compliance year (decree Art. 36(2))")
    q.add_argument("--obligation", type=float, required=True, help="permits to surrender that year, t")
    q.add_argument("--year", type=int, required=True, help="compliance year (phase from the year)")
    q.add_argument(
        "--prev-limit", type=float, help="previous year's borrowing limit, share 0..1 (from year 2)"
    )
    q.add_argument("--prev-borrowed", type=float, default=0.0, help="previous year's borrowed share, 0..1")
    q.set_defaults(handler=cmd_kets_borrowing)
    q = ksub.add_parser("arrears", help="additional dues on an unpaid surcharge (decree Art. 43)")
    q.add_argument("--unpaid", type=float, required=True, help="unpaid surcharge, KRW")
    q.add_argument("--months", type=int, required=True, help="whole months overdue")
    q.set_defaults(handler=cmd_kets_arrears)


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
        got = svc.read_registry(args.data, args.kind, date_order=args.date_order)
        order = {"DMY": "day first", "MDY": "month first"}.get(got.date_order or "", "")
        print(
            f"read {len(got.lots)} lot(s) from {got.filename} as a {got.kind} file ({got.format})"
            + (
                f"; dates read {order}" + (" (as given)" if args.date_order else " (decided by the file)")
                if order
                else ""
            ),
            file=sys.stderr,
        )
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
        _say_register(res.register)
    return 0


def _say_register(rec) -> None:
    if rec is not None and not rec.ok:
        print(f"warning: {rec.message}", file=sys.stderr)


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
    with _open(args, write=args.apply) as p, _register_warnings():
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

    with _open(args, write=True) as p, _register_warnings():
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


@contextmanager
def _register_warnings():
    """Print 'the register is out of date' plainly (the project action itself succeeded)."""
    import warnings

    from workbench.services.offsets import RegisterOutOfDate

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", RegisterOutOfDate)
        yield
    for w in caught:
        if issubclass(w.category, RegisterOutOfDate):
            print(f"warning: {w.message}", file=sys.stderr)
        else:
            warnings.showwarning(w.message, w.category, w.filename, w.lineno)


def cmd_register_file(args) -> int:
    from workbench.services import offsets as svc

    with _open(args) as p:
        if args.record:
            rec = svc.record_project(p, warn=False)
            print(rec.message)
            return 0 if rec.ok else 1
        current, why = svc.register_status(p)
        where = svc.register_path(p)
    print(f"{args.file}: {'up to date' if current else 'NOT up to date'} in {where} ({why})")
    return 0 if current else 1


def cmd_register_where(args) -> int:
    from workbench.services import offsets as svc

    path = svc.register_path()
    print(f"{path}{'' if path.is_file() else ' (not created yet)'}")
    return 0


def cmd_register_use(args) -> int:
    from workbench.project.errors import ProjectError
    from workbench.services import offsets as svc

    if bool(args.folder) == bool(args.default):
        raise ProjectError("give either a FOLDER or --default")
    path = svc.set_register_folder(None if args.default else args.folder)
    print(f"the retirement register is now {path}")
    return 0


def cmd_register_list(args) -> int:
    from workbench.services import offsets as svc

    rows = svc.register_files()
    for r in rows:
        print(f"{r['file_id']}  {r['lots']:>5} lot(s)  recorded {r['recorded_at']}  {r['path']}")
    print(f"{len(rows)} file(s) in {svc.register_path()}")
    return 0


def cmd_register_forget(args) -> int:
    from workbench.project.errors import ProjectError
    from workbench.services import offsets as svc

    try:
        gone = svc.forget_register_file(args.file_id)
    except FileNotFoundError as exc:
        raise ProjectError(str(exc)) from None
    print(f"{args.file_id}: {'removed from the register' if gone else 'not in the register'}")
    return 0 if gone else 1


def cmd_register_scan(args) -> int:
    from offsets.findings import severity_rank
    from workbench.services.offsets import scan_folder

    scanned = scan_folder(args.folder, record=not args.no_record)
    worst = -1
    for sf in scanned:
        errors = sum(f.severity == "error" for f in sf.findings)
        warns = sum(f.severity == "warning" for f in sf.findings)
        state = f"cannot be checked: {sf.error}" if sf.error else f"{errors} error(s), {warns} warning(s)"
        print(f"{sf.path}: {sf.lots} lot(s); {state}")
        for f in sf.double_counting:
            print(f"  {f}")
        if sf.error:
            worst = max(worst, severity_rank("error"))
        worst = max([worst, *(severity_rank(f.severity) for f in sf.findings)])
    dc = sum(len(sf.double_counting) for sf in scanned)
    print(f"{len(scanned)} file(s) scanned in {args.folder}; {dc} double-counting finding(s)")
    if args.fail_on == "never":
        return 0
    return 1 if worst >= severity_rank(args.fail_on) else 0


def _kets(fn, *a, **kw):
    from offsets.kets import KetsError
    from workbench.project.errors import ProjectError

    try:
        return fn(*a, **kw)
    except KetsError as exc:
        raise ProjectError(f"K-ETS: {exc}") from None


def cmd_kets_surcharge(args) -> int:
    from offsets import kets

    price = args.price
    if args.traded:
        price = _kets(kets.average_market_price, *args.traded)
        print(f"average market price KRW {price:,.0f}/t = traded value / traded volume (Art. 42(1))")
    cap = None if args.no_cap else (args.cap if args.cap is not None else kets.DEFAULT_SURCHARGE_CAP_KRW)
    res = _kets(kets.surcharge, args.shortfall, price, cap)
    print(f"surcharge KRW {res.amount_krw:,.0f}")
    print(f"rule: {res.rule} ({res.clause})")
    return 0


def cmd_kets_borrowing(args) -> int:
    from offsets import kets

    res = _kets(kets.borrowing_for_year, args.obligation, args.year, args.prev_limit, args.prev_borrowed)
    print(f"borrowing limit {res.permits:,} permit(s) ({res.share:.2%} of {args.obligation:,g} t)")
    print(f"rule: {res.rule} ({res.clause})")
    return 0


def cmd_kets_arrears(args) -> int:
    from offsets import kets

    res = _kets(kets.arrears_due, args.unpaid, args.months)
    print(f"additional dues KRW {res.amount_krw:,.0f}; total due KRW {res.total_due_krw:,.0f}")
    print(f"rule: {res.rule} ({res.clause})")
    return 0
