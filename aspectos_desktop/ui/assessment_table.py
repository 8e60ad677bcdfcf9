"""Qt table model of a núcleo's assessments (column constants, Vorta style)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from aspectos_desktop.store import Assessment
from aspectos_desktop.ui.assessment_view import kind_label, status_label
from aspectos_desktop.wizard import Progress

COL_TITLE = 0
COL_KIND = 1
COL_PERIOD = 2
COL_REVISION = 3
COL_STATUS = 4
COL_PROGRESS = 5
COL_UPDATED = 6
CONTEXT = "AssessmentTableModel"
HEADERS = (  # source (pt-BR) texts, translated in headerData()
    QT_TRANSLATE_NOOP("AssessmentTableModel", "Avaliação"),
    QT_TRANSLATE_NOOP("AssessmentTableModel", "Tipo"),
    QT_TRANSLATE_NOOP("AssessmentTableModel", "Período"),
    QT_TRANSLATE_NOOP("AssessmentTableModel", "Revisão"),
    QT_TRANSLATE_NOOP("AssessmentTableModel", "Situação"),
    QT_TRANSLATE_NOOP("AssessmentTableModel", "Progresso"),
    QT_TRANSLATE_NOOP("AssessmentTableModel", "Atualizada em"),
)


@dataclass(frozen=True, slots=True)
class AssessmentRow:
    assessment: Assessment
    progress: Progress


class AssessmentTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[AssessmentRow] = []

    def set_rows(self, rows: list[AssessmentRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(CONTEXT, HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.rows[index.row()]
        a = row.assessment
        column = index.column()
        if column == COL_TITLE:
            return a.title or kind_label(a.kind)
        if column == COL_KIND:
            kind = kind_label(a.kind)
            return f"{kind} ({a.monitor_name})" if a.kind == "visita" and a.monitor_name else kind
        if column == COL_PERIOD:
            return QCoreApplication.translate("AssessmentTableModel", "{start} a {end}").format(
                start=f"{a.period_start:%d/%m/%Y}", end=f"{a.period_end:%d/%m/%Y}")
        if column == COL_REVISION:
            return str(a.revision)
        if column == COL_STATUS:
            return status_label(a.status)
        if column == COL_PROGRESS:
            p = row.progress
            return f"{p.answered}/{p.total} ({p.percent}%)"
        if column == COL_UPDATED:
            return a.updated_at.astimezone().strftime("%d/%m/%Y %H:%M")
        return None

    def assessment_at(self, row: int) -> Assessment | None:
        return self.rows[row].assessment if 0 <= row < len(self.rows) else None
