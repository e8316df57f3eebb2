"""The gate before a certificate: a claim that fails a rule cannot produce one.

The rules themselves are registered once in :mod:`workbench.services.documents.claim_rules`; the
document model carries their findings (``ClaimDocument.findings``). This module only splits that
list: :func:`refusals` (the blocking findings about this claim) and :func:`warnings` (the rest).
Each refusal is a :class:`offsets.findings.Finding` naming the rule; :class:`ClaimRefused` carries
them all and its message lists every rule id, so the user sees exactly what to fix.
"""

from __future__ import annotations

from forms.model import ClaimDocument
from offsets.findings import Finding
from workbench.project.errors import ProjectError
from workbench.services.documents.claim_rules import ISO, PAS, POSITIVE, blocks

__all__ = ["ISO", "PAS", "POSITIVE", "ClaimRefused", "refusals", "warnings"]


class ClaimRefused(ProjectError):
    """The claim fails one or more rules; no certificate is issued."""

    def __init__(self, path: str, refusals: list[Finding]):
        self.refusals = refusals
        lines = [f"{path}: no certificate: the claim fails {len(refusals)} rule(s); nothing was written"]
        lines += [f"  {f.rule_id}: {f.message} ({f.clause})" for f in refusals]
        super().__init__("\n".join(lines), path)


def refusals(doc: ClaimDocument) -> list[Finding]:
    """Every rule the claim fails (empty list: a certificate may be issued)."""
    return [f for f in doc.findings if blocks(f, doc)]


def warnings(doc: ClaimDocument) -> list[Finding]:
    """The claim's other findings: they qualify or annotate it without stopping the certificate."""
    return [f for f in doc.findings if not blocks(f, doc)]
