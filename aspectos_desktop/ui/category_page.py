"""One wizard page: the aspects of one category, each with its answer, comment and evidence."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from aspectos_desktop.answers import Check, Completion
from aspectos_desktop.catalogue.model import NATUREZA_LABELS, Aspect, Category
from aspectos_desktop.ui.answer_inputs import (
    AnswerInput,
    AttachmentChooser,
    indicator_parts_text,
    make_input,
)

COMPLETION_BADGES = {  # source (pt-BR) texts, translated in AspectEditor.show_check()
    Completion.EMPTY: QT_TRANSLATE_NOOP("AspectEditor", "○ não respondido"),
    Completion.ANSWERED: QT_TRANSLATE_NOOP("AspectEditor", "● respondido"),
    Completion.INVALID: QT_TRANSLATE_NOOP("AspectEditor", "⚠ resposta inválida"),
}


class NoteEdit(QPlainTextEdit):
    """A short multi-line text box where Tab moves focus (keyboard users)."""

    def __init__(self, placeholder: str, accessible_name: str) -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        self.setPlaceholderText(placeholder)
        self.setAccessibleName(accessible_name)
        line = self.fontMetrics().lineSpacing()
        self.setFixedHeight(line * 3 + 12)


class AspectEditor(QFrame):
    """Statement, answer input, comment and evidence for one aspect."""

    changed = Signal(int)  # aspect id
    history_requested = Signal(int)  # aspect id

    def __init__(self, aspect: Aspect, chooser: AttachmentChooser,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.aspect = aspect
        self.setObjectName("aspectEditor")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        title = QLabel(f"<b>{escape(aspect.aspecto)}</b> "
                       f"<span>· {NATUREZA_LABELS[aspect.natureza]}</span>")
        title.setTextFormat(Qt.TextFormat.RichText)
        title.setWordWrap(True)
        self.badge = QLabel()
        self.badge.setObjectName("completionBadge")
        parts = aspect.form.get("parts", {}) if aspect.form["type"] == "indicator" else {}
        text = indicator_parts_text(aspect.form) if len(parts) > 1 else aspect.elemento
        statement = QLabel(text or self.tr("(a fonte não traz enunciado para este aspecto)"))
        statement.setObjectName("statement")
        statement.setWordWrap(True)
        statement.setTextFormat(Qt.TextFormat.PlainText)
        statement.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        reference = QLabel(self.tr("Fonte: {reference}").format(reference=aspect.reference))
        reference.setObjectName("reference")
        reference.setWordWrap(True)
        reference.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(title)
        layout.addWidget(self.badge)
        layout.addWidget(statement)
        layout.addWidget(reference)
        self.input: AnswerInput = make_input(aspect.form, aspect.aspecto, chooser)
        layout.addWidget(self.input)
        self.comment = NoteEdit(self.tr("Comentário (opcional)"),
                                self.tr("Comentário — {aspect}").format(aspect=aspect.aspecto))
        self.evidence = NoteEdit(self.tr("Evidência: documento, ata, link… (opcional)"),
                                 self.tr("Evidência — {aspect}").format(aspect=aspect.aspecto))
        self.evidence.setAccessibleDescription(
            self.tr("Onde comprovar a resposta: documento, ata, link (opcional)"))
        layout.addWidget(self.comment)
        layout.addWidget(self.evidence)
        self.history_button = QPushButton(self.tr("Histórico…"))
        self.history_button.setAccessibleName(
            self.tr("Histórico de alterações — {aspect}").format(aspect=aspect.aspecto))
        self.history_button.clicked.connect(lambda: self.history_requested.emit(aspect.id))
        layout.addWidget(self.history_button, 0, Qt.AlignmentFlag.AlignRight)
        self.setAccessibleName(aspect.aspecto)
        self.setAccessibleDescription(aspect.elemento[:300])
        self._loading = False
        self.input.edited.connect(self._emit)
        self.comment.textChanged.connect(self._emit)
        self.evidence.textChanged.connect(self._emit)

    def _emit(self) -> None:
        if not self._loading:
            self.changed.emit(self.aspect.id)

    def load(self, value: dict[str, Any] | None, comment: str, evidence: str) -> None:
        self._loading = True
        try:
            self.input.set_value(value)
            self.comment.setPlainText(comment)
            self.evidence.setPlainText(evidence)
        finally:
            self._loading = False

    def answer(self) -> tuple[dict[str, Any], str, str]:
        return self.input.value(), self.comment.toPlainText(), self.evidence.toPlainText()

    def show_check(self, check: Check) -> None:
        badge = QCoreApplication.translate("AspectEditor", COMPLETION_BADGES[check.completion])
        self.badge.setText(badge)
        self.badge.setAccessibleName(badge)
        self.input.show_check(check)

    def set_read_only(self, read_only: bool) -> None:
        self.input.set_read_only(read_only)
        self.comment.setReadOnly(read_only)
        self.evidence.setReadOnly(read_only)

    def focus_answer(self) -> QWidget:
        """Put the keyboard focus on the answer's first control, as Tab into it would.

        (A scale lands on its chosen option, a text field's text is selected; a read-only
        answer whose controls are all disabled falls back to the comment.) Returns the
        widget that got the focus.
        """
        target = self._first_focusable(self.input) or self.comment
        target.setFocus(Qt.FocusReason.TabFocusReason)
        if isinstance(target, QLineEdit):  # selected as by Tab, even if it had the focus
            target.selectAll()
        return target

    def _first_focusable(self, container: QWidget) -> QWidget | None:
        """The first Tab stop inside ``container``, in the window's focus chain order."""
        widget = container.nextInFocusChain()
        while widget is not container:
            if (container.isAncestorOf(widget) and widget.isEnabled()
                    and widget.isVisibleTo(self)
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                    and widget.focusProxy() is None):
                return widget
            widget = widget.nextInFocusChain()
        return None


class CategoryPage(QWidget):
    """The editors of one category's aspects (optionally only some of them).

    The first ``EAGER_EDITORS`` editors — what a window shows at once — are built with
    the page; the others right after its first paint, ``EDITORS_PER_TICK`` per turn of
    the event loop (the window stays responsive), then ``completed`` is emitted.
    ``editors`` builds any that are still missing before answering, so code that needs
    every editor simply gets them; ``built_editors`` never waits.
    """

    EAGER_EDITORS = 5
    EDITORS_PER_TICK = 2

    completed = Signal()

    def __init__(self, category: Category, theme_name: str, aspects: Iterable[Aspect],
                 chooser: AttachmentChooser, parent: QWidget | None = None, *,
                 setup: Callable[[AspectEditor], None] | None = None) -> None:
        super().__init__(parent)
        self.category = category
        self._chooser = chooser
        self._setup = setup
        layout = self._layout = QVBoxLayout(self)
        heading = QLabel(f"<h2>{escape(category.name.capitalize())}</h2>"
                         f"<div>{escape(theme_name.capitalize())}</div>")
        heading.setTextFormat(Qt.TextFormat.RichText)
        heading.setWordWrap(True)  # a long title must not widen the page (200 % text)
        heading.setAccessibleName(self.tr("Categoria {category}, tema {theme}").format(
            category=category.name, theme=theme_name))
        layout.addWidget(heading)
        self.built_editors: dict[int, AspectEditor] = {}
        self.tab_chain: list[QWidget] | None = None  # the view's Tab order, once complete
        self._pending = list(aspects)
        if not self._pending:
            done = QLabel(self.tr("Todos os aspectos desta categoria já foram respondidos."))
            done.setWordWrap(True)
            layout.addWidget(done)
        layout.addStretch(1)
        # Owned by the page: never fires for a page that is gone.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._build_later)
        self._build(self.EAGER_EDITORS)

    @property
    def editors(self) -> dict[int, AspectEditor]:
        """Every editor of the page (those not built yet are built now)."""
        self.build_all()
        return self.built_editors

    @property
    def complete(self) -> bool:
        return not self._pending

    def build_all(self) -> None:
        self._build(len(self._pending))

    def _build(self, count: int) -> None:
        if not self._pending or count <= 0:
            return
        batch, self._pending = self._pending[:count], self._pending[count:]
        for aspect in batch:
            editor = AspectEditor(aspect, self._chooser)
            self.built_editors[aspect.id] = editor
            self._layout.insertWidget(self._layout.count() - 1, editor)  # before the stretch
            if self._setup is not None:
                self._setup(editor)
            if self.isVisible():  # else the layout shows it only on a later turn of the loop
                editor.show()
        if self.isVisible():  # geometry now, not on a later turn (a click may come first):
            # the layout, then the scroll area resizes the page to its new size hint
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        if not self._pending:
            self.completed.emit()

    def _build_later(self) -> None:
        self._build(self.EDITORS_PER_TICK)
        if self._pending:
            self._timer.start()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._pending and not self._timer.isActive():
            self._timer.start()
