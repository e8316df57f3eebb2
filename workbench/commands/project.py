"""cnw new | info | import-activities | log show/verify | attach | snapshot | demo."""

from __future__ import annotations

import sys


def register(sub) -> None:
    p = sub.add_parser("new", help="create a project file")
    p.add_argument("file")
    p.add_argument("--organisation", required=True)
    p.add_argument("--subject", help="subject name (default: the organisation)")
    p.add_argument(
        "--kind", default="organisation", choices=["organisation", "product", "service", "building", "event"]
    )
    p.add_argument("--period", default="2025-01-01:2025-12-31", help="START:END (ISO dates)")
    p.add_argument("--gwp", default="AR6", choices=["SAR", "AR4", "AR5", "AR6"])
    p.add_argument("--standard", default="ISO14068-1", choices=["ISO14068-1", "PAS2060"])
    p.set_defaults(handler=cmd_new)

    p = sub.add_parser("info", help="show what a project file holds")
    p.add_argument("file")
    p.add_argument("--full-check", action="store_true", help="run PRAGMA integrity_check (slower)")
    p.set_defaults(handler=cmd_info)

    p = sub.add_parser("import-activities", help="import activity data from CSV or .xlsx")
    p.add_argument("file")
    p.add_argument("data", help="CSV or .xlsx file")
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help="column mapping, e.g. --map quantity=사용량 (repeatable)",
    )
    p.add_argument("--sheet")
    p.add_argument("--period", help="period label (default: the current period)")
    p.add_argument(
        "--date-order",
        choices=["DMY", "MDY"],
        help="order of slashed dates such as 03/04/2025 (default: decided by the file when a day is over 12)",
    )
    p.add_argument(
        "--decimal",
        choices=[".", ","],
        help="decimal mark of numbers written as text (default '.', ',' for semicolon-delimited files)",
    )
    p.add_argument("--encoding", help="text encoding (default: detected: UTF-8, UTF-16 with BOM, CP949)")
    p.add_argument("--check", action="store_true", help="check only; write nothing")
    p.add_argument("--break-lock", action="store_true")
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("log", help="the audit log")
    lsub = p.add_subparsers(dest="log_command", metavar="show|verify", required=True)
    q = lsub.add_parser("show", help="print the audit log")
    q.add_argument("file")
    q.add_argument("--last", type=int, default=50)
    q.set_defaults(handler=cmd_log_show)
    q = lsub.add_parser("verify", help="prove the hash chain or name the first broken row")
    q.add_argument("file")
    q.set_defaults(handler=cmd_log_verify)

    p = sub.add_parser("attach", help="store an evidence file inside the project")
    p.add_argument("file")
    p.add_argument("evidence")
    p.add_argument("--to", metavar="TABLE:ID", help="link it to a row, e.g. activities:12")
    p.add_argument("--note")
    p.add_argument("--break-lock", action="store_true")
    p.set_defaults(handler=cmd_attach)

    p = sub.add_parser("snapshot", help="print the canonical snapshot hash (or write the snapshot)")
    p.add_argument("file")
    p.add_argument("-o", "--output", help="write the canonical snapshot JSON here")
    p.set_defaults(handler=cmd_snapshot)

    p = sub.add_parser("demo", help="build the demo project and run the whole journey on it")
    p.add_argument("--out", default="demo-output", help="output folder (default: ./demo-output)")
    p.add_argument("--no-gui", action="store_true", help="do not open the app afterwards")
    p.set_defaults(handler=cmd_demo)


def _open(path, write=False, break_lock=False):
    from workbench import open_project

    p = open_project(path, mode="edit" if write else "read", break_lock=break_lock)
    if write and p.read_only:
        p.close()
        from workbench.project.errors import ReadOnlyError

        raise ReadOnlyError(f"{path}: cannot write: {p.read_only_reason}", path)
    return p


def cmd_new(args) -> int:
    from workbench import new_project

    start, _, end = args.period.partition(":")
    with new_project(
        args.file,
        args.organisation,
        subject_name=args.subject,
        subject_kind=args.kind,
        period_start=start,
        period_end=end,
        gwp_set=args.gwp,
        standard=args.standard,
    ) as p:
        print(f"created {args.file} (file id {p.file_id})")
    return 0


def cmd_info(args) -> int:
    from workbench import open_project
    from workbench.services.boundary import info as project_info

    with open_project(args.file, mode="read", integrity="full" if args.full_check else "quick") as p:
        print(project_info.describe(p))
    return 0


def cmd_import(args) -> int:
    from workbench.project.errors import InputError
    from workbench.services import boundary, inventory

    mapping = {}
    for m in args.map:
        k, sep, v = m.partition("=")
        if not sep:
            print(f"cnw: error: --map {m!r}: use FIELD=COLUMN", file=sys.stderr)
            return 2
        mapping[k.strip()] = v.strip()

    def progress(frac, msg):
        print(f"  {msg}", file=sys.stderr)

    options = {"date_order": args.date_order, "decimal": args.decimal, "encoding": args.encoding}
    # Check first with the file open read-only, so bad input never touches the project file
    # (not even the lock record); then import for real.
    with _open(args.file) as p:
        period_id = boundary.period_by_label(p, args.period)["id"] if args.period else None
        try:
            res = inventory.import_activities(
                p,
                args.data,
                mapping or None,
                period_id,
                args.sheet,
                preview=True,
                progress=progress,
                **options,
            )
        except InputError as exc:
            print(f"cnw: error: {exc}", file=sys.stderr)
            return 1
        if res.errors:
            print(
                f"cnw: error: {res.filename}: {len(res.errors)} problem(s) found; nothing was imported",
                file=sys.stderr,
            )
            for e in res.errors[:20]:
                print(f"  {e}", file=sys.stderr)
            return 1
    if args.check:
        print(f"{res.filename}: {res.rows:,} rows would be imported; no problems found")
        return 0
    with _open(args.file, write=True, break_lock=args.break_lock) as p:
        try:
            res = inventory.import_activities(
                p, args.data, mapping or None, period_id, args.sheet, progress=progress, **options
            )
        except InputError as exc:
            print(f"cnw: error: {exc}", file=sys.stderr)
            return 1
        print(
            f"{res.filename}: imported {res.rows:,} rows (batch {res.batch_id}, sha256 {res.sha256[:12]}...; "
            f"read as {res.format})"
        )
    return 0


def cmd_log_show(args) -> int:
    with _open(args.file) as p:
        rows = p.rows(
            "SELECT id, ts, user, action, tbl, row_id, op, old, new FROM audit_log ORDER BY id DESC LIMIT ?",
            (args.last,),
        )
        for r in reversed(rows):
            target = f"{r['tbl']}#{r['row_id']}" if r["row_id"] is not None else (r["tbl"] or "")
            detail = r["new"] if r["op"] != "delete" else r["old"]
            if detail and len(detail) > 100:
                detail = detail[:97] + "..."
            print(
                f"{r['id']:>6} {r['ts'][:19]} {r['user']:<12} {r['op']:<11} {target:<22} {r['action']} {detail or ''}"
            )
    return 0


def cmd_log_verify(args) -> int:
    with _open(args.file) as p:
        report = p.audit_verify()
    print(("OK: " if report.ok else "FAILED: ") + report.message)
    return 0 if report.ok else 1


def cmd_attach(args) -> int:
    link = None
    if args.to:
        tbl, sep, rid = args.to.rpartition(":")
        if not sep or not tbl:
            from workbench.project.errors import ProjectError

            raise ProjectError(f"--to {args.to!r}: give TABLE:ROW, for example activities:12")
        link = (tbl, rid)
        from workbench import open_project
        from workbench.project.attachments import link_target

        with open_project(args.file, mode="read") as ro:  # checked before the lock touches the file
            link = link_target(ro, tbl, rid)
    with _open(args.file, write=True, break_lock=args.break_lock) as p:
        att = p.attach(args.evidence, link=link, note=args.note)
        print(f"attached {args.evidence} as attachment {att}")
    return 0


def cmd_snapshot(args) -> int:
    with _open(args.file) as p:
        if args.output:
            from workbench.project import snapshot

            with open(args.output, "w", encoding="utf-8") as fh:
                for i, line in enumerate(snapshot.iter_lines(p.conn)):
                    fh.write(("\n" if i else "") + line)
        print(p.snapshot_hash())
    return 0


def cmd_demo(args) -> int:
    from workbench import demo

    path = demo.run(args.out, log=lambda msg: print(msg, flush=True))
    if not args.no_gui and demo.display_available():
        from workbench.commands.gui import run_gui

        return run_gui(str(path))
    return 0
