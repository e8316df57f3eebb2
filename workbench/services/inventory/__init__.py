"""Step 2, inventory: activity data imported from CSV/Excel or typed in, evidence, the ledger view.

This module is the step's public API: the CLI, the UI and the demo import it plainly
(``from workbench.services import inventory``). The modules beside it are its implementation.
"""

from workbench.services.inventory.core import (  # noqa: F401
    ALIASES,
    COLUMNS,
    EDITABLE,
    FIELDS,
    UNC_DISTS,
    ImportResult,
    add_activity,
    count_activities,
    delete_activity,
    import_activities,
    restore_activity,
    update_activity,
)
from workbench.services.inventory.edits import (  # noqa: F401
    remove_import_batch,
    unlink_evidence,
)
from workbench.services.inventory.ledger import (  # noqa: F401
    FROM,
    LedgerFilter,
    LedgerQuery,
    editable_field,
)

__all__ = [
    "add_activity",
    "ALIASES",
    "COLUMNS",
    "count_activities",
    "delete_activity",
    "EDITABLE",
    "editable_field",
    "FIELDS",
    "FROM",
    "import_activities",
    "ImportResult",
    "LedgerFilter",
    "LedgerQuery",
    "remove_import_batch",
    "restore_activity",
    "UNC_DISTS",
    "unlink_evidence",
    "update_activity",
]
