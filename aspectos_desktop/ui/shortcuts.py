"""The keyboard shortcuts, in one list, and the Ajuda › Atalhos de teclado dialog."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

CONTEXT = "Shortcuts"

# (keys, what they do). Keys in Qt's portable form ("Ctrl+R"), shown in the user's
# platform spelling; plain descriptions are keys too ("1…9") and are translated.
SHORTCUTS: tuple[tuple[str, str], ...] = (
    ("Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "Nova avaliação")),
    ("Ctrl+E", QT_TRANSLATE_NOOP("Shortcuts", "Exportar a avaliação")),
    ("Ctrl+Q", QT_TRANSLATE_NOOP("Shortcuts", "Sair")),
    ("F1", QT_TRANSLATE_NOOP("Shortcuts", "Atalhos de teclado (esta lista)")),
    ("Alt+Right", QT_TRANSLATE_NOOP("Shortcuts", "Próxima categoria")),
    ("Ctrl+PgDown", QT_TRANSLATE_NOOP("Shortcuts", "Próxima categoria")),
    ("Alt+Left", QT_TRANSLATE_NOOP("Shortcuts", "Categoria anterior")),
    ("Ctrl+PgUp", QT_TRANSLATE_NOOP("Shortcuts", "Categoria anterior")),
    ("Ctrl+R", QT_TRANSLATE_NOOP("Shortcuts", "Revisar e finalizar")),
    ("Ctrl+F", QT_TRANSLATE_NOOP("Shortcuts", "Buscar aspecto")),
    ("Alt+Home", QT_TRANSLATE_NOOP("Shortcuts", "Voltar à lista de avaliações")),
)

# Keys that are not one sequence (typed as shown, translated).
OTHER_KEYS: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("Shortcuts", "1, 2, 3…"),
     QT_TRANSLATE_NOOP("Shortcuts", "Escolher a opção da escala (com o foco na resposta)")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Tab / Shift+Tab"),
     QT_TRANSLATE_NOOP("Shortcuts", "Próximo / anterior controle")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Setas"),
     QT_TRANSLATE_NOOP("Shortcuts", "Mudar a opção marcada; andar na árvore e nas tabelas")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Enter"),
     QT_TRANSLATE_NOOP("Shortcuts", "Abrir a avaliação, categoria ou resultado de busca")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Alt + letra sublinhada"),
     QT_TRANSLATE_NOOP("Shortcuts", "Ir ao campo ou menu com essa letra")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Esc"),
     QT_TRANSLATE_NOOP("Shortcuts", "Fechar a janela de diálogo")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def shortcut_rows() -> list[tuple[str, str]]:
    """(keys as the user reads them, what they do), translated."""
    rows = [(QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText), _tr(action))
            for keys, action in SHORTCUTS]
    rows += [(_tr(keys), _tr(action)) for keys, action in OTHER_KEYS]
    return rows


class ShortcutsDialog(QDialog):
    """A read-only table of every shortcut; Esc or Fechar closes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Atalhos de teclado"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Todo o Aspectos pode ser usado só com o teclado:"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        rows = shortcut_rows()
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Teclas"), self.tr("Ação")])
        self.table.setAccessibleName(self.tr("Atalhos de teclado"))
        self.table.setAccessibleDescription(
            self.tr("Duas colunas: as teclas e o que elas fazem; use as setas para ler"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, (keys, action) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(action))
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fit(intro, buttons)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fit(self, intro: QWidget, buttons: QWidget) -> None:
        """Show every row without scrolling when the screen allows (text size included)."""
        table = self.table
        frame = 2 * table.frameWidth()
        width = (table.sizeHintForColumn(0) + table.sizeHintForColumn(1) + frame
                 + table.verticalScrollBar().sizeHint().width() + 8)
        height = (table.horizontalHeader().sizeHint().height() + frame
                  + sum(table.rowHeight(r) for r in range(table.rowCount())))
        margins = self.layout().contentsMargins()
        spacing = 2 * max(self.layout().spacing(), 0)
        width += margins.left() + margins.right()
        height += (intro.sizeHint().height() + buttons.sizeHint().height() + spacing
                   + margins.top() + margins.bottom())
        screen = self.screen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, available.width() - 16)
            height = min(height, available.height() - 48)
        self.resize(width, height)

    def listed(self) -> list[tuple[str, str]]:
        return [(self.table.item(r, 0).text(), self.table.item(r, 1).text())
                for r in range(self.table.rowCount())]
