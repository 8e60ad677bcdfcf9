"""One wizard page: the aspects of one category, each with its answer, comment and evidence."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
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


class CategoryPage(QWidget):
    """The editors of one category's aspects (optionally only some of them)."""

    def __init__(self, category: Category, theme_name: str, aspects: Iterable[Aspect],
                 chooser: AttachmentChooser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.category = category
        layout = QVBoxLayout(self)
        heading = QLabel(f"<h2>{escape(category.name.capitalize())}</h2>"
                         f"<div>{escape(theme_name.capitalize())}</div>")
        heading.setTextFormat(Qt.TextFormat.RichText)
        heading.setAccessibleName(self.tr("Categoria {category}, tema {theme}").format(
            category=category.name, theme=theme_name))
        layout.addWidget(heading)
        self.editors: dict[int, AspectEditor] = {}
        for aspect in aspects:
            editor = AspectEditor(aspect, chooser)
            self.editors[aspect.id] = editor
            layout.addWidget(editor)
        if not self.editors:
            layout.addWidget(QLabel(self.tr("Todos os aspectos desta categoria já foram respondidos.")))
        layout.addStretch(1)
