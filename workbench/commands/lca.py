"""cnw lca FILE [--product NAME]: product carbon footprints (contribution table, tree, Monte Carlo,
comparison, credits per unit sold, result CSV). Without --product it lists the product systems.

cnw lca setup [--full] (or ``cnw lca --full-biosphere``): build Brightway's data, the full biosphere3
with --full. cnw lca FILE --import PATH --format F --name DB [--link-to DB2] [--link KEY=DB|CODE]
[--drop-unlinked]: import a background database (ecospold2 folder or .spold file, SimaPro CSV,
Brightway Excel); unlinked exchanges are listed and the import refused unless linked or dropped."""

from __future__ import annotations

import sys


def register(sub) -> None:
    p = sub.add_parser("lca", help="product carbon footprint (cradle-to-grave) of a product system")
    p.add_argument("file", nargs="?", help="project file (.cnw), or 'setup' to build Brightway's data")
    p.add_argument(
        "--full-biosphere",
        "--full",
        dest="full_biosphere",
        action="store_true",
        help="build the full biosphere3 (4,709 flows, needed before importing ecoinvent) first",
    )
    p.add_argument("--import", dest="import_path", metavar="PATH", help="import a background database")
    p.add_argument("--format", choices=["ecospold2", "simapro_csv", "excel"], help="format of --import")
    p.add_argument("--name", metavar="DB", help="name of the imported background database")
    p.add_argument("--db-version", default="", help="release / version of the imported database")
    p.add_argument("--licensed", action="store_true", help="the imported data is licensed (e.g. ecoinvent)")
    p.add_argument(
        "--link-to",
        action="append",
        default=[],
        metavar="DB",
        help="background database the imported file's inputs come from (repeatable)",
    )
    p.add_argument(
        "--link",
        action="append",
        default=[],
        metavar="KEY=DB|CODE",
        help="link the unlinked exchange KEY (as listed: type|name|unit|category) to DB|CODE (repeatable)",
    )
    p.add_argument(
        "--drop-unlinked",
        action="store_true",
        help="drop exchanges that cannot be linked (the list is kept in the project's import record)",
    )
    p.add_argument("--product", metavar="NAME", help="product system to calculate (omit to list them)")
    p.add_argument("--gwp", choices=["SAR", "AR4", "AR5", "AR6"], help="GWP set (default: the project's)")
    p.add_argument("--top", type=int, default=10, help="rows in the process and flow tables (default 10)")
    p.add_argument("--tree", action="store_true", help="print the supply-chain tree")
    p.add_argument(
        "--cutoff", type=float, default=0.01, help="tree cut-off as a fraction of the total (default 0.01)"
    )
    p.add_argument("--compare", metavar="OTHER", help="a second product system to show side by side")
    p.add_argument("--monte-carlo", type=int, metavar="N", help="run N Monte Carlo iterations")
    p.add_argument("--seed", type=int, default=42, help="Monte Carlo seed (default 42)")
    p.add_argument(
        "--credits",
        action="store_true",
        help="credits needed = footprint per unit x units sold in the current period",
    )
    p.add_argument("--csv", metavar="OUT", help="write the result rows to this CSV file")
    p.add_argument(
        "--export",
        metavar="OUT",
        help="write the result with its tree (and the comparison and Monte Carlo, when asked) to "
        "this .csv or .xlsx file",
    )
    p.add_argument(
        "--save-cache",
        action="store_true",
        help="open for editing and store background per-unit scores in the file",
    )
    p.set_defaults(handler=cmd_lca)


def _fmt(v: float) -> str:
    return f"{v:,.4g}" if abs(v) < 1000 else f"{v:,.1f}"


def _table(title, rows, label_w=46):
    print(f"\n{title}")
    print(f"  {'':{label_w}} {'kg CO2e':>12} {'share':>8}")
    for c in rows:
        label = c.label if len(c.label) <= label_w else c.label[: label_w - 1] + "…"
        print(f"  {label:{label_w}} {_fmt(c.score):>12} {c.share:>8.1%}")


def _tree(node, depth=0, max_depth=6):
    pad = "  " * (depth + 1)
    print(
        f"{pad}{node.label}: {_fmt(node.amount)} {node.unit} -> {_fmt(node.score)} kg CO2e "
        f"(direct {_fmt(node.direct)})"
    )
    for child in node.children:
        if depth < max_depth:
            _tree(child, depth + 1, max_depth)
    if node.cut:
        print(f"{pad}  (below cut-off: {_fmt(node.cut)} kg CO2e)")


def _progress(frac, msg):
    print(f"  [{frac:4.0%}] {msg}", file=sys.stderr)


def _setup(full: bool) -> int:
    from workbench.services.common import brightway

    brightway.ensure_setup(progress=_progress)
    if full:
        if not brightway.build_full_biosphere(progress=_progress):
            print("The full biosphere3 is already built.")
        else:
            print("Built the full biosphere3.")
    print(f"Brightway data folder: {brightway.data_folder()}")
    return 0


def _import(p, args) -> int:
    from workbench.services import product

    if not (args.format and args.name):
        print("cnw lca: --import needs --format and --name", file=sys.stderr)
        return 2
    links = {}
    for item in args.link:
        key, sep, target = item.rpartition("=")
        if not sep:
            print(f"cnw lca: --link '{item}': use KEY=DB|CODE", file=sys.stderr)
            return 2
        links[key] = target
    try:
        s = product.import_background(
            p,
            args.import_path,
            args.format,
            args.name,
            version=args.db_version,
            licensed=args.licensed,
            progress=_progress,
            link_to=args.link_to,
            links=links or None,
            unlinked="drop" if args.drop_unlinked else "refuse",
        )
    except product.ProductError as exc:
        print(f"cnw: error: {exc}", file=sys.stderr)
        for u in getattr(exc, "unlinked", [])[10:]:
            print(f"  {u.line()}", file=sys.stderr)
        if getattr(exc, "unlinked", None):
            print("Keys for --link (type|name|unit|category):", file=sys.stderr)
            for key in dict.fromkeys(u.key for u in exc.unlinked):
                print(f"  {key}", file=sys.stderr)
        return 2
    print(f"Imported {s.activities} activities, {s.exchanges} exchanges into '{s.database}'")
    if s.linked_to_background:
        print(f"  {s.linked_to_background} exchange(s) linked to {', '.join(args.link_to)}")
    for line in s.linked_by_choice:
        print(f"  linked: {line}")
    for line in s.dropped:
        print(f"  left out: {line}")
    for w in s.warnings:
        print(f"  warning: {w}")
    return 0


def cmd_lca(args) -> int:
    from pathlib import Path

    from workbench import open_project
    from workbench.services import product

    if args.file in (None, "setup") and not (args.file and Path(args.file).exists()):
        if args.file is None and not args.full_biosphere:
            print("cnw lca: give a project file, or 'setup' [--full]", file=sys.stderr)
            return 2
        return _setup(args.full_biosphere)
    if args.full_biosphere:
        _setup(True)
    if args.import_path:
        with open_project(args.file, mode="edit") as p:
            return _import(p, args)
    mode = "edit" if args.save_cache else "read"
    with open_project(args.file, mode=mode) as p:
        if not args.product:
            items = product.list_products(p)
            if not items:
                print("No product systems in this file.")
                return 0
            print(f"{'product system':30} {'functional unit':30} {'activities':>10}")
            for it in items:
                print(f"{it['name']:30} {it['functional_unit']:30} {it['activities']:>10}")
            return 0
        r = product.calculate(
            p, args.product, gwp_set=args.gwp, tree_cutoff=args.cutoff, top=args.top, store=args.save_cache
        )
        print(f"Product system: {r.system}")
        print(f"Functional unit: {r.functional_unit or '(not stated)'}")
        print(f"GWP set: {r.gwp_set} (100-year)")
        print(f"Footprint: {_fmt(r.score)} kg CO2e per functional unit")
        for ref, src in sorted(r.background_sources.items()):
            print(f"  background '{ref}': {_fmt(r.background_scores[ref])} kg CO2e per unit ({src})")
        for w in r.warnings:
            print(f"  note: {w}")
        _table("Contribution by life-cycle stage", r.by_stage)
        _table(f"Contribution by process (top {args.top})", r.by_process)
        _table(f"Contribution by elementary flow (top {args.top})", r.by_flow)
        if args.tree and r.tree is not None:
            print(f"\nSupply-chain tree (cut-off {args.cutoff:.1%} of the total)")
            _tree(r.tree)
        cmp = mc = None
        if args.compare:
            cmp = product.compare(p, args.product, args.compare, gwp_set=r.gwp_set)
            print(f"\nComparison: A = {args.product}, B = {args.compare} (kg CO2e per functional unit)")
            print(f"  {'stage':30} {'A':>12} {'B':>12} {'B - A':>12}")
            for row in cmp.rows:
                print(
                    f"  {row['stage']:30} {_fmt(row['a']):>12} {_fmt(row['b']):>12} {_fmt(row['difference']):>12}"
                )
        if args.monte_carlo:
            mc = product.monte_carlo(
                p,
                args.product,
                iterations=args.monte_carlo,
                seed=args.seed,
                gwp_set=r.gwp_set,
                progress=_progress,
            )
            print(
                f"\nMonte Carlo ({mc.iterations} iterations, seed {mc.seed}): mean {_fmt(mc.mean)}, "
                f"median {_fmt(mc.median)}, 95 % interval {_fmt(mc.p2_5)} .. {_fmt(mc.p97_5)} kg CO2e"
            )
        if args.credits:
            tonnes = product.credits_needed(p, args.product, result=r)
            units = product.units_sold(p, args.product)
            print(
                f"\nCredits needed: {_fmt(r.score)} kg CO2e x {units:,.0f} units sold = {tonnes:,.3f} tCO2e"
            )
            warning = product.eu_claim_warning(p, args.product)
            if warning:
                print(f"Warning: {warning}")
        if args.csv:
            product.write_result_csv(r, args.csv)
            print(f"\nWrote {args.csv}")
        if args.export:
            product.export_result(args.export, r, cmp, mc)
            print(f"\nWrote {args.export}")
    return 0
