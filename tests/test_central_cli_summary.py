"""``aspectos central summary | indicators | nucleo | compare`` on SQLite and PostgreSQL:
outputs, formats, exit codes and pt-BR messages for bad filters."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from central_data import CIDADANIA, RATIO_ID, Small, small_dataset
from openpyxl import load_workbook

from aspectos_desktop.catalogue.model import Catalogue
from aspectos_desktop.central.database import CentralDB
from aspectos_desktop.cli import main

Capture = pytest.CaptureFixture[str]


@pytest.fixture
def small(central_db: CentralDB, catalogue: Catalogue) -> Small:
    with central_db.session() as session:
        return small_dataset(session, catalogue)


@pytest.fixture
def run(central_url: str, tmp_path: Path, small: Small, capsys: Capture):  # type: ignore[no-untyped-def]
    """``run("summary", "--uf", "SP")`` -> (exit code, stdout, stderr)."""

    def invoke(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = main(["--data-dir", str(tmp_path / "data"), "central", args[0], "--db", central_url,
                     *args[1:]])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return invoke


# ---------------------------------------------------------------------------- summary


def test_summary_table(run) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run("summary")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "Consolidação — todos os núcleos: 4 avaliação(ões) de 3 núcleo(s)"
    paulista = next(line for line in lines if "Núcleo Paulista" in line and "auto" in line)
    assert "10,8% (10/93)" in paulista and "64,3%" in paulista and "1,3%" in paulista
    assert "sim 62,5% não 25% n/a 12,5%" in paulista
    visit = next(line for line in lines if "Núcleo Paulista" in line and "visita" in line)
    assert "42,9% (6/14)" in visit and "sim 60% não 20% n/s 20%" in visit
    assert "Núcleo Mineiro" not in out  # pending bundle
    assert "T3 = cidadania e desenvolvimento sustentável" in out
    # Columns are aligned: every row of the table has the same width up to the shares.
    header = next(i for i, line in enumerate(lines) if line.startswith("núcleo"))
    assert lines[header + 1].startswith("-----")


def test_summary_filters(run) -> None:  # type: ignore[no-untyped-def]
    code, out, _err = run("summary", "--uf", "sp", "--kind", "autoavaliacao",
                          "--period-from", "2026-01-01", "--period-to", "31/12/2026")
    assert code == 0
    assert out.splitlines()[0] == ("Consolidação — UF SP, autoavaliação, período de 01/01/2026 a "
                                   "31/12/2026: 1 avaliação(ões) de 1 núcleo(s)")
    code, out, _err = run("summary", "--municipio", "3509502", "--format", "json")
    assert [r["nucleo"]["name"] for r in json.loads(out)] == ["Núcleo Campineiro"]
    code, out, _err = run("summary", "--catalogue-version", "2025.9", "--format", "json")
    assert [r["nucleo"]["uf"] for r in json.loads(out)] == ["RJ"]


def test_summary_json(run) -> None:  # type: ignore[no-untyped-def]
    code, out, _err = run("summary", "--format", "json")
    assert code == 0
    rows = json.loads(out)
    assert [(r["nucleo"]["name"], r["assessment"]["kind"]) for r in rows] == [
        ("Núcleo Carioca", "autoavaliacao"), ("Núcleo Campineiro", "autoavaliacao"),
        ("Núcleo Paulista", "autoavaliacao"), ("Núcleo Paulista", "visita")]
    cell = rows[2]["themes"][CIDADANIA]
    assert cell == {"answered": 9, "total": 14, "invalid": 1, "percent": 64.3,
                    "counts": {"sim": 5, "nao": 2, "nao_se_aplica": 1},
                    "shares": {"sim": 62.5, "nao": 25.0, "nao_se_aplica": 12.5}}
    assert rows[2]["overall"]["percent"] == 10.8
    assert rows[2]["assessment"]["revision"] == 2


def test_summary_csv_to_stdout_and_file(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _err = run("summary", "--format", "csv", "--uf", "RJ")
    assert code == 0 and not out.startswith("\ufeff")
    header, *rows = list(csv.reader(io.StringIO(out), delimiter=";"))
    assert len(rows) == 1
    assert dict(zip(header, rows[0], strict=True))[f"{CIDADANIA}:percentual"] == "14,3"
    target = tmp_path / "matriz.csv"
    code, out, err = run("summary", "--format", "csv", "-o", str(target))
    assert (code, out) == (0, "")
    assert err.strip() == f"4 linha(s) gravada(s) em {target}"
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")


def test_summary_views(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _err = run("summary", "--view", "long", "--format", "csv", "--uf", "SP")
    rows = list(csv.reader(io.StringIO(out), delimiter=";"))
    assert code == 0 and len(rows) == 1 + 322
    code, out2, _err = run("summary", "--long", "--format", "csv", "--uf", "SP")
    assert out2 == out
    target = tmp_path / "amplo.xlsx"
    code, _out, err = run("summary", "--wide", "--format", "xlsx", "-o", str(target))
    assert code == 0 and "4 linha(s) gravada(s)" in err
    book = load_workbook(target)
    assert book.sheetnames == ["amplo", "aspectos", "sobre"]
    about = dict(book["sobre"].iter_rows(min_row=2, values_only=True))
    assert about["filtros"] == "todos os núcleos"
    assert about["conteúdo"] == "formato amplo (uma coluna por aspecto)"
    code, out, _err = run("summary", "--view", "long", "--uf", "RJ")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 2 + 14 + 79 + 94
    assert lines[0].split() == ["núcleo", "UF", "tipo", "rev.", "aspecto", "nome", "situação",
                                "resposta"]
    code, out, _err = run("summary", "--view", "long", "--format", "json", "--uf", "RJ")
    assert len(json.loads(out)) == 14 + 79 + 94


def test_summary_xlsx(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "matriz.xlsx"
    code, out, err = run("summary", "--format", "xlsx", "-o", str(target), "--uf", "SP")
    assert (code, out) == (0, "")
    assert "3 linha(s) gravada(s)" in err
    sheet = load_workbook(target)["matriz"]
    assert sheet.freeze_panes == "A2" and sheet["A1"].font.b
    assert sheet.max_row == 4


@pytest.mark.parametrize(("args", "message"), [
    (("--uf", "XX"), "UF desconhecida: “XX”. Use a sigla de uma das 27 UFs (ex.: SP)."),
    (("--municipio", "35503"), "Código de município inválido: “35503”"),
    (("--municipio", "9999999"), "Município desconhecido: código IBGE “9999999”"),
    (("--uf", "RJ", "--municipio", "3550308"), "não fica na UF RJ"),
    (("--kind", "inspecao"), "Tipo de avaliação desconhecido: “inspecao”"),
    (("--period-from", "2026-13-01"), "Data inválida em --period-from: “2026-13-01”"),
    (("--period-from", "2026-06-01", "--period-to", "2026-01-01"), "Período inválido"),
    (("--format", "xlsx"), "O formato xlsx precisa de um arquivo de saída (-o ARQUIVO)."),
    (("--wide",), "A visão ampla (uma coluna por aspecto) não cabe em texto"),
    (("-o", "/nonexistent/folder/x.csv", "--format", "csv"), "A pasta de saída “/nonexistent/folder”"),
])
def test_summary_bad_arguments(run, args: tuple[str, ...], message: str) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run("summary", *args)
    assert (code, out) == (2, "")
    assert err.startswith("aspectos: erro: ")
    assert message in err
    assert "Traceback" not in err


def test_summary_nothing_found(run) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run("summary", "--uf", "MG")
    assert code == 0
    assert err.strip() == "Nenhuma avaliação encontrada (UF MG)."
    assert "0 avaliação(ões) de 0 núcleo(s)" in out
    code, out, _err = run("summary", "--uf", "MG", "--format", "json")
    assert json.loads(out) == []


def test_summary_bad_database(tmp_path: Path, capsys: Capture) -> None:
    code = main(["--data-dir", str(tmp_path), "central", "summary", "--db", "mysql://x/y"])
    assert code == 2
    assert "Tipo de banco não aceito" in capsys.readouterr().err


# ------------------------------------------------------------------------- indicators


def test_indicators(run) -> None:  # type: ignore[no-untyped-def]
    code, out, _err = run("indicators")
    assert code == 0
    lines = out.splitlines()
    brazil = next(line for line in lines if line.lstrip().startswith(str(RATIO_ID))
                  and "Brasil" in line)
    assert brazil.split()[-6:] == ["3", "%", "41", "170", "24,1176", "razão"]
    assert any("Σ numeradores × multiplicador ÷ Σ denominadores" in line for line in lines)
    code, out, _err = run("indicators", "--uf", "SP", "--format", "json")
    rows = json.loads(out)
    assert {r["escopo"] for r in rows} == {"SP"}
    ratio = next(r for r in rows if r["aspecto_id"] == RATIO_ID)
    assert (ratio["soma_numeradores"], ratio["soma_denominadores"], ratio["valor"],
            ratio["nucleos_informando"]) == (40, 160, 25, 2)
    code, out, _err = run("indicators", "--format", "csv", "--kind", "visita")
    _header, *data = list(csv.reader(io.StringIO(out), delimiter=";"))
    assert [(r[0], r[3], r[6]) for r in data] == [("1826", "SP", "10"), ("1826", "BR", "10")]
    code, _out, err = run("indicators", "--uf", "ZZ")
    assert code == 2 and "UF desconhecida" in err
    code, _out, err = run("indicators", "--uf", "MG")
    assert code == 0 and "Nenhum indicador informado (UF MG)." in err


# ---------------------------------------------------------------- drill-down, compare


def test_nucleo(run, small: Small) -> None:  # type: ignore[no-untyped-def]
    code, out, _err = run("nucleo", "cnes:1234567")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == f"Núcleo {small.sp_a}: Núcleo Paulista — São Paulo/SP"
    assert "== Autoavaliação: autoavaliacao Núcleo Paulista r2 ==" in lines
    assert "== Visita de monitoramento: visita Núcleo Paulista r1 ==" in lines
    assert "Respondidos: 10 de 93" in lines
    assert "  cidadania e desenvolvimento sustentável (9/14)" in lines
    assert any(line.startswith("  ! [1828] ") and line.endswith(": Resposta inválida")
               for line in lines)
    assert any(line.startswith(f"    [{RATIO_ID}] ") and line.endswith(": 25 %") for line in lines)
    code, out, _err = run("nucleo", str(small.sp_a), "--kind", "visita", "--json")
    data = json.loads(out)
    assert [a["kind"] for a in data["assessments"]] == ["visita"]
    assert len(data["assessments"][0]["answers"]) == 14
    code, out, _err = run("nucleo", "ibge:3106200:núcleo-mineiro")
    assert code == 0 and "Nenhuma avaliação atual importada" in out
    code, out, err = run("nucleo", "cnes:0000000")
    assert (code, out) == (2, "")
    assert "Núcleo não encontrado: “cnes:0000000”" in err


def test_compare(run, small: Small) -> None:  # type: ignore[no-untyped-def]
    code, out, _err = run("compare", "1234567")
    assert code == 0
    lines = out.splitlines()
    assert lines[-1] == ("7 diferença(s) em 14 aspecto(s) dos temas comuns "
                         "(≠ marca as diferenças).")
    marked = [line for line in lines if line.startswith("≠")]
    assert len(marked) == 7
    assert any("1857" in line and "Sim" in line and "Não" in line for line in marked)
    code, out, _err = run("compare", str(small.sp_a), "--differences")
    lines = out.splitlines()
    rule = next(i for i, line in enumerate(lines) if line.startswith("-  ---"))
    body = lines[rule + 1:lines.index("", rule)]
    assert len(body) == 7 and all(line.startswith("≠") for line in body)
    code, out, err = run("compare", str(small.sp_b))
    assert (code, err) == (1, "")
    # on a line of its own, after the self-assessment's line (not glued to "revisão 1")
    lines = out.splitlines()
    assert lines[1].startswith("Autoavaliação: ") and lines[1].endswith("revisão 1")
    assert lines[-1] == ("Não há visita de monitoramento importada e atual para este núcleo: "
                         "nada a comparar.")
    assert "revisão 1Não há" not in out + err
    code, _out, err = run("compare", "nada")
    assert code == 2 and "Núcleo não encontrado" in err
