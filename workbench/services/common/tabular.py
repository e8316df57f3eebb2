"""Reading CSV and .xlsx files row by row, with errors that name the file and row.

Shared by every importer (activities, credit lots, ...). Rows are yielded as lists of strings
(or cell values for .xlsx) with their 1-based row number in the file (the header is row 1).
"""

from __future__ import annotations

import csv
import io
import os

from workbench.project.errors import InputError, RowError

TEXT_ENCODINGS = ("utf-8-sig", "cp949")  # UTF-8 (with or without BOM); Korean Excel exports use CP949


class TabularFile:
    """A CSV or .xlsx file opened for streaming: ``header`` then ``rows()`` -> (row_no, values)."""

    def __init__(self, path, sheet: str | None = None):
        self.path = str(path)
        self.name = os.path.basename(self.path)
        self.sheet = sheet
        if not os.path.exists(self.path):
            raise InputError([RowError(self.name, None, None, "no such file")], f"{self.path}: no such file")
        if os.path.getsize(self.path) == 0:
            raise InputError(
                [RowError(self.name, None, None, "the file is empty")],
                f"{self.name}: the file is empty; nothing was imported",
            )
        self.kind = "xlsx" if self.path.lower().endswith((".xlsx", ".xlsm")) else "csv"
        self._rows = self._open_xlsx() if self.kind == "xlsx" else self._open_csv()
        try:
            first = next(self._rows)
        except StopIteration:
            raise InputError(
                [RowError(self.name, None, None, "the file is empty")],
                f"{self.name}: the file is empty; nothing was imported",
            ) from None
        self.header = [str(h).strip() if h is not None else "" for h in first[1]]
        if not any(self.header):
            raise InputError([RowError(self.name, 1, None, "the first row must be a header of column names")])

    def _open_csv(self):
        encoding = self._sniff_encoding()
        fh = open(self.path, newline="", encoding=encoding)
        sample = fh.read(4096)
        fh.seek(0)
        try:
            dialect = csv.Sniffer().sniff(sample, delimiters=",;\t") if sample else csv.excel
        except csv.Error:
            dialect = csv.excel
        return self._csv_rows(fh, dialect, encoding)

    def _sniff_encoding(self) -> str:
        with open(self.path, "rb") as fh:
            head = fh.read(65536)
        if b"\x00" in head:
            raise InputError(
                [RowError(self.name, None, None, "binary data (NUL bytes): not a CSV text file")],
                f"{self.name}: not a CSV text file (it contains binary data); nothing was imported",
            )
        for enc in TEXT_ENCODINGS:
            try:
                head.decode(enc)
                return enc
            except UnicodeDecodeError as exc:
                if exc.start >= len(head) - 4:  # a multi-byte character cut by the sample boundary
                    return enc
        raise InputError(
            [RowError(self.name, None, None, "not UTF-8 or CP949 text")],
            f"{self.name}: not a text CSV file (neither UTF-8 nor CP949); nothing was imported",
        )

    def _csv_rows(self, fh, dialect, encoding):
        reader = csv.reader(fh, dialect)
        row_no = 0
        try:
            for row in reader:
                row_no += 1
                yield row_no, row
        except UnicodeDecodeError:
            raise InputError(
                [RowError(self.name, row_no + 1, None, f"not valid {encoding} text")],
                f"{self.name}: row {row_no + 1} is not valid {encoding} text; nothing was imported",
            ) from None
        except csv.Error as exc:
            raise InputError([RowError(self.name, row_no + 1, None, f"malformed CSV ({exc})")]) from None
        finally:
            fh.close()

    def _open_xlsx(self):
        import zipfile

        from openpyxl import load_workbook

        try:
            wb = load_workbook(self.path, read_only=True, data_only=True)
        except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
            raise InputError(
                [RowError(self.name, None, None, f"not a readable .xlsx workbook ({exc})")],
                f"{self.name}: not a readable .xlsx workbook; nothing was imported",
            ) from None
        if self.sheet:
            if self.sheet not in wb.sheetnames:
                raise InputError(
                    [
                        RowError(
                            self.name,
                            None,
                            None,
                            f"no sheet named '{self.sheet}' (sheets: {', '.join(wb.sheetnames)})",
                        )
                    ]
                )
            ws = wb[self.sheet]
        else:
            ws = wb.worksheets[0]

        def gen():
            try:
                for i, values in enumerate(ws.iter_rows(values_only=True), start=1):
                    yield i, ["" if v is None else v for v in values]
            finally:
                wb.close()

        return gen()

    def rows(self):
        """Data rows after the header, skipping rows that are entirely blank."""
        for row_no, values in self._rows:
            if not any(values) or (len(values) == 1 and not str(values[0]).strip()):
                continue
            yield row_no, values


def resolve_columns(
    tab: TabularFile,
    fields: dict[str, bool],
    mapping: dict[str, str] | None,
    aliases: dict[str, tuple[str, ...]] | None = None,
) -> dict[str, int]:
    """Map field name -> column index. ``fields``: name -> required. Errors name what is missing."""
    lower = {h.lower(): i for i, h in enumerate(tab.header)}
    out: dict[str, int] = {}
    errors = []
    for field, required in fields.items():
        if mapping and field in mapping and mapping[field]:
            col = mapping[field]
            if col.lower() not in lower:
                errors.append(
                    RowError(tab.name, 1, col, f"mapped column '{col}' (for {field}) is not in the header")
                )
                continue
            out[field] = lower[col.lower()]
            continue
        names = (field, *((aliases or {}).get(field, ())))
        for n in names:
            if n.lower() in lower:
                out[field] = lower[n.lower()]
                break
        else:
            if required:
                errors.append(
                    RowError(
                        tab.name,
                        1,
                        field,
                        f"missing column '{field}' (columns found: {', '.join(tab.header)})",
                    )
                )
    if errors:
        raise InputError(
            errors, f"{tab.name}: the header does not have the columns needed; nothing was imported"
        )
    return out


def file_sha256(path) -> str:
    import hashlib

    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def csv_text(rows: list[list]) -> str:
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    return buf.getvalue()
