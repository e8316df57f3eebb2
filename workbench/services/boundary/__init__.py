"""Step 1, subject and boundary: organisation, subject, periods, sites, emission sources, exclusions.

This module is the step's public API: the CLI, the UI and the demo import it plainly
(``from workbench.services import boundary``). The modules beside it are its implementation.
"""

from workbench.services.boundary.core import (  # noqa: F401
    CONSOLIDATION,
    ISO_CATEGORIES,
    ORG_FIELDS,
    S3_CATEGORIES,
    SITE_FIELDS,
    SUBJECT_KINDS,
    add_period,
    add_site,
    add_source,
    default_iso_category,
    iso_mapping,
    list_sites,
    list_sources,
    organisation,
    period_by_label,
    period_months,
    set_base_year,
    set_current_period,
    set_inclusion,
    set_organisation,
    set_subject,
    site_id,
    source_by_code,
    subject,
    update_source,
)
from workbench.services.boundary.edits import (  # noqa: F401
    delete_site,
    delete_source,
)
from workbench.services.boundary.info import (  # noqa: F401
    describe,
    summary,
)

__all__ = [
    "add_period",
    "add_site",
    "add_source",
    "CONSOLIDATION",
    "default_iso_category",
    "delete_site",
    "delete_source",
    "describe",
    "ISO_CATEGORIES",
    "iso_mapping",
    "list_sites",
    "list_sources",
    "ORG_FIELDS",
    "organisation",
    "period_by_label",
    "period_months",
    "S3_CATEGORIES",
    "set_base_year",
    "set_current_period",
    "set_inclusion",
    "set_organisation",
    "set_subject",
    "SITE_FIELDS",
    "site_id",
    "source_by_code",
    "subject",
    "SUBJECT_KINDS",
    "summary",
    "update_source",
]
