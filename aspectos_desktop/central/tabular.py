"""Writers for the consolidation tables: CSV, XLSX, JSON and aligned text.

* CSV: semicolon-separated with CRLF line ends, as spreadsheets in pt-BR locales expect
  (the comma is the decimal mark: 45,5); UTF-8 with BOM when written to a file, like the
  catalogue export. Text cells that a spreadsheet would run as a formula (starting with
  ``=``, ``+``, ``-``, ``@``, tab or CR) get a leading apostrophe.
* XLSX: openpyxl in write-only mode (rows streamed, memory flat), bold header, frozen
  first row; a table longer than a sheet (1,048,576 rows) continues on further sheets;
  text is always written as text, never as a formula.
* JSON: an array of objects, streamed.

Each writer takes a ``Table`` (``consolidation.Table``) whose rows may be a generator.
"""

from __future__ import annotations

import csv
import json
import math
import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import IO, Any, Final

from aspectos_desktop.central.consolidation import Cell, Table

CSV_DELIMITER: Final = ";"
XLSX_MAX_ROWS: Final = 1_048_576  # rows per sheet, header included
XLSX_SHEET_TITLE_MAX: Final = 31
_FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r")
_FORMULA_FIRST: Final = frozenset(_FORMULA_START)
_ILLEGAL_XML: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_INFO_SHEET: Final = "sobre"


# ------------------------------------------------------------------------------- cells


def decimal_text(number: Decimal | float | int) -> str:
    """A number for a pt-BR CSV: decimal comma, no thousands separator, no exponent."""
    if isinstance(number, bool):
        return "1" if number else "0"
    if isinstance(number, int):
        return str(number)
    if isinstance(number, float):
        if not math.isfinite(number):
            return ""
        number = Decimal(repr(number))
    text = format(number, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    return text.replace(".", ",")


def csv_cell(cell: Cell) -> str:
    if type(cell) is str:  # the common case first (millions of cells in a long export)
        return "'" + cell if cell[:1] in _FORMULA_FIRST else cell
    if cell is None:
        return ""
    if isinstance(cell, (Decimal, float, int)):
        return decimal_text(cell)
    if isinstance(cell, date):
        return cell.isoformat()
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


# --------------------------------------------------------------------------------- CSV


def write_csv(table: Table, target: Path | IO[str]) -> int:
    """Write ``table`` as CSV to a file (UTF-8 with BOM) or to an open text stream (no BOM).

    Returns the number of data rows written.
    """
    if isinstance(target, Path):
        with target.open("w", encoding="utf-8-sig", newline="") as handle:
            return _write_csv(table, handle)
    return _write_csv(table, target)


def _write_csv(table: Table, handle: IO[str]) -> int:
    writer = csv.writer(handle, delimiter=CSV_DELIMITER, lineterminator="\r\n")
    writer.writerow(table.columns)
    count = 0
    for row in table.rows:
        writer.writerow([csv_cell(cell) for cell in row])
        count += 1
    return count


# -------------------------------------------------------------------------------- XLSX


def _sheet_title(name: str, part: int) -> str:
    title = re.sub(r"[\[\]:*?/\\]", "_", name)[:XLSX_SHEET_TITLE_MAX] or "dados"
    if part > 1:
        suffix = f" ({part})"
        title = title[: XLSX_SHEET_TITLE_MAX - len(suffix)] + suffix
    return title


def _width(column: str) -> float:
    return float(min(max(len(column) + 2, 10), 48))


class _XlsxSheets:
    """Appends rows to a write-only workbook, opening a new sheet when one is full."""

    def __init__(self, workbook: Any, name: str, columns: Sequence[str],
                 widths: Sequence[float] | None = None) -> None:
        self.workbook = workbook
        self.name = name
        self.columns = columns
        self.widths = widths
        self.part = 0
        self.rows_in_sheet = XLSX_MAX_ROWS
        self.sheet: Any = None

    def _new_sheet(self) -> None:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Font
        from openpyxl.utils import get_column_letter

        self.part += 1
        sheet = self.workbook.create_sheet(_sheet_title(self.name, self.part))
        sheet.freeze_panes = "A2"
        for index, column in enumerate(self.columns, start=1):
            width = self.widths[index - 1] if self.widths else _width(column)
            sheet.column_dimensions[get_column_letter(index)].width = width
        bold = Font(bold=True)
        header: list[Any] = []
        for column in self.columns:
            cell = WriteOnlyCell(sheet, value=_xlsx_text(column))
            cell.font = bold
            cell.data_type = "s"
            header.append(cell)
        sheet.append(header)
        self.sheet = sheet
        self.rows_in_sheet = 1

    def append(self, row: Iterable[Cell]) -> None:
        if self.rows_in_sheet >= XLSX_MAX_ROWS:
            self._new_sheet()
        self.sheet.append([self._value(cell) for cell in row])
        self.rows_in_sheet += 1

    def finish(self) -> None:
        if self.sheet is None:
            self._new_sheet()

    def _value(self, cell: Cell) -> Any:
        if isinstance(cell, str):
            text = _xlsx_text(cell)
            if text.startswith("="):  # openpyxl would store it as a formula
                from openpyxl.cell import WriteOnlyCell

                wrapped = WriteOnlyCell(self.sheet, value=text)
                wrapped.data_type = "s"
                return wrapped
            return text
        if isinstance(cell, float) and not math.isfinite(cell):
            return None
        return cell


def _xlsx_text(text: str) -> str:
    return _ILLEGAL_XML.sub("\ufffd", text)


def write_xlsx(table: Table, path: Path, *, info: Sequence[tuple[str, Cell]] = ()) -> int:
    """Write ``table`` (and its legend, and an ``info`` sheet of label/value pairs) as XLSX.

    Returns the number of data rows written. The file is written to a temporary name
    next to ``path`` and renamed, so a failure never leaves half a workbook behind.
    """
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheets = _XlsxSheets(workbook, table.name, table.columns)
    count = 0
    for row in table.rows:
        sheets.append(row)
        count += 1
    sheets.finish()
    if table.legend is not None:
        legend = _XlsxSheets(workbook, table.legend.name, table.legend.columns)
        for row in table.legend.rows:
            legend.append(row)
        legend.finish()
    if info:
        about = _XlsxSheets(workbook, _INFO_SHEET, ("campo", "valor"), widths=(28, 80))
        for label, value in info:
            about.append((label, value))
        about.finish()
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        workbook.save(temporary)
        temporary.replace(path)
    finally:
        temporary.unlink(missing_ok=True)
    return count


# -------------------------------------------------------------------------------- JSON


def json_value(cell: Cell) -> Any:
    if isinstance(cell, Decimal):
        return int(cell) if cell == cell.to_integral_value() else float(cell)
    if isinstance(cell, float) and not math.isfinite(cell):
        return None
    if isinstance(cell, (date, datetime)):
        return cell.isoformat()
    return cell


def iter_json(table: Table) -> Iterator[str]:
    """The table as a JSON array of objects (one per row), in chunks."""
    yield "["
    first = True
    for row in table.rows:
        item = {column: json_value(cell) for column, cell in zip(table.columns, row, strict=True)}
        yield ("\n  " if first else ",\n  ") + json.dumps(item, ensure_ascii=False)
        first = False
    yield "]\n" if first else "\n]\n"


def write_json(table: Table, handle: IO[str]) -> None:
    for chunk in iter_json(table):
        handle.write(chunk)


# -------------------------------------------------------------------------------- text


def text_cell(cell: Cell) -> str:
    """A cell for people: pt-BR numbers (1.234,5), dd/mm/aaaa dates, "—" for nothing."""
    if cell is None:
        return "—"
    if isinstance(cell, bool):
        return "sim" if cell else "não"
    if isinstance(cell, int):
        return str(cell)
    if isinstance(cell, (Decimal, float)):
        from aspectos_desktop.answers import format_number

        if isinstance(cell, float) and not math.isfinite(cell):
            return "—"
        return format_number(Decimal(repr(cell)) if isinstance(cell, float) else cell, 4)
    if isinstance(cell, date):
        return f"{cell:%d/%m/%Y}"
    return " ".join(cell.split())


def format_text_table(columns: Sequence[str], rows: Iterable[Sequence[Cell]], *,
                      max_width: int = 40, right: Iterable[int] | None = None) -> list[str]:
    """Aligned text lines (header, rule, rows); numbers right-aligned; long cells cut with …."""
    raw = [list(row) for row in rows]
    body = [[text_cell(c) for c in row] for row in raw]
    header = list(columns)
    numeric = set(right) if right is not None else {
        index for index in range(len(header))
        if raw and all(isinstance(row[index], (int, float, Decimal)) or row[index] is None
                       for row in raw)
    }

    def cut(text: str) -> str:
        return text if len(text) <= max_width else text[: max_width - 1] + "…"

    header = [cut(h) for h in header]
    body = [[cut(c) for c in row] for row in body]
    widths = [max([len(header[i]), *(len(row[i]) for row in body)]) for i in range(len(header))]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(
            cell.rjust(widths[i]) if i in numeric else cell.ljust(widths[i])
            for i, cell in enumerate(cells)).rstrip()

    return [line(header), "  ".join("-" * w for w in widths), *(line(row) for row in body)]
