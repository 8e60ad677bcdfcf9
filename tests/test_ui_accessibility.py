"""e-MAG: keyboard only (tab order, shortcuts), names for assistive technology, visible focus."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QFont, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from aspectos_desktop.store import Store
from aspectos_desktop.ui import app as app_module
from aspectos_desktop.ui.assessment_view import AssessmentView
from aspectos_desktop.ui.category_page import CategoryPage
from aspectos_desktop.ui.dialogs import AssessmentDialog, NucleoDialog
from aspectos_desktop.ui.main_window import MainWindow
from aspectos_desktop.ui.review_page import ReviewPage
from aspectos_desktop.ui.shortcuts import SHORTCUTS, ShortcutsDialog
from aspectos_desktop.wizard import Action, PageKind

INDICATOR_ASPECT = 211
CHECKLIST_ASPECT = 240
PERCENT_ASPECT = 295
TABLE_ASPECT = 279
CHART_ASPECT = 283


@pytest.fixture
def window(qtbot, tmp_path: Path, catalogue) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    store = Store.open(tmp_path / "aspectos.db")
    nucleo = store.create_nucleo(name="Núcleo Teste", uf="PI", municipio_code=2211001,
                                 municipio_name="Teresina")
    store.create_assessment(
        nucleo_id=nucleo.id, kind="autoavaliacao", title="Teste",
        period_start=date(2026, 1, 1), period_end=date(2026, 12, 31),
        theme_slugs=[t.slug for t in catalogue.themes],
        catalogue_version=catalogue.version, catalogue_hash=catalogue.content_hash)
    win = MainWindow(store, catalogue, "Tester")
    qtbot.addWidget(win)
    win.refresh_nucleos(select=nucleo.id)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    win.close_assessment()
    store.close(backup=False)


def open_view(window: MainWindow) -> AssessmentView:
    selected = window.home.selected()
    assert selected is not None
    window.open_assessment(selected.id)
    assert window.view is not None
    return window.view


def focusable(root: QWidget) -> list[QWidget]:
    """Widgets Tab can reach under ``root`` (not internal editors behind a focus proxy)."""
    return [w for w in [root, *root.findChildren(QWidget)]
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.focusProxy() is None
            and w.isVisibleTo(root.window()) and w.window() is root.window()]


def accessible(widget: QWidget, text: QAccessible.Text) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, type(widget).__name__
    return interface.text(text).strip()


def assert_named(root: QWidget, where: str) -> None:
    unnamed = [f"{type(w).__name__} {w.objectName()!r}" for w in focusable(root)
               if not accessible(w, QAccessible.Text.Name)]
    assert not unnamed, f"{where}: focusable controls without an accessible name: {unnamed}"


# --- keyboard: tab order -------------------------------------------------------------------


def tab_walk(qtbot, start: QWidget, limit: int = 200) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """Press Tab from ``start`` until the focus comes back to it; the widgets reached."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus)
    reached = [start]
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is start:
            return reached
        reached.append(widget)
    pytest.fail(f"Tab never came back to the start: {[type(w).__name__ for w in reached[:30]]}")


def test_tab_follows_the_screen_in_the_assessment_view(qtbot, window, catalogue) -> None:  # type: ignore[no-untyped-def]
    view = open_view(window)
    view.open_aspect(INDICATOR_ASPECT)  # a middle page: "Anterior" is enabled
    page = view.page_widget
    assert isinstance(page, CategoryPage)
    reached = tab_walk(qtbot, view.back_button)
    in_page = [w for w in reached if page.isAncestorOf(w)]
    assert in_page, "Tab never entered the page"
    first, last = reached.index(in_page[0]), reached.index(in_page[-1])
    assert reached[first:last + 1] == in_page, "the page's controls must be reached in one run"
    before = [w for w in reached[:first] if w is not view.back_button]
    before_expected = [w for w in (getattr(view, "export_button", None), view.search,
                                   view.only_pending, view.tree) if w is not None]
    assert before == before_expected  # header, then search → filter → tree
    assert reached[last + 1:] == [view.previous_button, view.review_button, view.next_button]
    # every answer control of the indicator is in the run, in reading order
    editor = page.editors[INDICATOR_ASPECT]
    edits = [editor.input.edits[k] for k in ("numerator", "denominator")]
    assert all(edit in in_page for edit in edits)
    assert in_page.index(edits[0]) < in_page.index(edits[1]) < in_page.index(editor.comment)
    assert in_page.index(editor.comment) < in_page.index(editor.evidence)


def test_tab_into_a_scale_lands_on_the_chosen_option(qtbot, window, catalogue) -> None:  # type: ignore[no-untyped-def]
    view = open_view(window)
    view.open_aspect(CHECKLIST_ASPECT)
    page = view.page_widget
    assert isinstance(page, CategoryPage)
    scale = page.editors[CHECKLIST_ASPECT].input
    option, chosen = list(scale.buttons.items())[2]
    scale.set_value({"choice": option})  # a saved answer, as loaded when the page opens
    before = scale.buttons[next(iter(scale.buttons))].previousInFocusChain()
    while not (before.focusPolicy() & Qt.FocusPolicy.TabFocus and before.isVisible()):
        before = before.previousInFocusChain()
    before.setFocus()
    qtbot.waitUntil(before.hasFocus)
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is chosen  # not the first option, "Sim"
    qtbot.keyClick(chosen, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is scale.clear_button
    qtbot.keyClick(scale.clear_button, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is chosen


# --- keyboard: shortcuts -------------------------------------------------------------------


def test_ctrl_r_opens_the_review_and_alt_arrows_move(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = open_view(window)
    start = view.page
    qtbot.keyClick(view.tree, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert view.page != start
    qtbot.keyClick(view.tree, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert view.page == start
    qtbot.keyClick(view.tree, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert view.page.kind is PageKind.REVIEW
    assert "Ctrl+R" in view.review_button.toolTip()


def test_help_menu_lists_every_shortcut_and_each_one_exists(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[ShortcutsDialog] = []
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda self: shown.append(self) or 0)
    help_menu = window.menuBar().actions()[-1].menu()
    entry = next(a for a in help_menu.actions() if a.text() == "&Atalhos de teclado")
    assert entry.shortcut() == QKeySequence("F1")
    entry.trigger()
    assert len(shown) == 1
    dialog = shown[0]
    qtbot.addWidget(dialog)
    listed = dict(dialog.listed())
    native = QKeySequence.SequenceFormat.NativeText
    for keys, action in (("Ctrl+R", "Revisar e finalizar"), ("Alt+Right", "Próxima categoria"),
                         ("Alt+Left", "Categoria anterior"), ("Ctrl+F", "Buscar aspecto"),
                         ("Ctrl+N", "Nova avaliação")):
        assert listed.get(QKeySequence(keys).toString(native)) == action, keys
    assert any("Tab" in keys for keys in listed)
    assert_named(dialog, "ShortcutsDialog")
    # what the dialog promises is really bound, in the window or the assessment view
    view = open_view(window)
    bound = {a.shortcut() for a in window.findChildren(type(entry)) if not a.shortcut().isEmpty()}
    bound |= {s.key() for s in view.findChildren(QShortcut)}
    promised = {QKeySequence(keys) for keys, _ in SHORTCUTS}
    assert promised - bound == set()


# --- names and descriptions ----------------------------------------------------------------


def test_every_focusable_control_has_an_accessible_name(qtbot, window, catalogue) -> None:  # type: ignore[no-untyped-def]
    assert_named(window, "home page")
    view = open_view(window)
    for aspect_id in (INDICATOR_ASPECT, CHECKLIST_ASPECT, PERCENT_ASPECT, TABLE_ASPECT,
                      CHART_ASPECT):
        view.open_aspect(aspect_id)
        assert_named(window, f"assessment page of aspect {aspect_id}")
    assert view.act(Action.REVIEW)
    assert isinstance(view.page_widget, ReviewPage)
    assert_named(window, "review page")
    for dialog in (NucleoDialog(window), AssessmentDialog(catalogue, window)):
        qtbot.addWidget(dialog)
        dialog.show()
        if isinstance(dialog, AssessmentDialog):
            dialog.visit_kind.setChecked(True)
        assert_named(dialog, type(dialog).__name__)
        dialog.close()


def test_controls_whose_purpose_is_not_obvious_are_described(qtbot, window, catalogue) -> None:  # type: ignore[no-untyped-def]
    view = open_view(window)
    view.open_aspect(TABLE_ASPECT)
    page = view.page_widget
    assert isinstance(page, CategoryPage)
    table_input = page.editors[TABLE_ASPECT].input
    described: list[QWidget] = [
        window.home.table, window.home.revision_button, view.search, view.tree,
        view.only_pending, view.review_button, view.next_button, view.previous_button,
        table_input.table, table_input.status,  # type: ignore[attr-defined]
    ]
    dialog = NucleoDialog(window)
    qtbot.addWidget(dialog)
    described += [dialog.municipio, dialog.cnes]
    missing = [accessible(w, QAccessible.Text.Name) for w in described
               if not accessible(w, QAccessible.Text.Description)]
    assert not missing, f"no accessible description: {missing}"
    assert view.act(Action.REVIEW)
    review = view.page_widget
    assert isinstance(review, ReviewPage)
    assert accessible(review.finalize_button, QAccessible.Text.Description)
    assert all(accessible(link, QAccessible.Text.Description) for link in review.links)


# --- visible focus, high contrast, text size -----------------------------------------------


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio."""
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _focused_button_frame(qtbot, high_contrast: bool) -> tuple[QColor, QColor, QColor, QPalette]:  # type: ignore[no-untyped-def]
    """(frame colour of a focused button, of an unfocused one, the background, the palette)."""
    box = QWidget()
    qtbot.addWidget(box)
    palette = app_module.high_contrast_palette() if high_contrast else QApplication.palette()
    box.setAutoFillBackground(True)
    box.setStyleSheet(app_module.stylesheet(high_contrast))
    layout = QVBoxLayout(box)
    focused, other = QPushButton("Próximo ▶"), QPushButton("◀ Anterior")
    layout.addWidget(focused)
    layout.addWidget(other)
    box.show()
    box.activateWindow()
    qtbot.waitUntil(box.isActiveWindow)
    focused.setFocus()
    qtbot.waitUntil(focused.hasFocus)
    image = box.grab().toImage()

    def frame_colour(button: QPushButton) -> QColor:
        top_left = button.geometry().topLeft()
        mid_y = button.geometry().center().y()
        # the left edge, a few pixels in: the border (and outline) of the button
        colours = [image.pixelColor(top_left.x() + dx, mid_y) for dx in range(0, 4)]
        return max(colours, key=lambda c: contrast(c, palette.color(QPalette.ColorRole.Window)))

    background = image.pixelColor(1, 1)
    return frame_colour(focused), frame_colour(other), background, palette


@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high-contrast"])
def test_focus_frame_is_visible(qtbot, high_contrast: bool) -> None:  # type: ignore[no-untyped-def]
    saved = QPalette(QApplication.palette())
    if high_contrast:  # as --high-contrast does: the whole application
        QApplication.setPalette(app_module.high_contrast_palette())
    try:
        focus, unfocused, background, palette = _focused_button_frame(qtbot, high_contrast)
    finally:
        QApplication.setPalette(saved)
    highlight = palette.color(QPalette.ColorRole.Highlight)
    assert focus != background
    assert focus == highlight, (focus.name(), highlight.name())
    assert focus != unfocused  # focus is told apart from the other buttons
    assert contrast(focus, background) >= 3.0  # WCAG 2.2 non-text contrast
    if high_contrast:
        assert background == QColor("#000000") and focus == QColor("#ffff00")
        assert contrast(unfocused, background) >= 3.0  # every button keeps a visible frame


def test_high_contrast_palette_dims_disabled_text_but_keeps_it_readable() -> None:
    palette = app_module.high_contrast_palette()
    black = palette.color(QPalette.ColorRole.Window)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText,
                 QPalette.ColorRole.Text):
        active = palette.color(QPalette.ColorGroup.Active, role)
        disabled = palette.color(QPalette.ColorGroup.Disabled, role)
        assert contrast(active, black) >= 7 and disabled != active
        assert contrast(disabled, black) >= 4.5


def test_new_assessment_dialog_fits_the_screen_at_200_percent(qtbot, catalogue) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    normal = QFont(app.font())
    big = QFont(normal)
    big.setPointSizeF(normal.pointSizeF() * 2)
    app.setFont(big)
    try:
        dialog = AssessmentDialog(catalogue)
        qtbot.addWidget(dialog)
        dialog.visit_kind.setChecked(True)
        dialog.show()
        screen = dialog.screen().availableGeometry()
        assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        assert ok.isVisible() and dialog.rect().contains(ok.mapTo(dialog, ok.rect().center()))
    finally:
        app.setFont(normal)



def test_high_contrast_scroll_bar_handle_stands_out(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Fusion's scroll bar handle is dark grey on black in high contrast: the style sheet
    gives it the text colour, so where the page is in a long list stays visible."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QScrollBar

    saved = QPalette(QApplication.palette())
    QApplication.setPalette(app_module.high_contrast_palette())
    try:
        box = QWidget()
        qtbot.addWidget(box)
        box.setStyleSheet(app_module.stylesheet(high_contrast=True))
        layout = QVBoxLayout(box)
        bar = QScrollBar(Qt.Orientation.Vertical)
        bar.setRange(0, 100)
        bar.setPageStep(20)
        bar.setFixedHeight(300)
        layout.addWidget(bar)
        box.show()
        qtbot.waitExposed(box)
        image = bar.grab().toImage()
    finally:
        QApplication.setPalette(saved)
    black = QColor("#000000")
    column = [image.pixelColor(image.width() // 2, y) for y in range(image.height())]
    handle = [c for c in column if contrast(c, black) >= 7.0]
    assert len(handle) >= 20, "a handle at least 20 px long in a colour that stands out on black"
