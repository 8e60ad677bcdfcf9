"""Answer inputs, one widget per answer form.

Every input offers ``value()``, ``set_value()``, ``show_check()`` and
``set_read_only()``, and emits ``edited`` on each user change. Raw text is kept
as typed; validation messages come from the Qt-free ``aspectos_desktop.answers``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aspectos_desktop.answers import Check, format_number, indicator_unit
from aspectos_desktop.catalogue.forms import NO_DATA_OPTIONS, PART_LABELS, SCALES, FormDict

ERROR_STYLE = "color: palette(bright-text); background: #b00020; padding: 1px 4px;"
# Part of the application style sheet (ui/app.py): one rule, not a style sheet per label
# (a page has ~100 of them; each widget style sheet costs a parse and a polish).
FIELD_ERROR_RULE = f"QLabel#fieldError {{ {ERROR_STYLE} }}\n"

# An attachment chooser returns the file-info dicts to add, or [] if the user cancelled;
# it raises AttachmentError (with the files it did add) for files it refused.
AttachmentChooser = Callable[[QWidget], list[dict[str, Any]]]


def error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("fieldError")  # styled by FIELD_ERROR_RULE
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def show_error(label: QLabel, message: str | None) -> None:
    label.setText(message or "")
    label.setVisible(bool(message))
    label.setAccessibleName(message or "")


class FlowLayout(QLayout):
    """Items left to right, wrapping onto a new line when the width runs out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _spacing(self) -> tuple[int, int]:
        spacing = self.spacing()
        if spacing >= 0:
            return spacing, spacing
        style = self.parentWidget().style() if self.parentWidget() is not None else None
        if style is None:
            return 6, 6
        return (style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing),
                style.pixelMetric(QStyle.PixelMetric.PM_LayoutVerticalSpacing))

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Lay the items out in ``rect`` (if ``move``); the height they need."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        space_x, space_y = self._spacing()
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y, line_height = area.x(), y + line_height + space_y, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + space_x
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()


class AnswerInput(QWidget):
    edited = Signal()

    def __init__(self, form: FormDict, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self.title = title
        self._loading = False

    def value(self) -> dict[str, Any]:
        raise NotImplementedError

    def set_value(self, value: dict[str, Any] | None) -> None:
        self._loading = True
        try:
            self._apply(value or {})
        finally:
            self._loading = False

    def _apply(self, value: dict[str, Any]) -> None:
        raise NotImplementedError

    def _emit(self) -> None:
        if not self._loading:
            self.edited.emit()

    def show_check(self, check: Check) -> None:
        """Show validation messages and computed values; default: nothing to show."""

    def set_read_only(self, read_only: bool) -> None:
        for child in self.findChildren(QWidget):
            if isinstance(child, QLineEdit):
                child.setReadOnly(read_only)
            elif isinstance(child, QRadioButton | QCheckBox | QComboBox | QPushButton):
                child.setEnabled(not read_only)
            elif isinstance(child, QTableWidget):
                child.setEditTriggers(
                    QAbstractItemView.EditTrigger.NoEditTriggers if read_only
                    else QAbstractItemView.EditTrigger.AllEditTriggers
                )


class ScaleInput(AnswerInput):
    """Radio buttons for the scale (keys 1…n choose), and the checklist under it."""

    def __init__(self, form: FormDict, title: str, parent: QWidget | None = None) -> None:
        super().__init__(form, title, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        options = SCALES[form["scale"]]
        # Sim/Não/Não se aplica/Não sabe fit one row even at 200 % text; longer scales
        # (5 or 7 options) flow onto more lines instead of widening the page.
        options_layout: QHBoxLayout | FlowLayout = row
        if len(options) > len(SCALES["sim_nao"]):
            options_layout = FlowLayout()
            options_layout.setContentsMargins(0, 0, 0, 0)
            row.addLayout(options_layout, 1)
        for number, (option, label) in enumerate(options, start=1):
            button = QRadioButton(label)
            button.setAccessibleName(f"{label} — {title}")
            key_hint = self.tr("Tecla {n}").format(n=number)
            button.setAccessibleDescription(key_hint)
            button.setToolTip(key_hint)
            self.group.addButton(button, number)
            button.installEventFilter(self)
            self.buttons[option] = button
            options_layout.addWidget(button)
        if options_layout is row:
            row.addStretch(1)
        self.clear_button = QPushButton(self.tr("Limpar"))
        self.clear_button.setAccessibleName(self.tr("Limpar resposta — {title}").format(title=title))
        self.clear_button.clicked.connect(self._clear)
        row.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        self.group.idToggled.connect(self._toggled)
        self.checks: dict[str, QCheckBox] = {}
        items: list[dict[str, str]] = form.get("checklist", [])
        if items:
            grid = QGridLayout()
            grid.setColumnStretch(1, 1)
            caption = QLabel(self.tr("Itens presentes (marque os que se aplicam):"))
            layout.addWidget(caption)
            for index, item in enumerate(items):
                box = QCheckBox(f"{item['key']})")
                box.setAccessibleName(self.tr("Item {key}: {text}").format(
                    key=item["key"], text=item["text"]))
                text = QLabel(item["text"])
                text.setWordWrap(True)
                text.setBuddy(box)
                box.toggled.connect(self._emit)
                self.checks[item["key"]] = box
                grid.addWidget(box, index, 0, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(text, index, 1)
            layout.addLayout(grid)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Tab into the scale lands on the chosen option, not on the first one.

        (Qt stops on the first radio button of a group; a screen reader would then
        announce "Sim, não marcado" although "Não sabe" is the answer.)
        """
        if (event.type() == QEvent.Type.FocusIn and isinstance(event, QFocusEvent)
                and event.reason() in (Qt.FocusReason.TabFocusReason,
                                       Qt.FocusReason.BacktabFocusReason)):
            checked = self.group.checkedButton()
            if checked is not None and checked is not watched and checked.isEnabled():
                checked.setFocus(event.reason())
                return True
        return super().eventFilter(watched, event)

    def _toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._emit()

    def _clear(self) -> None:
        if self.group.checkedButton() is None:
            return
        self.group.setExclusive(False)
        for button in self.buttons.values():
            button.setChecked(False)
        self.group.setExclusive(True)
        self._emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and self.group.button(int(text)) is not None:
            button = self.group.button(int(text))
            if button.isEnabled():
                button.setChecked(True)
                button.setFocus()
            return
        super().keyPressEvent(event)

    def value(self) -> dict[str, Any]:
        checked = self.group.checkedButton()
        choice = next((o for o, b in self.buttons.items() if b is checked), None)
        value: dict[str, Any] = {"choice": choice}
        if self.checks:
            value["checked"] = [key for key, box in self.checks.items() if box.isChecked()]
        return value

    def _apply(self, value: dict[str, Any]) -> None:
        choice = value.get("choice")
        self.group.setExclusive(False)
        for option, button in self.buttons.items():
            button.setChecked(option == choice)
        self.group.setExclusive(True)
        checked = set(value.get("checked") or [])
        for key, box in self.checks.items():
            box.setChecked(key in checked)


class NoDataChoice(QComboBox):
    """"Informar dados / Não se aplica / Não sabe" for every non-scale form."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(self.tr("Informar dados"), None)
        for status, label in NO_DATA_OPTIONS:
            self.addItem(label, status)
        self.setAccessibleName(self.tr("Situação da resposta — {title}").format(title=title))
        self.setAccessibleDescription(
            self.tr("Escolha “Não se aplica” ou “Não sabe” quando não houver dados"))

    def status(self) -> str | None:
        data = self.currentData()
        return data if isinstance(data, str) else None

    def set_status(self, status: str | None) -> None:
        index = self.findData(status) if status else 0
        self.setCurrentIndex(max(index, 0))


class PercentInput(AnswerInput):
    def __init__(self, form: FormDict, title: str, parent: QWidget | None = None) -> None:
        super().__init__(form, title, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("Valor (0 a 100 %):"))
        self.edit = QLineEdit()
        self.edit.setMaximumWidth(_text_width(self.edit, "100,000"))
        self.edit.setAccessibleName(self.tr("Percentual — {title}").format(title=title))
        label.setBuddy(self.edit)
        self.error = error_label()
        self.status = NoDataChoice(title)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(QLabel("%"))
        layout.addWidget(self.error, 1)
        # Takes the free room while the error is hidden (a stretch-0 spacer yields to the
        # error once it shows): label, field and choice keep their natural size.
        layout.addStretch(0)
        layout.addWidget(self.status)
        self.edit.textEdited.connect(self._emit)
        self.status.currentIndexChanged.connect(self._emit)

    def value(self) -> dict[str, Any]:
        return {"value": self.edit.text(), "status": self.status.status()}

    def _apply(self, value: dict[str, Any]) -> None:
        self.edit.setText(str(value.get("value") or ""))
        self.status.set_status(value.get("status"))

    def show_check(self, check: Check) -> None:
        show_error(self.error, check.errors.get("value"))


class IndicatorInput(AnswerInput):
    """Labels in column 0; numbers and dates (short) in column 1 with their error in column 2;
    unit and source span both (their error on the row below); the "Informar dados" choice
    on its own last row, at the right (beside the fields it made the input too wide for
    200 % text)."""

    FIELDS = ("numerator", "denominator", "unit", "period_start", "period_end", "source")
    SHORT_FIELDS = ("numerator", "denominator", "period_start", "period_end")
    SHORT_SAMPLE = "00/00/0000"  # the widest short value: a date

    def __init__(self, form: FormDict, title: str, parent: QWidget | None = None) -> None:
        super().__init__(form, title, parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(2, 1)
        parts: dict[str, str] = form.get("parts", {})
        labels = {
            "numerator": self.tr("Numerador:") if form["has_denominator"] else self.tr("Valor:"),
            "denominator": self.tr("Denominador:"),
            "unit": self.tr("Unidade:"),
            "period_start": self.tr("Período — início:"),
            "period_end": self.tr("Período — fim:"),
            "source": self.tr("Fonte dos dados:"),
        }
        hints = {
            "numerator": parts.get("numerador", ""),
            "denominator": parts.get("denominador", ""),
            "unit": form.get("unit") or parts.get("unidade", ""),
            "period_start": self.tr("dd/mm/aaaa"),
            "period_end": self.tr("dd/mm/aaaa"),
            "source": parts.get("fonte", ""),
        }
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        row = 0
        for key in self.FIELDS:
            if key == "denominator" and not form["has_denominator"]:
                continue
            label = QLabel(labels[key])
            edit = QLineEdit()
            edit.setPlaceholderText(hints[key][:80])
            edit.setAccessibleName(f"{labels[key].rstrip(':')} — {title}")
            if hints[key]:
                edit.setAccessibleDescription(hints[key])
                edit.setToolTip(hints[key])
            label.setBuddy(edit)
            edit.textEdited.connect(self._emit)
            error = error_label()
            grid.addWidget(label, row, 0)
            if key in self.SHORT_FIELDS:
                # Wide enough for a whole date (and "dd/mm/aaaa"), at any text size; a long
                # numerator/denominator hint stays in the tooltip.
                samples = [self.SHORT_SAMPLE]
                if key.startswith("period_"):
                    samples.append(edit.placeholderText())
                width = max(_text_width(edit, sample) for sample in samples)
                edit.setMinimumWidth(width)
                edit.setMaximumWidth(max(width, _text_width(edit, self.SHORT_SAMPLE + "00")))
                grid.addWidget(edit, row, 1)
                grid.addWidget(error, row, 2)
            else:  # free text: all the room there is, its (rare) error underneath
                grid.addWidget(edit, row, 1, 1, 2)
                row += 1
                grid.addWidget(error, row, 1, 1, 2)
            self.edits[key] = edit
            self.errors[key] = error
            row += 1
        self.computed = QLabel()
        self.computed.setObjectName("computedValue")
        self.computed.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        computed_label = QLabel(self.tr("Valor calculado:"))
        computed_label.setBuddy(self.computed)
        grid.addWidget(computed_label, row, 0)
        grid.addWidget(self.computed, row, 1, 1, 2)
        self.status = NoDataChoice(title)
        self.status.currentIndexChanged.connect(self._emit)
        grid.addWidget(self.status, row + 1, 0, 1, 3, Qt.AlignmentFlag.AlignRight)
        self._update_computed(None)

    def value(self) -> dict[str, Any]:
        value: dict[str, Any] = {key: edit.text() for key, edit in self.edits.items()}
        value["status"] = self.status.status()
        return value

    def _apply(self, value: dict[str, Any]) -> None:
        for key, edit in self.edits.items():
            edit.setText(str(value.get(key) or ""))
        self.status.set_status(value.get("status"))

    def show_check(self, check: Check) -> None:
        for key, label in self.errors.items():
            show_error(label, check.errors.get(key))
        self._update_computed(check)

    def _update_computed(self, check: Check | None) -> None:
        if check is None or check.computed is None:
            self.computed.setText("—")
            self.computed.setAccessibleName(self.tr("Valor calculado: nenhum"))
            return
        unit = indicator_unit(self.form, self.value())
        text = f"{format_number(check.computed)} {unit}".strip()
        self.computed.setText(text)
        self.computed.setAccessibleName(self.tr("Valor calculado: {value}").format(value=text))


class TableInput(AnswerInput):
    def __init__(self, form: FormDict, title: str, parent: QWidget | None = None) -> None:
        super().__init__(form, title, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        columns: list[str] = form["columns"]
        self.table = QTableWidget(0, len(columns))
        self.table.setHorizontalHeaderLabels(columns)
        self.table.setAccessibleName(self.tr("Tabela — {title}").format(title=title))
        self.table.setAccessibleDescription(self.tr(
            "Setas andam entre as células; F2 ou digitar edita; Tab sai da tabela"))
        self.table.setTabKeyNavigation(False)
        self.table.setCornerButtonEnabled(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(header.fontMetrics().horizontalAdvance("0000000"))
        for column, name in enumerate(columns):
            header_item = self.table.horizontalHeaderItem(column)
            if header_item is not None:
                header_item.setToolTip(name)
        # Long column names wrap (at 200 % text they would be cut on both sides otherwise).
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.sectionResized.connect(self._fit_header)
        self.table.setMinimumHeight(120)
        self.table.model().dataChanged.connect(self._emit)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Adicionar linha"))
        self.add_button.setAccessibleName(self.tr("Adicionar linha — {title}").format(title=title))
        self.remove_button = QPushButton(self.tr("Remover linha"))
        self.remove_button.setAccessibleName(
            self.tr("Remover linha selecionada — {title}").format(title=title))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        self.status = NoDataChoice(title)
        self.status.currentIndexChanged.connect(self._emit)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.status)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def _fit_header(self) -> None:
        """Make the header tall enough for its wrapped column names."""
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        lines = max((metrics.boundingRect(QRect(0, 0, max(header.sectionSize(c) - 8, 1), 100_000),
                                          flags, item.text()).height()
                     for c in range(self.table.columnCount())
                     if (item := self.table.horizontalHeaderItem(c)) is not None), default=0)
        header.setMinimumHeight(lines + 8)

    def add_row(self) -> None:
        self._loading = True
        try:
            row = self.table.rowCount()
            self.table.insertRow(row)
            for column in range(self.table.columnCount()):
                self.table.setItem(row, column, QTableWidgetItem(""))
        finally:
            self._loading = False
        self.table.setFocus()
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        self._emit()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)
            self._emit()

    def value(self) -> dict[str, Any]:
        rows: list[list[str]] = []
        for r in range(self.table.rowCount()):
            cells: list[str] = []
            for c in range(self.table.columnCount()):
                item = self.table.item(r, c)
                cells.append(item.text() if item is not None else "")
            rows.append(cells)
        return {"rows": rows, "status": self.status.status()}

    def _apply(self, value: dict[str, Any]) -> None:
        rows: list[list[str]] = value.get("rows") or []
        self.table.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells[: self.table.columnCount()]):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.status.set_status(value.get("status"))


class AttachmentError(Exception):
    """Chosen files that could not be attached; ``message`` (pt-BR) says which and why.

    ``added`` holds the file-info dicts of the other chosen files, attached all the same.
    """

    def __init__(self, message: str, added: list[dict[str, Any]] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.added = list(added or [])


def choose_files_dialog(parent: QWidget, store_file: Callable[[Path], dict[str, Any]]
                        ) -> list[dict[str, Any]]:
    """Ask for files and store each; raises ``AttachmentError`` if some were refused."""
    paths, _ = QFileDialog.getOpenFileNames(
        parent, QCoreApplication.translate("AttachmentInput", "Anexar arquivos"), "",
        QCoreApplication.translate("AttachmentInput", "Imagens e PDF (*.png *.jpg *.jpeg *.pdf)"),
    )
    added: list[dict[str, Any]] = []
    refused: list[str] = []
    for path in paths:
        try:
            added.append(store_file(Path(path)))
        except AttachmentError as error:
            refused.append(error.message)
    if refused:
        raise AttachmentError("\n".join(refused), added)
    return added


class AttachmentInput(AnswerInput):
    def __init__(self, form: FormDict, title: str, chooser: AttachmentChooser,
                 parent: QWidget | None = None) -> None:
        super().__init__(form, title, parent)
        self.chooser = chooser
        self.files: list[dict[str, Any]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Anexos — {title}").format(title=title))
        self.list.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        # Shown instead of the list while nothing is attached (not an empty white box).
        self.empty = QLabel(self.tr("Nenhum arquivo anexado"))
        self.empty.setObjectName("attachmentsEmpty")
        self.empty.setAccessibleName(self.tr("Anexos — {title}: nenhum arquivo anexado").format(
            title=title))
        font = self.empty.font()
        font.setItalic(True)
        self.empty.setFont(font)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Anexar arquivo…"))
        self.add_button.setAccessibleName(self.tr("Anexar arquivo — {title}").format(title=title))
        self.add_button.setAccessibleDescription(self.tr("Imagens (PNG, JPEG) ou PDF, até 20 MB"))
        self.remove_button = QPushButton(self.tr("Remover anexo"))
        self.remove_button.setAccessibleName(
            self.tr("Remover anexo selecionado — {title}").format(title=title))
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.status = NoDataChoice(title)
        self.status.currentIndexChanged.connect(self._emit)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(self.status)
        # Why a chosen file was not attached (too large, unreadable, not an image or PDF).
        self.error = error_label()
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self._refresh()

    def _add(self) -> None:
        try:
            added = self.chooser(self)
            refused = None
        except AttachmentError as error:
            added, refused = error.added, error.message
        show_error(self.error, refused)
        if added:
            known = {f["sha256"] for f in self.files}
            self.files.extend(f for f in added if f["sha256"] not in known)
            self._refresh()
            self._emit()

    def _remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.files):
            del self.files[row]
            self._refresh()
            self._emit()

    def _refresh(self) -> None:
        self.list.clear()
        for info in self.files:
            self.list.addItem(f"{info['filename']} ({int(info['size']) // 1024 + 1} KB)")
        empty = not self.files
        if empty and self.list.hasFocus():  # the last file removed: keep the focus nearby
            self.add_button.setFocus()
        self.list.setHidden(empty)
        self.empty.setHidden(not empty)

    def value(self) -> dict[str, Any]:
        return {"files": list(self.files), "status": self.status.status()}

    def _apply(self, value: dict[str, Any]) -> None:
        self.files = list(value.get("files") or [])
        show_error(self.error, None)  # about an earlier choice, not this value
        self._refresh()
        self.status.set_status(value.get("status"))


def _text_width(edit: QLineEdit, sample: str) -> int:
    """Width that fits ``sample`` in ``edit`` at the current font size (scales with it)."""
    return edit.fontMetrics().horizontalAdvance(sample) + 4 * edit.fontMetrics().averageCharWidth()


def make_input(form: FormDict, title: str, chooser: AttachmentChooser) -> AnswerInput:
    kind = form["type"]
    if kind == "scale":
        return ScaleInput(form, title)
    if kind == "percent":
        return PercentInput(form, title)
    if kind == "indicator":
        return IndicatorInput(form, title)
    if kind == "table":
        return TableInput(form, title)
    return AttachmentInput(form, title, chooser)


def indicator_parts_text(form: FormDict) -> str:
    """The labelled parts of an indicator definition, in a fixed readable order."""
    parts: dict[str, str] = form.get("parts", {})
    return "\n".join(f"{label}: {parts[key]}" for key, label in PART_LABELS.items() if key in parts)
