"""Export an assessment (signed bundle, or a draft PDF) off the UI thread, with progress."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from aspectos_desktop.catalogue.model import Catalogue
from aspectos_desktop.export.identity import Identity
from aspectos_desktop.settings import Settings
from aspectos_desktop.store import Assessment, Store
from aspectos_desktop.ui.answer_inputs import error_label, show_error


class ExportWorker(QObject):
    """Runs ``export_bundle`` in a worker thread; reports through queued signals."""

    progressed = Signal(str, float)
    finished = Signal(object)  # ExportResult
    failed = Signal(str)

    def __init__(self, store: Store, catalogue: Catalogue, assessment_id: int,
                 identity: Identity | None, out_dir: Path, *, draft: bool, tsa_url: str | None,
                 data_dir: Path) -> None:
        super().__init__()
        self.args: dict[str, Any] = {
            "store": store, "catalogue": catalogue, "assessment_id": assessment_id,
            "identity": identity, "out_dir": out_dir, "draft": draft, "tsa_url": tsa_url,
            "data_dir": data_dir,
        }

    @Slot()
    def run(self) -> None:
        from aspectos_desktop.export.bundle import ExportError, export_bundle

        try:
            result = export_bundle(**self.args, progress=self.progressed.emit)
        except ExportError as error:
            self.failed.emit(error.message)
            return
        except Exception as error:
            self.failed.emit(f"Falha inesperada na exportação: {error}")
            return
        self.finished.emit(result)


class ExportDialog(QDialog):
    exported = Signal(object)  # ExportResult

    def __init__(self, store: Store, catalogue: Catalogue, assessment: Assessment,
                 identity: Identity | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.catalogue = catalogue
        self.assessment = assessment
        self.identity = identity
        self.folder = store.path.parent
        self.settings = Settings.load(self.folder)
        self.export_thread: QThread | None = None
        self.worker: ExportWorker | None = None
        self.result_path: Path | None = None
        finalized = assessment.status != "em_andamento"
        self.setWindowTitle(self.tr("Exportar avaliação"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Gera um pacote .aspectos (relatório PDF e dados assinados) para levar em pen drive, "
            "e-mail ou envio posterior.") if finalized else self.tr(
            "A avaliação ainda não foi finalizada: só é possível exportar um rascunho em PDF, "
            "sem assinatura, marcado “RASCUNHO”."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        row = QHBoxLayout()
        default_dir = self.settings.export_dir or str(Path.home())
        self.out_dir = QLineEdit(default_dir)
        self.out_dir.setAccessibleName(self.tr("Pasta de destino"))
        self.choose = QPushButton(self.tr("Escolher…"))
        self.choose.setAccessibleName(self.tr("Escolher pasta de destino"))
        self.choose.clicked.connect(self._choose_folder)
        row.addWidget(self.out_dir, 1)
        row.addWidget(self.choose)
        # a label of our own: addRow(str, layout) gives it no buddy, and it shows the "&"
        self.folder_label = QLabel(self.tr("&Pasta:"))
        self.folder_label.setBuddy(self.out_dir)
        form.addRow(self.folder_label, row)
        self.draft = QCheckBox(self.tr("Rascunho (PDF sem assinatura, só para discussão)"))
        self.draft.setChecked(not finalized)
        self.draft.setEnabled(finalized)
        form.addRow("", self.draft)
        layout.addLayout(form)
        if identity is not None:
            signer = QLabel(self.tr("Assinado por: {subject}\nImpressão digital SHA-256: {fp}")
                            .format(subject=identity.subject_text, fp=identity.fingerprint_sha256))
            signer.setWordWrap(True)
            signer.setObjectName("signerInfo")
            layout.addWidget(signer)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(self.tr("Progresso da exportação"))
        self.progress.setVisible(False)  # until the export starts: an empty bar looks like a field
        self.step = QLabel()
        self.error = error_label()
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        layout.addWidget(self.progress)
        layout.addWidget(self.step)
        layout.addWidget(self.error)
        layout.addWidget(self.result_label)
        buttons = QHBoxLayout()
        self.export_button = QPushButton(self.tr("&Exportar"))
        self.open_button = QPushButton(self.tr("Abrir &pasta"))
        self.open_button.setVisible(False)
        self.close_button = QPushButton(self.tr("&Fechar"))
        self.export_button.clicked.connect(self.start)
        self.open_button.clicked.connect(self.open_folder)
        self.close_button.clicked.connect(self.reject)
        buttons.addStretch(1)
        for button in (self.export_button, self.open_button, self.close_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.export_button.setDefault(True)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Pasta de destino"),
                                                  self.out_dir.text())
        if folder:
            self.out_dir.setText(folder)

    def start(self) -> None:
        typed = self.out_dir.text().strip()
        if not typed:  # Path("") is the process's working folder: never a silent choice
            show_error(self.error, self.tr("Escolha a pasta onde gravar (o pen drive, por "
                                           "exemplo)."))
            self.out_dir.setFocus()
            return
        out_dir = Path(typed).expanduser().absolute()
        draft = self.draft.isChecked()
        if not draft and self.identity is None:
            show_error(self.error, self.tr("Falta o certificado de assinatura."))
            return
        show_error(self.error, None)
        self.result_label.clear()
        self.progress.setVisible(True)
        self.progress.setValue(0)
        self.export_button.setEnabled(False)
        self.close_button.setEnabled(False)
        thread = QThread(self)
        worker = ExportWorker(self.store, self.catalogue, self.assessment.id,
                              None if draft else self.identity, out_dir, draft=draft,
                              tsa_url=self.settings.tsa_url or None, data_dir=self.folder)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progressed.connect(self._progressed)
        worker.finished.connect(self._finished)
        worker.failed.connect(self._failed)
        worker.finished.connect(thread.quit)
        worker.failed.connect(thread.quit)
        thread.finished.connect(worker.deleteLater)
        thread.finished.connect(self._thread_done)
        self.export_thread, self.worker = thread, worker
        thread.start()

    def _progressed(self, step: str, fraction: float) -> None:
        self.progress.setValue(round(fraction * 100))
        self.step.setText(step)

    def _thread_done(self) -> None:
        if self.export_thread is not None:
            self.export_thread.wait()
            self.export_thread.deleteLater()
        self.export_thread = self.worker = None
        self.export_button.setEnabled(True)
        self.close_button.setEnabled(True)

    def _finished(self, result: Any) -> None:
        self.progress.setValue(100)
        self.result_path = Path(result.path)
        self.settings.export_dir = str(self.result_path.parent)
        with contextlib.suppress(OSError):  # remembering the folder is a convenience only
            self.settings.save(self.folder)
        kind = self.tr("Rascunho gravado") if result.draft else self.tr("Pacote exportado")
        lines = [f"{kind}: {self.result_path}",
                 self.tr("SHA-256 do arquivo: {sha}").format(sha=result.sha256)]
        lines += [self.tr("Atenção: {w}").format(w=w) for w in result.warnings]
        self.result_label.setText("\n".join(lines))
        self.result_label.setAccessibleName(self.result_label.text())
        self.open_button.setVisible(True)
        self._fit_height()
        self.open_button.setFocus()
        self.exported.emit(result)

    def _failed(self, message: str) -> None:
        self.progress.setValue(0)
        self.progress.setVisible(False)
        show_error(self.error, message)
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow to the height the wrapped text now needs at this width (a dialog does not
        follow its labels' height-for-width by itself: the lines would overlap)."""
        layout = self.layout()
        assert layout is not None
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        needed = max(needed, layout.totalMinimumSize().height())
        if needed > self.height():
            self.resize(self.width(), needed)

    def open_folder(self) -> None:
        if self.result_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result_path.parent)))

    def reject(self) -> None:
        if self.export_thread is not None:
            return  # the export finishes first: never leave a half-written file behind
        super().reject()
