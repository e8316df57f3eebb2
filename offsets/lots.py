"""A credit lot: a contiguous range of carbon credits from one registry, held, planned or retired.

One lot = one registry serial range (both ends inclusive: quantity = end - start + 1). The fields are
those of ../shared/DESIGN.md "Offsets"; the programme-specific facts that the rule sets read (KCCI
principles, MyCarbon project scale, K-ETS compliance use...) are optional fields, None when unknown.

Status lifecycle: ``held`` (in our account) -> ``planned`` (selected for a claim) -> ``retired``
(retired in the registry, with date, beneficiary, reference and receipt). ``cancelled`` is terminal
(e.g. a MyCarbon approval cancelled under Art. 15). Only ``retired`` lots cover a claim.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field, fields, replace

HELD, PLANNED, RETIRED, CANCELLED = "held", "planned", "retired", "cancelled"
STATUSES = (HELD, PLANNED, RETIRED, CANCELLED)
REMOVAL, AVOIDANCE = "removal", "avoidance"
KINDS = (REMOVAL, AVOIDANCE)

# Programmes the workbench knows, with their unit types and the registry that holds them.
PROGRAMMES = {
    "VCS": ("Verra", ("VCU",)),
    "GS": ("Gold Standard", ("VER",)),
    "KCS": ("KCCI", ("KCR",)),  # KCCI Carbon Standard, 1 KCR = 1 tCO2e (seeds/kcci FAQ)
    "MYCARBON": ("MyCarbon", ("CRA",)),  # MyCarbon standard Art. 2(1) (seeds/mycarbon)
    "KETS": ("GIR", ("KOC", "KCU")),  # K-ETS offset register (decree Art. 41)
    "CDM": ("UNFCCC CDM", ("CER",)),
    "ACR": ("American Carbon Registry", ("ERT",)),  # Emission Reduction Tonnes
    "CAR": ("Climate Action Reserve", ("CRT", "ROC")),  # Climate Reserve Tonnes; Registry Offset Credits
    "ART": ("ART", ("TREES", "FCPF")),  # ART registry: TREES credits and FCPF Carbon Fund ERs held there
    "PURO": ("Puro.earth", ("CORC",)),  # CO2 Removal Certificates: removals by definition
}
#: Programmes whose every credit is a removal (a lot of theirs defaults to kind "removal").
REMOVAL_PROGRAMMES = ("PURO",)
UNIT_TYPES = tuple(sorted({u for _, units in PROGRAMMES.values() for u in units}))

# The four KCCI Carbon Standard principles (seeds/kcci-carbon-reduction-certification-faq.txt).
KCCI_PRINCIPLES = ("practicality", "additionality", "sustainability", "verifiability")


@dataclass
class CreditLot:
    registry: str
    programme: str
    unit_type: str
    serial: str
    quantity: int
    id: int | None = None
    serial_start: int | None = None  # filled by offsets.serials.parse / normalise
    serial_end: int | None = None
    serial_key: str | None = None  # numbering namespace: ranges overlap only within one key
    project_id: str | None = None
    project_name: str | None = None
    methodology: str | None = None
    host_country: str | None = None  # ISO 3166 alpha-2
    vintage_start: dt.date | None = None
    vintage_end: dt.date | None = None
    issuance_date: dt.date | None = None
    kind: str = AVOIDANCE
    ccp_label: bool = False  # ICVCM Core Carbon Principles label
    corsia_eligible: bool = False
    corresponding_adjustment: bool = False  # Article 6 authorisation / CA applied
    sdg_goals: tuple[int, ...] = ()  # UN Sustainable Development Goals (1-17) the registry lists
    labels: tuple[str, ...] = ()  # every label the registry gives the lot, as it writes them
    price: float | None = None  # per tCO2e
    currency: str | None = None
    status: str = HELD
    retirement_date: dt.date | None = None
    beneficiary: str | None = None
    retirement_reference: str | None = None
    evidence_attachment_id: int | None = None
    claim_period_id: int | None = None
    # Facts the rule sets read; None = not stated.
    verifier: str | None = None  # independent verification / validation body
    project_start_date: dt.date | None = None
    kcci_principles: tuple[str, ...] | None = None  # principles attested in the validation report
    reduction_scope: int | None = None  # 1/2/3 if the project reduces the claimant's own scope
    annual_volume_t: float | None = None  # MyCarbon: expected annual reduction
    project_scale: str | None = None  # MyCarbon: general | small | bundle
    committee_approved: bool | None = None  # MyCarbon certification committee deliberation
    activity_type: str | None = None  # MyCarbon: e.g. simple_use_reduction, maintenance
    cancellation_ground: str | None = None  # MyCarbon Art. 15: fraud | not_implemented | not_additional
    kets_compliance_year: int | None = None  # K-ETS: surrendered for this compliance year
    origin: str | None = None  # K-ETS: domestic | foreign
    korean_share_pct: float | None = None  # K-ETS overseas CDM: Korean ownership or technology share
    koc_issuance_date: dt.date | None = None  # KCU: when the KOC it came from was issued
    conversion_date: dt.date | None = None  # KCU: KOC -> KCU conversion
    notes: str | None = None
    extra: dict = field(default_factory=dict)

    @property
    def range_quantity(self) -> int | None:
        if self.serial_start is None or self.serial_end is None:
            return None
        return self.serial_end - self.serial_start + 1

    @property
    def label(self) -> str:
        return f"lot {self.id}" if self.id is not None else f"lot {self.serial}"

    @property
    def subject(self) -> str:
        return f"lot:{self.id}" if self.id is not None else f"serial:{self.serial}"

    def as_dict(self) -> dict:
        return asdict(self)


LOT_FIELDS = tuple(f.name for f in fields(CreditLot))
DATE_FIELDS = tuple(f.name for f in fields(CreditLot) if str(f.type).startswith("dt.date"))
BOOL_FIELDS = ("ccp_label", "corsia_eligible", "corresponding_adjustment", "committee_approved")


def with_changes(lot: CreditLot, **changes) -> CreditLot:
    """A copy of ``lot`` with fields changed (lots are plain mutable dataclasses; prefer copies)."""
    return replace(lot, **changes)


def parse_date(value) -> dt.date | None:
    """ISO ``YYYY-MM-DD`` (or a date/datetime) -> date; empty -> None; anything else -> ValueError."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise ValueError(f"'{text}' is not a date (expected YYYY-MM-DD)") from None


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus whole calendar months, clamped to the month's last day (Jan 31 + 1 = Feb 28/29)."""
    y, m = divmod(day.month - 1 + months, 12)
    year, month = day.year + y, m + 1
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")
