"""Review before finalizing: unanswered and invalid aspects per theme, each a link."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from aspectos_desktop.answers import Completion
from aspectos_desktop.catalogue.model import Catalogue
from aspectos_desktop.ui.answer_inputs import ERROR_STYLE
from aspectos_desktop.wizard import Progress, ReviewItem

# The "invalid" mark: the colours of a field's error message (white on dark red, readable
# in the normal and the high-contrast palette alike).
INVALID_MARK_STYLE = ERROR_STYLE.replace("palette(bright-text)", "#ffffff")


class ReviewPage(QWidget):
    aspect_requested = Signal(int)
    finalize_requested = Signal()

    def __init__(self, catalogue: Catalogue, items: Mapping[str, list[ReviewItem]],
                 theme_progress: Mapping[str, Progress], *, editable: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        total = Progress()
        for progress in theme_progress.values():
            total = total + progress
        heading = QLabel("<h2>{}</h2>".format(escape(self.tr("Revisão"))))
        heading.setTextFormat(Qt.TextFormat.RichText)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        summary = QLabel(self.tr("{answered} de {total} aspectos respondidos ({percent}%); "
                                 "{invalid} com resposta inválida.").format(
            answered=total.answered, total=total.total, percent=total.percent,
            invalid=total.invalid))
        summary.setObjectName("reviewSummary")
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.finalize_button = QPushButton(self.tr("Finalizar avaliação…"))
        self.finalize_button.setAccessibleDescription(
            self.tr("Bloqueia a avaliação para edição; alterações depois só em nova revisão."))
        self.finalize_button.setToolTip(self.finalize_button.accessibleDescription())
        self.finalize_button.setEnabled(editable)
        self.finalize_button.clicked.connect(self.finalize_requested)
        layout.addWidget(self.finalize_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.links: list[QLabel] = []
        for theme in catalogue.themes:
            if theme.slug not in theme_progress:
                continue
            theme_items = items.get(theme.slug, [])
            progress = theme_progress[theme.slug]
            counts = self.tr("{answered}/{total} respondidos").format(
                answered=progress.answered, total=progress.total)
            if progress.invalid:
                counts += self.tr(" · {invalid} inválido(s)").format(invalid=progress.invalid)
            header = QLabel(f"<h3>{escape(theme.name.capitalize())}</h3>{escape(counts)}")
            header.setTextFormat(Qt.TextFormat.RichText)
            header.setWordWrap(True)  # a long theme name must not widen the page (200 % text)
            layout.addWidget(header)
            if not theme_items:
                done = QLabel(self.tr("Tudo respondido neste tema."))
                done.setWordWrap(True)
                layout.addWidget(done)
                continue
            lines: list[str] = []
            invalid_text = self.tr("⚠ inválido")  # outside the f-string: lupdate finds it
            invalid = f'<span style="{INVALID_MARK_STYLE}"><b>{escape(invalid_text)}</b></span>'
            unanswered = escape(self.tr("○ não respondido"))
            # Invalid answers first: a few to fix, not lost among dozens of blanks.
            ordered = sorted(theme_items, key=lambda i: i.completion is not Completion.INVALID)
            for item in ordered:
                mark = invalid if item.completion is Completion.INVALID else unanswered
                lines.append(
                    f'<a href="aspect:{item.aspect.id}">{escape(item.aspect.categoria)} › '
                    f"{escape(item.aspect.aspecto)}</a> — {mark}"
                )
            link = QLabel("<br>".join(lines))
            link.setTextFormat(Qt.TextFormat.RichText)
            link.setWordWrap(True)
            link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            link.setAccessibleName(self.tr("Pendências do tema {theme}").format(theme=theme.name))
            link.setAccessibleDescription(
                self.tr("Links para os aspectos pendentes; Tab passa de um a outro, Enter abre"))
            link.linkActivated.connect(self._open_link)
            self.links.append(link)
            layout.addWidget(link)
        layout.addStretch(1)

    def _open_link(self, href: str) -> None:
        if href.startswith("aspect:"):
            self.aspect_requested.emit(int(href.split(":", 1)[1]))
