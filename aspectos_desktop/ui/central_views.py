"""The tabs of the Central window other than the import: signers, consolidation (matrix,
chart, comparison, indicators, export) and the audit log; and the drill-down dialog.

Reads run on the UI thread through the window's own ``CentralDB`` (short, set-based
queries); the exports, which may stream millions of rows, run in a ``TaskWorker``
thread with a connection of their own.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QSortFilterProxyModel, QStringListModel, Qt, QThread, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from aspectos_desktop.catalogue.model import Catalogue
from aspectos_desktop.central.consolidation import (
    AssessmentInfo,
    Comparison,
    ConsolidationError,
    Filters,
    Holdings,
    MatrixRow,
    Table,
    compare,
    holdings,
    indicators,
    indicators_table,
    long_table,
    matrix,
    matrix_table,
    nucleo_answers,
    wide_table,
)
from aspectos_desktop.central.database import CentralDB, CentralError
from aspectos_desktop.central.trust import SignerInfo
from aspectos_desktop.places import UFS, municipio_by_code, search_municipios
from aspectos_desktop.ui.answer_inputs import error_label, show_error
from aspectos_desktop.ui.central_chart import ShareChart
from aspectos_desktop.ui.central_import import TaskWorker, never_wider, run_in_thread, worker_url
from aspectos_desktop.ui.central_models import (
    AUDIT_DETAILS,
    CMP_ASPECT,
    CMP_SAME,
    CMP_SELF,
    CMP_VISIT,
    IND_ASPECT,
    IND_UNIT,
    MATRIX_NUCLEO,
    SIGNER_FINGERPRINT,
    SIGNER_SUBJECT,
    SORT_ROLE,
    AuditModel,
    ComparisonModel,
    IndicatorsModel,
    MatrixModel,
    RowsModel,
    SignersModel,
    audit_action_text,
    audit_detail_lines,
    completion_text,
    day_text,
    fingerprint_lines,
    kind_text,
    local_time,
    theme_title,
)

AUDIT_LIMIT = 2000
NO_DATE = QDate(2000, 1, 1)
DbErrors = (CentralError, ConsolidationError, SQLAlchemyError)


def db_error_text(error: Exception) -> str:
    message = getattr(error, "message", None)
    if isinstance(message, str):
        return message
    return str(getattr(error, "orig", None) or error).strip().splitlines()[0]


def make_table(model: RowsModel[Any], name: str, description: str = "") -> tuple[QTableView,
                                                                                 QSortFilterProxyModel]:
    """A read-only, row-selecting, sortable table over ``model``."""
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    table = QTableView()
    table.setModel(proxy)
    proxy.setParent(table)
    table.setAccessibleName(name)
    if description:
        table.setAccessibleDescription(description)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    compact_rows(table)
    header = table.horizontalHeader()
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    header.setSectionsClickable(True)
    table.setSortingEnabled(True)
    return table, proxy


def fit_combo(combo: QComboBox, chars: int) -> QComboBox:
    """Size ``combo`` for ``chars`` characters, not for its longest item: long items (UF
    names, export kinds, núcleo names) would otherwise make the window wider than the
    screen with large fonts. The popup list still shows the items whole."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    return combo


def compact_rows(table: QTableView) -> None:
    """One line of text per row (Qt's default leaves room for two)."""
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)


def source_row(table: QTableView, proxy: QSortFilterProxyModel) -> int:
    index = table.currentIndex()
    if not index.isValid():
        return -1
    return proxy.mapToSource(index).row()


# ------------------------------------------------------------------------- signers


class SignersPanel(QWidget):
    """The "Assinantes" tab: the certificates seen per núcleo; approve or revoke them."""

    changed = Signal()  # a signer was approved or revoked

    def __init__(self, db: CentralDB, actor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "O primeiro certificado visto para um núcleo fica “novo” até ser aprovado: os "
            "pacotes assinados por ele ficam pendentes, fora da consolidação. Antes de aprovar, "
            "confirme a impressão digital com o núcleo (por telefone, lendo-a em voz alta)."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = SignersModel()
        self.table, self.proxy = make_table(
            self.model, self.tr("Assinantes dos núcleos"),
            self.tr("Núcleo, UF, titular, impressão digital, situação, primeira vez visto e "
                    "pacotes; os pendentes aparecem primeiro"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SIGNER_SUBJECT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SIGNER_FINGERPRINT, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(SIGNER_FINGERPRINT, 280)  # the whole of it is shown below
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        layout.addWidget(self.table, 1)
        self.details = QLabel()
        self.details.setObjectName("signerDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.approve_button = QPushButton(self.tr("A&provar…"))
        self.approve_button.setAccessibleDescription(self.tr(
            "Aprovar o certificado escolhido depois de conferir a impressão digital com o núcleo; "
            "os pacotes pendentes dele passam a contar na consolidação"))
        self.revoke_button = QPushButton(self.tr("Re&vogar…"))
        self.revoke_button.setAccessibleDescription(self.tr(
            "Revogar o certificado escolhido: os pacotes dele saem da consolidação e novos "
            "pacotes assinados por ele serão rejeitados"))
        self.refresh_button = QPushButton(self.tr("A&tualizar"))
        for button in (self.approve_button, self.revoke_button, self.refresh_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.approve_button.clicked.connect(self.approve)
        self.revoke_button.clicked.connect(self.revoke)
        self.refresh_button.clicked.connect(self.refresh)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        for first, second in pairwise([self.table, self.approve_button, self.revoke_button,
                                       self.refresh_button]):
            QWidget.setTabOrder(first, second)
        self._selection_changed()

    @property
    def pending(self) -> int:
        return sum(1 for s in self.model.rows if s.status == "novo")

    def refresh(self) -> None:
        keep = self.selected()
        try:
            from aspectos_desktop.central.trust import list_signers

            signers = list_signers(self.db)
        except DbErrors as error:
            self.message.setText(db_error_text(error))
            return
        self.model.set_rows(signers)
        row = next((i for i, s in enumerate(signers)
                    if keep is not None and s.fingerprint == keep.fingerprint), 0)
        if signers:
            self.select_row(row)
        self._selection_changed()

    def select_row(self, source: int) -> None:
        index = self.proxy.mapFromSource(self.model.index(source, 0))
        self.table.setCurrentIndex(index)
        self.table.selectRow(index.row())

    def select_fingerprint(self, fingerprint: str) -> bool:
        for i, signer in enumerate(self.model.rows):
            if signer.fingerprint == fingerprint:
                self.select_row(i)
                return True
        return False

    def selected(self) -> SignerInfo | None:
        return self.model.row_at(source_row(self.table, self.proxy))

    def _selection_changed(self) -> None:
        signer = self.selected()
        self.approve_button.setEnabled(signer is not None and signer.status != "aprovado")
        self.revoke_button.setEnabled(signer is not None and signer.status != "revogado")
        if signer is None:
            self.details.setText(self.tr("Nenhum assinante registrado.") if not self.model.rows
                                 else "")
            return
        self.details.setText(self.tr(
            "{nucleo} ({key}) — {subject}\nImpressão digital SHA-256:\n{fingerprint}").format(
            nucleo=signer.nucleo_name, key=signer.nucleo_key, subject=signer.subject,
            fingerprint=fingerprint_lines(signer.fingerprint)))

    def approve(self) -> None:
        signer = self.selected()
        if signer is None or signer.status == "aprovado":
            return
        text = self.tr(
            "Aprovar o certificado de “{subject}” para o núcleo {nucleo}?\n\n"
            "Antes, confirme com o núcleo (por telefone, lendo em voz alta) que a impressão "
            "digital SHA-256 do certificado dele é:\n\n{fingerprint}\n\n"
            "Os {pending} pacote(s) pendente(s) deste assinante passarão a contar na "
            "consolidação.").format(subject=signer.subject, nucleo=signer.nucleo_name,
                                    fingerprint=fingerprint_lines(signer.fingerprint),
                                    pending=signer.pending_bundles)
        if signer.nucleo_id in self.model.shared:
            text += "\n\n" + self.tr("ATENÇÃO: este núcleo já tem outro certificado ativo.")
        answer = QMessageBox.question(
            self, self.tr("Aprovar assinante"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        from aspectos_desktop.central.trust import approve_signer

        try:
            change = approve_signer(self.db, signer.fingerprint, actor=self.actor)
        except DbErrors as error:
            QMessageBox.warning(self, self.tr("Assinante não aprovado"), db_error_text(error))
            return
        self.message.setText(self.tr(
            "Assinante aprovado: {subject} ({nucleo}). {n} pacote(s) pendente(s) passaram a "
            "contar na consolidação.").format(subject=change.subject, nucleo=change.nucleo_name,
                                              n=change.bundles_changed))
        self.refresh()
        self.changed.emit()

    def revoke(self) -> None:
        signer = self.selected()
        if signer is None or signer.status == "revogado":
            return
        answer = QMessageBox.question(
            self, self.tr("Revogar assinante"), self.tr(
                "Revogar o certificado de “{subject}” ({nucleo})?\n\n{fingerprint}\n\n"
                "Os pacotes dele saem da consolidação e novos pacotes assinados por ele serão "
                "rejeitados.").format(subject=signer.subject, nucleo=signer.nucleo_name,
                                      fingerprint=fingerprint_lines(signer.fingerprint)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        from aspectos_desktop.central.trust import revoke_signer

        try:
            change = revoke_signer(self.db, signer.fingerprint, actor=self.actor)
        except DbErrors as error:
            QMessageBox.warning(self, self.tr("Assinante não revogado"), db_error_text(error))
            return
        self.message.setText(self.tr(
            "Assinante revogado: {subject} ({nucleo}). {n} pacote(s) saíram da "
            "consolidação.").format(subject=change.subject, nucleo=change.nucleo_name,
                                    n=change.bundles_changed))
        self.refresh()
        self.changed.emit()


# --------------------------------------------------------------------------- audit


class AuditPanel(QWidget):
    """The "Auditoria" tab: who did what, when (read-only, newest first)."""

    ACTIONS = ("importar", "rejeitar", "ja_importado", "aprovar_assinante", "revogar_assinante",
               "assinante_diferente")

    def __init__(self, db: CentralDB, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        label = QLabel(self.tr("A&ção:"))
        self.action = fit_combo(QComboBox(), 20)
        self.action.setAccessibleName(self.tr("Ação registrada"))
        self.action.addItem(self.tr("Todas"), None)
        for action in self.ACTIONS:
            self.action.addItem(audit_action_text(action), action)
        label.setBuddy(self.action)
        self.refresh_button = QPushButton(self.tr("Atuali&zar"))
        top.addWidget(label)
        top.addWidget(self.action)
        top.addWidget(self.refresh_button)
        top.addStretch(1)
        layout.addLayout(top)
        self.model = AuditModel()
        self.table, self.proxy = make_table(
            self.model, self.tr("Registro de auditoria"),
            self.tr("Quando, quem, ação e detalhes de cada importação, rejeição e decisão sobre "
                    "assinantes; somente leitura"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AUDIT_DETAILS, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.details = QLabel()
        self.details.setObjectName("auditDetails")
        self.details.setWordWrap(True)
        never_wider(self.details)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)
        self.note = QLabel()
        layout.addWidget(self.note)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_details())
        self.action.currentIndexChanged.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)

    def refresh(self) -> None:
        from aspectos_desktop.central.audit import audit_entries

        try:
            with self.db.session() as session:
                entries = audit_entries(session, action=self.action.currentData(),
                                        limit=AUDIT_LIMIT)
        except DbErrors as error:
            self.note.setText(db_error_text(error))
            return
        self.model.set_rows(entries)
        self._show_details()
        if len(entries) >= AUDIT_LIMIT:
            self.note.setText(self.tr("Mostrando as {n} entradas mais recentes.").format(
                n=AUDIT_LIMIT))
        else:
            self.note.setText(self.tr("{n} entrada(s).").format(n=len(entries)))


    def _show_details(self) -> None:
        entry = self.model.row_at(source_row(self.table, self.proxy))
        if entry is None:
            self.details.clear()
            return
        lines = [f"{local_time(entry.at)} · {entry.actor} · {audit_action_text(entry.action)}"]
        lines += audit_detail_lines(entry.details)
        self.details.setText("\n".join(lines))


# -------------------------------------------------------------------- drill-down


class NucleoAnswersDialog(QDialog):
    """One núcleo's answers (each current assessment), grouped by theme."""

    def __init__(self, db: CentralDB, catalogue: Catalogue, nucleo_id: int,
                 assessment_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.data = nucleo_answers(db, nucleo_id, catalogue=catalogue)
        nucleo = self.data.nucleo
        self.setWindowTitle(self.tr("Respostas — {nucleo}").format(nucleo=nucleo.name))
        layout = QVBoxLayout(self)
        details = [f"{nucleo.municipio_name}/{nucleo.uf}", nucleo.nucleo_key]
        if nucleo.institution:
            details.append(nucleo.institution)
        head = QLabel(f"<b>{_html(nucleo.name)}</b><br>{_html(' · '.join(details))}")
        layout.addWidget(head)
        row = QHBoxLayout()
        label = QLabel(self.tr("&Avaliação:"))
        self.assessment = QComboBox()
        self.assessment.setAccessibleName(self.tr("Avaliação do núcleo"))
        label.setBuddy(self.assessment)
        for item in self.data.assessments:
            a = item.assessment
            self.assessment.addItem(self.tr(
                "{kind} · {start} a {end} · revisão {revision} · {answered} de {total} "
                "respondidos").format(kind=kind_text(a.kind), start=day_text(a.period_start),
                                      end=day_text(a.period_end), revision=a.revision,
                                      answered=item.answered, total=len(item.answers)), a.id)
        row.addWidget(label)
        row.addWidget(self.assessment, 1)
        layout.addLayout(row)
        self.assessment_details = QLabel()
        self.assessment_details.setObjectName("assessmentDetails")
        self.assessment_details.setWordWrap(True)
        self.assessment_details.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.assessment_details)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Respostas agrupadas por tema"))
        self.tree.setAccessibleDescription(self.tr(
            "Cada tema com os seus aspectos: resposta, situação, comentário e evidência"))
        self.tree.setHeaderLabels([self.tr("Aspecto"), self.tr("Resposta"), self.tr("Situação"),
                                   self.tr("Comentário"), self.tr("Evidência")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.resizeSection(0, 400)
        header.resizeSection(1, 200)
        header.resizeSection(2, 110)
        header.resizeSection(3, 220)
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.assessment.currentIndexChanged.connect(self.show_assessment)
        index = self.assessment.findData(assessment_id) if assessment_id is not None else 0
        self.assessment.setCurrentIndex(max(index, 0))
        self.show_assessment()
        self.resize(1100, 640)

    def details_text(self, a: AssessmentInfo) -> str:
        """Who answered and when: for a visit, its date and the monitor; the period, the
        revision and the catalogue for both kinds."""
        lines = [a.title or self.tr("(sem título)")]
        if a.kind == "visita":
            monitor = a.monitor_name or self.tr("monitor(a) não informado(a)")
            if a.monitor_institution:
                monitor = self.tr("{name} ({institution})").format(
                    name=monitor, institution=a.monitor_institution)
            lines.append(self.tr("Data da visita: {day} · monitor(a): {monitor}").format(
                day=day_text(a.visit_date), monitor=monitor))
        lines.append(self.tr("Período {start} a {end} · revisão {revision} · catálogo "
                             "{version}").format(start=day_text(a.period_start),
                                                 end=day_text(a.period_end),
                                                 revision=a.revision, version=a.catalogue_version))
        return "\n".join(lines)

    def show_assessment(self) -> None:
        self.tree.clear()
        chosen = self.assessment.currentData()
        item = next((i for i in self.data.assessments if i.assessment.id == chosen), None)
        if item is None:
            self.assessment_details.setText(self.tr("Nenhuma avaliação atual deste núcleo."))
            return
        self.assessment_details.setText(self.details_text(item.assessment))
        by_theme: dict[str, list[Any]] = {}
        for detail in item.answers:
            by_theme.setdefault(detail.aspect.theme_slug, []).append(detail)
        for theme in self.catalogue.themes:
            details = by_theme.get(theme.slug)
            if not details:
                continue
            answered = sum(1 for d in details if d.completion == "respondido")
            top = QTreeWidgetItem([self.tr("{theme} — {answered} de {total} respondidos").format(
                theme=theme_title(theme), answered=answered, total=len(details))])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setFirstColumnSpanned(True)
            self.tree.addTopLevelItem(top)
            for detail in details:
                aspect = detail.aspect
                child = QTreeWidgetItem([f"{aspect.id} · {aspect.aspecto}", detail.answer,
                                         completion_text(detail.completion),
                                         " ".join(detail.comment.split()),
                                         " ".join(detail.evidence.split())])
                child.setToolTip(0, f"{aspect.id} · {aspect.aspecto}\n{aspect.categoria}\n"
                                    f"{aspect.natureza}")
                child.setToolTip(1, detail.answer)
                if detail.comment:
                    child.setToolTip(3, detail.comment)
                if detail.evidence:
                    child.setToolTip(4, detail.evidence)
                top.addChild(child)
            top.setFirstColumnSpanned(True)
            top.setExpanded(True)
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ------------------------------------------------------------------ consolidation


class OptionalDateEdit(QDateEdit):
    """A date, or none: the minimum date, shown as the special value text ("sem limite").

    Delete goes back to none; Tab leaves the field from the special value too (a plain
    QDateEdit keeps the focus there, walking sections that are not shown).
    """

    def focusNextPrevChild(self, next: bool) -> bool:
        if self.date() == self.minimumDate():
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.setDate(self.minimumDate())
            event.accept()
            return
        super().keyPressEvent(event)



EXPORT_KINDS = ("matriz", "longo", "amplo", "indicadores", "comparacao")
UNIT_COLUMN_CHARS = 40  # the widest the Unidade column of the indicators gets ("x" widths)


class ConsolidationPanel(QWidget):
    """The "Consolidação" tab: filters; matrix, chart, comparison and indicators; export."""

    exported = Signal(object)  # Path of the file written
    export_failed = Signal(str)
    refreshed = Signal()  # the views show the current filters

    def __init__(self, db: CentralDB, catalogue: Catalogue, actor: str,
                 data_dir: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.catalogue = catalogue
        self.actor = actor
        self.data_dir = data_dir
        self.municipio_code: int | None = None
        self._municipio_choices: dict[str, int] = {}
        self.rows: list[MatrixRow] = []
        self.holdings: Holdings | None = None
        self.comparison: Comparison | None = None
        self.drill_dialog: NucleoAnswersDialog | None = None
        self.export_thread: QThread | None = None
        self.export_worker: TaskWorker | None = None
        self.refresh_thread: QThread | None = None
        self.refresh_worker: TaskWorker | None = None
        self._refresh_outcome: object = None
        self._refresh_again = False
        self.closed = False
        self._export_result: tuple[str, object] | None = None
        self.last_export: Path | None = None
        self._loading = False

        layout = QVBoxLayout(self)
        layout.addLayout(self._build_filters())
        self.error = error_label()
        layout.addWidget(self.error)
        self.count = QLabel()
        self.count.setObjectName("consolidationCount")
        self.count.setWordWrap(True)
        count_row = QHBoxLayout()  # the button here, not beside the filters: narrower window
        count_row.addWidget(self.count, 1)
        count_row.addWidget(self.clear_button)
        layout.addLayout(count_row)
        self.views = QTabWidget()
        self.views.setDocumentMode(True)
        self.views.tabBar().setAccessibleName(self.tr("Visões da consolidação"))
        self.views.addTab(self._build_matrix(), self.tr("Matri&z"))
        self.views.addTab(self._build_chart(), self.tr("&Gráfico"))
        self.views.addTab(self._build_comparison(), self.tr("Autoavaliação × &visita"))
        self.views.addTab(self._build_indicators(), self.tr("I&ndicadores"))
        layout.addWidget(self.views, 1)
        layout.addLayout(self._build_export())
        self.views.currentChanged.connect(self._view_changed)
        order = [self.uf, self.municipio, self.kind, self.period_from, self.period_to,
                 self.catalogue_version, self.clear_button, self.views.tabBar(),
                 self.matrix_table, self.drill_button, self.compare_button, self.chart,
                 self.compare_nucleo, self.only_differences, self.compare_table,
                 self.indicators_table, self.export_what, self.export_csv_button,
                 self.export_xlsx_button]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    # -- building

    def _build_filters(self) -> QGridLayout:
        """Two rows of three filters, the fields sharing the width; with large fonts the
        combo boxes keep a moderate width (``fit_combo``) so that the rows fit a 1366-pixel
        screen at 200%."""
        grid = QGridLayout()
        self.uf = fit_combo(QComboBox(), 12)
        self.uf.setAccessibleName(self.tr("Filtro: UF"))
        self.uf.addItem(self.tr("Todas"), None)
        for sigla, name in UFS.items():
            self.uf.addItem(f"{sigla} — {name}", sigla)
        self.municipio = QLineEdit()
        self.municipio.setAccessibleName(self.tr("Filtro: município"))
        self.municipio.setAccessibleDescription(self.tr(
            "Digite parte do nome e escolha na lista; em branco, todos os municípios"))
        self.municipio.setPlaceholderText(self.tr("Todos — digite para buscar"))
        self.municipio.setClearButtonEnabled(True)
        self._municipio_model = QStringListModel(self)
        completer = QCompleter(self._municipio_model, self.municipio)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.municipio.setCompleter(completer)
        self.kind = fit_combo(QComboBox(), 12)
        self.kind.setAccessibleName(self.tr("Filtro: tipo de avaliação"))
        self.kind.addItem(self.tr("Todos"), None)
        self.kind.addItem(kind_text("autoavaliacao"), "autoavaliacao")
        self.kind.addItem(kind_text("visita"), "visita")
        self.period_from = self._date_edit(self.tr("Filtro: período a partir de"))
        self.period_to = self._date_edit(self.tr("Filtro: período até"))
        self.catalogue_version = fit_combo(QComboBox(), 12)
        self.catalogue_version.setAccessibleName(self.tr("Filtro: versão do catálogo"))
        self.catalogue_version.addItem(self.tr("Todas"), None)
        self.clear_button = QPushButton(self.tr("&Limpar filtros"))
        fields: list[tuple[str, QWidget, int, int]] = [
            (self.tr("&UF:"), self.uf, 0, 0), (self.tr("&Município:"), self.municipio, 0, 2),
            (self.tr("Ti&po:"), self.kind, 0, 4),
            (self.tr("Pe&ríodo de:"), self.period_from, 1, 0), (self.tr("a&té:"), self.period_to, 1, 2),
            (self.tr("&Catálogo:"), self.catalogue_version, 1, 4),
        ]
        for text, widget, row, column in fields:
            label = QLabel(text)
            label.setBuddy(widget)
            grid.addWidget(label, row, column)
            grid.addWidget(widget, row, column + 1)
            grid.setColumnStretch(column + 1, 1)
        grid.setColumnStretch(6, 2)  # the rest of a wide window: fields of moderate width
        self.municipio.setMinimumWidth(self.municipio.fontMetrics().horizontalAdvance("x") * 22)
        self.uf.currentIndexChanged.connect(self._uf_changed)
        self.kind.currentIndexChanged.connect(self.apply_filters)
        self.catalogue_version.currentIndexChanged.connect(self.apply_filters)
        self.period_from.dateChanged.connect(self.apply_filters)
        self.period_to.dateChanged.connect(self.apply_filters)
        self.municipio.textEdited.connect(self._municipio_edited)
        self.municipio.returnPressed.connect(self._municipio_entered)
        completer.activated[str].connect(self._municipio_chosen)
        self.clear_button.clicked.connect(self.clear_filters)
        return grid

    def _date_edit(self, name: str) -> QDateEdit:
        edit = OptionalDateEdit()
        edit.setAccessibleName(name)
        edit.setAccessibleDescription(self.tr("Uma data, ou “sem limite” (tecla Delete)"))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("sem limite"))
        edit.setDate(NO_DATE)
        return edit

    def _build_matrix(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.matrix_model = MatrixModel(self.catalogue)
        self.matrix_table, self.matrix_proxy = make_table(
            self.matrix_model, self.tr("Matriz de núcleos por tema"),
            self.tr("Uma linha por avaliação atual de cada núcleo; por tema, o percentual de "
                    "aspectos respondidos (a dica mostra a distribuição das respostas). Enter ou "
                    "duplo clique abre as respostas do núcleo"))
        header = self.matrix_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignVCenter)
        self.matrix_table.doubleClicked.connect(lambda _index: self.drill_down())
        self.matrix_table.activated.connect(lambda _index: self.drill_down())
        self.matrix_empty = QLabel()  # in place of the table while there is nothing to show
        self.matrix_empty.setObjectName("matrixEmpty")
        self.matrix_empty.setWordWrap(True)
        self.matrix_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.matrix_empty.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.matrix_empty.hide()
        layout.addWidget(self.matrix_empty, 1)
        layout.addWidget(self.matrix_table, 1)
        buttons = QHBoxLayout()
        self.drill_button = QPushButton(self.tr("Ver r&espostas do núcleo…"))
        self.drill_button.setAccessibleDescription(self.tr(
            "Abrir as respostas da avaliação escolhida na matriz, agrupadas por tema"))
        self.compare_button = QPushButton(self.tr("Comparar autoavaliação com a visita"))
        self.compare_button.setAccessibleDescription(self.tr(
            "Mostrar lado a lado a autoavaliação e a visita de monitoramento do núcleo escolhido"))
        self.drill_button.clicked.connect(self.drill_down)
        self.compare_button.clicked.connect(self.compare_selected)
        buttons.addWidget(self.drill_button)
        buttons.addWidget(self.compare_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _build_chart(self) -> QWidget:
        self.chart = ShareChart(self.catalogue)
        scroll = QScrollArea()
        scroll.setWidget(self.chart)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setAccessibleName(self.tr("Gráfico"))
        return scroll

    def _build_comparison(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        label = QLabel(self.tr("Núcl&eo:"))
        self.compare_nucleo = fit_combo(QComboBox(), 24)
        self.compare_nucleo.setAccessibleName(self.tr("Núcleo a comparar"))
        label.setBuddy(self.compare_nucleo)
        self.only_differences = QCheckBox(self.tr("Só as di&ferenças"))
        row.addWidget(label)
        row.addWidget(self.compare_nucleo, 1)
        row.addWidget(self.only_differences)
        layout.addLayout(row)
        self.compare_summary = QLabel()
        self.compare_summary.setWordWrap(True)
        self.compare_summary.setObjectName("comparisonSummary")
        layout.addWidget(self.compare_summary)
        self.compare_model = ComparisonModel()
        self.compare_table, self.compare_proxy = make_table(
            self.compare_model, self.tr("Autoavaliação e visita lado a lado"),
            self.tr("Por aspecto: a resposta da autoavaliação, a da visita de monitoramento e se "
                    "são iguais; as diferenças aparecem destacadas e marcadas “diferente”"))
        header = self.compare_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 230)
        header.resizeSection(CMP_ASPECT, 400)
        header.resizeSection(CMP_SELF, 200)
        header.resizeSection(CMP_VISIT, 200)
        header.setSectionResizeMode(CMP_SAME, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.compare_table, 1)
        self.compare_nucleo.currentIndexChanged.connect(self.refresh_comparison)
        self.only_differences.toggled.connect(self._show_comparison)
        return page

    def _build_indicators(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        note = QLabel(self.tr(
            "Cada núcleo conta uma vez por indicador, com a sua resposta mais recente, por UF e "
            "para o Brasil. Razão: soma dos numeradores × multiplicador ÷ soma dos "
            "denominadores; indicador sem denominador: média por núcleo (a soma fica em "
            "Σ numeradores). Valores em unidades diferentes não são somados: cada unidade "
            "informada tem a sua linha."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.indicators_model = IndicatorsModel()
        self.indicators_table, self.indicators_proxy = make_table(
            self.indicators_model, self.tr("Indicadores agregados por UF e Brasil"),
            self.tr("Por indicador, abrangência e unidade: núcleos informando, somas dos "
                    "numeradores e denominadores, valor e cálculo"))
        header = self.indicators_table.horizontalHeader()
        # the numbers and short texts as wide as they need, the unit at most
        # UNIT_COLUMN_CHARS characters (whole in the tooltip), the indicator's name the rest
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(IND_UNIT, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(IND_ASPECT, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.indicators_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._fit_indicator_columns()
        layout.addWidget(self.indicators_table, 1)
        return page

    def _fit_indicator_columns(self) -> None:
        table = self.indicators_table
        header = table.horizontalHeader()
        widest = table.fontMetrics().horizontalAdvance("x") * UNIT_COLUMN_CHARS
        wanted = max(header.sectionSizeHint(IND_UNIT), table.sizeHintForColumn(IND_UNIT))
        header.resizeSection(IND_UNIT, min(wanted, widest))

    def _build_export(self) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(self.tr("E&xportar:"))
        self.export_what = fit_combo(QComboBox(), 24)
        self.export_what.setAccessibleName(self.tr("O que exportar"))
        label.setBuddy(self.export_what)
        for key, text in (
            ("matriz", self.tr("Matriz (como na tela)")),
            ("longo", self.tr("Respostas — formato longo (uma linha por núcleo × aspecto)")),
            ("amplo", self.tr("Respostas — formato amplo (uma coluna por aspecto)")),
            ("indicadores", self.tr("Indicadores por UF e Brasil")),
            ("comparacao", self.tr("Comparação autoavaliação × visita (núcleo escolhido)")),
        ):
            self.export_what.addItem(text, key)
        self.export_csv_button = QPushButton(self.tr("Exportar CSV…"))
        self.export_csv_button.setAccessibleDescription(self.tr(
            "Gravar a visão escolhida, com os filtros atuais, num arquivo CSV (separado por "
            "ponto e vírgula)"))
        self.export_xlsx_button = QPushButton(self.tr("Exportar XLSX…"))
        self.export_xlsx_button.setAccessibleDescription(self.tr(
            "Gravar a visão escolhida, com os filtros atuais, numa planilha XLSX"))
        self.export_status = QLabel()
        self.export_status.setWordWrap(True)
        self.export_csv_button.clicked.connect(lambda: self.export("csv"))
        self.export_xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        row.addWidget(label)
        row.addWidget(self.export_what, 2)
        row.addWidget(self.export_csv_button)
        row.addWidget(self.export_xlsx_button)
        row.addWidget(self.export_status, 1)
        return row

    # -- filters

    def filters(self) -> Filters:
        """The filters on screen (ConsolidationError, in pt-BR, when they do not fit)."""

        def day(edit: QDateEdit) -> date | None:
            chosen = edit.date()
            return None if chosen == NO_DATE else date(chosen.year(), chosen.month(), chosen.day())

        return Filters(uf=self.uf.currentData(), municipio_code=self.municipio_code,
                       kind=self.kind.currentData(), period_from=day(self.period_from),
                       period_to=day(self.period_to),
                       catalogue_version=self.catalogue_version.currentData())

    def set_uf(self, sigla: str | None) -> None:
        self.uf.setCurrentIndex(max(self.uf.findData(sigla), 0))

    def set_municipio(self, code: int | None) -> None:
        self.municipio_code = code
        self.municipio.setText(municipio_by_code(code).label if code is not None else "")
        self.apply_filters()

    def clear_filters(self) -> None:
        self._loading = True
        try:
            self.uf.setCurrentIndex(0)
            self.municipio_code = None
            self.municipio.clear()
            self.kind.setCurrentIndex(0)
            self.period_from.setDate(NO_DATE)
            self.period_to.setDate(NO_DATE)
            self.catalogue_version.setCurrentIndex(0)
        finally:
            self._loading = False
        self.apply_filters()

    def _uf_changed(self) -> None:
        uf = self.uf.currentData()
        if self.municipio_code is not None and uf is not None \
                and municipio_by_code(self.municipio_code).uf != uf:
            self.municipio_code = None
            self.municipio.clear()
        self.apply_filters()

    def _municipio_edited(self, text: str) -> None:
        if not text.strip():
            self._municipio_model.setStringList([])
            if self.municipio_code is not None:
                self.municipio_code = None
                self.apply_filters()
            return
        found = search_municipios(text, self.uf.currentData(), limit=30)
        self._municipio_choices = {m.label: m.code for m in found}
        self._municipio_model.setStringList(list(self._municipio_choices))
        completer = self.municipio.completer()
        if found and completer is not None:
            completer.complete()

    def _municipio_chosen(self, label: str) -> None:
        code = self._municipio_choices.get(label)
        if code is not None:
            self.set_municipio(code)

    def _municipio_entered(self) -> None:
        text = self.municipio.text().strip()
        if not text:
            self.set_municipio(None)
            return
        if text in self._municipio_choices:
            self.set_municipio(self._municipio_choices[text])
            return
        found = search_municipios(text, self.uf.currentData(), limit=1)
        if found:
            self.set_municipio(found[0].code)
        else:
            show_error(self.error, self.tr("Nenhum município encontrado para “{text}”.").format(
                text=text))

    def apply_filters(self) -> None:
        if not self._loading:
            self.refresh()

    # -- loading

    def reload(self) -> None:
        """After imports or trust changes: the catalogue versions, then every view."""
        self._loading = True
        try:
            current = self.catalogue_version.currentData()
            self.catalogue_version.clear()
            self.catalogue_version.addItem(self.tr("Todas"), None)
            try:
                versions = self._catalogue_versions()
            except DbErrors:
                versions = []
            for version in versions:
                self.catalogue_version.addItem(version, version)
            self.catalogue_version.setCurrentIndex(max(self.catalogue_version.findData(current), 0))
        finally:
            self._loading = False
        self.refresh()

    def _catalogue_versions(self) -> list[str]:
        from aspectos_desktop.central.models import CentralAssessment

        with self.db.session() as session:
            found = session.execute(select(CentralAssessment.catalogue_version).distinct())
            return sorted(str(v) for v in found.scalars())

    @property
    def refreshing(self) -> bool:
        return self.refresh_thread is not None

    def refresh(self) -> None:
        """Recompute the matrix and the indicators for the filters on screen, in a worker
        thread (thousands of núcleos take seconds); ``refreshed`` is emitted when shown."""
        if self.closed:
            return
        try:
            filters = self.filters()
        except ConsolidationError as error:
            show_error(self.error, error.message)
            return
        if self.refresh_thread is not None:
            self._refresh_again = True  # the running one is stale: run again when it ends
            return
        catalogue = self.catalogue

        def task(db: CentralDB) -> tuple[list[MatrixRow], list[Any], Holdings, Filters]:
            rows = matrix(db, filters, catalogue=catalogue)
            return (rows, indicators(db, filters, catalogue=catalogue), holdings(db), filters)

        worker = TaskWorker(worker_url(self.db), self.data_dir, task)
        worker.finished.connect(self._refresh_result)
        worker.failed.connect(self._refresh_result)
        self._refresh_outcome = None
        self.refresh_worker = worker  # kept: PySide would delete an unreferenced worker
        self.count.setText(self.tr("Atualizando…"))
        self.refresh_thread = run_in_thread(self, worker, self._refresh_done)

    def _refresh_result(self, result: object) -> None:
        self._refresh_outcome = result

    def _refresh_done(self) -> None:
        if self.refresh_thread is not None:
            self.refresh_thread.wait()
            self.refresh_thread.deleteLater()
        self.refresh_thread = self.refresh_worker = None
        outcome, self._refresh_outcome = self._refresh_outcome, None
        if self.closed:
            return
        if self._refresh_again:
            self._refresh_again = False
            self.refresh()
            return
        if isinstance(outcome, tuple):
            rows, indicator_rows, held, filters = outcome
            show_error(self.error, None)
            self._show(rows, indicator_rows, held, filters)
        else:
            show_error(self.error, str(outcome))
            self.count.clear()
        self.refreshed.emit()

    def empty_text(self, held: Holdings, filters: Filters) -> str:
        """Why no assessment is shown: nothing imported yet, nothing approved yet, or the
        filters."""
        if held.assessments == 0:
            return self.tr("Nenhum pacote importado ainda. Use Arquivo › Importar pasta… "
                           "(Ctrl+O) ou Importar arquivos…, ou arraste os arquivos .aspectos "
                           "para esta janela.")
        if held.current == 0:
            return self.tr("Nenhuma avaliação conta na consolidação ainda: os pacotes "
                           "importados aguardam a aprovação do assinante (aba Assinantes).")
        if not filters.is_empty:
            return self.tr("Nenhuma avaliação com os filtros escolhidos.")
        return self.tr("Nenhuma avaliação atual.")

    def _show(self, rows: list[MatrixRow], indicator_rows: list[Any], held: Holdings,
              filters: Filters) -> None:
        self.rows = rows
        self.holdings = held
        self.matrix_model.set_rows(rows)
        self._fit_matrix_columns()
        empty = self.empty_text(held, filters) if not rows else ""
        self.matrix_empty.setText(empty)
        self.matrix_empty.setVisible(not rows)
        self.matrix_table.setVisible(bool(rows))
        self.chart.set_rows(rows, empty or None)
        self.indicators_model.set_rows(indicator_rows)
        self._fit_indicator_columns()
        nucleos = {row.nucleo.id for row in rows}
        if not rows:
            self.count.setText(empty)
        elif filters.is_empty:
            self.count.setText(self.tr("{assessments} avaliação(ões) atual(is) de {nucleos} "
                                       "núcleo(s).").format(assessments=len(rows),
                                                            nucleos=len(nucleos)))
        else:
            self.count.setText(self.tr("{assessments} avaliação(ões) atual(is) de {nucleos} "
                                       "núcleo(s) com os filtros escolhidos.").format(
                assessments=len(rows), nucleos=len(nucleos)))
        if rows and not self.matrix_table.currentIndex().isValid():
            self.matrix_table.selectRow(0)
        self._fill_compare_nucleos()
        has_rows = bool(rows)
        self.drill_button.setEnabled(has_rows)
        self.compare_button.setEnabled(has_rows)

    def _fit_matrix_columns(self) -> None:
        header = self.matrix_table.horizontalHeader()
        self.matrix_table.resizeColumnsToContents()
        header.resizeSection(MATRIX_NUCLEO, min(max(header.sectionSize(MATRIX_NUCLEO), 160), 300))

    def _fill_compare_nucleos(self) -> None:
        current = self.compare_nucleo.currentData()
        kinds: dict[int, set[str]] = {}
        labels: dict[int, str] = {}
        for row in self.rows:
            kinds.setdefault(row.nucleo.id, set()).add(row.assessment.kind)
            labels[row.nucleo.id] = row.nucleo.label
        self.compare_nucleo.blockSignals(True)
        self.compare_nucleo.clear()
        ordered = sorted(labels, key=lambda i: (len(kinds[i]) < 2, labels[i]))  # both kinds first
        for nucleo_id in ordered:
            suffix = "" if len(kinds[nucleo_id]) == 2 else " " + self.tr("(sem par para comparar)")
            self.compare_nucleo.addItem(labels[nucleo_id] + suffix, nucleo_id)
        self.compare_nucleo.setCurrentIndex(max(self.compare_nucleo.findData(current), 0))
        self.compare_nucleo.blockSignals(False)
        self.refresh_comparison()

    # -- matrix actions

    def selected_row(self) -> MatrixRow | None:
        return self.matrix_model.row_at(source_row(self.matrix_table, self.matrix_proxy))

    def drill_down(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        try:
            dialog = NucleoAnswersDialog(self.db, self.catalogue, row.nucleo.id, row.assessment.id,
                                         self)
        except DbErrors as error:
            QMessageBox.warning(self, self.tr("Respostas indisponíveis"), db_error_text(error))
            return
        if self.drill_dialog is not None:
            self.drill_dialog.close()
            self.drill_dialog.deleteLater()
        self.drill_dialog = dialog
        dialog.show()
        dialog.tree.setFocus()

    def compare_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        index = self.compare_nucleo.findData(row.nucleo.id)
        if index >= 0:
            self.compare_nucleo.setCurrentIndex(index)
        self.views.setCurrentIndex(2)
        self.compare_table.setFocus()

    # -- comparison

    def refresh_comparison(self) -> None:
        nucleo_id = self.compare_nucleo.currentData()
        self.comparison = None
        if nucleo_id is not None:
            try:
                self.comparison = compare(self.db, nucleo_id, catalogue=self.catalogue)
            except DbErrors as error:
                self.compare_summary.setText(db_error_text(error))
        self._show_comparison()

    def _show_comparison(self) -> None:
        found = self.comparison
        if found is None:
            self.compare_model.set_rows([])
            if self.compare_nucleo.count() == 0:
                self.compare_summary.setText(self.matrix_empty.text())
            return
        rows = [r for r in found.rows if not r.same] if self.only_differences.isChecked() \
            else list(found.rows)
        self.compare_model.set_rows(rows)
        lines: list[str] = []
        if found.self_assessment is not None:
            a = found.self_assessment
            lines.append(self.tr("Autoavaliação: {title} ({start} a {end}, revisão {revision})")
                         .format(title=a.title, start=day_text(a.period_start),
                                 end=day_text(a.period_end), revision=a.revision))
        else:
            lines.append(self.tr("Este núcleo não tem autoavaliação importada."))
        if found.visit is not None:
            v = found.visit
            lines.append(self.tr("Visita: {title} ({monitor}, {day})").format(
                title=v.title, monitor=v.monitor_name or "?", day=day_text(v.visit_date
                                                                             or v.period_end)))
        else:
            lines.append(self.tr("Este núcleo não tem visita de monitoramento importada."))
        if found.rows:
            lines.append(self.tr("{differences} diferença(s) em {total} aspecto(s) dos temas "
                                 "comuns.").format(differences=found.differences,
                                                   total=len(found.rows)))
        elif found.self_assessment is not None and found.visit is not None:
            lines.append(self.tr("A autoavaliação e a visita não têm temas em comum: nada a "
                                 "comparar."))
        self.compare_summary.setText("\n".join(lines))

    # -- views and export

    def _view_changed(self, index: int) -> None:
        wanted = {0: "matriz", 1: "matriz", 2: "comparacao", 3: "indicadores"}.get(index)
        current = self.export_what.currentData()
        if wanted is not None and not (wanted == "matriz" and current in ("longo", "amplo")):
            self.export_what.setCurrentIndex(self.export_what.findData(wanted))

    def set_export_kind(self, kind: str) -> None:
        self.export_what.setCurrentIndex(self.export_what.findData(kind))

    def _table_task(self, kind: str, filters: Filters) -> Callable[[CentralDB], Table]:
        catalogue = self.catalogue
        nucleo_id = self.compare_nucleo.currentData()

        def build(db: CentralDB) -> Table:
            if kind == "matriz":
                return matrix_table(matrix(db, filters, catalogue=catalogue), catalogue)
            if kind == "longo":
                return long_table(db, filters, catalogue=catalogue)
            if kind == "amplo":
                return wide_table(db, filters, catalogue=catalogue)
            if kind == "indicadores":
                return indicators_table(indicators(db, filters, catalogue=catalogue))
            return comparison_table(compare(db, nucleo_id, catalogue=catalogue))

        return build

    def export(self, fmt: str) -> None:
        if self.export_thread is not None:
            return
        kind = self.export_what.currentData()
        try:
            filters = self.filters()
        except ConsolidationError as error:
            show_error(self.error, error.message)
            return
        if kind == "comparacao" and self.compare_nucleo.currentData() is None:
            self.export_status.setText(self.tr("Escolha um núcleo na aba Autoavaliação × visita."))
            return
        if kind == "comparacao" and not self._comparable():
            self.export_status.setText(self.tr(
                "Nada a comparar para {nucleo}: {reason} Nenhum arquivo foi gravado.").format(
                nucleo=self.compare_nucleo.currentText(), reason=self._not_comparable_reason()))
            self.export_failed.emit(self.export_status.text())
            return
        suffix = "." + fmt
        default = Path.home() / f"central-{kind}-{date.today():%Y-%m-%d}{suffix}"
        title = self.tr("Exportar CSV") if fmt == "csv" else self.tr("Exportar XLSX")
        pattern = self.tr("CSV (*.csv)") if fmt == "csv" else self.tr("Planilha XLSX (*.xlsx)")
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(default), pattern)
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        build = self._table_task(kind, filters)
        info: list[tuple[str, Any]] = [
            ("filtros", filters.describe()), ("banco central", self.db.display_url),
            ("catálogo", self.catalogue.version), ("exportado por", self.actor),
            ("exportado em", datetime.now().astimezone().isoformat(timespec="seconds"))]

        def task(db: CentralDB) -> tuple[Path, int]:
            from aspectos_desktop.central.tabular import write_csv, write_xlsx

            table = build(db)
            count = write_csv(table, path) if fmt == "csv" else write_xlsx(table, path, info=info)
            return path, count

        worker = TaskWorker(worker_url(self.db), self.data_dir, task)
        worker.finished.connect(self._exported)
        worker.failed.connect(self._export_failed)
        self.export_csv_button.setEnabled(False)
        self.export_xlsx_button.setEnabled(False)
        self.export_status.setText(self.tr("Exportando para {path}…").format(path=path))
        self._export_result = None
        self.export_worker = worker  # kept: PySide would delete an unreferenced worker
        self.export_thread = run_in_thread(self, worker, self._export_done)

    def _comparable(self) -> bool:
        found = self.comparison
        return found is not None and bool(found.rows)

    def _not_comparable_reason(self) -> str:
        found = self.comparison
        if found is None or found.self_assessment is None:
            return self.tr("o núcleo não tem autoavaliação importada.")
        if found.visit is None:
            return self.tr("o núcleo não tem visita de monitoramento importada.")
        return self.tr("a autoavaliação e a visita não têm temas em comum.")

    def _exported(self, result: tuple[Path, int]) -> None:
        path, count = result
        text = self.tr("{n} linha(s) gravada(s) em {path}").format(n=count, path=path)
        if count == 0:
            text += " " + self.tr("(só o cabeçalho: nenhuma linha a exportar)")
        self.export_status.setText(text)
        self._export_result = ("ok", path)

    def _export_failed(self, message: str) -> None:
        self.export_status.setText(self.tr("Exportação falhou: {message}").format(message=message))
        self._export_result = ("erro", message)

    def _export_done(self) -> None:
        if self.export_thread is not None:
            self.export_thread.wait()
            self.export_thread.deleteLater()
        self.export_thread = self.export_worker = None
        self.export_csv_button.setEnabled(True)
        self.export_xlsx_button.setEnabled(True)
        result = self._export_result
        if result is None:
            return
        if result[0] == "ok":
            assert isinstance(result[1], Path)
            self.last_export = result[1]
            self.exported.emit(result[1])
        else:
            self.export_failed.emit(str(result[1]))

    def wait(self) -> None:
        """Closing: no more refreshes; block until the worker threads are done."""
        self.closed = True
        for thread in (self.export_thread, self.refresh_thread):
            if thread is not None:
                thread.wait()


COMPARISON_COLUMNS = ("nucleo_chave", "nucleo", "aspecto_id", "tema", "categoria", "aspecto",
                      "autoavaliacao", "visita", "igual")


def comparison_table(comparison: Comparison) -> Table:
    """The comparison as a table for the CSV/XLSX writers."""
    nucleo = comparison.nucleo
    return Table("comparacao", COMPARISON_COLUMNS, [
        (nucleo.nucleo_key, nucleo.name, r.aspect.id, r.aspect.tema, r.aspect.categoria,
         r.aspect.aspecto, r.self_value, r.visit_value, "sim" if r.same else "não")
        for r in comparison.rows])


__all__ = [
    "AuditPanel",
    "ConsolidationPanel",
    "NucleoAnswersDialog",
    "SignersPanel",
    "comparison_table",
]
