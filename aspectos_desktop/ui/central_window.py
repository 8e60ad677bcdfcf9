"""The Central window: import bundles from the núcleos (drag and drop, folder or file
pickers), approve their signers, consolidate and export, read the audit log.

Opened from the main window (Central › Abrir painel central…) or directly with
``aspectos-desktop --central [--db URL]``; Arquivo › Banco central… switches to (and
remembers) another database. The window's ``CentralDB`` serves the reads
of the UI thread; imports and exports open connections of their own in worker threads.
"""

from __future__ import annotations

import getpass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QTabWidget, QWidget

from aspectos_desktop.catalogue.model import Catalogue
from aspectos_desktop.central.database import CentralDB, CentralError, open_central
from aspectos_desktop.ui.central_db_dialog import CentralDbDialog
from aspectos_desktop.ui.central_import import ImportPanel
from aspectos_desktop.ui.central_views import AuditPanel, ConsolidationPanel, SignersPanel

TAB_IMPORT = 0
TAB_SIGNERS = 1
TAB_CONSOLIDATION = 2
TAB_AUDIT = 3


def default_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (containers without a passwd entry)
        return "desconhecido"


def local_paths(urls: list[QUrl]) -> list[Path]:
    return [Path(url.toLocalFile()) for url in urls if url.isLocalFile() and url.toLocalFile()]


class CentralWindow(QMainWindow):
    """Import, signers, consolidation and audit of one central database."""

    def __init__(self, db: CentralDB, catalogue: Catalogue, actor: str | None = None, *,
                 data_dir: Path | None = None, owns_db: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.catalogue = catalogue
        self.actor = (actor or "").strip() or default_actor()
        self.data_dir = data_dir
        self.owns_db = owns_db
        self._closed = False
        self.setWindowTitle(self.tr("Aspectos — painel central"))
        self.setAcceptDrops(True)
        self._fit_to_screen(1366, 768)

        self.tabs = QTabWidget()
        self.tabs.tabBar().setAccessibleName(self.tr("Seções do painel central"))
        self.setCentralWidget(self.tabs)
        self._build_panels()
        self._build_menu()
        self.refresh()

    def _build_panels(self) -> None:
        """The four tabs, on ``self.db``."""
        db, data_dir = self.db, self.data_dir
        self.import_panel = ImportPanel(db, self.actor, data_dir)
        self.signers_panel = SignersPanel(db, self.actor)
        self.consolidation_panel = ConsolidationPanel(db, self.catalogue, self.actor, data_dir)
        self.audit_panel = AuditPanel(db)
        self.tabs.addTab(self.import_panel, self.tr("&Importação"))
        self.tabs.addTab(self.signers_panel, self.tr("A&ssinantes"))
        self.tabs.addTab(self.consolidation_panel, self.tr("C&onsolidação"))
        self.tabs.addTab(self.audit_panel, self.tr("Au&ditoria"))
        self.import_panel.import_finished.connect(self.refresh)
        self.signers_panel.changed.connect(self._signers_changed)
        self.statusBar().showMessage(self.tr("Banco central: {url} · usuário: {actor}").format(
            url=db.display_url, actor=self.actor))

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Arquivo"))
        folder = QAction(self.tr("Importar &pasta…"), self)
        folder.setShortcut(QKeySequence("Ctrl+O"))
        folder.triggered.connect(self._import_folder)
        files = QAction(self.tr("Importar a&rquivos…"), self)
        files.setShortcut(QKeySequence("Ctrl+Shift+O"))
        files.triggered.connect(self._import_files)
        refresh = QAction(self.tr("A&tualizar"), self)
        refresh.setShortcut(QKeySequence("F5"))
        refresh.triggered.connect(self.refresh)
        database = QAction(self.tr("&Banco central…"), self)
        database.setShortcut(QKeySequence("Ctrl+B"))
        database.triggered.connect(self.choose_database)
        close = QAction(self.tr("&Fechar"), self)
        close.setShortcut(QKeySequence("Ctrl+W"))
        close.triggered.connect(self.close)
        for action in (folder, files, refresh):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(database)
        menu.addSeparator()
        menu.addAction(close)

    def _fit_to_screen(self, width: int, height: int) -> None:
        screen = self.screen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, available.width() - 16)
            height = min(height, available.height() - 48)
        self.resize(width, height)

    # -- refreshing

    def refresh(self) -> None:
        """Every view from the database (after an import, or on F5)."""
        if self._closed:
            return
        self.signers_panel.refresh()
        self.consolidation_panel.reload()
        self.audit_panel.refresh()
        self._update_signers_tab()

    def _signers_changed(self) -> None:
        if self._closed:
            return
        self.consolidation_panel.reload()
        self.audit_panel.refresh()
        self._update_signers_tab()

    def _update_signers_tab(self) -> None:
        pending = self.signers_panel.pending
        text = self.tr("A&ssinantes")
        if pending:
            text = self.tr("A&ssinantes ({n} aguardando aprovação)").format(n=pending)
        self.tabs.setTabText(TAB_SIGNERS, text)

    # -- import

    def _import_folder(self) -> None:
        self.tabs.setCurrentIndex(TAB_IMPORT)
        self.import_panel.choose_folder()

    def _import_files(self) -> None:
        self.tabs.setCurrentIndex(TAB_IMPORT)
        self.import_panel.choose_files()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_paths(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if local_paths(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_paths(event.mimeData().urls())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.tabs.setCurrentIndex(TAB_IMPORT)
        self.import_panel.start_import(paths)

    # -- database

    def choose_database(self) -> None:
        """Ask for another central database (remembered once it opens) and switch to it."""
        if self.import_panel.running:
            QMessageBox.information(self, self.tr("Importação em andamento"), self.tr(
                "Espere a importação terminar (ou interrompa-a) para trocar de banco."))
            return
        dialog = CentralDbDialog(self.db, self.data_dir, self)
        if dialog.exec() == CentralDbDialog.DialogCode.Accepted and dialog.db is not None:
            self.switch_database(dialog.db)
        dialog.deleteLater()

    def switch_database(self, db: CentralDB) -> None:
        """Show ``db`` (the window owns it from now on) in place of the current database."""
        self.import_panel.queue.clear()
        self.import_panel.wait()
        self.consolidation_panel.wait()
        if self.consolidation_panel.drill_dialog is not None:
            self.consolidation_panel.drill_dialog.close()
        old, owned = self.db, self.owns_db
        panels = [self.tabs.widget(i) for i in range(self.tabs.count())]
        self.tabs.clear()
        for panel in panels:
            panel.deleteLater()
        if owned:
            old.close()
        self.db, self.owns_db = db, True
        self._build_panels()
        self.refresh()

    # -- closing

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.import_panel.running:
            answer = QMessageBox.question(
                self, self.tr("Importação em andamento"),
                self.tr("Uma importação está em andamento. Interromper depois do pacote atual e "
                        "fechar?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
            self.import_panel.cancel()
        self.shutdown()
        event.accept()

    def shutdown(self) -> None:
        """Wait for the worker threads, close dialogs and (if ours) the database."""
        if self._closed:
            return
        self._closed = True
        self.import_panel.queue.clear()
        self.import_panel.wait()
        self.consolidation_panel.wait()
        if self.consolidation_panel.drill_dialog is not None:
            self.consolidation_panel.drill_dialog.close()
        if self.owns_db:
            self.db.close()


def open_central_window(catalogue: Catalogue, *, data_dir: Path | None = None,
                        url: str | None = None, actor: str | None = None,
                        parent: QWidget | None = None) -> CentralWindow | None:
    """Open the central database (``url``, else ``ASPECTOS_CENTRAL_DB``, else the SQLite
    file in the data folder) and show its window; None (after telling why) on failure."""
    try:
        db = open_central(url, data_dir)
    except CentralError as error:
        QMessageBox.critical(parent, QCoreApplication.translate(
            "CentralWindow", "Banco central indisponível"), error.message)
        return None
    window = CentralWindow(db, catalogue, actor, data_dir=data_dir, owns_db=True)
    window.show()
    return window
