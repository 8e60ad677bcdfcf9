"""A category page shows its first editors at once and builds the rest right after.

The user must not be able to tell, except by speed: the late editors carry the stored
answers, save what is typed in them, take part in Tab order, and a page dropped before
it is complete does no harm.
"""

from __future__ import annotations

from typing import Any

import pytest
import test_ui_wizard
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from aspectos_desktop.store import Store
from aspectos_desktop.ui.answer_inputs import IndicatorInput
from aspectos_desktop.ui.category_page import CategoryPage
from aspectos_desktop.wizard import Page

LARGEST = "processos-e-atividades/processo"  # 23 aspects

# The wizard tests' fixtures (a store with one assessment over every theme, a window).
db_file = test_ui_wizard.db_file
assessment_id = test_ui_wizard.assessment_id
window = test_ui_wizard.window
open_view = test_ui_wizard.open_view
stored = test_ui_wizard.stored


def _largest_page(view: Any) -> CategoryPage:
    view.go(Page.category(LARGEST))
    page = view.page_widget
    assert isinstance(page, CategoryPage)
    return page


def test_first_editors_at_once_the_rest_after_the_first_paint(qtbot, window, catalogue,
                                                              assessment_id, db_file) -> None:  # type: ignore[no-untyped-def]
    aspect_ids = catalogue.categories[LARGEST].aspect_ids
    late = aspect_ids[-1]  # an indicator, built after the first paint
    assert catalogue.aspects[late].form["type"] == "indicator"
    store = Store.open(db_file)
    try:  # an answer stored before the page is opened
        store.save_answer(assessment_id, late, value={"numerator": "12", "denominator": "40"},
                          comment="antes", evidence="", author="Tester")
    finally:
        store.close(backup=False)
    view = open_view(window, assessment_id)
    page = _largest_page(view)
    assert len(page.built_editors) == CategoryPage.EAGER_EDITORS < len(aspect_ids)
    assert not page.complete

    qtbot.waitUntil(lambda: page.complete)
    assert list(page.built_editors) == list(aspect_ids)  # in the catalogue's order
    editor = page.built_editors[late]
    indicator = editor.input
    assert isinstance(indicator, IndicatorInput)
    assert indicator.edits["numerator"].text() == "12"
    assert editor.comment.toPlainText() == "antes"

    editor.comment.setFocus()
    qtbot.waitUntil(editor.comment.hasFocus)
    qtbot.keyClick(editor.comment, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.comment, " e depois")
    assert stored(db_file, assessment_id)[late].comment == "antes e depois"
    assert view.save_status.text().startswith("Salvo às")


def test_tab_reaches_every_editor_then_the_navigation(qtbot, window, assessment_id) -> None:  # type: ignore[no-untyped-def]
    view = open_view(window, assessment_id)
    page = _largest_page(view)
    qtbot.waitUntil(lambda: page.complete)
    last_editor = list(page.built_editors.values())[-1]
    last_editor.history_button.setFocus()
    qtbot.waitUntil(last_editor.history_button.hasFocus)
    qtbot.keyClick(last_editor.history_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() in (view.previous_button, view.review_button,
                                          view.next_button)


def test_editors_asked_for_are_built_at_once(window, assessment_id) -> None:  # type: ignore[no-untyped-def]
    view = open_view(window, assessment_id)
    page = _largest_page(view)
    assert not page.complete
    editors = page.editors  # whoever needs every editor gets them now
    assert page.complete and len(editors) == 23
    last = list(editors.values())[-1]
    assert last.isVisible() and last.history_button.height() > 0  # laid out, clickable


def test_a_page_dropped_before_it_is_complete_does_no_harm(qtbot, window, catalogue,
                                                            assessment_id) -> None:  # type: ignore[no-untyped-def]
    view = open_view(window, assessment_id)
    page = _largest_page(view)
    assert not page.complete
    view.invalidate_pages()  # e.g. the "só não respondidas" filter changed
    other = catalogue.themes[0].category_ids[0]
    view.go(Page.category(other))
    qtbot.waitUntil(lambda: isinstance(view.page_widget, CategoryPage)
                    and view.page_widget.complete)
    qtbot.wait(50)  # turns of the event loop in which the dropped page's timer would fire


@pytest.mark.parametrize("completed_on_screen", [True, False])
def test_tab_order_is_right_when_a_page_comes_back(qtbot, window, catalogue,  # type: ignore[no-untyped-def]
                                                   assessment_id, completed_on_screen) -> None:
    view = open_view(window, assessment_id)
    page = _largest_page(view)
    if completed_on_screen:
        qtbot.waitUntil(lambda: page.complete)
    else:  # painted, building has begun; the rest is built behind the next page
        qtbot.waitUntil(lambda: len(page.built_editors) > CategoryPage.EAGER_EDITORS)
        assert not page.complete
    other = catalogue.themes[0].category_ids[0]
    view.go(Page.category(other))  # when not completed on screen: it finishes in the background
    qtbot.waitUntil(lambda: page.complete and isinstance(view.page_widget, CategoryPage)
                    and view.page_widget.complete)
    assert page.tab_chain  # its Tab stops in order, once complete
    view.go(Page.category(LARGEST))  # back: the quick chaining
    assert view.page_widget is page

    view.tree.setFocus()
    qtbot.waitUntil(view.tree.hasFocus)
    qtbot.keyClick(view.tree, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.tab_chain[0]
    last = page.tab_chain[-1]
    last.setFocus()
    qtbot.waitUntil(last.hasFocus)
    qtbot.keyClick(last, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() in (view.previous_button, view.review_button,
                                          view.next_button)
    editors = list(page.built_editors.values())
    owners = [next(i for i, e in enumerate(editors) if e.isAncestorOf(w)) for w in page.tab_chain]
    assert owners[0] == 0 and owners == sorted(owners)  # the page's order, top to bottom
    assert set(owners) == set(range(len(editors)))  # every editor has a stop
    chain = page.tab_chain
    for editor in editors:  # inside each: the answer, the comment, the evidence, "Histórico…"
        stops = [w for w in chain if editor.isAncestorOf(w)]
        assert editor.input.isAncestorOf(stops[0])
        assert stops[-3:] == [editor.comment, editor.evidence, editor.history_button]
