"""Dialogs: núcleo profile and new assessment."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QSize, QStringListModel, Qt
from PySide6.QtWidgets import (
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
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from aspectos_desktop.catalogue.model import Catalogue
from aspectos_desktop.places import UFS, municipios_in_uf
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


class NucleoDialog(QDialog):
    """Create or edit a núcleo: name, UF and município (IBGE list), CNES, contact."""

    FIELD_CHARS = 45  # minimum width of the fields, in average characters

    def __init__(self, parent: QWidget | None = None, initial: dict[str, Any] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Núcleo de telessaúde"))
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
            self.tr("Digite parte do nome para filtrar os municípios da UF"))
        self.cnes.setAccessibleDescription(self.tr("Código CNES do estabelecimento: 7 dígitos"))
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

    def _fill_municipios(self) -> None:
        self.municipio.clear()
        uf = self.uf.currentData()
        if not isinstance(uf, str):
            return
        names: list[str] = []
        for municipio in municipios_in_uf(uf):
            self.municipio.addItem(municipio.name, municipio.code)
            names.append(municipio.name)
        completer = QCompleter(QStringListModel(names, self.municipio), self.municipio)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.municipio.setCompleter(completer)
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

    def problem(self) -> str | None:
        values = self.values()
        if not values["name"]:
            return self.tr("Informe o nome do núcleo.")
        if not values["uf"]:
            return self.tr("Escolha a UF.")
        index = self.municipio.findText(values["municipio_name"], Qt.MatchFlag.MatchFixedString)
        if index < 0:
            return self.tr("Escolha um município da lista do IBGE.")
        self.municipio.setCurrentIndex(index)
        if values["cnes"] and len(values["cnes"]) != 7:
            return self.tr("O CNES tem 7 dígitos.")
        return None

    def accept(self) -> None:
        problem = self.problem()
        show_error(self.error, problem)
        if problem is None:
            super().accept()


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
