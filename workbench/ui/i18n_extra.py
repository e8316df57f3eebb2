"""Strings the UI translates at run time that come from services (category names, statuses...).

They are listed here with tr_noop so that `python -m workbench.ui.i18n_tools` puts them in the
catalogue; the pages call tr(value) on the service's text.
"""

from .i18n import tr_noop

SERVICE_STRINGS = (
    # GHG Protocol scope 3 categories (workbench.services.boundary.S3_CATEGORIES)
    tr_noop("Purchased goods and services"),
    tr_noop("Capital goods"),
    tr_noop("Fuel- and energy-related activities"),
    tr_noop("Upstream transportation and distribution"),
    tr_noop("Waste generated in operations"),
    tr_noop("Business travel"),
    tr_noop("Employee commuting"),
    tr_noop("Upstream leased assets"),
    tr_noop("Downstream transportation and distribution"),
    tr_noop("Processing of sold products"),
    tr_noop("Use of sold products"),
    tr_noop("End-of-life treatment of sold products"),
    tr_noop("Downstream leased assets"),
    tr_noop("Franchises"),
    tr_noop("Investments"),
    # ISO 14064-1:2018 categories (boundary.ISO_CATEGORIES)
    tr_noop("Direct GHG emissions and removals"),
    tr_noop("Indirect emissions from imported energy"),
    tr_noop("Indirect emissions from transportation"),
    tr_noop("Indirect emissions from products used"),
    tr_noop("Indirect emissions from the use of the organisation's products"),
    tr_noop("Other indirect emissions"),
    # consolidation approaches
    tr_noop("operational control"),
    tr_noop("financial control"),
    tr_noop("equity share"),
    # management plan sections (lca.reduction_plan.SECTIONS, underscores as spaces)
    tr_noop("commitment"),
    tr_noop("timescale"),
    tr_noop("targets"),
    tr_noop("measures"),
    tr_noop("offset strategy"),
    tr_noop("review cycle"),
    # verification vocabulary
    tr_noop("open"),
    tr_noop("closed"),
    tr_noop("agreed"),
    tr_noop("exception"),
    tr_noop("unmodified"),
    tr_noop("modified"),
    tr_noop("adverse"),
    tr_noop("disclaimer"),
    tr_noop("limited"),
    tr_noop("reasonable"),
    tr_noop("(automatic)"),
    # credit lots and claims (offsets.lots, offsets_claims)
    tr_noop("avoidance"),
    tr_noop("removal"),
    tr_noop("held"),
    tr_noop("retired"),
    tr_noop("cancelled"),
    tr_noop("footprint"),
    tr_noop("claim"),
    tr_noop("none"),
    # finding severities (offsets.findings, lca.materiality)
    tr_noop("error"),
    tr_noop("warning"),
    tr_noop("info"),
    tr_noop("fail"),
    # confidence tags of the shipped tables (resources/factors/uncertainty.csv, STANDARDS.md)
    tr_noop("[seed]"),
    tr_noop("[public]"),
    tr_noop("[unconfirmed]"),
    # uncertainty distributions of activity rows (the ledger's uncertainty column)
    tr_noop("normal"),
    tr_noop("lognormal"),
    tr_noop("uniform"),
    tr_noop("triangular"),
    # product systems: exchange kinds (lca.product), the shipped background's format
    tr_noop("technosphere"),
    tr_noop("background"),
    tr_noop("biosphere"),
    tr_noop("shipped"),
)
