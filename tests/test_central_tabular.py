"""CSV, XLSX and JSON writers of the consolidation: round trips read back with csv,
openpyxl and json, on tables built by hand and from the central database."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from central_data import CIDADANIA, RATIO_ID, Small, small_dataset
from openpyxl import load_workbook

from aspectos_desktop.catalogue.model import Catalogue
from aspectos_desktop.central import tabular
from aspectos_desktop.central.consolidation import (
    LONG_COLUMNS,
    NUCLEO_COLUMNS,
    Filters,
    Table,
    indicators,
    indicators_table,
    long_table,
    matrix,
    matrix_table,
    wide_table,
)
from aspectos_desktop.central.database import CentralDB
from aspectos_desktop.central.tabular import (
    csv_cell,
    decimal_text,
    format_text_table,
    iter_json,
    write_csv,
    write_xlsx,
)

HAND = Table("amostra", ("nome", "valor", "data", "nada", "texto"), [
    ("Núcleo São João", Decimal("1234.50"), date(2026, 3, 31), None, "=HYPERLINK(\"x\")"),
    ("ação; \"aspas\"\nlinha 2", 0.1, date(2026, 1, 1), None, "+55 11"),
    ("controle\x07", 42, date(2026, 1, 2), None, "normal"),
])


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


@pytest.mark.parametrize(("number", "text"), [
    (Decimal("1234.50"), "1234,5"), (Decimal("1E+2"), "100"), (Decimal("-0.00"), "0"),
    (Decimal("0.0001"), "0,0001"), (0.1, "0,1"), (64.3, "64,3"), (12, "12"), (True, "1"),
    (float("nan"), ""),
])
def test_decimal_text(number: Any, text: str) -> None:
    assert decimal_text(number) == text


def test_csv_cells() -> None:
    assert [csv_cell(c) for c in (None, date(2026, 3, 31), "=1+1", "-2", "@x", "texto", 2)] == [
        "", "2026-03-31", "'=1+1", "'-2", "'@x", "texto", "2"]


def test_csv_file_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "amostra.csv"
    assert write_csv(HAND, path) == 3
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM, as spreadsheets want
    assert b"\r\n" in raw
    rows = read_csv(path)
    assert rows == [
        ["nome", "valor", "data", "nada", "texto"],
        ["Núcleo São João", "1234,5", "2026-03-31", "", "'=HYPERLINK(\"x\")"],
        ["ação; \"aspas\"\nlinha 2", "0,1", "2026-01-01", "", "'+55 11"],
        ["controle\x07", "42", "2026-01-02", "", "normal"],
    ]


def test_csv_stream_has_no_bom() -> None:
    out = io.StringIO()
    write_csv(Table("t", ("a",), [("x",)]), out)
    assert out.getvalue() == "a\r\nx\r\n"


def test_xlsx_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "amostra.xlsx"
    assert write_xlsx(HAND, path, info=[("filtros", "UF SP"), ("linhas", 3)]) == 3
    book = load_workbook(path)
    assert book.sheetnames == ["amostra", "sobre"]
    sheet = book["amostra"]
    assert sheet.freeze_panes == "A2"
    assert all(cell.font.b for cell in sheet[1])
    assert not sheet["A2"].font.b
    values = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert values[0] == ["nome", "valor", "data", "nada", "texto"]
    assert values[1][:2] == ["Núcleo São João", 1234.5]
    assert values[1][2].date() == date(2026, 3, 31)
    assert values[1][3] is None
    # Text that looks like a formula stays text.
    assert values[1][4] == "=HYPERLINK(\"x\")"
    assert sheet["E2"].data_type == "s"
    assert values[2][1] == 0.1 and values[3][1] == 42
    assert values[3][0] == "controle\ufffd"  # control characters are not valid in XLSX
    assert [list(r) for r in book["sobre"].iter_rows(values_only=True)] == [
        ["campo", "valor"], ["filtros", "UF SP"], ["linhas", 3]]
    assert not list(tmp_path.glob(".*.tmp"))


def test_xlsx_spills_over_to_more_sheets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tabular, "XLSX_MAX_ROWS", 4)  # header + 3 rows per sheet
    rows = [(i, f"linha {i}") for i in range(8)]
    path = tmp_path / "longo.xlsx"
    assert write_xlsx(Table("longo", ("n", "texto"), iter(rows)), path) == 8
    book = load_workbook(path)
    assert book.sheetnames == ["longo", "longo (2)", "longo (3)"]
    read: list[tuple[Any, ...]] = []
    for sheet in book.worksheets:
        values = list(sheet.iter_rows(values_only=True))
        assert values[0] == ("n", "texto") and sheet.freeze_panes == "A2"
        read += values[1:]
    assert read == rows


def test_empty_tables(tmp_path: Path) -> None:
    empty = Table("vazio", ("a", "b"), [])
    write_xlsx(empty, tmp_path / "v.xlsx")
    assert list(load_workbook(tmp_path / "v.xlsx")["vazio"].iter_rows(values_only=True)) == [
        ("a", "b")]
    assert json.loads("".join(iter_json(empty))) == []
    write_csv(empty, tmp_path / "v.csv")
    assert read_csv(tmp_path / "v.csv") == [["a", "b"]]


def test_json() -> None:
    loaded = json.loads("".join(iter_json(HAND)))
    assert loaded[0] == {"nome": "Núcleo São João", "valor": 1234.5, "data": "2026-03-31",
                         "nada": None, "texto": "=HYPERLINK(\"x\")"}
    assert loaded[2]["valor"] == 42 and isinstance(loaded[2]["valor"], int)


def test_text_table() -> None:
    lines = format_text_table(("núcleo", "n", "valor"), [
        ("Núcleo de São Paulo com um nome muito comprido", 7, Decimal("1234.5")),
        ("Rio", 12, None),
    ], max_width=20)
    assert lines == [
        "núcleo                 n    valor",
        "--------------------  --  -------",
        "Núcleo de São Paulo…   7  1.234,5",
        "Rio                   12        —",
    ]


# ------------------------------------------------------------ from the central database


@pytest.fixture
def small(central_db: CentralDB, catalogue: Catalogue) -> Small:
    with central_db.session() as session:
        return small_dataset(session, catalogue)


def test_matrix_csv_and_xlsx(central_db: CentralDB, small: Small, catalogue: Catalogue,
                             tmp_path: Path) -> None:
    table = matrix_table(matrix(central_db, Filters(uf="SP"), catalogue=catalogue), catalogue)
    write_csv(table, tmp_path / "m.csv")
    header, *rows = read_csv(tmp_path / "m.csv")
    assert len(rows) == 3
    paulista = dict(zip(header, rows[1], strict=True))
    assert paulista["nucleo"] == "Núcleo Paulista" and paulista["tipo"] == "autoavaliacao"
    assert (paulista["percentual"], paulista["respondidos"], paulista["total"]) == (
        "10,8", "10", "93")
    assert paulista[f"{CIDADANIA}:percentual"] == "64,3"
    assert paulista[f"{CIDADANIA}:respondidos"] == "9"
    assert paulista[f"{CIDADANIA}:invalidos"] == "1"
    assert paulista[f"{CIDADANIA}:sim%"] == "62,5"
    assert paulista[f"{CIDADANIA}:nao%"] == "25"
    assert paulista[f"{CIDADANIA}:nao_se_aplica%"] == "12,5"
    assert paulista[f"{CIDADANIA}:nao_sabe%"] == "0"  # seen elsewhere in the theme, not here
    assert paulista["protecao-e-seguranca:percentual"] == ""  # theme not covered
    assert (paulista["data_visita"], paulista["monitor_nome"]) == ("", "")  # not a visit
    visit = dict(zip(header, rows[2], strict=True))
    assert (visit["tipo"], visit["data_visita"], visit["monitor_nome"],
            visit["monitor_instituicao"]) == ("visita", "2026-06-30", "Marta Monitora", "SES")
    write_xlsx(table, tmp_path / "m.xlsx")
    sheet = load_workbook(tmp_path / "m.xlsx")["matriz"]
    values = list(sheet.iter_rows(values_only=True))
    row = dict(zip(values[0], values[2], strict=True))
    assert row[f"{CIDADANIA}:percentual"] == 64.3 and row["respondidos"] == 10
    assert row["periodo_inicio"].date() == date(2026, 1, 1)
    visit = dict(zip(values[0], values[3], strict=True))
    assert (visit["data_visita"].date(), visit["monitor_nome"]) == (date(2026, 6, 30),
                                                                    "Marta Monitora")


def test_long_and_wide_round_trips(central_db: CentralDB, small: Small, catalogue: Catalogue,
                                   tmp_path: Path) -> None:
    write_csv(long_table(central_db, Filters(uf="SP"), catalogue=catalogue), tmp_path / "l.csv")
    header, *rows = read_csv(tmp_path / "l.csv")
    assert tuple(header) == LONG_COLUMNS and len(rows) == 322
    ratio = next(dict(zip(header, r, strict=True)) for r in rows
                 if r[header.index("aspecto_id")] == str(RATIO_ID)
                 and r[header.index("nucleo")] == "Núcleo Paulista")
    assert (ratio["numerador"], ratio["denominador"], ratio["calculado"], ratio["resposta"]) == (
        "30", "120", "25", "25 %")
    write_xlsx(long_table(central_db, Filters(uf="SP"), catalogue=catalogue), tmp_path / "l.xlsx")
    streamed = load_workbook(tmp_path / "l.xlsx", read_only=True)
    try:
        assert sum(1 for _ in streamed["longo"].iter_rows()) == 323
    finally:
        streamed.close()

    table = wide_table(central_db, catalogue=catalogue)
    write_xlsx(table, tmp_path / "w.xlsx")
    book = load_workbook(tmp_path / "w.xlsx")
    assert book.sheetnames == ["amplo", "aspectos"]
    values = list(book["amplo"].iter_rows(values_only=True))
    assert len(values) == 5 and values[0] == table.columns
    visit = next(dict(zip(values[0], v, strict=True)) for v in values[1:] if v[7] == "visita")
    assert (visit["469"], visit["1857"], visit[str(RATIO_ID)]) == ("Não sabe", "Não", None)
    assert (visit["monitor_nome"], visit["monitor_instituicao"]) == ("Marta Monitora", "SES")
    legend = list(book["aspectos"].iter_rows(values_only=True))
    assert legend[0] == ("aspecto_id", "tema", "categoria", "aspecto", "natureza",
                         "tipo_resposta")
    assert [r[0] for r in legend[1:]] == [int(c) for c in table.columns[len(NUCLEO_COLUMNS):]]
    write_csv(wide_table(central_db, catalogue=catalogue), tmp_path / "w.csv")
    assert len(read_csv(tmp_path / "w.csv")) == 5


def test_indicators_round_trip(central_db: CentralDB, small: Small, catalogue: Catalogue,
                               tmp_path: Path) -> None:
    table = indicators_table(indicators(central_db, catalogue=catalogue))
    write_csv(table, tmp_path / "i.csv")
    header, *rows = read_csv(tmp_path / "i.csv")
    brazil = dict(zip(header, next(r for r in rows if r[0] == str(RATIO_ID) and r[3] == "BR"),
                      strict=True))
    assert {k: brazil[k] for k in ("metodo", "nucleos_informando", "soma_numeradores",
                                   "soma_denominadores", "multiplicador", "valor", "media",
                                   "unidade", "unidades_no_escopo")} == {
        "metodo": "razao", "nucleos_informando": "3", "soma_numeradores": "41",
        "soma_denominadores": "170", "multiplicador": "100", "valor": "24,1176", "media": "",
        "unidade": "%", "unidades_no_escopo": "1"}
    write_xlsx(table, tmp_path / "i.xlsx")
    values = list(load_workbook(tmp_path / "i.xlsx")["indicadores"].iter_rows(values_only=True))
    assert len(values) == 10
    row = dict(zip(values[0], values[3], strict=True))
    assert (row["escopo"], row["valor"], row["soma_denominadores"]) == ("BR", 24.1176, 170)
