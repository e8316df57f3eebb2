"""Page images of a PDF for the document preview.

Qt's PDF image plugin needs QtPdf, which PySide6-Essentials does not ship; the preview uses
poppler's `pdftoppm` when it is on PATH, else falls back to the PDF's text (pypdf).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path


def can_render() -> bool:
    return shutil.which("pdftoppm") is not None


def render_pages(pdf_path, dpi: int = 72, max_pages: int = 20) -> list[bytes]:
    """PNG bytes of the first `max_pages` pages; [] when no renderer is installed."""
    exe = shutil.which("pdftoppm")
    if exe is None:
        return []
    with tempfile.TemporaryDirectory(prefix="cnw-preview-") as tmp:
        prefix = Path(tmp) / "page"
        subprocess.run(
            [exe, "-png", "-r", str(dpi), "-f", "1", "-l", str(max_pages), str(pdf_path), str(prefix)],
            check=True,
            capture_output=True,
            timeout=120,
        )
        return [p.read_bytes() for p in sorted(Path(tmp).glob("page*.png"))]


def page_texts(pdf_path, max_pages: int = 20) -> list[str]:
    from pypdf import PdfReader

    reader = PdfReader(str(pdf_path))
    return [page.extract_text() or "" for page in reader.pages[:max_pages]]
