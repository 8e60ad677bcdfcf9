"""Main window: núcleo and assessment dialogs, revisions, deletion, the demo."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import type_text
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QWidget,
)

from aspectos_desktop.store import Store
from aspectos_desktop.ui import app as app_module
from aspectos_desktop.ui.dialogs import AssessmentDialog, NucleoDialog
from aspectos_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path: Path, catalogue) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    store = Store.open(tmp_path / "aspectos.db")
    win = MainWindow(store, catalogue, "Tester")
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close_assessment()
    store.close(backup=False)


def fill_when_open(dialog_type: type[QDialog], fill: Any) -> list[str]:  # type: ignore[no-untyped-def]
    """Fill the next modal dialog of ``dialog_type`` once it is shown; returns errors seen.

    A failure inside ``fill`` closes the dialog (else its modal loop would wait forever)
    and is raised again, for pytest-qt to report with the test."""
    errors: list[str] = []

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, dialog_type):
            QTimer.singleShot(10, attempt)
            return
        try:
            fill(dialog, errors)
        except BaseException:
            dialog.reject()
            raise

    QTimer.singleShot(0, attempt)
    return errors


def test_nucleo_dialog_validates_and_creates(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    assert window.home.nucleo.count() == 0
    assert not window.home.new_button.isEnabled()

    def fill(dialog: NucleoDialog, errors: list[str]) -> None:
        dialog.accept()  # empty: refused with a message, dialog stays open
        errors.append(dialog.error.text())
        type_text(qtbot, dialog.name, "Núcleo de Telessaúde do Piauí")
        dialog.uf.setFocus()
        dialog.uf.setCurrentIndex(dialog.uf.findData("PI"))
        type_text(qtbot, dialog.municipio.lineEdit(), "Teresina")
        qtbot.keyClicks(dialog.cnes, "1234567")
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    errors = fill_when_open(NucleoDialog, fill)
    qtbot.mouseClick(window.home.new_nucleo, Qt.MouseButton.LeftButton)
    assert errors == ["Informe o nome do núcleo."]
    nucleos = window.store.list_nucleos()
    assert [(n.name, n.uf, n.municipio_code, n.cnes) for n in nucleos] == [
        ("Núcleo de Telessaúde do Piauí", "PI", 2211001, "1234567")]
    assert window.home.new_button.isEnabled()
    assert "Teresina/PI" in window.home.nucleo.currentText()


def cell_editor(table: QTableWidget) -> QWidget:
    """The line edit of the cell being edited (where the keyboard now types). Asked of the
    dialog: offscreen, the modal dialog is not always the application's active window."""
    editor = table.window().focusWidget()
    assert isinstance(editor, QLineEdit) and table.isAncestorOf(editor), editor
    return editor


def test_nucleo_dialog_keeps_everything_typed_when_the_store_refuses(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """A bad e-mail (checked by the store) is shown in the dialog, which stays open with
    every field as typed; "sao luis" finds São Luís; respondents are entered by keyboard."""
    seen: dict[str, Any] = {}

    def fill(dialog: NucleoDialog, errors: list[str]) -> None:
        type_text(qtbot, dialog.name, "Núcleo do Maranhão")
        dialog.uf.setFocus()
        dialog.uf.setCurrentIndex(dialog.uf.findData("MA"))
        type_text(qtbot, dialog.municipio.lineEdit(), "sao luis")
        completer = dialog.municipio.completer()
        assert completer is not None  # São Luís, São Luís Gonzaga do Maranhão
        assert completer.completionCount() == 2
        assert completer.currentCompletion() == "São Luís"
        popup = completer.popup()
        if popup is not None and popup.isVisible():
            qtbot.keyClick(popup, Qt.Key.Key_Escape)  # keep the typed text, close the list
        qtbot.keyClicks(dialog.contact_email, "maria-arroba-gmail")
        qtbot.mouseClick(dialog.add_respondent_button, Qt.MouseButton.LeftButton)
        table = dialog.respondents_table
        qtbot.waitUntil(lambda: table.state() == table.State.EditingState)
        editor = cell_editor(table)
        qtbot.keyClicks(editor, "Maria Souza")
        qtbot.keyClick(editor, Qt.Key.Key_Tab)  # on to the role, as in a spreadsheet
        name_editor = editor
        qtbot.waitUntil(lambda: table.currentColumn() == dialog.COL_ROLE
                        and dialog.focusWidget() is not name_editor)
        editor = cell_editor(table)
        qtbot.keyClicks(editor, "Coordenadora")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(  # type: ignore[union-attr]
            QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        seen["open after refusal"] = dialog.isVisible()
        errors.append(dialog.error.text())
        seen["kept"] = (dialog.name.text(), dialog.contact_email.text(), dialog.respondents())
        dialog.contact_email.selectAll()
        qtbot.keyClicks(dialog.contact_email, "maria@saude.ma.gov.br")
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    errors = fill_when_open(NucleoDialog, fill)
    qtbot.mouseClick(window.home.new_nucleo, Qt.MouseButton.LeftButton)
    assert seen["open after refusal"] is True
    assert len(errors) == 1 and "e-mail" in errors[0].lower()
    assert seen["kept"] == ("Núcleo do Maranhão", "maria-arroba-gmail",
                            [("Maria Souza", "Coordenadora")])
    [nucleo] = window.store.list_nucleos()
    assert (nucleo.municipio_name, nucleo.municipio_code) == ("São Luís", 2111300)
    assert nucleo.contact_email == "maria@saude.ma.gov.br"
    assert [(r.name, r.role) for r in window.store.list_respondents(nucleo.id)] == [
        ("Maria Souza", "Coordenadora")]

    def edit(dialog: NucleoDialog, errors: list[str]) -> None:
        assert dialog.respondents() == [("Maria Souza", "Coordenadora")]
        dialog.respondents_table.setCurrentCell(0, 0)
        qtbot.mouseClick(dialog.remove_respondent_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.add_respondent_button, Qt.MouseButton.LeftButton)
        editor = cell_editor(dialog.respondents_table)
        type_text(qtbot, editor, "João Lima")  # QTest types ASCII only
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    fill_when_open(NucleoDialog, edit)
    qtbot.mouseClick(window.home.edit_nucleo, Qt.MouseButton.LeftButton)
    assert [(r.name, r.role) for r in window.store.list_respondents(nucleo.id)] == [
        ("João Lima", "")]


def _add_nucleo(window: MainWindow) -> int:
    nucleo = window.store.create_nucleo(name="Núcleo X", uf="MA", municipio_code=2111300,
                                        municipio_name="São Luís")
    window.refresh_nucleos(select=nucleo.id)
    return nucleo.id


def test_visit_assessment_records_the_monitor_and_scope(qtbot, window, catalogue) -> None:  # type: ignore[no-untyped-def]
    _add_nucleo(window)
    chosen = catalogue.themes[2]

    def fill(dialog: AssessmentDialog, errors: list[str]) -> None:
        qtbot.keyClicks(dialog.title, "Visita de agosto")
        dialog.visit_kind.setFocus()
        qtbot.keyClick(dialog.visit_kind, Qt.Key.Key_Space)
        assert dialog.visit_box.isVisible()
        dialog.accept()
        errors.append(dialog.error.text())  # a visit needs the monitor's name
        type_text(qtbot, dialog.monitor_name, "João Monitor")
        qtbot.keyClicks(dialog.monitor_institution, "SES-MA")
        dialog.visit_date.setDate(QDate(2026, 8, 14))
        for slug, box in dialog.themes.items():
            box.setChecked(slug == chosen.slug)
        dialog.accept()

    errors = fill_when_open(AssessmentDialog, fill)
    qtbot.mouseClick(window.home.new_button, Qt.MouseButton.LeftButton)
    assert errors == ["Uma visita precisa do nome do(a) monitor(a)."]
    assert window.view is not None  # the new assessment opens at once
    a = window.view.assessment
    assert (a.kind, a.title, a.monitor_name, a.monitor_institution, a.visit_date.isoformat(),
            a.theme_slugs) == ("visita", "Visita de agosto", "João Monitor", "SES-MA",
                               "2026-08-14", [chosen.slug])
    assert window.view.author == "João Monitor"  # a visit's changes carry the monitor's name
    assert set(window.view.category_items) == set(chosen.category_ids)


def test_new_revision_and_delete_with_confirmation(qtbot, window, catalogue, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    nucleo_id = _add_nucleo(window)
    first = window.store.create_assessment(
        nucleo_id=nucleo_id, kind="autoavaliacao", title="2026", period_start=date(2026, 1, 1),
        period_end=date(2026, 12, 31), theme_slugs=[catalogue.themes[0].slug],
        catalogue_version=catalogue.version, catalogue_hash=catalogue.content_hash)
    window.store.save_answer(first.id, 239, value={"choice": "sim"}, comment="", evidence="",
                             author="Tester")
    window.store.finalize(first.id)
    window.refresh_assessments()
    qtbot.mouseClick(window.home.revision_button, Qt.MouseButton.LeftButton)
    assert window.view is not None
    revision = window.view.assessment
    assert (revision.revision, revision.status) == (2, "em_andamento")
    assert window.view.values[239] == {"choice": "sim"}
    qtbot.mouseClick(window.view.back_button, Qt.MouseButton.LeftButton)
    assert window.home.model.rowCount() == 2

    answers: list[QMessageBox.StandardButton] = [QMessageBox.StandardButton.No,
                                                 QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(*args: Any) -> QMessageBox.StandardButton:
        asked.append(args[2])
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    window.home.table.selectRow(0)
    qtbot.mouseClick(window.home.delete_button, Qt.MouseButton.LeftButton)
    assert window.home.model.rowCount() == 2  # declined: nothing deleted
    qtbot.mouseClick(window.home.delete_button, Qt.MouseButton.LeftButton)
    assert window.home.model.rowCount() == 1
    assert "não pode ser desfeita" in asked[0]


def test_demo_opens_resumed_assessment_in_its_own_database(qtbot, tmp_path, catalogue) -> None:  # type: ignore[no-untyped-def]
    args = app_module.parse_args(["--demo", "--data-dir", str(tmp_path)])
    application = app_module.Application(args, catalogue)
    try:
        assert application.start(True)
        window = application.window
        assert window is not None
        qtbot.addWidget(window)
        assert "DEMONSTRAÇÃO" in window.windowTitle()
        assert window.view is not None and window.view.assessment.kind == "autoavaliacao"
        assert window.view.page.category_id == catalogue.themes[0].category_ids[3]
        assert application.store is not None
        assert application.store.path == tmp_path / "demo" / "aspectos.db"
        assert not (tmp_path / "aspectos.db").exists()  # real data untouched
        answered = sum(p.answered for p in window.view.progress.values())
        assert 0 < answered < len(catalogue.aspects)
        # The list behind the resumed assessment is filled when shown, not at start (its
        # progress reads every answer of every assessment of the núcleo).
        assert window.home.model.rowCount() == 0
        assert window.current_nucleo_id() == window.view.assessment.nucleo_id
        qtbot.mouseClick(window.view.back_button, Qt.MouseButton.LeftButton)
        assert window.view is None and window.home.model.rowCount() == 2
        from aspectos_desktop.ui.assessment_table import COL_PROGRESS

        progress = sorted(str(window.home.model.index(r, COL_PROGRESS).data()) for r in range(2))
        assert progress == ["380/857 (44%)", "41/139 (29%)"], progress
    finally:
        application.close()


def test_the_real_program_resumes_the_demo_and_reports_its_first_paint(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """``python -m aspectos_desktop.ui.app --demo`` as the start-up benchmark runs it: it
    paints the resumed page, records when (ASPECTOS_READY_FILE), quits and exits 0."""
    import os
    import subprocess
    import sys
    import time

    ready = tmp_path / "ready"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ASPECTOS_EXIT_WHEN_READY": "1",
           "ASPECTOS_READY_FILE": str(ready), "PYTHONWARNINGS": "error"}
    env.pop("ASPECTOS_DATA_DIR", None)
    before = time.time()
    done = subprocess.run([sys.executable, "-m", "aspectos_desktop.ui.app", "--demo",
                           "--data-dir", str(tmp_path / "dados")], env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    after = time.time()
    assert done.returncode == 0, done.stderr
    assert before < float(ready.read_text(encoding="ascii")) < after
    assert (tmp_path / "dados" / "demo" / "aspectos.db").is_file()
    # It left through run()'s quick exit only after closing the store: the first close of
    # the new demo took its rolling backup, and the file is whole.
    from aspectos_desktop.store import list_backups
    from aspectos_desktop.store.backup import quick_check

    assert len(list_backups(tmp_path / "dados" / "demo")) == 1
    assert not (tmp_path / "dados" / "demo" / "aspectos.db-wal").exists()
    assert quick_check(tmp_path / "dados" / "demo" / "aspectos.db")


def test_blank_questionnaire_from_the_menu_shows_it_is_busy_and_says_where(
        qtbot, window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    from aspectos_desktop.export import blank_questionnaire

    target = tmp_path / "questionario.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF"))
    busy: list[object] = []
    render = blank_questionnaire.render_blank_questionnaire

    def watched(*args: Any, **kwargs: Any) -> bytes:  # what the user sees while it renders
        cursor = QApplication.overrideCursor()
        busy.append((cursor.shape() if cursor is not None else None,
                     window.statusBar().currentMessage()))
        return render(*args, **kwargs)

    monkeypatch.setattr(blank_questionnaire, "render_blank_questionnaire", watched)
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Arquivo")
    action = next(a for a in menu.actions() if a.text().startswith("&Questionário em branco"))
    action.trigger()
    assert busy == [(Qt.CursorShape.WaitCursor, "Gerando o questionário em branco…")]
    assert QApplication.overrideCursor() is None  # given back
    assert target.read_bytes().startswith(b"%PDF")
    assert window.statusBar().currentMessage() == f"Questionário gravado em {target}"
    # an unwritable place: said plainly, the cursor given back all the same
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    target = tmp_path / "não existe" / "q.pdf"
    action.trigger()
    assert warned and "Não foi possível gravar" in warned[0]
    assert QApplication.overrideCursor() is None
