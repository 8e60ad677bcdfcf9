"""Consolidation of the central database: matrix, drill-down, comparison, indicators, tables.

Only **current** assessments count: not superseded by a newer revision of the same
lineage (``superseded_by_id IS NULL``) and received in at least one bundle whose status
is ``importado`` (bundles ``pendente`` wait for their signer's approval). Every query is
set-based: a handful of ``GROUP BY`` queries whatever the number of núcleos, and the long
and wide tables stream their rows (flat memory, server-side cursor on PostgreSQL).

Aspect metadata (theme, category, answer form) come from the catalogue (by default the
embedded one, ``load_catalogue()``); answers to aspects unknown to it are ignored.

Figures:

* completion of a theme = aspects answered (``respondido``) / aspects of the theme in the
  catalogue, as a percentage with one decimal; only for the themes the assessment covers;
* share of an answer value = answers with that scale value / answered scale aspects of the
  theme, as a percentage with one decimal (the shares of a theme add up to 100);
* indicators: each núcleo counts once per indicator, with its most recent answer that
  reports a figure (latest period end; self-assessment before visit on a tie); a ratio
  indicator aggregates as Σ numerators × multiplier / Σ denominators (method ``razao``);
  an indicator without denominator as the mean per núcleo of the values (``soma``:
  ``value`` is the mean, ``sum_numerator`` the sum); a percentage answer as the mean
  (``media``). Figures are only added up within one unit: the unit each núcleo reported
  (the one it typed, else the catalogue's; compared without case and extra spaces), so an
  indicator whose núcleos used different units gets one row per unit in each scope, each
  row telling how many units the scope has (``units_in_scope``).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Generator, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any, Final, Literal

from sqlalchemy import (
    Connection,
    Integer,
    Select,
    and_,
    case,
    cast,
    exists,
    func,
    literal,
    or_,
    select,
    text,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from aspectos_desktop.answers import NO_DATA_STATUSES, describe_value
from aspectos_desktop.catalogue.forms import SCALES
from aspectos_desktop.catalogue.model import Aspect, Catalogue
from aspectos_desktop.central.database import CentralDB
from aspectos_desktop.central.models import (
    BUNDLE_IMPORTED,
    Bundle,
    CentralAnswer,
    CentralAssessment,
    CentralNucleo,
    CentralThemeCount,
)
from aspectos_desktop.places import UFS, municipio_by_code

KIND_LABELS: Final = {"autoavaliacao": "Autoavaliação", "visita": "Visita de monitoramento"}
METHOD_LABELS: Final = {
    "razao": "Σ numeradores × multiplicador ÷ Σ denominadores",
    "soma": "indicador sem denominador: valor = média por núcleo (Σ valores ÷ núcleos)",
    "media": "percentual: valor = média dos valores informados",
}
BRAZIL: Final = "BR"
ANSWERED: Final = "respondido"
INVALID: Final = "inválido"
EMPTY: Final = "vazio"
NOT_ANSWERED_TEXT: Final = "Não respondido"
# SQLite sums NUMERIC values as floats: sum them as integers scaled by this factor instead
# (exact for values with up to six decimals).
SQLITE_SUM_SCALE: Final = 1_000_000
VALUE_PLACES: Final = Decimal("0.0001")

Method = Literal["razao", "soma", "media"]


class ConsolidationError(Exception):
    """A bad filter or an unknown núcleo; ``message`` is pt-BR, fit to show as is."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


# ----------------------------------------------------------------------------- filters


_KIND_ALIASES: Final = {
    "autoavaliacao": "autoavaliacao", "autoavaliação": "autoavaliacao", "auto": "autoavaliacao",
    "visita": "visita", "monitoramento": "visita",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Filters:
    """Which assessments to consolidate; ``None`` means "any".

    ``period_from``/``period_to`` keep the assessments whose period overlaps that range.
    Invalid values raise ``ConsolidationError`` with a pt-BR message.
    """

    uf: str | None = None
    municipio_code: int | None = None
    kind: str | None = None
    period_from: date | None = None
    period_to: date | None = None
    catalogue_version: str | None = None

    def __post_init__(self) -> None:
        for name in ("uf", "kind", "catalogue_version"):  # blank means "any"
            value = getattr(self, name)
            if value is not None and not value.strip():
                object.__setattr__(self, name, None)
        if self.uf is not None:
            sigla = self.uf.strip().upper()
            if sigla not in UFS:
                raise ConsolidationError(
                    f"UF desconhecida: “{self.uf}”. Use a sigla de uma das 27 UFs (ex.: SP).")
            object.__setattr__(self, "uf", sigla)
        if self.municipio_code is not None:
            try:
                municipio = municipio_by_code(self.municipio_code)
            except KeyError:
                raise ConsolidationError(
                    f"Município desconhecido: código IBGE “{self.municipio_code}” "
                    "(use o código de 7 dígitos, ex.: 3550308).") from None
            if self.uf is not None and municipio.uf != self.uf:
                raise ConsolidationError(
                    f"O município {municipio.label} (código {municipio.code}) não fica na UF "
                    f"{self.uf}.")
        if self.kind is not None:
            kind = _KIND_ALIASES.get(self.kind.strip().lower())
            if kind is None:
                raise ConsolidationError(
                    f"Tipo de avaliação desconhecido: “{self.kind}”. "
                    "Use “autoavaliacao” ou “visita”.")
            object.__setattr__(self, "kind", kind)
        if (self.period_from is not None and self.period_to is not None
                and self.period_to < self.period_from):
            raise ConsolidationError(
                f"Período inválido: o fim ({self.period_to:%d/%m/%Y}) é anterior ao início "
                f"({self.period_from:%d/%m/%Y}).")
        if self.catalogue_version is not None:
            object.__setattr__(self, "catalogue_version", self.catalogue_version.strip())

    @property
    def is_empty(self) -> bool:
        """No filter set: every current assessment counts."""
        return self == Filters()

    def describe(self) -> str:
        """A pt-BR one-liner of the active filters ("todos os núcleos" when none)."""
        parts: list[str] = []
        if self.uf:
            parts.append(f"UF {self.uf}")
        if self.municipio_code is not None:
            parts.append(f"município {municipio_by_code(self.municipio_code).label}")
        if self.kind:
            parts.append(KIND_LABELS[self.kind].lower())
        if self.period_from and self.period_to:
            parts.append(f"período de {self.period_from:%d/%m/%Y} a {self.period_to:%d/%m/%Y}")
        elif self.period_from:
            parts.append(f"período a partir de {self.period_from:%d/%m/%Y}")
        elif self.period_to:
            parts.append(f"período até {self.period_to:%d/%m/%Y}")
        if self.catalogue_version:
            parts.append(f"catálogo {self.catalogue_version}")
        return ", ".join(parts) if parts else "todos os núcleos"


def _is_current() -> ColumnElement[bool]:
    """Not superseded, and received in a bundle whose signer is trusted."""
    imported = exists().where(Bundle.assessment_id == CentralAssessment.id,
                              Bundle.status == BUNDLE_IMPORTED)
    return and_(CentralAssessment.superseded_by_id.is_(None), imported)


def _conditions(filters: Filters) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [_is_current()]
    if filters.uf is not None:
        conditions.append(CentralNucleo.uf == filters.uf)
    if filters.municipio_code is not None:
        conditions.append(CentralNucleo.municipio_code == filters.municipio_code)
    if filters.kind is not None:
        conditions.append(CentralAssessment.kind == filters.kind)
    if filters.period_from is not None:
        conditions.append(CentralAssessment.period_end >= filters.period_from)
    if filters.period_to is not None:
        conditions.append(CentralAssessment.period_start <= filters.period_to)
    if filters.catalogue_version is not None:
        conditions.append(CentralAssessment.catalogue_version == filters.catalogue_version)
    return conditions


def _selected_ids(filters: Filters) -> Select[int]:
    """The ids of the current assessments that pass ``filters`` (a subquery)."""
    return (select(CentralAssessment.id)
            .join(CentralNucleo, CentralNucleo.id == CentralAssessment.nucleo_id)
            .where(*_conditions(filters)))


def _catalogue(catalogue: Catalogue | None) -> Catalogue:
    if catalogue is not None:
        return catalogue
    from aspectos_desktop.resources import load_catalogue

    return load_catalogue()


# ------------------------------------------------------------------------ plain records


@dataclass(frozen=True, slots=True)
class NucleoInfo:
    id: int
    nucleo_key: str
    name: str
    institution: str | None
    uf: str
    municipio_code: int
    municipio_name: str
    cnes: str | None

    @property
    def label(self) -> str:
        """``"Núcleo X — Cidade/UF"``."""
        return f"{self.name} — {self.municipio_name}/{self.uf}"


@dataclass(frozen=True, slots=True)
class AssessmentInfo:
    id: int
    uuid: str
    nucleo_id: int
    kind: str
    title: str
    revision: int
    period_start: date
    period_end: date
    theme_slugs: tuple[str, ...]
    catalogue_version: str
    monitor_name: str | None
    monitor_institution: str | None
    visit_date: date | None

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)

    @property
    def period_label(self) -> str:
        return f"{self.period_start:%d/%m/%Y} a {self.period_end:%d/%m/%Y}"


def _nucleo_info(n: CentralNucleo) -> NucleoInfo:
    return NucleoInfo(id=n.id, nucleo_key=n.nucleo_key, name=n.name, institution=n.institution,
                      uf=n.uf, municipio_code=n.municipio_code, municipio_name=n.municipio_name,
                      cnes=n.cnes)


def _assessment_info(a: CentralAssessment) -> AssessmentInfo:
    return AssessmentInfo(
        id=a.id, uuid=a.uuid, nucleo_id=a.nucleo_id, kind=a.kind, title=a.title,
        revision=a.revision, period_start=a.period_start, period_end=a.period_end,
        theme_slugs=tuple(a.theme_slugs or ()), catalogue_version=a.catalogue_version,
        monitor_name=a.monitor_name, monitor_institution=a.monitor_institution,
        visit_date=a.visit_date)


def _display_order() -> tuple[Any, ...]:
    return (CentralNucleo.uf, CentralNucleo.municipio_name, CentralNucleo.name,
            CentralNucleo.id, CentralAssessment.kind, CentralAssessment.period_start,
            CentralAssessment.id)


_NUCLEO_FIELDS: Final = (CentralNucleo.id, CentralNucleo.nucleo_key, CentralNucleo.name,
                         CentralNucleo.institution, CentralNucleo.uf, CentralNucleo.municipio_code,
                         CentralNucleo.municipio_name, CentralNucleo.cnes)
_ASSESSMENT_FIELDS: Final = (
    CentralAssessment.id, CentralAssessment.uuid, CentralAssessment.nucleo_id,
    CentralAssessment.kind, CentralAssessment.title, CentralAssessment.revision,
    CentralAssessment.period_start, CentralAssessment.period_end, CentralAssessment.theme_slugs,
    CentralAssessment.catalogue_version, CentralAssessment.monitor_name,
    CentralAssessment.monitor_institution, CentralAssessment.visit_date,
)  # fmt: skip


@contextlib.contextmanager
def _reading(db: CentralDB) -> Generator[Connection]:
    """A read-only connection for the big aggregations (rolled back at the end).

    On PostgreSQL: no JIT (compiling the long theme ``CASE`` costs more than it saves)
    and more memory for hashing and sorting, for this transaction only.
    """
    with db.engine.connect() as conn:
        try:
            if db.dialect == "postgresql":
                conn.execute(text("SET LOCAL jit = off"))
                conn.execute(text("SET LOCAL work_mem = '64MB'"))
            yield conn
        finally:
            conn.rollback()


def selected_assessments(db: CentralDB, filters: Filters | None = None, *,
                         order: Literal["display", "id"] = "display"
                         ) -> list[tuple[NucleoInfo, AssessmentInfo]]:
    """The current assessments that pass ``filters``, with their núcleo.

    ``order="display"``: by UF, município, núcleo, kind and period; ``"id"``: by id.
    """
    filters = filters or Filters()
    stmt = (select(*_NUCLEO_FIELDS, *_ASSESSMENT_FIELDS)
            .join(CentralNucleo, CentralNucleo.id == CentralAssessment.nucleo_id)
            .where(*_conditions(filters)))
    stmt = stmt.order_by(*_display_order()) if order == "display" else stmt.order_by(
        CentralAssessment.id)
    nucleos: dict[int, NucleoInfo] = {}
    found: list[tuple[NucleoInfo, AssessmentInfo]] = []
    with _reading(db) as conn:
        for (nid, key, name, institution, uf, municipio_code, municipio_name, cnes,
             aid, uuid, _nid, kind, title, revision, period_start, period_end, slugs,
             catalogue_version, monitor_name, monitor_institution, visit_date,
             ) in conn.execute(stmt):
            nucleo = nucleos.get(nid)
            if nucleo is None:
                nucleo = nucleos[nid] = NucleoInfo(nid, key, name, institution, uf, municipio_code,
                                                   municipio_name, cnes)
            found.append((nucleo, AssessmentInfo(
                id=aid, uuid=uuid, nucleo_id=nid, kind=kind, title=title, revision=revision,
                period_start=period_start, period_end=period_end, theme_slugs=tuple(slugs or ()),
                catalogue_version=catalogue_version, monitor_name=monitor_name,
                monitor_institution=monitor_institution, visit_date=visit_date)))
    return found


@dataclass(frozen=True, slots=True)
class Holdings:
    """What the database holds, to explain an empty view: nothing imported yet, or only
    assessments that do not count (bundles waiting for their signer's approval)."""

    assessments: int  # every assessment received, any revision, any bundle status
    current: int  # those that count in the consolidation (see the module docstring)


def holdings(db: CentralDB) -> Holdings:
    """How many assessments the database holds, and how many of them count (two counts)."""
    with _reading(db) as conn:
        received = conn.execute(select(func.count()).select_from(CentralAssessment)).scalar_one()
        current = conn.execute(select(func.count()).select_from(CentralAssessment)
                               .where(_is_current())).scalar_one()
    return Holdings(int(received), int(current))


# ----------------------------------------------------------------------------- matrix


@dataclass(frozen=True, slots=True)
class ThemeCell:
    """Completion and answer shares of one theme in one assessment."""

    answered: int
    total: int
    invalid: int = 0
    counts: dict[str, int] = field(default_factory=lambda: {})

    @property
    def percent(self) -> float:
        """Answered / total × 100, one decimal (100 for an empty theme)."""
        return round(100 * self.answered / self.total, 1) if self.total else 100.0

    @property
    def shares(self) -> dict[str, float]:
        """Each scale value's share of the answered scale aspects, in %, one decimal."""
        scale_answers = sum(self.counts.values())
        if not scale_answers:
            return {}
        return {choice: round(100 * count / scale_answers, 1)
                for choice, count in self.counts.items()}


@dataclass(frozen=True, slots=True)
class MatrixRow:
    nucleo: NucleoInfo
    assessment: AssessmentInfo
    by_theme: dict[str, ThemeCell]

    @property
    def overall(self) -> ThemeCell:
        """All covered themes together."""
        counts: dict[str, int] = {}
        for cell in self.by_theme.values():
            for choice, count in cell.counts.items():
                counts[choice] = counts.get(choice, 0) + count
        return ThemeCell(answered=sum(c.answered for c in self.by_theme.values()),
                         total=sum(c.total for c in self.by_theme.values()),
                         invalid=sum(c.invalid for c in self.by_theme.values()),
                         counts=counts)


def matrix(db: CentralDB, filters: Filters | None = None, *,
           catalogue: Catalogue | None = None) -> list[MatrixRow]:
    """One row per current assessment (núcleo × kind × period) with a cell per covered theme.

    Two queries: the assessments, and their answers' counts by theme, completion and scale
    value, kept per assessment at import (``central_theme_counts``: a few rows each, where
    grouping the answers themselves took seconds for the whole country).
    """
    filters = filters or Filters()
    catalogue = _catalogue(catalogue)
    selected = selected_assessments(db, filters)
    themes = catalogue.themes
    totals = [len(catalogue.theme_aspects(t.slug)) for t in themes]
    theme_index = {theme.slug: index for index, theme in enumerate(themes)}
    counted = (select(CentralThemeCount.assessment_id, CentralThemeCount.theme_slug,
                      CentralThemeCount.completion, CentralThemeCount.choice,
                      CentralThemeCount.count)
               .where(CentralThemeCount.assessment_id.in_(_selected_ids(filters))))
    # (assessment id, theme index) -> [answered, invalid, {choice: count}]
    tally: dict[tuple[int, int], tuple[list[int], dict[str, int]]] = {}
    with _reading(db) as conn:
        for assessment_id, slug, completion, stored_choice, count in conn.execute(counted):
            theme = theme_index.get(slug)
            if theme is None:  # a theme this catalogue does not have
                continue
            choice = stored_choice or None
            key = (assessment_id, theme)
            entry = tally.get(key)
            if entry is None:
                entry = tally[key] = ([0, 0], {})
            if completion == ANSWERED:
                entry[0][0] += count
                if choice is not None:
                    entry[1][choice] = entry[1].get(choice, 0) + count
            elif completion == INVALID:
                entry[0][1] += count
    empty: tuple[list[int], dict[str, int]] = ([0, 0], {})
    rows: list[MatrixRow] = []
    for nucleo, assessment in selected:
        cells: dict[str, ThemeCell] = {}
        for index, theme in enumerate(themes):  # catalogue order, covered themes only
            if theme.slug not in assessment.theme_slugs:
                continue
            (answered, invalid), counts = tally.get((assessment.id, index), empty)
            cells[theme.slug] = ThemeCell(answered=answered, total=totals[index], invalid=invalid,
                                          counts=_ordered_counts(counts))
        rows.append(MatrixRow(nucleo, assessment, cells))
    return rows


_CHOICE_ORDER: Final = {
    value: index
    for index, value in enumerate(dict.fromkeys(v for scale in SCALES.values() for v, _ in scale))
}


def _ordered_counts(counts: Mapping[str, int]) -> dict[str, int]:
    return dict(sorted(counts.items(), key=lambda item: (_CHOICE_ORDER.get(item[0], 99), item[0])))


def choice_label(choice: str) -> str:
    """The pt-BR label of a scale value ("nao" → "Não"); the value itself if unknown."""
    for scale in SCALES.values():
        for value, label in scale:
            if value == choice:
                return label
    return choice


# ------------------------------------------------------------------------- drill-down


@dataclass(frozen=True, slots=True)
class AnswerDetail:
    """One aspect of an assessment, answered or not."""

    aspect: Aspect
    completion: str
    answer: str  # pt-BR description ("Sim", "45,5 %", "Não respondido"…)
    value: dict[str, Any] | None
    choice: str | None = None
    numerator: Decimal | None = None
    denominator: Decimal | None = None
    computed: Decimal | None = None
    unit: str | None = None
    comment: str = ""
    evidence: str = ""


@dataclass(frozen=True, slots=True)
class AssessmentAnswers:
    assessment: AssessmentInfo
    answers: list[AnswerDetail]

    @property
    def answered(self) -> int:
        return sum(1 for a in self.answers if a.completion == ANSWERED)


@dataclass(frozen=True, slots=True)
class NucleoAnswers:
    nucleo: NucleoInfo
    assessments: list[AssessmentAnswers]


def find_nucleo(db: CentralDB, id_or_key: str | int) -> NucleoInfo:
    """A núcleo by id, by key ("cnes:1234567", "ibge:…") or by CNES (7 digits).

    Raises ``ConsolidationError`` (pt-BR) when there is none.
    """
    text = str(id_or_key).strip()
    with db.session() as session:
        found: CentralNucleo | None = None
        if text.isascii() and text.isdigit():
            found = session.get(CentralNucleo, int(text))
            if found is None and len(text) == 7:
                found = session.scalars(select(CentralNucleo).where(
                    CentralNucleo.nucleo_key == f"cnes:{text}")).first()
        elif text:
            found = session.scalars(select(CentralNucleo).where(
                CentralNucleo.nucleo_key == text)).first()
            if found is None:
                found = session.scalars(select(CentralNucleo).where(
                    func.lower(CentralNucleo.nucleo_key) == text.lower())).first()
        if found is None:
            raise ConsolidationError(
                f"Núcleo não encontrado: “{text}”. Informe o número do núcleo, a sua chave "
                "(ex.: cnes:1234567) ou o CNES.")
        return _nucleo_info(found)


def _current_of_nucleo(session: Session, nucleo_id: int,
                       kind: str | None) -> list[AssessmentInfo]:
    stmt = (select(CentralAssessment)
            .where(CentralAssessment.nucleo_id == nucleo_id, _is_current())
            .order_by(CentralAssessment.kind, CentralAssessment.period_start.desc(),
                      CentralAssessment.id))
    if kind is not None:
        stmt = stmt.where(CentralAssessment.kind == kind)
    return [_assessment_info(a) for a in session.scalars(stmt)]


def _answers_of(session: Session, assessment_ids: list[int]
                ) -> dict[int, dict[int, CentralAnswer]]:
    found: dict[int, dict[int, CentralAnswer]] = {i: {} for i in assessment_ids}
    if assessment_ids:
        stmt = select(CentralAnswer).where(CentralAnswer.assessment_id.in_(assessment_ids))
        for answer in session.scalars(stmt):
            found[answer.assessment_id][answer.aspect_id] = answer
    return found


def _aspects_of(catalogue: Catalogue, theme_slugs: Iterable[str]) -> list[Aspect]:
    wanted = set(theme_slugs)
    return [a for t in catalogue.themes if t.slug in wanted for a in catalogue.theme_aspects(t.slug)]


INVALID_TEXT: Final = "Resposta inválida"


_SCALE_LABELS: Final = {name: dict(options) for name, options in SCALES.items()}


def answer_text(aspect: Aspect, completion: str, value: dict[str, Any] | None) -> str:
    """The pt-BR description of an answer ("Sim", "45,5 %", "Resposta inválida"…)."""
    if completion == INVALID:
        return INVALID_TEXT
    form = aspect.form
    if value and form["type"] == "scale" and not form.get("checklist"):
        # describe_value's result for a plain scale, without its per-call work (long exports)
        return _SCALE_LABELS[form["scale"]].get(str(value.get("choice")), NOT_ANSWERED_TEXT)
    return describe_value(form, value)


def _detail(aspect: Aspect, answer: CentralAnswer | None) -> AnswerDetail:
    if answer is None:
        return AnswerDetail(aspect=aspect, completion=EMPTY, answer=NOT_ANSWERED_TEXT, value=None)
    return AnswerDetail(
        aspect=aspect, completion=answer.completion,
        answer=answer_text(aspect, answer.completion, answer.value), value=answer.value,
        choice=answer.choice, numerator=answer.numerator, denominator=answer.denominator,
        computed=answer.computed, unit=answer.unit, comment=answer.comment or "",
        evidence=answer.evidence or "")


def nucleo_answers(db: CentralDB, nucleo_id: int, kind: str | None = None, *,
                   catalogue: Catalogue | None = None) -> NucleoAnswers:
    """Every aspect of every current assessment of one núcleo (optionally one kind)."""
    catalogue = _catalogue(catalogue)
    if kind is not None:
        kind = Filters(kind=kind).kind
    nucleo = find_nucleo(db, nucleo_id)
    with db.session() as session:
        assessments = _current_of_nucleo(session, nucleo.id, kind)
        answers = _answers_of(session, [a.id for a in assessments])
        result = [
            AssessmentAnswers(assessment, [
                _detail(aspect, answers[assessment.id].get(aspect.id))
                for aspect in _aspects_of(catalogue, assessment.theme_slugs)
            ])
            for assessment in assessments
        ]
    return NucleoAnswers(nucleo, result)


# ------------------------------------------------------------------------- comparison


@dataclass(frozen=True, slots=True)
class ComparisonRow:
    aspect: Aspect
    self_value: str  # pt-BR description of the self-assessment's answer
    visit_value: str  # … and of the visit's
    same: bool
    self_answer: AnswerDetail
    visit_answer: AnswerDetail


@dataclass(frozen=True, slots=True)
class Comparison:
    """The latest self-assessment beside the latest monitoring visit of one núcleo.

    ``rows`` cover the themes both assessments cover (``themes``), in catalogue order;
    they are empty when either assessment is missing. Iterating over the comparison
    (or ``len``) goes over ``rows``.
    """

    nucleo: NucleoInfo
    self_assessment: AssessmentInfo | None
    visit: AssessmentInfo | None
    themes: tuple[str, ...]
    rows: list[ComparisonRow]

    def __iter__(self) -> Iterator[ComparisonRow]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    @property
    def differences(self) -> int:
        return sum(1 for row in self.rows if not row.same)


def _latest(assessments: list[AssessmentInfo], kind: str) -> AssessmentInfo | None:
    of_kind = [a for a in assessments if a.kind == kind]
    if not of_kind:
        return None
    return max(of_kind, key=lambda a: (a.period_end, a.period_start, a.revision, a.id))


_BLANK_CELL = re.compile(r"\s+")


def answer_key(detail: AnswerDetail) -> tuple[Any, ...]:
    """What must match for two answers to be "the same" (numbers by value, text trimmed)."""
    if detail.completion == EMPTY or not detail.value:
        return ("sem resposta",)
    value = detail.value
    if detail.completion != ANSWERED:
        return ("inválida", repr(sorted(value.items())))
    kind = detail.aspect.form["type"]
    if kind == "scale":
        checked: list[str] = value.get("checked") or []
        return ("scale", value.get("choice"), tuple(sorted(str(c) for c in checked)))
    status = value.get("status")
    if status in NO_DATA_STATUSES:
        return ("status", status)
    if kind == "percent":
        return ("number", detail.computed)
    if kind == "indicator":
        return ("indicator", detail.numerator, detail.denominator)
    if kind == "table":
        rows: list[list[Any]] = value.get("rows") or []
        return ("table", tuple(
            tuple(_BLANK_CELL.sub(" ", str(cell or "")).strip() for cell in row) for row in rows))
    files: list[dict[str, Any]] = value.get("files") or []
    return ("files", tuple(sorted(str(f.get("sha256", "")) for f in files)))


def compare(db: CentralDB, nucleo_id: int, *, catalogue: Catalogue | None = None) -> Comparison:
    """Latest current self-assessment vs latest current visit, aspect by aspect.

    "Latest" is the latest period end (then start, revision, id). ``same`` compares the
    answers themselves (scale value and checked items, numbers by value, table cells,
    attachment hashes); two unanswered aspects are the same.
    """
    catalogue = _catalogue(catalogue)
    nucleo = find_nucleo(db, nucleo_id)
    with db.session() as session:
        current = _current_of_nucleo(session, nucleo.id, None)
        mine, visit = _latest(current, "autoavaliacao"), _latest(current, "visita")
        if mine is None or visit is None:
            return Comparison(nucleo, mine, visit, (), [])
        answers = _answers_of(session, [mine.id, visit.id])
    themes = tuple(t.slug for t in catalogue.themes
                   if t.slug in mine.theme_slugs and t.slug in visit.theme_slugs)
    rows: list[ComparisonRow] = []
    for aspect in _aspects_of(catalogue, themes):
        left = _detail(aspect, answers[mine.id].get(aspect.id))
        right = _detail(aspect, answers[visit.id].get(aspect.id))
        rows.append(ComparisonRow(aspect=aspect, self_value=left.answer, visit_value=right.answer,
                                  same=answer_key(left) == answer_key(right),
                                  self_answer=left, visit_answer=right))
    return Comparison(nucleo, mine, visit, themes, rows)


# ------------------------------------------------------------------------- indicators


@dataclass(frozen=True, slots=True)
class IndicatorRow:
    """One indicator aggregated over the núcleos of one UF, or of Brazil (``scope="BR"``),
    that reported it in one unit (``unit``; ``""`` when none was given)."""

    aspect: Aspect
    scope: str
    method: Method
    nucleos_reporting: int
    sum_numerator: Decimal  # soma: the sum of the values; media: of the percentages
    sum_denominator: Decimal | None  # None for methods "soma" and "media"
    multiplier: int
    value: Decimal | None  # razao: the ratio; soma and media: the mean per núcleo
    mean: Decimal | None  # soma and media: sum / núcleos reporting (= value); razao: None
    unit: str
    units_in_scope: int = 1  # units the núcleos of this scope used for this indicator

    @property
    def aspect_id(self) -> int:
        return self.aspect.id

    @property
    def mixed_units(self) -> bool:
        """The núcleos of this scope did not all use the same unit (one row per unit)."""
        return self.units_in_scope > 1


def _method(aspect: Aspect) -> Method | None:
    form = aspect.form
    if form["type"] == "percent":
        return "media"
    if form["type"] != "indicator":
        return None
    return "razao" if form.get("has_denominator") else "soma"


def _sum(column: ColumnElement[Any], dialect: str) -> ColumnElement[Any]:
    if dialect == "sqlite":  # exact: integers scaled by SQLITE_SUM_SCALE
        return func.sum(cast(func.round(column * literal(SQLITE_SUM_SCALE, Integer())), Integer))
    return func.sum(column)


def _exact(total: Any, dialect: str) -> Decimal:
    if total is None:
        return Decimal(0)
    if dialect == "sqlite":
        return (Decimal(int(total)) / SQLITE_SUM_SCALE).normalize() + Decimal(0)
    return Decimal(total).normalize() + Decimal(0)


def _quantised(number: Decimal) -> Decimal:
    return number.quantize(VALUE_PLACES, rounding=ROUND_HALF_EVEN).normalize() + Decimal(0)


def unit_key(unit: str | None) -> str:
    """What makes two units the same: case and extra spaces aside ("Atendimentos " is
    "atendimentos")."""
    return " ".join((unit or "").split()).casefold()


Totals = tuple[Decimal, Decimal, Decimal, int]  # numerators, denominators, computed, núcleos


def _add(left: Totals | None, right: Totals) -> Totals:
    if left is None:
        return right
    return (left[0] + right[0], left[1] + right[1], left[2] + right[2], left[3] + right[3])


def indicators(db: CentralDB, filters: Filters | None = None, *,
               catalogue: Catalogue | None = None) -> list[IndicatorRow]:
    """Indicators aggregated by UF and for Brazil (see the module docstring for the rules).

    One query: each núcleo's latest figure per indicator (a window function), summed by
    indicator, UF and unit. Rows: by aspect id, each UF in alphabetical order, then "BR"
    (omitted when ``filters.uf`` is set: it would repeat the UF); within a scope, one row
    per unit (alphabetical, "no unit" last). Values are rounded to four decimals.
    """
    filters = filters or Filters()
    catalogue = _catalogue(catalogue)
    methods: dict[int, Method] = {
        a.id: m for a in catalogue.aspects.values() if (m := _method(a)) is not None}
    by_method: dict[Method, list[int]] = {"razao": [], "soma": [], "media": []}
    for aspect_id, method in methods.items():
        by_method[method].append(aspect_id)
    answer = CentralAnswer
    reports: list[ColumnElement[bool]] = []
    if by_method["razao"]:
        reports.append(and_(answer.aspect_id.in_(by_method["razao"]),
                            answer.numerator.is_not(None), answer.denominator.is_not(None),
                            answer.denominator != 0))
    if by_method["soma"]:
        reports.append(and_(answer.aspect_id.in_(by_method["soma"]),
                            answer.numerator.is_not(None)))
    if by_method["media"]:
        reports.append(and_(answer.aspect_id.in_(by_method["media"]),
                            answer.computed.is_not(None)))
    if not reports:
        return []
    rank = func.row_number().over(
        partition_by=(CentralAssessment.nucleo_id, answer.aspect_id),
        order_by=(CentralAssessment.period_end.desc(),
                  case((CentralAssessment.kind == "autoavaliacao", 0), else_=1),
                  CentralAssessment.period_start.desc(), CentralAssessment.revision.desc(),
                  CentralAssessment.id.desc()))
    latest = (select(answer.aspect_id.label("aspect_id"), CentralNucleo.uf.label("uf"),
                     func.coalesce(answer.unit, literal("")).label("unit"),
                     answer.numerator.label("numerator"), answer.denominator.label("denominator"),
                     answer.computed.label("computed"), rank.label("rank"))
              .join(CentralAssessment, CentralAssessment.id == answer.assessment_id)
              .join(CentralNucleo, CentralNucleo.id == CentralAssessment.nucleo_id)
              .where(*_conditions(filters), answer.completion == ANSWERED, or_(*reports))
              .subquery())
    dialect = db.dialect
    summed = (select(latest.c.aspect_id, latest.c.uf, latest.c.unit,
                     _sum(latest.c.numerator, dialect), _sum(latest.c.denominator, dialect),
                     _sum(latest.c.computed, dialect), func.count())
              .where(latest.c.rank == 1)
              .group_by(latest.c.aspect_id, latest.c.uf, latest.c.unit))
    # (aspect, uf, unit key) -> totals; (aspect, unit key) -> {spelling: núcleos}
    totals: dict[tuple[int, str, str], Totals] = {}
    spellings: dict[tuple[int, str], dict[str, int]] = {}
    with db.session() as session:
        for aspect_id, uf, unit, numerators, denominators, computed, count in (
                session.execute(summed)):
            aspect_id = int(aspect_id)
            spelling = "%" if methods[aspect_id] == "media" else " ".join(str(unit).split())
            key = unit_key(spelling)
            found: Totals = (_exact(numerators, dialect), _exact(denominators, dialect),
                             _exact(computed, dialect), int(count))
            totals[(aspect_id, str(uf), key)] = _add(totals.get((aspect_id, str(uf), key)), found)
            seen = spellings.setdefault((aspect_id, key), {})
            seen[spelling] = seen.get(spelling, 0) + int(count)
    # a unit's label: its most common spelling (on a tie, lower case first)
    labels = {key: min(seen, key=lambda s: (-seen[s], s != s.lower(), s))
              for key, seen in spellings.items()}
    rows: list[IndicatorRow] = []
    for aspect_id in sorted({a for a, _u, _k in totals}):
        aspect = catalogue.aspect(aspect_id)
        method = methods[aspect_id]
        by_scope: dict[str, dict[str, Totals]] = {}
        for (a, uf, key), total in totals.items():
            if a == aspect_id:
                by_scope.setdefault(uf, {})[key] = total
        scopes = sorted(by_scope)
        if filters.uf is None:
            brazil: dict[str, Totals] = {}
            for uf in scopes:
                for key, total in by_scope[uf].items():
                    brazil[key] = _add(brazil.get(key), total)
            by_scope[BRAZIL] = brazil
            scopes.append(BRAZIL)
        for scope in scopes:
            units = by_scope[scope]
            for key in sorted(units, key=lambda k: (k == "", k)):
                rows.append(_indicator_row(aspect, method, scope, units[key],
                                           labels[(aspect_id, key)], len(units)))
    return rows


def _indicator_row(aspect: Aspect, method: Method, scope: str, total: Totals, unit: str,
                   units_in_scope: int) -> IndicatorRow:
    numerators, denominators, computed, count = total
    form = aspect.form
    if method == "razao":
        multiplier = int(form.get("multiplier", 1))
        value = _quantised(numerators * multiplier / denominators) if denominators else None
        return IndicatorRow(aspect=aspect, scope=scope, method=method, nucleos_reporting=count,
                            sum_numerator=numerators, sum_denominator=denominators,
                            multiplier=multiplier, value=value, mean=None, unit=unit,
                            units_in_scope=units_in_scope)
    if method == "soma":
        mean = _quantised(numerators / count) if count else None
        return IndicatorRow(aspect=aspect, scope=scope, method=method, nucleos_reporting=count,
                            sum_numerator=numerators, sum_denominator=None, multiplier=1,
                            value=mean, mean=mean, unit=unit, units_in_scope=units_in_scope)
    mean = _quantised(computed / count) if count else None
    return IndicatorRow(aspect=aspect, scope=scope, method=method, nucleos_reporting=count,
                        sum_numerator=computed, sum_denominator=None, multiplier=1,
                        value=mean, mean=mean, unit=unit, units_in_scope=units_in_scope)


# ------------------------------------------------------------------- tables for export

Cell = str | int | float | Decimal | date | None


@dataclass(frozen=True, slots=True)
class Table:
    """Rows for the CSV/XLSX/JSON writers: a header and an iterable (maybe a stream) of rows.

    ``sheet`` names the XLSX sheet; ``legend`` is an optional small table written to a
    second sheet (e.g. the aspects behind the columns of the wide view).
    """

    name: str
    columns: tuple[str, ...]
    rows: Iterable[tuple[Cell, ...]]
    legend: Table | None = None


# Column names of the exports: Portuguese snake_case, without accents.
# The assessment's identity: núcleo, kind, period, revision, catalogue and, for a
# monitoring visit, its date and the monitor (empty for a self-assessment).
NUCLEO_COLUMNS: Final = (
    "nucleo_id", "nucleo_chave", "nucleo", "uf", "municipio_codigo", "municipio",
    "avaliacao_id", "tipo", "titulo", "periodo_inicio", "periodo_fim", "revisao",
    "versao_catalogo", "data_visita", "monitor_nome", "monitor_instituicao",
)  # fmt: skip
LONG_COLUMNS: Final = (
    *NUCLEO_COLUMNS, "aspecto_id", "tema", "categoria", "aspecto", "natureza", "tipo_resposta",
    "situacao", "resposta", "opcao", "numerador", "denominador", "calculado", "unidade",
    "comentario", "evidencia",
)  # fmt: skip
MATRIX_FIGURE_COLUMNS: Final = ("percentual", "respondidos", "total", "invalidos")
INDICATOR_COLUMNS: Final = (
    "aspecto_id", "tema", "aspecto", "escopo", "metodo", "nucleos_informando",
    "soma_numeradores", "soma_denominadores", "multiplicador", "valor", "media", "unidade",
    "unidades_no_escopo",
)  # fmt: skip
ASPECT_LEGEND_COLUMNS: Final = ("aspecto_id", "tema", "categoria", "aspecto", "natureza",
                                "tipo_resposta")


def _nucleo_cells(nucleo: NucleoInfo, assessment: AssessmentInfo) -> tuple[Cell, ...]:
    return (nucleo.id, nucleo.nucleo_key, nucleo.name, nucleo.uf, nucleo.municipio_code,
            nucleo.municipio_name, assessment.id, assessment.kind, assessment.title,
            assessment.period_start, assessment.period_end, assessment.revision,
            assessment.catalogue_version, assessment.visit_date, assessment.monitor_name,
            assessment.monitor_institution)


def matrix_table(rows: list[MatrixRow], catalogue: Catalogue | None = None) -> Table:
    """The matrix flattened: per covered theme, %, answered, total, invalid and each share."""
    catalogue = _catalogue(catalogue)
    themes = [t for t in catalogue.themes if any(t.slug in r.by_theme for r in rows)]
    choices: dict[str, list[str]] = {}
    for theme in themes:
        seen = {c for r in rows if theme.slug in r.by_theme for c in r.by_theme[theme.slug].counts}
        choices[theme.slug] = sorted(seen, key=lambda c: (_CHOICE_ORDER.get(c, 99), c))
    columns: list[str] = [*NUCLEO_COLUMNS, *MATRIX_FIGURE_COLUMNS]
    for theme in themes:
        columns += [f"{theme.slug}:{name}" for name in MATRIX_FIGURE_COLUMNS]
        columns += [f"{theme.slug}:{choice}%" for choice in choices[theme.slug]]

    def cells(row: MatrixRow) -> tuple[Cell, ...]:
        overall = row.overall
        out: list[Cell] = [*_nucleo_cells(row.nucleo, row.assessment), overall.percent,
                           overall.answered, overall.total, overall.invalid]
        for theme in themes:
            cell = row.by_theme.get(theme.slug)
            if cell is None:
                out += [None] * (4 + len(choices[theme.slug]))
                continue
            shares = cell.shares
            out += [cell.percent, cell.answered, cell.total, cell.invalid]
            out += [shares.get(choice, 0.0 if shares else None) for choice in choices[theme.slug]]
        return tuple(out)

    return Table("matriz", tuple(columns), [cells(r) for r in rows])


def indicators_table(rows: list[IndicatorRow]) -> Table:
    return Table("indicadores", INDICATOR_COLUMNS, [
        (r.aspect.id, r.aspect.tema, r.aspect.aspecto, r.scope, r.method, r.nucleos_reporting,
         r.sum_numerator, r.sum_denominator, r.multiplier, r.value, r.mean, r.unit,
         r.units_in_scope)
        for r in rows
    ])


_ANSWER_COLUMNS: Final = (CentralAnswer.assessment_id, CentralAnswer.aspect_id, CentralAnswer.value,
                          CentralAnswer.comment, CentralAnswer.completion, CentralAnswer.choice,
                          CentralAnswer.numerator, CentralAnswer.denominator,
                          CentralAnswer.computed, CentralAnswer.unit, CentralAnswer.evidence)
STREAM_BATCH: Final = 2000


def _stream_answers(db: CentralDB, filters: Filters,
                    selected: list[tuple[NucleoInfo, AssessmentInfo]]
                    ) -> Iterator[tuple[NucleoInfo, AssessmentInfo, dict[int, tuple[Any, ...]]]]:
    """Each selected assessment (by id) with its answers, streamed from one ordered query."""
    stmt = (select(*_ANSWER_COLUMNS)
            .where(CentralAnswer.assessment_id.in_(_selected_ids(filters)))
            .order_by(CentralAnswer.assessment_id, CentralAnswer.aspect_id)
            .execution_options(yield_per=STREAM_BATCH))
    with db.session() as session:
        result = session.execute(stmt)
        try:
            pending: tuple[Any, ...] | None = next(result, None)
            for nucleo, assessment in selected:
                answers: dict[int, tuple[Any, ...]] = {}
                while pending is not None and pending[0] <= assessment.id:
                    if pending[0] == assessment.id:
                        answers[pending[1]] = pending
                    pending = next(result, None)
                yield nucleo, assessment, answers
        finally:
            result.close()


def _long_rows(db: CentralDB, filters: Filters, catalogue: Catalogue,
               selected: list[tuple[NucleoInfo, AssessmentInfo]]) -> Iterator[tuple[Cell, ...]]:
    for nucleo, assessment, answers in _stream_answers(db, filters, selected):
        head = _nucleo_cells(nucleo, assessment)
        for aspect in _aspects_of(catalogue, assessment.theme_slugs):
            found = answers.get(aspect.id)
            meta = (aspect.id, aspect.tema, aspect.categoria, aspect.aspecto, aspect.natureza,
                    aspect.form["type"])
            if found is None:
                yield (*head, *meta, EMPTY, NOT_ANSWERED_TEXT, None, None, None, None, None, "",
                       "")
                continue
            (_a, _b, value, comment, completion, choice, numerator, denominator, computed, unit,
             evidence) = found
            yield (*head, *meta, completion, answer_text(aspect, completion, value), choice,
                   numerator, denominator, computed, unit, comment or "", evidence or "")


def long_table(db: CentralDB, filters: Filters | None = None, *,
               catalogue: Catalogue | None = None) -> Table:
    """One row per assessment × aspect of its themes (unanswered aspects included), streamed.

    Assessments come in id order (import order); aspects in catalogue order.
    """
    filters = filters or Filters()
    catalogue = _catalogue(catalogue)
    selected = selected_assessments(db, filters, order="id")
    return Table("longo", LONG_COLUMNS, _long_rows(db, filters, catalogue, selected))


def _wide_rows(db: CentralDB, filters: Filters, aspects: list[Aspect],
               selected: list[tuple[NucleoInfo, AssessmentInfo]]) -> Iterator[tuple[Cell, ...]]:
    for nucleo, assessment, answers in _stream_answers(db, filters, selected):
        covered = set(assessment.theme_slugs)
        cells: list[Cell] = []
        for aspect in aspects:
            if aspect.theme_slug not in covered:
                cells.append(None)
                continue
            found = answers.get(aspect.id)
            cells.append(NOT_ANSWERED_TEXT if found is None
                         else answer_text(aspect, found[4], found[2]))
        yield (*_nucleo_cells(nucleo, assessment), *cells)


def wide_table(db: CentralDB, filters: Filters | None = None, *,
               catalogue: Catalogue | None = None) -> Table:
    """One row per assessment, one column per aspect id (the answer text), streamed.

    Columns: the aspects of the themes covered by any selected assessment, in catalogue
    order; a cell is empty when the row's assessment does not cover that theme. The
    ``legend`` table names the aspect behind each column.
    """
    filters = filters or Filters()
    catalogue = _catalogue(catalogue)
    selected = selected_assessments(db, filters, order="id")
    aspects = _aspects_of(catalogue, {s for _n, a in selected for s in a.theme_slugs})
    legend = Table("aspectos", ASPECT_LEGEND_COLUMNS, [
        (a.id, a.tema, a.categoria, a.aspecto, a.natureza, a.form["type"]) for a in aspects])
    columns = (*NUCLEO_COLUMNS, *(str(a.id) for a in aspects))
    return Table("amplo", columns, _wide_rows(db, filters, aspects, selected), legend)
