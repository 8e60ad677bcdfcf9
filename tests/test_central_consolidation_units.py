"""Consolidation defects found by QA: indicator units (one row per unit, never summed
across units; the mean as the value of an indicator without denominator), the visit's
identity and the evidence in the exports, and what an empty database holds."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from central_data import CIDADANIA, ESTRUTURA, PERCENT_ID, SOMA_ID, Builder, percent
from sqlalchemy import update

from aspectos_desktop.catalogue.model import Catalogue
from aspectos_desktop.central.consolidation import (
    INDICATOR_COLUMNS,
    LONG_COLUMNS,
    NUCLEO_COLUMNS,
    Filters,
    Holdings,
    holdings,
    indicators,
    indicators_table,
    long_table,
    unit_key,
)
from aspectos_desktop.central.database import CentralDB
from aspectos_desktop.central.models import CentralAnswer

ACCEPTANCE = "aceitabilidade-e-adequacao"
SPECIALTIES_ID = 155  # aceitabilidade: indicator without denominator, no catalogue unit
PROFESSIONALS_ID = 375  # estrutura: indicator without denominator, catalogue unit "profissionais"


def typed(numerator: str, unit: str) -> dict[str, Any]:
    """An indicator answer with the unit the núcleo typed."""
    return {"numerator": numerator, "denominator": "", "unit": unit, "period_start": "",
            "period_end": "", "source": "", "status": None}


def units_dataset(db: CentralDB, catalogue: Catalogue) -> None:
    """Aspect 155 in four núcleos of SP and one of RJ, in "atendimentos" (two spellings),
    "horas" and no unit; aspect 375 with the catalogue's unit; a percentage."""
    with db.session() as session:
        b = Builder(session, catalogue)
        answers = [("SP", 3550308, "São Paulo", "120", "atendimentos"),
                   ("SP", 3509502, "Campinas", "80", " Atendimentos "),
                   ("SP", 3548500, "Santos", "5", "horas"),
                   ("SP", 3550308, "São Paulo", "7", ""),
                   ("RJ", 3304557, "Rio de Janeiro", "40", "atendimentos")]
        for index, (uf, code, city, figure, unit) in enumerate(answers):
            nucleo = b.nucleo(f"Núcleo {index}", uf, code, city)
            b.assessment(nucleo, "autoavaliacao", [ACCEPTANCE, ESTRUTURA], {
                SPECIALTIES_ID: typed(figure, unit), PROFESSIONALS_ID: typed("3", ""),
                PERCENT_ID: percent("50"),
            })
        session.commit()


def test_indicator_rows_split_by_the_unit_the_nucleos_reported(
        central_db: CentralDB, catalogue: Catalogue) -> None:
    units_dataset(central_db, catalogue)
    rows = [r for r in indicators(central_db, catalogue=catalogue) if r.aspect_id == SPECIALTIES_ID]
    got = [(r.scope, r.unit, r.nucleos_reporting, r.sum_numerator, r.value, r.units_in_scope)
           for r in rows]
    assert got == [
        ("RJ", "atendimentos", 1, 40, 40, 1),
        # SP: 120 + 80 atendimentos (the same unit, spelled twice), 5 horas, 7 without unit:
        # three rows, nothing added across units
        ("SP", "atendimentos", 2, 200, 100, 3),
        ("SP", "horas", 1, 5, 5, 3),
        ("SP", "", 1, 7, 7, 3),
        ("BR", "atendimentos", 3, 240, 80, 3),
        ("BR", "horas", 1, 5, 5, 3),
        ("BR", "", 1, 7, 7, 3),
    ]
    assert [r.mixed_units for r in rows] == [False, True, True, True, True, True, True]
    # a single núcleo: its unit is shown (it was blank: only the catalogue's was read)
    rio = indicators(central_db, Filters(uf="RJ"), catalogue=catalogue)
    assert {r.aspect_id: r.unit for r in rio} == {SPECIALTIES_ID: "atendimentos",
                                                  PROFESSIONALS_ID: "profissionais",
                                                  PERCENT_ID: "%"}
    # no unit typed: the catalogue's unit; every núcleo agrees
    professionals = [r for r in indicators(central_db, catalogue=catalogue)
                     if r.aspect_id == PROFESSIONALS_ID]
    assert [(r.scope, r.unit, r.nucleos_reporting, r.sum_numerator, r.units_in_scope)
            for r in professionals] == [("RJ", "profissionais", 1, 3, 1),
                                        ("SP", "profissionais", 4, 12, 1),
                                        ("BR", "profissionais", 5, 15, 1)]
    table = indicators_table(rows)
    assert table.columns == INDICATOR_COLUMNS
    assert INDICATOR_COLUMNS[-2:] == ("unidade", "unidades_no_escopo")
    assert [(r[3], r[-2], r[-1]) for r in table.rows][:3] == [
        ("RJ", "atendimentos", 1), ("SP", "atendimentos", 3), ("SP", "horas", 3)]


def test_the_value_of_an_indicator_without_denominator_is_the_mean(
        central_db: CentralDB, catalogue: Catalogue) -> None:
    units_dataset(central_db, catalogue)
    brazil = next(r for r in indicators(central_db, catalogue=catalogue)
                  if r.aspect_id == PROFESSIONALS_ID and r.scope == "BR")
    assert (brazil.method, brazil.sum_numerator, brazil.value, brazil.mean) == (
        "soma", 15, 3, 3)


def test_unit_key() -> None:
    assert unit_key(" Atendimentos  por  mês ") == unit_key("atendimentos por mês")
    assert unit_key(None) == unit_key("") == ""
    assert unit_key("horas") != unit_key("atendimentos")


def test_the_long_export_carries_the_visit_identity_and_the_evidence(
        central_db: CentralDB, catalogue: Catalogue) -> None:
    with central_db.session() as session:
        b = Builder(session, catalogue)
        nucleo = b.nucleo("Núcleo Goiano", "GO", 5208707, "Goiânia")
        visit = b.assessment(nucleo, "visita", [CIDADANIA], {265: {"choice": "sim"}},
                             period=(date(2026, 2, 1), date(2026, 2, 28)))
        session.execute(update(CentralAnswer).where(CentralAnswer.assessment_id == visit.id,
                                                    CentralAnswer.aspect_id == 265)
                        .values(evidence="Ata da reunião de 10/02"))
        session.commit()
    assert NUCLEO_COLUMNS[-3:] == ("data_visita", "monitor_nome", "monitor_instituicao")
    assert LONG_COLUMNS[-2:] == ("comentario", "evidencia")
    table = long_table(central_db, catalogue=catalogue)
    rows = [dict(zip(table.columns, row, strict=True)) for row in table.rows]
    answered = next(r for r in rows if r["aspecto_id"] == 265)
    assert (answered["data_visita"], answered["monitor_nome"], answered["monitor_instituicao"],
            answered["comentario"], answered["evidencia"]) == (
        date(2026, 2, 28), "Marta Monitora", "SES", "comentário 265", "Ata da reunião de 10/02")
    empty = next(r for r in rows if r["situacao"] == "vazio")
    assert (empty["monitor_nome"], empty["evidencia"]) == ("Marta Monitora", "")


@pytest.mark.parametrize(("pending", "expected"), [(False, Holdings(1, 1)),
                                                   (True, Holdings(1, 0))])
def test_holdings(central_db: CentralDB, catalogue: Catalogue, pending: bool,
                  expected: Holdings) -> None:
    assert holdings(central_db) == Holdings(0, 0)
    with central_db.session() as session:
        b = Builder(session, catalogue)
        nucleo = b.nucleo("Núcleo Goiano", "GO", 5208707, "Goiânia")
        b.assessment(nucleo, "autoavaliacao", [CIDADANIA], {},
                     bundle_status="pendente" if pending else "importado")
        session.commit()
    assert holdings(central_db) == expected


def test_filters_is_empty() -> None:
    assert Filters().is_empty and Filters(uf=" ", kind="").is_empty
    assert not Filters(uf="SP").is_empty
    assert not Filters(period_to=date(2026, 1, 1)).is_empty


def test_decimal_sums_stay_exact_per_unit(central_db: CentralDB, catalogue: Catalogue) -> None:
    with central_db.session() as session:
        b = Builder(session, catalogue)
        for index, figure in enumerate(("0,1", "0,2")):
            nucleo = b.nucleo(f"Núcleo {index}", "SP", 3550308, "São Paulo")
            b.assessment(nucleo, "autoavaliacao", [CIDADANIA], {SOMA_ID: typed(figure, "h")})
        session.commit()
    row = next(r for r in indicators(central_db, catalogue=catalogue) if r.scope == "BR")
    assert (row.sum_numerator, row.value, row.unit) == (Decimal("0.3"), Decimal("0.15"), "h")
