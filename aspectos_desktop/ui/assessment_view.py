"""The assessment wizard: theme/category tree with progress, the current page, navigation.

Every change is saved at once (one short transaction per change); the header
shows "Salvo às …" or, if the disk refuses, a plain message while the value
stays on screen and is retried.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Callable
from datetime import datetime
from html import escape
from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aspectos_desktop.answers import Check, check_answer
from aspectos_desktop.catalogue.model import Catalogue
from aspectos_desktop.store import Assessment, Store, StoreError
from aspectos_desktop.ui.answer_inputs import AttachmentError, choose_files_dialog
from aspectos_desktop.ui.category_page import AspectEditor, CategoryPage
from aspectos_desktop.ui.review_page import ReviewPage
from aspectos_desktop.wizard import (
    REVIEW_PAGE,
    Action,
    Context,
    Page,
    PageKind,
    Progress,
    category_progress,
    check_all,
    navigate,
    pending_categories,
    progress_by_category,
    progress_by_theme,
    resume_page,
    review_items,
    scope_category_ids,
)

MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
# The attachment types accepted, told by their first bytes (the name may lie).
ATTACHMENT_SIGNATURES = ((b"\x89PNG\r\n\x1a\n", "image/png"), (b"\xff\xd8\xff", "image/jpeg"))
PDF_HEADER = b"%PDF-"  # readers accept it anywhere in the first 1024 bytes
MAX_CACHED_PAGES = 12  # built category pages kept for quick back-and-forth
HISTORY_PAUSE_MS = 2000  # typing pause after which the typed text becomes a history entry
CATEGORY_ROLE = Qt.ItemDataRole.UserRole
ASPECT_ROLE = Qt.ItemDataRole.UserRole + 1

# Source (pt-BR) labels; show them through kind_label() / status_label(), which translate.
KIND_LABELS = {"autoavaliacao": QT_TRANSLATE_NOOP("Labels", "Autoavaliação"),
               "visita": QT_TRANSLATE_NOOP("Labels", "Visita de monitoramento")}
STATUS_LABELS = {"em_andamento": QT_TRANSLATE_NOOP("Labels", "Em andamento"),
                 "finalizada": QT_TRANSLATE_NOOP("Labels", "Finalizada"),
                 "exportada": QT_TRANSLATE_NOOP("Labels", "Exportada")}


def attachment_type(data: bytes) -> str | None:
    """The MIME type of an accepted attachment (PNG, JPEG, PDF) from its content, else None."""
    for signature, mime in ATTACHMENT_SIGNATURES:
        if data.startswith(signature):
            return mime
    return "application/pdf" if PDF_HEADER in data[:1024] else None


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("Labels", KIND_LABELS[kind]) if kind in KIND_LABELS else kind


def status_label(status: str) -> str:
    return (QCoreApplication.translate("Labels", STATUS_LABELS[status])
            if status in STATUS_LABELS else status)


class AfterPaint(QObject):
    """Runs ``callback`` once, just after ``widget``'s next paint (its child: gone with it)."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        self._callback()
        self.deleteLater()


class AssessmentView(QWidget):
    """Walk one assessment page by page."""

    closed = Signal()
    finalized = Signal(int)
    export_requested = Signal()

    def __init__(self, store: Store, catalogue: Catalogue, assessment: Assessment, author: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.catalogue = catalogue
        self.assessment = assessment
        self.author = author
        self.category_ids = scope_category_ids(catalogue, assessment.theme_slugs)
        self.values: dict[int, dict[str, Any]] = {}
        self.notes: dict[int, tuple[str, str]] = {}
        for aspect_id, answer in store.answers(assessment.id).items():
            self.values[aspect_id] = dict(answer.value)
            self.notes[aspect_id] = (answer.comment, answer.evidence)
        self.checks: dict[int, Check] = check_all(catalogue, self.category_ids, self.values)
        self.progress = progress_by_category(catalogue, self.category_ids, self.checks)
        self.unsaved: set[int] = set()
        self.history_pending: set[int] = set()  # typed text saved, history entry not yet
        self.history_timer = QTimer(self)
        self.history_timer.setSingleShot(True)
        self.history_timer.setInterval(HISTORY_PAUSE_MS)
        self.history_timer.timeout.connect(self.flush_history)
        self.page: Page = REVIEW_PAGE
        self.page_widget: CategoryPage | ReviewPage | None = None
        self._position: str | None = None  # page to remember, not written yet
        self._build()
        self._fill_tree()
        self.go(resume_page(self.category_ids, assessment.last_category_id))

    # --- layout --------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.back_button = QPushButton(self.tr("◀ Avaliações"))
        self.back_button.setAccessibleName(self.tr("Voltar à lista de avaliações"))
        self.back_button.setToolTip("Alt+Home")
        self.back_button.clicked.connect(self.closed)
        self.title = QLabel()
        self.title.setObjectName("assessmentTitle")
        self.title.setWordWrap(True)
        self.save_status = QLabel()
        self.save_status.setObjectName("saveStatus")
        self.retry_button = QPushButton(self.tr("Tentar salvar de novo"))
        self.retry_button.setAccessibleDescription(
            self.tr("Gravar de novo as respostas que o disco recusou"))
        self.retry_button.setVisible(False)
        self.retry_button.clicked.connect(self.retry_unsaved)
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        top.addWidget(self.save_status)
        top.addWidget(self.retry_button)
        self.export_button = QPushButton(self.tr("Exportar…"))
        self.export_button.setToolTip("Ctrl+E")
        self.export_button.clicked.connect(self.export_requested)
        top.addWidget(self.export_button)
        outer.addLayout(top)
        self.locked_banner = QLabel(self.tr(
            "Avaliação finalizada: somente leitura. Para alterar, crie uma nova revisão "
            "na lista de avaliações."))
        self.locked_banner.setObjectName("lockedBanner")
        self.locked_banner.setWordWrap(True)
        outer.addWidget(self.locked_banner)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Buscar aspecto (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Buscar aspecto no catálogo"))
        self.search.setAccessibleDescription(self.tr(
            "Digite parte do texto do aspecto; acentos são ignorados. Enter abre o primeiro "
            "resultado"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search)
        self.search.returnPressed.connect(self._open_first_result)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Resultados da busca"))
        self.results.setAccessibleDescription(self.tr("Enter abre o aspecto escolhido"))
        self.results.setVisible(False)
        # Results wrap within the pane: category and theme tell apart aspects named alike.
        self.results.setWordWrap(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.results.setAlternatingRowColors(True)  # two lines per result: keep them apart
        self.results.itemActivated.connect(self._open_result)
        self.only_pending = QCheckBox(self.tr("Só não respondidas"))
        self.only_pending.setAccessibleDescription(
            self.tr("Mostra apenas categorias e aspectos ainda sem resposta válida"))
        self.only_pending.toggled.connect(self._filter_changed)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Tema / categoria"), self.tr("Progresso")])
        self.tree.setAccessibleName(self.tr("Temas e categorias"))
        self.tree.setAccessibleDescription(self.tr(
            "Enter abre a categoria; a coluna Progresso mostra respondidos de total"))
        header = self.tree.header()  # names elide (full name in the tooltip); progress always shows
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(self._tree_activated)
        self.tree.itemClicked.connect(self._tree_activated)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.results)
        left_layout.addWidget(self.only_pending)
        left_layout.addWidget(self.tree, 1)
        splitter.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        # Visited category pages stay built (most recent last), each in its own scroll area,
        # so going back and forth is a switch, not a rebuild; the review is always rebuilt.
        self.pages = QStackedWidget()
        self.page_cache: OrderedDict[str, QScrollArea] = OrderedDict()
        self.review_scroll: QScrollArea | None = None
        right_layout.addWidget(self.pages, 1)
        nav = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("◀ Anterior"))
        self.previous_button.setToolTip("Alt+←")
        self.previous_button.setAccessibleName(self.tr("Categoria anterior"))
        self.previous_button.setAccessibleDescription("Alt+←")
        self.position = QLabel()
        self.position.setObjectName("pagePosition")
        self.review_button = QPushButton(self.tr("Revisar e finalizar"))
        self.review_button.setToolTip("Ctrl+R")
        self.review_button.setAccessibleDescription(self.tr(
            "Ir à revisão: pendências de cada tema e o botão de finalizar (Ctrl+R)"))
        self.next_button = QPushButton(self.tr("Próximo ▶"))
        self.next_button.setToolTip("Alt+→")
        self.next_button.setAccessibleName(self.tr("Próxima categoria"))
        self.next_button.setAccessibleDescription("Alt+→")
        self.previous_button.clicked.connect(lambda: self.act(Action.PREVIOUS))
        self.next_button.clicked.connect(lambda: self.act(Action.NEXT))
        self.review_button.clicked.connect(lambda: self.act(Action.REVIEW))
        nav.addWidget(self.previous_button)
        nav.addStretch(1)
        nav.addWidget(self.position)
        nav.addStretch(1)
        nav.addWidget(self.review_button)
        nav.addWidget(self.next_button)
        right_layout.addLayout(nav)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        char = self.fontMetrics().averageCharWidth()  # left pane grows with the text size
        splitter.setSizes([char * 55, max(char * 90, 1280 - char * 55)])
        outer.addWidget(splitter, 1)

        for keys, action in (("Alt+Right", Action.NEXT), ("Alt+Left", Action.PREVIOUS),
                             ("Ctrl+PgDown", Action.NEXT), ("Ctrl+PgUp", Action.PREVIOUS),
                             ("Ctrl+R", Action.REVIEW)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(lambda a=action: self.act(a))
        QShortcut(QKeySequence("Ctrl+F"), self).activated.connect(self._focus_search)
        QShortcut(QKeySequence("Alt+Home"), self).activated.connect(self.closed)
        self.refresh_header()

    @property
    def editable(self) -> bool:
        return self.assessment.status == "em_andamento"

    def refresh_header(self) -> None:
        a = self.assessment
        kind = kind_label(a.kind)
        details = [kind, self.tr("revisão {n}").format(n=a.revision), status_label(a.status)]
        if a.kind == "visita" and a.monitor_name:
            details.append(self.tr("monitor(a): {name}").format(name=a.monitor_name))
        self.title.setText(f"<b>{escape(a.title or kind)}</b> — " + " · ".join(details))
        self.locked_banner.setVisible(not self.editable)
        if not self.save_status.text():
            self.save_status.setText(self.tr("Tudo salvo"))

    # --- tree ----------------------------------------------------------------------------

    def _fill_tree(self) -> None:
        self.tree.clear()
        self.theme_items: dict[str, QTreeWidgetItem] = {}
        self.category_items: dict[str, QTreeWidgetItem] = {}
        for category_id in self.category_ids:
            category = self.catalogue.categories[category_id]
            theme_item = self.theme_items.get(category.theme_slug)
            if theme_item is None:
                theme = self.catalogue.theme(category.theme_slug)
                theme_item = QTreeWidgetItem([theme.name.capitalize(), ""])
                theme_item.setData(0, CATEGORY_ROLE, theme.category_ids[0])
                self.tree.addTopLevelItem(theme_item)
                self.theme_items[category.theme_slug] = theme_item
            item = QTreeWidgetItem([category.name, ""])
            item.setData(0, CATEGORY_ROLE, category_id)
            item.setToolTip(0, category.name)
            theme_item.addChild(item)
            self.category_items[category_id] = item
        self._refresh_tree()

    def _refresh_tree(self, category_ids: list[str] | None = None) -> None:
        """Show progress of ``category_ids`` (default: all) and their themes; hide done ones.

        Runs on every change, so it touches only the tree items whose state changes.
        """
        changed = category_ids or list(self.category_ids)
        for category_id in changed:
            self._set_progress(self.category_items[category_id], self.progress[category_id])
        themes = {self.catalogue.categories[c].theme_slug for c in changed}
        for slug, progress in progress_by_theme(self.catalogue, self.progress).items():
            if slug in themes:
                self._set_progress(self.theme_items[slug], progress)
        hide_done = self.only_pending.isChecked()
        for category_id, item in self.category_items.items():
            hidden = hide_done and self.progress[category_id].done
            if item.isHidden() != hidden:
                item.setHidden(hidden)

    @staticmethod
    def _set_progress(item: QTreeWidgetItem, progress: Progress) -> None:
        text = f"{progress.answered}/{progress.total}"
        if progress.invalid:
            text += f" ⚠{progress.invalid}"
        item.setText(1, text)
        description = QCoreApplication.translate(
            "AssessmentView", "{answered} de {total} respondidos").format(
            answered=progress.answered, total=progress.total)
        if progress.invalid:
            description += QCoreApplication.translate(
                "AssessmentView", ", {invalid} inválidos").format(invalid=progress.invalid)
        item.setToolTip(1, description)
        item.setData(1, Qt.ItemDataRole.AccessibleTextRole, description)

    def _tree_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        category_id = item.data(0, CATEGORY_ROLE)
        if isinstance(category_id, str) and category_id in self.category_ids:
            self.act(Action.JUMP, target=category_id)

    # --- navigation ----------------------------------------------------------------------

    def context(self, target: str | None = None) -> Context:
        return Context(
            category_ids=self.category_ids,
            only_unanswered=self.only_pending.isChecked(),
            pending=pending_categories(self.progress),
            target=target,
        )

    def act(self, action: Action, target: str | None = None) -> bool:
        destination = navigate(action, self.page, self.context(target))
        if destination is None:
            return False
        self.go(destination)
        return True

    @property
    def scroll(self) -> QScrollArea:
        """The scroll area of the page on screen."""
        current = self.pages.currentWidget()
        assert isinstance(current, QScrollArea)
        return current

    def _new_scroll(self, widget: QWidget) -> QScrollArea:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(self.tr("Página atual"))
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its controls take the focus
        scroll.setWidget(widget)
        self.pages.addWidget(scroll)
        return scroll

    def _drop_scroll(self, scroll: QScrollArea) -> None:
        self.pages.removeWidget(scroll)
        scroll.deleteLater()

    def invalidate_pages(self) -> None:
        """Forget the built pages (after the filter or the read-only state changed)."""
        for scroll in self.page_cache.values():
            self._drop_scroll(scroll)
        self.page_cache.clear()

    def go(self, page: Page, focus_aspect: int | None = None) -> None:
        self.flush_history()
        self.page = page
        if page.kind is PageKind.REVIEW:
            if self.review_scroll is not None:
                self._drop_scroll(self.review_scroll)
            widget: CategoryPage | ReviewPage = self._make_review()
            scroll = self.review_scroll = self._new_scroll(widget)
        else:
            assert page.category_id is not None
            scroll = self.page_cache.pop(page.category_id, None) or self._new_scroll(
                self._make_category_page(page.category_id))
            self.page_cache[page.category_id] = scroll
            while len(self.page_cache) > MAX_CACHED_PAGES:
                self._drop_scroll(self.page_cache.popitem(last=False)[1])
            built = scroll.widget()
            assert isinstance(built, CategoryPage)
            widget = built
            if self.editable:  # written just after the page is on screen (flush_history)
                if self._position is None:
                    QTimer.singleShot(0, self._write_position)
                self._position = page.category_id
            # The tree follows (current row, scrolled into view) once a new page is on
            # screen: updating it in the same frame costs ~5 ms (bench_page_switch).
            if self.pages.currentWidget() is scroll and built.isVisible():
                self._tree_follows()  # the same page: no paint to wait for
            else:
                AfterPaint(built, self._tree_follows)
        self.pages.setCurrentWidget(scroll)
        self.page_widget = widget
        self._chain_tab_order(widget)
        self._refresh_nav()
        if (isinstance(widget, CategoryPage) and focus_aspect is not None
                and focus_aspect in widget.editors):  # builds the page's later editors too
            self._focus_editor(scroll, widget.editors[focus_aspect])

    def _focus_editor(self, scroll: QScrollArea, editor: AspectEditor) -> None:
        """Keyboard focus on the editor's answer, the editor scrolled into view.

        Editors just built (or a page just shown) have no geometry until the layouts
        run: run them now, and scroll again once the page is on screen.
        """
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        editor.focus_answer()

        def reveal() -> None:
            scroll.ensureWidgetVisible(editor, 0, 40)
            focused = QApplication.focusWidget()
            if focused is not None and editor.isAncestorOf(focused):
                scroll.ensureWidgetVisible(focused, 0, 40)  # a tall editor: its control too

        reveal()
        QTimer.singleShot(0, reveal)

    def _tree_follows(self) -> None:
        """Make the current page's category the tree's current row, scrolled into view."""
        if self.page.category_id is None:  # the review page
            return
        item = self.category_items[self.page.category_id]
        if self.tree.currentItem() is not item:
            self.tree.setCurrentItem(item)
        self.tree.scrollToItem(item)

    def _chain_tab_order(self, page: QWidget) -> None:
        """Tab follows the screen: search, filter, tree, the page, then the navigation.

        (A page set into the scroll area would otherwise come last, after "Próximo".)
        A complete category page is chained widget by widget once; when it comes back,
        its scroll area is moved after the tree as a block (Qt moves a widget's focus
        children with it) and the navigation after its last control.
        """
        known = page.tab_chain if isinstance(page, CategoryPage) else None
        scroll = page.parentWidget().parentWidget() if known else None  # viewport's parent
        if known and isinstance(scroll, QScrollArea):
            QWidget.setTabOrder(self.tree, scroll)
            for first, second in pairwise([known[-1], self.previous_button, self.review_button,
                                           self.next_button]):
                QWidget.setTabOrder(first, second)
            return
        inside = self._focusables(page)
        order = [self.back_button, self.retry_button, self.export_button, self.search, self.results,
                 self.only_pending, self.tree, *inside, self.previous_button,
                 self.review_button, self.next_button]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        if isinstance(page, CategoryPage) and page.complete and inside:
            page.tab_chain = inside

    @staticmethod
    def _focusables(page: QWidget) -> list[QWidget]:
        """The widgets of ``page`` that Tab stops at, editor by editor in the page's order.

        The whole window's focus chain is walked: editors built after the page was shown
        enter it wherever Qt puts them, so the page's widgets need not be contiguous.
        """
        found: list[QWidget] = []
        widget = page.nextInFocusChain()
        while widget is not page:
            if (page.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                    and widget.focusProxy() is None):
                found.append(widget)
            widget = widget.nextInFocusChain()
        if isinstance(page, CategoryPage):
            rank = {id(editor): index for index, editor in enumerate(page.built_editors.values())}

            def editor_rank(child: QWidget) -> int:
                parent: QWidget | None = child
                while parent is not None and id(parent) not in rank:
                    parent = parent.parentWidget()
                return -1 if parent is None else rank[id(parent)]

            found.sort(key=editor_rank)  # stable: each editor keeps its own order
        return found

    def _make_category_page(self, category_id: str) -> CategoryPage:
        category = self.catalogue.categories[category_id]
        aspect_ids = category.aspect_ids
        if self.only_pending.isChecked():
            aspect_ids = tuple(a for a in aspect_ids if not self.checks[a].answered)
        theme = self.catalogue.theme(category.theme_slug)
        page = CategoryPage(category, theme.name,
                            [self.catalogue.aspects[a] for a in aspect_ids], self.choose_files,
                            setup=self._setup_editor)
        page.completed.connect(lambda: self._page_completed(page))
        return page

    def _setup_editor(self, editor: AspectEditor) -> None:
        """Load an editor with the current answer (editors are built as the page shows)."""
        aspect_id = editor.aspect.id
        comment, evidence = self.notes.get(aspect_id, ("", ""))
        editor.load(self.values.get(aspect_id), comment, evidence)
        editor.show_check(self.checks[aspect_id])
        editor.set_read_only(not self.editable)
        editor.changed.connect(self._aspect_changed)
        editor.history_requested.connect(self.show_history)

    def _page_completed(self, page: CategoryPage) -> None:
        if self.page_widget is page:
            self._chain_tab_order(page)
            return
        # Finished while another page is on screen: coming back to it only has to move
        # its Tab stops as a block (tests/test_ui_lazy_page.py checks the order then).
        page.tab_chain = self._focusables(page) or None

    def _make_review(self) -> ReviewPage:
        page = ReviewPage(
            self.catalogue, review_items(self.catalogue, self.category_ids, self.checks),
            progress_by_theme(self.catalogue, self.progress), editable=self.editable)
        page.aspect_requested.connect(self.open_aspect)
        page.finalize_requested.connect(self.finalize)
        return page

    def _refresh_nav(self) -> None:
        ctx = self.context()
        self.previous_button.setEnabled(navigate(Action.PREVIOUS, self.page, ctx) is not None)
        self.next_button.setEnabled(navigate(Action.NEXT, self.page, ctx) is not None)
        self.review_button.setEnabled(navigate(Action.REVIEW, self.page, ctx) is not None)
        if self.page.kind is PageKind.REVIEW:
            self.position.setText(self.tr("Revisão"))
        else:
            index = self.category_ids.index(self.page.category_id or "") + 1
            self.position.setText(self.tr("Categoria {n} de {total}").format(
                n=index, total=len(self.category_ids)))

    def open_aspect(self, aspect_id: int) -> None:
        aspect = self.catalogue.aspects[aspect_id]
        if aspect.category_id not in self.category_ids:
            QMessageBox.information(self, self.tr("Fora do escopo"), self.tr(
                "Este aspecto pertence a um tema que não está no escopo desta avaliação."))
            return
        if self.only_pending.isChecked() and self.checks[aspect_id].answered:
            self.only_pending.setChecked(False)
        self.go(Page.category(aspect.category_id), focus_aspect=aspect_id)

    def _filter_changed(self) -> None:
        self.invalidate_pages()
        self._refresh_tree()
        self.go(self.page)

    # --- search --------------------------------------------------------------------------

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _search(self, text: str) -> None:
        self.results.clear()
        found = [a for a in self.catalogue.search(text) if a.category_id in self.category_ids]
        for aspect in found[:200]:
            item = QListWidgetItem(f"{aspect.aspecto}\n\u2003{aspect.categoria} · {aspect.tema}")
            item.setData(ASPECT_ROLE, aspect.id)
            item.setToolTip(f"{aspect.aspecto} — {aspect.categoria} ({aspect.tema})\n"
                            f"{aspect.reference}")
            self.results.addItem(item)
        if text.strip() and not found:
            self.results.addItem(self.tr("Nenhum aspecto encontrado"))
        self.results.setVisible(bool(text.strip()))
        self.tree.setVisible(not text.strip())

    def _open_result(self, item: QListWidgetItem) -> None:
        aspect_id = item.data(ASPECT_ROLE)
        if isinstance(aspect_id, int):
            self.open_aspect(aspect_id)

    def _open_first_result(self) -> None:
        if self.results.count():
            self._open_result(self.results.item(0))

    # --- saving --------------------------------------------------------------------------

    def _aspect_changed(self, aspect_id: int) -> None:
        page = self.page_widget
        if not isinstance(page, CategoryPage) or aspect_id not in page.built_editors:
            return
        editor = page.built_editors[aspect_id]
        value, comment, evidence = editor.answer()
        self.values[aspect_id] = value
        self.notes[aspect_id] = (comment, evidence)
        check = check_answer(self.catalogue.aspects[aspect_id].form, value)
        self.checks[aspect_id] = check
        editor.show_check(check)
        category_id = self.catalogue.aspects[aspect_id].category_id
        self.progress[category_id] = category_progress(self.catalogue, category_id, self.checks)
        self._refresh_tree([category_id])
        typing = isinstance(QApplication.focusWidget(), QLineEdit | QPlainTextEdit)
        if self.history_pending - {aspect_id}:
            self.flush_history()
        self.unsaved.add(aspect_id)
        if typing:
            self.history_pending.add(aspect_id)
            self.history_timer.start()
        else:
            self.history_pending.discard(aspect_id)
        self.retry_unsaved()

    def retry_unsaved(self) -> None:
        """Save every change not yet on disk; on failure keep them and say why."""
        for aspect_id in sorted(self.unsaved):
            if self._save(aspect_id, history=aspect_id not in self.history_pending):
                self.unsaved.discard(aspect_id)
            else:
                return

    def _write_position(self) -> None:
        """Remember the page on screen, where the assessment resumes next time."""
        category_id, self._position = self._position, None
        if category_id is not None and self.editable:
            self._store_call(lambda: self.store.set_position(self.assessment.id, category_id))

    def flush_history(self) -> None:
        """Record the text typed so far as one history entry per aspect (and the page)."""
        self._write_position()
        self.history_timer.stop()
        for aspect_id in sorted(self.history_pending - self.unsaved):
            if self._save(aspect_id, history=True):
                self.history_pending.discard(aspect_id)

    def _save(self, aspect_id: int, *, history: bool) -> bool:
        comment, evidence = self.notes.get(aspect_id, ("", ""))
        try:
            saved_at = self.store.save_answer(
                self.assessment.id, aspect_id, value=self.values.get(aspect_id, {}),
                comment=comment, evidence=evidence, author=self.author, history=history)
        except StoreError as error:
            self._show_unsaved(error.message)
            return False
        self._show_saved(saved_at)
        return True

    def _show_saved(self, saved_at: datetime) -> None:
        local = saved_at.astimezone()
        self.save_status.setText(self.tr("Salvo às {time}").format(time=local.strftime("%H:%M:%S")))
        if self.save_status.styleSheet():  # clear the "Não salvo" style (a re-polish: not per save)
            self.save_status.setStyleSheet("")
        self.save_status.setAccessibleName(self.save_status.text())
        self.retry_button.setVisible(False)

    def _show_unsaved(self, message: str) -> None:
        self.save_status.setText(self.tr("Não salvo"))
        self.save_status.setStyleSheet("color: white; background: #b00020; padding: 2px 6px;")
        self.save_status.setToolTip(message)
        self.save_status.setAccessibleName(self.tr("Não salvo: {message}").format(message=message))
        self.retry_button.setVisible(True)
        if not getattr(self, "_warned", False):
            self._warned = True
            QMessageBox.warning(self, self.tr("Não foi possível salvar"), message)

    def _store_call(self, call: Any) -> None:
        try:
            call()
        except StoreError as error:
            self._show_unsaved(error.message)

    def choose_files(self, parent: QWidget) -> list[dict[str, Any]]:
        return choose_files_dialog(parent, self.attach_file)

    def attach_file(self, path: Path) -> dict[str, Any]:
        """Store the file ``path`` as an attachment; ``StoreErrorForUser`` says why not.

        The type comes from the content, not the name: a chart saved as "grafico.jpg"
        that is a PNG is attached as a PNG; a text file named "foto.png" is refused.
        """
        name = path.name
        try:
            with path.open("rb") as stream:
                data = stream.read(MAX_ATTACHMENT_BYTES + 1)  # no more than needed to tell
        except FileNotFoundError:
            raise StoreErrorForUser(self.tr(
                "{name}: arquivo não encontrado (foi movido ou apagado?)").format(name=name)
            ) from None
        except PermissionError:
            raise StoreErrorForUser(self.tr(
                "{name}: sem permissão para ler o arquivo").format(name=name)) from None
        except OSError as error:
            raise StoreErrorForUser(self.tr(
                "{name}: não foi possível ler o arquivo ({reason})").format(
                name=name, reason=error.strerror or error)) from None
        if len(data) > MAX_ATTACHMENT_BYTES:
            raise StoreErrorForUser(self.tr("{name}: arquivo maior que 20 MB").format(name=name))
        mime = attachment_type(data)
        if mime is None:
            raise StoreErrorForUser(self.tr(
                "{name}: o conteúdo não é uma imagem PNG ou JPEG nem um PDF").format(name=name))
        try:
            sha = self.store.add_attachment(data, filename=name, mime=mime)
        except StoreError as error:
            raise StoreErrorForUser(self.tr("{name}: não foi possível gravar o anexo. {reason}")
                                    .format(name=name, reason=error.message)) from None
        assert sha == hashlib.sha256(data).hexdigest()
        return {"sha256": sha, "filename": name, "mime": mime, "size": len(data)}

    # --- history -------------------------------------------------------------------------

    def show_history(self, aspect_id: int) -> None:
        """Show every saved version of an answer; restore the one the user picks."""
        from aspectos_desktop.ui.history_dialog import HistoryDialog

        self.flush_history()
        try:
            entries = self.store.history(self.assessment.id, aspect_id)
        except StoreError as error:
            QMessageBox.warning(self, self.tr("Histórico indisponível"), error.message)
            return
        dialog = HistoryDialog(self.catalogue.aspects[aspect_id], entries,
                               editable=self.editable, parent=self)
        if not dialog.exec() or dialog.chosen is None:
            return
        try:
            saved_at = self.store.restore(self.assessment.id, aspect_id, dialog.chosen,
                                          author=self.author)
            answer = self.store.answers(self.assessment.id)[aspect_id]
        except StoreError as error:
            QMessageBox.warning(self, self.tr("Não foi possível restaurar"), error.message)
            return
        self.values[aspect_id] = dict(answer.value)
        self.notes[aspect_id] = (answer.comment, answer.evidence)
        self.checks[aspect_id] = check_answer(self.catalogue.aspects[aspect_id].form, answer.value)
        category_id = self.catalogue.aspects[aspect_id].category_id
        self.progress[category_id] = category_progress(self.catalogue, category_id, self.checks)
        self._refresh_tree([category_id])
        page = self.page_widget
        if isinstance(page, CategoryPage) and aspect_id in page.built_editors:
            editor = page.built_editors[aspect_id]
            editor.load(answer.value, answer.comment, answer.evidence)
            editor.show_check(self.checks[aspect_id])
        self._show_saved(saved_at)

    # --- finalize ------------------------------------------------------------------------

    def finalize(self) -> None:
        if self.unsaved:
            QMessageBox.warning(self, self.tr("Há alterações não salvas"), self.tr(
                "Algumas respostas ainda não foram gravadas. Resolva o problema de gravação "
                "antes de finalizar."))
            return
        total = Progress()
        for progress in self.progress.values():
            total = total + progress
        question = self.tr(
            "Finalizar a avaliação? Ela ficará somente leitura; alterações depois só em "
            "uma nova revisão.")
        if total.pending:
            question += "\n\n" + self.tr("{n} aspecto(s) ainda sem resposta válida.").format(
                n=total.pending)
        answer = QMessageBox.question(self, self.tr("Finalizar avaliação"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.assessment = self.store.finalize(self.assessment.id)
        except StoreError as error:
            QMessageBox.warning(self, self.tr("Não foi possível finalizar"), error.message)
            return
        self.refresh_header()
        self.invalidate_pages()
        self.go(self.page)
        self.finalized.emit(self.assessment.id)


class StoreErrorForUser(AttachmentError):
    """A problem with a file the user chose (too large, unreadable, not an image or PDF)."""
