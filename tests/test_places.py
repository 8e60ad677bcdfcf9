"""The shipped IBGE municipality list and its search (aspectos_desktop.places)."""

from __future__ import annotations

import dataclasses
import importlib.util
import unicodedata
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from aspectos_desktop.places import (
    UF_CODES,
    UFS,
    Municipio,
    load_municipios,
    municipio_by_code,
    municipios_in_uf,
    search_municipios,
)
from aspectos_desktop.resources import resource_path
from aspectos_desktop.text import fold

REPO_ROOT = Path(__file__).resolve().parent.parent


def _load_generator() -> ModuleType:
    path = REPO_ROOT / "packaging" / "data" / "make_municipios.py"
    spec = importlib.util.spec_from_file_location("make_municipios", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- the data ---------------------------------------------------------------------------


def test_count_and_unique_codes() -> None:
    municipios = load_municipios()
    assert len(municipios) == 5570
    codes = [m.code for m in municipios]
    assert len(set(codes)) == 5570
    assert codes == sorted(codes)


def test_27_ufs_all_populated() -> None:
    assert len(UFS) == 27
    assert list(UFS) == sorted(UFS)
    assert set(UF_CODES) == set(UFS)
    assert {m.uf for m in load_municipios()} == set(UFS)
    assert UFS["SP"] == "São Paulo"
    assert UFS["DF"] == "Distrito Federal"


def test_code_prefix_matches_uf() -> None:
    wrong = [m for m in load_municipios() if m.code // 100_000 != UF_CODES[m.uf]]
    assert wrong == []
    assert all(1_000_000 <= m.code <= 9_999_999 for m in load_municipios())


def test_names_are_clean_nfc() -> None:
    for m in load_municipios():
        assert m.name == unicodedata.normalize("NFC", m.name), m
        assert m.name == m.name.strip() and "  " not in m.name, m
    # accents really are there
    assert municipio_by_code(3550308).name != fold(municipio_by_code(3550308).name)


@pytest.mark.parametrize(
    ("code", "name", "uf"),
    [
        (3550308, "São Paulo", "SP"),
        (5300108, "Brasília", "DF"),
        (1100015, "Alta Floresta D'Oeste", "RO"),
        (1505551, "Pau D'Arco", "PA"),
        (1716307, "Pau D'Arco", "TO"),
        (2207793, "Pau D'Arco do Piauí", "PI"),
        (3545803, "Santa Bárbara d'Oeste", "SP"),
        (3150539, "Pingo-d'Água", "MG"),
        (4317103, "Sant'Ana do Livramento", "RS"),
        (3503356, "Arco-Íris", "SP"),
        (1100106, "Guajará-Mirim", "RO"),
        (3304557, "Rio de Janeiro", "RJ"),
        (2304400, "Fortaleza", "CE"),
        (5107800, "Santo Antônio de Leverger", "MT"),
        (1504752, "Mojuí dos Campos", "PA"),
        (4220000, "Balneário Rincão", "SC"),
    ],
)
def test_known_codes(code: int, name: str, uf: str) -> None:
    assert municipio_by_code(code) == Municipio(code, name, uf)


def test_brasilia_is_the_only_df_entry() -> None:
    assert municipios_in_uf("DF") == [Municipio(5300108, "Brasília", "DF")]


def test_municipios_per_uf() -> None:
    counts = Counter(m.uf for m in load_municipios())
    assert counts["SP"] == 645
    assert counts["MG"] == 853
    assert counts["RR"] == 15
    assert sum(len(municipios_in_uf(uf)) for uf in UFS) == 5570


def test_unknown_code_raises_key_error() -> None:
    for code in (0, 3550309, 9_999_999, 35):
        with pytest.raises(KeyError):
            municipio_by_code(code)


def test_municipio_value_and_label() -> None:
    sp = municipio_by_code(3550308)
    assert sp.label == "São Paulo/SP"
    assert municipio_by_code(1100015).label == "Alta Floresta D'Oeste/RO"
    with pytest.raises(dataclasses.FrozenInstanceError):
        sp.name = "x"  # type: ignore[misc]


def test_loaded_once() -> None:
    assert load_municipios() is load_municipios()


def test_csv_file_is_what_the_generator_writes() -> None:
    """The shipped CSV passes the generator's checks and is byte-for-byte its output."""
    generator = _load_generator()
    path = resource_path("municipios_ibge.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"codigo_ibge,nome,uf\n")
    assert b"\r" not in raw
    rows = [(m.code, m.name, m.uf) for m in load_municipios()]
    generator.validate(rows)
    assert generator.render(rows).encode("utf-8") == raw
    assert generator.UF_CODES == UF_CODES


def test_generator_checks_catch_bad_rows() -> None:
    generator = _load_generator()
    rows = [(m.code, m.name, m.uf) for m in load_municipios()]
    with pytest.raises(generator.SourceError):
        generator.validate(rows[:-1])
    swapped = [(c, n, "RJ" if c == 3550308 else u) for c, n, u in rows]
    with pytest.raises(generator.SourceError):
        generator.validate(swapped)
    decomposed = [(c, unicodedata.normalize("NFD", n), u) for c, n, u in rows]
    with pytest.raises(generator.SourceError):
        generator.validate(decomposed)


# --- search -----------------------------------------------------------------------------


@pytest.mark.parametrize("query", ["sao paulo", "SÃO PAULO", "São Paulo", "  sao   paulo ", "saopaulo"])
def test_search_ignores_accents_and_case(query: str) -> None:
    results = search_municipios(query)
    assert results[0] == municipio_by_code(3550308)
    assert all("saopaulo" in fold(m.name).replace(" ", "") for m in results)


def test_search_partial_name_finds_several() -> None:
    results = search_municipios("itaju")
    labels = [m.label for m in results]
    assert len(results) >= 3
    assert {"Itaju/SP", "Itajubá/MG", "Itaju do Colônia/BA"} <= set(labels)
    assert all("itaju" in fold(m.name) for m in results)


@pytest.mark.parametrize("query", ["pau d'arco", "Pau D’Arco", "pau darco", "PAU-D-ARCO"])
def test_search_ignores_punctuation(query: str) -> None:
    codes = [m.code for m in search_municipios(query)]
    assert codes[:2] == [1505551, 1716307]  # PA before TO: same name, then by UF
    assert 2207793 in codes
    assert search_municipios("santa barbara d oeste") == [municipio_by_code(3545803)]


def test_search_ranks_prefix_then_word_then_substring() -> None:
    names = [m.name for m in search_municipios("arco", limit=1000)]
    assert names[:3] == ["Arco-Íris", "Arcos", "Arcoverde"]  # prefix, alphabetical
    assert names.index("Dirceu Arcoverde") < names.index("Alfredo Marcondes")  # word start
    assert names.index("Pau D'Arco") < names.index("Alfredo Marcondes")
    prefix = [n for n in names if fold(n).startswith("arco")]
    assert names[: len(prefix)] == prefix
    assert prefix == sorted(prefix, key=fold)


def test_search_prefix_before_substring_even_if_later_alphabetically() -> None:
    names = [m.name for m in search_municipios("paulo", limit=1000)]
    assert names[0].startswith("Paulo")
    assert names.index("Paulo Afonso") < names.index("São Paulo")


def test_search_uf_filter() -> None:
    results = search_municipios("sao", uf="SP", limit=1000)
    assert results and all(m.uf == "SP" for m in results)
    assert search_municipios("sao", uf="sp", limit=1000) == results
    assert search_municipios("brasilia", uf="DF") == [municipio_by_code(5300108)]
    assert search_municipios("sao paulo", uf="RS") == [municipio_by_code(4319307)]
    with pytest.raises(ValueError):
        search_municipios("sao", uf="XX")


def test_search_limit_and_blank() -> None:
    assert len(search_municipios("sa")) == 50
    assert len(search_municipios("sa", limit=5)) == 5
    assert search_municipios("sa", limit=0) == []
    assert search_municipios("") == []
    assert search_municipios("  -' ") == []
    assert search_municipios("xyzzyq") == []


def test_search_by_code_prefix() -> None:
    assert search_municipios("3550308") == [municipio_by_code(3550308)]
    results = search_municipios("53", limit=1000)
    assert results == [municipio_by_code(5300108)]
    assert all(str(m.code).startswith("35") for m in search_municipios("35", limit=1000))


def test_municipios_in_uf() -> None:
    rr = municipios_in_uf("rr")
    assert len(rr) == 15
    assert all(m.uf == "RR" for m in rr)
    assert [fold(m.name) for m in rr] == sorted(fold(m.name) for m in rr)
    assert municipio_by_code(1400100) in rr  # Boa Vista
    with pytest.raises(ValueError):
        municipios_in_uf("ZZ")
