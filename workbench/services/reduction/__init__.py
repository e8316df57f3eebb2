"""Reduction projects: the organisation's own reductions certified under the KCCI Carbon Standard
(KCR) or MyCarbon (CRA), from methodology to issued credits (issue 20).

A reduction project lives inside the organisation's project file, so the double-counting check
(a reduction inside the organisation's own boundary used as a credit against its own footprint)
reads the same file. This module is the step's public API::

    from workbench.services import reduction
    pid = reduction.create(p, code="RP-1", name=..., standard="KCS", proponent=..., ...)
    reduction.add_parameter(p, "RP-1", "HG", "Steam heat output", "GJ", "monitored", 30000, meter=...)
    reduction.add_readings(p, "RP-1", "HG", [("2025-01-01", "2025-01-31", 2400, "GJ")])
    reduction.add_term(p, "RP-1", "baseline", "Diesel displaced", ["HG"], ["EFF"], "epa.stat.diesel.mmbtu")
    reduction.monitored(p, "RP-1", "2025").reduction_t     # baseline - project - leakage
    reduction.tracker(p, "RP-1")                            # KCCI's 8 steps / MyCarbon's, clocks
    reduction.issue(p, "RP-1", "2025", 1200, "2026-03-10")  # a KCR credit lot

The eligibility rules are registered in the claim-rule registry
(``documents.REDUCTION_RULES``; run them with ``documents.reduction_findings``), and the
documents are built by ``documents.build_pdd`` / ``documents.build_monitoring_report``.
"""

from workbench.services.reduction.calc import (  # noqa: F401
    PeriodReduction,
    ex_ante,
    factor_values,
    monitored,
    monitored_all,
    uncertainty,
)
from workbench.services.reduction.edits import (  # noqa: F401
    PARAMETER_FIELDS,
    READING_FIELDS,
    edit_parameter,
    edit_reading,
    parameter_values,
    reading_ids,
    readings_of,
    remove,
    remove_parameter,
    remove_readings,
    restore_step,
    step_values,
    withdraw,
)
from workbench.services.reduction.eligibility import (  # noqa: F401
    KCCI_KEYS,
    MYC_CRITERIA,
    RULE_SPECS,
    ReductionInputs,
    inputs,
)
from workbench.services.reduction.figures import DECIMALS, fmt_credits, fmt_tonnes  # noqa: F401
from workbench.services.reduction.issuance import (  # noqa: F401
    CLAUSE_DOUBLE,
    Issuance,
    double_counting,
    issuances,
    issue,
    transfer,
)
from workbench.services.reduction.model import document  # noqa: F401
from workbench.services.reduction.process import (  # noqa: F401
    KCCI_STEPS,
    MYCARBON_STEPS,
    STATES,
    StepStatus,
    set_step,
    steps_of,
    tracker,
)
from workbench.services.reduction.readings import import_readings  # noqa: F401
from workbench.services.reduction.store import (  # noqa: F401
    SCALES,
    STANDARDS,
    VALUE_CHAIN,
    ReductionProject,
    add_parameter,
    add_period,
    add_readings,
    add_term,
    attach_evidence,
    create,
    get,
    list_projects,
    set_evidence,
    update,
)

__all__ = [
    "READING_FIELDS",
    "edit_reading",
    "PARAMETER_FIELDS",
    "edit_parameter",
    "parameter_values",
    "reading_ids",
    "readings_of",
    "remove",
    "remove_parameter",
    "remove_readings",
    "restore_step",
    "step_values",
    "withdraw",
    "DECIMALS",
    "fmt_credits",
    "fmt_tonnes",
    "add_parameter",
    "add_period",
    "add_readings",
    "add_term",
    "attach_evidence",
    "CLAUSE_DOUBLE",
    "create",
    "document",
    "double_counting",
    "ex_ante",
    "factor_values",
    "get",
    "import_readings",
    "inputs",
    "Issuance",
    "issuances",
    "issue",
    "KCCI_KEYS",
    "KCCI_STEPS",
    "list_projects",
    "monitored",
    "monitored_all",
    "MYC_CRITERIA",
    "MYCARBON_STEPS",
    "PeriodReduction",
    "ReductionInputs",
    "ReductionProject",
    "RULE_SPECS",
    "SCALES",
    "set_evidence",
    "set_step",
    "STANDARDS",
    "STATES",
    "steps_of",
    "StepStatus",
    "tracker",
    "transfer",
    "uncertainty",
    "update",
    "VALUE_CHAIN",
]
