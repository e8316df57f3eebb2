"""Rule sets, one module per standard; every check returns offsets.findings.Finding.

    from offsets.rules import check, ClaimContext
    findings = check(lots, ClaimContext(standard="ISO14068-1", claimant="ACME", residual_t=120))

``check`` runs the common checks, the claim standard's checks (ISO 14068-1 or PAS 2060), the
programme rule sets (KCCI, MyCarbon, K-ETS) on their lots, and the label disclosures. ``only=``
runs one module: "common", "ISO14068-1", "PAS2060", "KCCI", "MYCARBON", "KETS", "LABELS".
"""

from __future__ import annotations

from ..findings import sort_findings
from . import common, iso14068, kcci, kets, labels, mycarbon, pas2060
from .context import CLAIM_STANDARDS, ISO14068, PAS2060, ClaimContext

MODULES = {
    "common": common,
    ISO14068: iso14068,
    PAS2060: pas2060,
    "KCCI": kcci,
    "MYCARBON": mycarbon,
    "KETS": kets,
    "LABELS": labels,
}
RULE_SETS = tuple(MODULES)

__all__ = ["ClaimContext", "check", "RULE_SETS", "CLAIM_STANDARDS"]


def check(lots, ctx: ClaimContext, external=(), only: str | None = None):
    """All findings for ``lots`` under ``ctx``, most severe first."""
    if only is not None:
        key = only.upper() if only.upper() in MODULES else only
        if key not in MODULES:
            raise ValueError(f"unknown rule set '{only}' (known: {', '.join(RULE_SETS)})")
        names = [key]
    else:
        if ctx.standard not in CLAIM_STANDARDS:
            raise ValueError(f"unknown claim standard '{ctx.standard}' (known: {', '.join(CLAIM_STANDARDS)})")
        names = ["common", ctx.standard, "KCCI", "MYCARBON", "KETS", "LABELS"]
    out = []
    for name in names:
        mod = MODULES[name]
        out += mod.check(lots, ctx, external) if mod is common else mod.check(lots, ctx)
    return sort_findings(out)
