"""Offsets benchmark: double-counting sweep and portfolio MILP.

    .venv/bin/python benchmarks/offsets.py            # 100,000 lots; portfolio over 10,000; naive on 5,000
    .venv/bin/python benchmarks/offsets.py --quick    # 10,000 / 1,000 / 1,000

Targets (issue 5): overlap detection over 100,000 lots under 1 s; portfolio selection over 10,000
lots under 5 s. Baseline in the same run: a naive pairwise overlap check on 5,000 lots, next to the
sweep on the same 5,000 lots. Data is synthetic and seeded (reproducible).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from offsets.lots import CreditLot  # noqa: E402
from offsets.overlap import double_counting_findings, find_overlaps, find_overlaps_naive, lot_span  # noqa: E402
from offsets.portfolio import Constraints, select  # noqa: E402


def make_lots(n: int, seed: int = 1, overlap_rate: float = 0.001) -> list[CreditLot]:
    """n generic-range lots in n/200 numbering blocks, back to back, with a few deliberate overlaps."""
    rng = random.Random(seed)
    lots, next_start = [], {}
    blocks = max(1, n // 200)
    for i in range(n):
        b = rng.randrange(blocks)
        start = next_start.get(b, 1)
        qty = rng.randrange(10, 5000)
        if rng.random() < overlap_rate and start > 100:
            start -= rng.randrange(1, 50)  # re-uses a few credits of the previous lot
        end = start + qty - 1
        next_start[b] = end + 1
        year = rng.randrange(2016, 2025)
        lots.append(
            CreditLot(
                "KCCI",
                "KCS",
                "KCR",
                f"KCCI/KCR-B{b:05d}/{start}-{end}",
                qty,
                id=i + 1,
                serial_key=f"KCCI/KCR-B{b:05d}",
                serial_start=start,
                serial_end=end,
                project_id=f"P{rng.randrange(n // 20 + 1)}",
                price=round(rng.uniform(3, 60), 2),
                kind="removal" if rng.random() < 0.15 else "avoidance",
                vintage_start=dt.date(year, 1, 1),
                vintage_end=dt.date(year, 12, 31),
                host_country=rng.choice(["KR", "KR", "VN", "ID", "IN", "KE"]),
            )
        )
    rng.shuffle(lots)
    return lots


def timed(fn, *a, **kw):
    t = time.perf_counter()
    out = fn(*a, **kw)
    return out, time.perf_counter() - t


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="small run (10,000 / 1,000 / 1,000 lots)")
    args = ap.parse_args(argv)
    n_overlap, n_portfolio, n_naive = (10_000, 1_000, 1_000) if args.quick else (100_000, 10_000, 5_000)

    print(f"offsets benchmark ({'quick' if args.quick else 'full'}): Python {sys.version.split()[0]}")
    import numpy  # noqa: F401  (imported once per process; not part of the timed work)

    lots = make_lots(n_overlap)
    findings, t_find = timed(double_counting_findings, lots)
    print(
        f"double counting (sort + sweep, findings with both lots), {n_overlap:,} lots: {t_find:.3f} s, "
        f"{len(findings)} findings  [target < 1 s: {'OK' if t_find < 1 else 'MISSED'}]"
    )
    spans = [lot_span(lot) for lot in lots]

    small = spans[:n_naive]
    naive, t_naive = timed(find_overlaps_naive, small)
    fast, t_fast = timed(find_overlaps, small)
    print(
        f"naive pairwise, {n_naive:,} lots: {t_naive:.3f} s ({len(naive)} pairs); sweep on the same lots: "
        f"{t_fast:.4f} s ({len(fast)}); naive/sweep = {t_naive / max(t_fast, 1e-9):,.0f}x"
    )

    plots = make_lots(n_portfolio, seed=2, overlap_rate=0)
    supply = sum(lot.quantity for lot in plots)
    residual = supply * 0.3
    c = Constraints(min_removal_share=0.10, vintage_from=2018, max_project_share=0.05)
    sel, t_sel = timed(select, plots, residual, c)
    print(
        f"portfolio MILP, {n_portfolio:,} lots, residual {residual:,.0f} t (min removal 10%, vintage 2018+, "
        f"max 5% per project): {t_sel:.3f} s, {'feasible' if sel.feasible else sel.explanation}, "
        f"{len(sel.picks)} lots, cost {sel.cost:,.0f}  [target < 5 s: {'OK' if t_sel < 5 else 'MISSED'}]"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
