"""Switching to the largest category page vs building the same bare widgets (target ≤ 1.5×).

In one process (offscreen, the app's style sheet applied):

* app: a MainWindow on a temp store with an assessment over every theme, every aspect
  of the largest category answered. Each sample times ``view.go(Page.category(largest))``
  plus event processing until the new page has been painted; between samples the view
  goes to a one-aspect category of another theme, so every sample is a real switch.
* floor: the same leaf widgets as the real page (same count of QLabel, QRadioButton,
  QCheckBox, QPushButton, QLineEdit, QPlainTextEdit, QComboBox…, with the same texts,
  word wrap, check state, visibility and loaded values), one plain QVBoxLayout per aspect
  inside a page QWidget, set into a QScrollArea of the app's viewport size, until painted;
  it alternates with the small page's bare widgets in the same way.

App and floor samples are interleaved (the order flips every round). Deferred deletions
of the old pages are flushed outside the timed region for both.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from _common import Result, bench_args, headless, median_ms, percentile_ms, report
from _fixtures import AUTHOR, build
from PySide6.QtCore import QEvent, QEventLoop, QObject
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from aspectos_desktop.resources import load_catalogue
from aspectos_desktop.ui.app import configure, parse_args
from aspectos_desktop.ui.assessment_view import AssessmentView
from aspectos_desktop.ui.category_page import AspectEditor, CategoryPage
from aspectos_desktop.ui.main_window import MainWindow
from aspectos_desktop.wizard import Page

LEAVES: dict[str, type[QWidget]] = {  # checked in this order (a QRadioButton is a button…)
    "QRadioButton": QRadioButton, "QCheckBox": QCheckBox, "QPushButton": QPushButton,
    "QLabel": QLabel, "QLineEdit": QLineEdit, "QPlainTextEdit": QPlainTextEdit,
    "QComboBox": QComboBox, "QTableWidget": QTableWidget, "QListWidget": QListWidget,
}

BUTTONS: dict[str, type[QRadioButton | QCheckBox | QPushButton]] = {
    "QRadioButton": QRadioButton, "QCheckBox": QCheckBox, "QPushButton": QPushButton,
}

WINDOW_SIZE = (1280, 760)  # MainWindow's size on a 1366×768 screen


@dataclass
class Spec:
    """One bare widget of the floor: class, texts and state copied from the real page."""

    kind: str
    text: str = ""
    placeholder: str = ""
    wrap: bool = False
    checked: bool = False
    hidden: bool = False
    items: list[str] = field(default_factory=list[str])
    current: int = 0


def leaf_kind(widget: QWidget) -> str | None:
    return next((name for name, cls in LEAVES.items() if isinstance(widget, cls)), None)


def spec_of(widget: QWidget, kind: str) -> Spec:
    spec = Spec(kind, hidden=widget.isHidden())
    if isinstance(widget, QLabel):
        spec.text, spec.wrap = widget.text(), widget.wordWrap()
    elif isinstance(widget, QRadioButton | QCheckBox | QPushButton):
        spec.text, spec.checked = widget.text(), widget.isChecked()
    elif isinstance(widget, QLineEdit):
        spec.text, spec.placeholder = widget.text(), widget.placeholderText()
    elif isinstance(widget, QPlainTextEdit):
        spec.text, spec.placeholder = widget.toPlainText(), widget.placeholderText()
    elif isinstance(widget, QComboBox):
        spec.items = [widget.itemText(i) for i in range(widget.count())]
        spec.current = widget.currentIndex()
    return spec


def inventory(page: QWidget) -> list[list[Spec]]:
    """The page's leaf widgets, grouped by aspect editor (the heading first)."""
    groups: list[list[Spec]] = [[]]
    for child in page.findChildren(QWidget):
        if isinstance(child, AspectEditor):
            groups.append([])
            continue
        kind = leaf_kind(child)
        if kind is None:
            continue
        parent = child.parentWidget()
        while parent is not None and parent is not page and leaf_kind(parent) is None:
            parent = parent.parentWidget()
        if parent is None or parent is page:  # not a QComboBox's or QPlainTextEdit's own part
            groups[-1].append(spec_of(child, kind))
    return [g for g in groups if g]


def make(spec: Spec) -> QWidget:
    widget: QWidget
    if spec.kind == "QLabel":
        label = QLabel(spec.text)
        label.setWordWrap(spec.wrap)
        widget = label
    elif spec.kind in BUTTONS:
        button = BUTTONS[spec.kind](spec.text)
        button.setChecked(spec.checked)
        widget = button
    elif spec.kind == "QLineEdit":
        edit = QLineEdit(spec.text)
        edit.setPlaceholderText(spec.placeholder)
        widget = edit
    elif spec.kind == "QPlainTextEdit":
        text = QPlainTextEdit(spec.text)
        text.setPlaceholderText(spec.placeholder)
        widget = text
    elif spec.kind == "QComboBox":
        combo = QComboBox()
        combo.addItems(spec.items)
        combo.setCurrentIndex(spec.current)
        widget = combo
    else:
        widget = LEAVES[spec.kind]()
    if spec.hidden:
        widget.setVisible(False)
    return widget


def build_floor(groups: list[list[Spec]]) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    for group in groups:
        box = QWidget()
        box_layout = QVBoxLayout(box)
        for spec in group:
            box_layout.addWidget(make(spec))
        layout.addWidget(box)
    layout.addStretch(1)
    return page


class PaintWatcher(QObject):
    painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def application() -> QApplication:
    headless()
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    configure(app, parse_args([]))
    return app


def until_painted(widget: QWidget, start: float) -> float:
    """Process events until ``widget`` has been painted; seconds since ``start``."""
    watcher = PaintWatcher()
    widget.installEventFilter(watcher)
    deadline = start + 10
    while not watcher.painted:
        QApplication.processEvents()
        if time.perf_counter() > deadline:
            raise RuntimeError("the page was never painted")
    elapsed = time.perf_counter() - start
    widget.removeEventFilter(watcher)
    return elapsed


def settle() -> None:
    """Delete the pages dropped so far and drain the queue (outside any timing): events
    posted while handling others (a repaint after a timer, say) are handled too."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 200)


def app_switch(view: AssessmentView, category_id: str) -> float:
    start = time.perf_counter()
    view.go(Page.category(category_id))
    assert view.page_widget is not None
    elapsed = until_painted(view.page_widget, start)
    settle()
    return elapsed


class FloorWindow:
    """A bare QMainWindow whose QScrollArea has the size of the app's page area."""

    def __init__(self, view: AssessmentView) -> None:
        self.window = QMainWindow()
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        app_scroll: QScrollArea = view.scroll  # pyright: ignore[reportAssignmentType]
        self.scroll.setFixedSize(app_scroll.size())
        self.window.setCentralWidget(self.scroll)
        self.window.show()
        settle()

    def switch(self, specs: list[list[Spec]]) -> float:
        start = time.perf_counter()
        page = build_floor(specs)
        old = self.scroll.takeWidget()
        self.scroll.setWidget(page)
        if old is not None:  # pyright: ignore[reportUnnecessaryComparison] (None at first)
            old.deleteLater()
        elapsed = until_painted(page, start)
        settle()
        return elapsed


class StackedFloor:
    """Two pre-built bare pages in scroll areas of a QStackedWidget: a revisit's floor."""

    def __init__(self, view: AssessmentView, large: list[list[Spec]], small: list[list[Spec]]) -> None:
        self.window = QMainWindow()
        self.stack = QStackedWidget()
        self.stack.setFixedSize(view.scroll.size())
        self.window.setCentralWidget(self.stack)
        self.pages: list[QWidget] = []
        for specs in (large, small):
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            page = build_floor(specs)
            scroll.setWidget(page)
            self.stack.addWidget(scroll)
            self.pages.append(page)
        self.window.show()
        settle()

    def show(self, *, small: bool) -> float:
        start = time.perf_counter()
        self.stack.setCurrentIndex(1 if small else 0)
        elapsed = until_painted(self.pages[1 if small else 0], start)
        settle()
        return elapsed


def run(quick: bool) -> list[Result]:
    application()
    catalogue = load_catalogue()
    rounds = 10 if quick else 40
    with tempfile.TemporaryDirectory(prefix="aspectos-bench-page-") as tmp:
        fixture = build(Path(tmp), catalogue)
        window = MainWindow(fixture.store, catalogue, AUTHOR)
        window.resize(*WINDOW_SIZE)  # the offscreen screen is 800×600: use a laptop's size
        window.show()
        window.open_assessment(fixture.assessment_id)
        view = window.view
        assert view is not None
        settle()
        app_switch(view, fixture.largest)
        assert isinstance(view.page_widget, CategoryPage)
        view.page_widget.build_all()  # the floor builds every widget of the whole page
        large_specs = inventory(view.page_widget)
        app_switch(view, fixture.small)
        assert isinstance(view.page_widget, CategoryPage)
        view.page_widget.build_all()
        small_specs = inventory(view.page_widget)
        floor = FloorWindow(view)

        def sample_app() -> float:  # first visit: the page is built
            view.invalidate_pages()
            settle()
            app_switch(view, fixture.small)
            return app_switch(view, fixture.largest)

        def sample_floor() -> float:
            floor.switch(small_specs)
            return floor.switch(large_specs)

        def sample_app_complete() -> float:  # first visit until every editor is built
            view.invalidate_pages()
            settle()
            app_switch(view, fixture.small)
            start = time.perf_counter()
            view.go(Page.category(fixture.largest))
            page = view.page_widget
            assert isinstance(page, CategoryPage)
            until_painted(page, start)
            while not page.complete:
                QApplication.processEvents()
            elapsed = time.perf_counter() - start
            settle()
            return elapsed

        def finish_building() -> None:
            """Pages left half-built by a first-visit sample finish before a revisit
            sample (untimed), as they do ~0.3 s after a user's first visit."""
            for scroll in view.page_cache.values():
                page = scroll.widget()
                if isinstance(page, CategoryPage):
                    page.build_all()
            settle()

        def sample_app_revisit() -> float:  # back to a page visited before: kept built
            finish_building()
            app_switch(view, fixture.small)
            return app_switch(view, fixture.largest)

        stacked = StackedFloor(view, large_specs, small_specs)

        def sample_floor_revisit() -> float:
            stacked.show(small=True)
            return stacked.show(small=False)

        for _ in range(2):  # warm-up
            sample_app()
            sample_app_complete()
            sample_floor()
            sample_app_revisit()
            sample_floor_revisit()
        app_times: list[float] = []
        floor_times: list[float] = []
        revisit_times: list[float] = []
        revisit_floor_times: list[float] = []
        complete_times: list[float] = []
        order: list[tuple[list[float], Callable[[], float]]] = [
            (app_times, sample_app), (floor_times, sample_floor),
            (revisit_times, sample_app_revisit), (revisit_floor_times, sample_floor_revisit),
            (complete_times, sample_app_complete)]
        for index in range(rounds):
            for times, sample in order if index % 2 == 0 else order[::-1]:
                times.append(sample())
        stacked.window.close()
        window.close_assessment()
        window.close()
        floor.window.close()
        settle()
        fixture.store.close(backup=False)

    counts: dict[str, int] = {}
    for group in large_specs:
        for spec in group:
            counts[spec.kind] = counts.get(spec.kind, 0) + 1
    widgets = ", ".join(f"{n} {k.removeprefix('Q')}" for k, n in sorted(counts.items()))
    aspects = len(catalogue.categories[fixture.largest].aspect_ids)
    return [Result(
        name="switch to largest category page (first visit)", measured_ms=median_ms(app_times),
        measured_p99_ms=percentile_ms(app_times, 99), floor_ms=median_ms(floor_times),
        floor_p99_ms=percentile_ms(floor_times, 99), target=1.5, samples=rounds,
        note=f"{fixture.largest} ({aspects} aspects): {widgets}; the first "
             f"{CategoryPage.EAGER_EDITORS} editors are built before the first paint, the rest "
             f"just after",
    ), Result(
        name="  first visit until every editor is built", measured_ms=median_ms(complete_times),
        measured_p99_ms=percentile_ms(complete_times, 99), floor_ms=median_ms(floor_times),
        floor_p99_ms=percentile_ms(floor_times, 99), target=None, samples=rounds,
        note=f"the same switch, timed until the last of the {aspects} editors is built "
             f"({CategoryPage.EDITORS_PER_TICK} per turn of the event loop)",
    ), Result(
        name="switch to largest category page (revisit)", measured_ms=median_ms(revisit_times),
        measured_p99_ms=percentile_ms(revisit_times, 99),
        floor_ms=median_ms(revisit_floor_times),
        floor_p99_ms=percentile_ms(revisit_floor_times, 99), target=1.5, samples=rounds,
        note="visited pages stay built; floor: the same bare pages in a QStackedWidget",
    )]


if __name__ == "__main__":
    arguments = bench_args(__doc__)
    report(run(arguments.quick), arguments.json_out)
