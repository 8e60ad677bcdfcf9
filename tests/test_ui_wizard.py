"""Drive the real wizard widgets with mouse and keyboard; check what reaches the SQLite file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from conftest import type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QWidget

from aspectos_desktop import answers as msgs
from aspectos_desktop.store import Store
from aspectos_desktop.ui.answer_inputs import (
    AttachmentInput,
    IndicatorInput,
    PercentInput,
    ScaleInput,
    TableInput,
)
from aspectos_desktop.ui.assessment_view import AssessmentView
from aspectos_desktop.ui.category_page import AspectEditor, CategoryPage
from aspectos_desktop.ui.main_window import MainWindow
from aspectos_desktop.ui.review_page import ReviewPage
from aspectos_desktop.wizard import Action, PageKind

CHECKLIST_ASPECT = 240  # row 11, "usabilidade": a) … e)
INDICATOR_ASPECT = 211  # PAHO "x 100/" formula: numerator, denominator, percent
PERCENT_ASPECT = 295  # row 187, "Resposta: 0-100%"
TABLE_ASPECT = 279  # row 238, table [Ano, 2016, 2017, 2018, Período 2016-2018]
CHART_ASPECT = 283  # row 62, gráfico -> attachment


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    return tmp_path / "data" / "aspectos.db"


def _seed(db_file: Path, catalogue: Any) -> int:  # type: ignore[no-untyped-def]
    store = Store.open(db_file)
    try:
        nucleo = store.create_nucleo(name="Núcleo Teste", uf="PI", municipio_code=2211001,
                                     municipio_name="Teresina")
        assessment = store.create_assessment(
            nucleo_id=nucleo.id, kind="autoavaliacao", title="Teste",
            period_start=date(2026, 1, 1), period_end=date(2026, 12, 31),
            theme_slugs=[t.slug for t in catalogue.themes],
            catalogue_version=catalogue.version, catalogue_hash=catalogue.content_hash)
        return assessment.id
    finally:
        store.close(backup=False)


@pytest.fixture
def assessment_id(db_file: Path, catalogue: Any) -> int:  # type: ignore[no-untyped-def]
    return _seed(db_file, catalogue)


@pytest.fixture
def window(qtbot, db_file: Path, catalogue, assessment_id: int) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    store = Store.open(db_file)
    win = MainWindow(store, catalogue, "Tester")
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    win.close_assessment()
    store.close(backup=False)


def open_view(window: MainWindow, assessment_id: int) -> AssessmentView:
    window.open_assessment(assessment_id)
    assert window.view is not None
    return window.view


def editor_for(view: AssessmentView, catalogue: Any, aspect_id: int) -> AspectEditor:  # type: ignore[no-untyped-def]
    view.open_aspect(aspect_id)
    page = view.page_widget
    assert isinstance(page, CategoryPage)
    return page.editors[aspect_id]


def stored(db_file: Path, assessment_id: int) -> dict[int, Any]:
    store = Store.open(db_file)
    try:
        return store.answers(assessment_id)
    finally:
        store.close(backup=False)


def visible_error(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel, "fieldError")
            if not label.isHidden() and label.text()]


def test_scale_answer_by_mouse_and_keyboard_is_saved_at_once(qtbot, window, catalogue,
                                                             assessment_id, db_file) -> None:  # type: ignore[no-untyped-def]
    view = open_view(window, assessment_id)
    editor = editor_for(view, catalogue, CHECKLIST_ASPECT)
    scale = editor.input
    assert isinstance(scale, ScaleInput)
    qtbot.mouseClick(scale.buttons["sim"], Qt.MouseButton.LeftButton)
    assert stored(db_file, assessment_id)[CHECKLIST_ASPECT].value["choice"] == "sim"
    assert view.save_status.text().startswith("Salvo às")
    scale.buttons["sim"].setFocus()
    qtbot.keyClick(scale.buttons["sim"], Qt.Key.Key_2)  # second option: "Não"
    assert stored(db_file, assessment_id)[CHECKLIST_ASPECT].value["choice"] == "nao"
    qtbot.mouseClick(scale.checks["c"], Qt.MouseButton.LeftButton)
    qtbot.keyClick(scale.checks["a"], Qt.Key.Key_Space)
    assert stored(db_file, assessment_id)[CHECKLIST_ASPECT].value["checked"] == ["a", "c"]
    qtbot.mouseClick(scale.clear_button, Qt.MouseButton.LeftButton)
    assert stored(db_file, assessment_id)[CHECKLIST_ASPECT].value["choice"] is None
    assert "não respondido" in editor.badge.text()


def test_indicator_validation_keeps_raw_input_and_computes(qtbot, window, catalogue,
                                                           assessment_id, db_file) -> None:  # type: ignore[no-untyped-def]
    view = open_view(window, assessment_id)
    editor = editor_for(view, catalogue, INDICATOR_ASPECT)
    indicator = editor.input
    assert isinstance(indicator, IndicatorInput)
    numerator, denominator = indicator.edits["numerator"], indicator.edits["denominator"]
    qtbot.keyClicks(numerator, "3O")  # letter O typed by mistake
    assert msgs.MSG_NOT_A_NUMBER in visible_error(indicator)
    assert stored(db_file, assessment_id)[INDICATOR_ASPECT].value["numerator"] == "3O"
    numerator.selectAll()
    qtbot.keyClicks(numerator, "30")
    qtbot.keyClicks(denominator, "0")
    assert visible_error(indicator) == [msgs.MSG_DENOMINATOR_ZERO]
    assert "inválida" in editor.badge.text()
    qtbot.keyClick(denominator, Qt.Key.Key_Backspace)
    qtbot.keyClicks(denominator, "20")
    assert visible_error(indicator) == [msgs.MSG_NUMERATOR_GT_DENOMINATOR]
    qtbot.keyClicks(denominator, "0")  # 200
    assert visible_error(indicator) == []
    assert indicator.computed.text() == "15 %"
    qtbot.keyClicks(indicator.edits["period_start"], "01/07/2026")
    qtbot.keyClicks(indicator.edits["period_end"], "01/01/2026")
    assert visible_error(indicator) == [msgs.MSG_PERIOD_ORDER]
    saved = stored(db_file, assessment_id)[INDICATOR_ASPECT].value
    assert saved["numerator"] == "30" and saved["denominator"] == "200"
    assert saved["period_end"] == "01/01/2026"


def test_percent_table_attachment_comment_and_evidence(qtbot, window, catalogue, assessment_id,
                                                       db_file, tmp_path) -> None:  # type: ignore[no-untyped-def]
    view = open_view(window, assessment_id)
    percent = editor_for(view, catalogue, PERCENT_ASPECT)
    assert isinstance(percent.input, PercentInput)
    qtbot.keyClicks(percent.input.edit, "150")
    assert visible_error(percent.input) == [msgs.MSG_PERCENT_RANGE]
    qtbot.keyClick(percent.input.edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(percent.input.edit, Qt.Key.Key_Backspace)
    assert visible_error(percent.input) == []

    table_editor = editor_for(view, catalogue, TABLE_ASPECT)
    table = table_editor.input
    assert isinstance(table, TableInput)
    assert table.table.columnCount() == 5
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    assert table.table.currentRow() == 0
    qtbot.keyClick(table.table, Qt.Key.Key_F2)  # edit the current cell by keyboard
    cell_editor = QApplication.focusWidget()
    assert isinstance(cell_editor, QLineEdit) and cell_editor.parent() is table.table.viewport()
    qtbot.keyClicks(cell_editor, "2016")
    qtbot.keyClick(cell_editor, Qt.Key.Key_Return)  # the delegate commits from the event loop
    qtbot.waitUntil(lambda: stored(db_file, assessment_id)[TABLE_ASPECT].value["rows"]
                    == [["2016", "", "", "", ""]])
    qtbot.mouseClick(table.remove_button, Qt.MouseButton.LeftButton)
    assert stored(db_file, assessment_id)[TABLE_ASPECT].value["rows"] == []

    chart_editor = editor_for(view, catalogue, CHART_ASPECT)
    chart = chart_editor.input
    assert isinstance(chart, AttachmentInput)
    picture = tmp_path / "grafico.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 100)
    chart.chooser = lambda _parent: [view.attach_file(picture)]
    qtbot.mouseClick(chart.add_button, Qt.MouseButton.LeftButton)
    files = stored(db_file, assessment_id)[CHART_ASPECT].value["files"]
    assert [f["filename"] for f in files] == ["grafico.png"]
    store = Store.open(db_file)
    try:
        assert store.attachment(files[0]["sha256"]).data == picture.read_bytes()
    finally:
        store.close(backup=False)
    type_text(qtbot, chart_editor.comment, "Gráfico do relatório anual")
    type_text(qtbot, chart_editor.evidence, "Relatório 2025, p. 12")
    answer = stored(db_file, assessment_id)[CHART_ASPECT]
    assert (answer.comment, answer.evidence) == ("Gráfico do relatório anual", "Relatório 2025, p. 12")
    assert answer.updated_by == "Tester"


def test_progress_tree_and_navigation(qtbot, window, catalogue, assessment_id) -> None:  # type: ignore[no-untyped-def]
    view = open_view(window, assessment_id)
    first_theme = catalogue.themes[0]
    first_category = catalogue.categories[first_theme.category_ids[0]]
    assert view.page.category_id == first_category.id
    assert not view.previous_button.isEnabled()
    category_item = view.category_items[first_category.id]
    assert category_item.text(1) == f"0/{len(first_category.aspect_ids)}"
    page = view.page_widget
    assert isinstance(page, CategoryPage)
    scale = page.editors[first_category.aspect_ids[0]].input
    assert isinstance(scale, ScaleInput)
    qtbot.mouseClick(scale.buttons["sim"], Qt.MouseButton.LeftButton)
    assert category_item.text(1) == f"1/{len(first_category.aspect_ids)}"
    theme_total = sum(len(catalogue.categories[c].aspect_ids) for c in first_theme.category_ids)
    assert view.theme_items[first_theme.slug].text(1) == f"1/{theme_total}"
    # Next across categories, then the keyboard shortcut, then back.
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.page.category_id == first_theme.category_ids[1]
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert view.page.category_id == first_theme.category_ids[2]
    qtbot.mouseClick(view.previous_button, Qt.MouseButton.LeftButton)
    assert view.page.category_id == first_theme.category_ids[1]
    # Jump to another theme from the tree by mouse.
    last_theme = catalogue.themes[-1]
    target = view.category_items[last_theme.category_ids[0]]
    view.tree.expandAll()
    rect = view.tree.visualItemRect(target)
    view.tree.scrollToItem(target)
    rect = view.tree.visualItemRect(target)
    qtbot.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.page.category_id == last_theme.category_ids[0]
    assert view.position.text() == (f"Categoria {view.category_ids.index(target.data(0, 256)) + 1}"
                                    f" de {len(view.category_ids)}")


def test_the_tree_follows_the_page_to_a_far_category(qtbot, window, catalogue,
                                                    assessment_id) -> None:  # type: ignore[no-untyped-def]
    """The tree's current row moves to the new page's category, scrolled into view, once
    that page is painted (it comes first); going to the page already shown does it at once."""
    view = open_view(window, assessment_id)
    view.tree.expandAll()

    def current_in_view() -> bool:
        item = view.tree.currentItem()
        return item is not None and view.tree.viewport().rect().contains(
            view.tree.visualItemRect(item))

    last = catalogue.themes[-1].category_ids[-1]
    view.act(Action.JUMP, target=last)
    qtbot.waitUntil(current_in_view)
    assert view.tree.currentItem() is view.category_items[last]
    view.tree.scrollToTop()  # the user scrolls the tree away, then asks for the same page
    assert not current_in_view()
    view.go(view.page)
    assert current_in_view()


def test_only_unanswered_filter_skips_complete_categories(qtbot, window, catalogue,
                                                          assessment_id) -> None:  # type: ignore[no-untyped-def]
    view = open_view(window, assessment_id)
    first_id, second_id, third_id = catalogue.themes[0].category_ids[:3]
    view.act(Action.JUMP, target=second_id)
    page = view.page_widget
    assert isinstance(page, CategoryPage)
    for editor in page.editors.values():
        if isinstance(editor.input, ScaleInput):
            qtbot.mouseClick(editor.input.buttons["nao_sabe"], Qt.MouseButton.LeftButton)
        else:
            editor.input.status.setCurrentIndex(2)  # type: ignore[attr-defined]
    assert view.progress[second_id].done
    view.act(Action.JUMP, target=first_id)
    view.only_pending.setFocus()
    qtbot.keyClick(view.only_pending, Qt.Key.Key_Space)
    assert view.category_items[second_id].isHidden()
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.page.category_id == third_id


def test_accent_insensitive_search_opens_the_aspect(qtbot, window, catalogue, assessment_id) -> None:  # type: ignore[no-untyped-def]
    view = open_view(window, assessment_id)
    qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search.hasFocus()
    qtbot.keyClicks(view.search, "usabilidade solucao")
    assert view.results.isVisible() and not view.tree.isVisible()
    assert view.results.count() >= 1
    first = view.results.item(0).data(Qt.ItemDataRole.UserRole + 1)
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert view.page.category_id == catalogue.aspect(first).category_id
    page = view.page_widget
    assert isinstance(page, CategoryPage) and first in page.editors


def test_review_lists_pending_links_and_finalize_locks(qtbot, window, catalogue, assessment_id,
                                                       db_file, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    view = open_view(window, assessment_id)
    qtbot.mouseClick(view.review_button, Qt.MouseButton.LeftButton)
    assert view.page.kind is PageKind.REVIEW
    review = view.page_widget
    assert isinstance(review, ReviewPage)
    assert len(review.links) == len(catalogue.themes)
    assert f"0 de {len(catalogue.aspects)}" in review.findChild(QLabel, "reviewSummary").text()
    review.links[0].linkActivated.emit(f"aspect:{CHECKLIST_ASPECT}")
    assert view.page.category_id == catalogue.aspect(CHECKLIST_ASPECT).category_id
    qtbot.mouseClick(view.review_button, Qt.MouseButton.LeftButton)
    review = view.page_widget
    assert isinstance(review, ReviewPage)
    asked: list[str] = []

    def answer_yes(*args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    with qtbot.waitSignal(view.finalized):
        qtbot.mouseClick(review.finalize_button, Qt.MouseButton.LeftButton)
    assert "ainda sem resposta" in asked[0]
    assert not view.locked_banner.isHidden()
    view.act(Action.JUMP, target=catalogue.aspect(CHECKLIST_ASPECT).category_id)
    page = view.page_widget
    assert isinstance(page, CategoryPage)
    scale = page.editors[CHECKLIST_ASPECT].input
    assert isinstance(scale, ScaleInput)
    assert not scale.buttons["sim"].isEnabled()
    assert page.editors[CHECKLIST_ASPECT].comment.isReadOnly()
    store = Store.open(db_file)
    try:
        assert store.get_assessment(assessment_id).status == "finalizada"
    finally:
        store.close(backup=False)


def test_review_lists_invalid_answers_first_and_marked(qtbot, window, catalogue,
                                                       assessment_id) -> None:  # type: ignore[no-untyped-def]
    view = open_view(window, assessment_id)
    editor = editor_for(view, catalogue, INDICATOR_ASPECT)
    assert isinstance(editor.input, IndicatorInput)
    qtbot.keyClicks(editor.input.edits["numerator"], "7")
    qtbot.keyClicks(editor.input.edits["denominator"], "0")  # invalid: denominator zero
    qtbot.mouseClick(view.review_button, Qt.MouseButton.LeftButton)
    review = view.page_widget
    assert isinstance(review, ReviewPage)
    theme = catalogue.aspect(INDICATOR_ASPECT).theme_slug
    index = [t.slug for t in catalogue.themes].index(theme)
    text = review.links[index].text()
    first_link = text.split("<br>")[0]
    assert f'href="aspect:{INDICATOR_ASPECT}"' in first_link  # ahead of the unanswered ones
    assert "⚠ inválido" in first_link and "background" in first_link
    assert text.count("⚠ inválido") == 1 and text.count("○ não respondido") >= 1


def test_close_and_reopen_restores_answers_and_position(qtbot, catalogue, db_file,
                                                        assessment_id) -> None:  # type: ignore[no-untyped-def]
    store = Store.open(db_file)
    win = MainWindow(store, catalogue, "Tester")
    qtbot.addWidget(win)
    view = open_view(win, assessment_id)
    editor = editor_for(view, catalogue, INDICATOR_ASPECT)
    assert isinstance(editor.input, IndicatorInput)
    qtbot.keyClicks(editor.input.edits["numerator"], "7")
    qtbot.keyClicks(editor.input.edits["denominator"], "0")
    qtbot.keyClicks(editor.comment, "fica na tela")
    win.close_assessment()
    win.close()
    store.close()

    store = Store.open(db_file)
    again = MainWindow(store, catalogue, "Tester")
    qtbot.addWidget(again)
    try:
        assert again.home.model.rowCount() == 1
        view = open_view(again, assessment_id)
        assert view.page.category_id == catalogue.aspect(INDICATOR_ASPECT).category_id
        page = view.page_widget
        assert isinstance(page, CategoryPage)
        editor = page.editors[INDICATOR_ASPECT]
        assert isinstance(editor.input, IndicatorInput)
        assert editor.input.edits["denominator"].text() == "0"
        assert visible_error(editor.input) == [msgs.MSG_DENOMINATOR_ZERO]
        assert editor.comment.toPlainText() == "fica na tela"
    finally:
        again.close_assessment()
        store.close(backup=False)


def test_every_control_on_a_page_has_an_accessible_name(qtbot, window, catalogue,
                                                        assessment_id) -> None:  # type: ignore[no-untyped-def]
    view = open_view(window, assessment_id)
    for aspect_id in (CHECKLIST_ASPECT, INDICATOR_ASPECT, TABLE_ASPECT, CHART_ASPECT, PERCENT_ASPECT):
        editor = editor_for(view, catalogue, aspect_id)
        for widget in editor.findChildren(QWidget):
            focusable = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
            control = isinstance(widget, QLineEdit | QPlainTextEdit) or any(
                widget.inherits(c) for c in ("QAbstractButton", "QComboBox", "QAbstractItemView"))
            if focusable and control and widget.window() is window:  # not combo popups
                name = widget.accessibleName() or getattr(widget, "text", lambda: "")()
                assert name.strip(), f"{type(widget).__name__} without a name in aspect {aspect_id}"


def test_tab_order_reaches_every_answer_control(qtbot, window, catalogue, assessment_id) -> None:  # type: ignore[no-untyped-def]
    view = open_view(window, assessment_id)
    editor = editor_for(view, catalogue, INDICATOR_ASPECT)
    assert isinstance(editor.input, IndicatorInput)
    start = editor.input.edits["numerator"]
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    reached: list[QWidget] = []
    for _ in range(12):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        reached.append(window.focusWidget())
    assert editor.input.edits["denominator"] in reached
    assert editor.comment in reached and editor.evidence in reached




def test_history_shows_versions_and_restores_one(qtbot, window, catalogue, assessment_id,
                                                 db_file) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer

    from aspectos_desktop.ui.history_dialog import COL_ANSWER, HistoryDialog

    view = open_view(window, assessment_id)
    editor = editor_for(view, catalogue, CHECKLIST_ASPECT)
    scale = editor.input
    assert isinstance(scale, ScaleInput)
    qtbot.mouseClick(scale.buttons["sim"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(scale.buttons["nao"], Qt.MouseButton.LeftButton)
    editor.comment.setFocus()
    qtbot.waitUntil(editor.comment.hasFocus)
    qtbot.keyClicks(editor.comment, "ok")  # typed text: one history entry when typing pauses
    seen: list[list[str]] = []

    def pick_oldest() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, HistoryDialog):
            QTimer.singleShot(10, pick_oldest)
            return
        seen.append([dialog.table.item(r, COL_ANSWER).text() for r in range(dialog.table.rowCount())])
        dialog.table.selectRow(dialog.table.rowCount() - 1)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, pick_oldest)
    qtbot.mouseClick(editor.history_button, Qt.MouseButton.LeftButton)
    assert seen == [["Não · 0 de 5 itens marcados"] * 2 + ["Sim · 0 de 5 itens marcados"]]
    assert stored(db_file, assessment_id)[CHECKLIST_ASPECT].value["choice"] == "sim"
    page = view.page_widget
    assert isinstance(page, CategoryPage)
    restored = page.editors[CHECKLIST_ASPECT]
    assert isinstance(restored.input, ScaleInput)
    assert restored.input.buttons["sim"].isChecked() and restored.comment.toPlainText() == ""


def test_visited_pages_stay_built_until_the_filter_changes(qtbot, window, catalogue,
                                                           assessment_id) -> None:  # type: ignore[no-untyped-def]
    from aspectos_desktop.ui.assessment_view import MAX_CACHED_PAGES

    view = open_view(window, assessment_id)
    first, second = catalogue.themes[0].category_ids[:2]
    page = view.page_widget
    assert isinstance(page, CategoryPage) and page.category.id == first
    aspect_id = page.category.aspect_ids[0]
    scale = page.editors[aspect_id].input
    assert isinstance(scale, ScaleInput)
    qtbot.mouseClick(scale.buttons["sim"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.page.category_id == second
    qtbot.mouseClick(view.previous_button, Qt.MouseButton.LeftButton)
    assert view.page_widget is page  # the same widgets, not rebuilt
    assert scale.buttons["sim"].isChecked()
    view.only_pending.setFocus()
    qtbot.keyClick(view.only_pending, Qt.Key.Key_Space)
    rebuilt = view.page_widget
    assert isinstance(rebuilt, CategoryPage) and rebuilt is not page
    assert aspect_id not in rebuilt.editors  # answered: hidden by the filter
    qtbot.keyClick(view.only_pending, Qt.Key.Key_Space)
    for category_id in view.category_ids[: MAX_CACHED_PAGES + 3]:
        view.act(Action.JUMP, target=category_id)
    assert len(view.page_cache) == MAX_CACHED_PAGES
    assert view.pages.count() == MAX_CACHED_PAGES  # evicted pages are gone from the stack
