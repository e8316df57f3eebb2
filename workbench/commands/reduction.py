"""cnw reduction-project FILE list | show | create | readings | step | issue | check | pdd | report
(the organisation's own reduction projects under the KCCI Carbon Standard or MyCarbon)."""

from __future__ import annotations

import sys


def register(sub) -> None:
    p = sub.add_parser(
        "reduction-project",
        help="reduction projects (KCCI Carbon Standard, MyCarbon): record, monitor, certify, issue credits",
    )
    p.add_argument("file", help="project file (.cnw)")
    rs = p.add_subparsers(
        dest="reduction_command",
        metavar="list|show|create|readings|step|issue|check|pdd|report",
        required=True,
    )
    q = rs.add_parser("list", help="list the reduction projects")
    q.set_defaults(handler=cmd_list)

    q = rs.add_parser("show", help="a project: ex-ante estimate, monitored reductions, process, credits")
    q.add_argument("code")
    q.set_defaults(handler=cmd_show)

    q = rs.add_parser("create", help="record a reduction project")
    q.add_argument("code")
    q.add_argument("--name", required=True)
    q.add_argument("--standard", required=True, choices=["KCS", "MYCARBON"])
    q.add_argument("--proponent", required=True)
    q.add_argument("--methodology", required=True, help="methodology id")
    q.add_argument("--methodology-version", default="")
    q.add_argument("--crediting", required=True, metavar="START:END", help="crediting period, ISO dates")
    q.add_argument("--start-date")
    q.add_argument("--contract-date")
    q.add_argument("--first-spend-date")
    q.add_argument("--installation-date")
    q.add_argument("--location", default="")
    q.add_argument("--sector", default="")
    q.add_argument("--value-chain", default="outside", choices=["outside", "scope1", "scope2", "scope3"])
    q.add_argument("--kets-entity", action="store_true", help="the proponent is a K-ETS entity")
    q.add_argument("--scale", choices=["general", "small", "bundle"], help="MyCarbon project scale")
    q.add_argument("--verifier", default="")
    q.add_argument("--break-lock", action="store_true")
    q.set_defaults(handler=cmd_create)

    q = rs.add_parser(
        "readings", help="import monitored readings (CSV/.xlsx: start,end,value,unit[,evidence])"
    )
    q.add_argument("code")
    q.add_argument("parameter")
    q.add_argument("data")
    q.add_argument("--date-order", choices=["MDY", "DMY"])
    q.add_argument("--break-lock", action="store_true")
    q.set_defaults(handler=cmd_readings)

    q = rs.add_parser("step", help="record a certification step (state, dates, documents, extension)")
    q.add_argument("code")
    q.add_argument("step")
    q.add_argument("--period", help="monitoring period (steps that repeat per period)")
    q.add_argument("--state", choices=["pending", "in_progress", "submitted", "done", "rejected"])
    q.add_argument("--started")
    q.add_argument("--submitted", help="date of complete submission (starts a 30-day review clock)")
    q.add_argument("--completed")
    q.add_argument("--extended", action="store_true", help="the review clock's one extension")
    q.add_argument("--documents")
    q.add_argument("--break-lock", action="store_true")
    q.set_defaults(handler=cmd_step)

    q = rs.add_parser("issue", help="record credits issued for a monitoring period as a credit lot")
    q.add_argument("code")
    q.add_argument("period")
    q.add_argument("quantity", type=int)
    q.add_argument("--date", required=True, help="issuance date")
    q.add_argument("--serial-start", type=int, default=1)
    q.add_argument("--committee", help="the certification committee's decision (document or reference)")
    q.add_argument("--break-lock", action="store_true")
    q.set_defaults(handler=cmd_issue)

    q = rs.add_parser("check", help="the eligibility rules; exit 1 when one reports an error")
    q.add_argument("code")
    q.set_defaults(handler=cmd_check)

    for name, helptext in (
        ("pdd", "the project design document (PDF)"),
        ("report", "a monitoring report (PDF)"),
    ):
        q = rs.add_parser(name, help=helptext)
        q.add_argument("code")
        if name == "report":
            q.add_argument("period")
        q.add_argument("-o", "--out", required=True)
        q.add_argument("--lang", default="en", choices=["en", "ko"])
        q.set_defaults(handler=cmd_pdd if name == "pdd" else cmd_report)


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


def cmd_list(args) -> int:
    from workbench.services import reduction

    with _open(args) as p:
        rows = reduction.list_projects(p)
        for r in rows:
            print(f"{r['code']:<14} {r['standard']:<9} {r['name']}")
        print(f"{len(rows)} reduction project(s)")
    return 0


def cmd_show(args) -> int:
    from workbench.project.errors import ProjectError
    from workbench.services import reduction

    with _open(args) as p:
        rp = reduction.get(p, args.code)
        print(f"{rp.code}  {rp.name}  [{rp.standard}, {rp.methodology_id} {rp.methodology_version}]")
        print(
            f"  proponent {rp.proponent}; start {rp.effective_start}; crediting {rp.crediting_start}..{rp.crediting_end}"
        )
        print(f"  value chain: {rp.value_chain}; K-ETS entity: {'yes' if rp.kets_entity else 'no'}")
        try:
            ex = reduction.ex_ante(p, rp)
            t = reduction.fmt_tonnes  # the documents' formatter: the same string as the PDFs
            print(
                f"  ex ante per year: baseline {t(ex.baseline_t)} - project {t(ex.project_t)} - leakage "
                f"{t(ex.leakage_t)} = {t(ex.reduction_t)} tCO2e"
            )
        except ProjectError as exc:
            print(f"  ex ante: {exc}")
        for m in reduction.monitored_all(p, rp):
            r = m.result
            t = reduction.fmt_tonnes
            print(
                f"  {m.label}: baseline {t(r.baseline_t)} - project {t(r.project_t)} - leakage "
                f"{t(r.leakage_t)} = {t(m.reduction_t)} tCO2e (ex ante {t(m.ex_ante_t)})"
            )
        for s in reduction.tracker(p, rp):
            due = f" due {s.due}" + (" OVERDUE" if s.overdue else "") if s.due else ""
            print(
                f"  step {s.step.no} {s.step.title}{' [' + s.period + ']' if s.period else ''}: {s.state}{due}"
            )
        for i in reduction.issuances(p, rp):
            print(f"  issued {reduction.fmt_credits(i.quantity)} ({i.period}) {i.serial} [{i.status}]")
    return 0


def cmd_create(args) -> int:
    from workbench.project.errors import ProjectError
    from workbench.services import reduction

    start, sep, end = args.crediting.partition(":")
    if not sep:
        raise ProjectError(f"--crediting: '{args.crediting}' is not START:END")
    fields = dict(
        code=args.code,
        name=args.name,
        standard=args.standard,
        proponent=args.proponent,
        methodology_id=args.methodology,
        methodology_version=args.methodology_version,
        crediting_start=start,
        crediting_end=end,
        start_date=args.start_date,
        contract_date=args.contract_date,
        first_spend_date=args.first_spend_date,
        installation_date=args.installation_date,
        location=args.location,
        sector=args.sector,
        value_chain=args.value_chain,
        kets_entity=args.kets_entity,
        project_scale=args.scale,
        verifier=args.verifier,
    )
    with _open(args) as p:  # check first: opening for writing takes the lock, which touches the file
        reduction.create(p, dry_run=True, **fields)
    with _open(args, write=True) as p:
        reduction.create(p, **fields)
        print(f"recorded reduction project {args.code}")
    return 0


def cmd_readings(args) -> int:
    from workbench.services import reduction

    with _open(args) as p:  # check every row before opening for writing (the lock would touch the file)
        reduction.import_readings(p, args.code, args.parameter, args.data, args.date_order, dry_run=True)
    with _open(args, write=True) as p:
        n = reduction.import_readings(p, args.code, args.parameter, args.data, args.date_order)
        print(f"imported {n} reading(s) of {args.parameter}")
    return 0


def cmd_step(args) -> int:
    from workbench.services import reduction

    changes = {
        k: v
        for k, v in (
            ("state", args.state),
            ("started", args.started),
            ("submitted", args.submitted),
            ("completed", args.completed),
            ("documents", args.documents),
        )
        if v is not None
    }
    if args.extended:
        changes["extended"] = True
    with _open(args) as p:  # check first: opening for writing takes the lock, which touches the file
        reduction.set_step(p, args.code, args.step, args.period, dry_run=True, **changes)
    with _open(args, write=True) as p:
        reduction.set_step(p, args.code, args.step, args.period, **changes)
        for s in reduction.tracker(p, args.code):
            if s.step.key == args.step and s.period == args.period:
                due = f", review due {s.due}" + (" (overdue)" if s.overdue else "") if s.due else ""
                print(f"step {s.step.no} {s.step.title}: {s.state}{due}")
    return 0


def cmd_issue(args) -> int:
    from workbench.services import offsets, reduction

    with _open(args) as p:  # check first: opening for writing takes the lock, which touches the file
        reduction.issue(
            p,
            args.code,
            args.period,
            args.quantity,
            args.date,
            args.serial_start,
            args.committee,
            dry_run=True,
        )
    with _open(args, write=True) as p:
        lot_id = reduction.issue(
            p, args.code, args.period, args.quantity, args.date, args.serial_start, args.committee
        )
        print(f"issued {args.quantity} credits as lot {lot_id}: {offsets.get_lot(p, lot_id).serial}")
    return 0


def cmd_check(args) -> int:
    from workbench.services import documents

    with _open(args) as p:
        findings = documents.reduction_findings(p, args.code)
    for f in findings:
        print(f)
    errors = sum(f.severity == "error" for f in findings)
    print(f"{errors} error(s), {len(findings) - errors} other finding(s)")
    return 1 if errors else 0


def cmd_pdd(args) -> int:
    from workbench.services import documents

    with _open(args, write=True) as p:
        out = documents.build_pdd(p, args.code, args.out, args.lang)
    print(f"wrote {out}", file=sys.stdout)
    return 0


def cmd_report(args) -> int:
    from workbench.services import documents

    with _open(args, write=True) as p:
        out = documents.build_monitoring_report(p, args.code, args.period, args.out, args.lang)
    print(f"wrote {out}", file=sys.stdout)
    return 0
