"""Layout at 100 % and 200 % text in a window as big as a 1366×768 laptop gives.

Nothing may need sideways scrolling, fields must show what is typed in them, and
controls must stay next to their labels.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionFrame,
    QWidget,
)

from aspectos_desktop.store import Store
from aspectos_desktop.ui.answer_inputs import AttachmentInput, IndicatorInput, PercentInput
from aspectos_desktop.ui.assessment_table import COL_KIND, COL_PROGRESS, COL_TITLE, HEADERS
from aspectos_desktop.ui.category_page import CategoryPage
from aspectos_desktop.ui.dialogs import NucleoDialog
from aspectos_desktop.ui.main_window import MainWindow
from aspectos_desktop.ui.review_page import ReviewPage
from aspectos_desktop.wizard import Action, Page

INDICATOR_ASPECT = 211  # numerator, denominator, unit, dates, source
PERCENT_ASPECT = 295
CHART_ASPECT = 283  # attachment
LONG_SCALE_ASPECT = 493  # the five-option "atendimento" scale
# What MainWindow opens at on a 1366×768 screen (1280×760, bounded by the screen).
WINDOW_SIZE = (1280, 720)
LONG_TITLE = "Visita de monitoramento do segundo semestre com a equipe completa do núcleo"


def settle() -> None:
    """Let pending layout requests and resizes run (no waiting on the clock)."""
    for _ in range(3):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()


@pytest.fixture(params=[1.0, 2.0], ids=["100%", "200%"])
def scale(request: pytest.FixtureRequest) -> Iterator[float]:
    """The application font at ``--font-scale`` (as ui/app.py configure() sets it)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    normal = QFont(app.font())
    factor = float(request.param)
    if factor != 1.0:
        big = QFont(normal)
        big.setPointSizeF(normal.pointSizeF() * factor)
        app.setFont(big)
    try:
        yield factor
    finally:
        app.setFont(normal)


@pytest.fixture
def window(qtbot, tmp_path: Path, catalogue, scale: float) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    store = Store.open(tmp_path / "aspectos.db")
    nucleo = store.create_nucleo(name="Núcleo de Telessaúde de Demonstração", uf="MA",
                                 municipio_code=2111300, municipio_name="São Luís",
                                 institution="Universidade Federal do Maranhão")
    common: dict[str, Any] = {
        "nucleo_id": nucleo.id, "period_start": date(2026, 1, 1),
        "period_end": date(2026, 6, 30), "theme_slugs": [t.slug for t in catalogue.themes],
        "catalogue_version": catalogue.version, "catalogue_hash": catalogue.content_hash}
    store.create_assessment(kind="visita", title=LONG_TITLE, monitor_name="Maria Souza",
                            monitor_institution="Secretaria de Estado da Saúde",
                            visit_date=date(2026, 5, 20), **common)
    store.create_assessment(kind="autoavaliacao", title="Autoavaliação 2026", **common)
    win = MainWindow(store, catalogue, "Tester")
    qtbot.addWidget(win)
    win.resize(*WINDOW_SIZE)
    win.refresh_nucleos(select=nucleo.id)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close_assessment()
    store.close(backup=False)


def open_page(qtbot, window: MainWindow, page: Page) -> tuple[QScrollArea, QWidget]:  # type: ignore[no-untyped-def]
    if window.view is None:
        selected = window.home.selected()
        assert selected is not None
        window.open_assessment(selected.id)
    view = window.view
    assert view is not None
    view.go(page)
    widget = view.page_widget
    if isinstance(widget, CategoryPage):
        qtbot.waitUntil(lambda: widget.complete)
    settle()
    return view.scroll, widget


def assert_fits(scroll: QScrollArea, page: QWidget) -> None:
    viewport = scroll.viewport().width()
    assert page.minimumSizeHint().width() <= viewport, "the page needs more than the viewport"
    assert page.width() <= viewport
    assert not scroll.horizontalScrollBar().isVisible()


def text_room(edit: QLineEdit) -> int:
    """Width available to the text inside ``edit`` (frame and margins taken off)."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    contents = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    return contents.width() - margins.left() - margins.right() - 2 * 2  # Qt's own 2 px a side


# --- 1: category and review pages wrap, never scroll sideways --------------------------------


def test_longest_category_title_wraps_instead_of_widening_the_page(  # type: ignore[no-untyped-def]
        qtbot, window, catalogue, scale) -> None:
    longest = max(catalogue.categories.values(), key=lambda c: len(c.name))
    scroll, page = open_page(qtbot, window, Page.category(longest.id))
    assert isinstance(page, CategoryPage)
    assert_fits(scroll, page)
    viewport = scroll.viewport()
    for editor in page.editors.values():  # editors and their "Limpar" buttons are not cut
        assert editor.mapTo(viewport, editor.rect().topRight()).x() < viewport.width()
        button = getattr(editor.input, "clear_button", None)
        if button is not None:
            assert button.mapTo(viewport, button.rect().topRight()).x() < viewport.width()


def test_a_long_scale_flows_onto_more_lines(qtbot, window, catalogue, scale) -> None:  # type: ignore[no-untyped-def]
    aspect = catalogue.aspects[LONG_SCALE_ASPECT]
    scroll, page = open_page(qtbot, window, Page.category(aspect.category_id))
    assert isinstance(page, CategoryPage)
    assert_fits(scroll, page)
    scale_input = page.editors[LONG_SCALE_ASPECT].input
    viewport = scroll.viewport()
    for button in scale_input.findChildren(QRadioButton):
        assert button.mapTo(viewport, button.rect().topRight()).x() < viewport.width()


def test_review_page_fits_the_viewport(qtbot, window, scale) -> None:  # type: ignore[no-untyped-def]
    open_page(qtbot, window, Page.category(window.catalogue.themes[0].category_ids[0]))
    view = window.view
    assert view is not None
    view.act(Action.REVIEW)
    settle()
    assert isinstance(view.page_widget, ReviewPage)
    assert_fits(view.scroll, view.page_widget)


# --- 2: indicator fields show a whole date; unit and source use the free room ----------------


def test_indicator_fields_show_a_whole_date(qtbot, window, catalogue, scale) -> None:  # type: ignore[no-untyped-def]
    aspect = catalogue.aspects[INDICATOR_ASPECT]
    scroll, page = open_page(qtbot, window, Page.category(aspect.category_id))
    assert isinstance(page, CategoryPage)
    assert_fits(scroll, page)
    indicator = page.editors[INDICATOR_ASPECT].input
    assert isinstance(indicator, IndicatorInput)
    indicator.edits["period_start"].setText("31/02/2026")
    indicator.edits["denominator"].setText("0")
    indicator.edits["denominator"].textEdited.emit("0")  # both errors show
    settle()
    assert_fits(scroll, page)
    for key in ("numerator", "denominator", "period_start", "period_end"):
        edit = indicator.edits[key]
        metrics = edit.fontMetrics()
        for text in ("31/02/2026", edit.placeholderText() if key.startswith("period_") else ""):
            assert metrics.horizontalAdvance(text) <= text_room(edit), (key, text)
    for key in ("unit", "source"):  # free text spans the columns the short fields leave
        assert indicator.edits[key].width() > 2 * indicator.edits["numerator"].width(), key
    viewport = scroll.viewport()
    status = indicator.status
    assert status.mapTo(viewport, status.rect().topRight()).x() < viewport.width()
    assert status.width() >= status.sizeHint().width()


# --- 3: percent: the field next to its label, the choice at its natural size -----------------


def test_percent_input_keeps_its_controls_together(qtbot, window, catalogue, scale) -> None:  # type: ignore[no-untyped-def]
    aspect = catalogue.aspects[PERCENT_ASPECT]
    _scroll, page = open_page(qtbot, window, Page.category(aspect.category_id))
    assert isinstance(page, CategoryPage)
    percent = page.editors[PERCENT_ASPECT].input
    assert isinstance(percent, PercentInput)
    label = next(lab for lab in percent.findChildren(QLabel) if lab.buddy() is percent.edit)
    gap = percent.edit.x() - label.geometry().right()
    assert 0 < gap <= 3 * percent.fontMetrics().averageCharWidth()
    assert label.width() <= label.sizeHint().width() + 1
    assert percent.status.width() <= percent.status.sizeHint().width() + 1


# --- 4: an empty attachment list says so ------------------------------------------------------


def test_empty_attachment_list_shows_a_placeholder(qtbot, window, catalogue, scale) -> None:  # type: ignore[no-untyped-def]
    aspect = catalogue.aspects[CHART_ASPECT]
    _scroll, page = open_page(qtbot, window, Page.category(aspect.category_id))
    assert isinstance(page, CategoryPage)
    attachment = page.editors[CHART_ASPECT].input
    assert isinstance(attachment, AttachmentInput)
    assert attachment.value()["files"] == []

    def placeholder() -> QLabel | None:
        shown = [label for label in attachment.findChildren(QLabel)
                 if label.isVisible() and label.text() == "Nenhum arquivo anexado"]
        return shown[0] if shown else None

    empty = placeholder()
    assert empty is not None and not attachment.list.isVisible()  # no blank white box
    assert empty.accessibleName() and attachment.list.accessibleName()
    info = {"sha256": "a" * 64, "filename": "grafico.png", "size": 2048, "mime": "image/png"}
    attachment.set_value({"files": [info], "status": None})
    assert attachment.list.isVisible() and placeholder() is None
    assert attachment.list.count() == 1
    attachment.list.setCurrentRow(0)
    attachment.list.setFocus()
    attachment.remove_button.click()  # the last one: the placeholder is back
    assert placeholder() is not None and not attachment.list.isVisible()
    assert attachment.value()["files"] == []


# --- 5: the home list shows every column ------------------------------------------------------


def test_home_list_shows_every_column(qtbot, window, scale) -> None:  # type: ignore[no-untyped-def]
    table = window.home.table
    settle()
    header = table.horizontalHeader()
    viewport = table.viewport().width()
    assert not table.horizontalScrollBar().isVisible()
    for column in range(len(HEADERS)):
        assert header.sectionViewportPosition(column) + header.sectionSize(column) <= viewport
    assert header.sectionSize(COL_PROGRESS) >= table.sizeHintForColumn(COL_PROGRESS)
    model = window.home.model
    row = next(r for r in range(model.rowCount()) if model.rows[r].assessment.title == LONG_TITLE)
    for column in (COL_TITLE, COL_KIND):  # long texts elide; the tooltip has them whole
        index = model.index(row, column)
        assert model.data(index, Qt.ItemDataRole.ToolTipRole) == model.data(index)
    assert model.data(model.index(row, COL_TITLE), Qt.ItemDataRole.ToolTipRole) == LONG_TITLE


# --- 6: the núcleo dialog shows a whole name --------------------------------------------------


def test_nucleo_dialog_is_wide_enough_for_a_name(qtbot, window, scale) -> None:  # type: ignore[no-untyped-def]
    nucleo_id = window.current_nucleo_id()
    assert nucleo_id is not None
    nucleo = window.store.get_nucleo(nucleo_id)
    fields = ("name", "institution", "uf", "municipio_code", "municipio_name", "cnes",
              "contact_name", "contact_email", "contact_phone")
    dialog = NucleoDialog(window, {f: getattr(nucleo, f) for f in fields})
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    chars = dialog.fontMetrics().averageCharWidth() * 45
    assert dialog.width() >= chars and dialog.name.width() >= chars
    for edit in (dialog.name, dialog.institution):
        assert edit.cursorPosition() == 0
        assert edit.fontMetrics().horizontalAdvance(edit.text()) <= text_room(edit), edit.text()
    dialog.reject()
