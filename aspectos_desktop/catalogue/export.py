"""Export every aspect with all its fields, for people who work in spreadsheets."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from aspectos_desktop.catalogue.model import Catalogue

FORMATS = ("json", "csv", "xlsx")
COLUMNS = (
    "id", "row", "tema", "categoria", "aspecto", "natureza", "elemento",
    "source", "year", "section", "form_type", "form",
)  # fmt: skip


def _flat_rows(catalogue: Catalogue) -> list[list[Any]]:
    return [
        [a.id, a.row, a.tema, a.categoria, a.aspecto, a.natureza, a.elemento,
         a.source, a.year, a.section, a.form["type"],
         json.dumps(a.form, ensure_ascii=False, sort_keys=True)]
        for a in catalogue.aspects.values()
    ]


def to_json(catalogue: Catalogue) -> str:
    document = {
        "version": catalogue.version,
        "content_sha256": catalogue.content_hash,
        "aspects": [a.to_dict() for a in catalogue.aspects.values()],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def to_csv(catalogue: Catalogue) -> str:
    """Semicolon-separated, as spreadsheets in pt-BR locales expect (comma is the decimal mark)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(_flat_rows(catalogue))
    return buffer.getvalue()


def write_xlsx(catalogue: Catalogue, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "aspectos"
    sheet.append(list(COLUMNS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in _flat_rows(catalogue):
        sheet.append(row)
    widths = {"A": 8, "B": 6, "C": 28, "D": 28, "E": 32, "F": 14, "G": 80, "H": 12,
              "I": 6, "J": 16, "K": 11, "L": 60}
    for column, width in widths.items():
        sheet.column_dimensions[column].width = width
    wrap = Alignment(wrap_text=True, vertical="top")
    for row_cells in sheet.iter_rows(min_row=2, min_col=7, max_col=7):
        for cell in row_cells:
            cell.alignment = wrap
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    info = workbook.create_sheet("catálogo")
    info.append(["versão", catalogue.version])
    info.append(["sha256 do conteúdo", catalogue.content_hash])
    info.append(["aspectos", len(catalogue.aspects)])
    workbook.save(path)


def export(catalogue: Catalogue, fmt: str, path: Path | None) -> str | None:
    """Write the export to ``path``; with no path, return the text (json or csv only)."""
    if fmt == "xlsx":
        if path is None:
            raise ValueError("o formato xlsx precisa de um arquivo de saída (-o ARQUIVO)")
        write_xlsx(catalogue, path)
        return None
    text = to_json(catalogue) if fmt == "json" else to_csv(catalogue)
    if path is None:
        return text
    encoding = "utf-8-sig" if fmt == "csv" else "utf-8"
    path.write_text(text, encoding=encoding, newline="")
    return None
