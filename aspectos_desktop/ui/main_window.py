"""Main window: núcleo and its assessments, and the assessment wizard."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from aspectos_desktop import __version__
from aspectos_desktop.catalogue.model import Catalogue
from aspectos_desktop.store import Assessment, Store, StoreError
from aspectos_desktop.ui.assessment_table import (
    COL_KIND,
    COL_TITLE,
    AssessmentRow,
    AssessmentTableModel,
)
from aspectos_desktop.ui.assessment_view import AssessmentView
from aspectos_desktop.ui.dialogs import AssessmentDialog, NucleoDialog
from aspectos_desktop.ui.shortcuts import ShortcutsDialog
from aspectos_desktop.wizard import (
    Progress as WizardProgress,
)
from aspectos_desktop.wizard import (
    check_all,
    progress_by_category,
    scope_category_ids,
)


class HomePage(QWidget):
    """The núcleo selector and the list of its assessments."""

    open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        label = QLabel(self.tr("&Núcleo:"))
        self.nucleo = QComboBox()
        self.nucleo.setAccessibleName(self.tr("Núcleo"))
        self.nucleo.setMinimumWidth(360)
        label.setBuddy(self.nucleo)
        self.nucleo.setAccessibleDescription(self.tr("Núcleo cujas avaliações são listadas abaixo"))
        self.new_nucleo = QPushButton(self.tr("Novo núcleo…"))
        self.edit_nucleo = QPushButton(self.tr("Editar núcleo…"))
        self.edit_nucleo.setAccessibleDescription(self.tr("Alterar o cadastro do núcleo escolhido"))
        top.addWidget(label)
        top.addWidget(self.nucleo, 1)
        top.addWidget(self.edit_nucleo)
        top.addWidget(self.new_nucleo)
        layout.addLayout(top)
        self.nucleo_details = QLabel()
        self.nucleo_details.setObjectName("nucleoDetails")
        self.nucleo_details.setWordWrap(True)
        layout.addWidget(self.nucleo_details)
        self.model = AssessmentTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Avaliações do núcleo"))
        self.table.setAccessibleDescription(
            self.tr("Setas para escolher uma avaliação; Enter abre a avaliação escolhida"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        # Short columns always fit their contents; the long texts (title, kind) share the
        # rest and elide (full text in the tooltip), so at 200 % text every column shows.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (COL_TITLE, COL_KIND):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setVisible(False)
        self.table.activated.connect(lambda index: self._open_row(index.row()))
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("Nova avaliação…"))
        self.open_button = QPushButton(self.tr("Abrir"))
        self.revision_button = QPushButton(self.tr("Duplicar como nova revisão"))
        self.export_button = QPushButton(self.tr("Exportar…"))
        self.export_button.setAccessibleDescription(self.tr(
            "Exportar a avaliação escolhida: pacote assinado, ou rascunho em PDF"))
        self.delete_button = QPushButton(self.tr("Excluir…"))
        self.new_button.setToolTip("Ctrl+N")
        self.open_button.setAccessibleDescription(self.tr("Abrir a avaliação escolhida na lista"))
        self.revision_button.setAccessibleDescription(self.tr(
            "Criar uma cópia editável da avaliação escolhida, com as mesmas respostas"))
        self.delete_button.setAccessibleDescription(
            self.tr("Excluir a avaliação escolhida (pede confirmação)"))
        for button in (self.new_button, self.open_button, self.revision_button,
                       self.export_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        order = [self.nucleo, self.edit_nucleo, self.new_nucleo, self.table, self.new_button,
                 self.open_button, self.revision_button, self.export_button, self.delete_button]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        self.open_button.clicked.connect(lambda: self._open_row(self.table.currentIndex().row()))

    def _open_row(self, row: int) -> None:
        assessment = self.model.assessment_at(row)
        if assessment is not None:
            self.open_requested.emit(assessment.id)

    def selected(self) -> Assessment | None:
        return self.model.assessment_at(self.table.currentIndex().row())


class MainWindow(QMainWindow):
    def __init__(self, store: Store, catalogue: Catalogue, author: str, *,
                 demo: bool = False, open_demo: Callable[[], None] | None = None,
                 data_dir: Path | None = None, resume: Assessment | None = None) -> None:
        """``resume``: open this assessment at once (its núcleo chosen in the list, which
        is filled when it is first shown)."""
        super().__init__()
        self.store = store
        self.catalogue = catalogue
        self.author = author
        self.demo = demo
        self._open_demo = open_demo
        self.data_dir = data_dir  # for the central database (default: the store's folder)
        self.central_window: QMainWindow | None = None
        self.nucleo_dialog: NucleoDialog | None = None  # while open (tests drive it)
        title = self.tr("Aspectos — autoavaliação de núcleos de telessaúde")
        if demo:
            title += self.tr(" [DEMONSTRAÇÃO]")
        self.setWindowTitle(title)
        self._fit_to_screen(1280, 760)
        self.stack = QStackedWidget()
        self.home = HomePage()
        self.stack.addWidget(self.home)
        self.setCentralWidget(self.stack)
        self.view: AssessmentView | None = None
        self._build_menu()
        self.home.nucleo.currentIndexChanged.connect(self.refresh_assessments)
        self.home.new_nucleo.clicked.connect(self.new_nucleo)
        self.home.edit_nucleo.clicked.connect(self.edit_nucleo)
        self.home.new_button.clicked.connect(self.new_assessment)
        self.home.revision_button.clicked.connect(self.new_revision)
        self.home.delete_button.clicked.connect(self.delete_assessment)
        self.home.export_button.clicked.connect(self.export_selected)
        self.home.open_requested.connect(self.open_assessment)
        if resume is not None:
            self.open_assessment(resume.id)
        self.refresh_nucleos(select=resume.nucleo_id if resume is not None else None)
        self.statusBar().showMessage(self.tr("Banco de dados: {path}").format(path=store.path))

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Arquivo"))
        actions: list[tuple[str, Callable[[], None], QKeySequence | None]] = [
            (self.tr("Novo &núcleo…"), self.new_nucleo, None),
            (self.tr("Nova &avaliação…"), self.new_assessment, QKeySequence("Ctrl+N")),
            (self.tr("&Exportar avaliação…"), self.export_current, QKeySequence("Ctrl+E")),
            (self.tr("&Questionário em branco (PDF)…"), self.blank_questionnaire, None),
            (self.tr("Abrir &demonstração"), self.open_demo, None),
            (self.tr("&Configurações…"), self.open_settings, None),
        ]
        for text, slot, shortcut in actions:
            action = QAction(text, self)
            if shortcut is not None:
                action.setShortcut(shortcut)
            action.triggered.connect(slot)
            file_menu.addAction(action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Sair"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        central_menu = self.menuBar().addMenu(self.tr("&Central"))
        central = QAction(self.tr("Abrir &painel central…"), self)
        central.triggered.connect(self.open_central)
        central_menu.addAction(central)
        help_menu = self.menuBar().addMenu(self.tr("A&juda"))
        shortcuts = QAction(self.tr("&Atalhos de teclado"), self)
        shortcuts.setShortcut(QKeySequence("F1"))
        shortcuts.triggered.connect(self.show_shortcuts)
        help_menu.addAction(shortcuts)
        about = QAction(self.tr("&Sobre"), self)
        about.triggered.connect(self.about)
        help_menu.addAction(about)

    # --- núcleos -------------------------------------------------------------------------

    def refresh_nucleos(self, select: int | None = None) -> None:
        current = select if select is not None else self.home.nucleo.currentData()
        self.home.nucleo.blockSignals(True)
        self.home.nucleo.clear()
        for nucleo in self.store.list_nucleos():
            self.home.nucleo.addItem(f"{nucleo.name} — {nucleo.municipio_name}/{nucleo.uf}",
                                     nucleo.id)
        index = self.home.nucleo.findData(current)
        self.home.nucleo.setCurrentIndex(max(index, 0))
        self.home.nucleo.blockSignals(False)
        has_nucleo = self.home.nucleo.count() > 0
        for button in (self.home.edit_nucleo, self.home.new_button):
            button.setEnabled(has_nucleo)
        self.refresh_assessments()

    def current_nucleo_id(self) -> int | None:
        data = self.home.nucleo.currentData()
        return data if isinstance(data, int) else None

    def new_nucleo(self) -> None:
        created: list[int] = []

        def save(values: dict[str, Any], respondents: list[tuple[str, str]]) -> None:
            created.append(self.store.create_nucleo(**values, respondents=respondents).id)

        self.nucleo_dialog = NucleoDialog(self, save=save)  # refused saves stay in it
        if self.nucleo_dialog.exec() and created:
            self.refresh_nucleos(select=created[0])
        self.nucleo_dialog = None

    def edit_nucleo(self) -> None:
        nucleo_id = self.current_nucleo_id()
        if nucleo_id is None:
            return
        nucleo = self.store.get_nucleo(nucleo_id)
        fields = ("name", "institution", "uf", "municipio_code", "municipio_name", "cnes",
                  "contact_name", "contact_email", "contact_phone")
        people = [(r.name, r.role) for r in self.store.list_respondents(nucleo_id)]

        def save(values: dict[str, Any], respondents: list[tuple[str, str]]) -> None:
            self.store.update_nucleo(nucleo_id, **values, respondents=respondents)

        self.nucleo_dialog = NucleoDialog(self, {f: getattr(nucleo, f) for f in fields},
                                          respondents=people, save=save)
        if self.nucleo_dialog.exec():
            self.refresh_nucleos(select=nucleo_id)
        self.nucleo_dialog = None

    # --- assessments ---------------------------------------------------------------------

    def refresh_assessments(self) -> None:
        """Fill the list of the chosen núcleo's assessments, with their progress. While an
        assessment is open the list is hidden: it is filled when shown again
        (``close_assessment``), not computed for nothing (every answer of every assessment)."""
        if self.view is not None:
            return
        nucleo_id = self.current_nucleo_id()
        rows: list[AssessmentRow] = []
        if nucleo_id is not None:
            nucleo = self.store.get_nucleo(nucleo_id)
            details = [f"{nucleo.municipio_name}/{nucleo.uf} (IBGE {nucleo.municipio_code})"]
            if nucleo.cnes:
                details.append(f"CNES {nucleo.cnes}")
            if nucleo.institution:
                details.append(nucleo.institution)
            self.home.nucleo_details.setText(" · ".join(details))
            for assessment in self.store.list_assessments(nucleo_id):
                rows.append(AssessmentRow(assessment, self._progress(assessment)))
        else:
            self.home.nucleo_details.setText(self.tr(
                "Nenhum núcleo cadastrado. Use “Novo núcleo…” ou Arquivo › Abrir demonstração."))
        self.home.model.set_rows(rows)
        if rows:
            self.home.table.selectRow(0)
        for button in (self.home.open_button, self.home.revision_button, self.home.delete_button,
                       self.home.export_button):
            button.setEnabled(bool(rows))

    def _progress(self, assessment: Assessment) -> WizardProgress:
        category_ids = scope_category_ids(self.catalogue, assessment.theme_slugs)
        values = {k: v.value for k, v in self.store.answers(assessment.id).items()}
        checks = check_all(self.catalogue, category_ids, values)
        total = WizardProgress()
        for progress in progress_by_category(self.catalogue, category_ids, checks).values():
            total = total + progress
        return total

    def new_assessment(self) -> None:
        nucleo_id = self.current_nucleo_id()
        if nucleo_id is None:
            QMessageBox.information(self, self.tr("Cadastre um núcleo"),
                                    self.tr("Cadastre um núcleo antes de criar uma avaliação."))
            return
        dialog = AssessmentDialog(self.catalogue, self)
        if not dialog.exec():
            return
        try:
            assessment = self.store.create_assessment(
                nucleo_id=nucleo_id, catalogue_version=self.catalogue.version,
                catalogue_hash=self.catalogue.content_hash, **dialog.values())
        except StoreError as error:
            QMessageBox.warning(self, self.tr("Avaliação não criada"), error.message)
            return
        self.refresh_assessments()
        self.open_assessment(assessment.id)

    def new_revision(self) -> None:
        selected = self.home.selected()
        if selected is None:
            return
        try:
            revision = self.store.new_revision(selected.id)
        except StoreError as error:
            QMessageBox.warning(self, self.tr("Revisão não criada"), error.message)
            return
        self.refresh_assessments()
        self.open_assessment(revision.id)

    def delete_assessment(self) -> None:
        selected = self.home.selected()
        if selected is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Excluir avaliação"),
            self.tr("Excluir “{title}” (revisão {revision}) e todas as suas respostas? "
                    "Esta ação não pode ser desfeita.").format(
                title=selected.title or selected.kind, revision=selected.revision),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.store.delete_assessment(selected.id)
        except StoreError as error:
            QMessageBox.warning(self, self.tr("Não excluída"), error.message)
        self.refresh_assessments()

    def open_assessment(self, assessment_id: int) -> None:
        assessment = self.store.get_assessment(assessment_id)
        self.close_assessment()
        author = assessment.monitor_name if assessment.kind == "visita" and \
            assessment.monitor_name else self.author
        self.view = AssessmentView(self.store, self.catalogue, assessment, author)
        self.view.closed.connect(self.close_assessment)
        self.view.export_requested.connect(self.export_current)
        self.view.finalized.connect(lambda _id: self.refresh_assessments())
        self.stack.addWidget(self.view)
        self.stack.setCurrentWidget(self.view)
        self.last_opened = assessment_id

    def close_assessment(self, *, refresh_list: bool = True) -> None:
        """Back to the list; ``refresh_list=False`` when the window itself is going away."""
        if self.view is not None:
            self.view.flush_history()
            self.stack.removeWidget(self.view)
            self.view.deleteLater()
            self.view = None
            self.stack.setCurrentWidget(self.home)
            if refresh_list:
                self.refresh_assessments()

    # --- export --------------------------------------------------------------------------

    def export_selected(self) -> None:
        selected = self.home.selected()
        if selected is not None:
            self.export_assessment(selected.id)

    def export_current(self) -> None:
        if self.view is not None:
            self.view.flush_history()
            self.export_assessment(self.view.assessment.id)
        else:
            self.export_selected()

    def export_assessment(self, assessment_id: int) -> None:
        from aspectos_desktop.ui.export_dialog import ExportDialog
        from aspectos_desktop.ui.identity_dialogs import obtain_identity

        assessment = self.store.get_assessment(assessment_id)
        identity = None
        if assessment.status != "em_andamento":
            identity = obtain_identity(self, self.store.path.parent,
                                       self.store.get_nucleo(assessment.nucleo_id))
            if identity is None:
                return
        dialog = ExportDialog(self.store, self.catalogue, assessment, identity, self)
        dialog.exported.connect(lambda _result: self._after_export())
        self.export_dialog = dialog
        dialog.exec()

    def _after_export(self) -> None:
        if self.view is not None:
            self.view.assessment = self.store.get_assessment(self.view.assessment.id)
            self.view.refresh_header()
        else:
            self.refresh_assessments()

    def blank_questionnaire(self) -> None:
        from aspectos_desktop.export.blank_questionnaire import render_blank_questionnaire

        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Questionário em branco"), str(Path.home() / "questionario-aspectos.pdf"),
            self.tr("PDF (*.pdf)"))
        if not path:
            return
        # ~2 s for all 857 aspects: say so, and show that the window is busy meanwhile
        self.statusBar().showMessage(self.tr("Gerando o questionário em branco…"))
        self.statusBar().repaint()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            Path(path).write_bytes(render_blank_questionnaire(self.catalogue))
        except OSError as error:
            failure: OSError | None = error
        else:
            failure = None
        finally:
            QApplication.restoreOverrideCursor()
        if failure is not None:
            self.statusBar().clearMessage()
            QMessageBox.warning(self, self.tr("Não foi possível gravar"),
                                self.tr("Não foi possível gravar {path}: {reason}").format(
                                    path=path, reason=failure.strerror))
            return
        self.statusBar().showMessage(self.tr("Questionário gravado em {path}").format(path=path))

    def open_settings(self) -> None:
        from aspectos_desktop.ui.identity_dialogs import SettingsDialog

        SettingsDialog(self.store.path.parent, self).exec()

    # --- central -------------------------------------------------------------------------

    def open_central(self) -> None:
        """The central office window (import, signers, consolidation), on its own database."""
        from aspectos_desktop.ui.central_window import open_central_window

        if self.central_window is not None:
            if not self.central_window.isHidden():
                self.central_window.raise_()
                self.central_window.activateWindow()
                return
            self.central_window.deleteLater()  # closed earlier: open the database afresh
        self.central_window = open_central_window(
            self.catalogue, data_dir=self.data_dir or self.store.path.parent, actor=self.author,
            parent=self)

    # --- misc ----------------------------------------------------------------------------

    def open_demo(self) -> None:
        if self._open_demo is not None:
            self._open_demo()

    def _fit_to_screen(self, width: int, height: int) -> None:
        """Open at ``width``×``height`` or smaller: never past the screen (1366×768 laptops)."""
        screen = self.screen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, available.width() - 16)
            height = min(height, available.height() - 48)  # room for the title bar
        self.resize(width, height)

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self).exec()

    def about(self) -> None:
        QMessageBox.about(self, self.tr("Sobre o Aspectos"), self.tr(
            "<b>Aspectos Desktop {version}</b><br>Autoavaliação de núcleos de telessaúde "
            "contra o catálogo de {n} aspectos (versão {cat}).").format(
            version=__version__, n=len(self.catalogue.aspects), cat=self.catalogue.version))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.view is not None and self.view.unsaved:
            answer = QMessageBox.question(
                self, self.tr("Alterações não salvas"),
                self.tr("Algumas respostas não puderam ser gravadas. Sair mesmo assim?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        if self.central_window is not None:
            self.central_window.close()
        event.accept()


def data_path_label(path: Path) -> str:
    return str(path)
