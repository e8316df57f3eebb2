"""Step 3b, product footprints: product systems, background databases, Brightway LCA, contributions.

This module is the step's public API: the CLI, the UI and the demo import it plainly
(``from workbench.services import product``). The modules beside it are its implementation.
"""

from workbench.services.product.background import (  # noqa: F401
    SHIPPED,
    background_ref,
    build_full_biosphere,
    has_full_biosphere,
    import_background,
    import_record,
    linkable_databases,
    list_background_databases,
    relink,
    search_background,
    shipped_database,
)
from workbench.services.product.charts import (  # noqa: F401
    comparison_png,
    histogram_png,
    sankey_png,
)
from workbench.services.product.core import (  # noqa: F401
    calculate,
    compare,
    credits_needed,
    eu_claim_warning,
    fg_database,
    list_products,
    monte_carlo,
    sales_markets,
    write_result_csv,
)
from workbench.services.product.edits import (  # noqa: F401
    register_shipped_background,
)
from workbench.services.product.export import (  # noqa: F401
    export_result,
    result_rows,
)
from workbench.services.product.store import (  # noqa: F401
    ProductError,
    cached_values,
    delete_system,
    load_system,
    save_system,
    set_sales,
    store_background_value,
    system_row,
    units_sold,
    validate,
)

__all__ = [
    "background_ref",
    "build_full_biosphere",
    "cached_values",
    "calculate",
    "compare",
    "comparison_png",
    "credits_needed",
    "delete_system",
    "eu_claim_warning",
    "export_result",
    "fg_database",
    "has_full_biosphere",
    "histogram_png",
    "import_background",
    "import_record",
    "linkable_databases",
    "list_background_databases",
    "list_products",
    "load_system",
    "monte_carlo",
    "ProductError",
    "register_shipped_background",
    "relink",
    "result_rows",
    "sales_markets",
    "sankey_png",
    "save_system",
    "search_background",
    "set_sales",
    "SHIPPED",
    "shipped_database",
    "store_background_value",
    "system_row",
    "units_sold",
    "validate",
    "write_result_csv",
]
