"""Consolidation queries on SQLite and PostgreSQL: every figure checked against values
computed by hand from the small dataset (tests/central_data.py), filters, superseded
revisions and pending bundles left out, and a seeded 30-núcleo dataset checked against a
plain-Python oracle; plus the real importer end to end."""

from __future__ import annotations

from collections import Counter
from collections.abc import Generator, Iterator
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from central_data import (
    CIDADANIA,
    ESTRUTURA,
    INVALID_ID,
    MONITORAMENTO,
    PERCENT_ID,
    PROTECAO,
    RATIO_ID,
    SOMA_ID,
    Builder,
    Small,
    Spec,
    indicator,
    percent,
    random_dataset,
    sim_nao,
    small_dataset,
)
from sqlalchemy import event, select

from aspectos_desktop.answers import Completion, check_answer, parse_number
from aspectos_desktop.catalogue.model import Catalogue
from aspectos_desktop.central.consolidation import (
    ConsolidationError,
    Filters,
    IndicatorRow,
    MatrixRow,
    compare,
    find_nucleo,
    indicators,
    long_table,
    matrix,
    nucleo_answers,
    selected_assessments,
    wide_table,
)
from aspectos_desktop.central.database import CentralDB
from aspectos_desktop.central.models import Bundle, Signer
from aspectos_desktop.central.trust import approve_signer


@pytest.fixture
def small(central_db: CentralDB, catalogue: Catalogue) -> Small:
    with central_db.session() as session:
        return small_dataset(session, catalogue)


def cells(rows: list[MatrixRow]) -> dict[tuple[str, str, int], dict[str, Any]]:
    """(núcleo name, kind, revision) -> {theme: (answered, total, invalid, percent, shares)}."""
    return {
        (r.nucleo.name, r.assessment.kind, r.assessment.revision): {
            slug: (c.answered, c.total, c.invalid, c.percent, c.shares)
            for slug, c in r.by_theme.items()}
        for r in rows
    }


# ----------------------------------------------------------------------------- matrix


def test_known_aspects(catalogue: Catalogue) -> None:
    """The dataset relies on these catalogue facts."""
    sizes = {slug: len(catalogue.theme_aspects(slug))
             for slug in (CIDADANIA, PROTECAO, MONITORAMENTO, ESTRUTURA)}
    assert sizes == {CIDADANIA: 14, PROTECAO: 28, MONITORAMENTO: 79, ESTRUTURA: 94}
    assert catalogue.aspect(RATIO_ID).form["multiplier"] == 100
    assert catalogue.aspect(RATIO_ID).form["has_denominator"]
    assert catalogue.aspect(RATIO_ID).theme_slug == MONITORAMENTO
    assert not catalogue.aspect(SOMA_ID).form["has_denominator"]
    assert catalogue.aspect(PERCENT_ID).form["type"] == "percent"
    assert catalogue.aspect(PERCENT_ID).theme_slug == ESTRUTURA
    assert catalogue.aspect(INVALID_ID).theme_slug == CIDADANIA


def test_matrix_figures(central_db: CentralDB, small: Small, catalogue: Catalogue) -> None:
    rows = matrix(central_db, catalogue=catalogue)
    # Display order: UF, município, núcleo, kind. D (pending) and A's first revision are absent.
    assert [(r.nucleo.uf, r.nucleo.name, r.assessment.kind, r.assessment.revision) for r in rows] == [
        ("RJ", "Núcleo Carioca", "autoavaliacao", 1),
        ("SP", "Núcleo Campineiro", "autoavaliacao", 1),
        ("SP", "Núcleo Paulista", "autoavaliacao", 2),
        ("SP", "Núcleo Paulista", "visita", 1),
    ]
    assert cells(rows) == {
        ("Núcleo Carioca", "autoavaliacao", 1): {
            # 265 nao + indicator 1826: 2 of 14; the only scale answer is "nao".
            CIDADANIA: (2, 14, 0, 14.3, {"nao": 100.0}),
            ESTRUTURA: (1, 94, 0, 1.1, {}),
            MONITORAMENTO: (1, 79, 0, 1.3, {}),
        },
        ("Núcleo Campineiro", "autoavaliacao", 1): {
            CIDADANIA: (3, 14, 0, 21.4, {"sim": 100.0}),
            ESTRUTURA: (1, 94, 0, 1.1, {}),
            MONITORAMENTO: (1, 79, 0, 1.3, {}),
            PROTECAO: (1, 28, 0, 3.6, {"nao": 100.0}),
        },
        ("Núcleo Paulista", "autoavaliacao", 2): {
            # sim ×5 (265, 1857, 471, 469, 357), nao ×2, nao_se_aplica ×1, indicator 1826:
            # 9 of 14 = 64.3 %; 1828 invalid; shares over the 8 scale answers.
            CIDADANIA: (9, 14, 1, 64.3, {"sim": 62.5, "nao": 25.0, "nao_se_aplica": 12.5}),
            MONITORAMENTO: (1, 79, 0, 1.3, {}),
        },
        ("Núcleo Paulista", "visita", 1): {
            # sim ×3, nao, nao_sabe, indicator 1826: 6 of 14 = 42.9 %.
            CIDADANIA: (6, 14, 0, 42.9, {"sim": 60.0, "nao": 20.0, "nao_sabe": 20.0}),
        },
    }
    paulista = rows[2]
    assert paulista.by_theme[CIDADANIA].counts == {"sim": 5, "nao": 2, "nao_se_aplica": 1}
    overall = paulista.overall
    assert (overall.answered, overall.total, overall.invalid, overall.percent) == (10, 93, 1, 10.8)
    assert list(paulista.by_theme) == [CIDADANIA, MONITORAMENTO]  # catalogue order


@pytest.mark.parametrize(("filters", "expected"), [
    (Filters(uf="SP"), ["Campineiro auto", "Paulista auto", "Paulista visita"]),
    (Filters(uf=" sp "), ["Campineiro auto", "Paulista auto", "Paulista visita"]),
    (Filters(uf="RJ"), ["Carioca auto"]),
    (Filters(uf="MG"), []),  # only a pending bundle there
    (Filters(municipio_code=3550308), ["Paulista auto", "Paulista visita"]),
    (Filters(uf="SP", municipio_code=3509502), ["Campineiro auto"]),
    (Filters(kind="visita"), ["Paulista visita"]),
    (Filters(kind="autoavaliação"), ["Carioca auto", "Campineiro auto", "Paulista auto"]),
    (Filters(period_from=date(2026, 1, 1)), ["Carioca auto", "Paulista auto", "Paulista visita"]),
    (Filters(period_from=date(2025, 12, 31)),
     ["Carioca auto", "Campineiro auto", "Paulista auto", "Paulista visita"]),  # touches B's end
    (Filters(period_to=date(2025, 12, 31)), ["Campineiro auto"]),
    (Filters(period_from=date(2026, 7, 1), period_to=date(2026, 12, 31)), ["Carioca auto"]),
    (Filters(period_from=date(2027, 1, 1)), []),
    (Filters(catalogue_version="2025.9"), ["Carioca auto"]),
    (Filters(catalogue_version="2026.1", uf="SP", kind="autoavaliacao"),
     ["Campineiro auto", "Paulista auto"]),
])
def test_matrix_filters(central_db: CentralDB, small: Small, catalogue: Catalogue,
                        filters: Filters, expected: list[str]) -> None:
    rows = matrix(central_db, filters, catalogue=catalogue)
    names = [f"{r.nucleo.name.split()[-1]} {'visita' if r.assessment.kind == 'visita' else 'auto'}"
             for r in rows]
    assert names == expected
    # The figures of a row do not depend on the filters.
    for row in rows:
        if row.nucleo.name == "Núcleo Paulista" and row.assessment.kind == "autoavaliacao":
            assert row.by_theme[CIDADANIA].answered == 9


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"uf": "XX"}, "UF desconhecida: “XX”"),
    ({"municipio_code": 1234567}, "Município desconhecido"),
    ({"uf": "RJ", "municipio_code": 3550308}, "não fica na UF RJ"),
    ({"kind": "inspecao"}, "Tipo de avaliação desconhecido"),
    ({"period_from": date(2026, 2, 1), "period_to": date(2026, 1, 1)}, "Período inválido"),
])
def test_bad_filters(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ConsolidationError) as caught:
        Filters(**kwargs)
    assert message in caught.value.message


def test_filters_describe() -> None:
    assert Filters().describe() == "todos os núcleos"
    assert Filters(uf=" ", kind="", catalogue_version=" ") == Filters()  # blank: any
    text = Filters(uf="sp", municipio_code=3550308, kind="visita", period_from=date(2026, 1, 1),
                   period_to=date(2026, 6, 30), catalogue_version="2026.1").describe()
    assert text == ("UF SP, município São Paulo/SP, visita de monitoramento, período de "
                    "01/01/2026 a 30/06/2026, catálogo 2026.1")


def test_pending_bundle_counts_once_its_signer_is_approved(
        central_db: CentralDB, small: Small, catalogue: Catalogue) -> None:
    assert [r.nucleo.uf for r in matrix(central_db, catalogue=catalogue)].count("MG") == 0
    with central_db.session() as session:
        fingerprint = session.scalars(select(Signer.fingerprint).where(
            Signer.nucleo_id == small.mg_d)).one()
    approve_signer(central_db, fingerprint, actor="Coordenação")
    mg = matrix(central_db, Filters(uf="MG"), catalogue=catalogue)
    assert len(mg) == 1
    assert mg[0].by_theme[CIDADANIA].answered == 11  # every scale aspect "sim"
    assert mg[0].by_theme[CIDADANIA].shares == {"sim": 100.0}
    brazil = {(r.aspect_id, r.scope): r for r in indicators(central_db, catalogue=catalogue)}
    assert brazil[(RATIO_ID, "MG")].value == Decimal(99)
    # 30 + 10 + 1 + 99 over 120 + 40 + 10 + 100, × 100 = 140/270 × 100 = 51.851851…
    assert brazil[(RATIO_ID, "BR")].value == Decimal("51.8519")
    assert brazil[(RATIO_ID, "BR")].nucleos_reporting == 4


def test_superseded_revision_is_history_only(central_db: CentralDB, small: Small,
                                             catalogue: Catalogue) -> None:
    ids = [a.id for _n, a in selected_assessments(central_db)]
    assert small.a_self_old not in ids and small.d_self not in ids
    assert sorted(ids) == sorted([small.a_self, small.a_visit, small.b_self, small.c_self])
    # A newer revision in a pending bundle does not hide the imported one.
    with central_db.session() as session:
        builder = Builder(session, catalogue)
        from aspectos_desktop.central.models import CentralAssessment, CentralNucleo

        nucleo = session.get(CentralNucleo, small.rj_c)
        parent = session.get(CentralAssessment, small.c_self)
        assert nucleo is not None and parent is not None
        builder.assessment(nucleo, "autoavaliacao", [CIDADANIA], {265: sim_nao("sim")},
                           revision=2, parent=parent, bundle_status="pendente")
        session.commit()
    rj = matrix(central_db, Filters(uf="RJ"), catalogue=catalogue)
    assert [(r.assessment.id, r.by_theme[CIDADANIA].shares) for r in rj] == [
        (small.c_self, {"nao": 100.0})]


# ------------------------------------------------------------------------- drill-down


def test_find_nucleo(central_db: CentralDB, small: Small) -> None:
    assert find_nucleo(central_db, small.sp_a).name == "Núcleo Paulista"
    assert find_nucleo(central_db, str(small.sp_a)).id == small.sp_a
    assert find_nucleo(central_db, "cnes:1234567").id == small.sp_a
    assert find_nucleo(central_db, "CNES:7654321").id == small.rj_c
    assert find_nucleo(central_db, "7654321").id == small.rj_c  # a bare CNES
    assert find_nucleo(central_db, "ibge:3509502:núcleo-campineiro").id == small.sp_b
    for unknown in ("999", "cnes:0000000", "", "fulano", "²"):
        with pytest.raises(ConsolidationError, match="Núcleo não encontrado"):
            find_nucleo(central_db, unknown)


def test_nucleo_answers(central_db: CentralDB, small: Small, catalogue: Catalogue) -> None:
    data = nucleo_answers(central_db, small.sp_a, catalogue=catalogue)
    assert data.nucleo.nucleo_key == "cnes:1234567"
    assert [(b.assessment.kind, b.assessment.revision) for b in data.assessments] == [
        ("autoavaliacao", 2), ("visita", 1)]
    auto, visit = data.assessments
    assert len(auto.answers) == 14 + 79 and auto.answered == 10
    assert len(visit.answers) == 14 and visit.answered == 6
    by_id = {d.aspect.id: d for d in auto.answers}
    assert by_id[265].answer == "Sim"  # revision 1 said "Não": superseded
    assert by_id[357].answer == "Sim · 1 de 3 itens marcados"
    assert by_id[472].answer == "Não se aplica"
    assert (by_id[INVALID_ID].completion, by_id[INVALID_ID].answer) == ("inválido",
                                                                        "Resposta inválida")
    assert (by_id[503].completion, by_id[503].answer, by_id[503].value) == (
        "vazio", "Não respondido", None)
    assert by_id[1827].completion == "vazio"
    assert by_id[RATIO_ID].answer == "25 %"
    assert (by_id[RATIO_ID].numerator, by_id[RATIO_ID].denominator) == (30, 120)
    assert by_id[RATIO_ID].computed == 25
    assert by_id[265].comment == "comentário 265"
    assert [d.aspect.id for d in auto.answers][:14] == [
        a.id for a in catalogue.theme_aspects(CIDADANIA)]
    only_visits = nucleo_answers(central_db, small.sp_a, "visita", catalogue=catalogue)
    assert [b.assessment.kind for b in only_visits.assessments] == ["visita"]
    assert nucleo_answers(central_db, small.mg_d, catalogue=catalogue).assessments == []


# ------------------------------------------------------------------------- comparison


def test_compare(central_db: CentralDB, small: Small, catalogue: Catalogue) -> None:
    found = compare(central_db, small.sp_a, catalogue=catalogue)
    assert found.self_assessment is not None and found.self_assessment.id == small.a_self
    assert found.visit is not None and found.visit.id == small.a_visit
    assert found.themes == (CIDADANIA,)  # the only theme both cover
    assert len(found) == 14
    rows = {r.aspect.id: (r.self_value, r.visit_value, r.same) for r in found}
    assert rows == {
        265: ("Sim", "Sim", True),
        1857: ("Sim", "Não", False),
        357: ("Sim · 1 de 3 itens marcados", "Sim · 2 de 3 itens marcados", False),
        471: ("Sim", "Sim", True),
        469: ("Sim", "Não sabe", False),
        473: ("Não", "Não respondido", False),
        470: ("Não", "Não respondido", False),
        472: ("Não se aplica", "Não respondido", False),
        503: ("Não respondido", "Não respondido", True),
        1823: ("Não respondido", "Não respondido", True),
        SOMA_ID: ("10", "10", True),  # "10" and "10,0": the same number
        1827: ("Não respondido", "Não respondido", True),  # empty value vs no row
        INVALID_ID: ("Resposta inválida", "Não respondido", False),
        1829: ("Não respondido", "Não respondido", True),
    }
    assert found.differences == 7


def test_compare_without_a_visit(central_db: CentralDB, small: Small,
                                 catalogue: Catalogue) -> None:
    found = compare(central_db, small.sp_b, catalogue=catalogue)
    assert found.self_assessment is not None and found.visit is None
    assert found.rows == [] and found.differences == 0


def test_compare_picks_the_latest_of_each_kind(central_db: CentralDB,
                                               catalogue: Catalogue) -> None:
    with central_db.session() as session:
        b = Builder(session, catalogue)
        n = b.nucleo("Núcleo Baiano", "BA", 2927408, "Salvador")
        b.assessment(n, "autoavaliacao", [CIDADANIA], {265: sim_nao("nao")},
                     period=(date(2026, 1, 1), date(2026, 6, 30)))
        b.assessment(n, "autoavaliacao", [CIDADANIA], {265: sim_nao("sim")},
                     period=(date(2025, 1, 1), date(2025, 6, 30)))
        b.assessment(n, "visita", [CIDADANIA], {265: sim_nao("sim")},
                     period=(date(2024, 1, 1), date(2024, 12, 31)))
        b.assessment(n, "visita", [CIDADANIA, PROTECAO], {265: sim_nao("nao"), 8: sim_nao("sim")},
                     period=(date(2026, 1, 1), date(2026, 8, 31)))
        session.commit()
        nucleo_id = n.id
    found = compare(central_db, nucleo_id, catalogue=catalogue)
    assert found.self_assessment is not None and found.visit is not None
    assert found.self_assessment.period_start == date(2026, 1, 1)
    assert found.visit.period_end == date(2026, 8, 31)
    assert found.themes == (CIDADANIA,)
    assert found.differences == 0


@pytest.mark.parametrize(("left", "right", "same"), [
    (indicator("12", "40"), indicator("12,0", "40"), True),
    (indicator("12", "40"), indicator("24", "80"), False),  # same ratio, other figures
    (indicator("", status="nao_sabe"), indicator("", status="nao_sabe"), True),
    (indicator("", status="nao_sabe"), indicator("", status="nao_se_aplica"), False),
    (percent("45,5"), percent("45.5"), True),
    (percent("45,5"), percent("45"), False),
    (sim_nao("sim", ["a", "c"]), sim_nao("sim", ["c", "a"]), True),
    ({"rows": [["a ", "b"]], "status": None}, {"rows": [["a", " b"]], "status": None}, True),
    ({"rows": [["a", "b"]], "status": None}, {"rows": [["a", "c"]], "status": None}, False),
])
def test_answer_key(catalogue: Catalogue, left: dict[str, Any], right: dict[str, Any],
                    same: bool) -> None:
    from central_data import answer_row

    from aspectos_desktop.central.consolidation import _detail, answer_key

    kind = "scale" if "choice" in left else "table" if "rows" in left else (
        "percent" if "value" in left else "indicator")
    wanted: dict[str, Any] = {"type": kind}
    if kind == "indicator":
        wanted["has_denominator"] = bool(left.get("denominator"))
    if kind == "scale":
        wanted["checklist"] = True
    aspect = next(a for a in catalogue.aspects.values()
                  if all(bool(a.form.get(k)) == v if isinstance(v, bool) else a.form.get(k) == v
                         for k, v in wanted.items()))
    details = [_detail(aspect, answer_row(catalogue, 1, aspect.id, value)) for value in (left, right)]
    assert (answer_key(details[0]) == answer_key(details[1])) is same


# ------------------------------------------------------------------------- indicators


def test_indicators(central_db: CentralDB, small: Small, catalogue: Catalogue) -> None:
    rows = indicators(central_db, catalogue=catalogue)
    table = [(r.aspect_id, r.scope, r.method, r.nucleos_reporting, r.sum_numerator,
              r.sum_denominator, r.multiplier, r.value, r.mean, r.unit) for r in rows]
    assert table == [
        # 205: A 30/120, B 10/40 (SP); C 1/10 (RJ); D pending and A's revision 1 left out.
        (RATIO_ID, "RJ", "razao", 1, 1, 10, 100, 10, None, "%"),
        (RATIO_ID, "SP", "razao", 2, 40, 160, 100, 25, None, "%"),
        (RATIO_ID, "BR", "razao", 3, 41, 170, 100, Decimal("24.1176"), None, "%"),
        # 295 (percent): B 40 (SP), C 70,5 (RJ): mean.
        (PERCENT_ID, "RJ", "media", 1, Decimal("70.5"), None, 1, Decimal("70.5"),
         Decimal("70.5"), "%"),
        (PERCENT_ID, "SP", "media", 1, 40, None, 1, 40, 40, "%"),
        (PERCENT_ID, "BR", "media", 2, Decimal("110.5"), None, 1, Decimal("55.25"),
         Decimal("55.25"), "%"),
        # 1826 (no denominator): A counts once (self-assessment 10 and visit 10,0), B 5, C 2,5;
        # the value is the mean per núcleo (a plain sum of, say, waiting times means little),
        # the sum stays in sum_numerator.
        (SOMA_ID, "RJ", "soma", 1, Decimal("2.5"), None, 1, Decimal("2.5"), Decimal("2.5"), ""),
        (SOMA_ID, "SP", "soma", 2, 15, None, 1, Decimal("7.5"), Decimal("7.5"), ""),
        (SOMA_ID, "BR", "soma", 3, Decimal("17.5"), None, 1, Decimal("5.8333"),
         Decimal("5.8333"), ""),
    ]
    assert {r.units_in_scope for r in rows} == {1}
    assert all(isinstance(r.sum_numerator, Decimal) for r in rows)


def test_indicator_filters(central_db: CentralDB, small: Small, catalogue: Catalogue) -> None:
    sp = indicators(central_db, Filters(uf="SP"), catalogue=catalogue)
    assert {r.scope for r in sp} == {"SP"}  # no "BR" row repeating the UF
    visits = indicators(central_db, Filters(kind="visita"), catalogue=catalogue)
    assert [(r.aspect_id, r.scope, r.sum_numerator, r.nucleos_reporting) for r in visits] == [
        (SOMA_ID, "SP", 10, 1), (SOMA_ID, "BR", 10, 1)]
    assert indicators(central_db, Filters(uf="MG"), catalogue=catalogue) == []
    recent = indicators(central_db, Filters(period_from=date(2026, 1, 1)), catalogue=catalogue)
    ratio = {(r.aspect_id, r.scope): r for r in recent}[(RATIO_ID, "BR")]
    # B (2025) left out: (30 + 1) / (120 + 10) × 100 = 23.846153…
    assert (ratio.sum_numerator, ratio.sum_denominator, ratio.value) == (31, 130, Decimal("23.8462"))


def test_each_nucleo_counts_once_with_its_latest_figure(central_db: CentralDB,
                                                        catalogue: Catalogue) -> None:
    with central_db.session() as session:
        b = Builder(session, catalogue)
        n = b.nucleo("Núcleo Amazonense", "AM", 1302603, "Manaus")
        b.assessment(n, "autoavaliacao", [CIDADANIA], {SOMA_ID: indicator("100")},
                     period=(date(2025, 1, 1), date(2025, 6, 30)))
        b.assessment(n, "visita", [CIDADANIA], {SOMA_ID: indicator("7")},
                     period=(date(2026, 1, 1), date(2026, 6, 30)))
        # Latest period has no figure ("não sabe"): the previous figure still counts.
        b.assessment(n, "autoavaliacao", [CIDADANIA],
                     {SOMA_ID: indicator("", status="nao_sabe")},
                     period=(date(2026, 7, 1), date(2026, 12, 31)))
        m = b.nucleo("Núcleo Manauara", "AM", 1302603, "Manaus", cnes="1111111")
        b.assessment(m, "visita", [CIDADANIA], {SOMA_ID: indicator("3")})
        b.assessment(m, "autoavaliacao", [CIDADANIA], {SOMA_ID: indicator("5")})  # same period
        session.commit()
    rows = {(r.aspect_id, r.scope): r for r in indicators(central_db, catalogue=catalogue)}
    am = rows[(SOMA_ID, "AM")]
    assert (am.nucleos_reporting, am.sum_numerator, am.mean) == (2, 12, 6)  # 7 + 5


# ------------------------------------------------------------------------ long & wide


def test_long_table(central_db: CentralDB, small: Small, catalogue: Catalogue) -> None:
    table = long_table(central_db, Filters(uf="SP"), catalogue=catalogue)
    rows = [dict(zip(table.columns, row, strict=True)) for row in table.rows]
    # B: 14 + 28 + 79 + 94 aspects; A: 14 + 79 (self-assessment) and 14 (visit).
    assert len(rows) == 215 + 93 + 14
    assert Counter(r["nucleo"] for r in rows) == {"Núcleo Campineiro": 215, "Núcleo Paulista": 107}
    assert [r["avaliacao_id"] for r in rows] == sorted(r["avaliacao_id"] for r in rows)
    keyed = {(r["avaliacao_id"], r["aspecto_id"]): r for r in rows}
    ratio = keyed[(small.a_self, RATIO_ID)]
    assert {k: ratio[k] for k in ("nucleo_chave", "uf", "municipio_codigo", "municipio", "tipo",
                                  "revisao", "tema", "natureza", "tipo_resposta", "situacao",
                                  "resposta", "opcao", "numerador", "denominador", "calculado",
                                  "unidade", "comentario", "evidencia", "periodo_inicio",
                                  "versao_catalogo", "data_visita", "monitor_nome",
                                  "monitor_instituicao")} == {
        "nucleo_chave": "cnes:1234567", "uf": "SP", "municipio_codigo": 3550308,
        "municipio": "São Paulo", "tipo": "autoavaliacao", "revisao": 2,
        "tema": catalogue.aspect(RATIO_ID).tema, "natureza": "indicador",
        "tipo_resposta": "indicator", "situacao": "respondido", "resposta": "25 %",
        "opcao": None, "numerador": 30, "denominador": 120, "calculado": 25, "unidade": "%",
        "comentario": f"comentário {RATIO_ID}", "evidencia": "",
        "periodo_inicio": date(2026, 1, 1), "versao_catalogo": "2026.1", "data_visita": None,
        "monitor_nome": None, "monitor_instituicao": None}
    # a visit: its date and monitor on every one of its rows
    visit_rows = [r for r in rows if r["avaliacao_id"] == small.a_visit]
    assert {(r["data_visita"], r["monitor_nome"], r["monitor_instituicao"])
            for r in visit_rows} == {(date(2026, 6, 30), "Marta Monitora", "SES")}
    assert keyed[(small.a_self, 469)]["opcao"] == "sim"
    assert keyed[(small.a_self, 503)]["situacao"] == "vazio"
    assert keyed[(small.a_self, 503)]["resposta"] == "Não respondido"
    assert keyed[(small.a_visit, 469)]["resposta"] == "Não sabe"
    assert keyed[(small.a_self, INVALID_ID)]["resposta"] == "Resposta inválida"
    assert Counter(r["situacao"] for r in rows if r["avaliacao_id"] == small.a_self) == {
        "respondido": 10, "inválido": 1, "vazio": 82}


def test_wide_table(central_db: CentralDB, small: Small, catalogue: Catalogue) -> None:
    table = wide_table(central_db, catalogue=catalogue)
    covered = [a.id for t in catalogue.themes if t.slug in (CIDADANIA, ESTRUTURA, MONITORAMENTO,
                                                            PROTECAO)
               for a in catalogue.theme_aspects(t.slug)]
    assert table.columns[-len(covered):] == tuple(str(i) for i in covered)
    rows = {row[table.columns.index("avaliacao_id")]: dict(zip(table.columns, row, strict=True))
            for row in table.rows}
    assert sorted(rows) == sorted([small.a_self, small.a_visit, small.b_self, small.c_self])
    visit = rows[small.a_visit]
    assert visit["469"] == "Não sabe" and visit["1857"] == "Não"
    assert visit[str(RATIO_ID)] is None  # the visit does not cover that theme
    assert visit["1823"] == "Não respondido"
    assert rows[small.c_self][str(PERCENT_ID)] == "70,5 %"
    assert table.legend is not None
    legend = list(table.legend.rows)
    assert [row[0] for row in legend] == covered
    assert legend[0][1:3] == (catalogue.aspect(covered[0]).tema, catalogue.aspect(covered[0]).categoria)


def test_long_table_can_stop_early(central_db: CentralDB, small: Small,
                                   catalogue: Catalogue) -> None:
    """A reader that stops early closes the stream (no cursor left open)."""
    rows = long_table(central_db, catalogue=catalogue).rows
    assert isinstance(rows, Generator)
    first = next(rows)
    assert first[0] in (small.sp_a, small.sp_b, small.rj_c)
    rows.close()
    assert len(matrix(central_db, catalogue=catalogue)) == 4


# ----------------------------------------------------------------------- set-based SQL


@pytest.fixture
def statements(central_db: CentralDB) -> Iterator[list[str]]:
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            seen.append(statement)

    event.listen(central_db.engine, "before_cursor_execute", record)
    yield seen
    event.remove(central_db.engine, "before_cursor_execute", record)


def test_a_few_queries_whatever_the_number_of_nucleos(
        central_db: CentralDB, catalogue: Catalogue, statements: list[str]) -> None:
    with central_db.session() as session:
        specs = random_dataset(session, catalogue)
    assert len({s.nucleo_id for s in specs}) == 30
    statements.clear()
    assert len(matrix(central_db, catalogue=catalogue)) > 30
    assert len(statements) == 2
    statements.clear()
    assert indicators(central_db, catalogue=catalogue)
    assert len(statements) == 1
    statements.clear()
    assert sum(1 for _ in long_table(central_db, catalogue=catalogue).rows) > 1000
    assert len(statements) == 2
    statements.clear()
    assert sum(1 for _ in wide_table(central_db, catalogue=catalogue).rows) > 30
    assert len(statements) == 2


# --------------------------------------------------------------- random dataset oracle


def oracle_matrix(specs: list[Spec], catalogue: Catalogue,
                  keep: Any = lambda s: True) -> dict[int, dict[str, tuple[int, int, dict[str, int]]]]:
    """assessment id -> theme -> (answered, invalid, choice counts), in plain Python."""
    result: dict[int, dict[str, tuple[int, int, dict[str, int]]]] = {}
    for spec in specs:
        if not spec.current or not keep(spec):
            continue
        themes: dict[str, tuple[int, int, dict[str, int]]] = {}
        for slug in spec.themes:
            answered = invalid = 0
            choices: Counter[str] = Counter()
            for aspect in catalogue.theme_aspects(slug):
                value = spec.answers.get(aspect.id)
                verdict = check_answer(aspect.form, value)
                if verdict.completion is Completion.ANSWERED:
                    answered += 1
                    if aspect.form["type"] == "scale" and value:
                        choices[value["choice"]] += 1
                elif verdict.completion is Completion.INVALID:
                    invalid += 1
            themes[slug] = (answered, invalid, dict(choices))
        result[spec.id] = themes
    return result


@pytest.mark.parametrize("filters", [
    Filters(), Filters(uf="BA"), Filters(kind="visita"), Filters(period_from=date(2026, 1, 1)),
    Filters(uf="SP", kind="autoavaliacao", period_to=date(2025, 12, 31)),
], ids=["all", "BA", "visita", "2026", "SP-auto-2025"])
def test_random_dataset_matches_the_oracle(central_db: CentralDB, catalogue: Catalogue,
                                           filters: Filters) -> None:
    with central_db.session() as session:
        specs = random_dataset(session, catalogue)

    def keep(spec: Spec) -> bool:
        return ((filters.uf is None or spec.uf == filters.uf)
                and (filters.kind is None or spec.kind == filters.kind)
                and (filters.period_from is None or spec.period[1] >= filters.period_from)
                and (filters.period_to is None or spec.period[0] <= filters.period_to))

    expected = oracle_matrix(specs, catalogue, keep)
    assert expected  # the filter keeps something
    rows = matrix(central_db, filters, catalogue=catalogue)
    got = {r.assessment.id: {slug: (c.answered, c.invalid, c.counts) for slug, c in r.by_theme.items()}
           for r in rows}
    assert got == expected
    for row in rows:
        for slug, cell in row.by_theme.items():
            assert cell.total == len(catalogue.theme_aspects(slug))
            if cell.counts:
                assert sum(cell.shares.values()) == pytest.approx(100, abs=0.2)

    # Indicators: each núcleo's latest figure (period end, then self-assessment first).
    latest: dict[tuple[int, int], tuple[tuple[Any, ...], Decimal, Decimal | None, str]] = {}
    for spec in specs:
        if not spec.current or not keep(spec):
            continue
        for aspect_id, value in spec.answers.items():
            form = catalogue.aspect(aspect_id).form
            if form["type"] not in ("indicator", "percent"):
                continue
            verdict = check_answer(form, value)
            if verdict.completion is not Completion.ANSWERED or verdict.computed is None:
                continue
            assert value is not None
            if form["type"] == "percent":
                numerator, denominator = verdict.computed, None
            else:
                numerator = parse_number(value["numerator"])
                denominator = parse_number(value["denominator"]) if form["has_denominator"] else None
            assert numerator is not None
            rank = (spec.period[1], spec.kind == "autoavaliacao", spec.period[0], spec.id)
            key = (spec.nucleo_id, aspect_id)
            if key not in latest or rank > latest[key][0]:
                latest[key] = (rank, numerator, denominator, spec.uf)
    sums: dict[tuple[int, str], list[Any]] = {}
    for (_nucleo, aspect_id), (_rank, numerator, denominator, uf) in latest.items():
        for scope in (uf, "BR"):
            entry = sums.setdefault((aspect_id, scope), [Decimal(0), Decimal(0), 0])
            entry[0] += numerator
            entry[1] += denominator or 0
            entry[2] += 1
    got_indicators = {(r.aspect_id, r.scope): r for r in indicators(central_db, filters,
                                                                     catalogue=catalogue)}
    expected_keys = {k for k in sums if filters.uf is None or k[1] != "BR"}
    assert set(got_indicators) == expected_keys
    for key in expected_keys:
        numerator, denominator, count = sums[key]
        row: IndicatorRow = got_indicators[key]
        assert (row.sum_numerator, row.nucleos_reporting) == (numerator, count)
        if row.method == "razao":
            assert row.sum_denominator == denominator
            ratio = numerator * row.multiplier / denominator
            assert row.value == ratio.quantize(Decimal("0.0001"))
        else:
            assert row.mean == (numerator / count).quantize(Decimal("0.0001"))


# -------------------------------------------------------------- through the importer


def test_real_bundles_through_the_importer(central_db: CentralDB, cworld: Any,
                                           catalogue: Catalogue, tmp_path: Any) -> None:
    """Bundles made by the export code, imported by the real importer, consolidated."""
    import json

    from aspectos_desktop.central.importer import import_paths

    paths = [cworld.bundles[k] for k in ("auto", "visit", "b_auto")]
    summary = import_paths(central_db, paths, actor="teste", quarantine_dir=tmp_path / "q")
    assert not summary.rejected
    assert matrix(central_db, catalogue=catalogue) == []  # new signers: everything pending
    approve_signer(central_db, cworld.key_a.fingerprint_sha256, actor="Coordenação")
    rows = matrix(central_db, catalogue=catalogue)
    assert {(r.nucleo.uf, r.assessment.kind) for r in rows} == {
        (json.loads(cworld.members(k)["assessment.json"])["nucleo"]["uf"],
         json.loads(cworld.members(k)["assessment.json"])["assessment"]["kind"])
        for k in ("auto", "visit")}
    for row in rows:
        key = "auto" if row.assessment.kind == "autoavaliacao" else "visit"
        document = cworld.document(key)
        # Oracle: the completion recorded in the exported document, per theme.
        answered: Counter[str] = Counter()
        choices: dict[str, Counter[str]] = {}
        for answer in document["answers"]:
            aspect = catalogue.aspect(answer["aspect_id"])
            if answer["completion"] == "respondido":
                answered[aspect.theme_slug] += 1
                if answer["form_type"] == "scale":
                    choices.setdefault(aspect.theme_slug, Counter())[answer["value"]["choice"]] += 1
        assert list(row.by_theme) == [t.slug for t in catalogue.themes
                                      if t.slug in document["assessment"]["theme_slugs"]]
        for slug, cell in row.by_theme.items():
            assert cell.answered == answered[slug]
            assert cell.counts == dict(choices.get(slug, {}))
    nucleo_id = rows[0].nucleo.id
    found = compare(central_db, nucleo_id, catalogue=catalogue)
    assert found.self_assessment is not None and found.visit is not None
    assert len(found.rows) > 0
    auto = {a["aspect_id"]: a for a in cworld.document("auto")["answers"]}
    visit = {a["aspect_id"]: a for a in cworld.document("visit")["answers"]}

    def blank(answer: dict[str, Any] | None) -> bool:
        return answer is None or answer["completion"] == "vazio"

    for row in found.rows:
        left, right = auto.get(row.aspect.id), visit.get(row.aspect.id)
        if blank(left) or blank(right):
            assert row.same is (blank(left) and blank(right))
        elif left and right and left["value"] == right["value"]:
            assert row.same
    drill = nucleo_answers(central_db, nucleo_id, catalogue=catalogue)
    assert sum(b.answered for b in drill.assessments) == sum(
        1 for k in ("auto", "visit") for a in cworld.document(k)["answers"]
        if a["completion"] == "respondido")
    with central_db.session() as session:
        pending = session.scalars(select(Bundle.status)).all()
    assert sorted(pending) == ["importado", "importado", "pendente"]  # b_auto: other signer


def test_answer_text_agrees_with_describe_value(catalogue: Catalogue) -> None:
    from aspectos_desktop.answers import describe_value
    from aspectos_desktop.catalogue.forms import SCALES
    from aspectos_desktop.central.consolidation import answer_text

    for aspect in catalogue.aspects.values():
        form = aspect.form
        if form["type"] != "scale":
            continue
        for choice in [*(v for v, _ in SCALES[form["scale"]]), "desconhecida", None]:
            for value in ({"choice": choice}, {"choice": choice, "checked": ["a"]}, {}, None):
                completion = check_answer(form, value).completion.value
                assert answer_text(aspect, completion, value) == (
                    "Resposta inválida" if completion == "inválido" else describe_value(form, value))
