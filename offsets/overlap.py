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
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from .findings import ERROR, WARNING, Finding
from .lots import CreditLot
from .serials import SerialError, parse

CLAUSE_DC = "ISO 14068-1:2023 credit requirements: no double counting; PAS 2060:2014 credits retired once"


class Span(NamedTuple):
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
    """A range from another project file (e.g. a consultant's other client): a retirement copied
    from it (``origin="imported"``), or any held, planned or retired lot of it found in the shared
    retirement register (``origin="register"``)."""

    source: str  # file name or client name it came from
    serial: str
    key: str
    start: int
    end: int
    beneficiary: str | None = None
    retirement_date: dt.date | None = None
    lot_id: int | None = None  # the lot id in the other file
    status: str = "retired"  # held | planned | retired, as the other file had it
    origin: str = "imported"  # imported (a copied list) | register (the shared register)
    as_of: str | None = None  # when the list was copied / the register entry recorded (ISO date)
    path: str | None = None  # where the other file was when it was recorded


def _pairs_python(keys, starts, ends) -> list[tuple[int, int]]:
    order = sorted(range(len(keys)), key=lambda i: (keys[i], starts[i], ends[i]))
    out = []
    reach = order[0]
    for i in order[1:]:
        if keys[i] == keys[reach] and starts[i] <= ends[reach]:
            out.append((reach, i))
            if ends[i] > ends[reach]:
                reach = i
        else:
            reach = i
    return out


def overlap_pairs(keys: Sequence[str], starts: Sequence[int], ends: Sequence[int]) -> list[tuple[int, int]]:
    """Index pairs (reaching range, range starting inside it) of the sweep; O(n log n).

    Vectorised with numpy: ranges are sorted by (namespace, start, end); each namespace's numbers
    are shifted into their own band so one running maximum of the ends resets at each namespace.
    """
    n = len(keys)
    if n < 2:
        return []
    import numpy as np

    codes: dict[str, int] = {}
    code = np.fromiter((codes.setdefault(k, len(codes)) for k in keys), dtype=np.int64, count=n)
    lo = min(starts)
    band = max(ends) - lo + 1
    if lo < 0 or band * (len(codes) + 1) >= 2**62:  # numbers too large for int64 bands
        return _pairs_python(keys, starts, ends)
    st = np.fromiter(starts, dtype=np.int64, count=n) - lo + code * band
    en = np.fromiter(ends, dtype=np.int64, count=n) - lo + code * band
    order = np.lexsort((en, st))  # bands keep namespaces apart, so (start, end) order groups them
    st, en = st[order], en[order]
    reach_end = np.maximum.accumulate(en)
    prev_end = np.empty_like(reach_end)
    prev_end[0] = -1
    prev_end[1:] = reach_end[:-1]
    # holder: the last position that set a new running maximum (the "reach" range)
    is_new = np.empty(n, dtype=bool)
    is_new[0] = True
    is_new[1:] = reach_end[1:] > reach_end[:-1]
    holder = np.maximum.accumulate(np.where(is_new, np.arange(n), 0))
    hits = np.nonzero(st[1:] <= prev_end[1:])[0] + 1
    return [(int(order[holder[i - 1]]), int(order[i])) for i in hits]


def find_overlaps(spans: Sequence[Span]) -> list[Overlap]:
    """Sort + sweep; O(n log n). Returns overlaps in (key, start) order."""
    spans = list(spans)
    pairs = overlap_pairs([s[0] for s in spans], [s[1] for s in spans], [s[2] for s in spans])
    out = [Overlap(spans[a], spans[b], spans[b].start, min(spans[a].end, spans[b].end)) for a, b in pairs]
    out.sort(key=lambda o: (o.first.key, o.second.start, o.second.end))
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
    key, start, end = lot.serial_key, lot.serial_start, lot.serial_end
    if key is None or start is None or end is None:
        s = parse(lot.serial, lot.programme)
        return Span(s.key, s.start, s.end, lot)
    return Span(key, start, end, lot)


def _describe(ref: object, today: dt.date | None = None) -> str:
    if isinstance(ref, CreditLot):
        period = f", claim period {ref.claim_period_id}" if ref.claim_period_id is not None else ""
        return f"{ref.label} ({ref.serial}, {ref.status}{period})"
    if isinstance(ref, ExternalRetirement):
        who = f" for {ref.beneficiary}" if ref.beneficiary else ""
        lot = f"lot {ref.lot_id} " if ref.lot_id is not None else ""
        if ref.origin == "register":
            when = f", recorded {ref.as_of}" if ref.as_of else ""
            return f"{lot}in {ref.source} ({ref.serial}, {ref.status}{who}; shared register{when})"
        age = ""
        if ref.as_of:
            age = f"; list imported {ref.as_of}"
            if today is not None:
                days = (today - dt.date.fromisoformat(ref.as_of[:10])).days
                age += f", {days} day(s) old: later retirements there are not in it"
        return f"a retirement ({lot.strip() or 'lot ?'}) in {ref.source} ({ref.serial}{who}{age})"
    return str(ref)


def double_counting_findings(
    lots: Sequence[CreditLot], external: Sequence[ExternalRetirement] = (), today: dt.date | None = None
) -> list[Finding]:
    """Findings for lots whose serials overlap another lot, an imported retirement list or another
    file's lots in the shared register.

    An overlap is an error when either side is retired (the credits are used twice or cannot be
    held), a warning when both are only held or planned (the same credits recorded in two files:
    one of them is wrong, or they were sold twice). Lots whose serial cannot be parsed are skipped
    here (the serial rule reports them)."""
    refs: list = []
    keys: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for lot in lots:
        if lot.status == "cancelled":
            continue
        key, start, end = lot.serial_key, lot.serial_start, lot.serial_end
        if key is None or start is None or end is None:
            try:
                key, start, end, _ = lot_span(lot)
            except SerialError:
                continue
        refs.append(lot)
        keys.append(key)
        starts.append(start)
        ends.append(end)
    for e in external:
        refs.append(e)
        keys.append(e.key)
        starts.append(e.start)
        ends.append(e.end)
    overlaps = []
    for a, b in overlap_pairs(keys, starts, ends):
        first, second = Span(keys[a], starts[a], ends[a], refs[a]), Span(keys[b], starts[b], ends[b], refs[b])
        overlaps.append(Overlap(first, second, second.start, min(first.end, second.end)))
    overlaps.sort(key=lambda o: (o.first.key, o.second.start, o.second.end))
    findings = []
    for ov in overlaps:
        a, b = ov.first.ref, ov.second.ref
        if isinstance(a, ExternalRetirement) and isinstance(b, ExternalRetirement):
            continue  # two other files colliding is not this project's claim
        external_hit = isinstance(a, ExternalRetirement) or isinstance(b, ExternalRetirement)
        lot = b if isinstance(b, CreditLot) else a
        rule = "DC.EXTERNAL" if external_hit else "DC.OVERLAP"
        shared = f"credit {ov.start}" if ov.quantity == 1 else f"credits {ov.start}-{ov.end}"
        msg = (
            f"{_describe(a, today)} and {_describe(b, today)} share {ov.quantity} {shared} in {ov.first.key}"
        )
        severity = ERROR
        if external_hit and all(getattr(r, "status", "retired") != "retired" for r in (a, b)):
            severity = WARNING
            msg += "; neither is retired yet, but the same credits cannot be held in both files"
        findings.append(Finding(rule, severity, msg, CLAUSE_DC, subject=lot.subject))
    return findings
