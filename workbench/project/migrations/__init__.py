"""Ordered schema migrations, one module each (``VERSION``, ``up(conn)``); listed in ``ALL``."""

from workbench.project.migrations import (
    m0001_core,
    m0002_footprint,
    m0003_offsets,
    m0004_product,
    m0005_plan,
    m0006_verification,
    m0007_documents,
    m0008_data_version,
    m0009_result_versions,
    m0010_import_record,
    m0011_factor_uncertainty,
    m0012_entities,
    m0013_reduction_projects,
    m0014_pedigree,
    m0015_lot_labels,
    m0016_value_mappings,
)

#: Every migration module; a new migration is added here.
ALL = (
    m0001_core,
    m0002_footprint,
    m0003_offsets,
    m0004_product,
    m0005_plan,
    m0006_verification,
    m0007_documents,
    m0008_data_version,
    m0009_result_versions,
    m0010_import_record,
    m0011_factor_uncertainty,
    m0012_entities,
    m0013_reduction_projects,
    m0014_pedigree,
    m0015_lot_labels,
    m0016_value_mappings,
)
