"""Step 1b, organisational boundary: entities (reporting organisation, subsidiaries, joint ventures,
associates, franchises, leased assets), their equity share and control, the sites each one holds,
and the share of its emissions the project's consolidation approach counts.

This module is the step's public API (``from workbench.services import entities``); the modules
beside it are its implementation.
"""

from workbench.services.entities.core import (  # noqa: F401
    ENTITY_FIELDS,
    FINANCIAL_CONTROL,
    KINDS,
    OPERATIONAL_CONTROL,
    REPORTING,
    add_entity,
    assign_site,
    attach_evidence,
    delete_entity,
    evidence,
    get_entity,
    list_entities,
    reporting_entity,
    restore_entity,
    update_entity,
)
from workbench.services.entities.shares import (  # noqa: F401
    APPROACHES,
    EntityShare,
    Plan,
    approach_of,
    held_in_month,
    plan,
    scope3_category,
    scope3_pct,
    share_pct,
    shares_table,
)

__all__ = [
    "APPROACHES",
    "ENTITY_FIELDS",
    "EntityShare",
    "FINANCIAL_CONTROL",
    "KINDS",
    "OPERATIONAL_CONTROL",
    "Plan",
    "REPORTING",
    "add_entity",
    "approach_of",
    "assign_site",
    "attach_evidence",
    "delete_entity",
    "evidence",
    "get_entity",
    "held_in_month",
    "list_entities",
    "plan",
    "reporting_entity",
    "restore_entity",
    "scope3_category",
    "scope3_pct",
    "share_pct",
    "shares_table",
    "update_entity",
]
