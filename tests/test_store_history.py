"""Answer history: a save that only repeats the latest entry adds no new one."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from aspectos_desktop.store import Store

AUTHOR = "Ana Ribeiro"
ASPECT = 211


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "dados" / "aspectos.db")
    yield opened
    opened.close(backup=False)


@pytest.fixture
def assessment_id(store: Store) -> int:
    nucleo = store.create_nucleo(name="Núcleo de Telessaúde do Maranhão", uf="MA",
                                 municipio_code=2111300, municipio_name="São Luís")
    return store.create_assessment(
        nucleo_id=nucleo.id, kind="autoavaliacao", period_start=date(2026, 1, 1),
        period_end=date(2026, 6, 30), theme_slugs=["gestao"], catalogue_version="2026.1",
        catalogue_hash="ab" * 32).id


def _indicator(numerator: str) -> dict[str, object]:
    return {"numerator": numerator, "unit": "teleconsultorias", "status": None}


def _save(store: Store, assessment_id: int, numerator: str, *, comment: str = "",
          evidence: str = "", history: bool = True) -> None:
    store.save_answer(assessment_id, ASPECT, value=_indicator(numerator), comment=comment,
                      evidence=evidence, author=AUTHOR, history=history)


def _entries(store: Store, assessment_id: int) -> list[tuple[str, str, str]]:
    return [(h.value["numerator"], h.comment, h.evidence)
            for h in store.history(assessment_id, ASPECT)]


def test_a_save_repeating_the_latest_entry_adds_none_a_change_adds_one(store, assessment_id) -> None:  # type: ignore[no-untyped-def]
    _save(store, assessment_id, "42")
    for typed in ("42x", "42xy"):  # invalid text, saved while typing (no history)
        _save(store, assessment_id, typed, history=False)
    _save(store, assessment_id, "42")  # typed back; the pause records it
    assert _entries(store, assessment_id) == [("42", "", "")]
    assert store.answers(assessment_id)[ASPECT].value == _indicator("42")
    _save(store, assessment_id, "42")  # a plain repeat
    assert _entries(store, assessment_id) == [("42", "", "")]

    # Any difference in value, comment or evidence is still recorded.
    _save(store, assessment_id, "42", comment="planilha mensal")
    _save(store, assessment_id, "42", comment="planilha mensal", evidence="ata 3")
    _save(store, assessment_id, "43", comment="planilha mensal", evidence="ata 3")
    _save(store, assessment_id, "42", comment="planilha mensal", evidence="ata 3")  # not latest
    _save(store, assessment_id, "42", comment="planilha mensal", evidence="ata 3")
    assert _entries(store, assessment_id) == [
        ("42", "", ""), ("42", "planilha mensal", ""), ("42", "planilha mensal", "ata 3"),
        ("43", "planilha mensal", "ata 3"), ("42", "planilha mensal", "ata 3")]
    other = ASPECT + 1  # the latest entry is per aspect
    store.save_answer(assessment_id, other, value=_indicator("42"), comment="planilha mensal",
                      evidence="ata 3", author=AUTHOR)
    assert len(store.history(assessment_id, other)) == 1


def test_restoring_the_latest_version_repeats_nothing(store, assessment_id) -> None:  # type: ignore[no-untyped-def]
    _save(store, assessment_id, "41")
    _save(store, assessment_id, "42")
    first, latest = store.history(assessment_id, ASPECT)
    store.restore(assessment_id, ASPECT, latest.id, author=AUTHOR)
    assert _entries(store, assessment_id) == [("41", "", ""), ("42", "", "")]
    store.restore(assessment_id, ASPECT, first.id, author=AUTHOR)
    assert [h.action for h in store.history(assessment_id, ASPECT)] == ["save", "save", "restore"]
