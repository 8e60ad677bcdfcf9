"""Jumping to an aspect (review link, search + Enter) puts the keyboard on its answer."""

from __future__ import annotations

from typing import Any

import test_ui_wizard
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QScrollArea

from aspectos_desktop.ui.answer_inputs import IndicatorInput
from aspectos_desktop.ui.category_page import AspectEditor, CategoryPage
from aspectos_desktop.ui.review_page import ReviewPage

# The wizard tests' fixtures (a store with one assessment over every theme, a window).
db_file = test_ui_wizard.db_file
assessment_id = test_ui_wizard.assessment_id
window = test_ui_wizard.window
open_view = test_ui_wizard.open_view
editor_for = test_ui_wizard.editor_for
stored = test_ui_wizard.stored

LATE_INDICATOR = 1785  # 14th of 15 aspects in its category: built after the first paint
SEARCHED_INDICATOR = 372  # 10th of 13 in its category; its name finds only itself


def _in_view(view: Any, editor: AspectEditor) -> bool:  # type: ignore[no-untyped-def]
    scroll = view.scroll
    assert isinstance(scroll, QScrollArea)
    top = editor.mapTo(scroll.viewport(), QPoint(0, 0)).y()
    return 0 <= top < scroll.viewport().height()


def _jumped_editor(view: Any, aspect_id: int) -> AspectEditor:  # type: ignore[no-untyped-def]
    page = view.page_widget
    assert isinstance(page, CategoryPage)
    return page.built_editors[aspect_id]


def test_review_link_by_keyboard_focuses_the_aspect_answer(qtbot, window, catalogue,
                                                           assessment_id, db_file) -> None:  # type: ignore[no-untyped-def]
    view = open_view(window, assessment_id)
    editor = editor_for(view, catalogue, LATE_INDICATOR)
    assert isinstance(editor.input, IndicatorInput)
    qtbot.keyClicks(editor.input.edits["numerator"], "abc")  # invalid: not a number
    qtbot.keyClick(view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    review = view.page_widget
    assert isinstance(review, ReviewPage)
    theme = catalogue.aspect(LATE_INDICATOR).theme_slug
    link = review.links[[t.slug for t in catalogue.themes].index(theme)]
    link.setFocus()
    qtbot.waitUntil(link.hasFocus)
    qtbot.keyClick(link, Qt.Key.Key_Tab)  # the first link: the invalid answer
    qtbot.keyClick(link, Qt.Key.Key_Return)
    assert view.page.category_id == catalogue.aspect(LATE_INDICATOR).category_id
    jumped = _jumped_editor(view, LATE_INDICATOR)
    assert isinstance(jumped.input, IndicatorInput)
    numerator = jumped.input.edits["numerator"]
    assert QApplication.focusWidget() is numerator
    qtbot.waitUntil(lambda: _in_view(view, jumped))
    qtbot.keyClicks(QApplication.focusWidget(), "42")  # replaces the selected "abc"
    assert numerator.text() == "42"
    assert stored(db_file, assessment_id)[LATE_INDICATOR].value["numerator"] == "42"
    assert view.back_button.isVisible()  # still in the assessment


def test_search_enter_focuses_a_late_aspect_of_an_unvisited_page(qtbot, window, catalogue,
                                                                 assessment_id, db_file) -> None:  # type: ignore[no-untyped-def]
    view = open_view(window, assessment_id)
    category_id = catalogue.aspect(SEARCHED_INDICATOR).category_id
    assert category_id not in view.page_cache
    qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(view.search, "pontos de telessaude em implantacao")
    assert view.results.item(0).data(Qt.ItemDataRole.UserRole + 1) == SEARCHED_INDICATOR
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert view.page.category_id == category_id
    jumped = _jumped_editor(view, SEARCHED_INDICATOR)
    focused = QApplication.focusWidget()
    assert isinstance(focused, QLineEdit) and jumped.isAncestorOf(focused)
    qtbot.waitUntil(lambda: _in_view(view, jumped))
    qtbot.keyClicks(focused, "7")
    assert isinstance(jumped.input, IndicatorInput)
    assert jumped.input.edits["numerator"].text() == "7"
    assert stored(db_file, assessment_id)[SEARCHED_INDICATOR].value["numerator"] == "7"
