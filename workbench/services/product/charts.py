"""Charts of a product result (matplotlib, no Qt), returned as PNG bytes for the product page:

- :func:`sankey_png`: the supply chain as a Sankey diagram drawn from the contribution tree
  (:class:`lca.product.results.TreeNode`): one column per tier, each process a bar whose height is
  its cumulative score, and a band from each process to the product that consumes it;
- :func:`comparison_png`: two variants side by side by life-cycle stage;
- :func:`histogram_png`: the Monte Carlo scores with the deterministic value and the 95 % interval
  (the footprint page's histogram, :func:`workbench.services.footprint.histogram_png`).

Labels come in already translated (the caller's language); the stage names of a result are keys
(``materials`` ...), looked up in ``labels``. :func:`sankey_layout` is the geometry alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field

COLUMN_COLOURS = ("#1b5e3b", "#3d8b5f", "#5b7b9a", "#7fb38f", "#d9a441", "#8c6d46", "#a3a3a3")


@dataclass
class SankeyNode:
    label: str
    score: float  # kg CO2e (cumulative, the tree node's score)
    direct: float
    depth: int
    y0: float = 0.0  # bottom of the bar, in chart units (1 = the largest column's total)
    height: float = 0.0
    children: list[int] = field(default_factory=list)  # indices into the node list
    kind: str = "process"  # process | other (the inputs below the cut-off, summed)


@dataclass
class SankeyLink:
    source: int  # consumer (the node the band enters)
    target: int  # supplier
    y_source: float  # bottom of the band at the consumer's bar
    height: float


def sankey_layout(tree, max_depth: int = 4, max_per_column: int = 12, other_label: str = "other inputs"):
    """Nodes and bands of the Sankey of ``tree`` (a TreeNode), root in column 0.

    Bar heights are |score| scaled so the tallest column fits in 1; a column keeps its
    ``max_per_column`` largest nodes and sums the rest, with every node's cut-off remainder, into
    one "other inputs" node per consumer. Children are stacked in the order of their consumer, so
    bands do not cross."""
    nodes: list[SankeyNode] = []

    def add(n, depth) -> int:
        i = len(nodes)
        nodes.append(SankeyNode(n.label, float(n.score), float(n.direct), depth))
        if depth >= max_depth:
            return i
        kids = sorted(n.children, key=lambda c: -abs(c.score))
        rest = float(n.cut) + sum(float(c.score) for c in kids[max_per_column:])
        for c in kids[:max_per_column]:
            nodes[i].children.append(add(c, depth + 1))
        if abs(rest) > 1e-9 * max(abs(n.score), 1e-30) and n.children:
            j = len(nodes)
            nodes.append(SankeyNode(other_label, rest, 0.0, depth + 1, kind="other"))
            nodes[i].children.append(j)
        return i

    add(tree, 0)
    depth_count = max(n.depth for n in nodes) + 1
    totals = [sum(abs(n.score) for n in nodes if n.depth == d) for d in range(depth_count)]
    gap_units = 0.02
    counts = [sum(1 for n in nodes if n.depth == d) for d in range(depth_count)]
    scale_total = max(
        t + gap_units * max(c - 1, 0) * max(totals) for t, c in zip(totals, counts, strict=True)
    )
    scale = 1.0 / scale_total if scale_total else 1.0
    gap = gap_units * max(totals) * scale
    for n in nodes:
        n.height = abs(n.score) * scale
    links: list[SankeyLink] = []
    # column by column: children follow their parent's order and start at its top, pushed down
    # (never up) so they do not overlap the previous node in their column
    nodes[0].y0 = 1.0 - nodes[0].height
    for d in range(depth_count - 1):
        parents = [i for i, n in enumerate(nodes) if n.depth == d]
        cursor = 1.0
        for p in parents:
            par = nodes[p]
            top = min(par.y0 + par.height, cursor)
            attach = par.y0 + par.height  # bands leave the parent's bar from the top down
            for c in par.children:
                ch = nodes[c]
                ch.y0 = top - ch.height
                top = ch.y0 - gap
                attach -= ch.height
                links.append(SankeyLink(p, c, attach, ch.height))
            cursor = top
    low = min(n.y0 for n in nodes)
    if low < 0:  # columns pushed below the frame: shift everything up and shrink to fit
        span = 1.0 - low
        for n in nodes:
            n.y0 = (n.y0 - low) / span
            n.height /= span
        for ln in links:
            ln.y_source = (ln.y_source - low) / span
            ln.height /= span
    return nodes, links


def _draw_sankey(ax, data, title):
    import numpy as np
    from matplotlib.patches import PathPatch, Rectangle
    from matplotlib.path import Path

    nodes, links, lab = data
    columns = max(n.depth for n in nodes) + 1
    width = 0.035
    step = 1.0

    def x(depth):
        return depth * step

    for ln in links:
        s, t = nodes[ln.source], nodes[ln.target]
        x0, x1 = x(s.depth) + width, x(t.depth)
        y0b, y0t = ln.y_source, ln.y_source + ln.height
        y1b, y1t = t.y0, t.y0 + t.height
        xm = (x0 + x1) / 2
        verts = [
            (x0, y0t),
            (xm, y0t),
            (xm, y1t),
            (x1, y1t),
            (x1, y1b),
            (xm, y1b),
            (xm, y0b),
            (x0, y0b),
            (x0, y0t),
        ]
        codes = [Path.MOVETO, Path.CURVE4, Path.CURVE4, Path.CURVE4, Path.LINETO]
        codes += [Path.CURVE4, Path.CURVE4, Path.CURVE4, Path.CLOSEPOLY]
        colour = "#c5221f" if t.score < 0 else COLUMN_COLOURS[t.depth % len(COLUMN_COLOURS)]
        ax.add_patch(PathPatch(Path(verts, codes), facecolor=colour, alpha=0.28, edgecolor="none"))
    for n in nodes:
        colour = "#a3a3a3" if n.kind == "other" else COLUMN_COLOURS[n.depth % len(COLUMN_COLOURS)]
        if n.score < 0:
            colour = "#c5221f"
        ax.add_patch(Rectangle((x(n.depth), n.y0), width, max(n.height, 0.002), color=colour))
        if n.height >= 0.012 or n.depth == 0:
            text = n.label if len(n.label) <= 34 else n.label[:32] + "…"
            ax.text(
                x(n.depth) + width * 1.4,
                n.y0 + n.height / 2,
                f"{text}  {n.score:,.3g}",
                va="center",
                ha="left",
                fontsize=6.5 if columns > 3 else 7.5,
                bbox={"facecolor": "white", "alpha": 0.75, "edgecolor": "none", "pad": 0.6},
            )
    ax.set_xlim(-0.05, x(columns - 1) + step * 0.95)
    ax.set_ylim(-0.02, 1.02)
    ax.set_xticks([x(d) + width / 2 for d in range(columns)])
    ax.set_xticklabels([lab["tier"].format(d) if d else lab["product"] for d in range(columns)], fontsize=8)
    ax.set_yticks([])
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    if title:
        ax.set_title(title, fontsize=10, loc="left")
    _ = np  # numpy is matplotlib's dependency; imported for the path arrays


def _render(draw, data, title: str, size, dpi: int, fmt: str) -> bytes:
    """PNG bytes, or with ``fmt="svg"`` the same chart as vector SVG (paths and text, no raster)."""
    from forms.charts.footprint import render_png, render_svg

    if fmt == "svg":
        return render_svg(draw, data, title, size=size)
    if fmt != "png":
        raise ValueError(f"chart format {fmt!r}: must be 'png' or 'svg'")
    return render_png(draw, data, title, size=size, dpi=dpi)


def sankey_png(
    tree,
    labels: dict | None = None,
    max_depth: int = 4,
    size=(9.0, 5.0),
    dpi: int = 110,
    lang: str = "en",
    fmt: str = "png",
) -> bytes:
    """The supply chain of ``tree`` (kg CO2e per functional unit) as a Sankey diagram, PNG bytes
    (SVG with ``fmt="svg"``). ``labels``: ``title``, ``product`` (column 0), ``tier``
    (``"tier {0}"``), ``other``; ``lang`` is accepted like the footprint charts' (labels come translated)."""
    lab = {"title": "", "product": "product", "tier": "tier {0}", "other": "other inputs", **(labels or {})}
    nodes, links = sankey_layout(tree, max_depth=max_depth, other_label=lab["other"])
    return _render(_draw_sankey, (nodes, links, lab), lab["title"], size, dpi, fmt)


def _draw_comparison(ax, data, title):
    import numpy as np

    rows, name_a, name_b, unit = data
    labels = [r[0] for r in rows]
    a = np.array([r[1] for r in rows], float)
    b = np.array([r[2] for r in rows], float)
    y = np.arange(len(rows))[::-1]
    h = 0.38
    ax.barh(y + h / 2, a, height=h, color="#5b7b9a", label=name_a)
    ax.barh(y - h / 2, b, height=h, color="#d9a441", label=name_b)
    ax.set_yticks(y, labels, fontsize=8)
    top = max(np.abs(np.concatenate((a, b))).max(initial=0.0), 1e-12)
    for yy, v in list(zip(y + h / 2, a, strict=True)) + list(zip(y - h / 2, b, strict=True)):
        ax.text(
            v + top * 0.01 if v >= 0 else v - top * 0.01,
            yy,
            f"{v:,.3g}",
            va="center",
            ha="left" if v >= 0 else "right",
            fontsize=7,
        )
    lo = min(0.0, float(np.concatenate((a, b)).min(initial=0.0)))
    ax.set_xlim(lo * 1.25 if lo < 0 else 0, top * 1.22)
    ax.axvline(0, color="#666666", linewidth=0.6)
    ax.set_xlabel(unit, fontsize=8)
    ax.tick_params(axis="x", labelsize=8)
    ax.legend(fontsize=8, frameon=False, loc="lower right")
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    if title:
        ax.set_title(title, fontsize=10, loc="left")


def comparison_png(
    comparison,
    labels: dict | None = None,
    size=(7.0, 3.2),
    dpi: int = 110,
    lang: str = "en",
    fmt: str = "png",
) -> bytes:
    """Two variants (an :class:`lca.product.results.Comparison`) by life-cycle stage, as grouped
    bars (kg CO2e per functional unit), PNG bytes (SVG with ``fmt="svg"``). ``labels``: ``title``,
    ``unit`` and a label per stage key (``materials``, ... ``end_of_life``); stages where both
    variants are 0 are left out."""
    from lca.product.model import STAGES

    lab = {"title": "", "unit": "kg CO2e", **(labels or {})}
    sa = {c.key: c.score for c in comparison.a.by_stage}
    sb = {c.key: c.score for c in comparison.b.by_stage}
    rows = [
        (lab.get(k, STAGES[k]), sa.get(k, 0.0), sb.get(k, 0.0))
        for k in STAGES
        if sa.get(k, 0.0) or sb.get(k, 0.0)
    ]
    data = (rows, comparison.a.system, comparison.b.system, lab["unit"])
    return _render(_draw_comparison, data, lab["title"], size, dpi, fmt)


def histogram(scores, bins: int = 40) -> dict:
    """``{"edges", "counts"}`` of the Monte Carlo scores (the stored form the footprint uses)."""
    import numpy as np

    arr = np.asarray(scores, float)
    arr = arr[np.isfinite(arr)]
    if arr.size == 0:
        return {"edges": [], "counts": []}
    counts, edges = np.histogram(arr, bins=max(1, int(bins)))
    return {"edges": [float(e) for e in edges], "counts": [int(c) for c in counts]}


def histogram_png(
    mc, deterministic: float | None, labels: dict | None = None, lang: str = "en", fmt: str = "png"
) -> bytes:
    """The product Monte Carlo (a :class:`lca.product.results.MonteCarloResult`) as a histogram with
    the deterministic score and the 95 % interval marked; ``labels`` as the footprint's histogram
    (``x``, ``y``, ``deterministic``, ``interval``, ``title``); ``lang`` and ``fmt`` as its."""
    from workbench.services.footprint import histogram_png as draw

    data = {
        "histogram": histogram(mc.scores),
        "total": {"p2_5": mc.p2_5, "p97_5": mc.p97_5, "mean": mc.mean},
        "deterministic": deterministic,
    }
    return draw(data, {"x": "kg CO2e", **(labels or {})}, lang=lang, fmt=fmt)
