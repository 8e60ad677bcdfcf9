"""Dialogs: núcleo profile and new assessment."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aspectos_desktop.catalogue.model import Catalogue
from aspectos_desktop.places import UFS, municipios_in_uf
from aspectos_desktop.store import StoreError
from aspectos_desktop.text import fold
from aspectos_desktop.ui.answer_inputs import error_label, show_error


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _date_edit(initial: date) -> QDateEdit:
    edit = QDateEdit(QDate(initial.year, initial.month, initial.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    return edit


class FittingScrollArea(QScrollArea):
    """Holds a dialog's fields: as big as they are, scrolling only when the screen is smaller.

    (At 200 % text the new-assessment dialog is taller than a 1366×768 screen; its OK
    button must stay reachable.)
    """

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def sizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().sizeHint()
        hint = content.sizeHint()
        return QSize(hint.width() + self.verticalScrollBar().sizeHint().width(), hint.height())


def fit_to_screen(dialog: QDialog) -> None:
    """Resize ``dialog`` to its size hint, but never past the screen (title bar included)."""
    for area in dialog.findChildren(FittingScrollArea):
        area.updateGeometry()  # its content may have grown (a group box shown)
    hint = dialog.sizeHint()
    screen = dialog.screen()
    if screen is not None:
        available = screen.availableGeometry()
        hint = hint.boundedTo(QSize(available.width() - 16, available.height() - 48))
    dialog.resize(hint)


class FoldedCompleter(QCompleter):
    """Completes município names ignoring accents and case: "sao luis" finds São Luís.

    Matching runs on ``MATCH_ROLE`` (each name folded) against the folded typed text;
    the popup and the line edit show the real names.
    """

    MATCH_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, names: list[str], parent: QWidget) -> None:
        model = QStandardItemModel(parent)
        for name in names:
            item = QStandardItem(name)
            item.setData(fold(name), self.MATCH_ROLE)
            model.appendRow(item)
        super().__init__(model, parent)
        self.setCompletionRole(self.MATCH_ROLE)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)

    def splitPath(self, path: str) -> list[str]:
        return [fold(path)]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole))


NucleoSave = Callable[[dict[str, Any], list[tuple[str, str]]], None]


class NucleoDialog(QDialog):
    """Create or edit a núcleo: name, UF and município (IBGE list), CNES, contact, and who
    answers (respondents: name and role).

    With ``save``, OK saves through it while the dialog is still open: a refusal (an
    invalid e-mail, a full disk) is shown beside the fields and nothing typed is lost.
    """

    FIELD_CHARS = 45  # minimum width of the fields, in average characters
    COL_NAME, COL_ROLE = 0, 1

    def __init__(self, parent: QWidget | None = None, initial: dict[str, Any] | None = None,
                 *, respondents: Sequence[tuple[str, str]] = (),
                 save: NucleoSave | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Núcleo de telessaúde"))
        self._save = save
        initial = initial or {}
        form = QFormLayout(self)
        self.name = QLineEdit(initial.get("name", ""))
        self.institution = QLineEdit(initial.get("institution") or "")
        self.uf = QComboBox()
        self.uf.addItem(self.tr("— escolha a UF —"), None)
        for sigla, state in UFS.items():
            self.uf.addItem(f"{sigla} — {state}", sigla)
        self.municipio = QComboBox()
        self.municipio.setEditable(True)
        self.municipio.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.cnes = QLineEdit(initial.get("cnes") or "")
        self.cnes.setInputMask("9999999;_")
        self.contact_name = QLineEdit(initial.get("contact_name") or "")
        self.contact_email = QLineEdit(initial.get("contact_email") or "")
        self.contact_phone = QLineEdit(initial.get("contact_phone") or "")
        self.error = error_label()
        rows = [
            (self.tr("&Nome do núcleo:"), self.name),
            (self.tr("&Instituição:"), self.institution),
            (self.tr("&UF:"), self.uf),
            (self.tr("&Município (IBGE):"), self.municipio),
            (self.tr("&CNES (opcional):"), self.cnes),
            (self.tr("C&ontato — nome:"), self.contact_name),
            (self.tr("Contato — &e-mail:"), self.contact_email),
            (self.tr("Contato — &telefone:"), self.contact_phone),
        ]
        for label, widget in rows:
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
        self.uf.setAccessibleDescription(self.tr("Escolher a UF preenche a lista de municípios"))
        self.municipio.setAccessibleDescription(
            self.tr("Digite parte do nome, com ou sem acentos, para filtrar os municípios da UF"))
        self.cnes.setAccessibleDescription(self.tr("Código CNES do estabelecimento: 7 dígitos"))
        form.addRow(self._respondents_box(respondents))
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.uf.currentIndexChanged.connect(self._fill_municipios)
        if initial.get("uf"):
            self.uf.setCurrentIndex(max(self.uf.findData(initial["uf"]), 0))
            index = self.municipio.findData(initial.get("municipio_code"))
            self.municipio.setCurrentIndex(max(index, 0))
        # Room for a long name (scales with the text size); filled fields show their start.
        field_width = self.fontMetrics().averageCharWidth() * self.FIELD_CHARS
        for _label, widget in rows:
            widget.setMinimumWidth(field_width)
        for edit in (self.name, self.institution, self.cnes, self.contact_name,
                     self.contact_email, self.contact_phone, self.municipio.lineEdit()):
            edit.setCursorPosition(0)

    def _respondents_box(self, respondents: Sequence[tuple[str, str]]) -> QGroupBox:
        box = QGroupBox(self.tr("Respondentes (quem responde pela avaliação)"))
        layout = QVBoxLayout(box)
        self.respondents_table = QTableWidget(0, 2)
        self.respondents_table.setHorizontalHeaderLabels([self.tr("Nome"), self.tr("Função")])
        self.respondents_table.setAccessibleName(self.tr("Respondentes"))
        self.respondents_table.setAccessibleDescription(self.tr(
            "Uma linha por pessoa: nome e função. Use Adicionar e Remover."))
        header = self.respondents_table.horizontalHeader()
        header.setSectionResizeMode(self.COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.COL_ROLE, QHeaderView.ResizeMode.Stretch)
        self.respondents_table.verticalHeader().setVisible(False)
        self.respondents_table.setTabKeyNavigation(False)  # Tab leaves the table
        rows = max(len(respondents), 1)
        self.respondents_table.setMinimumHeight(
            self.respondents_table.horizontalHeader().sizeHint().height()
            + self.fontMetrics().height() * 2 * min(rows + 1, 4))
        for name, role in respondents:
            self._append_respondent(name, role)
        layout.addWidget(self.respondents_table)
        buttons = QHBoxLayout()
        self.add_respondent_button = QPushButton(self.tr("&Adicionar respondente"))
        self.remove_respondent_button = QPushButton(self.tr("&Remover selecionado"))
        self.add_respondent_button.clicked.connect(self.add_respondent)
        self.remove_respondent_button.clicked.connect(self.remove_respondent)
        buttons.addWidget(self.add_respondent_button)
        buttons.addWidget(self.remove_respondent_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return box

    def _append_respondent(self, name: str = "", role: str = "") -> int:
        row = self.respondents_table.rowCount()
        self.respondents_table.insertRow(row)
        self.respondents_table.setItem(row, self.COL_NAME, QTableWidgetItem(name))
        self.respondents_table.setItem(row, self.COL_ROLE, QTableWidgetItem(role))
        return row

    def add_respondent(self) -> None:
        """A new row, its name cell ready for typing."""
        row = self._append_respondent()
        self.respondents_table.setFocus()
        self.respondents_table.setCurrentCell(row, self.COL_NAME)
        self.respondents_table.editItem(self.respondents_table.item(row, self.COL_NAME))

    def remove_respondent(self) -> None:
        row = self.respondents_table.currentRow()
        if row >= 0:
            self.respondents_table.removeRow(row)

    def respondents(self) -> list[tuple[str, str]]:
        """(name, role) of each row; rows left entirely blank are ignored."""
        people: list[tuple[str, str]] = []
        for row in range(self.respondents_table.rowCount()):
            cells = [self.respondents_table.item(row, col) for col in (self.COL_NAME,
                                                                       self.COL_ROLE)]
            name, role = (cell.text().strip() if cell is not None else "" for cell in cells)
            if name or role:
                people.append((name, role))
        return people

    def _fill_municipios(self) -> None:
        self.municipio.clear()
        uf = self.uf.currentData()
        if not isinstance(uf, str):
            return
        names: list[str] = []
        for municipio in municipios_in_uf(uf):
            self.municipio.addItem(municipio.name, municipio.code)
            names.append(municipio.name)
        self.municipio.setCompleter(FoldedCompleter(names, self.municipio))
        self.municipio.setCurrentIndex(-1)

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text().strip(),
            "institution": self.institution.text().strip() or None,
            "uf": self.uf.currentData(),
            "municipio_code": self.municipio.currentData(),
            "municipio_name": self.municipio.currentText().strip(),
            "cnes": self.cnes.text().strip() or None,
            "contact_name": self.contact_name.text().strip() or None,
            "contact_email": self.contact_email.text().strip() or None,
            "contact_phone": self.contact_phone.text().strip() or None,
        }

    def _match_municipio(self, typed: str) -> int:
        """The município whose name is ``typed``, ignoring accents and case (-1: none)."""
        wanted = fold(typed)
        return next((index for index in range(self.municipio.count())
                     if fold(self.municipio.itemText(index)) == wanted), -1)

    def problem(self) -> str | None:
        values = self.values()
        if not values["name"]:
            return self.tr("Informe o nome do núcleo.")
        if not values["uf"]:
            return self.tr("Escolha a UF.")
        index = self._match_municipio(values["municipio_name"])
        if index < 0:
            return self.tr("Escolha um município da lista do IBGE.")
        self.municipio.setCurrentIndex(index)
        if values["cnes"] and len(values["cnes"]) != 7:
            return self.tr("O CNES tem 7 dígitos.")
        if any(not name for name, _role in self.respondents()):
            return self.tr("Informe o nome de cada respondente (ou remova a linha).")
        return None

    def _commit_cell_being_edited(self) -> None:
        """Enter in a cell also presses OK, before the view's queued commit of that cell:
        hand the typed text to the table first, or the save would miss it."""
        table = self.respondents_table
        editor = table.indexWidget(table.currentIndex())  # the open cell editor, if any
        if table.state() == QAbstractItemView.State.EditingState and editor is not None:
            table.itemDelegate().commitData.emit(editor)

    def accept(self) -> None:
        self._commit_cell_being_edited()
        problem = self.problem()
        if problem is None and self._save is not None:
            try:
                self._save(self.values(), self.respondents())
            except StoreError as error:  # the store's own checks (e-mail…), a full disk
                problem = error.message
        show_error(self.error, problem)
        if problem is None:
            super().accept()
        elif self.isVisible():
            fit_to_screen(self)  # room for the message: nothing typed is lost


class AssessmentDialog(QDialog):
    """New assessment: kind (with the monitor's identity for a visit), period and scope."""

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nova avaliação"))
        outer = QVBoxLayout(self)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(FittingScrollArea(body), 1)
        form = QFormLayout()
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Título da avaliação"))
        self.self_kind = QRadioButton(self.tr("&Autoavaliação"))
        self.visit_kind = QRadioButton(self.tr("&Visita de monitoramento"))
        self.self_kind.setChecked(True)
        kind_box = QWidget()
        kind_layout = QVBoxLayout(kind_box)
        kind_layout.setContentsMargins(0, 0, 0, 0)
        kind_layout.addWidget(self.self_kind)
        kind_layout.addWidget(self.visit_kind)
        today = date.today()
        self.period_start = _date_edit(date(today.year, 1, 1))
        self.period_end = _date_edit(date(today.year, 12, 31))
        self.period_start.setAccessibleName(self.tr("Início do período de referência"))
        self.period_end.setAccessibleName(self.tr("Fim do período de referência"))
        date_hint = self.tr("dd/mm/aaaa; as setas ↑ e ↓ mudam o dia, o mês ou o ano")
        for edit in (self.period_start, self.period_end):
            edit.setAccessibleDescription(date_hint)
        self.title.setAccessibleDescription(
            self.tr("Opcional; sem título, a lista mostra o tipo da avaliação"))
        form.addRow(self.tr("&Título:"), self.title)
        form.addRow(self.tr("Tipo:"), kind_box)
        form.addRow(self.tr("Período — &início:"), self.period_start)
        form.addRow(self.tr("Período — &fim:"), self.period_end)
        layout.addLayout(form)
        self.visit_box = QGroupBox(self.tr("Visita"))
        visit_form = QFormLayout(self.visit_box)
        self.monitor_name = QLineEdit()
        self.monitor_name.setAccessibleName(self.tr("Nome do monitor"))
        self.monitor_institution = QLineEdit()
        self.monitor_institution.setAccessibleName(self.tr("Instituição do monitor"))
        self.visit_date = _date_edit(today)
        self.visit_date.setAccessibleName(self.tr("Data da visita"))
        self.visit_date.setAccessibleDescription(date_hint)
        visit_form.addRow(self.tr("&Monitor(a):"), self.monitor_name)
        visit_form.addRow(self.tr("I&nstituição:"), self.monitor_institution)
        visit_form.addRow(self.tr("&Data da visita:"), self.visit_date)
        layout.addWidget(self.visit_box)
        scope = QGroupBox(self.tr("Escopo: temas avaliados"))
        grid = QGridLayout(scope)
        self.themes: dict[str, QCheckBox] = {}
        for index, theme in enumerate(catalogue.themes):
            count = sum(len(catalogue.categories[c].aspect_ids) for c in theme.category_ids)
            box = QCheckBox(f"{theme.name.capitalize()} ({count})")
            box.setChecked(True)
            self.themes[theme.slug] = box
            grid.addWidget(box, index // 2, index % 2)
        layout.addWidget(scope)
        self.error = error_label()
        outer.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.visit_kind.toggled.connect(self.visit_box.setVisible)
        self.visit_kind.toggled.connect(lambda _on: fit_to_screen(self))
        self.visit_box.setVisible(False)
        fit_to_screen(self)

    def values(self) -> dict[str, Any]:
        visit = self.visit_kind.isChecked()
        return {
            "kind": "visita" if visit else "autoavaliacao",
            "title": self.title.text().strip() or None,
            "period_start": _to_date(self.period_start.date()),
            "period_end": _to_date(self.period_end.date()),
            "theme_slugs": [slug for slug, box in self.themes.items() if box.isChecked()],
            "monitor_name": self.monitor_name.text().strip() or None if visit else None,
            "monitor_institution": (self.monitor_institution.text().strip() or None)
            if visit else None,
            "visit_date": _to_date(self.visit_date.date()) if visit else None,
        }

    def problem(self) -> str | None:
        values = self.values()
        if values["period_end"] < values["period_start"]:
            return self.tr("O fim do período é anterior ao início.")
        if not values["theme_slugs"]:
            return self.tr("Escolha pelo menos um tema.")
        if values["kind"] == "visita" and not values["monitor_name"]:
            return self.tr("Uma visita precisa do nome do(a) monitor(a).")
        return None

    def accept(self) -> None:
        problem = self.problem()
        show_error(self.error, problem)
        if problem is None:
            super().accept()
