"""Every saved version of one answer, with a way to restore any of them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aspectos_desktop.answers import describe_value
from aspectos_desktop.catalogue.model import Aspect
from aspectos_desktop.store import AnswerHistory

COL_WHEN, COL_WHO, COL_ACTION, COL_ANSWER, COL_COMMENT = range(5)
ACTION_LABELS = {"save": "alteração", "restore": "restauração"}


class HistoryDialog(QDialog):
    """Lists the versions, newest first; ``chosen`` is the history id to restore, if any."""

    def __init__(self, aspect: Aspect, entries: Sequence[AnswerHistory], *, editable: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Histórico — {aspect}").format(aspect=aspect.aspecto))
        self.resize(820, 420)
        self.entries = list(reversed(entries))
        self.chosen: int | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("{n} versão(ões) gravada(s). Escolha uma e use “Restaurar” para "
                               "voltar a ela; a versão atual continua no histórico.").format(
            n=len(self.entries)))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(self.entries), 5)
        self.table.setHorizontalHeaderLabels([
            self.tr("Quando"), self.tr("Quem"), self.tr("Ação"), self.tr("Resposta"),
            self.tr("Comentário")])
        self.table.setAccessibleName(self.tr("Versões da resposta"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, entry in enumerate(self.entries):
            cells = {
                COL_WHEN: entry.changed_at.astimezone().strftime("%d/%m/%Y %H:%M:%S"),
                COL_WHO: entry.changed_by,
                COL_ACTION: ACTION_LABELS.get(entry.action, entry.action),
                COL_ANSWER: describe_value(aspect.form, entry.value),
                COL_COMMENT: entry.comment,
            }
            for column, text in cells.items():
                self.table.setItem(row, column, QTableWidgetItem(text))
        if self.entries:
            self.table.selectRow(0)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("&Restaurar esta versão"))
        self.restore_button.setEnabled(editable and bool(self.entries))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._restore)
        layout.addWidget(buttons)

    def _restore(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.entries):
            self.chosen = self.entries[row].id
            self.accept()
