"""Each answer-form rule, proven on real rows of the seed (looked up by id), plus
unit tests of the text splitters on tricky strings."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest

from aspectos_desktop.catalogue.forms import (
    ATTACHMENT_EXTENSIONS,
    NO_DATA_OPTIONS,
    derive_form,
    form_options,
    split_checklist,
    split_parts,
)

FORM_KEYS = {
    "scale": {"type", "scale"},  # + optional "checklist"
    "percent": {"type", "min", "max", "unit"},
    "indicator": {"type", "has_denominator", "multiplier", "unit", "parts"},  # + numerator_range
    "table": {"type", "caption", "columns"},
    "attachment": {"type", "accept"},
}
NATUREZA_FORMS = {
    "característica": {"scale"},
    "indicador": {"indicator", "percent"},
    "tabela": {"table"},
    "gráfico": {"attachment"},
    "figura": {"attachment"},
}


def _aspect(catalogue, aspect_id: int, row: int):  # type: ignore[no-untyped-def]
    """The aspect with ``aspect_id``, checking it is the seed row the test is about."""
    aspect = catalogue.aspect(aspect_id)
    assert aspect.row == row
    return aspect


# --- every aspect ----------------------------------------------------------------------


def test_every_form_is_a_known_type_and_json_serialisable(catalogue):
    for aspect in catalogue.aspects.values():
        form = aspect.form
        assert form["type"] in NATUREZA_FORMS[aspect.natureza], aspect.id
        keys = set(form)
        optional = {"scale": {"checklist"}, "indicator": {"numerator_range"}}.get(
            form["type"], set())
        assert FORM_KEYS[form["type"]] <= keys <= FORM_KEYS[form["type"]] | optional, aspect.id
        assert json.loads(json.dumps(form, ensure_ascii=False)) == form


def test_every_form_is_what_the_rules_derive_from_the_text(catalogue):
    stale = [a.id for a in catalogue.aspects.values()
             if a.form != derive_form(a.natureza, a.elemento)]
    assert stale == []


def test_form_type_counts(catalogue):
    counts = Counter(a.form["type"] for a in catalogue.aspects.values())
    assert counts == {"scale": 629, "indicator": 211, "percent": 2, "table": 10,
                      "attachment": 5}


def test_indicator_invariants(catalogue):
    for aspect in catalogue.aspects.values():
        form = aspect.form
        if form["type"] != "indicator":
            continue
        assert form["multiplier"] in (1, 100, 1000)
        assert (form["unit"] == "%") == (form["multiplier"] == 100), aspect.id
        assert all(isinstance(v, str) and v for v in form["parts"].values()), aspect.id
        assert form["has_denominator"] == (
            "denominador" in form["parts"] or "/" in form["parts"].get("formula", "")), aspect.id


# --- característica: scales and checklists --------------------------------------------


def test_default_scale_for_caracteristica(catalogue):
    aspect = _aspect(catalogue, 239, 1)
    assert aspect.natureza == "característica"
    assert aspect.form == {"type": "scale", "scale": "sim_nao"}
    assert [label for _, label in form_options(aspect.form)] == [
        "Sim", "Não", "Não se aplica", "Não sabe"]


def test_atendimento_scale(catalogue):
    aspect = _aspect(catalogue, 493, 16)
    assert "(atendeu totalmente; atendeu parcialmente; não atendeu)" in aspect.elemento
    assert aspect.form == {"type": "scale", "scale": "atendimento"}
    assert [value for value, _ in form_options(aspect.form)][:3] == [
        "atendeu_totalmente", "atendeu_parcialmente", "nao_atendeu"]
    others = [a.id for a in catalogue.aspects.values()
              if a.form.get("scale") not in (None, "sim_nao")]
    assert others == [493]


def test_letter_checklist(catalogue):
    aspect = _aspect(catalogue, 240, 11)
    assert aspect.form["type"] == "scale"
    assert aspect.form["scale"] == "sim_nao"
    assert aspect.form["checklist"] == [
        {"key": "a", "text": "log: dados baseados em sensores, pontuação manual por "
                             "pesquisadores durante observações ou arquivos de log do sistema"},
        {"key": "b", "text": "observação: sistemas baseados em vídeo, software de captura de "
                             "tela ou supervisão por especialistas em usabilidade"},
        {"key": "c", "text": "questionários, que costuma ser o método mais usado"},
        {"key": "d", "text": "entrevistas"},
        {"key": "e", "text": "autodescritivas: usuários executam tarefas enquanto pensam em voz "
                             "alta e comentam sua experiência e impressões durante ou um pouco "
                             "depois da execução de cada tarefa."},
    ]
    assert "Resposta" not in aspect.form["checklist"][-1]["text"]


def test_roman_checklist(catalogue):
    aspect = _aspect(catalogue, 1844, 701)
    assert aspect.form["checklist"] == [
        {"key": "I", "text": "Teleconsulta"},
        {"key": "II", "text": "Teleinterconsulta"},
        {"key": "III", "text": "Telediagnóstico"},
        {"key": "IV", "text": "Telecirurgia"},
        {"key": "V", "text": "Telemonitoramento ou televigilância"},
        {"key": "VI", "text": "Teletriagem"},
        {"key": "VII", "text": "Teleconsultoria."},
    ]


def test_checklist_last_item_stops_before_observacao(catalogue):
    aspect = _aspect(catalogue, 350, 437)
    items = aspect.form["checklist"]
    assert [i["key"] for i in items] == list("abcdefgh")
    assert items[-1] == {"key": "h", "text": "disponibilidade financeira"}


def test_checklist_item_drops_trailing_conjunction(catalogue):
    aspect = _aspect(catalogue, 98, 441)
    assert [i["text"] for i in aspect.form["checklist"]] == [
        "segue um processo de avaliação de risco documentado, como o descrito na ISO 31000, "
        "para avaliar o riscos prioritários para gerenciar",
        "explicita quais fatores influenciam na identificação de cada risco",
    ]


def test_out_of_sequence_markers_make_no_checklist(catalogue):
    # Row 518 reads "a) … c) … c) …" in the seed: no run a, b, … to follow.
    aspect = _aspect(catalogue, 301, 518)
    assert aspect.form == {"type": "scale", "scale": "sim_nao"}


def test_checklists_only_on_caracteristicas(catalogue):
    with_checklist = [a for a in catalogue.aspects.values() if "checklist" in a.form]
    assert len(with_checklist) == 111
    assert {a.natureza for a in with_checklist} == {"característica"}
    for aspect in with_checklist:
        keys = [item["key"] for item in aspect.form["checklist"]]
        assert len(keys) >= 2
        assert keys[0] in ("a", "I")


# --- percent --------------------------------------------------------------------------


@pytest.mark.parametrize(("aspect_id", "row"), [(295, 187), (463, 698)])
def test_percent_answer(catalogue, aspect_id, row):
    aspect = _aspect(catalogue, aspect_id, row)
    assert aspect.elemento.endswith("Resposta: 0-100%")
    assert aspect.form == {"type": "percent", "min": 0, "max": 100, "unit": "%"}
    assert form_options(aspect.form) == NO_DATA_OPTIONS


def test_only_resposta_0_100_gives_percent(catalogue):
    percent = sorted(a.id for a in catalogue.aspects.values() if a.form["type"] == "percent")
    assert percent == [295, 463]


# --- indicators -----------------------------------------------------------------------


@pytest.mark.parametrize(("aspect_id", "row"), [(422, 65), (420, 66)])
def test_likert_numerator(catalogue, aspect_id, row):
    aspect = _aspect(catalogue, aspect_id, row)
    form = aspect.form
    assert form["type"] == "indicator"
    assert form["numerator_range"] == [1, 5]
    assert form["parts"]["numerador"] == (
        "escala de Likert (com 5 níveis) da satisfação do solicitante")
    assert (form["has_denominator"], form["multiplier"], form["unit"]) == (
        False, 1, "níveis de satisfação")


def test_likert_only_in_the_numerator_counts(catalogue):
    with_range = sorted(a.id for a in catalogue.aspects.values() if "numerator_range" in a.form)
    assert with_range == [420, 422]
    # Row 440 mentions the Likert scale in its description only.
    assert "Escala de Likert" in _aspect(catalogue, 495, 440).elemento


def test_ms_nt5_indicator_with_denominator(catalogue):
    form = _aspect(catalogue, 397, 624).form
    assert form == {
        "type": "indicator",
        "has_denominator": True,
        "multiplier": 100,
        "unit": "%",
        "parts": {
            "descricao": "% de solicitações de teleconsultorias baseadas em protocolos de "
                         "regulação aprovados na CIB",
            "numerador": "número de solicitações de teleconsultoras baseadas em protocolos de "
                         "regulação",
            "denominador": "número total de solicitações de teleconsultoras",
            "unidade": "%",
            "fonte": "dados das solicitações",
        },
    }


def test_paho_formula(catalogue):
    aspect = _aspect(catalogue, 211, 64)
    assert aspect.source == "PAHO"
    form = aspect.form
    assert (form["has_denominator"], form["multiplier"], form["unit"]) == (True, 100, "%")
    assert form["parts"] == {
        "descricao": "Determina a satisfação dos pacientes atendidos por telemedicina.",
        "interpretacao": "Determina a percepção do usuário após utilizar os serviços de "
                         "telemedicina. Ajuda a melhorar o funcionamento do programa.",
        "formula": "Número de pacientes satisfeitos x 100/total de pacientes atendidos por "
                   "telemedicina.",
        "frequencia": "Mensal.",
        "tipo": "Qualidade.",
        "observacao": "É necessária uma pesquisa de satisfação simples, baseada nas respostas "
                      "da escala Likert. Também pode ser usado por médicos.",
    }
    assert "numerator_range" not in form


def test_paho_formula_without_x100_is_a_plain_ratio(catalogue):
    form = _aspect(catalogue, 209, 661).form
    assert form["parts"]["formula"].endswith(")/Número de teleconsultas realizadas.")
    assert (form["has_denominator"], form["multiplier"], form["unit"]) == (True, 1, None)


def test_ms_nt5_unit_per_month_without_denominator(catalogue):
    aspect = _aspect(catalogue, 385, 625)
    form = aspect.form
    assert aspect.source == "MS-NT5"
    assert (form["has_denominator"], form["multiplier"], form["unit"]) == (
        False, 1, "solicitações/mês")
    assert form["parts"]["unidade"] == "solicitações/mês"
    assert "denominador" not in form["parts"]
    # "Obs: …" and "Observação: Fonte: Manual …" both land in observacao.
    assert form["parts"]["fonte"] == "dados das solicitações"
    assert form["parts"]["observacao"].startswith("1) taxa de utilização será calculado")
    assert form["parts"]["observacao"].endswith(
        "Fonte: Manual de Telessaúde para Atenção Básica, MinSaúde, UFRGS (2012).")


def test_observacao_fonte_stays_inside_observacao(catalogue):
    aspect = _aspect(catalogue, 372, 160)
    assert "Observação: Fonte: Manual de Telessaúde" in aspect.elemento
    parts = aspect.form["parts"]
    assert parts["fonte"] == "dados dos municípíos"
    assert parts["observacao"] == (
        "Fonte: Manual de Telessaúde para Atenção Básica, MinSaúde, UFRGS (2012), adaptado "
        "pela equipe técnica do MinSaúde.")
    assert parts["periodo"].startswith("a atualização dos dados deve ser mensal")
    assert "Período" not in parts["fonte"]


def test_no_part_swallows_another_label(catalogue):
    label = re.compile(r"(?:^|\s)(?:Descrição|Numerador|Denominador|Unidade|Fórmula|"
                       r"Frequência|Período|Interpretação):")
    for aspect in catalogue.aspects.values():
        if aspect.form["type"] != "indicator":
            continue
        for key, value in aspect.form["parts"].items():
            assert not label.search(value), (aspect.id, key, value[:80])


@pytest.mark.parametrize(("aspect_id", "row"), [(1806, 14), (159, 20), (764, 856)])
def test_single_sentence_indicator(catalogue, aspect_id, row):
    aspect = _aspect(catalogue, aspect_id, row)
    assert aspect.form == {
        "type": "indicator",
        "has_denominator": False,
        "multiplier": 1,
        "unit": None,
        "parts": {"descricao": aspect.elemento},
    }


def test_percent_description_without_denominator(catalogue):
    form = _aspect(catalogue, 418, 679).form
    assert form["parts"]["descricao"].startswith("% de solicitações")
    assert (form["has_denominator"], form["multiplier"], form["unit"]) == (False, 100, "%")


def test_repaired_paho_rows_are_empty_indicators(catalogue):
    form = _aspect(catalogue, 193, 23).form
    assert form == {"type": "indicator", "has_denominator": False, "multiplier": 1,
                    "unit": None, "parts": {}}


# --- tables and attachments -------------------------------------------------------------


def test_table_columns_and_caption(catalogue):
    aspect = _aspect(catalogue, 279, 238)
    assert aspect.form == {
        "type": "table",
        "caption": "Tabela 11. Ações de telediagnóstico, teleconsultoria, tele-educação e gasto "
                   "total em reais, por ano e período, Núcleos de Telessaúde (manutenção), "
                   "Ministério da Saúde, Brasil(2016 - 2018).",
        "columns": ["Ano", "2016", "2017", "2018", "Período 2016-2018"],
    }


def test_every_table_has_its_bracket_columns(catalogue):
    tables = [a for a in catalogue.aspects.values() if a.natureza == "tabela"]
    assert len(tables) == 10
    for aspect in tables:
        form = aspect.form
        assert form["type"] == "table"
        assert len(form["columns"]) >= 2, aspect.id
        bracket = aspect.elemento[aspect.elemento.rindex("[") :]
        assert bracket.endswith("]")
        assert form["columns"] == [c.strip() for c in bracket[1:-1].split(",")], aspect.id
        assert form["caption"] == aspect.elemento[: -len(bracket)].strip()
        assert "[" not in form["caption"]
    # "Valor Pago , Contrapartida" in the seed: the stray blank is not part of the name.
    assert "Valor Pago" in catalogue.aspect(272).form["columns"]


def test_graficos_and_figura_take_an_attachment(catalogue):
    attachments = {a.id: a for a in catalogue.aspects.values()
                   if a.natureza in ("gráfico", "figura")}
    assert sorted(attachments) == [281, 282, 283, 284, 286]
    assert attachments[286].natureza == "figura"
    for aspect in attachments.values():
        assert aspect.form == {"type": "attachment", "accept": [".png", ".jpg", ".jpeg", ".pdf"]}
    assert ATTACHMENT_EXTENSIONS == [".png", ".jpg", ".jpeg", ".pdf"]


# --- derive_form on synthetic text ------------------------------------------------------


def test_derive_form_synthetic():
    assert derive_form("característica", "Tem X. Resposta: 0 - 100 %")["type"] == "percent"
    assert derive_form("característica", "Escala Likert de 1 a 5.")["scale"] == "likert5"
    assert derive_form("indicador", "Fórmula: A x 1000/B")["multiplier"] == 1000
    assert derive_form("indicador", "Fórmula: A x 1000/B")["unit"] == "por mil"
    assert derive_form("tabela", "Tabela sem colunas") == {
        "type": "table", "caption": "Tabela sem colunas", "columns": ["Item", "Valor"]}
    assert derive_form("figura", "Figura 1.")["type"] == "attachment"


# --- split_checklist ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a) um; b) dois", [("a", "um"), ("b", "dois")]),
        ("Itens: a) um, e b) dois. Resposta: sim / não", [("a", "um"), ("b", "dois.")]),
        ("a) um; ou b) dois; Observação: nota", [("a", "um"), ("b", "dois")]),
        ("a) um;\nb) dois;\nc) três; Obs: nada", [("a", "um"), ("b", "dois"), ("c", "três")]),
        ("I) x; II) y; III) z.", [("I", "x"), ("II", "y"), ("III", "z.")]),
        # a marker glued to a word is no marker
        ("O programa) a) um; b) dois", [("a", "um"), ("b", "dois")]),
        # a roman numeral inside a lettered run stays in the item text
        ("a) um; I) x; b) dois", [("a", "um; I) x"), ("b", "dois")]),
        # out of sequence: "c)" after "a)" is text
        ("a) um; c) dois; b) três", [("a", "um; c) dois"), ("b", "três")]),
    ],
)
def test_split_checklist(text, expected):
    assert [(i["key"], i["text"]) for i in split_checklist(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sem itens.",
        "a) um só item",
        "b) começa em b; c) e segue",
        "a) um; c) pula o b",
        "Veja o item a) e o item b)",  # markers need a following blank
        "II) não começa em I; III) segue",
        "Resposta: a) sim b) não",  # everything after "Resposta:" is the answer, not items
    ],
)
def test_split_checklist_no_checklist(text):
    assert split_checklist(text) == []


# --- split_parts --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Uma frase só.", {"descricao": "Uma frase só."}),
        ("Descrição: A; Numerador: B; Denominador: C; Unidade: %; Fonte: D;",
         {"descricao": "A", "numerador": "B", "denominador": "C", "unidade": "%",
          "fonte": "D"}),
        ("Observação: Fonte: Manual X.", {"observacao": "Fonte: Manual X."}),
        ("Fonte: dados; Observação: Fonte: Manual.",
         {"fonte": "dados", "observacao": "Fonte: Manual."}),
        ("Obs: a. Observação: b.", {"observacao": "a. b."}),
        ("Lead. Fórmula: A x 100/B. Frequência: Mensal. Tipo de Indicador. Qualidade.",
         {"descricao": "Lead.", "formula": "A x 100/B.", "frequencia": "Mensal.",
          "tipo": "Qualidade."}),
        ("Fonte: X;\nPeríodo: mensal.", {"fonte": "X", "periodo": "mensal."}),
        ("Texto (Fonte: interna) segue.", {"descricao": "Texto (Fonte: interna) segue."}),
        ("Fonte: ; Unidade: x", {"unidade": "x"}),
        ("", {}),
    ],
)
def test_split_parts(text, expected):
    assert split_parts(text) == expected
