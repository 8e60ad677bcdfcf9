"""Choose the central database (PostgreSQL URL or SQLite file) from the Central window.

The choice is checked by opening it (creating or upgrading its tables) in a worker thread,
so an unreachable server never freezes the window; only a database that opened is
remembered (``central.database.save_choice``: settings of the data folder, never a
password).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QThread
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from aspectos_desktop.central.database import (
    DB_FILENAME,
    ENV_CENTRAL_DB,
    SOURCE_LABELS,
    CentralDB,
    CentralError,
    central_dir,
    open_central,
    save_choice,
    storable_choice,
)
from aspectos_desktop.ui.answer_inputs import error_label, show_error
from aspectos_desktop.ui.central_import import TaskWorker, run_in_thread


class CentralDbDialog(QDialog):
    """Shows the database in use and where the choice came from; on OK opens the new one.

    After ``exec()`` returns Accepted, ``db`` is the new database, open and remembered.
    """

    def __init__(self, current: CentralDB, data_dir: Path | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.db: CentralDB | None = None
        self._thread: QThread | None = None
        self._worker: TaskWorker | None = None
        self._outcome: object = None
        self._wanted = ""
        self.setWindowTitle(self.tr("Banco central"))
        self.resize(680, 260)
        layout = QVBoxLayout(self)
        self.current = QLabel(self.tr("Em uso: {url}\nOrigem: {source}").format(
            url=current.display_url, source=SOURCE_LABELS[current.source]))
        self.current.setWordWrap(True)
        self.current.setObjectName("currentCentralDb")
        layout.addWidget(self.current)
        form = QFormLayout()
        row = QHBoxLayout()
        self.url = QLineEdit()
        self.url.setPlaceholderText("postgresql://usuario@servidor/aspectos  ou  /pasta/central.db")
        self.url.setAccessibleName(self.tr("Endereço do banco central"))
        self.url.setAccessibleDescription(self.tr(
            "URL do PostgreSQL sem senha (a senha vai no arquivo ~/.pgpass) ou o caminho de "
            "um arquivo SQLite"))
        if current.source != "default":
            self.url.setText(current.display_url if current.url.password is None
                             else "")
        row.addWidget(self.url, 1)
        self.browse = QPushButton(self.tr("&Arquivo SQLite…"))
        self.browse.clicked.connect(self.choose_file)
        row.addWidget(self.browse)
        label = QLabel(self.tr("&Endereço:"))
        label.setBuddy(self.url)  # Alt+E: a row that holds a layout gets no buddy by itself
        form.addRow(label, row)
        layout.addLayout(form)
        hint = QLabel(self.tr(
            "PostgreSQL: postgresql://usuário@servidor:5432/banco, com a senha no arquivo "
            "~/.pgpass (nunca guardada aqui). Vazio: o arquivo padrão na pasta de dados."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        if os.environ.get(ENV_CENTRAL_DB, "").strip():
            overridden = QLabel(self.tr(
                "A variável {name} está definida: nas próximas aberturas ela vale mais que "
                "a escolha feita aqui.").format(name=ENV_CENTRAL_DB))
            overridden.setWordWrap(True)
            layout.addWidget(overridden)
        self.status = QLabel()
        layout.addWidget(self.status)
        self.error = error_label()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Usar este banco"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.url.setFocus()

    @property
    def _target(self) -> str:
        """What to open: the choice, or (empty choice) the default file itself."""
        return self._wanted or str(central_dir(self.data_dir) / DB_FILENAME)

    @property
    def busy(self) -> bool:
        return self._thread is not None

    def choose_file(self) -> None:
        start = self.url.text().strip() if "://" not in self.url.text() else ""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Arquivo SQLite do banco central"), start or DB_FILENAME,
            self.tr("Banco SQLite (*.db *.sqlite)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.url.setText(path)

    def accept(self) -> None:
        if self.busy:
            return
        try:
            wanted = storable_choice(self.url.text(), self.data_dir)
        except CentralError as error:
            show_error(self.error, error.message)
            self.url.setFocus()
            return
        show_error(self.error, None)
        self._wanted = wanted
        self._set_busy(True)
        worker = TaskWorker(self._target, self.data_dir, lambda _db: None)  # opens, closes
        worker.finished.connect(self._opened)
        worker.failed.connect(self._failed)
        self._worker = worker  # kept: PySide would delete an unreferenced worker
        self._outcome = None
        self._thread = run_in_thread(self, worker, self._done)

    def _opened(self, _result: object) -> None:
        self._outcome = True

    def _failed(self, message: str) -> None:
        self._outcome = message

    def _done(self) -> None:
        if self._thread is not None:
            self._thread.wait()
            self._thread.deleteLater()
        self._thread = self._worker = None
        outcome, self._outcome = self._outcome, None
        self._set_busy(False)
        if outcome is not True:
            show_error(self.error, str(outcome))
            self.url.setFocus()
            return
        try:  # reachable and upgraded a moment ago: opening it here is quick
            db = open_central(self._target, self.data_dir)
        except CentralError as error:
            show_error(self.error, error.message)
            return
        try:
            save_choice(self._wanted, self.data_dir)
        except CentralError as error:
            db.close()
            show_error(self.error, error.message)
            return
        db.source = "settings" if self._wanted else "default"
        self.db = db
        super().accept()

    def _set_busy(self, busy: bool) -> None:
        self.status.setText(self.tr("Conectando ao banco…") if busy else "")
        for widget in (self.url, self.browse, self.buttons):
            widget.setEnabled(not busy)

    def reject(self) -> None:
        if not self.busy:  # a connection being tried ends by itself (15 s at most)
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            event.ignore()
            return
        super().closeEvent(event)
