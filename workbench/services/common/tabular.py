"""Reading CSV and .xlsx files row by row, with errors that name the file, row and column.

The one tabular reader every importer uses (activities, credit lots, product pre-checks). Rows
are yielded as lists of strings (or cell values for .xlsx) with their 1-based row number in the
file (the header is row 1). :class:`TabularFile` says what it found (:attr:`TabularFile.detected`:
format, encoding, delimiter, decimal mark, sheet) so an import record or a preview can show it.

CSV text: UTF-8 (with or without BOM), UTF-16 and UTF-32 with a BOM, CP949 / EUC-KR (Korean
Excel exports); the delimiter (comma, semicolon or tab) is sniffed from the first lines. A
semicolon-delimited file is taken to use decimal commas (that is why such files use ';'), unless
the caller says otherwise. .xlsx: cells are read as Excel last saved them; a formula cell
without a saved value, or whose saved value is an Excel error (#DIV/0!, #REF!, ...), is refused
naming the sheet and cell.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
from dataclasses import dataclass
from itertools import zip_longest

from workbench.project.errors import InputError, RowError

DELIMITERS = (",", ";", "\t")
_DELIM_NAMES = {",": "comma", ";": "semicolon", "\t": "tab"}
_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8 with BOM"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)
_NO_BOM = (("utf-8", "UTF-8"), ("cp949", "CP949 (EUC-KR)"))  # tried in this order on the whole file
EXCEL_ERRORS = ("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA")
_SAMPLE = 65536


@dataclass(frozen=True)
class Detected:
    """What the reader found in a file (shown in previews and kept with the import record)."""

    kind: str  # "csv" or "xlsx"
    encoding: str | None = None  # e.g. "UTF-8", "UTF-16", "CP949 (EUC-KR)"; None for .xlsx
    delimiter: str | None = None  # ",", ";" or "\t"; None for .xlsx
    decimal: str = "."  # decimal mark used for text cells
    decimal_from: str = "default"  # "option", "the ';' delimiter" or "default"
    sheet: str | None = None  # .xlsx: the sheet read

    def __str__(self) -> str:
        if self.kind == "xlsx":
            parts = ["Excel workbook", f"sheet '{self.sheet}'"]
        else:
            parts = [
                "CSV",
                self.encoding or "?",
                f"{_DELIM_NAMES.get(self.delimiter, self.delimiter)}-delimited",
            ]
        if self.decimal == ",":
            parts.append(
                "decimal comma" + (f" (from {self.decimal_from})" if self.decimal_from != "option" else "")
            )
        return ", ".join(parts)


def _refuse(
    name: str, reason: str, row: int | None = None, column: str | None = None, summary: str | None = None
):
    return InputError(
        [RowError(name, row, column, reason)], summary or f"{name}: {reason}; nothing was imported"
    )


def _column_letter(j: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(j + 1)


def _csv_problem(exc: csv.Error) -> str:
    text = str(exc)
    if "field larger than field limit" in text:
        return "a cell is longer than 128 KB (unbalanced quotes?)"
    if "new-line character seen in unquoted field" in text:
        return "a line ends inside a cell (a stray carriage return)"
    if "NUL" in text:
        return "the line contains binary data (NUL bytes)"
    return "malformed CSV (check the quotes on this line)"


class TabularFile:
    """A CSV or .xlsx file opened for streaming: ``header`` then ``rows()`` -> (row_no, values).

    ``encoding`` (a Python codec name), ``delimiter`` and ``decimal`` ("." or ",") override what
    would be detected; ``sheet`` picks an .xlsx sheet (default the first). Every problem raises
    :class:`InputError` naming the file (and row, column) and saying nothing was imported.
    """

    def __init__(
        self,
        path,
        sheet: str | None = None,
        *,
        encoding: str | None = None,
        delimiter: str | None = None,
        decimal: str | None = None,
    ):
        self.path = str(path)
        self.name = os.path.basename(self.path)
        self.sheet = sheet
        if decimal not in (None, ".", ","):
            raise _refuse(self.name, f"the decimal mark must be '.' or ',', not '{decimal}'")
        if delimiter is not None and delimiter not in DELIMITERS:
            raise _refuse(self.name, f"the delimiter must be a comma, semicolon or tab, not '{delimiter}'")
        if not os.path.isfile(self.path):
            raise _refuse(self.name, "no such file", summary=f"{self.path}: no such file")
        self.size = os.path.getsize(self.path)
        if self.size == 0:
            raise _refuse(self.name, "the file is empty")
        lower = self.path.lower()
        if lower.endswith((".xls", ".xlsb", ".ods", ".numbers")):
            raise _refuse(
                self.name,
                f"{os.path.splitext(lower)[1]} files cannot be read; save the sheet as .xlsx or CSV",
            )
        self.kind = "xlsx" if lower.endswith((".xlsx", ".xlsm")) else "csv"
        self._buffer = None
        self._max_row = None
        if self.kind == "xlsx":
            self._rows = self._open_xlsx()
            self.detected = Detected(
                "xlsx",
                decimal=decimal or ".",
                decimal_from="option" if decimal else "default",
                sheet=self.sheet,
            )
        else:
            enc, enc_name = self._encoding(encoding)
            delim = delimiter or self._sniff_delimiter(enc)
            if decimal:
                dec, dec_from = decimal, "option"
            elif delim == ";":
                dec, dec_from = ",", "the ';' delimiter"
            else:
                dec, dec_from = ".", "default"
            self.detected = Detected("csv", enc_name, delim, dec, dec_from)
            self._rows = self._csv_rows(enc, delim)
        try:
            first = next(self._rows)
        except StopIteration:
            raise _refuse(self.name, "the file is empty") from None
        self.header = [str(h).strip() if h is not None else "" for h in first[1]]
        if not any(self.header):
            raise _refuse(self.name, "the first row must be a header of column names", row=1)

    @property
    def decimal(self) -> str:
        return self.detected.decimal

    # -- CSV -------------------------------------------------------------------------------------
    def _encoding(self, given: str | None) -> tuple[str, str]:
        if given:
            try:
                info = codecs.lookup(given)
            except LookupError:
                raise _refuse(self.name, f"unknown text encoding '{given}'") from None
            return info.name, given.upper()
        with open(self.path, "rb") as fh:
            head = fh.read(_SAMPLE)
        for bom, codec, label in _BOMS:
            if head.startswith(bom):
                return codec, label
        if b"\x00" in head:
            raise _refuse(
                self.name,
                "binary data (NUL bytes): not a CSV text file",
                summary=f"{self.name}: not a CSV text file (it contains binary data); nothing was imported",
            )
        first_bad = None
        for codec, label in _NO_BOM:
            bad = self._first_undecodable(codec)
            if bad is None:
                return codec, label
            first_bad = first_bad or bad
        line = first_bad[1]
        raise _refuse(
            self.name,
            f"not a text file in UTF-8, UTF-16 or CP949 (EUC-KR): undecodable byte 0x{first_bad[0]:02x} "
            f"on line {line}; save it as CSV UTF-8 and import again",
            row=line,
            summary=f"{self.name}: not a text CSV file (neither UTF-8 nor CP949); nothing was imported",
        )

    def _first_undecodable(self, codec: str) -> tuple[int, int] | None:
        """(byte, line) of the first byte ``codec`` cannot decode, or None if the whole file decodes."""
        dec = codecs.getincrementaldecoder(codec)()
        lines = 1
        with open(self.path, "rb") as fh:
            while chunk := fh.read(1 << 20):
                try:
                    dec.decode(chunk)
                except UnicodeDecodeError as exc:
                    # the error's start is relative to the decoder's pending bytes + this chunk
                    pos = max(exc.start - (len(exc.object) - len(chunk)), 0)
                    return exc.object[exc.start], lines + chunk[:pos].count(b"\n")
                lines += chunk.count(b"\n")
            try:
                dec.decode(b"", final=True)
            except UnicodeDecodeError as exc:
                return exc.object[exc.start], lines
        return None

    def _sniff_delimiter(self, encoding: str) -> str:
        with open(self.path, encoding=encoding, errors="replace", newline="") as fh:
            sample = fh.read(_SAMPLE)
        lines = sample.splitlines()
        if len(sample) >= _SAMPLE and len(lines) > 1:
            lines = lines[:-1]  # the last line may be cut
        lines = [ln for ln in lines if ln.strip()][:50]
        best, best_score = ",", (False, 0.0, 0)
        for d in DELIMITERS:
            try:
                rows = list(csv.reader(lines, delimiter=d))
            except csv.Error:
                continue
            if not rows:
                continue
            width = len(rows[0])
            same = sum(1 for r in rows if len(r) == width) / len(rows)
            score = (width > 1, same, width)
            if score > best_score:
                best, best_score = d, score
        return best

    def _csv_rows(self, encoding: str, delimiter: str):
        raw = open(self.path, "rb")  # noqa: SIM115 - closed when the generator ends
        self._buffer = raw
        fh = io.TextIOWrapper(raw, encoding=encoding, newline="")
        reader = csv.reader(fh, delimiter=delimiter)
        row_no = 0
        try:
            for row in reader:
                row_no += 1
                yield row_no, row
        except UnicodeDecodeError:
            raise _refuse(
                self.name,
                f"not valid {self.detected.encoding} text; save it as CSV UTF-8 and import again",
                row=row_no + 1,
                summary=f"{self.name}: row {row_no + 1} is not valid {self.detected.encoding} text; "
                "nothing was imported",
            ) from None
        except csv.Error as exc:
            raise _refuse(self.name, _csv_problem(exc), row=row_no + 1) from None
        finally:
            fh.close()

    # -- .xlsx -----------------------------------------------------------------------------------
    def _open_xlsx(self):
        wb, wf = _load_workbooks(self.path, self.name)
        if self.sheet:
            if self.sheet not in wb.sheetnames:
                wb.close()
                wf.close()
                raise _refuse(
                    self.name, f"no sheet named '{self.sheet}' (sheets: {', '.join(wb.sheetnames)})"
                )
        else:
            self.sheet = wb.sheetnames[0]
        ws, fs = wb[self.sheet], wf[self.sheet]
        try:
            self._max_row = ws.max_row
        except Exception:  # noqa: BLE001 - a sheet without a dimension record
            self._max_row = None
        return _sheet_rows(self.name, self.sheet, ws, fs, lambda: getattr(self, "header", None), (wb, wf))

    # -- rows ------------------------------------------------------------------------------------
    def rows(self):
        """Data rows after the header, skipping rows that are entirely blank."""
        for row_no, values in self._rows:
            if not any(values) or (len(values) == 1 and not str(values[0]).strip()):
                continue
            yield row_no, values

    def fraction(self, row_no: int) -> float | None:
        """How far through the file the reader is (0..1), for progress; None when unknown."""
        if self._buffer is not None and not self._buffer.closed:
            return min(self._buffer.tell() / self.size, 1.0)
        if self._max_row:
            return min(row_no / self._max_row, 1.0)
        return None

    def header_only_error(self) -> InputError:
        """The refusal for a file with a header and no data rows."""
        return _refuse(self.name, "the file has a header row but no data rows")


def _load_workbooks(path, name: str):
    """The workbook twice: with the values Excel saved, and with the formulas (to find formula
    cells whose saved value is missing)."""
    import warnings
    import zipfile

    from openpyxl import load_workbook

    def load(data_only: bool):
        with warnings.catch_warnings():  # openpyxl warns about styles, validation, ...
            warnings.simplefilter("ignore")
            return load_workbook(path, read_only=True, data_only=data_only)

    try:
        return load(True), load(False)
    except zipfile.BadZipFile:
        raise _refuse(name, "not a readable .xlsx workbook (it is not a zip archive)") from None
    except Exception:  # noqa: BLE001 - openpyxl raises KeyError, ValueError, TypeError... for bad parts
        raise _refuse(name, "not a readable .xlsx workbook (its parts are missing or damaged)") from None


def _sheet_rows(name: str, sheet: str, ws, fs, header, close=()):
    """(row number, values) of a sheet; a formula cell without a saved value (or whose value is
    an Excel error) raises InputError naming the sheet and cell. ``header()``: column names."""
    from openpyxl.worksheet.formula import ArrayFormula

    def pairs():
        it = zip_longest(ws.iter_rows(values_only=True), fs.iter_rows(values_only=True), fillvalue=())
        i = 0
        while True:
            i += 1
            try:
                yield i, next(it)
            except StopIteration:
                return
            except Exception:  # noqa: BLE001 - openpyxl raises ValueError, KeyError... for damaged cells
                raise _refuse(
                    name, f"sheet '{sheet}' cannot be read from row {i} on (a damaged cell)", row=i
                ) from None

    try:
        for i, (values, formulas) in pairs():
            values = list(values)
            for j, f in enumerate(formulas):
                if isinstance(f, ArrayFormula):
                    f = f.text if str(f.text or "").startswith("=") else f"={f.text}"
                if not (isinstance(f, str) and f.startswith("=")):
                    continue
                v = values[j] if j < len(values) else None
                if v is None or (isinstance(v, str) and v in EXCEL_ERRORS):
                    raise _formula_error(name, sheet, header(), i, j, f, v)
            yield i, ["" if v is None else v for v in values]
    finally:
        for wb in close:
            wb.close()


def _formula_error(name, sheet, header, i: int, j: int, formula: str, value) -> InputError:
    cell = f"{_column_letter(j)}{i}"
    column = header[j] if header and j < len(header) and header[j] else _column_letter(j)
    if value is None:
        why = (
            f"cell {cell} on sheet '{sheet}' holds the formula {formula} but no saved value "
            "(the file was written by a program that does not calculate); open it in Excel or "
            "LibreOffice and save it, or paste the values, then import again"
        )
    else:
        why = f"cell {cell} on sheet '{sheet}': the formula {formula} gives the error {value}"
    return _refuse(name, why, row=i, column=column)


def require_saved_values(path, unreadable: str = "refuse") -> None:
    """Refuse an .xlsx workbook in which any formula cell, on any sheet, has no saved value (or
    an Excel error): readers that take Excel's saved values (bw2io's ExcelImporter) would read
    such a cell as empty. Raises InputError naming the file, sheet and cell. ``unreadable="skip"``
    returns quietly for a file that is not a readable workbook (its own reader reports that)."""
    name = os.path.basename(str(path))
    try:
        wb, wf = _load_workbooks(path, name)
    except InputError:
        if unreadable == "skip":
            return
        raise
    try:
        for title in wb.sheetnames:
            for _ in _sheet_rows(name, title, wb[title], wf[title], lambda: None):
                pass
    finally:
        wb.close()
        wf.close()


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
