"""The result of one automatic check: a rule that fired (or passed) on a subject.

Every rule set in the workbench (offsets, reduction plan, documents, verification) returns a list of
:class:`Finding`. The UI lists them, the PDFs print them, the CLI prints them one per line.

    >>> f = Finding("ISO14068-1.CREDIT.EX_POST", ERROR, "Lot 3 was issued before its vintage ended",
    ...             "ISO 14068-1:2023 (credits issued ex-post)", subject="lot:3")
    >>> f.is_blocking
    True
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

# Severities, in increasing order of gravity. "error" blocks a claim; "warning" needs a look or a
# justification; "info" is disclosure (labels shown, shares reported).
INFO = "info"
WARNING = "warning"
ERROR = "error"
SEVERITIES = (INFO, WARNING, ERROR)
_RANK = {s: i for i, s in enumerate(SEVERITIES)}


@dataclass(frozen=True)
class Finding:
    """One check result.

    rule_id: stable dotted id, e.g. ``"KETS.OFFSET.VOLUNTARY"``; tests and suppressions key on it.
    severity: ``"info" | "warning" | "error"``.
    message: a sentence a user understands, naming the lot/row/field and the reason.
    clause: where the rule comes from, e.g. ``"K-ETS Enforcement Decree Art. 38"``.
    subject: what it is about, e.g. ``"lot:12"`` or ``"claim:2025"``; None for the whole project.
    """

    rule_id: str
    severity: str
    message: str
    clause: str
    subject: str | None = None

    def __post_init__(self) -> None:
        if self.severity not in _RANK:
            raise ValueError(
                f"Finding {self.rule_id}: severity must be one of {SEVERITIES}, got {self.severity!r}"
            )

    @property
    def is_blocking(self) -> bool:
        return self.severity == ERROR

    def as_dict(self) -> dict:
        return asdict(self)

    def __str__(self) -> str:
        where = f" [{self.subject}]" if self.subject else ""
        return f"{self.severity.upper()} {self.rule_id}{where}: {self.message} ({self.clause})"


def severity_rank(severity: str) -> int:
    """0 for info, 1 for warning, 2 for error (for sorting and thresholds)."""
    return _RANK[severity]


def sort_findings(findings: list[Finding]) -> list[Finding]:
    """Most severe first, then by rule id and subject; stable for equal keys."""
    return sorted(findings, key=lambda f: (-_RANK[f.severity], f.rule_id, f.subject or ""))


def worst(findings: list[Finding]) -> str | None:
    """The highest severity present, or None for an empty list."""
    if not findings:
        return None
    return max((f.severity for f in findings), key=_RANK.__getitem__)
