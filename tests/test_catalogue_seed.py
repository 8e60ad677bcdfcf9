"""Fidelity of the embedded catalogue to the seed document.

The seed is read here a second time, by a small reader written for the tests only
(``_read_seed``): it does not share code with ``catalogue.seed.parse_seed``, so a
bug in the parser cannot hide itself. Every field of all 857 rows is compared.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from aspectos_desktop.catalogue.compiled import compile_catalogue, load_compiled
from aspectos_desktop.catalogue.seed import HEADER, SeedFormatError, parse_seed
from aspectos_desktop.catalogue.source import (
    CatalogueSourceError,
    build_from_seed,
    read_index,
    read_source,
    source_fingerprint,
)
from aspectos_desktop.resources import catalogue_db_path, catalogue_source_dir

# --- an independent reading of the seed ----------------------------------------------

# One logical row. The ref cell is "SOURCE, YEAR" + newline + "[section, ]NUMBER.0".
# Repaired PAHO rows have no elemento cell of their own: the ref sits right after
# the natureza and the row ends with an extra empty cell ("| |").
_ROW = re.compile(
    r"(?P<row>\d+) \| (?P<tema>[^|]+?) \| (?P<categoria>[^|]+?) \| (?P<aspecto>[^|]+?) \| "
    r"(?P<natureza>[^|\n]+?) \| (?:(?P<elemento>.*?) \| )?"
    r"(?P<source>[^|\n]+?), (?P<year>\d{4})\n"
    r"(?P<section>[^|\n]*), (?P<number>\d+)\.0 \|(?P<shifted> \|)?",
    re.S,
)
_SEPARATOR = "\n---|---|---|---|---|---|---|\n"
_NEXT_ROW = re.compile(r"\n(?=\d+ \| )")

REPAIRED_ROWS = [23, 26, 27, 28, 29, 30, 31, 32, 149, 452, 453, 456, 457, 458, 459, 460, 469]
SOURCE_CODES = {
    "ARG-MNM", "ISO13131", "HAOC1", "HAOC2", "HAOC3", "HAOC4", "HAOC5", "DESD", "ESD28",
    "MS-NT5", "PAHO", "LGPD", "ImDS", "BDHI", "PNIIS", "ABRASCO", "TIC-saúde", "CFM-2314",
    "MS-PC5", "MS-PC6", "MS-NT50", "MS-NT63", "MS-NT-CUST", "ONU2030", "DMI-H", "MS-P2073",
    "NTS-HU-UFMA", "TMSMM",
}  # fmt: skip
FIELDS = (
    "id", "row", "tema", "categoria", "aspecto", "natureza", "elemento",
    "source", "year", "section",
)  # fmt: skip


def _normalise(text: str) -> str:
    """Blanks collapsed, every line trimmed, line breaks kept."""
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n")]
    return "\n".join(lines).strip()


def _read_seed(text: str) -> list[dict[str, Any]]:
    _, separator, body = text.partition(_SEPARATOR)
    assert separator, "seed table separator line not found"
    rows: list[dict[str, Any]] = []
    for chunk in _NEXT_ROW.split(body):
        match = _ROW.fullmatch(chunk.rstrip("\n"))
        assert match is not None, f"row not understood by the test reader: {chunk[:120]!r}"
        assert (match["elemento"] is None) == bool(match["shifted"]), chunk[:120]
        rows.append({
            "id": int(match["number"]),
            "row": int(match["row"]),
            "tema": _normalise(match["tema"]),
            "categoria": _normalise(match["categoria"]),
            "aspecto": _normalise(match["aspecto"]),
            "natureza_raw": match["natureza"],
            "natureza": match["natureza"].strip().lower(),
            "elemento": _normalise(match["elemento"] or ""),
            "source": match["source"].strip(),
            "year": int(match["year"]),
            "section": match["section"].strip(),
            "shifted": bool(match["shifted"]),
        })
    return rows


@pytest.fixture(scope="module")
def seed_text(seed_path: Path) -> str:
    return seed_path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed_rows(seed_text: str) -> list[dict[str, Any]]:
    return _read_seed(seed_text)


# --- the test reader itself is sane -------------------------------------------------


def test_test_reader_sees_every_numbered_row(seed_text: str, seed_rows: list[dict[str, Any]]):
    starts = re.findall(r"^(\d+) \| ", seed_text, re.M)
    assert len(starts) == 857
    assert [r["row"] for r in seed_rows] == [int(n) for n in starts] == list(range(1, 858))


# --- every row, every field --------------------------------------------------------


def test_every_field_of_every_row_matches_the_catalogue(seed_rows, catalogue):
    assert len(catalogue.aspects) == len(seed_rows) == 857
    mismatches: list[str] = []
    for expected in seed_rows:
        aspect = catalogue.aspects.get(expected["id"])
        if aspect is None:
            mismatches.append(f"row {expected['row']}: id {expected['id']} missing")
            continue
        for field in FIELDS:
            got = getattr(aspect, field)
            if got != expected[field]:
                mismatches.append(f"row {expected['row']} {field}: {got!r} != {expected[field]!r}")
    assert mismatches == []
    assert set(catalogue.aspects) == {r["id"] for r in seed_rows}


def test_ids_are_the_unique_trailing_ref_numbers(seed_rows, catalogue):
    ids = [r["id"] for r in seed_rows]
    assert len(set(ids)) == len(ids) == 857
    first = catalogue.aspect(239)  # "HAOC1, 2019\n4, 239.0"
    assert (first.row, first.source, first.year, first.section) == (1, "HAOC1", 2019, "4")
    assert catalogue.aspect(764).row == 856
    assert catalogue.aspect(756).row == 857


def test_sections(catalogue):
    assert catalogue.aspect(507).section == "1a dimensão, 8"  # "1a dimensão, 8, 507.0"
    assert catalogue.aspect(515).section == "1a dimensão, 17"
    assert catalogue.aspect(193).section == ""  # ", 193.0"
    assert catalogue.aspect(764).section == "20.III"


def test_multi_line_elemento_keeps_its_line_breaks(catalogue):
    elemento = catalogue.aspect(240).elemento
    assert elemento.count("\n") == 5
    assert elemento.split("\n")[1].startswith("a) log: dados baseados em sensores")
    assert elemento.endswith("Resposta: sim / não / não se aplica / não sabe")


def test_themes_in_seed_order(seed_rows, catalogue):
    seed_order = list(dict.fromkeys(r["tema"] for r in seed_rows))
    assert len(seed_order) == 12
    assert [t.name for t in catalogue.themes] == seed_order
    assert [t.position for t in catalogue.themes] == list(range(1, 13))
    sizes = {t.name: len(catalogue.theme_aspects(t.slug)) for t in catalogue.themes}
    assert sizes == dict(Counter(r["tema"] for r in seed_rows))
    assert sizes["processos e atividades"] == 209
    assert sizes["cidadania e desenvolvimento sustentável"] == 14


def test_categories_are_the_distinct_tema_categoria_pairs(seed_rows, catalogue):
    pairs: dict[tuple[str, str], list[int]] = {}
    for r in seed_rows:
        pairs.setdefault((r["tema"], r["categoria"]), []).append(r["id"])
    assert len(pairs) == 292
    assert len(catalogue.categories) == 292
    got = {
        (catalogue.theme(c.theme_slug).name, c.name): list(c.aspect_ids)
        for c in catalogue.categories.values()
    }
    assert got == pairs
    for theme in catalogue.themes:
        names = [catalogue.categories[cid].name for cid in theme.category_ids]
        assert names == list(dict.fromkeys(r["categoria"] for r in seed_rows
                                           if r["tema"] == theme.name))


def test_producao_and_producao_lowercase_are_distinct_categories(catalogue):
    theme = catalogue.theme("monitoramento-e-avaliacao")
    assert theme.name == "monitoramento e avaliação"
    found = {catalogue.categories[cid].name: cid for cid in theme.category_ids
             if catalogue.categories[cid].name.lower() == "produção"}
    assert set(found) == {"Produção", "produção"}
    assert found["Produção"] != found["produção"]
    assert all(cid.startswith("monitoramento-e-avaliacao/") for cid in found.values())
    assert len(catalogue.categories[found["Produção"]].aspect_ids) == 1
    assert len(catalogue.categories[found["produção"]].aspect_ids) == 2


def test_natureza_counts(seed_rows, catalogue):
    raw = Counter(r["natureza_raw"] for r in seed_rows)
    assert raw == {"característica": 629, "indicador": 212, "Indicador": 1,
                   "tabela": 10, "gráfico": 4, "figura": 1}
    capitalised = [r for r in seed_rows if r["natureza_raw"] == "Indicador"]
    assert [r["row"] for r in capitalised] == [805]
    assert catalogue.aspect(capitalised[0]["id"]).natureza == "indicador"
    assert catalogue.counts_by_natureza() == {"característica": 629, "indicador": 213,
                                              "tabela": 10, "gráfico": 4, "figura": 1}


def test_source_codes(seed_rows, catalogue):
    assert {r["source"] for r in seed_rows} == SOURCE_CODES
    assert {a.source for a in catalogue.aspects.values()} == SOURCE_CODES
    assert len(SOURCE_CODES) == 28


# --- the PAHO repair ----------------------------------------------------------------


def test_exactly_the_17_shifted_paho_rows_are_repaired(seed_text, seed_rows, catalogue):
    shifted = [r for r in seed_rows if r["shifted"]]
    assert [r["row"] for r in shifted] == REPAIRED_ROWS
    assert {r["source"] for r in shifted} == {"PAHO"}

    repairs = parse_seed(seed_text).repairs
    assert [r.row for r in repairs] == REPAIRED_ROWS
    assert [r.aspect_id for r in repairs] == [r["id"] for r in shifted]
    for repair, row in zip(repairs, shifted, strict=True):
        assert f"linha {row['row']}" in repair.message
        assert f"id {row['id']}" in repair.message
        aspect = catalogue.aspect(row["id"])
        assert (aspect.row, aspect.elemento, aspect.source, aspect.year, aspect.section) == (
            row["row"], "", "PAHO", 2016, "")
    empty = sorted(a.row for a in catalogue.aspects.values() if not a.elemento)
    assert empty == REPAIRED_ROWS


def test_committed_index_records_the_repairs_and_the_seed(seed_path, seed_rows):
    index = read_index(catalogue_source_dir())
    assert [(r["row"], r["id"]) for r in index["repairs"]] == [
        (r["row"], r["id"]) for r in seed_rows if r["shifted"]]
    assert index["seed"] == {
        "file": seed_path.name,
        "sha256": hashlib.sha256(seed_path.read_bytes()).hexdigest(),
    }


# --- committed source, fresh build and compiled SQLite agree --------------------------


def test_committed_source_equals_a_fresh_build(seed_path, catalogue):
    index = read_index(catalogue_source_dir())
    fresh = build_from_seed(seed_path.read_bytes(), seed_path.name, index["version"]).catalogue
    committed = read_source(catalogue_source_dir())
    assert fresh.content_hash == committed.content_hash == index["content_sha256"]
    assert fresh.content_hash == catalogue.content_hash
    # Same content and the same structure (not only the same hash).
    assert [a.to_dict() for a in fresh.aspects.values()] == [
        a.to_dict() for a in committed.aspects.values()]
    assert fresh.categories == committed.categories
    assert fresh.themes == committed.themes


def test_compiled_sqlite_loads_to_the_same_content(tmp_path, catalogue):
    source = read_source(catalogue_source_dir())
    target = tmp_path / "catalogue.sqlite"
    compile_catalogue(source, target, source_fingerprint(catalogue_source_dir()))
    compiled = load_compiled(target)
    assert compiled.content_hash == source.content_hash == catalogue.content_hash
    assert [a.to_dict() for a in compiled.aspects.values()] == [
        a.to_dict() for a in source.aspects.values()]
    assert compiled.categories == source.categories
    assert compiled.themes == source.themes
    shipped = load_compiled(catalogue_db_path())
    assert shipped.content_hash == source.content_hash


@pytest.mark.parametrize("damage", ["not a database", "form_json", "edited text"])
def test_damaged_compiled_catalogue_is_a_plain_message(tmp_path, damage):  # type: ignore[no-untyped-def]
    """What a frozen build (no source to rebuild from) says of a damaged catalogue file."""
    import sqlite3

    from aspectos_desktop.catalogue.compiled import CompiledCatalogueError

    target = tmp_path / "catalogue.sqlite"
    compile_catalogue(read_source(catalogue_source_dir()), target, "x")
    if damage == "not a database":
        target.write_bytes(b"lixo" * 1000)
    else:
        with sqlite3.connect(target) as db:
            if damage == "form_json":
                db.execute("UPDATE aspects SET form_json = '{quebrado' WHERE row = 5")
            else:
                db.execute("UPDATE aspects SET aspecto = 'outro texto' WHERE row = 5")
        db.close()
    with pytest.raises(CompiledCatalogueError) as caught:
        load_compiled(target)
    message = str(caught.value)
    assert message.startswith(f"{target}: ") and message.endswith("reinstale o aplicativo")
    assert "database" not in message and "Expecting" not in message


def test_damaged_catalogue_source_is_a_plain_message(tmp_path):  # type: ignore[no-untyped-def]
    import shutil

    source = tmp_path / "catalogue"
    shutil.copytree(catalogue_source_dir(), source)
    theme = next(path for path in sorted(source.rglob("*.json")) if path.name != "catalogue.json")
    theme.write_text("{\n  quebrado", encoding="utf-8")
    with pytest.raises(CatalogueSourceError) as caught:
        read_source(source)
    assert str(caught.value) == (f"{theme}: arquivo JSON danificado ou editado com erro de "
                                 "sintaxe (linha 2, coluna 3)")


# --- parse_seed rejects a malformed seed ----------------------------------------------


def _first_rows(text: str, count: int) -> str:
    """The seed up to (not including) row ``count + 1``."""
    cut = re.search(rf"^{count + 1} \| ", text, re.M)
    assert cut is not None
    return text[: cut.start()].rstrip("\n")


def _line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def test_a_small_prefix_of_the_seed_parses(seed_text):
    parsed = parse_seed(_first_rows(seed_text, 24))
    assert [r.row for r in parsed.rows] == list(range(1, 25))
    assert [r.row for r in parsed.repairs] == [23]


def test_missing_header(seed_text):
    text = _first_rows(seed_text, 5).replace(HEADER, "# | tema | categoria | aspecto |")
    with pytest.raises(SeedFormatError, match="cabeçalho") as info:
        parse_seed(text)
    assert info.value.line is None


def test_empty_table():
    with pytest.raises(SeedFormatError, match="nenhuma linha"):
        parse_seed(f"título\n{HEADER}\n---|---|---|---|---|---|---|\n")


def test_truncated_in_the_middle_of_a_row(seed_text):
    text = _first_rows(seed_text, 12)
    truncated = text[: text.index("c) questionários")]  # inside row 11's elemento
    with pytest.raises(SeedFormatError) as info:
        parse_seed(truncated)
    assert info.value.line == _line_of(seed_text, "\n11 | ") + 1
    assert str(info.value).startswith(f"linha {info.value.line}: ")


def test_truncated_inside_the_ref(seed_text):
    text = _first_rows(seed_text, 3)
    truncated = text[: text.rindex("\n")]  # row 3 loses the second line of its ref
    with pytest.raises(SeedFormatError) as info:
        parse_seed(truncated)
    assert info.value.line == _line_of(seed_text, "\n3 | ") + 1


def test_row_with_missing_columns(seed_text):
    text = _first_rows(seed_text, 4).replace(
        "3 | aceitabilidade e adequação | aceitabilidade | ",
        "3 | aceitabilidade e adequação, aceitabilidade, ")
    with pytest.raises(SeedFormatError, match="colunas") as info:
        parse_seed(text)
    assert info.value.line == _line_of(seed_text, "\n3 | ") + 1


def test_garbled_ref(seed_text):
    text = _first_rows(seed_text, 4).replace("4, 234.0 |", "4, 234.x |")
    with pytest.raises(SeedFormatError, match="referência") as info:
        parse_seed(text)
    assert info.value.line == _line_of(seed_text, "\n2 | ") + 1


def test_duplicate_ids(seed_text):
    text = _first_rows(seed_text, 4).replace("4, 234.0 |", "4, 239.0 |")
    with pytest.raises(SeedFormatError, match=r"id 239 repetido nas linhas 1 e 2"):
        parse_seed(text)


def test_rows_out_of_order(seed_text):
    text = _first_rows(seed_text, 4).replace("\n3 | ", "\n7 | ")
    with pytest.raises(SeedFormatError, match="numeração"):
        parse_seed(text)


def test_whitespace_is_normalised_but_line_breaks_kept():
    text = (
        f"{HEADER}\n---|---|---|---|---|---|---|\n"
        "1 |  tema   um | cat\t x | asp | característica | primeira \t linha   \n"
        "   segunda  linha | SRC, 2020\n, 5.0 |\n"
    )
    (row,) = parse_seed(text).rows
    assert (row.tema, row.categoria, row.elemento) == (
        "tema um", "cat x", "primeira linha\nsegunda linha")
    assert (row.source, row.year, row.section, row.ref_number) == ("SRC", 2020, "", 5)


def test_fresh_build_is_json_serialisable(seed_path):
    result = build_from_seed(seed_path.read_bytes(), seed_path.name, "test")
    payload = [a.to_dict() for a in result.catalogue.aspects.values()]
    assert json.loads(json.dumps(payload, ensure_ascii=False)) == payload
