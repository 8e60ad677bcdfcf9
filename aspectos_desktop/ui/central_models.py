"""Qt table models of the Central window (column constants; one model per table).

Every model keeps plain rows (dataclasses of the Qt-free core) and answers
``DisplayRole``, ``ToolTipRole`` and ``SORT_ROLE`` (a value that sorts right: numbers
as numbers), so that the views can sort through a ``QSortFilterProxyModel``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from aspectos_desktop.catalogue.model import Catalogue, Theme
from aspectos_desktop.central.audit import AuditRecord
from aspectos_desktop.central.consolidation import (
    ComparisonRow,
    IndicatorRow,
    MatrixRow,
    ThemeCell,
    choice_label,
)
from aspectos_desktop.central.importer import ImportOutcome
from aspectos_desktop.central.trust import SignerInfo

SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1
CONTEXT = "CentralModels"
DIFFERENT_BACKGROUND = QColor("#fff4ce")  # same pale yellow as the "locked" banner
DIFFERENT_FOREGROUND = QColor("#3d2f00")

R = TypeVar("R")
translate = QCoreApplication.translate  # lupdate sees ``translate("Context", "…")`` calls


# ------------------------------------------------------------------------ formatting


def percent_text(value: float | Decimal) -> str:
    """``71,4%`` (the UI locale's decimal mark, one decimal)."""
    return QLocale().toString(float(value), "f", 1) + "%"


def number_text(number: Decimal | int | float | None, places: int = 4) -> str:
    """A number in the UI locale: grouped thousands, at most ``places`` decimals, trailing
    zeros dropped; "—" for nothing."""
    if number is None:
        return "—"
    text = QLocale().toString(float(number), "f", places)
    point = QLocale().decimalPoint()
    if point in text:
        text = text.rstrip("0").rstrip(point)
    return text


def local_time(moment: datetime | None) -> str:
    if moment is None:
        return "—"
    return moment.astimezone().strftime("%d/%m/%Y %H:%M:%S")


def day_text(day: date | None) -> str:
    return f"{day:%d/%m/%Y}" if day is not None else "—"


def theme_title(theme: Theme) -> str:
    """The catalogue's theme names are lower case: "Proteção e segurança"."""
    return theme.name[:1].upper() + theme.name[1:]


def two_lines(text: str) -> str:
    """Break a header in two lines at the space nearest the middle."""
    if len(text) < 14 or " " not in text:
        return text
    middle = len(text) // 2
    spaces = [i for i, c in enumerate(text) if c == " "]
    cut = min(spaces, key=lambda i: abs(i - middle))
    return text[:cut] + "\n" + text[cut + 1:]


def kind_text(kind: str) -> str:
    if kind == "autoavaliacao":
        return translate("CentralModels", "Autoavaliação")
    if kind == "visita":
        return translate("CentralModels", "Visita de monitoramento")
    return kind


def completion_text(completion: str) -> str:
    if completion == "respondido":
        return translate("CentralModels", "respondido")
    if completion == "inválido":
        return translate("CentralModels", "inválido")
    return translate("CentralModels", "não respondido")


def signer_status_text(status: str, approval: str | None = None) -> str:
    if status == "novo":
        return translate("CentralModels", "novo (aguarda aprovação)")
    if status == "aprovado":
        if approval == "ca":
            return translate("CentralModels", "aprovado (pela AC)")
        return translate("CentralModels", "aprovado")
    if status == "revogado":
        return translate("CentralModels", "revogado")
    return status


def import_status_text(status: str) -> str:
    labels = {
        "importado": translate("CentralModels", "importado"),
        "ja_importado": translate("CentralModels", "já importado"),
        "nova_revisao": translate("CentralModels", "nova revisão"),
        "pendente_assinante": translate("CentralModels", "pendente: assinante novo"),
        "rejeitado": translate("CentralModels", "rejeitado"),
    }
    return labels.get(status, status)


def audit_action_text(action: str) -> str:
    labels = {
        "importar": translate("CentralModels", "importação"),
        "rejeitar": translate("CentralModels", "rejeição"),
        "ja_importado": translate("CentralModels", "já importado"),
        "aprovar_assinante": translate("CentralModels", "aprovação de assinante"),
        "revogar_assinante": translate("CentralModels", "revogação de assinante"),
        "assinante_diferente": translate("CentralModels", "assinante diferente para o núcleo"),
    }
    return labels.get(action, action)


def shares_text(cell: ThemeCell) -> str:
    """``Sim 60,0% · Não 40,0%`` (scale labels come from the catalogue, in pt-BR)."""
    return " · ".join(f"{choice_label(choice)} {percent_text(share)}"
                      for choice, share in cell.shares.items())


def fingerprint_lines(fingerprint: str, per_line: int = 8) -> str:
    """The colon fingerprint in lines of ``per_line`` bytes, easier to read aloud."""
    parts = fingerprint.split(":")
    return "\n".join(":".join(parts[i:i + per_line]) for i in range(0, len(parts), per_line))


# ---------------------------------------------------------------------------- base


class RowsModel(QAbstractTableModel, Generic[R]):
    """A read-only table of ``rows``; subclasses give ``HEADERS`` and ``cell()``."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[R] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> R | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def headers(self) -> list[str]:
        return [QCoreApplication.translate(CONTEXT, h) for h in self.HEADERS]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        headers = self.headers()
        if not 0 <= section < len(headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return headers[section].replace("\n", " ")
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        return self.cell(self.rows[index.row()], index.column(), role)

    def cell(self, row: R, column: int, role: int) -> object:  # pragma: no cover - abstract
        raise NotImplementedError

    def text(self, row: int, column: int) -> str:
        """The displayed text of one cell (for tests and for copying)."""
        value = self.data(self.index(row, column), Qt.ItemDataRole.DisplayRole)
        return "" if value is None else str(value)


def _display(role: int) -> bool:
    return role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE)


# ------------------------------------------------------------------- import results

IMPORT_FILE = 0
IMPORT_NUCLEO = 1
IMPORT_RESULT = 2
IMPORT_DETAIL = 3


@dataclass(frozen=True, slots=True)
class ImportRow:
    """What the results table keeps of one outcome (small: thousands of rows)."""

    path: str
    nucleo: str
    status: str
    reason: str
    check: str | None
    quarantine: str | None
    flagged: bool
    fingerprint: str | None
    revision: int | None

    @classmethod
    def of(cls, outcome: ImportOutcome) -> ImportRow:
        return cls(path=str(outcome.path), nucleo=outcome.nucleo_name or "",
                   status=outcome.status, reason=outcome.reason_ptbr, check=outcome.check,
                   quarantine=str(outcome.quarantine_path) if outcome.quarantine_path else None,
                   flagged=outcome.flagged, fingerprint=outcome.signer_fingerprint,
                   revision=outcome.revision)

    @property
    def name(self) -> str:
        return Path(self.path).name


class ImportResultsModel(RowsModel[ImportRow]):
    HEADERS = (
        QT_TRANSLATE_NOOP("CentralModels", "Arquivo"),
        QT_TRANSLATE_NOOP("CentralModels", "Núcleo"),
        QT_TRANSLATE_NOOP("CentralModels", "Resultado"),
        QT_TRANSLATE_NOOP("CentralModels", "Detalhe"),
    )

    def add(self, outcome: ImportOutcome) -> None:
        position = len(self.rows)
        self.beginInsertRows(QModelIndex(), position, position)
        self.rows.append(ImportRow.of(outcome))
        self.endInsertRows()

    def result_text(self, row: ImportRow) -> str:
        if row.status == "rejeitado":
            return translate("CentralModels", "rejeitado: {reason}").format(reason=row.reason)
        return import_status_text(row.status)

    def detail_text(self, row: ImportRow) -> str:
        if row.status == "rejeitado":
            if row.quarantine:
                return translate("CentralModels", "copiado para a quarentena: {name}").format(
                    name=Path(row.quarantine).name)
            return translate("CentralModels", "não foi copiado para a quarentena")
        if row.status == "pendente_assinante" and not row.flagged:
            return translate("CentralModels", "aguarda aprovação da impressão digital {fp}").format(
                fp=row.fingerprint or "?")
        if row.status == "nova_revisao":
            return translate("CentralModels",
                             "revisão {n} substitui a anterior (mantida no histórico)").format(
                n=row.revision or "?")
        if row.status == "importado" and row.reason.rstrip(".") == "importado":
            return ""  # the result column says it already
        return row.reason

    def cell(self, row: ImportRow, column: int, role: int) -> object:
        if _display(role):
            return (row.name, row.nucleo, self.result_text(row), self.detail_text(row))[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [row.path, self.result_text(row)]
            if row.status != "rejeitado" and row.reason:
                lines.append(row.reason)
            if row.quarantine:
                lines.append(translate("CentralModels", "Quarentena: {path}").format(path=row.quarantine))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.FontRole and (row.status == "rejeitado" or row.flagged):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and column == IMPORT_RESULT:
            style = QApplication.style()
            if row.status == "rejeitado":
                return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
            if row.status == "pendente_assinante" or row.flagged:
                return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            return style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
        return None


# -------------------------------------------------------------------------- signers

SIGNER_NUCLEO = 0
SIGNER_UF = 1
SIGNER_SUBJECT = 2
SIGNER_FINGERPRINT = 3
SIGNER_STATUS = 4
SIGNER_FIRST_SEEN = 5
SIGNER_BUNDLES = 6


class SignersModel(RowsModel[SignerInfo]):
    HEADERS = (
        QT_TRANSLATE_NOOP("CentralModels", "Núcleo"),
        QT_TRANSLATE_NOOP("CentralModels", "UF"),
        QT_TRANSLATE_NOOP("CentralModels", "Titular do certificado"),
        QT_TRANSLATE_NOOP("CentralModels", "Impressão digital (SHA-256)"),
        QT_TRANSLATE_NOOP("CentralModels", "Situação"),
        QT_TRANSLATE_NOOP("CentralModels", "Visto pela primeira vez"),
        QT_TRANSLATE_NOOP("CentralModels", "Pacotes"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.shared: set[int] = set()  # núcleos with more than one active key

    def set_rows(self, rows: Sequence[SignerInfo]) -> None:
        active: dict[int, int] = {}
        for signer in rows:
            if signer.status != "revogado":
                active[signer.nucleo_id] = active.get(signer.nucleo_id, 0) + 1
        self.shared = {nucleo for nucleo, count in active.items() if count > 1}
        super().set_rows(rows)

    def status_text(self, signer: SignerInfo) -> str:
        text = signer_status_text(signer.status, signer.approval)
        if signer.nucleo_id in self.shared and signer.status != "revogado":
            text += " — " + translate("CentralModels", "ATENÇÃO: o núcleo tem outro certificado ativo")
        return text

    def cell(self, row: SignerInfo, column: int, role: int) -> object:
        if role == SORT_ROLE and column == SIGNER_FIRST_SEEN:
            return row.first_seen_at.isoformat()
        if role == SORT_ROLE and column == SIGNER_BUNDLES:
            return row.bundles
        if _display(role):
            bundles = translate("CentralModels", "{n} ({pending} pendente(s))").format(n=row.bundles,
                                                               pending=row.pending_bundles)
            return (row.nucleo_name, row.uf, row.subject, row.fingerprint, self.status_text(row),
                    local_time(row.first_seen_at), bundles)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [row.nucleo_name + f" ({row.nucleo_key})", row.subject,
                     fingerprint_lines(row.fingerprint), self.status_text(row)]
            if row.status == "aprovado" and row.approved_by:
                lines.append(translate("CentralModels", "Aprovado por {who} em {when}").format(
                    who=row.approved_by, when=local_time(row.approved_at)))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.FontRole and (row.status == "novo" or row.nucleo_id in self.shared):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.FontRole and column == SIGNER_FINGERPRINT:
            return QFont("monospace")
        return None


# --------------------------------------------------------------------------- matrix

MATRIX_NUCLEO = 0
MATRIX_UF = 1
MATRIX_MUNICIPIO = 2
MATRIX_KIND = 3
MATRIX_PERIOD = 4
MATRIX_OVERALL = 5
MATRIX_FIRST_THEME = 6


class MatrixModel(RowsModel[MatrixRow]):
    """Núcleos (one row per current assessment) × themes: completion % per theme."""

    HEADERS = (
        QT_TRANSLATE_NOOP("CentralModels", "Núcleo"),
        QT_TRANSLATE_NOOP("CentralModels", "UF"),
        QT_TRANSLATE_NOOP("CentralModels", "Município"),
        QT_TRANSLATE_NOOP("CentralModels", "Tipo"),
        QT_TRANSLATE_NOOP("CentralModels", "Período"),
        QT_TRANSLATE_NOOP("CentralModels", "Geral"),
    )

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__()
        self.catalogue = catalogue
        self.themes: list[Theme] = []

    def set_rows(self, rows: Sequence[MatrixRow]) -> None:
        covered = {slug for row in rows for slug in row.by_theme}
        self.beginResetModel()  # the theme columns change with the rows
        self.themes = [t for t in self.catalogue.themes if t.slug in covered]
        self.rows = list(rows)
        self.endResetModel()

    def headers(self) -> list[str]:
        return [*super().headers(), *(two_lines(theme_title(t)) for t in self.themes)]

    def theme_at(self, column: int) -> Theme | None:
        offset = column - MATRIX_FIRST_THEME
        return self.themes[offset] if 0 <= offset < len(self.themes) else None

    def cell_at(self, row: MatrixRow, column: int) -> ThemeCell | None:
        if column == MATRIX_OVERALL:
            return row.overall
        theme = self.theme_at(column)
        return row.by_theme.get(theme.slug) if theme is not None else None

    def cell(self, row: MatrixRow, column: int, role: int) -> object:
        if column < MATRIX_OVERALL:
            a = row.assessment
            if role == SORT_ROLE and column == MATRIX_PERIOD:
                return a.period_start.isoformat()
            if _display(role):
                kind = kind_text(a.kind)
                if a.revision > 1:
                    kind += " " + translate("CentralModels", "(revisão {n})").format(n=a.revision)
                period = translate("CentralModels", "{start} a {end}").format(start=day_text(a.period_start),
                                                      end=day_text(a.period_end))
                return (row.nucleo.name, row.nucleo.uf, row.nucleo.municipio_name, kind,
                        period)[column]
            if role == Qt.ItemDataRole.ToolTipRole:
                lines = [row.nucleo.name, f"{row.nucleo.municipio_name}/{row.nucleo.uf}",
                         a.title, translate("CentralModels", "Catálogo {version}").format(
                             version=a.catalogue_version)]
                if a.kind == "visita" and a.monitor_name:
                    lines.append(translate("CentralModels", "Monitor: {name}").format(name=a.monitor_name))
                lines.append(translate("CentralModels", "Duplo clique ou Enter: ver as respostas"))
                return "\n".join(lines)
            return None
        cell = self.cell_at(row, column)
        if role == SORT_ROLE:
            return cell.percent if cell is not None else -1.0
        if role == Qt.ItemDataRole.DisplayRole:
            return percent_text(cell.percent) if cell is not None else "—"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            theme = self.theme_at(column)
            title = (theme_title(theme) if theme is not None
                     else translate("CentralModels", "Todos os temas da avaliação"))
            if cell is None:
                return title + "\n" + translate("CentralModels", "Tema não incluído nesta avaliação")
            answered = translate("CentralModels", "Respondidos: {answered} de {total} ({percent})")
            lines = [title, answered.format(answered=cell.answered, total=cell.total,
                                            percent=percent_text(cell.percent))]
            if cell.invalid:
                lines.append(translate("CentralModels", "Respostas inválidas: {n}").format(n=cell.invalid))
            if cell.shares:
                lines.append(translate("CentralModels", "Respostas de escala: {shares}").format(
                    shares=shares_text(cell)))
            return "\n".join(lines)
        return None


# ----------------------------------------------------------------------- indicators

IND_ASPECT = 0
IND_SCOPE = 1
IND_REPORTING = 2
IND_UNIT = 3
IND_NUMERATOR = 4
IND_DENOMINATOR = 5
IND_VALUE = 6
IND_METHOD = 7


def method_text(method: str) -> str:
    """The short name of an aggregation (the formula is in ``method_formula``)."""
    if method == "razao":
        return translate("CentralModels", "razão")
    if method == "soma":
        return translate("CentralModels", "média por núcleo")
    if method == "media":
        return translate("CentralModels", "média dos percentuais")
    return method


def method_formula(method: str) -> str:
    if method == "razao":
        return translate("CentralModels", "Σ numeradores × multiplicador ÷ Σ denominadores")
    if method == "soma":
        return translate("CentralModels", "Indicador sem denominador: valor = média por núcleo "
                                          "(Σ valores ÷ núcleos informando)")
    if method == "media":
        return translate("CentralModels", "média dos percentuais")
    return method


def unit_text(row: IndicatorRow) -> str:
    """The unit the núcleos reported ("não informada" when none), flagged when the núcleos
    of the scope used different units."""
    unit = row.unit or translate("CentralModels", "não informada")
    if row.mixed_units:
        return translate("CentralModels", "{unit} · unidades diferentes ({n})").format(
            unit=unit, n=row.units_in_scope)
    return unit


class IndicatorsModel(RowsModel[IndicatorRow]):
    """One row per indicator × scope × unit: values in different units are never added up."""

    HEADERS = (
        QT_TRANSLATE_NOOP("CentralModels", "Indicador"),
        QT_TRANSLATE_NOOP("CentralModels", "Abrangência"),
        QT_TRANSLATE_NOOP("CentralModels", "Núcleos informando"),
        QT_TRANSLATE_NOOP("CentralModels", "Unidade"),
        QT_TRANSLATE_NOOP("CentralModels", "Σ numeradores"),
        QT_TRANSLATE_NOOP("CentralModels", "Σ denominadores"),
        QT_TRANSLATE_NOOP("CentralModels", "Valor"),
        QT_TRANSLATE_NOOP("CentralModels", "Cálculo"),
    )

    def headers(self) -> list[str]:
        found = super().headers()
        found[IND_REPORTING] = two_lines(found[IND_REPORTING])  # a narrow numbers column
        return found

    def cell(self, row: IndicatorRow, column: int, role: int) -> object:
        numeric = {IND_REPORTING: row.nucleos_reporting, IND_NUMERATOR: row.sum_numerator,
                   IND_DENOMINATOR: row.sum_denominator, IND_VALUE: row.value}
        if role == SORT_ROLE:
            if column in numeric:
                value = numeric[column]
                return float(value) if value is not None else float("-inf")
            if column == IND_ASPECT:
                return row.aspect.id
            if column == IND_SCOPE:
                return "ZZ" if row.scope == "BR" else row.scope  # Brasil after the UFs
            if column == IND_UNIT:
                return row.unit.casefold() or "\uffff"  # "não informada" last
        if role == Qt.ItemDataRole.DisplayRole:
            if column == IND_ASPECT:
                return f"{row.aspect.id} · {row.aspect.aspecto}"
            if column == IND_SCOPE:
                return translate("CentralModels", "Brasil") if row.scope == "BR" else row.scope
            if column == IND_REPORTING:
                return str(row.nucleos_reporting)
            if column in (IND_NUMERATOR, IND_DENOMINATOR, IND_VALUE):
                return number_text(numeric[column])
            if column == IND_UNIT:
                return unit_text(row)
            if column == IND_METHOD:
                return method_text(row.method)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"{row.aspect.id} · {row.aspect.aspecto}", theme_like(row.aspect.tema),
                     method_formula(row.method)]
            if row.method == "soma":
                lines.append(translate("CentralModels", "Soma dos valores: {total}").format(
                    total=number_text(row.sum_numerator)))
            if row.method == "razao":
                lines.append(translate("CentralModels", "Multiplicador: {m}").format(m=row.multiplier))
            lines.append(translate("CentralModels", "Unidade: {unit}").format(
                unit=row.unit or translate("CentralModels", "não informada")))
            if row.mixed_units:
                lines.append(translate(
                    "CentralModels",
                    "Os núcleos desta abrangência informaram este indicador em {n} unidades "
                    "diferentes: cada unidade tem a sua linha e os valores não são somados "
                    "entre elas.").format(n=row.units_in_scope))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.BackgroundRole and column == IND_UNIT and row.mixed_units:
            return QBrush(DIFFERENT_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and column == IND_UNIT and row.mixed_units:
            return QBrush(DIFFERENT_FOREGROUND)
        if role == Qt.ItemDataRole.FontRole and row.scope == "BR":
            font = QFont()
            font.setBold(True)
            return font
        return None


def theme_like(text: str) -> str:
    return text[:1].upper() + text[1:]


# ----------------------------------------------------------------------- comparison

CMP_THEME = 0
CMP_ASPECT = 1
CMP_SELF = 2
CMP_VISIT = 3
CMP_SAME = 4


class ComparisonModel(RowsModel[ComparisonRow]):
    """A núcleo's self-assessment beside its monitor's visit; differences highlighted."""

    HEADERS = (
        QT_TRANSLATE_NOOP("CentralModels", "Tema"),
        QT_TRANSLATE_NOOP("CentralModels", "Aspecto"),
        QT_TRANSLATE_NOOP("CentralModels", "Autoavaliação"),
        QT_TRANSLATE_NOOP("CentralModels", "Visita"),
        QT_TRANSLATE_NOOP("CentralModels", "Comparação"),
    )

    def cell(self, row: ComparisonRow, column: int, role: int) -> object:
        if role == SORT_ROLE and column == CMP_ASPECT:
            return row.aspect.id
        if _display(role):
            same = (translate("CentralModels", "igual") if row.same
                    else translate("CentralModels", "≠ diferente"))
            return (theme_like(row.aspect.tema), f"{row.aspect.id} · {row.aspect.aspecto}",
                    row.self_value, row.visit_value, same)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"{row.aspect.id} · {row.aspect.aspecto}",
                     translate("CentralModels", "Autoavaliação: {value}").format(value=row.self_value),
                     translate("CentralModels", "Visita: {value}").format(value=row.visit_value)]
            if row.self_answer.comment:
                lines.append(translate("CentralModels", "Comentário do núcleo: {text}").format(
                    text=row.self_answer.comment))
            if row.visit_answer.comment:
                lines.append(translate("CentralModels", "Comentário do monitor: {text}").format(
                    text=row.visit_answer.comment))
            return "\n".join(lines)
        if row.same:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(DIFFERENT_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(DIFFERENT_FOREGROUND)
        if role == Qt.ItemDataRole.FontRole and column in (CMP_SELF, CMP_VISIT, CMP_SAME):
            font = QFont()
            font.setBold(True)
            return font
        return None


# ---------------------------------------------------------------------------- audit

AUDIT_WHEN = 0
AUDIT_ACTOR = 1
AUDIT_ACTION = 2
AUDIT_DETAILS = 3

_DETAIL_KEYS = ("arquivo", "nucleo_nome", "nucleo", "revisao", "resultado", "situacao", "motivo",
                "etapa", "fingerprint", "subject", "status_anterior", "pacotes_liberados",
                "pacotes_suspensos", "quarentena")

# Every key the core writes into an audit entry (central/importer.py and central/trust.py),
# with its label; keys not listed here are shown as they are.
AUDIT_DETAIL_LABELS: dict[str, str] = {
    "arquivo": QT_TRANSLATE_NOOP("CentralModels", "Arquivo"),
    "nucleo_nome": QT_TRANSLATE_NOOP("CentralModels", "Nome do núcleo"),
    "nucleo": QT_TRANSLATE_NOOP("CentralModels", "Núcleo"),
    "avaliacao": QT_TRANSLATE_NOOP("CentralModels", "Avaliação"),
    "revisao": QT_TRANSLATE_NOOP("CentralModels", "Revisão"),
    "resultado": QT_TRANSLATE_NOOP("CentralModels", "Resultado"),
    "situacao": QT_TRANSLATE_NOOP("CentralModels", "Situação do pacote"),
    "substitui": QT_TRANSLATE_NOOP("CentralModels", "Avaliações substituídas"),
    "aprovacao_automatica": QT_TRANSLATE_NOOP("CentralModels", "Aprovação automática"),
    "motivo": QT_TRANSLATE_NOOP("CentralModels", "Motivo"),
    "etapa": QT_TRANSLATE_NOOP("CentralModels", "Etapa da verificação"),
    "quarentena": QT_TRANSLATE_NOOP("CentralModels", "Quarentena"),
    "quarentena_erro": QT_TRANSLATE_NOOP("CentralModels", "Falha ao copiar para a quarentena"),
    "sha256": QT_TRANSLATE_NOOP("CentralModels", "SHA-256 do arquivo"),
    "export_id": QT_TRANSLATE_NOOP("CentralModels", "Identificador da exportação"),
    "assinante": QT_TRANSLATE_NOOP("CentralModels", "Impressão digital do assinante"),
    "fingerprint": QT_TRANSLATE_NOOP("CentralModels", "Impressão digital"),
    "subject": QT_TRANSLATE_NOOP("CentralModels", "Titular"),
    "status_anterior": QT_TRANSLATE_NOOP("CentralModels", "Situação anterior"),
    "pacotes_liberados": QT_TRANSLATE_NOOP("CentralModels", "Pacotes liberados"),
    "pacotes_suspensos": QT_TRANSLATE_NOOP("CentralModels", "Pacotes suspensos"),
    "outros_assinantes": QT_TRANSLATE_NOOP("CentralModels", "Outros assinantes do núcleo"),
    "aprovado_por_ac": QT_TRANSLATE_NOOP("CentralModels", "Aprovado pela AC"),
    "registrado_para": QT_TRANSLATE_NOOP("CentralModels", "Registrado para"),
}
_FINGERPRINT_KEYS = frozenset({"fingerprint", "assinante", "outros_assinantes"})


def audit_detail_label(key: str) -> str:
    """The pt-BR label of an audit detail key (an unknown key as it is)."""
    label = AUDIT_DETAIL_LABELS.get(key)
    return translate("CentralModels", label) if label is not None else key


def audit_detail_value(key: str, value: Any) -> str:
    """A detail's value for people: statuses in words, yes/no, lists joined."""
    if isinstance(value, bool):
        return translate("CentralModels", "sim") if value else translate("CentralModels", "não")
    if isinstance(value, list | tuple):
        return ", ".join(str(item) for item in value)
    if key == "resultado":
        return import_status_text(str(value))
    if key == "status_anterior":
        return signer_status_text(str(value))
    if key == "aprovacao_automatica" and value == "ca":
        return translate("CentralModels", "pela AC")
    return str(value)


def audit_detail_lines(details: dict[str, Any]) -> list[str]:
    """Every detail of an entry, one "Label: value" per line; fingerprints in lines of 8
    bytes (as on the Assinantes tab) so that they are easy to read and never too wide."""
    lines: list[str] = []
    for key, value in details.items():
        if value in (None, "", []):
            continue
        label = audit_detail_label(key)
        if key in _FINGERPRINT_KEYS:
            prints = value if isinstance(value, list | tuple) else [value]
            lines.append(f"{label}:")
            lines += [fingerprint_lines(str(fp)) for fp in prints]
        else:
            lines.append(f"{label}: {audit_detail_value(key, value)}")
    return lines


def details_text(details: dict[str, Any]) -> str:
    """The interesting details on one line (all of them in the tooltip)."""
    keys = [key for key in _DETAIL_KEYS if details.get(key) not in (None, "", [])] or [
        key for key, value in details.items() if value not in (None, "", [])]
    parts: list[str] = []
    for key in keys:
        value = details[key]
        if key == "arquivo":
            value = Path(str(value)).name
        parts.append(f"{audit_detail_label(key)}: {audit_detail_value(key, value)}")
    return "; ".join(parts)


class AuditModel(RowsModel[AuditRecord]):
    HEADERS = (
        QT_TRANSLATE_NOOP("CentralModels", "Quando"),
        QT_TRANSLATE_NOOP("CentralModels", "Quem"),
        QT_TRANSLATE_NOOP("CentralModels", "Ação"),
        QT_TRANSLATE_NOOP("CentralModels", "Detalhes"),
    )

    def cell(self, row: AuditRecord, column: int, role: int) -> object:
        if role == SORT_ROLE and column == AUDIT_WHEN:
            return row.id
        if _display(role):
            return (local_time(row.at), row.actor, audit_action_text(row.action),
                    details_text(row.details))[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(audit_detail_lines(row.details))
        return None
