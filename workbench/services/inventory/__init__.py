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
from workbench.services.inventory.quality import (  # noqa: F401
    PEDIGREE_FIELDS,
    PEDIGREE_LABELS,
    parse_pedigree,
    pedigree_text,
)
from workbench.services.inventory.row_uncertainty import (  # noqa: F401
    set_activity_uncertainty,
    set_source_uncertainty,
)
from workbench.services.inventory.value_map import (  # noqa: F401
    codes as mapping_codes,
)
from workbench.services.inventory.value_map import (
    save_value_mappings,
    suggest_codes,
    value_key,
    value_mappings,
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
    "mapping_codes",
    "parse_pedigree",
    "PEDIGREE_FIELDS",
    "PEDIGREE_LABELS",
    "pedigree_text",
    "remove_import_batch",
    "restore_activity",
    "save_value_mappings",
    "set_activity_uncertainty",
    "set_source_uncertainty",
    "suggest_codes",
    "UNC_DISTS",
    "unlink_evidence",
    "update_activity",
    "value_key",
    "value_mappings",
]
