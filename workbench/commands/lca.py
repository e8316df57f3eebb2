"""cnw lca FILE [--product NAME]: product carbon footprints (contribution table, tree, Monte Carlo,
comparison, credits per unit sold, result CSV). Without --product it lists the product systems."""

from __future__ import annotations

import sys


def register(sub) -> None:
    p = sub.add_parser("lca", help="product carbon footprint (cradle-to-grave) of a product system")
    p.add_argument("file", help="project file (.cnw)")
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


def cmd_lca(args) -> int:
    from workbench import open_project
    from workbench.services import product

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
    return 0
