"""A small chart drawn with QPainter (PySide6-Essentials has no QtCharts): one horizontal
stacked bar per theme with the share of each answer of the scale aspects, a legend, and
the same figures as text for assistive technology (accessible description, tooltips)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from aspectos_desktop.catalogue.forms import SCALES
from aspectos_desktop.catalogue.model import Catalogue
from aspectos_desktop.central.consolidation import MatrixRow, choice_label
from aspectos_desktop.ui.central_models import percent_text, theme_title

# One colour per answer value, Okabe–Ito first (told apart with the common colour-vision
# deficiencies): a theme may mix scales, so no two values share a colour ("Não se aplica"
# and "Não sabe" mean the same on every scale). Segments also carry their percentage as
# text and a frame, and the legend names each colour: colour is never the only cue.
CHOICE_COLOURS: dict[str, str] = {
    "sim": "#0072B2", "nao": "#D55E00", "nao_se_aplica": "#999999", "nao_sabe": "#E5E5E5",
    "atendeu_totalmente": "#009E73", "atendeu_parcialmente": "#F0E442", "nao_atendeu": "#CC79A7",
    "1": "#7F2704", "2": "#E69F00", "3": "#FFF7BC", "4": "#56B4E9", "5": "#003F5C",
}  # fmt: skip
FALLBACK_COLOURS = ("#8C510A", "#01665E", "#762A83", "#1B7837")
CHOICE_ORDER: dict[str, int] = {
    value: index
    for index, value in enumerate(dict.fromkeys(v for scale in SCALES.values() for v, _ in scale))
}
MARGIN = 12
SPACING = 8


@dataclass(frozen=True, slots=True)
class ThemeShares:
    """The answers of one theme summed over the assessments shown."""

    slug: str
    title: str
    assessments: int
    answered: int
    total: int
    counts: dict[str, int]

    @property
    def scale_answers(self) -> int:
        return sum(self.counts.values())

    def share(self, choice: str) -> float:
        return 100 * self.counts[choice] / self.scale_answers if self.scale_answers else 0.0

    @property
    def completion(self) -> float:
        return 100 * self.answered / self.total if self.total else 0.0


def theme_shares(rows: Sequence[MatrixRow], catalogue: Catalogue) -> list[ThemeShares]:
    """Per covered theme (catalogue order), the scale answers summed over ``rows``."""
    result: list[ThemeShares] = []
    for theme in catalogue.themes:
        cells = [row.by_theme[theme.slug] for row in rows if theme.slug in row.by_theme]
        if not cells:
            continue
        counts: dict[str, int] = {}
        for cell in cells:
            for choice, count in cell.counts.items():
                counts[choice] = counts.get(choice, 0) + count
        ordered = dict(sorted(counts.items(), key=lambda i: (CHOICE_ORDER.get(i[0], 99), i[0])))
        result.append(ThemeShares(theme.slug, theme_title(theme), len(cells),
                                  sum(c.answered for c in cells), sum(c.total for c in cells),
                                  ordered))
    return result


def choice_colour(choice: str) -> QColor:
    found = CHOICE_COLOURS.get(choice)
    if found is None:
        found = FALLBACK_COLOURS[sum(map(ord, choice)) % len(FALLBACK_COLOURS)]
    return QColor(found)


def text_colour_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on ``background``."""
    r, g, b = background.redF(), background.greenF(), background.blueF()
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return QColor("#000000") if luminance > 0.45 else QColor("#ffffff")


class ShareChart(QWidget):
    """Horizontal stacked bars: for each theme, the share of each scale answer."""

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.data: list[ThemeShares] = []
        self.empty_text = self.tr("Nenhuma avaliação a mostrar.")
        self._rows: list[tuple[QRect, ThemeShares]] = []
        self.setAccessibleName(self.tr("Gráfico: distribuição das respostas por tema"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMouseTracking(True)
        self._describe()

    # -- data

    def set_rows(self, rows: Sequence[MatrixRow], empty_text: str | None = None) -> None:
        """Show ``rows``; ``empty_text`` says why there is nothing (no import yet, the
        filters…) when ``rows`` is empty."""
        self.data = theme_shares(rows, self.catalogue)
        if empty_text is not None:
            self.empty_text = empty_text
        self._describe()
        self.updateGeometry()
        self.update()

    def choices(self) -> list[str]:
        seen: dict[str, None] = {}
        for theme in self.data:
            for choice in theme.counts:
                seen[choice] = None
        return sorted(seen, key=lambda c: (CHOICE_ORDER.get(c, 99), c))

    def theme_text(self, theme: ThemeShares) -> str:
        """One theme in words (tooltip and accessible description)."""
        head = self.tr("{theme}: {n} avaliação(ões), {percent} dos aspectos respondidos").format(
            theme=theme.title, n=theme.assessments, percent=percent_text(theme.completion))
        if not theme.scale_answers:
            return head + "; " + self.tr("nenhuma resposta de escala")
        shares = ", ".join(f"{choice_label(c)} {percent_text(theme.share(c))}" for c in theme.counts)
        return head + "; " + shares

    def _describe(self) -> None:
        if not self.data:
            self.setAccessibleDescription(self.empty_text)
            return
        self.setAccessibleDescription(". ".join(self.theme_text(t) for t in self.data) + ".")

    # -- geometry

    def _row_height(self) -> int:
        return max(QFontMetrics(self.font()).height() * 2 + 6, 34)

    def _legend_height(self, width: int) -> int:
        metrics = QFontMetrics(self.font())
        line = metrics.height() + 6
        lines, x = 1, MARGIN
        for choice in self.choices():
            item = metrics.height() + 6 + metrics.horizontalAdvance(choice_label(choice)) + 18
            if x + item > width - MARGIN and x > MARGIN:
                lines, x = lines + 1, MARGIN
            x += item
        return lines * line

    def sizeHint(self) -> QSize:
        metrics = QFontMetrics(self.font())
        rows = max(len(self.data), 1)
        height = (MARGIN * 2 + metrics.height() + SPACING + rows * self._row_height() + SPACING
                  + self._legend_height(max(self.width(), 600)))
        return QSize(640, height)

    def minimumSizeHint(self) -> QSize:
        return QSize(360, self.sizeHint().height())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        metrics = QFontMetrics(self.font())
        rows = max(len(self.data), 1)
        return (MARGIN * 2 + metrics.height() + SPACING + rows * self._row_height() + SPACING
                + self._legend_height(width))

    # -- painting

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        metrics = QFontMetrics(self.font())
        width = self.width()
        title_font = self.font()
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        title = self.tr("Distribuição das respostas de escala por tema (% das respostas)")
        painter.drawText(QRect(MARGIN, MARGIN, width - 2 * MARGIN, metrics.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(title, Qt.TextElideMode.ElideRight, width - 2 * MARGIN))
        painter.setFont(self.font())
        top = MARGIN + metrics.height() + SPACING
        self._rows = []
        if not self.data:
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(QRect(MARGIN, top, width - 2 * MARGIN, self._row_height()),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.empty_text)
            self._paint_focus(painter)
            return
        label_width = min(max(metrics.horizontalAdvance(t.title) for t in self.data) + SPACING,
                          int(width * 0.34))
        bar_left = MARGIN + label_width + SPACING
        bar_width = max(width - bar_left - MARGIN, 40)
        row_height = self._row_height()
        bar_height = metrics.height() + 8
        frame = QPen(palette.color(QPalette.ColorRole.Mid))
        for index, theme in enumerate(self.data):
            y = top + index * row_height
            row_rect = QRect(0, y, width, row_height)
            self._rows.append((row_rect, theme))
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            label = metrics.elidedText(theme.title, Qt.TextElideMode.ElideRight, label_width)
            painter.drawText(QRect(MARGIN, y, label_width, metrics.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
            small = self.tr("{n} aval. · {percent} respondido").format(
                n=theme.assessments, percent=percent_text(theme.completion))
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(QRect(MARGIN, y + metrics.height(), label_width, metrics.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(small, Qt.TextElideMode.ElideRight, label_width))
            bar_top = y + (row_height - bar_height) // 2
            if not theme.scale_answers:
                painter.setPen(frame)
                painter.drawRect(QRect(bar_left, bar_top, bar_width - 1, bar_height))
                painter.setPen(palette.color(QPalette.ColorRole.Text))
                painter.drawText(QRect(bar_left, bar_top, bar_width, bar_height),
                                 Qt.AlignmentFlag.AlignCenter, self.tr("sem respostas de escala"))
                continue
            x = float(bar_left)
            for choice in theme.counts:
                share = theme.share(choice)
                segment_width = bar_width * share / 100
                segment = QRect(round(x), bar_top, max(round(x + segment_width) - round(x), 1),
                                bar_height)
                colour = choice_colour(choice)
                painter.fillRect(segment, colour)
                painter.setPen(frame)
                painter.drawRect(segment.adjusted(0, 0, -1, -1))
                label = percent_text(share)
                if metrics.horizontalAdvance(label) + 6 <= segment.width():
                    painter.setPen(text_colour_on(colour))
                    painter.drawText(segment, Qt.AlignmentFlag.AlignCenter, label)
                x += segment_width
        self._paint_legend(painter, top + len(self.data) * row_height + SPACING)
        self._paint_focus(painter)

    def _paint_legend(self, painter: QPainter, top: int) -> None:
        metrics = QFontMetrics(self.font())
        palette = self.palette()
        box = metrics.height()
        x, y = MARGIN, top
        for choice in self.choices():
            label = choice_label(choice)
            item = box + 6 + metrics.horizontalAdvance(label) + 18
            if x + item > self.width() - MARGIN and x > MARGIN:
                x, y = MARGIN, y + metrics.height() + 6
            swatch = QRect(x, y + 1, box - 2, box - 2)
            painter.fillRect(swatch, choice_colour(choice))
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Text)))
            painter.drawRect(swatch)
            painter.drawText(QRect(x + box + 4, y, item - box, metrics.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
            x += item

    def _paint_focus(self, painter: QPainter) -> None:
        if self.hasFocus():
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight))
            pen.setWidth(2)
            painter.setPen(pen)
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))

    # -- tooltips

    def theme_at(self, point: QPoint) -> ThemeShares | None:
        for rect, theme in self._rows:
            if rect.contains(point):
                return theme
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            theme = self.theme_at(event.pos())
            if theme is not None:
                QToolTip.showText(event.globalPos(), self.theme_text(theme), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)
