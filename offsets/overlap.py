"""Double counting: serial ranges that share a credit, found by sort + sweep in O(n log n).

Ranges are ``(key, start, end)`` with both ends inclusive; they can only collide inside one numbering
namespace ``key`` (see offsets.serials). ``[1, 100]`` and ``[101, 200]`` touch but do not overlap;
``[1, 100]`` and ``[100, 200]`` share credit 100.

The sweep sorts by (key, start, end) and keeps, per key, the range reaching furthest so far. Every
range that starts inside it is reported together with that range and the shared credits. So every
range that overlaps another is reported at least once (the later-starting one of each colliding
pair, paired with a range it collides with); listing all pairs could be quadratic in size.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .findings import ERROR, Finding
from .lots import CreditLot
from .serials import SerialError, parse

CLAUSE_DC = "ISO 14068-1:2023 credit requirements: no double counting; PAS 2060:2014 credits retired once"


@dataclass(frozen=True)
class Span:
    key: str
    start: int
    end: int
    ref: object  # a CreditLot, an ExternalRetirement or anything the caller wants back


@dataclass(frozen=True)
class Overlap:
    first: Span
    second: Span
    start: int  # first shared credit
    end: int  # last shared credit

    @property
    def quantity(self) -> int:
        return self.end - self.start + 1


@dataclass(frozen=True)
class ExternalRetirement:
    """A retired range from another project file (e.g. a consultant's other client)."""

    source: str  # file name or client name it came from
    serial: str
    key: str
    start: int
    end: int
    beneficiary: str | None = None
    retirement_date: dt.date | None = None
    lot_id: int | None = None  # the lot id in the other file


def find_overlaps(spans: Iterable[Span]) -> list[Overlap]:
    """Sort + sweep; O(n log n). Returns overlaps in (key, start) order."""
    ordered = sorted(spans, key=lambda s: (s.key, s.start, s.end))
    out: list[Overlap] = []
    reach: Span | None = None
    for span in ordered:
        if reach is not None and reach.key == span.key and span.start <= reach.end:
            out.append(Overlap(reach, span, span.start, min(span.end, reach.end)))
            if span.end > reach.end:
                reach = span
        else:
            reach = span
    return out


def find_overlaps_naive(spans: Sequence[Span]) -> list[Overlap]:
    """Every colliding pair by comparing all pairs; O(n^2). Baseline for the benchmark and tests."""
    out = []
    for i, a in enumerate(spans):
        for b in spans[i + 1 :]:
            if a.key == b.key and a.start <= b.end and b.start <= a.end:
                out.append(Overlap(a, b, max(a.start, b.start), min(a.end, b.end)))
    return out


def lot_span(lot: CreditLot) -> Span:
    """The lot's range, parsing its serial when the range is not filled in yet."""
    if lot.serial_key is None or lot.serial_start is None or lot.serial_end is None:
        s = parse(lot.serial, lot.programme)
        return Span(s.key, s.start, s.end, lot)
    return Span(lot.serial_key, lot.serial_start, lot.serial_end, lot)


def _describe(ref: object) -> str:
    if isinstance(ref, CreditLot):
        period = f", claim period {ref.claim_period_id}" if ref.claim_period_id is not None else ""
        return f"{ref.label} ({ref.serial}, {ref.status}{period})"
    if isinstance(ref, ExternalRetirement):
        who = f" for {ref.beneficiary}" if ref.beneficiary else ""
        return f"a retirement in {ref.source} ({ref.serial}{who})"
    return str(ref)


def double_counting_findings(
    lots: Sequence[CreditLot], external: Sequence[ExternalRetirement] = ()
) -> list[Finding]:
    """Findings for lots whose serials overlap another lot or an imported retirement list.

    Lots whose serial cannot be parsed are skipped here (the serial rule reports them)."""
    spans: list[Span] = []
    for lot in lots:
        if lot.status == "cancelled":
            continue
        try:
            spans.append(lot_span(lot))
        except SerialError:
            continue
    spans.extend(Span(e.key, e.start, e.end, e) for e in external)
    findings = []
    for ov in find_overlaps(spans):
        a, b = ov.first.ref, ov.second.ref
        if isinstance(a, ExternalRetirement) and isinstance(b, ExternalRetirement):
            continue  # two other files colliding is not this project's claim
        external_hit = isinstance(a, ExternalRetirement) or isinstance(b, ExternalRetirement)
        lot = b if isinstance(b, CreditLot) else a
        rule = "DC.EXTERNAL" if external_hit else "DC.OVERLAP"
        shared = f"credit {ov.start}" if ov.quantity == 1 else f"credits {ov.start}-{ov.end}"
        msg = f"{_describe(a)} and {_describe(b)} share {ov.quantity} {shared} in {ov.first.key}"
        findings.append(Finding(rule, ERROR, msg, CLAUSE_DC, subject=lot.subject))
    return findings
