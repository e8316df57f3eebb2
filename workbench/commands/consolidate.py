"""cnw consolidate GROUP.cnw SUB1.cnw[=ENTITY] ... [--status] [--structural] [--json]
cnw entities FILE [list | add NAME KIND ... | set NAME ... | site SITE ENTITY | transfer SELLER BUYER MWH RATE]

The organisational boundary and group inventories (services ``entities`` and ``consolidation``)."""

from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser(
        "consolidate",
        help="build or refresh a group inventory from subsidiaries' project files (read-only)",
    )
    p.add_argument("group", help="the group's project file")
    p.add_argument("subsidiaries", nargs="*", metavar="SUB.cnw[=ENTITY]", help="subsidiaries' files")
    p.add_argument("--period", help="period id or label of the group (default: the current period)")
    p.add_argument("--status", action="store_true", help="only show which subsidiaries are stale")
    p.add_argument("--structural", action="store_true", help="also run the base-year structural-change check")
    p.add_argument("--json", action="store_true", help="print the group inventory as JSON")
    p.set_defaults(handler=cmd_consolidate)

    e = sub.add_parser(
        "entities", help="entities of the organisational boundary: equity share, control, sites"
    )
    e.add_argument("file")
    es = e.add_subparsers(dest="entities_command", metavar="ACTION")
    es.add_parser("list", help="entities, their sites and the share each is counted at")
    a = es.add_parser("add", help="add an entity")
    a.add_argument("name")
    a.add_argument("kind", help="subsidiary, joint venture, associate, franchise or leased asset")
    for name in (es.add_parser("set", help="change an entity"),):
        name.add_argument("name")
    for parser in (a, es.choices["set"]):
        parser.add_argument("--equity", dest="equity_pct", help="equity share, %%")
        parser.add_argument("--financial-control", choices=["yes", "no", "joint"])
        parser.add_argument("--operational-control", choices=["yes", "no"])
        parser.add_argument("--acquired", help="YYYY-MM-DD")
        parser.add_argument("--divested", help="YYYY-MM-DD")
        parser.add_argument(
            "--base-year-t", dest="base_year_tco2e", help="its emissions in the base year, tCO2e"
        )
        parser.add_argument("--evidence", help="where ownership and control are documented")
    s = es.add_parser("site", help="a site belongs to an entity")
    s.add_argument("site")
    s.add_argument("entity")
    t = es.add_parser("transfer", help="energy one entity sold to another (eliminated at group level)")
    t.add_argument("seller")
    t.add_argument("buyer")
    t.add_argument("mwh")
    t.add_argument("rate", help="the buyer's scope 2 rate for it, kg CO2e/MWh")
    t.add_argument("--energy", default="electricity", choices=["electricity", "heat", "steam", "cooling"])
    t.add_argument("--evidence")
    e.set_defaults(handler=cmd_entities)


def _fields(args) -> dict:
    keys = (
        "equity_pct",
        "financial_control",
        "operational_control",
        "acquired",
        "divested",
        "base_year_tco2e",
        "evidence",
    )
    return {k: getattr(args, k) for k in keys if getattr(args, k, None) is not None}


def _entities_text(project) -> str:
    from workbench.services import entities

    plan = entities.plan(project)
    lines = [f"consolidation approach: {plan.approach}"]
    lines.append(f"{'entity':<28} {'kind':<24} {'equity':>7} {'fin.':>5} {'oper.':>5} {'share':>7}  sites")
    for e in plan.entities:
        lines.append(
            f"{e.name[:28]:<28} {e.kind:<24} {e.equity_pct:>6.4g}% {e.financial_control:>5} "
            f"{e.operational_control:>5} {e.share_pct:>6.4g}%  {', '.join(e.sites) or '-'}"
            + (f"  acquired {e.acquired}" if e.acquired else "")
            + (f"  divested {e.divested}" if e.divested else "")
        )
    return "\n".join(lines)


def cmd_entities(args) -> int:
    from workbench import open_project
    from workbench.services import consolidation, entities

    action = args.entities_command or "list"
    p = open_project(args.file, mode="read" if action == "list" else "edit")
    try:
        if action == "add":
            entities.add_entity(p, args.name, args.kind, **_fields(args))
        elif action == "set":
            entities.update_entity(p, args.name, **_fields(args))
        elif action == "site":
            entities.assign_site(p, args.site, args.entity)
        elif action == "transfer":
            consolidation.add_transfer(
                p, args.seller, args.buyer, args.mwh, args.rate, energy=args.energy, evidence=args.evidence
            )
        print(_entities_text(p))
    finally:
        p.close()
    return 0


def _pairs(subs):
    return [(s, None) if isinstance(s, str) else s for s in subs]


def _t(value, decimals: int = 2) -> str:
    return f"{value:,.{decimals}f}"


def _split(arg: str):
    if "=" in arg and not arg.endswith("="):
        path, entity = arg.rsplit("=", 1)
        return path, entity
    return arg


def _inventory_text(inv: dict) -> str:
    out = [f"group inventory {inv['period']} ({inv['approach']}, {inv['gwp_set']})"]
    out.append(f"{'part':<28} {'share':>7} {'gross t':>14} {'counted t':>14}  from")
    for x in inv["parts"]:
        out.append(
            f"{x['entity'][:28]:<28} {x['share_pct']:>6.4g}% {_t(x['gross_t'], 2):>14} "
            f"{_t(x['counted_t'], 2):>14}  {x['source']}"
            + (f" [{x['verification']}]" if x.get("verification") else "")
        )
    for t in inv["transfers"]:
        out.append(
            f"intra-group {t['energy']} {t['seller']} -> {t['buyer']} {_t(t['quantity_mwh'], 1)} MWh: "
            f"-{_t(t['eliminated_t'], 2)} t of scope 2 at {t['overlap_pct']:.4g}% (counted once)"
        )
    for s in ("1", "2", "3"):
        out.append(f"scope {s}: {_t(inv['by_scope'].get(s, 0.0), 2)} tCO2e")
    out.append(f"group total: {_t(inv['total'], 2)} tCO2e")
    out += [f"warning: {w}" for w in inv["warnings"]]
    return "\n".join(out)


def _structural_text(chk: dict) -> str:
    out = [
        f"base year {chk['base_period']}: original {_t(chk['original_total'], 2)} tCO2e "
        f"({chk['original_from']}), restated {_t(chk['restated_total'], 2)} tCO2e"
    ]
    for c in chk["changes"]:
        out.append(
            f"  {c['change']} of {c['entity']} on {c['date']}: {_t(c['base_year_tco2e'], 2)} t x "
            f"{c['share_pct']:.4g}% = {_t(c['adjustment_t'], 2)} t"
        )
    if chk["change_pct"] is not None and chk["changes"]:
        verdict = "recalculation required" if chk["recalculation_required"] else "below the threshold"
        out.append(f"  change {chk['change_pct']:.2f}% vs threshold {chk['threshold_pct']:g}%: {verdict}")
    elif not chk["changes"]:
        out.append("  no acquisition or divestment since the base year")
    out += [f"  {m}" for m in chk["messages"]]
    return "\n".join(out)


def cmd_consolidate(args) -> int:
    import json

    from workbench import open_project
    from workbench.project.errors import ProjectError
    from workbench.services import consolidation
    from workbench.services.common.periods import period_id_by_label

    subs = [_split(a) for a in args.subsidiaries]
    reads = None
    if subs and not args.status:
        # every subsidiary is read and checked with the group open read-only first: a bad file
        # leaves the group file byte-identical (opening for editing writes the lock record)
        ro = open_project(args.group, mode="read")
        try:
            period = ro.one("SELECT * FROM periods WHERE id = ?", (period_id_by_label(ro, args.period),))
            period = period or ro.current_period()
            reads = [consolidation.read_subsidiary(ro, str(p), e, period) for p, e in _pairs(subs)]
        finally:
            ro.close()
    read_only = reads is None
    g = open_project(args.group, mode="read" if read_only else "edit")
    try:
        if not read_only and g.read_only:
            raise ProjectError(f"{args.group}: cannot consolidate: {g.read_only_reason}; nothing was changed")
        pid = period_id_by_label(g, args.period)
        if args.status:
            for s in consolidation.status(g, pid):
                reason = f"  ({s['reason']})" if s["reason"] else ""
                print(f"{s['entity']:<28} {s['state']:<10} {s['file_path']}{reason}")
            return 0
        if reads is not None:
            for r in consolidation.consolidate(g, subs, pid, reader=lambda *_: reads):
                note = " (refreshed: file changed)" if r["changed_since_last"] else ""
                note = note or (" (refreshed)" if r["refreshed"] else "")
                print(
                    f"{r['entity']}: {r['basis']}, {r['verification']}, snapshot {r['snapshot_hash'][:12]}{note}"
                )
        inv = consolidation.group_inventory(g, pid)
        chk = note = None
        if args.structural:
            try:
                chk = consolidation.structural_check(g, pid)
            except ProjectError as exc:  # no base year: the inventory above still stands
                note = f"structural-change check: {exc}"
        if args.json:
            if chk is not None:
                inv = {**inv, "structural": chk}
            print(json.dumps(inv, ensure_ascii=False, indent=1, sort_keys=True, default=str))
        else:
            print(_inventory_text(inv))
            if chk is not None:
                print(_structural_text(chk))
            if note:
                print(note)
            stale = [s for s in consolidation.status(g, pid) if s["state"] != "current"]
            for s in stale:
                print(f"{s['entity']}: {s['state']}: {s['reason']}")
    finally:
        g.close()
    return 0
