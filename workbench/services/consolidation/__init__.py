"""Step 1c, group inventories: subsidiaries' project files consolidated into the group's file at
the group's share, intra-group energy transfers eliminated, stale subsidiaries shown, and the
base-year recalculation check for acquisitions and divestments (GHG Protocol ch. 5).

This module is the step's public API (``from workbench.services import consolidation``); the
modules beside it are its implementation.
"""

from workbench.services.consolidation.group import (  # noqa: F401
    BREAKDOWNS,
    ELIMINATION,
    ENERGY,
    consolidate,
    imports,
    read_subsidiary,
    status,
    verification_state,
)
from workbench.services.consolidation.inventory import (  # noqa: F401
    add_transfer,
    delete_transfer,
    group_inventory,
    transfers,
)
from workbench.services.consolidation.structural import (  # noqa: F401
    document_check,
    structural_check,
    summary_json,
)

__all__ = [
    "BREAKDOWNS",
    "ELIMINATION",
    "ENERGY",
    "add_transfer",
    "consolidate",
    "delete_transfer",
    "document_check",
    "group_inventory",
    "imports",
    "read_subsidiary",
    "status",
    "structural_check",
    "summary_json",
    "transfers",
    "verification_state",
]
