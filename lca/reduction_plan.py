"""Carbon-neutrality management plan content: the text sections plus the plan's numbers.

The sections follow the management-plan contents in STANDARDS.md (PAS 2060 carbon footprint
management plan: commitment statement, timescale, targets, planned measures, offset strategy,
annual update; ISO 14068-1 carbon neutrality management plan). Every section is kept in English
and Korean. :class:`PlanContent` is what documents (forms/) and the UI read.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lca.reduction import Measure
from lca.reduction_cost import MaccRow
from lca.reduction_targets import Target, TrajectoryRow

SECTIONS = ("commitment", "timescale", "targets", "measures", "offset_strategy", "review_cycle")
LANGS = ("en", "ko")
SECTION_TITLES = {
    "commitment": ("Commitment", "공약"),
    "timescale": ("Timescale", "일정"),
    "targets": ("Targets", "목표"),
    "measures": ("Planned measures", "감축 조치"),
    "offset_strategy": ("Offset strategy", "상쇄 전략"),
    "review_cycle": ("Review cycle", "검토 주기"),
}
# Sections a complete plan must have text for (targets and measures also come from the tables).
REQUIRED_SECTIONS = ("commitment", "timescale", "offset_strategy", "review_cycle")


@dataclass
class PlanContent:
    """The management plan as stored, with the derived MACC and trajectory.

    sections: ``{section: {"en": text, "ko": text}}`` (missing text is absent, not "").
    trajectory/macc are empty when no footprint is available (``footprint_note`` says why).
    """

    sections: dict[str, dict[str, str]] = field(default_factory=dict)
    targets: list[Target] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)
    macc: list[MaccRow] = field(default_factory=list)
    trajectory: list[TrajectoryRow] = field(default_factory=list)
    currency: str = "KRW"
    discount_rate_pct: float = 0.0
    reference_year: int | None = None
    footprint_note: str = ""

    def text(self, section: str, lang: str = "en") -> str:
        """The section's text in ``lang``, falling back to the other language, else ""."""
        if section not in SECTIONS:
            raise KeyError(f"section: {section!r} is not one of {', '.join(SECTIONS)}")
        texts = self.sections.get(section, {})
        return texts.get(lang) or next((texts[x] for x in LANGS if texts.get(x)), "")

    def missing_sections(self, lang: str | None = None) -> list[str]:
        """Required sections without text (in ``lang``, or in any language when None)."""
        out = []
        for s in REQUIRED_SECTIONS:
            texts = self.sections.get(s, {})
            have = bool(texts.get(lang)) if lang else any(texts.get(x) for x in LANGS)
            if not have:
                out.append(s)
        return out

    def abatement_by_measure(self) -> dict[str, float]:
        """Measure name -> attributed abatement (tCO2e/yr) from the MACC."""
        return {r.name: r.abatement_tco2e for r in self.macc}
