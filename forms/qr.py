"""QR codes drawn straight onto a reportlab canvas (reportlab's own encoder, no extra fonts)."""

from __future__ import annotations

BORDER = 2  # quiet-zone modules around the code


def matrix(payload: str, level: str = "M") -> list[list[bool]]:
    """The module matrix (rows top to bottom, True = dark) for a payload."""
    from reportlab.graphics.barcode import qrencoder

    qr = qrencoder.QRCode(None, getattr(qrencoder.QRErrorCorrectLevel, level))
    qr.addData(payload)
    qr.make()
    return [[bool(v) for v in row] for row in qr.modules]


def draw(canvas, payload: str, x: float, y: float, size: float, level: str = "M") -> float:
    """Draw the QR code with its lower-left corner at (x, y) and side ``size``; returns the module size."""
    m = matrix(payload, level)
    n = len(m)
    box = size / (n + 2 * BORDER)
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    for r, row in enumerate(m):
        c = 0
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                canvas.rect(
                    x + (start + BORDER) * box,
                    y + size - (r + BORDER + 1) * box,
                    (c - start) * box,
                    box,
                    stroke=0,
                    fill=1,
                )
            else:
                c += 1
    canvas.restoreState()
    return box


def flowable(payload: str, size: float, caption: str | None = None):
    """The QR code as a platypus flowable (documents laid out as flowing pages)."""
    from reportlab.platypus import Flowable

    class _QR(Flowable):
        def wrap(self, aw, ah):
            return size, size + (10 if caption else 0)

        def draw(self):
            draw(self.canv, payload, 0, 10 if caption else 0, size)
            if caption:
                from forms import fonts

                self.canv.setFont(fonts.REGULAR, 6.5)
                self.canv.drawString(0, 0, caption)

    return _QR()
