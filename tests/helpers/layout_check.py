"""Check the printed layout of a PDF from its text boxes (poppler's ``pdftotext -bbox-layout``).

Finds text that runs outside the page (or into the page edge margin) and text blocks or words that
overlap each other. Used by the tests on every document and available to anyone previewing a PDF.
"""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Box:
    page: int
    x0: float
    y0: float
    x1: float
    y1: float
    text: str

    def overlap_area(self, other: Box) -> float:
        w = min(self.x1, other.x1) - max(self.x0, other.x0)
        h = min(self.y1, other.y1) - max(self.y0, other.y0)
        return w * h if w > 0 and h > 0 else 0.0

    @property
    def area(self) -> float:
        return max(self.x1 - self.x0, 0.0) * max(self.y1 - self.y0, 0.0)


@dataclass
class PageBoxes:
    number: int
    width: float
    height: float
    words: list[Box] = field(default_factory=list)
    blocks: list[Box] = field(default_factory=list)


def boxes(pdf_path: str | Path) -> list[PageBoxes]:
    """Word and block boxes per page, in points, origin top-left (as poppler reports them)."""
    exe = shutil.which("pdftotext")
    if exe is None:
        raise RuntimeError("pdftotext (poppler-utils) is not installed")
    out = subprocess.run([exe, "-bbox-layout", str(pdf_path), "-"], capture_output=True, check=True).stdout
    root = ET.fromstring(out)
    pages: list[PageBoxes] = []
    for el in root.iter():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "page":
            pages.append(PageBoxes(len(pages) + 1, float(el.get("width")), float(el.get("height"))))
        elif tag in ("word", "block") and pages:
            p = pages[-1]
            text = el.text or ""
            if tag == "block":
                text = " ".join((w.text or "") for w in el.iter() if w.tag.rsplit("}", 1)[-1] == "word")
            box = Box(
                p.number,
                float(el.get("xMin")),
                float(el.get("yMin")),
                float(el.get("xMax")),
                float(el.get("yMax")),
                text,
            )
            (p.words if tag == "word" else p.blocks).append(box)
    return pages


def _overlaps(items: list[Box], frac: float) -> list[tuple[Box, Box]]:
    found = []
    items = sorted(items, key=lambda b: b.y0)
    for i, a in enumerate(items):
        for b in items[i + 1 :]:
            if b.y0 >= a.y1:
                break
            area = a.overlap_area(b)
            small = min(a.area, b.area)
            if small > 0 and area > frac * small:
                found.append((a, b))
    return found


def origins_outside(pdf_path: str | Path) -> list[str]:
    """Text whose starting point lies outside the page (poppler drops such text from its boxes)."""
    from pypdf import PdfReader

    out: list[str] = []
    for n, page in enumerate(PdfReader(str(pdf_path)).pages, start=1):
        box = page.mediabox
        x0, y0, x1, y1 = float(box.left), float(box.bottom), float(box.right), float(box.top)

        def visit(text, cm, tm, _fd, _fs, n=n, x0=x0, y0=y0, x1=x1, y1=y1):
            if not text.strip():
                return
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            if not (x0 <= x < x1 and y0 <= y < y1):
                out.append(
                    f"page {n}: text starts outside the page: {text.strip()[:40]!r} at ({x:.0f},{y:.0f})"
                )

        page.extract_text(visitor_text=visit)
    return out


def problems(pdf_path: str | Path, edge: float = 10.0, frac: float = 0.12) -> list[str]:
    """Human-readable layout problems; an empty list means the layout passed.

    edge: the minimum distance (points) between any text and the page edge.
    frac: two boxes overlap when their intersection exceeds this share of the smaller one.
    """
    out: list[str] = origins_outside(pdf_path)
    for p in boxes(pdf_path):
        for w in p.words:
            if w.x0 < edge or w.y0 < edge or w.x1 > p.width - edge or w.y1 > p.height - edge:
                out.append(
                    f"page {p.number}: text outside the page area: {w.text!r} at "
                    f"({w.x0:.0f},{w.y0:.0f})-({w.x1:.0f},{w.y1:.0f}) on {p.width:.0f}x{p.height:.0f}"
                )
        for a, b in _overlaps(p.words, frac):
            out.append(
                f"page {p.number}: words overlap: {a.text!r} and {b.text!r} near ({a.x0:.0f},{a.y0:.0f})"
            )
        for a, b in _overlaps(p.blocks, frac):
            out.append(f"page {p.number}: text blocks overlap: {a.text[:40]!r} and {b.text[:40]!r}")
    return out


def outside_frame(pdf_path: str | Path, margin: float, footer: float = 24.0, tol: float = 1.5) -> list[str]:
    """Text of a portrait page that runs outside the body frame (``margin`` points from each edge;
    the footer band, ``footer`` points below the bottom margin, is part of the frame). Landscape
    pages (the certificate: one full-page frame) are left to :func:`problems`."""
    out: list[str] = []
    for p in boxes(pdf_path):
        if p.width > p.height:
            continue
        x0, x1 = margin - tol, p.width - margin + tol
        y0, y1 = margin - tol, p.height - margin + footer + tol
        for w in p.words:
            if w.x0 < x0 or w.x1 > x1 or w.y0 < y0 or w.y1 > y1:
                out.append(
                    f"page {p.number}: text outside the frame: {w.text!r} at "
                    f"({w.x0:.0f},{w.y0:.0f})-({w.x1:.0f},{w.y1:.0f}); frame ({x0:.0f},{y0:.0f})-({x1:.0f},{y1:.0f})"
                )
    return out


def page_fill(pdf_path: str | Path, top: float, bottom: float, dpi: int = 20) -> list[float | None]:
    """How far down its body each page is inked (text, tables, charts), as a share of the body
    between ``top`` and ``bottom`` points from the top edge: 1.0 = to the foot of the frame, 0.0 =
    blank. Rendered with poppler's pdftoppm; ``None`` for a landscape page."""
    import tempfile

    from PIL import Image

    exe = shutil.which("pdftoppm")
    if exe is None:
        raise RuntimeError("pdftoppm (poppler-utils) is not installed")
    out: list[float | None] = []
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([exe, "-gray", "-r", str(dpi), str(pdf_path), f"{tmp}/p"], check=True)
        for png in sorted(Path(tmp).glob("p*.pgm"), key=lambda f: int(f.stem.rsplit("-", 1)[-1])):
            with Image.open(png) as im:
                w, h = im.size
                if w > h:
                    out.append(None)
                    continue
                scale = dpi / 72.0  # pixels per point
                y_top, y_bottom = int(top * scale), int(bottom * scale)
                px = im.load()
                inked = [y for y in range(y_top, min(y_bottom, h)) if any(px[x, y] < 200 for x in range(w))]
            out.append((max(inked) - y_top) / max(y_bottom - y_top, 1) if inked else 0.0)
    return out


def mostly_empty_pages(pdf_path: str | Path, top: float, bottom: float, min_fill: float = 0.3) -> list[str]:
    """Portrait pages inked over less than ``min_fill`` of their body although more of the
    document follows on a portrait page (the last page, and a page before a landscape page, may
    end early)."""
    fills = page_fill(pdf_path, top, bottom)
    out = []
    for n, (fill, nxt) in enumerate(zip(fills, fills[1:], strict=False), start=1):
        if fill is not None and nxt is not None and fill < min_fill:
            out.append(f"page {n}: mostly empty (inked down to {100 * fill:.0f} % of the body)")
    return out
