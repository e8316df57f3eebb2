"""Benchmark the printed documents.

1. Certificate + QES for the demo project (the demo journey: footprint through Brightway, plan,
   offsets, signed verification; sources without a shipped factor are excluded with a reason so
   the claim can be certified). Target: under 3 s for both.
2. A 100-page client dossier (the sample claim with a large ledger and credit portfolio).
   Target: under 20 s.

Each is printed next to a baseline measured in the same run: reportlab laying out plain paragraphs
in the same embedded font (one page for the certificate + QES, the same page count for the dossier),
so the ratio says what the workbench adds on top of reportlab itself.

    python benchmarks/documents.py            # full run
    python benchmarks/documents.py --quick    # 20-page dossier
    python benchmarks/documents.py --render docs/documents   # also write PNG renders of every document
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import workbench.demo as demo_steps

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def certifiable_demo(out: Path) -> Path:
    """Run the demo journey into ``out`` and return the project path (closed)."""
    from workbench import demo
    from workbench.services import boundary, footprint

    quiet = lambda *_: None  # noqa: E731
    p = demo.build(out / "demo.cnw", out / "inputs", log=quiet)
    demo_steps.footprint.run(p, out, quiet)
    for src in p.rows("SELECT id FROM sources WHERE included = 1 AND factor_id IS NULL"):
        boundary.set_inclusion(p, src["id"], False, "No emission factor in the shipped library (benchmark)")
    for period in p.periods():
        footprint.calculate(p, period_id=period["id"])
    for step in (demo_steps.plan, demo_steps.offsets, demo_steps.verification):
        step.run(p, out, quiet)
    p.close()
    return out / "demo.cnw"


def big_claim(n_sources: int, n_credits: int):
    """The sample claim with a large source table and credit portfolio (for page count)."""
    import copy

    from forms.model import Line
    from tests.helpers.sample_documents import sample_claim

    doc = sample_claim()
    base = doc.credits[0]
    doc.footprint.by_source = [
        Line(f"SRC-{i:05d} Synthetic source {i}", 1.0 + (i % 97) / 10, f"Scope {1 + i % 3}")
        for i in range(n_sources)
    ]
    doc.credits = []
    for i in range(n_credits):
        c = copy.copy(base)
        start = 1 + i * 100
        c.serial = f"{i + 1:04d}-{start:06d}-{start + 99:06d}-VCS-VCU-003-VER-US-0003-01012020-31122020-1"
        doc.credits.append(c)
    return doc


def baseline_pdf(pages: int, path: Path) -> float:
    """reportlab alone: plain paragraphs in the embedded NanumGothic font, ``pages`` pages."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    from forms.styles import styles

    t0 = time.perf_counter()
    st = styles()["body"]
    story = []
    for i in range(pages):
        story += [
            Paragraph(
                f"Page {i + 1}: " + "Greenhouse gas emissions 온실가스 배출량 1,234.56 tCO2e. " * 12, st
            )
            for _ in range(6)
        ]
        story.append(PageBreak())
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story)
    return time.perf_counter() - t0


def pages_of(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="small run: a ~20-page dossier")
    ap.add_argument("--render", metavar="DIR", help="write PNG renders of every demo document into DIR")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="cnw-bench-docs-"))
    os.environ.setdefault("BRIGHTWAY2_DIR", str(work / "bw"))
    os.environ.setdefault("MPLBACKEND", "Agg")

    t0 = time.perf_counter()
    project_path = certifiable_demo(work)
    print(f"demo journey built in {time.perf_counter() - t0:.1f} s (not part of the targets)")

    from forms import dossier
    from workbench import open_project
    from workbench.services import documents

    runs = []
    with open_project(project_path, mode="read") as p:
        documents.build_certificate(p, work / "warmup.pdf")  # imports, font parsing: once per process
        for i in range(3):
            t = time.perf_counter()
            documents.build_certificate(p, work / f"cert{i}.pdf")
            documents.build_qes(p, work / f"qes{i}.pdf")
            runs.append(time.perf_counter() - t)
    cert_qes = statistics.median(runs)
    base1 = statistics.median(baseline_pdf(1, work / f"b1_{i}.pdf") for i in range(3))
    print(
        f"certificate + QES (demo, EN): {cert_qes:.2f} s (median of 3; target < 3 s) | "
        f"baseline reportlab 1 page: {base1:.3f} s | ratio {cert_qes / base1:.1f}x | "
        f"QES pages: {pages_of(work / 'qes0.pdf')}"
    )

    n_sources, n_credits = (250, 60) if args.quick else (2600, 400)
    doc = big_claim(n_sources, n_credits)
    t = time.perf_counter()
    out = dossier.build(doc, work / "dossier.pdf", "en")
    dossier_s = time.perf_counter() - t
    n = pages_of(out)
    base_n = baseline_pdf(n, work / "bN.pdf")
    print(
        f"dossier ({n} pages, {n_sources} sources, {n_credits} credit lots): {dossier_s:.2f} s "
        f"(target < 20 s for 100 pages) | baseline reportlab {n} plain pages: {base_n:.2f} s | "
        f"ratio {dossier_s / base_n:.1f}x | {dossier_s / n * 1000:.0f} ms/page"
    )

    if args.render:
        render(project_path, Path(args.render), work)


def render(project_path: Path, out: Path, work: Path) -> None:
    """Write every demo document as PDF into ``work`` and its pages as PNG into ``out``."""
    from workbench import open_project

    out.mkdir(parents=True, exist_ok=True)
    with open_project(project_path) as p:
        written = demo_steps.documents.run(p, work, lambda *_: None)
    for name, pdf in sorted(written.items()):
        first, last = (1, 1) if name.startswith(("certificate", "verification")) else (1, 2)
        if name.startswith("dossier"):
            last = 3  # cover, contents and the certificate page
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", "-f", str(first), "-l", str(last), pdf, str(out / name)],
            check=True,
        )
    print(f"renders written to {out}")


if __name__ == "__main__":
    main()
