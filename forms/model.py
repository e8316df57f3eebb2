"""The document model: plain dataclasses every printed document is built from.

`forms` never reads a project file. `workbench.services.documents` fills a :class:`ClaimDocument`
from a project snapshot; tests and the benchmark build one by hand. A section whose data is not
available is ``None`` and its reason is recorded in ``ClaimDocument.unavailable`` so the document
prints "not available: <reason>" instead of inventing anything.

All emissions are in tonnes CO2e (tCO2e).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from offsets.findings import Finding

# Standards a claim can be made against.
ISO14068 = "ISO14068-1"
PAS2060 = "PAS2060"
# PAS 2060:2014 was withdrawn by BSI on 2025-11-30 (STANDARDS.md [public]); periods that ended
# before this date may still carry a PAS 2060-style achievement certificate.
PAS2060_WITHDRAWN = date(2025, 11, 30)

VALIDATION_TYPES = ("third-party", "other-party", "self")
# Market codes that trigger the Directive (EU) 2024/825 warning on product claims.
EU_MARKETS = (
    "EU",
    "EEA",
    "AT",
    "BE",
    "BG",
    "HR",
    "CY",
    "CZ",
    "DK",
    "EE",
    "FI",
    "FR",
    "DE",
    "GR",
    "HU",
    "IE",
    "IT",
    "LV",
    "LT",
    "LU",
    "MT",
    "NL",
    "PL",
    "PT",
    "RO",
    "SK",
    "SI",
    "ES",
    "SE",
)


@dataclass
class Organisation:
    name: str
    name_local: str | None = None
    address: str | None = None
    address_local: str | None = None
    country: str | None = None
    registration_no: str | None = None
    senior_signatory: str | None = None
    signatory_title: str | None = None


@dataclass
class Subject:
    kind: str  # organisation | product | service | building | event
    name: str
    name_local: str | None = None
    description: str | None = None
    functional_unit: str | None = None
    consolidation: str | None = None
    markets: list[str] = field(default_factory=list)  # e.g. ["EU", "KR"]; EU product claims warn


@dataclass
class Period:
    label: str
    start: date
    end: date


@dataclass
class Line:
    """One row of a breakdown table: label, tCO2e and (optionally) a note."""

    label: str
    t: float
    note: str | None = None


@dataclass
class FactorRef:
    """An emission factor as printed: ``per_unit`` e.g. "0.4173 tCO2e/MWh" or "kg per gallon: CO2 10.21, ...".

    factor_id, unit, gases (kg of each gas per unit), year and licence are the structured data the
    QES prints as a provenance table (publisher, edition, licence: :mod:`forms.provenance`);
    used_by: the project's sources that use the factor (their local names print in Korean)."""

    name: str
    per_unit: str
    source: str
    factor_id: str = ""
    unit: str = ""
    gases: dict[str, float] = field(default_factory=dict)
    year: str | None = None
    licence: str | None = None
    used_by: list[str] = field(default_factory=list)
    scopes: list[int] = field(default_factory=list)  # scopes of the sources that use it


@dataclass
class UncertaintyResult:
    """A stored Monte Carlo of the footprint: 95 % range of the total and of each scope (tCO2e)."""

    low_t: float
    high_t: float
    mean_t: float
    iterations: int
    seed: int
    method: str = "monte_carlo"
    by_scope: list[tuple[str, float, float]] = field(default_factory=list)  # (scope no., 2.5 %, 97.5 %)
    current: bool = True  # False: computed from earlier inputs than the footprint printed
    activity_model: str = ""  # "source" (one draw per emission source) or "row"; "" when not recorded
    contributors: list[tuple[str, str, float]] = field(default_factory=list)  # (factor|source, id, share)
    # data quality: activity rows (and their sources) whose pedigree scores went into the run; 0 = none
    pedigree_rows: int = 0
    pedigree_sources: int = 0


@dataclass
class Exclusion:
    source: str
    reason: str
    estimate_t: float | None = None


@dataclass
class EntityShare:
    """One entity of the organisational boundary as printed: its share under the approach, and
    (when the approach changed a figure) its gross and counted emissions and the scope 3 memo."""

    name: str
    kind: str  # reporting organisation | subsidiary | joint venture | associate | franchise | leased asset
    equity_pct: float
    share_pct: float
    gross_t: float | None = None
    counted_t: float | None = None
    scope3_category: int | None = None
    scope3_t: float | None = None


@dataclass
class StructuralChange:
    """An acquisition or divestment after the base year and what it adds to (or takes from) it."""

    entity: str
    change: str  # acquisition | divestment
    date: str
    base_year_t: float  # the entity's emissions in the base year (100 %)
    share_pct: float  # the share the approach gives it
    adjustment_t: float  # + acquisition, - divestment


@dataclass
class StructuralCheck:
    """The base-year recalculation check (GHG Protocol ch. 5): original and restated base year."""

    base_year_label: str
    original_t: float
    restated_t: float
    change_pct: float | None
    threshold_pct: float
    required: bool
    changes: list[StructuralChange] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # entities whose base-year emissions are not recorded


@dataclass
class Footprint:
    total_t: float
    gwp_set: str
    by_scope: list[Line]
    by_category: list[Line] = field(default_factory=list)  # ISO 14064-1 categories or S3 categories
    by_site: list[Line] = field(default_factory=list)
    by_gas: list[Line] = field(default_factory=list)
    by_source: list[Line] = field(default_factory=list)
    scope2_location_t: float | None = None
    scope2_market_t: float | None = None
    biogenic_t: float | None = None
    uncertainty: tuple[float, float] | None = None  # 2.5 % and 97.5 % of the total, tCO2e
    uncertainty_run: UncertaintyResult | None = None  # the stored Monte Carlo behind ``uncertainty``
    consolidation: str | None = None  # operational control | financial control | equity share
    scopes_included: list[int] = field(default_factory=list)
    s3_categories: list[int] = field(default_factory=list)
    calc_database: str | None = None
    base_year_label: str | None = None
    base_year_total_t: float | None = None
    quantification_standard: str = "ISO 14064-1:2018"
    method: str | None = None
    boundary: str | None = None
    assumptions: str | None = None
    factors: list[FactorRef] = field(default_factory=list)
    exclusions: list[Exclusion] = field(default_factory=list)
    gases: str = "CO2, CH4, N2O, HFCs, PFCs, SF6, NF3"
    stale: bool = False
    unquantified: list[str] = field(default_factory=list)  # included sources without a factor
    entity_shares: list[EntityShare] = field(default_factory=list)  # organisational boundary, one per entity
    structural: StructuralCheck | None = None  # acquisitions / divestments since the base year


@dataclass
class Reduction:
    name: str
    abatement_t: float
    status: str = "done"  # planned | in_progress | done (printed as words: status.*)
    start_year: int | None = None
    note: str | None = None
    name_local: str | None = None


@dataclass
class Credit:
    programme: str
    registry: str
    unit_type: str
    project_id: str
    project_name: str
    serial: str  # the registry serial or range as printed
    quantity: float
    vintage: str | None = None
    removal: bool = False
    status: str = "retired"
    retirement_date: date | None = None
    beneficiary: str | None = None
    retirement_reference: str | None = None
    evidence: str | None = None  # receipt file name + short sha256
    labels: list[str] = field(default_factory=list)
    ref: str | None = None  # what findings call this lot, e.g. "lot:12"

    @property
    def retired(self) -> bool:
        return self.status == "retired"


@dataclass
class VerifFinding:
    id: str
    kind: str  # CAR | CL | FAR
    clause: str
    description: str
    impact_t: float | None = None
    status: str = "closed"
    response: str | None = None


@dataclass
class Verification:
    verifier_name: str
    body: str
    accreditation: str | None = None
    assurance_level: str = "limited"
    materiality_pct: float = 5.0
    opinion: str | None = None  # unmodified | modified | adverse | disclaimer
    criteria: str | None = None
    intended_users: str | None = None
    responsible_party: str | None = None
    objectives: str | None = None
    scope: str | None = None
    verified_total_t: float | None = None
    signed: bool = False
    signed_on: date | None = None
    signed_hash: str | None = None
    key_fingerprint: str | None = None
    signed_data_changed: bool = False
    findings: list[VerifFinding] = field(default_factory=list)
    # fieldwork: (method, seed, items drawn, items vouched to evidence) per sample
    samples: list[tuple[str, int, int, int]] = field(default_factory=list)
    scopes: str | None = None  # scopes of the footprint verified, e.g. "1, 2, 3" (default scope text)

    @property
    def open_car_cl(self) -> list[VerifFinding]:
        return [f for f in self.findings if f.kind in ("CAR", "CL") and f.status != "closed"]


@dataclass
class Target:
    name: str
    kind: str  # absolute | intensity
    base_year: int
    target_year: int
    reduction_pct: float
    scopes: str = "1, 2"


@dataclass
class TrajectoryPoint:
    year: int
    bau_t: float | None
    planned_t: float | None
    target_t: float | None


@dataclass
class ManagementPlan:
    commitment: str
    timescale: str
    targets: list[Target] = field(default_factory=list)
    measures: list[Reduction] = field(default_factory=list)
    offset_strategy: str | None = None
    review_cycle: str | None = None
    trajectory: list[TrajectoryPoint] = field(default_factory=list)
    charts: list[tuple[str, bytes]] = field(default_factory=list)  # (caption, PNG), e.g. MACC, trajectory


@dataclass
class KetsItem:
    """One of the 13 items of the K-ETS Enforcement Decree Art. 31(1); rows are (label, value)."""

    no: int
    rows: list[tuple[str, str]] = field(default_factory=list)
    note: str | None = None


@dataclass
class KetsSurrender:
    obligation_t: float
    phase: int
    offset_limit_t: float
    offsets_used_t: float
    foreign_used_t: float = 0.0
    units: list[Credit] = field(default_factory=list)  # KOC / KCU surrendered


@dataclass
class Kets:
    entity_id: str | None
    compliance_year: int
    items: list[KetsItem] = field(default_factory=list)
    surrender: KetsSurrender | None = None


@dataclass(frozen=True)
class ClaimFigures:
    """The figures printed in more than one place (certificate, QES, dossier, UI, QR code), computed
    once by :func:`claim_figures`; every document prints these values and nothing recomputes them.

    reductions_t: reductions achieved in the period (tCO2e). The service passes the figure the
    claim rules use (``workbench.services.plan.checks.reductions_achieved``: the fall of the
    footprint below the base year, like for like, or, when that is larger or not available, the
    abatement of the measures implemented by the period). Without one (a model built by hand)
    it is the abatement of the measures listed as done.
    """

    total_t: float | None
    reductions_t: float
    residual_t: float | None
    retired_t: float
    removal_share: float | None  # removals / retired credits; None when nothing is retired


def claim_figures(
    footprint: Footprint | None,
    credits: list[Credit],
    reductions_t: float | None = None,
    reductions: list[Reduction] = (),
) -> ClaimFigures:
    """The one computation of the claim's key figures (see :class:`ClaimFigures`)."""
    retired = sum(c.quantity for c in credits if c.retired)
    removals = sum(c.quantity for c in credits if c.retired and c.removal)
    if reductions_t is None:
        reductions_t = sum(r.abatement_t for r in reductions if r.status == "done")
    total = None if footprint is None else footprint.total_t
    return ClaimFigures(
        total_t=total,
        reductions_t=float(reductions_t),
        residual_t=total,  # residual = the period's footprint after the reductions it already shows
        retired_t=retired,
        removal_share=(removals / retired) if retired else None,
    )


@dataclass
class ClaimDocument:
    """Everything any document prints, taken from one project snapshot."""

    organisation: Organisation
    subject: Subject
    period: Period
    standard: str = ISO14068
    declaration: str = "achievement"  # achievement | commitment
    validation_type: str = "third-party"
    snapshot_hash: str = ""
    file_id: str = ""
    issued_on: date = field(default_factory=date.today)
    document_no: str | None = None
    footprint: Footprint | None = None
    reductions: list[Reduction] = field(default_factory=list)
    credits: list[Credit] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    verification: Verification | None = None
    plan: ManagementPlan | None = None
    kets: Kets | None = None
    public_availability: str | None = None
    unavailable: dict[str, str] = field(default_factory=dict)  # section -> reason
    draft_reasons: list[str] = field(default_factory=list)  # rules the claim fails now (prints DRAFT)
    computed_figures: ClaimFigures | None = None  # set by the service (see ``figures``)

    @property
    def figures(self) -> ClaimFigures:
        """The claim's key figures: the service sets them once when it builds the model; a model
        built by hand (tests, samples) gets them from :func:`claim_figures` over its own fields."""
        if self.computed_figures is not None:
            return self.computed_figures
        return claim_figures(self.footprint, self.credits, reductions=self.reductions)

    @property
    def reductions_t(self) -> float:
        return self.figures.reductions_t

    @property
    def residual_t(self) -> float | None:
        return self.figures.residual_t

    @property
    def retired_t(self) -> float:
        return self.figures.retired_t

    @property
    def removal_share(self) -> float | None:
        return self.figures.removal_share

    @property
    def verifier(self) -> str | None:
        v = self.verification
        return None if v is None else f"{v.verifier_name}, {v.body}"
