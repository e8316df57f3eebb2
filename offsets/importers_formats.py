"""The registry export column maps: one :class:`ExportFormat` per registry (Verra, Gold Standard,
ACR, CAR, ART), mapping lot roles to the columns of its public export."""

from __future__ import annotations

from dataclasses import dataclass

from .importers_kinds import DATE, INT

# -- registry exports ----------------------------------------------------------------------------
# Each public export is read through a column map: lot role -> the column names the registry uses
# for it (the first one present in the header wins; names compared case- and space-insensitively).
# The maps are those of the real exports in tests/data/registry_exports/ (README there: source).
ROLE_KINDS = {
    "quantity": INT,
    "vintage_year": INT,
    "issuance_date": DATE,
    "vintage_start": DATE,
    "vintage_end": DATE,
    "period_start": DATE,
    "period_end": DATE,
    "retirement_date": DATE,
}
_VERIFIER = ("Verification Body", "Validation/Verification Body", "Project VVB", "VVB", "Verifier")


@dataclass(frozen=True)
class ExportFormat:
    """How one registry's public export maps to lots."""

    kind: str  # the import kind: "verra", "gold-standard", "acr", "car", "art"
    registry: str
    programme: str | None  # None: decided per row (Gold Standard holds VERs and CDM CERs)
    roles: dict  # role -> column name(s)
    required: tuple[str, ...]  # roles without which the file is refused
    vintage_dates: bool = False  # the serial carries full vintage dates (Verra): they decide day/month

    def columns(self, role: str) -> tuple[str, ...]:
        names = self.roles.get(role, ())
        return (names,) if isinstance(names, str) else tuple(names)


VERRA = ExportFormat(
    "verra",
    "Verra",
    "VCS",
    {
        "issuance_date": "Issuance Date",
        "sdgs": "Sustainable Development Goals",
        "vintage_start": "Vintage Start",
        "vintage_end": "Vintage End",
        "project_id": "ID",
        "project_name": "Name",
        "project_type": "Project Type",
        "methodology": "Methodology",
        "quantity": "Quantity Issued",
        "serial": "Serial Number",
        "labels": "Additional Certifications",
        "retirement_date": "Retirement/Cancellation Date",
        "beneficiary": "Retirement Beneficiary",
        "reason": "Retirement Reason",
        "details": "Retirement Details",
        "verifier": _VERIFIER,
    },
    ("issuance_date", "vintage_start", "vintage_end", "project_id", "quantity", "serial"),
    vintage_dates=True,
)
GOLD_STANDARD_EXPORT = ExportFormat(
    "gold-standard",
    "Gold Standard",
    None,
    {
        "vintage_year": "Vintage",
        "status": "Credit Status",
        "quantity": "Quantity",
        "project_id": "GSID",
        "project_name": "Project Name",
        "project_type": "Project Type",
        "methodology": "Methodology",
        "product_type": "Product Type",
        "issuance_date": "Issuance Date",
        "retirement_date": "Retirement Date",
        "period_start": "Monitoring Period Start",
        "period_end": "Monitoring Period End",
        "serial": "Serial Number",
        "details": "Note",
        "operator": "Aeroplane Operator Name",
        "labels": "Label",
        "use_case": "Use Case",
        "beneficiary": "Using Entity",
        "article6": ("Article Six Authorization", "Article 6 Authorization"),
        "verifier": _VERIFIER,
    },
    ("vintage_year", "status", "quantity", "product_type", "serial"),
)
_CORSIA = {
    "corsia": ("CORSIA Eligible",),
    "corsia_pilot": (
        "Eligible for CORSIA 2021-2023 Compliance Period (Pilot Phase)",
        "Eligible for CORSIA 2021-2023 Compliance Period",
    ),
    "corsia_first": (
        "Eligible for CORSIA 2024-2026 Compliance Period (First Phase)",
        "Eligible for CORSIA 2024-2026 Compliance Period",
    ),
}
ACR_EXPORT = ExportFormat(
    "acr",
    "American Carbon Registry",
    "ACR",
    {
        "serial": "Credit Serial Numbers",
        "issuance_date": "Date Issued (GMT)",
        "vintage_year": "Vintage",
        "period_start": "Vintage Assignment Period Start Date",
        "period_end": "Vintage Assignment Period End Date",
        "quantity": "Quantity of Credits",
        "account_holder": "Account Holder",
        "retirement_date": "Status Effective (GMT)",
        "beneficiary": "Retired on Behalf of",
        "reason": "Retirement Reason",
        "details": ("Purpose of Retirement", "Cancellation Details"),
        "cancellation": "Cancellation Type",
        "project_id": "Project ID",
        "project_name": "Project Name",
        "project_type": "Project Type",
        "methodology": "Project Methodology/Protocol",
        "methodology_version": "Methodology/Protocol Version",
        **_CORSIA,
        "ccp": "CCP Approved",
        "removal": "Verified Removal",
        "sdgs": "Sustainable Development Goal(s)",
        "verifier": _VERIFIER,
    },
    ("serial", "vintage_year", "quantity", "retirement_date"),
)
CAR_EXPORT = ExportFormat(
    "car",
    "Climate Action Reserve",
    "CAR",
    {
        "vintage_year": "Vintage",
        "serial": "Offset Credit Serial Numbers",
        "quantity": "Quantity of Offset Credits",
        "retirement_date": "Status Effective",
        "project_id": "Project ID",
        "project_name": "Project Name",
        "project_type": "Project Type",
        "reduction_removal": "Reduction/Removal",
        "methodology": "Protocol and Version",
        "labels": "Additional Certification(s)",
        **_CORSIA,
        "ca": "Corresponding Adjustment",
        "ccp": "CCP Approved",
        "account_holder": "Account Holder",
        "reason": "Retirement Reason",
        "details": ("Retirement Reason Details", "Export Notes"),
        "cancellation": "Cancellation Reason",
        "verifier": _VERIFIER,
    },
    ("serial", "vintage_year", "quantity", "retirement_date"),
)
ART_EXPORT = ExportFormat(
    "art",
    "ART",
    "ART",
    {
        "vintage_year": "Vintage",
        "serial": "Credit Serial Numbers",
        "quantity": "Quantity of Credits",
        "retirement_date": "Status Effective",
        **_CORSIA,
        "ccp": "CCP Approved",
        "project_id": "Program ID",
        "project_name": "Program Name",
        "project_type": "Program Type",
        "methodology": "Crediting Program and Standard",
        "methodology_version": "Standard Version",
        "issuance_date": "Date Approved",
        "account_holder": "Account Holder",
        "beneficiary": "Retired on Behalf of",
        "reason": "Retirement Reason",
        "details": ("Purpose of Retirement", "Cancellation Details"),
        "cancellation": "Cancellation Reason",
        "verifier": _VERIFIER,
    },
    ("serial", "vintage_year", "quantity", "retirement_date"),
)
EXPORT_FORMATS = {f.kind: f for f in (VERRA, GOLD_STANDARD_EXPORT, ACR_EXPORT, CAR_EXPORT, ART_EXPORT)}
REGISTRY_KINDS = tuple(EXPORT_FORMATS)

# kept for callers of the first Verra importer
VERRA_COLUMNS = tuple(c for r in VERRA.roles if r != "verifier" for c in VERRA.columns(r))
VERRA_REQUIRED = tuple(VERRA.columns(r)[0] for r in VERRA.required)
VERRA_VINTAGE = {"Vintage Start": "vintage_start", "Vintage End": "vintage_end"}
