"""The consolidation tab on data written straight to the central database (no bundles):
indicator units and columns at 1366×768, the visit's identity in the drill-down, the
comparison export without a pair, and the empty states.

Set ``ASPECTOS_SCREENSHOTS=<folder>`` to keep PNGs of the Indicadores tab and of the
drill-down at 1366×768."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from central_data import CIDADANIA, Builder, small_dataset
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from sqlalchemy import update
from test_central_consolidation_units import PROFESSIONALS_ID, SPECIALTIES_ID, typed, units_dataset
from test_ui_central import ACTOR, settle

from aspectos_desktop.catalogue.model import Catalogue
from aspectos_desktop.central.database import CentralDB, open_central
from aspectos_desktop.central.models import CentralAnswer
from aspectos_desktop.ui.central_models import (
    IND_ASPECT,
    IND_METHOD,
    IND_REPORTING,
    IND_UNIT,
    IND_VALUE,
    MATRIX_NUCLEO,
)
from aspectos_desktop.ui.central_views import UNIT_COLUMN_CHARS, ConsolidationPanel
from aspectos_desktop.ui.central_window import TAB_CONSOLIDATION, CentralWindow

SCREEN = (1366, 768)
SOF_ID = 327  # processos: unit "número de teleconsultorias candidatas a SOF encaminhadas…"
PROCESSOS = "processos-e-atividades"
INDICATORS_VIEW = 3


@pytest.fixture
def db(tmp_path: Path) -> Iterator[CentralDB]:
    opened = open_central(f"sqlite:///{tmp_path / 'central' / 'central.db'}", tmp_path / "data")
    yield opened
    opened.close()


def open_window(qtbot: Any, db: CentralDB, catalogue: Catalogue, tmp_path: Path) -> CentralWindow:
    window = CentralWindow(db, catalogue, ACTOR, data_dir=tmp_path / "data", owns_db=False)
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    settle(qtbot, window)
    window.tabs.setCurrentIndex(TAB_CONSOLIDATION)
    QApplication.processEvents()
    return window


@pytest.fixture
def filled(qtbot: Any, db: CentralDB, catalogue: Catalogue,
           tmp_path: Path) -> Iterator[CentralWindow]:
    """The small dataset (núcleo A with a visit, B and C without), aspect 155 in several
    units, and an indicator whose catalogue unit is very long."""
    with db.session() as session:
        small_dataset(session, catalogue)
    units_dataset(db, catalogue)
    with db.session() as session:
        b = Builder(session, catalogue)
        nucleo = b.nucleo("Núcleo Paraense de Telessaúde e Telemedicina", "PA", 1501402, "Belém")
        b.assessment(nucleo, "autoavaliacao", [PROCESSOS], {SOF_ID: typed("12", "")})
        session.execute(update(CentralAnswer).where(CentralAnswer.aspect_id == 265)
                        .values(evidence="Ata da reunião do colegiado"))
        session.commit()
    window = open_window(qtbot, db, catalogue, tmp_path)
    yield window
    window.close()


def panel_of(window: CentralWindow) -> ConsolidationPanel:
    return window.consolidation_panel


def screenshot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("ASPECTOS_SCREENSHOTS", "").strip()
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        assert widget.grab().save(str(Path(folder) / name))


# ------------------------------------------------------------------------- indicators


def test_indicators_show_the_units_reported_and_the_mean(filled: CentralWindow) -> None:
    panel = panel_of(filled)
    model = panel.indicators_model
    rows = {(r.aspect_id, r.scope, r.unit): i for i, r in enumerate(model.rows)}
    # one núcleo in RJ answered 155 in "atendimentos": the unit is shown
    rio = rows[(SPECIALTIES_ID, "RJ", "atendimentos")]
    assert model.text(rio, IND_UNIT) == "atendimentos"
    # SP: three units, three rows, each flagged; nothing added across units
    sp = [i for (a, scope, _u), i in rows.items() if a == SPECIALTIES_ID and scope == "SP"]
    assert sorted(model.text(i, IND_UNIT) for i in sp) == [
        "atendimentos · unidades diferentes (3)", "horas · unidades diferentes (3)",
        "não informada · unidades diferentes (3)"]
    flagged = sp[0]
    assert model.data(model.index(flagged, IND_UNIT), Qt.ItemDataRole.BackgroundRole) is not None
    tip = str(model.data(model.index(flagged, IND_UNIT), Qt.ItemDataRole.ToolTipRole))
    assert "3 unidades diferentes" in tip and "não são somados" in tip
    assert model.data(model.index(rio, IND_UNIT), Qt.ItemDataRole.BackgroundRole) is None
    # an indicator without denominator: the value is the mean per núcleo (as in the CLI)
    professionals = rows[(PROFESSIONALS_ID, "BR", "profissionais")]
    assert model.text(professionals, IND_VALUE) == "3"  # 5 núcleos, Σ 15
    assert model.text(professionals, IND_METHOD) == "média por núcleo"
    tip = str(model.data(model.index(professionals, IND_VALUE), Qt.ItemDataRole.ToolTipRole))
    assert "Soma dos valores: 15" in tip
    assert model.headerData(IND_REPORTING, Qt.Orientation.Horizontal) == "Núcleos\ninformando"


def test_every_indicator_column_is_visible_at_1366_by_768(qtbot, filled: CentralWindow) -> None:  # type: ignore[no-untyped-def]
    panel = panel_of(filled)
    panel.views.setCurrentIndex(INDICATORS_VIEW)
    qtbot.waitUntil(panel.indicators_table.isVisible)
    QApplication.processEvents()
    assert (filled.width(), filled.height()) == SCREEN
    table = panel.indicators_table
    header = table.horizontalHeader()
    viewport = table.viewport().width()
    assert not table.horizontalScrollBar().isVisible()
    for column in range(header.count()):
        left = header.sectionViewportPosition(column)
        right = left + header.sectionSize(column)
        assert left >= 0 and right <= viewport, (
            f"column {column} ({panel.indicators_model.headerData(column, Qt.Orientation.Horizontal)!r}) "
            f"spans {left}..{right} of {viewport} px")
        if column not in (IND_ASPECT, IND_UNIT):  # the others are shown whole
            assert header.sectionSize(column) >= table.sizeHintForColumn(column)
    # the unit (long units exist) never takes more than its share; the name has the rest
    widest = table.fontMetrics().horizontalAdvance("x") * UNIT_COLUMN_CHARS
    assert header.sectionSize(IND_UNIT) <= widest
    assert header.sectionSize(IND_ASPECT) >= 250
    assert any(len(r.unit) > UNIT_COLUMN_CHARS for r in panel.indicators_model.rows)
    screenshot(filled, "indicadores-1366x768.png")


# ------------------------------------------------------------------------- drill-down


def test_the_drill_down_of_a_visit_names_the_monitor_and_the_day(
        qtbot, filled: CentralWindow) -> None:  # type: ignore[no-untyped-def]
    panel = panel_of(filled)
    model = panel.matrix_model
    target = next(i for i, r in enumerate(model.rows) if r.assessment.kind == "visita")
    panel.matrix_table.selectRow(panel.matrix_proxy.mapFromSource(
        model.index(target, MATRIX_NUCLEO)).row())
    qtbot.mouseClick(panel.drill_button, Qt.MouseButton.LeftButton)
    dialog = panel.drill_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.resize(*SCREEN)
    details = dialog.assessment_details.text()
    assert details.splitlines() == [
        "visita Núcleo Paulista r1",
        "Data da visita: 30/06/2026 · monitor(a): Marta Monitora (SES)",
        "Período 01/01/2026 a 30/06/2026 · revisão 1 · catálogo 2026.1"]
    tree = dialog.tree
    assert tree.headerItem().text(4) == "Evidência"
    theme = tree.topLevelItem(0)
    child = next(theme.child(i) for i in range(theme.childCount())
                 if theme.child(i).text(0).startswith("265 ·"))
    assert (child.text(3), child.text(4)) == ("comentário 265", "Ata da reunião do colegiado")
    screenshot(dialog, "detalhamento-visita-1366x768.png")
    # the self-assessment of the same núcleo: no monitor line
    dialog.assessment.setCurrentIndex(1 - dialog.assessment.currentIndex())
    assert "monitor" not in dialog.assessment_details.text()
    assert dialog.assessment_details.text().splitlines()[-1].startswith("Período ")
    dialog.close()


# ------------------------------------------------------------------ comparison export


def test_exporting_a_comparison_without_a_pair_writes_nothing(
        qtbot, filled: CentralWindow, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    panel = panel_of(filled)
    asked: list[object] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: asked.append(a) or (str(tmp_path / "cmp.csv"), ""))
    campineiro = next(i for i in range(panel.compare_nucleo.count())
                      if panel.compare_nucleo.itemText(i).startswith("Núcleo Campineiro"))
    panel.compare_nucleo.setCurrentIndex(campineiro)
    panel.set_export_kind("comparacao")
    failed: list[str] = []
    panel.export_failed.connect(failed.append)
    qtbot.mouseClick(panel.export_csv_button, Qt.MouseButton.LeftButton)
    assert not asked, "nothing to compare: no file is asked for"
    assert not (tmp_path / "cmp.csv").exists()
    status = panel.export_status.text()
    assert status.startswith("Nada a comparar para Núcleo Campineiro")
    assert "não tem visita de monitoramento importada" in status
    assert "Nenhum arquivo foi gravado." in status and failed == [status]


# ------------------------------------------------------------------------ empty states


def test_an_empty_database_says_what_to_do(qtbot, db: CentralDB, catalogue: Catalogue,  # type: ignore[no-untyped-def]
                                           tmp_path: Path) -> None:
    window = open_window(qtbot, db, catalogue, tmp_path)
    panel = panel_of(window)
    expected = ("Nenhum pacote importado ainda. Use Arquivo › Importar pasta… (Ctrl+O) ou "
                "Importar arquivos…, ou arraste os arquivos .aspectos para esta janela.")
    assert panel.matrix_empty.isVisible() and panel.matrix_empty.text() == expected
    assert not panel.matrix_table.isVisible()
    assert panel.count.text() == expected
    assert panel.chart.accessibleDescription() == expected
    panel.views.setCurrentIndex(2)
    assert panel.compare_summary.text() == expected
    assert "filtros" not in panel.count.text()
    panel.views.setCurrentIndex(0)
    screenshot(window, "vazio-1366x768.png")
    window.close()


def test_only_pending_bundles_point_to_the_signers(qtbot, db: CentralDB, catalogue: Catalogue,  # type: ignore[no-untyped-def]
                                                   tmp_path: Path) -> None:
    with db.session() as session:
        b = Builder(session, catalogue)
        nucleo = b.nucleo("Núcleo Goiano", "GO", 5208707, "Goiânia")
        b.assessment(nucleo, "autoavaliacao", [CIDADANIA], {}, bundle_status="pendente")
        session.commit()
    window = open_window(qtbot, db, catalogue, tmp_path)
    panel = panel_of(window)
    assert "aguardam a aprovação do assinante (aba Assinantes)" in panel.matrix_empty.text()
    assert panel.count.text() == panel.matrix_empty.text()
    window.close()


def test_the_filters_are_mentioned_only_when_set(qtbot, filled: CentralWindow) -> None:  # type: ignore[no-untyped-def]
    panel = panel_of(filled)
    rows = len(panel.matrix_model.rows)
    nucleos = len({r.nucleo.id for r in panel.matrix_model.rows})
    assert panel.count.text() == f"{rows} avaliação(ões) atual(is) de {nucleos} núcleo(s)."
    assert panel.matrix_table.isVisible() and not panel.matrix_empty.isVisible()
    panel.set_uf("RJ")
    settle(qtbot, filled)
    assert panel.count.text().endswith("núcleo(s) com os filtros escolhidos.")
    panel.set_uf("MG")  # only a pending bundle there
    settle(qtbot, filled)
    assert panel.count.text() == "Nenhuma avaliação com os filtros escolhidos."
    assert panel.matrix_empty.isVisible() and not panel.matrix_table.isVisible()
    assert panel.chart.accessibleDescription() == "Nenhuma avaliação com os filtros escolhidos."
    panel.period_from.setDate(panel.period_from.minimumDate())
    panel.clear_filters()
    settle(qtbot, filled)
    assert panel.matrix_table.isVisible()
    assert panel.count.text() == f"{rows} avaliação(ões) atual(is) de {nucleos} núcleo(s)."
    assert date.today()  # the period filter stays unset: "sem limite"
