"""Running bw2io's strategies one by one: which are not run, which may be skipped on a dataset
that fails them (with a warning), and the refusal, naming the dataset, when any other one fails;
plus the multi-output check a single-output import needs."""

from __future__ import annotations

import copy
from pathlib import Path

from .bw_bridge import quiet
from .import_types import ImportProblem

# bw2io strategies the workbench does not run: they delete unlinked exchanges without asking.
NOT_RUN = frozenset({"delete_exchanges_missing_activity", "delete_ghost_exchanges"})
# Strategies that tidy metadata or uncertainty only (no amount, no link): when one fails on a
# dataset it is skipped for that dataset and the import goes on, with a warning naming both.
SKIPPABLE = frozenset(
    {
        "update_social_flows_in_older_consequential",
        "fix_unreasonably_high_lognormal_uncertainties",
        "remove_uncertainty_from_negative_loss_exchanges",
        "add_cpc_classification_from_single_reference_product",
        "delete_none_synonyms",
        "remove_unnamed_parameters",
    }
)


def _strategy_name(strategy) -> str:
    return getattr(strategy, "__name__", None) or getattr(
        getattr(strategy, "func", None), "__name__", "strategy"
    )


def _dataset_label(ds) -> str:
    out = f"dataset '{ds.get('name')}' [{ds.get('location', '')}]"
    return out + (f" (file {ds['filename']})" if ds.get("filename") else "")


def _apply(imp, strategy, name: str, path: Path, warnings: list[str]) -> None:
    """Apply one strategy; on failure find the dataset(s) it fails on and skip or refuse."""
    try:
        with quiet():
            imp.apply_strategy(strategy, verbose=False)
        return
    except Exception as whole:  # noqa: BLE001  (any bw2io error is reported, naming the dataset)
        error = whole
    failing = {}
    for ds in imp.data:
        try:
            with quiet():
                strategy(copy.deepcopy([ds]))
        except Exception as exc:  # noqa: BLE001
            failing[id(ds)] = (ds, exc)
    if not failing:  # fails only on the whole data (a cross-dataset strategy)
        raise ImportProblem(
            f"{path}: bw2io strategy {name} failed: {type(error).__name__}: {error}; nothing was written"
        ) from error
    if name in SKIPPABLE:
        out = []
        for ds in imp.data:
            if id(ds) in failing:
                out.append(ds)
            else:
                with quiet():
                    out.extend(strategy([ds]))
        imp.data = out
        for ds, exc in failing.values():
            warnings.append(
                f"bw2io strategy {name} failed on {_dataset_label(ds)}: {type(exc).__name__}: {exc}; "
                "skipped for that dataset (it changes no amount or link)"
            )
        return
    ds, exc = next(iter(failing.values()))
    more = f" and {len(failing) - 1} other dataset(s)" if len(failing) > 1 else ""
    raise ImportProblem(
        f"{path}: bw2io strategy {name} failed on {_dataset_label(ds)}{more}: {type(exc).__name__}: {exc}; "
        "nothing was written"
    ) from exc


def _multi_output(imp) -> list[str]:
    out = []
    for ds in imp.data:
        prods = [e for e in ds.get("exchanges", []) if e.get("type") == "production" and e.get("amount")]
        if len(prods) > 1:
            names = ", ".join(f"'{e.get('name')}'" for e in prods[:5])
            out.append(f"{_dataset_label(ds)} has {len(prods)} reference products ({names})")
    return out


def _multi_output_problem(path, multi, warnings=None) -> ImportProblem:
    return ImportProblem(
        f"{path}: multi-output dataset(s), which a single-output import cannot represent: "
        + "; ".join(multi[:5])
        + ". Import an allocated release (e.g. ecoinvent's cut-off or APOS unit processes) or split "
        "the dataset into one dataset per product; nothing was written",
        warnings=warnings,
    )
