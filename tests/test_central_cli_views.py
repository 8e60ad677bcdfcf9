"""``aspectos central …`` defects found by QA: indicator units, read-only commands on a
database that does not exist yet, an empty database, pt-BR export headers."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook
from test_central_consolidation_units import SPECIALTIES_ID, units_dataset

from aspectos_desktop.catalogue.model import Catalogue
from aspectos_desktop.central.consolidation import INDICATOR_COLUMNS, LONG_COLUMNS
from aspectos_desktop.central.database import CentralDB, open_central
from aspectos_desktop.cli import main

Capture = pytest.CaptureFixture[str]
ENGLISH_HEADERS = {"kind", "title", "percent", "answered", "invalid", "scope", "method",
                   "value", "mean", "unit", "aspect_id", "assessment_id", "nucleo_key",
                   "completion", "answer", "comment", "revision", "period_start"}


def cli(capsys: Capture, data_dir: Path, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--data-dir", str(data_dir), "central", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# ------------------------------------------------------------------------- indicators


def test_indicators_show_the_units_and_never_add_them_up(
        central_db: CentralDB, central_url: str, catalogue: Catalogue, tmp_path: Path,
        capsys: Capture) -> None:
    units_dataset(central_db, catalogue)
    code, out, err = cli(capsys, tmp_path, "indicators", "--db", central_url, "--uf", "SP")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    header = next(line for line in lines if line.startswith("aspecto"))
    assert header.split()[:6] == ["aspecto", "nome", "UF", "núcleos", "unidade", "Σ"]
    assert "média" not in header.split(), "the same figures as the GUI: valor is the mean"
    specialties = [line for line in lines if line.lstrip().startswith(str(SPECIALTIES_ID))]
    assert len(specialties) == 3
    # 120 + 80 atendimentos: Σ 200, mean 100 per núcleo; flagged: three units in SP
    assert specialties[0].split()[4:] == ["SP", "2", "atendimentos", "200", "—", "100", "média",
                                          "por", "núcleo", "unidades", "diferentes", "(3)"]
    assert all("unidades diferentes (3)" in line for line in specialties)
    assert any("horas" in line for line in specialties)
    assert any("(não informada)" in line for line in specialties)
    assert "Valores em unidades diferentes não são somados" in out
    # the single núcleo of RJ: its unit, no flag
    code, out, _err = cli(capsys, tmp_path, "indicators", "--db", central_url, "--uf", "RJ")
    rio = next(line for line in out.splitlines()
               if line.lstrip().startswith(str(SPECIALTIES_ID)))
    assert "atendimentos" in rio and "unidades diferentes (" not in out

    target = tmp_path / "indicadores.csv"
    code, _out, err = cli(capsys, tmp_path, "indicators", "--db", central_url, "--format", "csv",
                          "-o", str(target))
    assert code == 0 and "linha(s) gravada(s)" in err
    with target.open(encoding="utf-8-sig", newline="") as handle:
        header_row, *rows = list(csv.reader(handle, delimiter=";"))
    assert tuple(header_row) == INDICATOR_COLUMNS
    found = [dict(zip(header_row, r, strict=True)) for r in rows
             if r[0] == str(SPECIALTIES_ID) and r[3] == "BR"]
    assert [(r["unidade"], r["soma_numeradores"], r["valor"], r["unidades_no_escopo"])
            for r in found] == [("atendimentos", "240", "80", "3"), ("horas", "5", "5", "3"),
                                ("", "7", "7", "3")]
    book = tmp_path / "indicadores.xlsx"
    code, _out, _err = cli(capsys, tmp_path, "indicators", "--db", central_url, "--format", "xlsx",
                           "-o", str(book))
    values = list(load_workbook(book)["indicadores"].iter_rows(values_only=True))
    assert values[0] == INDICATOR_COLUMNS
    assert ("atendimentos", 3) in {(v[-2], v[-1]) for v in values[1:] if v[0] == SPECIALTIES_ID}


def test_export_headers_are_portuguese(central_db: CentralDB, central_url: str,
                                       catalogue: Catalogue, tmp_path: Path,
                                       capsys: Capture) -> None:
    units_dataset(central_db, catalogue)
    headers: list[str] = []
    for args in (("summary",), ("summary", "--long"), ("summary", "--wide"), ("indicators",)):
        code, out, _err = cli(capsys, tmp_path, *args, "--db", central_url, "--format", "csv")
        assert code == 0
        header = next(csv.reader(io.StringIO(out), delimiter=";"))
        headers += [h.split(":")[-1] for h in header]
    assert not ENGLISH_HEADERS & set(headers), ENGLISH_HEADERS & set(headers)
    assert {"tipo", "titulo", "percentual", "respondidos", "invalidos", "escopo", "metodo",
            "valor", "media", "unidade", "evidencia", "monitor_nome", "data_visita"} <= set(headers)
    assert LONG_COLUMNS[0] == "nucleo_id"


# ------------------------------------------------------- a database that does not exist


READ_ONLY = [("summary",), ("summary", "--long", "--format", "csv"), ("nucleo", "999"),
             ("compare", "cnes:0027014"), ("indicators",), ("signers",), ("signers", "list"),
             ("signers", "approve", "AB:CD")]


@pytest.mark.parametrize("args", READ_ONLY, ids=[" ".join(a) for a in READ_ONLY])
def test_read_only_commands_do_not_create_the_default_database(
        tmp_path: Path, capsys: Capture, args: tuple[str, ...]) -> None:
    data_dir = tmp_path / "dados"
    code, out, err = cli(capsys, data_dir, *args)
    default = data_dir / "central" / "central.db"
    assert (code, out) == (2, "")
    assert err == (f"aspectos: erro: O banco central ainda não existe em {default}: importe "
                   "pacotes primeiro com `aspectos central import`.\n")
    assert not default.exists() and not default.parent.exists()


def test_read_only_commands_do_not_create_a_given_database(
        central_url: str, tmp_path: Path, capsys: Capture) -> None:
    """Also with --db: no SQLite file, or a PostgreSQL database without the central tables."""
    for args in (("summary",), ("nucleo", "999"), ("summary", "--format", "csv", "-o",
                                                   str(tmp_path / "x.csv"))):
        code, out, err = cli(capsys, tmp_path / "dados", *args, "--db", central_url)
        assert (code, out) == (2, "")
        assert "O banco central ainda não existe em " in err
        assert "`aspectos central import`" in err
    assert not (tmp_path / "central").exists()
    assert not (tmp_path / "x.csv").exists()
    # ``import`` creates it (nothing to import here: still exit 0), and then reads work
    empty = tmp_path / "vazia"
    empty.mkdir()
    code, _out, _err = cli(capsys, tmp_path / "dados", "import", str(empty), "--db", central_url)
    assert code == 0
    code, _out, err = cli(capsys, tmp_path / "dados", "summary", "--db", central_url)
    assert code == 0
    assert err == ("Nenhum pacote importado ainda neste banco central: importe com "
                   "`aspectos central import`.\n")
    open_central(central_url, tmp_path / "dados", create=False).close()


def test_an_empty_file_is_a_database_that_does_not_exist(tmp_path: Path,
                                                          capsys: Capture) -> None:
    empty = tmp_path / "central.db"
    empty.touch()
    code, _out, err = cli(capsys, tmp_path / "dados", "indicators", "--db", str(empty))
    assert code == 2 and "ainda não existe" in err
    assert empty.stat().st_size == 0


def test_pending_bundles_are_named_when_nothing_counts(
        central_db: CentralDB, central_url: str, catalogue: Catalogue, tmp_path: Path,
        capsys: Capture) -> None:
    from central_data import CIDADANIA, Builder

    with central_db.session() as session:
        b = Builder(session, catalogue)
        nucleo = b.nucleo("Núcleo Goiano", "GO", 5208707, "Goiânia")
        b.assessment(nucleo, "autoavaliacao", [CIDADANIA], {}, bundle_status="pendente")
        session.commit()
    for args in (("summary",), ("indicators",)):
        code, _out, err = cli(capsys, tmp_path, *args, "--db", central_url)
        assert code == 0
        assert "aguardam a aprovação do assinante" in err, err


def test_nucleo_json_names_the_visit(central_db: CentralDB, central_url: str, catalogue: Catalogue,
                                     tmp_path: Path, capsys: Capture) -> None:
    import json

    from central_data import small_dataset

    with central_db.session() as session:
        ids = small_dataset(session, catalogue)
    code, out, _err = cli(capsys, tmp_path, "nucleo", str(ids.sp_a), "--kind", "visita", "--json",
                          "--db", central_url)
    assert code == 0
    visit = json.loads(out)["assessments"][0]
    assert (visit["visit_date"], visit["monitor_name"], visit["monitor_institution"]) == (
        "2026-06-30", "Marta Monitora", "SES")
    code, out, _err = cli(capsys, tmp_path, "nucleo", str(ids.sp_a), "--kind", "visita",
                          "--db", central_url)
    assert "monitor(a) Marta Monitora (SES) · visita em 30/06/2026" in out
