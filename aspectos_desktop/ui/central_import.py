"""Import of bundles in the Central window: a worker thread with its own database
connection, a progress bar with count, rate and time left, one result row per bundle,
a summary, and the quarantine folder of the rejected ones.

Nothing here touches the database on the UI thread: ``ImportWorker`` opens its own
``CentralDB`` (its own engine and connections) from the URL of the window's one, and
reports through queued signals. ``TaskWorker`` does the same for any other long job
(exports of big tables).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from aspectos_desktop.central.database import CentralDB
from aspectos_desktop.ui.central_models import (
    IMPORT_DETAIL,
    IMPORT_FILE,
    IMPORT_NUCLEO,
    IMPORT_RESULT,
    ImportResultsModel,
    fingerprint_lines,
)

STATUSES = ("importado", "nova_revisao", "ja_importado", "pendente_assinante", "rejeitado")


def worker_url(db: CentralDB) -> str:
    """The URL a worker thread opens its own connection with (password included)."""
    return db.url.render_as_string(hide_password=False)


def never_wider(label: QLabel) -> QLabel:
    """Let the word-wrapped ``label`` take the width it is given instead of widening the
    window to its longest unbreakable word (a long path or hash, with large fonts): such a
    word is cut at the edge, the rest wraps as usual."""
    policy = label.sizePolicy()  # keeps the height-for-width of the word wrap
    policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
    label.setSizePolicy(policy)
    return label


def duration_text(seconds: float | None) -> str:
    if seconds is None:
        return "--:--"
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


class Cancelled(Exception):
    """Raised in the worker thread (from the progress callback) to stop after a bundle."""


class ImportWorker(QObject):
    """Runs ``Importer.import_paths`` in a worker thread with its own database connection."""

    progressed = Signal(object)  # ImportProgress
    finished = Signal(object)  # ImportSummary, or None when interrupted
    failed = Signal(str)

    def __init__(self, url: str, data_dir: Path | None, paths: Sequence[Path], *, actor: str,
                 quarantine_dir: Path) -> None:
        super().__init__()
        self.url = url
        self.data_dir = data_dir
        self.paths = list(paths)
        self.actor = actor
        self.quarantine_dir = quarantine_dir
        self._stop = threading.Event()

    def cancel(self) -> None:
        """Stop after the bundle being imported (each bundle is one transaction)."""
        self._stop.set()

    def _progress(self, progress: Any) -> None:
        self.progressed.emit(progress)
        if self._stop.is_set():
            raise Cancelled

    @Slot()
    def run(self) -> None:
        from aspectos_desktop.central import importer as central_importer
        from aspectos_desktop.central.database import CentralError, open_central

        try:
            db = open_central(self.url, self.data_dir)
        except CentralError as error:
            self.failed.emit(error.message)
            return
        try:
            importer = central_importer.Importer(db, actor=self.actor,
                                                 quarantine_dir=self.quarantine_dir)
            summary = importer.import_paths(self.paths, progress=self._progress)
        except Cancelled:
            self.finished.emit(None)
        except CentralError as error:
            self.failed.emit(error.message)
        except Exception as error:  # a bug must reach the user, not kill the thread silently
            self.failed.emit(self.tr("Falha inesperada na importação: {error}").format(
                error=f"{type(error).__name__}: {error}"))
        else:
            self.finished.emit(summary)
        finally:
            db.close()


class TaskWorker(QObject):
    """Runs ``task(db)`` in a worker thread on a database connection of its own."""

    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, url: str, data_dir: Path | None, task: Callable[[CentralDB], object]) -> None:
        super().__init__()
        self.url = url
        self.data_dir = data_dir
        self.task = task

    @Slot()
    def run(self) -> None:
        from aspectos_desktop.central.consolidation import ConsolidationError
        from aspectos_desktop.central.database import CentralError, open_central

        try:
            db = open_central(self.url, self.data_dir)
        except CentralError as error:
            self.failed.emit(error.message)
            return
        try:
            result = self.task(db)
        except (CentralError, ConsolidationError) as error:
            self.failed.emit(error.message)
        except OSError as error:
            self.failed.emit(self.tr("Não foi possível gravar o arquivo: {reason}").format(
                reason=error.strerror or error))
        except Exception as error:
            self.failed.emit(self.tr("Falha inesperada: {error}").format(
                error=f"{type(error).__name__}: {error}"))
        else:
            self.finished.emit(result)
        finally:
            db.close()


def run_in_thread(parent: QObject, worker: QObject, done: Callable[[], None]) -> QThread:
    """Move ``worker`` to a new thread, run its ``run`` slot, call ``done`` on the UI thread
    once the thread has finished (after the worker's own signals were delivered)."""
    thread = QThread(parent)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)  # type: ignore[attr-defined]
    for name in ("finished", "failed"):  # direct: quit even while the UI thread waits for it
        getattr(worker, name).connect(thread.quit, Qt.ConnectionType.DirectConnection)
    thread.finished.connect(worker.deleteLater)
    thread.finished.connect(done)
    thread.start()
    return thread


class ImportPanel(QWidget):
    """The "Importação" tab: choose or drop bundles, follow the import, see the results."""

    import_finished = Signal()  # after each batch (the database changed)

    def __init__(self, db: CentralDB, actor: str, data_dir: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.data_dir = data_dir
        self.quarantine_dir = db.default_quarantine_dir
        self.thread: QThread | None = None
        self.worker: ImportWorker | None = None
        self.queue: list[list[Path]] = []
        self.last_summary: Any = None
        self.failure: str | None = None

        layout = QVBoxLayout(self)
        self.drop_zone = QLabel(self.tr(
            "Arraste arquivos .aspectos ou pastas para esta janela para importá-los (as pastas "
            "são percorridas com as subpastas), ou use os botões abaixo."))
        self.drop_zone.setObjectName("dropZone")
        self.drop_zone.setWordWrap(True)
        self.drop_zone.setFrameShape(QFrame.Shape.StyledPanel)
        self.drop_zone.setFrameShadow(QFrame.Shadow.Sunken)
        self.drop_zone.setMargin(12)
        layout.addWidget(self.drop_zone)

        buttons = QHBoxLayout()
        self.folder_button = QPushButton(self.tr("Importar &pasta…"))
        self.folder_button.setAccessibleDescription(self.tr(
            "Escolher uma pasta: todos os pacotes .aspectos dentro dela são importados"))
        self.files_button = QPushButton(self.tr("Importar a&rquivos…"))
        self.files_button.setAccessibleDescription(self.tr(
            "Escolher um ou mais arquivos .aspectos para importar"))
        self.cancel_button = QPushButton(self.tr("Interro&mper"))
        self.cancel_button.setAccessibleDescription(self.tr(
            "Parar a importação depois do pacote em andamento"))
        self.cancel_button.setEnabled(False)
        for button in (self.folder_button, self.files_button, self.cancel_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setAccessibleName(self.tr("Progresso da importação"))
        self.progress.setFormat("%v / %m")
        self.progress.setVisible(False)  # shown once an import starts: no "0 / 1" before
        layout.addWidget(self.progress)
        self.status = QLabel(self.tr("Nenhuma importação em andamento."))
        self.status.setObjectName("importStatus")
        layout.addWidget(self.status)

        self.model = ImportResultsModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Resultado da importação, um pacote por linha"))
        self.table.setAccessibleDescription(self.tr(
            "Arquivo, núcleo, resultado (importado, já importado, nova revisão, pendente ou "
            "rejeitado com o motivo) e detalhe"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(IMPORT_DETAIL, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(IMPORT_FILE, 240)
        header.resizeSection(IMPORT_NUCLEO, 240)
        header.resizeSection(IMPORT_RESULT, 420)
        layout.addWidget(self.table, 1)
        self.details = QLabel()  # the whole of the chosen row: long reasons do not fit a cell
        self.details.setObjectName("importDetails")
        self.details.setWordWrap(True)
        never_wider(self.details)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_details())

        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)

        quarantine = QHBoxLayout()
        self.quarantine_label = QLabel(self.tr("Pacotes rejeitados vão para a quarentena: {path}")
                                       .format(path=self.quarantine_dir))
        self.quarantine_label.setWordWrap(True)
        self.quarantine_button = QPushButton(self.tr("Abrir pasta da &quarentena"))
        self.quarantine_button.setAccessibleDescription(self.tr(
            "Abrir no gerenciador de arquivos a pasta com os pacotes rejeitados e o motivo de "
            "cada um"))
        quarantine.addWidget(self.quarantine_label, 1)
        quarantine.addWidget(self.quarantine_button)
        layout.addLayout(quarantine)

        self.folder_button.clicked.connect(self.choose_folder)
        self.files_button.clicked.connect(self.choose_files)
        self.cancel_button.clicked.connect(self.cancel)
        self.quarantine_button.clicked.connect(self.open_quarantine)
        for first, second in ((self.folder_button, self.files_button),
                              (self.files_button, self.cancel_button),
                              (self.cancel_button, self.table),
                              (self.table, self.quarantine_button)):
            QWidget.setTabOrder(first, second)

    # -- starting

    @property
    def running(self) -> bool:
        return self.thread is not None

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Importar pasta de pacotes"),
                                                  str(Path.home()))
        if folder:
            self.start_import([Path(folder)])

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Importar pacotes"), str(Path.home()),
            self.tr("Pacotes do Aspectos (*.aspectos);;Todos os arquivos (*)"))
        if files:
            self.start_import([Path(f) for f in files])

    def start_import(self, paths: Sequence[Path]) -> None:
        """Import ``paths`` (files and folders) now, or after the import in progress."""
        paths = [Path(p) for p in paths]
        if not paths:
            return
        if self.running:
            self.queue.append(paths)
            self.status.setText(self.status.text() + " " + self.tr(
                "(mais {n} item(ns) na fila)").format(n=sum(len(q) for q in self.queue)))
            return
        self.model.set_rows([])
        self.summary.clear()
        self.details.clear()
        self._start(paths)

    def _start(self, paths: list[Path]) -> None:
        self.failure = None
        self.progress.setRange(0, 0)  # busy until the first bundle: counting the files
        self.progress.setVisible(True)
        self.status.setText(self.tr("Procurando pacotes…"))
        worker = ImportWorker(worker_url(self.db), self.data_dir, paths, actor=self.actor,
                              quarantine_dir=self.quarantine_dir)
        worker.progressed.connect(self._progressed)
        worker.finished.connect(self._finished)
        worker.failed.connect(self._failed)
        self.worker = worker
        self.cancel_button.setEnabled(True)
        self.thread = run_in_thread(self, worker, self._thread_done)

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.queue.clear()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Interrompendo depois do pacote em andamento…"))

    def wait(self) -> None:
        """Block until the worker thread is done (closing the window)."""
        if self.thread is not None:
            self.thread.wait()

    # -- reports from the worker (queued to the UI thread)

    def _progressed(self, progress: Any) -> None:
        if self.progress.maximum() != progress.total:
            self.progress.setRange(0, progress.total)
        self.progress.setValue(progress.done)
        self.status.setText(self.tr(
            "{done} de {total} pacotes · {rate} pacotes/s · tempo restante: {left}").format(
            done=progress.done, total=progress.total,
            rate=self.locale().toString(progress.rate, "f", 1),
            left=duration_text(progress.remaining)))
        self.model.add(progress.outcome)
        self.table.scrollToBottom()

    def _finished(self, summary: Any) -> None:
        self.last_summary = summary
        counts = {status: 0 for status in STATUSES}
        for row in self.model.rows:
            counts[row.status] = counts.get(row.status, 0) + 1
        total = len(self.model.rows)
        if summary is None:
            head = self.tr("Importação interrompida depois de {n} pacote(s).").format(n=total)
        else:
            head = self.tr("{n} pacote(s) em {seconds} s.").format(
                n=summary.total, seconds=self.locale().toString(summary.elapsed, "f", 1))
            counts = dict(summary.counts)
            if self.progress.maximum() == 0 and summary.total:
                self.progress.setRange(0, summary.total)
            self.progress.setValue(summary.total)
        if self.progress.maximum() == 0 or (summary is not None and not summary.total):
            # no bundle found, or interrupted before the first one: no "0 / 1" left behind
            self.progress.setRange(0, 1)
            self.progress.setValue(0)
            self.progress.setVisible(False)
        parts = [
            self.tr("{n} importado(s)").format(n=counts["importado"]),
            self.tr("{n} nova(s) revisão(ões)").format(n=counts["nova_revisao"]),
            self.tr("{n} já importado(s)").format(n=counts["ja_importado"]),
            self.tr("{n} pendente(s) de aprovação do assinante").format(
                n=counts["pendente_assinante"]),
            self.tr("{n} rejeitado(s)").format(n=counts["rejeitado"]),
        ]
        lines = [head + " " + ", ".join(parts) + "."]
        if summary is not None and summary.total == 0:
            lines = [self.tr("Nenhum pacote .aspectos encontrado.")]
        skipped = getattr(summary, "skipped", 0) if summary is not None else 0
        if skipped:
            lines.append(self.tr("{n} arquivo(s) ignorado(s) (não são .aspectos).").format(
                n=skipped))
        if counts["pendente_assinante"]:
            lines.append(self.tr("Pacotes pendentes ficam fora da consolidação até a aprovação "
                                 "do assinante: veja a aba Assinantes."))
        if summary is not None and summary.flagged:
            lines.append(self.tr("ATENÇÃO: {n} pacote(s) assinado(s) por certificado diferente do "
                                 "já conhecido para o núcleo — confira antes de aprovar.").format(
                n=len(summary.flagged)))
        if counts["rejeitado"]:
            lines.append(self.tr("Rejeitados copiados para a quarentena: {path} (o motivo de cada "
                                 "um está no arquivo .motivo.txt ao lado).").format(
                path=self.quarantine_dir))
        self.summary.setText("\n".join(lines))
        self.summary.setAccessibleName(self.summary.text())
        rejected = next((i for i, row in enumerate(self.model.rows) if row.status == "rejeitado"),
                        None)
        if rejected is not None:  # show why at once
            self.table.selectRow(rejected)
            self.table.scrollTo(self.model.index(rejected, 0))
        self.status.setText(self.tr("Importação concluída.") if summary is not None
                            else self.tr("Importação interrompida."))

    def _show_details(self) -> None:
        row = self.model.row_at(self.table.currentIndex().row())
        if row is None:
            self.details.clear()
            return
        detail = self.model.detail_text(row)
        result = self.model.result_text(row)
        lines = [row.path, f"{result} — {detail}" if detail else result]
        if row.status == "pendente_assinante" and not row.flagged:
            # the detail already names the key; the reason would repeat it
            lines.append(self.tr("Confira a impressão digital com o núcleo e aprove a chave na "
                                 "aba Assinantes."))
        elif row.status != "rejeitado" and detail and row.reason and row.reason != detail:
            lines.append(row.reason)
        text = "\n".join(lines)
        if row.fingerprint:  # in lines of 8 bytes, as on the Assinantes tab: easier to read
            grouped = "\n" + fingerprint_lines(row.fingerprint) + "\n"
            text = re.sub(r"[ \t]*" + re.escape(row.fingerprint) + r"[ \t]*", lambda _: grouped,
                          text)
            text = re.sub(r"\n+", "\n", text)  # no blank line where the fingerprint ended one
        self.details.setText(text.strip())

    def _failed(self, message: str) -> None:
        self.failure = message
        if self.progress.maximum() == 0:  # failed before the first bundle: nothing to count
            self.progress.setRange(0, 1)
            self.progress.setValue(0)
            self.progress.setVisible(False)
        self.status.setText(self.tr("A importação parou: {message}").format(message=message))
        self.summary.setText(self.status.text())
        QMessageBox.warning(self, self.tr("Falha na importação"), message)

    def _thread_done(self) -> None:
        if self.thread is not None:
            self.thread.wait()
            self.thread.deleteLater()
        self.thread = self.worker = None
        self.cancel_button.setEnabled(False)
        if self.queue:
            self._start(self.queue.pop(0))
            return
        self.import_finished.emit()

    # -- quarantine

    def open_quarantine(self) -> None:
        try:
            self.quarantine_dir.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            QMessageBox.warning(self, self.tr("Quarentena"), self.tr(
                "Não foi possível criar a pasta {path}: {reason}").format(
                path=self.quarantine_dir, reason=error.strerror or error))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.quarantine_dir)))
