"""Credit lots from the public exports of Verra, Gold Standard, American Carbon Registry, Climate
Action Reserve and ART, or from the generic CSV/Excel template: the column maps and the lot-building
rules, over cell values the caller has already read and parsed.

This library reads no files: ``workbench.services.offsets`` reads the file with the workbench's
one tabular reader, parses each cell by the kind named here (``ROLE_KINDS``, ``GENERIC_KINDS``)
with its one cell parser, and calls :func:`registry_lot` / :func:`generic_lot`, which return the
lot or the problems found, as (column, reason) pairs. A stated quantity that disagrees with the
serial range is not an import error: the lot keeps the stated quantity and the SERIAL.QUANTITY
rule flags it.

Registry exports (:data:`EXPORT_FORMATS`; real samples and their source in
tests/data/registry_exports/): each maps lot roles to the export's columns. Read into the lot:

- serial, quantity, project, methodology (with its version), vintage, issuance and retirement
  dates, beneficiary (Verra "Retirement Beneficiary", Gold Standard "Using Entity", ACR/ART
  "Retired on Behalf of"; CAR's export names only the account holder, so it stays unknown);
- status: Gold Standard's "Credit Status" (Issued / Retired / Canceled); a cancellation export
  (a "Cancellation Type/Reason" column) gives cancelled lots; else retired when a retirement date
  is given;
- removal or avoidance: Verra "Carbon Dioxide Removals", Gold Standard "Emission Removal" labels,
  CAR "Reduction/Removal", ACR "Verified Removal";
- CCP: "ICVCM CCP" labels (Verra, Gold Standard), "CCP Approved" (ACR, CAR, ART);
- CORSIA: "CORSIA ..." labels (Verra), "CORSIA Eligible" and the per-phase eligibility columns
  (ACR, CAR, ART; the phase is kept in the notes);
- corresponding adjustment: "Article 6 Authorized ..." labels (Verra), Gold Standard "Article Six
  Authorization", CAR "Corresponding Adjustment";
- SDGs and every other label (CCB, Social Carbon, ...): in the lot's notes (the lot has no field
  for them);
- the verifier only when the export names one ("Verification Body", "Project VVB"); the registry
  is not a verifier, so an export without one leaves it unknown and the VERIFIED rules flag it.

Vintage dates are cross-checked against the dates (Verra) or year (the others) encoded in the
serial; a Verra serial's vintage dates also decide the day/month order of slashed dates.

Generic template: see ``GENERIC_COLUMNS`` and resources/offsets/generic-template.csv.

The code is split by responsibility; this module is the one entry point and re-exports every name:
``importers_kinds`` (cell kinds, problems, principles), ``importers_formats`` (the registries'
column maps), ``importers_registry`` (export rows to lots), ``importers_generic`` (the template).
"""

from __future__ import annotations

from .importers_formats import (
    _CORSIA,  # noqa: F401
    _VERIFIER,  # noqa: F401
    ACR_EXPORT,
    ART_EXPORT,
    CAR_EXPORT,
    EXPORT_FORMATS,
    GOLD_STANDARD_EXPORT,
    REGISTRY_KINDS,
    ROLE_KINDS,
    VERRA,
    VERRA_COLUMNS,
    VERRA_REQUIRED,
    VERRA_VINTAGE,
    ExportFormat,
)
from .importers_generic import (
    _DATE_FIELDS,  # noqa: F401
    GENERIC_COLUMNS,
    GENERIC_KINDS,
    GENERIC_REQUIRED,
    GENERIC_VINTAGE,
    generic_header_problems,
    generic_lot,
    generic_serial_text,
    write_generic_template,
)
from .importers_kinds import (
    BOOL,
    DATE,
    FLOAT,
    INT,
    LABELS,
    PRINCIPLES,
    SDGS,
    TEXT,
    Problems,
    parse_labels,
    parse_principles,
    parse_sdgs,
)
from .importers_registry import (
    _CLOCK,  # noqa: F401
    _NO,  # noqa: F401
    _YES,  # noqa: F401
    _authorised,  # noqa: F401
    _digits,  # noqa: F401
    _flag,  # noqa: F401
    _norm,  # noqa: F401
    _programme,  # noqa: F401
    _status,  # noqa: F401
    _vintage_period,  # noqa: F401
    column_kind,
    detect_kind,
    export_serial,
    label_flags,
    registry_lot,
    resolve_roles,
    sdg_goals,
    split_labels,
    strip_clock,
)

__all__ = [
    "DATE",
    "INT",
    "FLOAT",
    "BOOL",
    "TEXT",
    "PRINCIPLES",
    "SDGS",
    "LABELS",
    "Problems",
    "parse_principles",
    "parse_sdgs",
    "parse_labels",
    "ROLE_KINDS",
    "ExportFormat",
    "VERRA",
    "GOLD_STANDARD_EXPORT",
    "ACR_EXPORT",
    "CAR_EXPORT",
    "ART_EXPORT",
    "EXPORT_FORMATS",
    "REGISTRY_KINDS",
    "VERRA_COLUMNS",
    "VERRA_REQUIRED",
    "VERRA_VINTAGE",
    "resolve_roles",
    "detect_kind",
    "column_kind",
    "strip_clock",
    "export_serial",
    "split_labels",
    "sdg_goals",
    "label_flags",
    "registry_lot",
    "GENERIC_COLUMNS",
    "GENERIC_REQUIRED",
    "GENERIC_KINDS",
    "GENERIC_VINTAGE",
    "generic_header_problems",
    "generic_serial_text",
    "generic_lot",
    "write_generic_template",
]
