"""The Central window on a real SQLite central database with real bundles: drag and drop
import in a worker thread, results and quarantine, signer approval, filters, drill-down,
comparison, indicators, CSV/XLSX export, audit log, accessibility, wiring."""

from __future__ import annotations

import csv
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from bundle_factory import CentralWorld, flip
from PySide6.QtCore import QDate, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QAccessible, QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from sqlalchemy import func, select

from aspectos_desktop.central import importer as central_importer
from aspectos_desktop.central.consolidation import LONG_COLUMNS, NUCLEO_COLUMNS, Filters, matrix
from aspectos_desktop.central.database import CentralDB, open_central
from aspectos_desktop.central.models import Bundle
from aspectos_desktop.central.trust import approve_signer
from aspectos_desktop.store import Store
from aspectos_desktop.ui import app as app_module
from aspectos_desktop.ui.central_models import (
    CMP_SAME,
    IMPORT_NUCLEO,
    IMPORT_RESULT,
    MATRIX_NUCLEO,
    MATRIX_UF,
)
from aspectos_desktop.ui.central_window import TAB_CONSOLIDATION, TAB_IMPORT, CentralWindow
from aspectos_desktop.ui.main_window import MainWindow

ACTOR = "Carla Central"
TIMEOUT = 60_000
DEMO_NUCLEO = "Núcleo de Telessaúde de Demonstração"
PE_NUCLEO = "Núcleo Estadual de Telessaúde de Pernambuco"


@pytest.fixture
def db(tmp_path: Path) -> Iterator[CentralDB]:
    opened = open_central(f"sqlite:///{tmp_path / 'central' / 'central.db'}", tmp_path / "data")
    yield opened
    opened.close()


@pytest.fixture
def window(qtbot, db: CentralDB, catalogue, tmp_path: Path) -> Iterator[CentralWindow]:  # type: ignore[no-untyped-def]
    win = CentralWindow(db, catalogue, ACTOR, data_dir=tmp_path / "data", owns_db=False)
    qtbot.addWidget(win)
    win.show()
    settle(qtbot, win)
    yield win
    win.close()


def trust_the_test_ca(db: CentralDB, cworld: CentralWorld) -> None:
    """Núcleo B's certificate chains to this CA: its bundles are approved automatically."""
    db.ca_dir.mkdir(parents=True, exist_ok=True)
    shutil.copy(cworld.ca_pem, db.ca_dir / "ac-teste.pem")


def drop(window: QWidget, paths: list[Path]) -> None:
    """What the window receives when files are dragged from a file manager and dropped."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    centre = window.rect().center()
    enter = QDragEnterEvent(centre, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted(), "the window must accept dragged files"
    event = QDropEvent(QPointF(centre), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, event)
    assert event.isAccepted()


def settle(qtbot, window: CentralWindow) -> None:  # type: ignore[no-untyped-def]
    """Wait for the consolidation views, recomputed in a worker thread, to be shown."""
    panel = window.consolidation_panel
    qtbot.waitUntil(lambda: not panel.refreshing, timeout=TIMEOUT)


def drop_and_wait(qtbot, window: CentralWindow, paths: list[Path]) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.import_panel.import_finished, timeout=TIMEOUT):
        drop(window, paths)
    settle(qtbot, window)


def results(window: CentralWindow) -> dict[str, str]:
    model = window.import_panel.model
    return {row.name: model.text(i, IMPORT_RESULT) for i, row in enumerate(model.rows)}


def matrix_nucleos(window: CentralWindow) -> list[str]:
    model = window.consolidation_panel.matrix_model
    return sorted({model.text(i, MATRIX_NUCLEO) for i in range(model.rowCount())})


def approve_when_asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def question(_parent: Any, _title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


# ---------------------------------------------------------------------------- import


def test_a_large_drop_is_examined_by_worker_processes(
        qtbot, window: CentralWindow, db: CentralDB, cworld: CentralWorld, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """From the Central window's import thread the importer spawns its worker processes
    (here from 2 bundles on, 2 workers) and every bundle gets its line, in order."""
    trust_the_test_ca(db, cworld)
    monkeypatch.setattr(central_importer, "PARALLEL_MIN_BUNDLES", 2)
    monkeypatch.setattr(central_importer, "default_workers", lambda: 2)
    pools: list[int] = []
    real_pool = central_importer._examine_in_pool

    def recording_pool(*args: Any, **kwargs: Any) -> Any:
        pools.append(args[1])  # workers
        return real_pool(*args, **kwargs)

    monkeypatch.setattr(central_importer, "_examine_in_pool", recording_pool)
    tampered = cworld.tampered("auto", "alterado-lote", lambda m: {
        **m, "assessment.json": flip(m["assessment.json"])})
    bundles = [cworld.bundles["visit"], cworld.bundles["b_auto"], tampered]
    drop_and_wait(qtbot, window, bundles)

    assert pools == [2]
    found = results(window)
    assert list(found) == [path.name for path in bundles]
    assert found[cworld.bundles["visit"].name] == "pendente: assinante novo"
    assert found[cworld.bundles["b_auto"].name] == "importado"
    assert found[tampered.name].startswith("rejeitado: ")
    panel = window.import_panel
    panel.table.selectRow(1)  # a plain import: said once, not "importado — importado."
    assert panel.details.text().split("\n")[1:] == ["importado"]


def test_interrupting_a_parallel_import_keeps_what_was_written_and_stops_the_workers(
        qtbot, window: CentralWindow, db: CentralDB, cworld: CentralWorld, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import multiprocessing

    monkeypatch.setattr(central_importer, "PARALLEL_MIN_BUNDLES", 2)
    monkeypatch.setattr(central_importer, "default_workers", lambda: 2)
    bundles = [cworld.derive("visit", f"interromper-{index}") for index in range(6)]
    started: list[int] = []
    resume = threading.Event()
    real = central_importer.Importer.finish

    def gated(self: Any, examined: Any) -> Any:
        outcome = real(self, examined)
        started.append(1)
        if len(started) == 1:  # hold the first bundle until "Interromper" was clicked
            resume.wait(30)
        return outcome

    monkeypatch.setattr(central_importer.Importer, "finish", gated)
    panel = window.import_panel
    with qtbot.waitSignal(panel.import_finished, timeout=TIMEOUT):
        drop(window, bundles)
        qtbot.waitUntil(lambda: bool(started), timeout=TIMEOUT)
        qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
        resume.set()
    settle(qtbot, window)

    assert len(started) == 1 and panel.model.rowCount() == 1
    assert panel.status.text() == "Importação interrompida."
    assert "interrompida depois de 1 pacote(s)" in panel.summary.text()
    with db.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(Bundle)).scalar_one() == 1
    qtbot.waitUntil(lambda: not multiprocessing.active_children(), timeout=TIMEOUT)


def test_drop_imports_off_the_ui_thread_with_one_result_per_bundle(
        qtbot, window: CentralWindow, db: CentralDB, cworld: CentralWorld, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    trust_the_test_ca(db, cworld)
    threads: list[int] = []
    real = central_importer.Importer.finish

    def recording(self: Any, examined: Any) -> Any:
        threads.append(threading.get_ident())
        return real(self, examined)

    monkeypatch.setattr(central_importer.Importer, "finish", recording)
    tampered = cworld.tampered("auto", "alterado", lambda m: {
        **m, "assessment.json": flip(m["assessment.json"])})
    panel = window.import_panel
    drop_and_wait(qtbot, window, [cworld.bundles["visit"], cworld.bundles["b_auto"], tampered])

    assert threads and threading.get_ident() not in threads, "the import ran on the UI thread"
    assert window.tabs.currentIndex() == TAB_IMPORT
    found = results(window)
    assert found[cworld.bundles["visit"].name] == "pendente: assinante novo"
    assert found[cworld.bundles["b_auto"].name] == "importado"
    assert found[tampered.name].startswith("rejeitado: ")
    nucleos = {panel.model.text(i, IMPORT_NUCLEO) for i in range(panel.model.rowCount())}
    assert {DEMO_NUCLEO, PE_NUCLEO} <= nucleos
    assert panel.progress.maximum() == 3 and panel.progress.value() == 3
    assert "1 importado(s)" in panel.summary.text()
    assert "1 rejeitado(s)" in panel.summary.text()
    assert "pendente" in panel.summary.text()
    # the rejected bundle is in quarantine, with its reason, and the folder is one click away
    quarantined = sorted(p.name for p in panel.quarantine_dir.iterdir())
    assert any(name.endswith(tampered.name) for name in quarantined)
    assert any(name.endswith(tampered.name + ".motivo.txt") for name in quarantined)
    assert str(panel.quarantine_dir) in panel.quarantine_label.text()
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    qtbot.mouseClick(panel.quarantine_button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(panel.quarantine_dir))]

    # the same bundle again: "já importado", and nothing else changes
    drop_and_wait(qtbot, window, [cworld.bundles["b_auto"]])
    assert results(window) == {cworld.bundles["b_auto"].name: "já importado"}
    assert "1 já importado(s)" in panel.summary.text()
    assert threading.get_ident() not in threads


def test_a_folder_dropped_while_importing_waits_its_turn(qtbot, window: CentralWindow,
                                                          cworld: CentralWorld, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "pendrive" / "sub"
    folder.mkdir(parents=True)
    for key in ("visit", "auto"):
        shutil.copy(cworld.bundles[key], folder / cworld.bundles[key].name)
    (folder / "leia-me.txt").write_text("não é pacote", encoding="utf-8")
    panel = window.import_panel
    finished: list[int] = []
    panel.import_finished.connect(lambda: finished.append(len(panel.model.rows)))
    drop(window, [tmp_path / "pendrive"])
    assert panel.running
    drop(window, [cworld.bundles["forms"]])  # queued: runs after the first batch
    qtbot.waitUntil(lambda: bool(finished), timeout=TIMEOUT)
    assert not panel.running
    assert sorted(results(window)) == sorted([cworld.bundles[k].name
                                              for k in ("visit", "auto", "forms")])
    assert set(results(window).values()) == {"pendente: assinante novo"}
    assert finished == [3]


def test_import_details_name_the_key_once_and_the_summary_counts_skipped_files(
        qtbot, window: CentralWindow, cworld: CentralWorld, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from aspectos_desktop.central.importer import ImportOutcome
    from aspectos_desktop.central.trust import different_key_message, short_fingerprint
    from aspectos_desktop.ui.central_models import fingerprint_lines

    folder = tmp_path / "pendrive"
    folder.mkdir()
    shutil.copy(cworld.bundles["visit"], folder / "visita.aspectos")
    (folder / "relatorio.pdf").write_bytes(b"%PDF-1.7\n")
    panel = window.import_panel
    drop_and_wait(qtbot, window, [folder])
    assert "1 arquivo(s) ignorado(s) (não são .aspectos)." in panel.summary.text()

    def details(row: int) -> list[str]:
        panel.table.selectRow(row)
        return panel.details.text().split("\n")

    fp = cworld.key_a.fingerprint_sha256
    assert details(0) == [str(folder / "visita.aspectos"),
                          "pendente: assinante novo — aguarda aprovação da impressão digital",
                          *fingerprint_lines(fp).split("\n"),
                          "Confira a impressão digital com o núcleo e aprove a chave na aba "
                          "Assinantes."]

    new_fp = cworld.other_a.fingerprint_sha256
    reason = different_key_message(f"{short_fingerprint(fp)}… (aprovado)", new_fp)
    panel.model.add(ImportOutcome(path=tmp_path / "outra-chave.aspectos",
                                  status="pendente_assinante", reason_ptbr=reason,
                                  nucleo_name=DEMO_NUCLEO, signer_fingerprint=new_fp,
                                  flagged=True))
    lines = details(1)
    assert lines[1].startswith("pendente: assinante novo — ATENÇÃO: certificado DIFERENTE")
    assert lines[1].endswith(f"aspectos central signers approve {short_fingerprint(new_fp)}). "
                             "Impressão digital do novo certificado:")
    assert lines[2:] == fingerprint_lines(new_fp).split("\n")  # once, and nothing after it


# -------------------------------------------------------------------------- signers


def test_approving_a_pending_signer_brings_its_nucleo_into_the_matrix(
        qtbot, window: CentralWindow, db: CentralDB, cworld: CentralWorld, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    trust_the_test_ca(db, cworld)
    drop_and_wait(qtbot, window, [cworld.bundles[k] for k in ("visit", "auto", "b_auto")])
    assert matrix_nucleos(window) == [PE_NUCLEO]  # A's bundles wait for its signer
    signers = window.signers_panel
    assert "aguardando aprovação" in window.tabs.tabText(1)
    fp = cworld.key_a.fingerprint_sha256
    assert signers.select_fingerprint(fp)
    assert signers.approve_button.isEnabled()
    assert fp.split(":")[0] in signers.details.text()

    asked = approve_when_asked(monkeypatch)
    qtbot.mouseClick(signers.approve_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert len(asked) == 1
    assert "\n".join(fp.split(":")[i:i + 8] and ":".join(fp.split(":")[i:i + 8])
                     for i in range(0, 32, 8)) in asked[0], "the fingerprint, to be read aloud"
    assert "2 pacote(s) pendente(s)" in asked[0]
    assert matrix_nucleos(window) == sorted([DEMO_NUCLEO, PE_NUCLEO])
    assert "aguardando" not in window.tabs.tabText(1)
    status = {s.fingerprint: s.status for s in signers.model.rows}
    assert status[fp] == "aprovado"
    assert "2 pacote(s)" in signers.message.text()
    audit = window.audit_panel.model
    assert [r.action for r in audit.rows][:1] == ["aprovar_assinante"]
    assert audit.rows[0].actor == ACTOR


def test_declining_the_confirmation_approves_nothing(qtbot, window: CentralWindow,
                                                     cworld: CentralWorld, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    drop_and_wait(qtbot, window, [cworld.bundles["visit"]])
    signers = window.signers_panel
    assert signers.select_fingerprint(cworld.key_a.fingerprint_sha256)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    qtbot.mouseClick(signers.approve_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert [s.status for s in signers.model.rows] == ["novo"]
    assert matrix_nucleos(window) == []


# --------------------------------------------------------------------- consolidation


@pytest.fixture
def loaded(qtbot, window: CentralWindow, db: CentralDB, cworld: CentralWorld) -> CentralWindow:  # type: ignore[no-untyped-def]
    """Núcleo A (self-assessment and visit, signer approved) and núcleo B (CA-issued)."""
    trust_the_test_ca(db, cworld)
    drop_and_wait(qtbot, window, [cworld.bundles[k] for k in ("visit", "auto", "b_auto")])
    approve_signer(db, cworld.key_a.fingerprint_sha256, actor=ACTOR)
    window.refresh()
    settle(qtbot, window)
    window.tabs.setCurrentIndex(TAB_CONSOLIDATION)
    return window


def test_matrix_filters_chart_and_indicators(qtbot, loaded: CentralWindow, db: CentralDB,
                                             catalogue) -> None:  # type: ignore[no-untyped-def]
    panel = loaded.consolidation_panel
    model = panel.matrix_model
    assert model.rowCount() == 3 == len(matrix(db, Filters(), catalogue=catalogue))
    assert matrix_nucleos(loaded) == sorted([DEMO_NUCLEO, PE_NUCLEO])
    assert "3 avaliação(ões)" in panel.count.text()
    # a theme cell: completion %, with the shares of the answers in its tooltip
    demo_row = next(i for i, r in enumerate(model.rows) if r.assessment.kind == "visita")
    theme_column = next(c for c in range(model.columnCount()) if model.theme_at(c) is not None
                        and model.theme_at(c).slug in model.rows[demo_row].by_theme)  # type: ignore[union-attr]
    assert model.text(demo_row, theme_column).endswith("%")
    tip = model.data(model.index(demo_row, theme_column), Qt.ItemDataRole.ToolTipRole)
    assert "Respondidos:" in str(tip)

    panel.set_uf("PE")
    settle(qtbot, loaded)
    assert matrix_nucleos(loaded) == [PE_NUCLEO]
    assert {model.text(i, MATRIX_UF) for i in range(model.rowCount())} == {"PE"}
    panel.set_uf("MA")
    settle(qtbot, loaded)
    assert matrix_nucleos(loaded) == [DEMO_NUCLEO]
    panel.kind.setCurrentIndex(panel.kind.findData("visita"))
    settle(qtbot, loaded)
    assert model.rowCount() == 1 and model.rows[0].assessment.kind == "visita"
    panel.clear_filters()
    settle(qtbot, loaded)
    assert model.rowCount() == 3
    # município: typed and chosen with Enter
    panel.municipio.setFocus()
    qtbot.keyClicks(panel.municipio, "Recife")
    qtbot.keyClick(panel.municipio, Qt.Key.Key_Return)
    settle(qtbot, loaded)
    assert panel.municipio_code == 2611606
    assert matrix_nucleos(loaded) == [PE_NUCLEO]
    panel.set_uf("MA")  # Recife is not in MA: the município filter is dropped
    settle(qtbot, loaded)
    assert panel.municipio_code is None and matrix_nucleos(loaded) == [DEMO_NUCLEO]
    panel.clear_filters()
    settle(qtbot, loaded)

    # the chart sums the answers of the rows shown, with words for screen readers
    panel.views.setCurrentIndex(1)
    chart = panel.chart
    assert chart.data and chart.choices()
    assert "%" in chart.accessibleDescription()
    image = chart.grab()
    assert not image.isNull()

    panel.views.setCurrentIndex(3)
    assert panel.export_what.currentData() == "indicadores"
    assert panel.indicators_model.rowCount() >= 0  # the demo may report no indicator figure


def test_drill_down_opens_the_nucleo_answers_grouped_by_theme(qtbot, loaded: CentralWindow,
                                                              catalogue) -> None:  # type: ignore[no-untyped-def]
    panel = loaded.consolidation_panel
    table = panel.matrix_table
    proxy = panel.matrix_proxy
    target = next(i for i, r in enumerate(panel.matrix_model.rows) if r.nucleo.name == DEMO_NUCLEO
                  and r.assessment.kind == "autoavaliacao")
    index = proxy.mapFromSource(panel.matrix_model.index(target, MATRIX_NUCLEO))
    table.scrollTo(index)
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = panel.drill_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert DEMO_NUCLEO in dialog.windowTitle()
    tree = dialog.tree
    assessment = panel.matrix_model.rows[target].assessment
    themes = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert len(themes) == len(assessment.theme_slugs)
    first_theme = catalogue.theme(assessment.theme_slugs[0])
    assert themes[0].lower().startswith(first_theme.name.lower())
    children = tree.topLevelItem(0).childCount()
    assert children == len(catalogue.theme_aspects(first_theme.slug))
    # the other assessment of the núcleo is one choice away
    assert dialog.assessment.count() == 2
    dialog.close()


def test_comparison_highlights_the_differences(qtbot, loaded: CentralWindow) -> None:  # type: ignore[no-untyped-def]
    panel = loaded.consolidation_panel
    target = next(i for i, r in enumerate(panel.matrix_model.rows) if r.nucleo.name == DEMO_NUCLEO)
    panel.matrix_table.selectRow(panel.matrix_proxy.mapFromSource(
        panel.matrix_model.index(target, 0)).row())
    qtbot.mouseClick(panel.compare_button, Qt.MouseButton.LeftButton)
    assert panel.views.currentIndex() == 2
    comparison = panel.comparison
    assert comparison is not None and comparison.self_assessment and comparison.visit
    model = panel.compare_model
    assert model.rowCount() == len(comparison.rows) > 0
    assert comparison.differences > 0
    different = next(i for i, r in enumerate(model.rows) if not r.same)
    assert model.text(different, CMP_SAME) == "≠ diferente"
    assert model.data(model.index(different, 2), Qt.ItemDataRole.BackgroundRole) is not None
    same = [i for i, r in enumerate(model.rows) if r.same]
    if same:
        assert model.data(model.index(same[0], 2), Qt.ItemDataRole.BackgroundRole) is None
    assert "diferença(s)" in panel.compare_summary.text()
    panel.only_differences.setChecked(True)
    assert model.rowCount() == comparison.differences
    assert panel.export_what.currentData() == "comparacao"


# --------------------------------------------------------------------------- export


def export_to(qtbot, panel: Any, kind: str, fmt: str, path: Path, monkeypatch) -> Path:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(path), ""))
    panel.set_export_kind(kind)
    button = panel.export_csv_button if fmt == "csv" else panel.export_xlsx_button
    outcome: list[object] = []
    panel.exported.connect(outcome.append)
    panel.export_failed.connect(outcome.append)
    try:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(outcome), timeout=TIMEOUT)
    finally:
        panel.exported.disconnect(outcome.append)
        panel.export_failed.disconnect(outcome.append)
    written = outcome[0]
    assert isinstance(written, Path) and written.exists()
    return written


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


def read_xlsx(path: Path) -> list[list[Any]]:
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True)
    try:
        return [list(row) for row in workbook.worksheets[0].iter_rows(values_only=True)]
    finally:
        workbook.close()


def test_export_matrix_and_long_answers_to_csv_and_xlsx(qtbot, loaded: CentralWindow, db: CentralDB,
                                                        catalogue, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    panel = loaded.consolidation_panel
    panel.set_uf("MA")  # the current filter applies to the export
    settle(qtbot, loaded)
    rows = panel.matrix_model.rows
    assert len(rows) == 2
    threads: list[int] = []
    from aspectos_desktop.central import tabular

    real_csv = tabular.write_csv

    def recording_csv(*args: Any, **kwargs: Any) -> int:
        threads.append(threading.get_ident())
        return real_csv(*args, **kwargs)

    monkeypatch.setattr(tabular, "write_csv", recording_csv)

    matrix_csv = read_csv(export_to(qtbot, panel, "matriz", "csv", tmp_path / "matriz", monkeypatch))
    assert threads and threading.get_ident() not in threads
    header, body = matrix_csv[0], matrix_csv[1:]
    assert header[:len(NUCLEO_COLUMNS)] == list(NUCLEO_COLUMNS) and "percentual" in header
    assert len(body) == 2 and {r[header.index("uf")] for r in body} == {"MA"}
    assert (tmp_path / "matriz.csv").exists()  # the suffix is added

    matrix_xlsx = read_xlsx(export_to(qtbot, panel, "matriz", "xlsx", tmp_path / "m.xlsx",
                                      monkeypatch))
    assert matrix_xlsx[0] == header and len(matrix_xlsx) == 3

    expected = sum(len(catalogue.theme_aspects(slug)) for r in rows
                   for slug in r.assessment.theme_slugs)
    long_csv = read_csv(export_to(qtbot, panel, "longo", "csv", tmp_path / "longo.csv",
                                  monkeypatch))
    assert long_csv[0] == list(LONG_COLUMNS)
    assert len(long_csv) - 1 == expected
    assert {r[LONG_COLUMNS.index("nucleo")] for r in long_csv[1:]} == {DEMO_NUCLEO}
    long_xlsx = read_xlsx(export_to(qtbot, panel, "longo", "xlsx", tmp_path / "longo.xlsx",
                                    monkeypatch))
    assert list(long_xlsx[0]) == list(LONG_COLUMNS) and len(long_xlsx) - 1 == expected

    wide_csv = read_csv(export_to(qtbot, panel, "amplo", "csv", tmp_path / "amplo.csv",
                                  monkeypatch))
    assert len(wide_csv) == 3 and wide_csv[0][:len(NUCLEO_COLUMNS)] == list(NUCLEO_COLUMNS)
    assert f"{len(body)} linha(s)" in panel.export_status.text() or "linha(s)" in \
        panel.export_status.text()

    panel.views.setCurrentIndex(2)  # comparison of the chosen núcleo
    comparison = read_csv(export_to(qtbot, panel, "comparacao", "csv", tmp_path / "cmp.csv",
                                    monkeypatch))
    assert comparison[0][:3] == ["nucleo_chave", "nucleo", "aspecto_id"]
    assert len(comparison) - 1 == len(panel.comparison.rows)  # type: ignore[union-attr]


# ---------------------------------------------------------------------------- audit


def test_audit_log_is_read_only_and_filterable(qtbot, loaded: CentralWindow, cworld: CentralWorld) -> None:  # type: ignore[no-untyped-def]
    audit = loaded.audit_panel
    actions = {r.action for r in audit.model.rows}
    assert {"importar", "aprovar_assinante"} <= actions
    assert {r.actor for r in audit.model.rows} == {ACTOR}
    audit.action.setCurrentIndex(audit.action.findData("importar"))
    assert {r.action for r in audit.model.rows} == {"importar"}
    assert audit.model.flags(audit.model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable == \
        Qt.ItemFlag.NoItemFlags
    assert "entrada(s)" in audit.note.text()


# -------------------------------------------------------------------- accessibility


def focusable(root: QWidget) -> list[QWidget]:
    return [w for w in [root, *root.findChildren(QWidget)]
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.focusProxy() is None
            and w.window() is root.window()]


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Name).strip()


def test_every_control_is_named_and_reachable_by_keyboard(qtbot, loaded: CentralWindow) -> None:  # type: ignore[no-untyped-def]
    unnamed = [f"{type(w).__name__} {w.objectName()!r}" for w in focusable(loaded)
               if not accessible_name(w)]
    assert not unnamed, f"controls without an accessible name: {unnamed}"
    panel = loaded.consolidation_panel
    panel.uf.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(panel.uf.hasFocus)
    reached: list[QWidget] = [panel.uf]
    for _ in range(20):  # Tab also walks the day, month and year of a date field
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is not reached[-1]:
            reached.append(QApplication.focusWidget())
        if reached[-1] is panel.clear_button:
            break
    assert reached == [panel.uf, panel.municipio, panel.kind, panel.period_from,
                       panel.period_to, panel.catalogue_version, panel.clear_button]
    # with a date set, Tab walks day, month and year, then leaves; Delete clears the date
    panel.period_from.setDate(QDate(2026, 1, 1))
    panel.period_from.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(panel.period_from.hasFocus)
    for _ in range(4):
        if not panel.period_from.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.period_to
    panel.period_from.setFocus()
    qtbot.keyClick(panel.period_from, Qt.Key.Key_Delete)
    assert panel.filters().period_from is None
    settle(qtbot, loaded)
    # Enter on a matrix row opens the drill-down, as a double click does
    panel.matrix_table.setFocus()
    panel.matrix_table.setCurrentIndex(panel.matrix_proxy.index(0, 0))
    qtbot.keyClick(panel.matrix_table, Qt.Key.Key_Return)
    assert panel.drill_dialog is not None and panel.drill_dialog.isVisible()
    panel.drill_dialog.close()


# --------------------------------------------------------------------------- wiring


def test_central_menu_of_the_main_window_opens_the_panel(qtbot, tmp_path: Path, catalogue) -> None:  # type: ignore[no-untyped-def]
    data_dir = tmp_path / "dados"
    store = Store.open(data_dir / "aspectos.db")
    main = MainWindow(store, catalogue, "Tester", data_dir=data_dir)
    qtbot.addWidget(main)
    main.show()
    try:
        menu = next(a.menu() for a in main.menuBar().actions() if a.text() == "&Central")
        action = menu.actions()[0]
        assert action.text() == "Abrir &painel central…"
        action.trigger()
        central = main.central_window
        assert isinstance(central, CentralWindow)
        qtbot.addWidget(central)
        assert central.isVisible() and central.actor == "Tester"
        assert central.db.path == data_dir / "central" / "central.db"
        action.trigger()  # already open: raised, not opened twice
        assert main.central_window is central
        central.close()
    finally:
        main.close()
        store.close(backup=False)


def test_command_line_options_and_environment(qtbot, tmp_path: Path, catalogue, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    args = app_module.parse_args(["--central", "--db", "postgresql+psycopg://c@h/central"])
    assert args.central and args.db == "postgresql+psycopg://c@h/central"
    assert not app_module.parse_args([]).central
    from aspectos_desktop.ui.central_window import open_central_window

    target = tmp_path / "de-ambiente.db"
    monkeypatch.setenv("ASPECTOS_CENTRAL_DB", str(target))
    window = open_central_window(catalogue, data_dir=tmp_path / "dados", actor="Ana")
    assert window is not None
    qtbot.addWidget(window)
    assert window.db.path == target and target.exists()
    window.close()
    monkeypatch.setenv("ASPECTOS_CENTRAL_DB", "mysql://x@y/z")
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: errors.append(text))
    assert open_central_window(catalogue, data_dir=tmp_path / "dados") is None
    assert errors and "mysql" in errors[0]


def test_choosing_another_central_database_switches_the_window_and_is_remembered(
        qtbot, window: CentralWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer

    from aspectos_desktop.ui.central_db_dialog import CentralDbDialog

    other = tmp_path / "rede" / "central.db"
    seen: list[str] = []

    def drive() -> None:  # the dialog is modal: typed into once it is up
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CentralDbDialog)
        seen.append(dialog.current.text())
        dialog.url.clear()
        qtbot.keyClicks(dialog.url, str(other))
        qtbot.keyClick(dialog.url, Qt.Key.Key_Return)

    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Arquivo")
    action = next(a for a in menu.actions() if a.text() == "&Banco central…")
    assert action.shortcut().toString() == "Ctrl+B"
    QTimer.singleShot(0, drive)
    action.trigger()  # returns once the new database has opened
    assert seen and "Origem: opção --db" in seen[0]
    assert window.db.path == other and other.is_file() and window.owns_db
    assert window.import_panel.db is window.db and window.consolidation_panel.db is window.db
    assert str(other) in window.statusBar().currentMessage()
    settle(qtbot, window)
    settings = (tmp_path / "data" / "settings.json").read_text(encoding="utf-8")
    assert str(other) in settings
    reopened = open_central(None, tmp_path / "data")  # what the next start opens
    try:
        assert reopened.path == other and reopened.source == "settings"
    finally:
        reopened.close()


def test_the_database_dialog_says_why_and_keeps_the_current_choice(
        qtbot, window: CentralWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from aspectos_desktop.ui.central_db_dialog import CentralDbDialog

    dialog = CentralDbDialog(window.db, tmp_path / "data", window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.url, "postgresql://central:segredo@servidor/aspectos")
    qtbot.keyClick(dialog.url, Qt.Key.Key_Return)
    assert dialog.isVisible() and not dialog.busy
    assert "pgpass" in dialog.error.text() and dialog.error.isVisible()
    garbage = tmp_path / "lixo.db"
    garbage.write_bytes(b"x" * 4096)
    dialog.url.clear()
    qtbot.keyClicks(dialog.url, str(garbage))
    qtbot.keyClick(dialog.url, Qt.Key.Key_Return)
    assert dialog.busy and not dialog.url.isEnabled()  # checked off the UI thread
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # no leaving while the check runs
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=TIMEOUT)
    assert "não é um banco de dados SQLite" in dialog.error.text()
    assert dialog.isVisible() and dialog.db is None and dialog.url.isEnabled()
    assert not (tmp_path / "data" / "settings.json").exists()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_drag_without_files_is_refused(window: CentralWindow) -> None:
    mime = QMimeData()
    mime.setText("só texto")
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()
