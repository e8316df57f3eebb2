"""Step 3, footprint: factors x activity data through Brightway, breakdowns, scope 2, Monte Carlo.

This module is the step's public API: the CLI, the UI and the demo import it plainly
(``from workbench.services import footprint``). The modules beside it are its implementation.
"""

from workbench.services.footprint.charts import (  # noqa: F401
    breakdown_png,
    donut_png,
    histogram_png,
    macc_png,
    trajectory_png,
)
from workbench.services.footprint.comparison import (  # noqa: F401
    DEFAULT_RESTATEMENT_PCT,
    compare,
    report_period,
)
from workbench.services.footprint.contractual import (  # noqa: F401
    KINDS,
    add_instrument,
    delete_instrument,
    instruments,
    intensity_inputs,
    restore_instrument,
    set_denominator,
)
from workbench.services.footprint.core import (  # noqa: F401
    DEFAULT_SCOPE2_BASIS,
    INPUT_TABLES,
    calculate,
    check_boundary,
    inputs_hash,
    latest,
    shares_of,
)
from workbench.services.footprint.export import (  # noqa: F401
    text_table,
    write_csv,
    write_json,
)
from workbench.services.footprint.factors import (  # noqa: F401
    add_user_factor,
    assign_factor,
    available_factors,
    clear_factor_uncertainty,
    clear_override,
    copied_factors,
    copy_missing,
    effective_factors,
    factor_uncertainties,
    find_factor,
    load_library,
    overrides,
    set_factor_uncertainty,
    set_override,
    uncertainty_overrides,
)
from workbench.services.footprint.ledger import (  # noqa: F401
    LEDGER_INDEX,
    has_ledger_index,
    load_ledger,
)
from workbench.services.footprint.uncertainty import (  # noqa: F401
    latest_monte_carlo,
    monte_carlo,
)

__all__ = [
    "INPUT_TABLES",
    "add_instrument",
    "add_user_factor",
    "assign_factor",
    "available_factors",
    "breakdown_png",
    "calculate",
    "check_boundary",
    "clear_factor_uncertainty",
    "clear_override",
    "compare",
    "copied_factors",
    "copy_missing",
    "DEFAULT_RESTATEMENT_PCT",
    "DEFAULT_SCOPE2_BASIS",
    "delete_instrument",
    "donut_png",
    "effective_factors",
    "factor_uncertainties",
    "find_factor",
    "has_ledger_index",
    "histogram_png",
    "inputs_hash",
    "instruments",
    "intensity_inputs",
    "KINDS",
    "latest",
    "latest_monte_carlo",
    "LEDGER_INDEX",
    "load_ledger",
    "load_library",
    "macc_png",
    "monte_carlo",
    "overrides",
    "report_period",
    "restore_instrument",
    "set_denominator",
    "set_factor_uncertainty",
    "set_override",
    "shares_of",
    "text_table",
    "trajectory_png",
    "uncertainty_overrides",
    "write_csv",
    "write_json",
]
