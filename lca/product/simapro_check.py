"""Pre-checks of a SimaPro CSV file before bw2io's extractor reads it."""

from __future__ import annotations

from pathlib import Path

from .import_types import ImportProblem

# Header lines of a SimaPro CSV process block: each is followed by its value line(s).
_SIMAPRO_HEADERS = frozenset(
    """Category type|Process identifier|Type|Process name|Status|Time period|Geography|Technology|
Representativeness|Multiple output allocation|Substitution allocation|Cut off rules|Capital goods|
Boundary with nature|Infrastructure|Date|Record|Generator|Literature references|External documents|
Collection method|Data treatment|Verification|Comment|Allocation rules|System description|Products|
Avoided products|Resources|Materials/fuels|Electricity/heat|Emissions to air|Emissions to water|
Emissions to soil|Final waste flows|Non material emissions|Social issues|Economic issues|
Known outputs to technosphere. Avoided products|Known outputs to technosphere. Products and co-products|
Waste to treatment|Input parameters|Calculated parameters|Waste treatment|Waste scenario|
Separated waste|Remaining waste|Platform|PlatformId|End""".replace("\n", "").split("|")
)


def _check_simapro_csv(path: Path) -> None:
    """Refuse what bw2io's SimaPro extractor would misread: a file that is not a SimaPro CSV export,
    one without processes, a process without a product, or a process cut off before its 'End' line
    (a truncated file, which bw2io would import as far as it got). A process is named by its
    'Process name' value, else its first product, else its 'Process identifier', with its first line."""
    import csv

    from bw2io.extractors.simapro_csv import SIMAPRO_END_OF_DATASETS

    with open(path, encoding="latin-1", newline="") as f:  # as SimaProCSVImporter reads it
        rows = [[c.replace("\x7f", "").strip() for c in r] for r in csv.reader(f, delimiter=";")]
    if not rows or not rows[0] or not ("SimaPro" in rows[0][0] or "CSV separator" in rows[0][0]):
        raise ImportProblem(
            f"{path}: not a SimaPro CSV export (the first line should read '{{SimaPro ...}}')"
        )
    start, names, product, count = None, {}, False, 0

    def value_after(i):
        """The value line of the header on line i: the next row, unless that is a header itself."""
        if i + 1 < len(rows) and rows[i + 1] and rows[i + 1][0] and rows[i + 1][0] not in _SIMAPRO_HEADERS:
            return rows[i + 1][0]
        return ""

    def which():
        name = names.get("Process name") or names.get("Products") or names.get("Waste treatment")
        ident = names.get("Process identifier")
        label = f"process '{name}'" if name else (f"process '{ident}'" if ident else "process")
        return f"{label} (starting on line {start + 1})"

    for i, row in enumerate(rows):
        head = row[0] if row else ""
        if start is None:
            if head == "Process":
                start, names, product = i, {}, False
            elif head in SIMAPRO_END_OF_DATASETS:
                break
            continue
        if head == "Process" or head in SIMAPRO_END_OF_DATASETS:
            raise ImportProblem(
                f"{path}: {which()} has no 'End' line before line {i + 1}; nothing was written"
            )
        if head in ("Process name", "Process identifier", "Products", "Waste treatment"):
            v = value_after(i)
            if v:
                names.setdefault(head, v)
                if head in ("Products", "Waste treatment"):
                    product = True
        elif head == "End":
            if not product:
                raise ImportProblem(
                    f"{path}: {which()} has no product row (its 'End' is on line {i + 1}); "
                    "nothing was written"
                )
            start, count = None, count + 1
    if start is not None:
        raise ImportProblem(
            f"{path}: {which()} has no 'End' line: the file ends inside it (truncated?); nothing was written"
        )
    if not count:
        raise ImportProblem(
            f"{path}: no processes found (SimaPro CSV processes are 'Process' ... 'End' blocks)"
        )
