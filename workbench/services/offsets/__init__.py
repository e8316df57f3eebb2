"""Step 5, offsets: credit lots, registry imports, rule checks, portfolio, retirements, the claim,
and the retirement register shared by the project files of a machine or folder.

This module is the step's public API: the CLI, the UI and the demo import it plainly
(``from workbench.services import offsets``). The modules beside it are its implementation.
"""

from workbench.services.offsets.claims import (  # noqa: F401
    CLAIM_FIELDS,
    SETTING_PROGRAMMES,
    SETTING_WINDOW,
)
from workbench.services.offsets.core import (  # noqa: F401
    IMPORT_KINDS,
    Coverage,
    ImportResult,
    add_lot,
    check,
    claim_context,
    coverage,
    delete_lot,
    export_csv,
    external_retirements,
    get_claim,
    get_lot,
    import_registry_file,
    import_retirements_from,
    kets_surrender_check,
    list_lots,
    plan_selection,
    read_registry_file,
    register_lots,
    residual_for,
    retire,
    select_portfolio,
    set_claim,
    split_lot,
    update_lot,
)
from workbench.services.offsets.edits import (  # noqa: F401
    remove_offsets_import,
)
from workbench.services.offsets.imports import (  # noqa: F401
    RegistryRead,
    read_registry,
)
from workbench.services.offsets.kets_calc import (  # noqa: F401
    KETS_ARREARS_MAX_MONTHS,
    KETS_BORROWING_YEARS,
    KETS_DEFAULT_SURCHARGE_CAP_KRW,
    KETS_FIRST_YEAR_BORROWING,
    KetsCalculation,
    KetsInputError,
    kets_arrears,
    kets_borrowing,
    kets_borrowing_needs_previous,
    kets_borrowing_position,
    kets_surcharge,
)
from workbench.services.offsets.register import (  # noqa: F401
    Recorded,
    RegisterOutOfDate,
    record_project,
    register_path,
    set_register_folder,
)
from workbench.services.offsets.register import files as register_files  # noqa: F401
from workbench.services.offsets.register import forget as forget_register_file  # noqa: F401
from workbench.services.offsets.register import status_of as register_status  # noqa: F401
from workbench.services.offsets.scan import ScannedFile, scan_folder  # noqa: F401
from workbench.services.offsets.store import (  # noqa: F401
    COLUMNS,
    TABLE,
    lot_to_row,
    row_to_lot,
    validate_lot,
)

__all__ = [
    "add_lot",
    "check",
    "claim_context",
    "CLAIM_FIELDS",
    "COLUMNS",
    "coverage",
    "Coverage",
    "delete_lot",
    "export_csv",
    "external_retirements",
    "forget_register_file",
    "get_claim",
    "get_lot",
    "IMPORT_KINDS",
    "import_registry_file",
    "import_retirements_from",
    "ImportResult",
    "kets_arrears",
    "KETS_ARREARS_MAX_MONTHS",
    "kets_borrowing",
    "kets_borrowing_needs_previous",
    "kets_borrowing_position",
    "KETS_BORROWING_YEARS",
    "KETS_DEFAULT_SURCHARGE_CAP_KRW",
    "KETS_FIRST_YEAR_BORROWING",
    "kets_surcharge",
    "kets_surrender_check",
    "KetsCalculation",
    "KetsInputError",
    "list_lots",
    "lot_to_row",
    "plan_selection",
    "read_registry",
    "read_registry_file",
    "Recorded",
    "record_project",
    "register_files",
    "register_lots",
    "register_path",
    "register_status",
    "RegisterOutOfDate",
    "RegistryRead",
    "remove_offsets_import",
    "residual_for",
    "retire",
    "row_to_lot",
    "scan_folder",
    "ScannedFile",
    "select_portfolio",
    "set_claim",
    "set_register_folder",
    "SETTING_PROGRAMMES",
    "SETTING_WINDOW",
    "split_lot",
    "TABLE",
    "update_lot",
    "validate_lot",
]
