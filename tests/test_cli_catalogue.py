"""``aspectos catalogue …``: driven in-process through ``cli.main`` and as a real process."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from aspectos_desktop.catalogue.compiled import load_compiled
from aspectos_desktop.catalogue.export import COLUMNS
from aspectos_desktop.catalogue.source import THEMES_DIR, read_index
from aspectos_desktop.cli import main
from aspectos_desktop.resources import catalogue_source_dir

REPAIRED_ROWS = [23, 26, 27, 28, 29, 30, 31, 32, 149, 452, 453, 456, 457, 458, 459, 460, 469]
ASPECT_KEYS = {"id", "row", "tema", "categoria", "aspecto", "natureza", "elemento",
               "source", "year", "section", "form"}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")


def _searchable(aspect) -> str:  # type: ignore[no-untyped-def]
    return _fold(" ".join((aspect.aspecto, aspect.elemento, aspect.categoria, aspect.tema,
                           aspect.source)))


def _listed_ids(out: str) -> list[int]:
    return [int(m) for m in re.findall(r"^\s*(\d+)  ", out, re.M)]


# --- info ---------------------------------------------------------------------------------


def test_info(capsys, catalogue):
    code, out, err = run(capsys, "catalogue", "info")
    assert (code, err) == (0, "")
    assert f"Catálogo versão {catalogue.version}" in out
    assert f"sha256 do conteúdo: {catalogue.content_hash}" in out
    assert "857 aspectos · 12 temas · 292 categorias" in out
    assert ("Por natureza: característica 629, indicador 213, tabela 10, gráfico 4, figura 1"
            in out)
    assert re.search(r"^processos e atividades\s+209\s", out, re.M)


def test_info_json(capsys, catalogue):
    code, out, _ = run(capsys, "catalogue", "info", "--json")
    assert code == 0
    info = json.loads(out)
    assert info["version"] == catalogue.version
    assert info["content_sha256"] == catalogue.content_hash
    assert (info["aspects"], info["themes"], info["categories"]) == (857, 12, 292)
    assert info["by_natureza"] == {"característica": 629, "indicador": 213, "tabela": 10,
                                   "gráfico": 4, "figura": 1}
    assert list(info["by_theme"]) == [t.slug for t in catalogue.themes]
    assert sum(sum(c.values()) for c in info["by_theme"].values()) == 857
    assert sum(info["by_theme"]["processos-e-atividades"].values()) == 209


# --- show ---------------------------------------------------------------------------------


def test_show(capsys):
    code, out, _ = run(capsys, "catalogue", "show", "239")
    assert code == 0
    assert out.startswith("Aspecto 239 (linha 1): adequação ao contexto\n")
    assert "Tema: aceitabilidade e adequação" in out
    assert "Natureza: Característica" in out
    assert "Referência: HAOC1, 2019 — seção 4 (ref. 239)" in out
    assert "Forma de resposta: scale" in out
    assert "Opções: Sim / Não / Não se aplica / Não sabe" in out


def test_show_checklist_and_indicator(capsys):
    _, out, _ = run(capsys, "catalogue", "show", "240")
    assert "[ ] a) log: dados baseados em sensores" in out
    assert "[ ] e) autodescritivas:" in out
    _, out, _ = run(capsys, "catalogue", "show", "211")
    assert "Denominador: sim; multiplicador: 100; unidade: %" in out
    assert "formula: Número de pacientes satisfeitos x 100/total" in out


def test_show_repaired_row(capsys):
    code, out, _ = run(capsys, "catalogue", "show", "193")
    assert code == 0
    assert "(sem enunciado na fonte)" in out


def test_show_json(capsys, catalogue):
    code, out, _ = run(capsys, "catalogue", "show", "493", "--json")
    assert code == 0
    assert json.loads(out) == catalogue.aspect(493).to_dict()


def test_show_unknown_id(capsys):
    code, out, err = run(capsys, "catalogue", "show", "99999")
    assert code == 2
    assert out == ""
    assert err == "aspectos: erro: aspecto 99999 não existe no catálogo\n"


# --- search -------------------------------------------------------------------------------


def test_search_is_accent_insensitive(capsys, catalogue):
    code, out, _ = run(capsys, "catalogue", "search", "informacao")
    assert code == 0
    ids = _listed_ids(out)
    expected = [a.id for a in catalogue.aspects.values() if "informacao" in _searchable(a)]
    assert ids == expected
    assert out.rstrip().endswith(f"{len(expected)} aspecto(s) encontrado(s) para 'informacao'")
    literal = [a.id for a in catalogue.aspects.values() if "informação" in a.aspecto]
    assert literal and set(literal) <= set(ids)
    # Upper case and accents in the query make no difference.
    _, out_accented, _ = run(capsys, "catalogue", "search", "INFORMAÇÃO")
    assert _listed_ids(out_accented) == ids


def test_search_multi_word_is_and(capsys, catalogue):
    _, out_one, _ = run(capsys, "catalogue", "search", "seguranca")
    _, out_two, _ = run(capsys, "catalogue", "search", "dados")
    code, out_both, _ = run(capsys, "catalogue", "search", "segurança", "dados")
    assert code == 0
    one, two, both = (set(_listed_ids(o)) for o in (out_one, out_two, out_both))
    assert both == one & two
    assert both and both < one and both < two
    for aspect_id in both:
        text = _searchable(catalogue.aspect(aspect_id))
        assert "seguranca" in text and "dados" in text
    # One quoted argument with two words behaves the same.
    _, out_quoted, _ = run(capsys, "catalogue", "search", "segurança dados")
    assert set(_listed_ids(out_quoted)) == both


def test_search_without_result(capsys):
    code, out, _ = run(capsys, "catalogue", "search", "xyzzyinexistente")
    assert code == 1
    assert "0 aspecto(s) encontrado(s)" in out


# --- export -------------------------------------------------------------------------------


def test_export_json_to_stdout(capsys, catalogue):
    code, out, _ = run(capsys, "catalogue", "export", "--format", "json")
    assert code == 0
    document = json.loads(out)
    assert document["content_sha256"] == catalogue.content_hash
    aspects = document["aspects"]
    assert len(aspects) == 857
    assert all(set(a) == ASPECT_KEYS for a in aspects)
    assert aspects == [a.to_dict() for a in catalogue.aspects.values()]


def test_export_csv_file(capsys, tmp_path, catalogue):
    target = tmp_path / "aspectos.csv"
    code, out, err = run(capsys, "catalogue", "export", "--format", "csv", "-o", str(target))
    assert (code, out) == (0, "")
    assert "857 aspectos exportados" in err
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM, for spreadsheets
    text = raw.decode("utf-8-sig")
    assert text.count("\r\n") == 858  # records end in CRLF; line breaks inside cells are LF
    records = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert len(records) == 858
    assert records[0] == list(COLUMNS)
    for record, aspect in zip(records[1:], catalogue.aspects.values(), strict=True):
        row = dict(zip(COLUMNS, record, strict=True))
        assert int(row["id"]) == aspect.id
        assert int(row["row"]) == aspect.row
        assert int(row["year"]) == aspect.year
        for field in ("tema", "categoria", "aspecto", "natureza", "elemento", "source",
                      "section"):
            assert row[field] == getattr(aspect, field), (aspect.id, field)
        assert row["form_type"] == aspect.form["type"]
        assert json.loads(row["form"]) == aspect.form


def test_export_xlsx_file(capsys, tmp_path, catalogue):
    from openpyxl import load_workbook

    target = tmp_path / "aspectos.xlsx"
    code, _, _ = run(capsys, "catalogue", "export", "--format", "xlsx", "-o", str(target))
    assert code == 0
    workbook = load_workbook(target, read_only=True)
    try:
        rows = list(workbook["aspectos"].iter_rows(values_only=True))
    finally:
        workbook.close()
    assert list(rows[0]) == list(COLUMNS)
    assert len(rows) == 858
    aspects = list(catalogue.aspects.values())
    assert [r[0] for r in rows[1:]] == [a.id for a in aspects]
    by_id = {r[0]: dict(zip(COLUMNS, r, strict=True)) for r in rows[1:]}
    assert by_id[240]["elemento"] == catalogue.aspect(240).elemento
    assert json.loads(by_id[211]["form"]) == catalogue.aspect(211).form


def test_export_xlsx_needs_an_output_file(capsys):
    code, out, err = run(capsys, "catalogue", "export", "--format", "xlsx")
    assert (code, out) == (2, "")
    assert err == "aspectos: erro: o formato xlsx precisa de um arquivo de saída (-o ARQUIVO)\n"


def test_export_to_an_unwritable_place(capsys, tmp_path):
    target = tmp_path / "nao-existe" / "x.csv"
    code, _, err = run(capsys, "catalogue", "export", "--format", "csv", "-o", str(target))
    assert code == 2
    assert err.startswith(f"aspectos: erro: não foi possível gravar {target}: ")
    assert "não encontrad" in err


# --- build --------------------------------------------------------------------------------


def test_build_reproduces_the_committed_source(capsys, tmp_path, seed_path, catalogue):
    out_dir = tmp_path / "src"
    db = tmp_path / "x.sqlite"
    code, out, _ = run(capsys, "catalogue", "build", str(seed_path), "--out", str(out_dir),
                       "--db", str(db))
    assert code == 0
    repair_lines = [line for line in out.splitlines() if line.startswith("reparo: ")]
    assert len(repair_lines) == 17
    assert [int(re.match(r"reparo: linha (\d+):", line)[1]) for line in repair_lines] == (
        REPAIRED_ROWS)
    assert "17 reparo(s) feito(s)" in out
    assert f"sha256 do conteúdo: {catalogue.content_hash}" in out

    committed = catalogue_source_dir() / THEMES_DIR
    built = out_dir / THEMES_DIR
    names = sorted(p.name for p in committed.glob("*.json"))
    assert len(names) == 12
    assert sorted(p.name for p in built.glob("*.json")) == names
    for name in names:
        assert (built / name).read_bytes() == (committed / name).read_bytes(), name
    built_index = read_index(out_dir)
    committed_index = read_index(catalogue_source_dir())
    for key in ("content_sha256", "seed", "repairs", "themes"):
        assert built_index[key] == committed_index[key], key
    assert load_compiled(db).content_hash == catalogue.content_hash


def test_build_missing_seed(capsys, tmp_path):
    missing = tmp_path / "semente.txt"
    code, out, err = run(capsys, "catalogue", "build", str(missing), "--out", str(tmp_path))
    assert (code, out) == (2, "")
    assert err == (f"aspectos: erro: não foi possível ler a semente {missing}: "
                   "arquivo ou pasta não encontrado\n")
    assert not (tmp_path / "catalogue.json").exists()


def test_build_invalid_seed(capsys, tmp_path):
    seed = tmp_path / "semente.txt"
    seed.write_text("não é uma tabela\n", encoding="utf-8")
    code, _, err = run(capsys, "catalogue", "build", str(seed), "--out", str(tmp_path / "o"))
    assert code == 2
    assert err.startswith("aspectos: erro: semente inválida: cabeçalho não encontrado")
    assert not (tmp_path / "o").exists()


# --- as a real process ------------------------------------------------------------------------


def _aspectos(*argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "aspectos_desktop", *argv],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=60, check=False,
        cwd=Path(__file__).resolve().parent.parent,
    )


@pytest.mark.slow
def test_subprocess_info_json(catalogue):
    result = _aspectos("catalogue", "info", "--json")
    assert result.returncode == 0, result.stderr
    info = json.loads(result.stdout)
    assert info["content_sha256"] == catalogue.content_hash
    assert info["aspects"] == 857


@pytest.mark.slow
def test_subprocess_errors_have_no_traceback(tmp_path):
    result = _aspectos("catalogue", "show", "99999")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == "aspectos: erro: aspecto 99999 não existe no catálogo\n"
    result = _aspectos("catalogue", "build", str(tmp_path / "nada.txt"), "--out", str(tmp_path))
    assert result.returncode == 2
    assert "não foi possível ler a semente" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.slow
def test_console_script(catalogue):
    script = Path(sys.executable).parent / "aspectos"
    if not script.is_file():
        pytest.skip("console script 'aspectos' not installed next to the interpreter")
    result = subprocess.run([str(script), "catalogue", "show", "239", "--json"],
                            capture_output=True, text=True, encoding="utf-8", timeout=60,
                            check=False)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == catalogue.aspect(239).to_dict()
