"""Import ``.aspectos`` bundles into the central database, trusting nothing unverified.

Every bundle goes through these stages, in this order, and stops at the first failure:

1. ``file`` / ``zip``: size and member limits, safe unpacking (no absolute paths, no
   ``..``, no links, no duplicates, caps on member count, sizes and compression ratio —
   a zip bomb is refused from its declared sizes, without inflating anything);
2. ``manifest``: every member's size and SHA-256 against ``manifest.json``;
3. ``manifest_signature`` … ``pdf_binding``: the CMS signature of the manifest, then the
   PDF's signature, signer and binding — before any JSON is parsed for its content;
4. ``document``: schema version, then JSON Schema validation of ``assessment.json``;
5. ``semantic``: known catalogue version, aspect ids exist and are in the declared
   themes, each value valid for its answer form (and its recorded completion agrees),
   dates sane (a visit has its monitor and date, not after the export), núcleo data valid;
6. ``trust`` and the write: one transaction records the núcleo, the signer (see
   ``trust``), the assessment, its answers, attachments, the bundle and the audit entry;
   ``conflict`` when the assessment uuid (or the export id) is already there with other
   content (see ``content_digest``).

Stages 1–4 are ``aspectos_desktop.export.verify.check_bundle`` (the same code as
``aspectos verify``, except that the PDF's signature is checked on its bytes once the
manifest signature has authenticated them: ``pdf_check="direct"``); ``examine`` runs
stages 1–5, which need no database, and ``Importer.finish`` stage 6.

A rejected bundle is copied to the quarantine folder with a pt-BR ``.motivo.txt``
beside it; only an audit entry of the rejection reaches the database. The same bundle
twice is "já importado" (UNIQUE constraints + ``ON CONFLICT DO NOTHING``, so two
importers running at once never create duplicates), and so is the same assessment
exported again; the same assessment uuid with different content is rejected. A newer
revision of an assessment supersedes the older ones of its lineage (same núcleo and
kind, linked by ``parent_uuid``), which stay in history.

Bundles are read one at a time and folders are walked lazily: memory stays flat. From
``PARALLEL_MIN_BUNDLES`` on, ``import_paths`` has worker processes examine the next
bundles (a bounded window) while it writes each one, in order, in its own transaction.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
import os
import shutil
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Final, Literal, NoReturn, cast

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from sqlalchemy import Connection, bindparam, insert, select, text, union_all, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from aspectos_desktop.answers import Completion, check_answer, indicator_unit, parse_number
from aspectos_desktop.catalogue.forms import SCALES
from aspectos_desktop.catalogue.model import Catalogue
from aspectos_desktop.central.audit import audit
from aspectos_desktop.central.database import (
    CentralDB,
    CentralError,
    insert_ignore,
    insert_ignore_returning_id,
)
from aspectos_desktop.central.models import (
    BUNDLE_IMPORTED,
    BUNDLE_PENDING,
    Attachment,
    Bundle,
    CentralAnswer,
    CentralAssessment,
    CentralNucleo,
    CentralThemeCount,
    utcnow,
)
from aspectos_desktop.central.trust import SignerRevoked, TrustAnchors, decide_trust
from aspectos_desktop.export.bundle import BUNDLE_SUFFIX
from aspectos_desktop.export.identity import fingerprint
from aspectos_desktop.export.verify import CHECK_LABELS, Limits, check_bundle
from aspectos_desktop.text import slugify

Status = Literal["importado", "ja_importado", "nova_revisao", "pendente_assinante", "rejeitado"]

IMPORTED: Final = "importado"
ALREADY: Final = "ja_importado"
NEW_REVISION: Final = "nova_revisao"
PENDING_SIGNER: Final = "pendente_assinante"
REJECTED: Final = "rejeitado"
STATUSES: Final[tuple[Status, ...]] = (IMPORTED, ALREADY, NEW_REVISION, PENDING_SIGNER, REJECTED)

STATUS_LABELS: Final[dict[str, str]] = {
    IMPORTED: "importado",
    ALREADY: "já importado",
    NEW_REVISION: "nova revisão",
    PENDING_SIGNER: "pendente: assinante novo",
    REJECTED: "rejeitado",
}
STAGE_LABELS: Final[dict[str, str]] = {
    **CHECK_LABELS,
    "semantic": "Conferência do conteúdo (catálogo, aspectos, respostas, datas)",
    "trust": "Confiança no assinante",
    "conflict": "Conferência com o que já está no banco central",
}
IMPORTED_REASON: Final = "importado."
REASON_SUFFIX: Final = ".motivo.txt"
MIN_YEAR: Final = 2000
MAX_YEAR: Final = 2100
HASH_CHUNK: Final = 1 << 20
MAX_LINEAGE_STEPS: Final = 1000


# ------------------------------------------------------------------------- results


@dataclass(frozen=True)
class ImportOutcome:
    """What happened to one bundle. ``reason_ptbr`` is the one-line explanation."""

    path: Path
    status: Status
    reason_ptbr: str
    bundle_sha256: str | None = None
    nucleo_name: str | None = None
    nucleo_key: str | None = None
    export_id: str | None = None
    assessment_uuid: str | None = None
    revision: int | None = None
    kind: str | None = None
    signer_fingerprint: str | None = None
    check: str | None = None  # the stage that failed (rejected only)
    quarantine_path: Path | None = None
    flagged: bool = False  # a different key for a known núcleo

    @property
    def label(self) -> str:
        return STATUS_LABELS[self.status]

    @property
    def rejected(self) -> bool:
        return self.status == REJECTED

    def line(self) -> str:
        """One line for the CLI: ``importado: arquivo.aspectos — Núcleo X, revisão 2``."""
        if self.status == REJECTED:
            return f"rejeitado: {self.path.name} — {self.reason_ptbr}"
        where = self.nucleo_name or "?"
        if self.revision is not None:
            where += f", revisão {self.revision}"
        text_ = f"{self.label}: {self.path.name} — {where}"
        if self.flagged or (self.status == IMPORTED and self.reason_ptbr != IMPORTED_REASON):
            text_ += f" — {self.reason_ptbr}"
        elif self.status == PENDING_SIGNER:
            text_ += f" — aguarda aprovação da impressão digital {self.signer_fingerprint}"
        return text_


@dataclass
class ImportSummary:
    """Counts per status; the rejected outcomes are kept (the others are not: flat memory)."""

    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STATUSES, 0))
    rejected: list[ImportOutcome] = field(default_factory=lambda: [])
    flagged: list[ImportOutcome] = field(default_factory=lambda: [])
    elapsed: float = 0.0
    workers: int = 0  # processes that examined the bundles (0: this one)
    skipped: int = 0  # files in the folders that are not ``*.aspectos`` (not examined)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def ok(self) -> bool:
        return not self.counts[REJECTED]

    def add(self, outcome: ImportOutcome) -> None:
        self.counts[outcome.status] += 1
        if outcome.rejected:
            self.rejected.append(outcome)
        if outcome.flagged:
            self.flagged.append(outcome)

    def text(self) -> str:
        """``12 pacotes em 3,4 s: 8 importados, 1 já importado, …``."""
        parts = [f"{self.counts[IMPORTED]} importado(s)",
                 f"{self.counts[NEW_REVISION]} nova(s) revisão(ões)",
                 f"{self.counts[ALREADY]} já importado(s)",
                 f"{self.counts[PENDING_SIGNER]} pendente(s) de aprovação do assinante",
                 f"{self.counts[REJECTED]} rejeitado(s)"]
        seconds = f"{self.elapsed:.1f}".replace(".", ",")
        text_ = f"{self.total} pacote(s) em {seconds} s: " + ", ".join(parts) + "."
        if self.skipped:
            text_ += f" {skipped_text(self.skipped)}"
        return text_


def skipped_text(count: int) -> str:
    """``2 arquivo(s) ignorado(s) (não são .aspectos).``"""
    return f"{count} arquivo(s) ignorado(s) (não são {BUNDLE_SUFFIX})."


@dataclass(frozen=True)
class ImportProgress:
    """Reported after each bundle."""

    done: int
    total: int
    elapsed: float
    outcome: ImportOutcome

    @property
    def rate(self) -> float:
        """Bundles per second so far."""
        return self.done / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def remaining(self) -> float | None:
        """Estimated seconds left (None before the first bundle is done)."""
        if self.done <= 0 or self.elapsed <= 0:
            return None
        return max(self.total - self.done, 0) * self.elapsed / self.done


ProgressCallback = Callable[[ImportProgress], None]


class Rejection(Exception):
    """The bundle fails stage ``check``; ``message`` is pt-BR."""

    def __init__(self, check: str, message: str) -> None:
        super().__init__(message)
        self.check = check
        self.message = message


class _AlreadyImported(Exception):
    pass


# ---------------------------------------------------------------- content checks


@dataclass
class Prepared:
    """The rows of one verified bundle, ready to be written."""

    nucleo: dict[str, Any]
    assessment: dict[str, Any]
    answers: list[dict[str, Any]]
    attachments: list[dict[str, Any]]
    export_id: str
    theme_counts: list[dict[str, Any]]


def nucleo_key(cnes: str | None, municipio_code: int, name: str) -> str:
    """``cnes:<7 digits>`` when there is a CNES, else ``ibge:<município>:<slug of the name>``."""
    if cnes:
        return f"cnes:{cnes}"
    return f"ibge:{municipio_code}:{slugify(name)[:150]}"


def _date(raw: object, label: str) -> date:
    try:
        day = date.fromisoformat(str(raw))
    except ValueError:
        raise Rejection("semantic", f"Data inválida em {label}: “{raw}”.") from None
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise Rejection("semantic", f"Data fora do intervalo aceito em {label}: {day:%d/%m/%Y} "
                                    f"(aceito de {MIN_YEAR} a {MAX_YEAR}).")
    return day


def _moment(raw: object, label: str) -> datetime:
    try:
        moment = datetime.fromisoformat(str(raw).replace("Z", "+00:00"))
    except ValueError:
        raise Rejection("semantic", f"Data e hora inválidas em {label}: “{raw}”.") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    if not MIN_YEAR <= moment.year <= MAX_YEAR:
        raise Rejection("semantic", f"Data fora do intervalo aceito em {label}: "
                                    f"{moment:%d/%m/%Y}.")
    return moment


def _same_number(recorded: object, computed: Decimal | None) -> bool:
    if recorded is None or computed is None:
        return recorded is None and computed is None
    try:
        return Decimal(str(recorded)) == computed
    except InvalidOperation:
        return False


def _check_value(aspect_id: int, form: dict[str, Any], value: dict[str, Any],
                 attachment_shas: set[str]) -> None:
    """The value's shape fits the form (what the app itself can produce)."""
    kind = form["type"]

    def bad(detail: str) -> Rejection:
        return Rejection("semantic", f"Resposta inválida para a forma do aspecto {aspect_id}: "
                                     f"{detail}.")

    if kind == "scale":
        choice = value.get("choice")
        options = {option for option, _ in SCALES.get(str(form.get("scale")), [])}
        if choice is not None and choice not in options:
            raise bad(f"opção “{choice}” não existe na escala")
        checked = cast(list[str], value.get("checked") or [])
        if checked:
            keys = {str(item.get("key")) for item in cast(list[dict[str, Any]],
                                                          form.get("checklist") or [])}
            unknown = [k for k in checked if k not in keys]
            if unknown:
                raise bad("item(ns) de lista desconhecido(s): " + ", ".join(unknown[:5]))
    elif kind == "table":
        columns = len(cast(list[object], form.get("columns") or []))
        for row in cast(list[list[object]], value.get("rows") or []):
            if len(row) > columns:
                raise bad(f"linha com {len(row)} colunas (a tabela tem {columns})")
    elif kind == "attachment":
        for item in cast(list[dict[str, Any]], value.get("files") or []):
            if str(item.get("sha256")) not in attachment_shas:
                raise bad("anexo citado que não está no pacote")


def check_content(document: dict[str, Any], attachments: dict[str, bytes],
                  catalogues: dict[str, Catalogue]) -> Prepared:
    """Semantic checks of a schema-valid document; the rows to write, or Rejection."""
    from aspectos_desktop.store.errors import StoreError
    from aspectos_desktop.store.validation import nucleo_fields

    cat_info = document["catalogue"]
    catalogue = catalogues.get(cat_info["content_sha256"])
    if catalogue is None:
        known = ", ".join(sorted(f"versão {c.version}" for c in catalogues.values())) or "nenhum"
        raise Rejection("semantic", f"Catálogo desconhecido: a avaliação usa o catálogo versão "
                                    f"{cat_info['version']} (hash {cat_info['content_sha256'][:12]}…), "
                                    f"que esta central não conhece (conhecidos: {known}).")
    if cat_info["version"] != catalogue.version:
        raise Rejection("semantic", f"A versão do catálogo ({cat_info['version']}) não corresponde "
                                    f"ao seu conteúdo (que é o da versão {catalogue.version}).")

    raw_nucleo = {k: v for k, v in document["nucleo"].items() if k != "respondents"}
    try:
        nucleo = nucleo_fields(raw_nucleo)
    except StoreError as error:
        raise Rejection("semantic", f"Dados do núcleo inválidos: {error}") from None

    item = document["assessment"]
    if item["status"] not in ("finalizada", "exportada"):
        raise Rejection("semantic", "A avaliação não está finalizada: só avaliações finalizadas "
                                    "podem ser importadas.")
    start = _date(item["period_start"], "início do período")
    end = _date(item["period_end"], "fim do período")
    if end < start:
        raise Rejection("semantic", f"O fim do período ({end:%d/%m/%Y}) é anterior ao início "
                                    f"({start:%d/%m/%Y}).")
    created_at = _moment(item["created_at"], "criação da avaliação")
    finalized_at = (_moment(item["finalized_at"], "finalização da avaliação")
                    if item["finalized_at"] is not None else None)
    exported_at = _moment(document["export"]["created_at"], "data da exportação")
    monitor = cast(dict[str, Any] | None, item["monitor"])
    visit_date: date | None = None
    if item["kind"] == "visita":
        if monitor is None:
            raise Rejection("semantic", "Visita de monitoramento sem os dados do monitor.")
        if not str(monitor["name"] or "").strip():
            raise Rejection("semantic", "Visita de monitoramento sem o nome do(a) monitor(a).")
        if monitor["visit_date"] is None:
            raise Rejection("semantic", "Visita de monitoramento sem a data da visita.")
        visit_date = _date(monitor["visit_date"], "data da visita")
        exported_on = exported_at.date()  # in the offset the export time was written with
        if visit_date > exported_on:
            raise Rejection("semantic", f"A data da visita ({visit_date:%d/%m/%Y}) é posterior à "
                                        f"exportação do pacote ({exported_on:%d/%m/%Y}).")
    elif monitor is not None:
        raise Rejection("semantic", "Autoavaliação com dados de monitor (só visitas os têm).")
    revision = int(item["revision"])
    if (revision == 1 and item["parent_uuid"] is not None) or item["parent_uuid"] == item["uuid"]:
        raise Rejection("semantic", "Revisão da avaliação inconsistente com a avaliação de origem.")
    themes = cast(list[str], item["theme_slugs"])
    theme_names = {t.slug: t.name for t in catalogue.themes}
    unknown_themes = [slug for slug in themes if slug not in theme_names]
    if unknown_themes:
        raise Rejection("semantic", "Tema(s) desconhecido(s) no catálogo: "
                                    + ", ".join(unknown_themes[:5]) + ".")

    listed = cast(list[dict[str, Any]], document["attachments"])
    attachment_rows: list[dict[str, Any]] = []
    for entry in listed:
        data = attachments.get(entry["path"])
        if data is None or len(data) != entry["size"]:
            raise Rejection("semantic", f"O anexo {entry['path']} não confere com o tamanho "
                                        "registrado.")
        attachment_rows.append({"sha256": entry["sha256"], "mime": entry["mime"],
                                "size": len(data), "data": data})
    shas = {entry["sha256"] for entry in listed}

    rows: list[dict[str, Any]] = []
    seen: set[int] = set()
    for answer in cast(list[dict[str, Any]], document["answers"]):
        aspect_id = int(answer["aspect_id"])
        if aspect_id in seen:
            raise Rejection("semantic", f"O aspecto {aspect_id} aparece duas vezes nas respostas.")
        seen.add(aspect_id)
        aspect = catalogue.aspects.get(aspect_id)
        if aspect is None:
            raise Rejection("semantic", f"Aspecto desconhecido: o id {aspect_id} não existe no "
                                        f"catálogo versão {catalogue.version}.")
        if aspect.theme_slug not in themes:
            name = theme_names.get(aspect.theme_slug, aspect.theme_slug)
            raise Rejection("semantic", f"A resposta ao aspecto {aspect_id} é do tema “{name}”, "
                                        "fora do escopo declarado da avaliação.")
        form = aspect.form
        if answer["form_type"] != form["type"]:
            raise Rejection("semantic", f"Forma de resposta errada para o aspecto {aspect_id}: "
                                        f"“{answer['form_type']}” em vez de “{form['type']}”.")
        value = cast(dict[str, Any], answer["value"])
        _check_value(aspect_id, form, value, shas)
        verdict = check_answer(form, value)
        if (verdict.completion.value != answer["completion"]
                or not _same_number(answer["computed"], verdict.computed)):
            raise Rejection("semantic", f"A situação registrada da resposta ao aspecto {aspect_id} "
                                        f"(“{answer['completion']}”) não confere com o valor "
                                        f"(“{verdict.completion.value}”).")
        rows.append(_answer_row(form, value, answer, verdict.completion.value, verdict.computed))
    return Prepared(
        nucleo={"nucleo_key": nucleo_key(nucleo.cnes, nucleo.municipio_code, nucleo.name),
                "name": nucleo.name, "institution": nucleo.institution, "uf": nucleo.uf,
                "municipio_code": nucleo.municipio_code, "municipio_name": nucleo.municipio_name,
                "cnes": nucleo.cnes},
        assessment={"uuid": item["uuid"], "revision": revision, "parent_uuid": item["parent_uuid"],
                     "kind": item["kind"], "title": item["title"], "period_start": start,
                     "period_end": end, "theme_slugs": themes,
                     "catalogue_version": cat_info["version"],
                     "catalogue_hash": cat_info["content_sha256"],
                     "monitor_name": monitor["name"] if monitor else None,
                     "monitor_institution": monitor["institution"] if monitor else None,
                     "visit_date": visit_date, "finalized_at": finalized_at,
                     "created_at": created_at, "content_sha256": content_digest(document)},
        answers=rows,
        attachments=sorted(attachment_rows, key=lambda r: r["sha256"]),
        export_id=document["export"]["id"],
        theme_counts=theme_count_rows(catalogue, rows),
    )


def content_digest(document: dict[str, Any]) -> str:
    """SHA-256 (hex) of the assessment's own content in a schema-valid document: what one
    assessment uuid must always carry, whichever export it comes in.

    Sorted-key compact JSON (the same parsed data always gives the same bytes; ~5× faster
    than RFC 8785 here, and only this function ever compares the digests) of the
    catalogue, the assessment without its ``status`` (``finalizada`` or ``exportada``),
    the answers without what is derived from them (``completion``, ``computed``) and the
    attachments' SHA-256s, sorted. The export (id, time) and the núcleo (contacts,
    respondents) are not part of it: they may change between exports.
    """
    content = {
        "catalogue": document["catalogue"],
        "assessment": {k: v for k, v in document["assessment"].items() if k != "status"},
        "answers": [{k: v for k, v in answer.items() if k not in ("completion", "computed")}
                    for answer in cast(list[dict[str, Any]], document["answers"])],
        "attachments": sorted(str(entry["sha256"])
                              for entry in cast(list[dict[str, Any]], document["attachments"])),
    }
    canonical = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def theme_count_rows(catalogue: Catalogue, answers: list[dict[str, Any]]
                     ) -> list[dict[str, Any]]:
    """``central_theme_counts`` rows (without the assessment id) of one assessment's answer
    rows: how many per theme, completion and scale value; empty answers are not counted."""
    counts: Counter[tuple[str, str, str]] = Counter()
    for row in answers:
        if row["completion"] == Completion.EMPTY.value:
            continue
        theme = catalogue.aspects[row["aspect_id"]].theme_slug
        counts[(theme, row["completion"], row["choice"] or "")] += 1
    return [{"theme_slug": theme, "completion": completion, "choice": choice, "count": count}
            for (theme, completion, choice), count in sorted(counts.items())]


def _answer_row(form: dict[str, Any], value: dict[str, Any], answer: dict[str, Any],
                completion: str, computed: Decimal | None) -> dict[str, Any]:
    kind = form["type"]
    choice: str | None = None
    numerator: Decimal | None = None
    denominator: Decimal | None = None
    unit: str | None = None
    if kind == "scale":
        raw = value.get("choice")
        choice = raw if isinstance(raw, str) else None
    elif kind == "percent":
        unit = "%"
    elif kind == "indicator":
        unit = indicator_unit(form, value) or None
        if completion == "respondido" and computed is not None:
            numerator = parse_number(str(value.get("numerator") or ""))
            if form.get("has_denominator"):
                denominator = parse_number(str(value.get("denominator") or ""))
    return {"aspect_id": int(answer["aspect_id"]), "value": value,
            "comment": answer["comment"], "evidence": answer["evidence"],
            "completion": completion, "choice": choice, "numerator": numerator,
            "denominator": denominator, "computed": computed, "unit": unit}


# ------------------------------------------------------------------------ lineage


# Statements built once: executing the same statement object skips building SQL
# expressions and adapting cached result columns for every bundle.
_KNOWN_SHA: Final = (
    select(Bundle.export_id, Bundle.signer_fingerprint, CentralAssessment.uuid,
           CentralAssessment.revision, CentralAssessment.kind, CentralNucleo.name,
           CentralNucleo.nucleo_key)
    .join(CentralAssessment, CentralAssessment.id == Bundle.assessment_id)
    .join(CentralNucleo, CentralNucleo.id == CentralAssessment.nucleo_id)
    .where(Bundle.bundle_sha256 == bindparam("sha256")))
_DUPLICATE: Final = union_all(
    select(Bundle.id).where((Bundle.bundle_sha256 == bindparam("sha256"))
                            | (Bundle.export_id == bindparam("export_id"))),
    select(CentralAssessment.id).where(CentralAssessment.uuid == bindparam("uuid"))).limit(1)
# What is stored under this bundle's assessment uuid, and under its export id.
_SAME_IDS: Final = union_all(
    select(CentralAssessment.uuid, CentralAssessment.revision, CentralAssessment.content_sha256)
    .where(CentralAssessment.uuid == bindparam("uuid")),
    select(CentralAssessment.uuid, CentralAssessment.revision, CentralAssessment.content_sha256)
    .join(Bundle, Bundle.assessment_id == CentralAssessment.id)
    .where(Bundle.export_id == bindparam("export_id")))
_HEAD_REVISION: Final = (
    select(CentralAssessment.revision)
    .where(CentralAssessment.id == select(CentralAssessment.superseded_by_id)
           .where(CentralAssessment.id == bindparam("id")).scalar_subquery()))
_NUCLEO_ID: Final = select(CentralNucleo.id).where(CentralNucleo.nucleo_key == bindparam("key"))
_SET_SUPERSEDED: Final = (update(CentralAssessment)
                          .where(CentralAssessment.id == bindparam("member_id"))
                          .values(superseded_by_id=bindparam("head_id")))


def conflict_reason(conn: Connection, prepared: Prepared) -> str | None:
    """Why this bundle contradicts what is stored (pt-BR), or None when what is stored
    under its assessment uuid and export id is the same assessment with the same content
    (or content of unknown digest: imported before migration 0003)."""
    item = prepared.assessment
    digest = item.get("content_sha256")
    for row in conn.execute(_SAME_IDS, {"uuid": item["uuid"],
                                        "export_id": prepared.export_id}).all():
        if row.uuid != item["uuid"]:
            return (f"Conflito: a exportação {prepared.export_id[:8]}… já foi importada com outra "
                    f"avaliação ({row.uuid[:8]}…, revisão {row.revision}); o pacote não foi "
                    "aceito. Confira com o núcleo qual é a versão correta.")
        if row.content_sha256 is not None and digest is not None and row.content_sha256 != digest:
            claimed = (f" (este pacote diz revisão {item['revision']})"
                       if item["revision"] != row.revision else "")
            return (f"Conflito: a avaliação {row.uuid[:8]}… (revisão {row.revision}) já foi "
                    f"importada com conteúdo diferente deste pacote{claimed}; o pacote não foi "
                    "aceito. Confira com o núcleo qual é a versão correta.")
    return None


def refresh_lineages(conn: Connection, assessment_ids: Iterable[int], *,
                     new: dict[str, Any] | None = None) -> set[int]:
    """Recompute ``superseded_by_id`` in the lineages of ``assessment_ids``.

    ``new``: the assessment just inserted in this transaction (its lineage fields, plus
    ``nucleo_id``, ``kind`` and ``imported``), so that it is not read back.

    A lineage is the set of assessments of one núcleo and kind linked by
    ``parent_uuid``. Its head is the highest revision whose bundle is ``importado``;
    every other imported member, and every pending one of a lower revision, points at
    it. Returns the ids that became superseded now.
    """
    done: set[int] = set()
    newly: set[int] = set()
    for start in assessment_ids:
        if start in done:
            continue
        members = _lineage(conn, start, new if new is not None and new["id"] == start else None)
        done |= set(members)
        imported = [m for m in members.values() if m["imported"]]
        head = max(imported, key=lambda m: (m["revision"], m["id"])) if imported else None
        for member in members.values():
            wanted: int | None = None
            if head is not None and member["id"] != head["id"] and (
                    member["imported"] or member["revision"] < head["revision"]):
                wanted = head["id"]
            if member["superseded_by_id"] != wanted:
                conn.execute(_SET_SUPERSEDED, {"member_id": member["id"], "head_id": wanted})
                if member["superseded_by_id"] is None:
                    newly.add(member["id"])
    return newly


_LINEAGE_COLUMNS: Final = (
    CentralAssessment.id, CentralAssessment.uuid, CentralAssessment.parent_uuid,
    CentralAssessment.revision, CentralAssessment.superseded_by_id, CentralAssessment.nucleo_id,
    CentralAssessment.kind, Bundle.status)
_LINEAGE_BASE: Final = select(*_LINEAGE_COLUMNS).outerjoin(
    Bundle, Bundle.assessment_id == CentralAssessment.id)
_LINEAGE_START: Final = _LINEAGE_BASE.where(CentralAssessment.id == bindparam("start"))
_LINEAGE_SCOPE: Final = (CentralAssessment.nucleo_id == bindparam("nucleo_id"),
                         CentralAssessment.kind == bindparam("kind"))
_LINEAGE_CHILDREN: Final = _LINEAGE_BASE.where(
    *_LINEAGE_SCOPE, CentralAssessment.parent_uuid.in_(bindparam("uuids", expanding=True)))
_LINEAGE_NEIGHBOURS: Final = _LINEAGE_BASE.where(
    *_LINEAGE_SCOPE, CentralAssessment.parent_uuid.in_(bindparam("uuids", expanding=True))
    | CentralAssessment.uuid.in_(bindparam("parents", expanding=True)))


def _lineage(conn: Connection, start: int, known: dict[str, Any] | None = None
             ) -> dict[int, dict[str, Any]]:
    def as_dict(row: Any) -> dict[str, Any]:
        return {"id": row.id, "uuid": row.uuid, "parent_uuid": row.parent_uuid,
                "revision": row.revision, "superseded_by_id": row.superseded_by_id,
                "imported": row.status == BUNDLE_IMPORTED}

    if known is not None:
        first_member = {key: known[key] for key in ("id", "uuid", "parent_uuid", "revision",
                                                    "superseded_by_id", "imported")}
        scope = {"nucleo_id": known["nucleo_id"], "kind": known["kind"]}
    else:
        first = conn.execute(_LINEAGE_START, {"start": start}).first()
        if first is None:
            return {}
        first_member = as_dict(first)
        scope = {"nucleo_id": first.nucleo_id, "kind": first.kind}
    members = {start: first_member}
    frontier = [first_member]
    for _ in range(MAX_LINEAGE_STEPS):
        if not frontier:
            break
        uuids = [m["uuid"] for m in frontier]
        parents = [m["parent_uuid"] for m in frontier if m["parent_uuid"]]
        if parents:
            found = conn.execute(_LINEAGE_NEIGHBOURS,
                                 {**scope, "uuids": uuids, "parents": parents}).all()
        else:
            found = conn.execute(_LINEAGE_CHILDREN, {**scope, "uuids": uuids}).all()
        frontier = list[dict[str, Any]]()
        for row in found:
            if row.id not in members:
                members[row.id] = as_dict(row)
                frontier.append(members[row.id])
    return members


# ----------------------------------------------------------------------- files


def iter_bundle_files(paths: Iterable[Path], skipped: Callable[[Path], None] | None = None
                      ) -> Iterator[Path]:
    """Files given as such (whatever their name) and ``*.aspectos`` found in folders
    (recursively, sorted, lazily; links to folders are not followed). ``skipped`` is
    called with each other file found in the folders (hidden files aside)."""
    for path in paths:
        path = Path(path)
        if not path.is_dir():
            yield path
            continue
        for folder, dirs, files in os.walk(path):
            dirs.sort()
            for name in sorted(files):
                if name.startswith("."):
                    continue
                if name.lower().endswith(BUNDLE_SUFFIX):
                    yield Path(folder) / name
                elif skipped is not None:
                    skipped(Path(folder) / name)


def count_bundle_files(paths: Iterable[Path]) -> int:
    return sum(1 for _ in iter_bundle_files(paths))


def count_files(paths: Iterable[Path]) -> tuple[int, int]:
    """(bundles, other files skipped) under ``paths``, as ``iter_bundle_files`` finds them."""
    others = [0]

    def skip(_path: Path) -> None:
        others[0] += 1

    return sum(1 for _ in iter_bundle_files(paths, skip)), others[0]


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


# ------------------------------------------------------------- checks without the DB


@dataclass(frozen=True)
class Examined:
    """What the checks that need no database found in one file. Plain data, so that a
    worker process can hand it back: the signer and chain as DER."""

    path: Path
    sha256: str | None = None
    size: int = 0
    prepared: Prepared | None = None
    signer_der: bytes | None = None
    chain_der: tuple[bytes, ...] = ()
    rejection: tuple[str, str] | None = None  # (check, pt-BR message)
    known: bool | None = None  # ``skip`` said: already imported / not; None: not asked


UNEXPECTED: Final = "erro inesperado ao examinar o pacote ({name}); nada foi gravado."


def examine(path: Path, limits: Limits | None, catalogues: dict[str, Catalogue], *,
            skip: Callable[[str], bool] | None = None) -> Examined:
    """Stages 1–5 (file, zip, manifest, signatures, schema, semantics) of one file. Never
    raises for a bad file. ``skip(sha256)`` (a database lookup, whose errors propagate)
    true: stop right after hashing — the file was imported before."""
    path = Path(path)
    sha256: str | None = None
    try:
        size = path.stat().st_size
        if path.is_file() and size <= (limits or Limits.current()).max_file_size:
            sha256 = file_sha256(path)
    except OSError as error:
        reason = ("Arquivo não encontrado." if isinstance(error, FileNotFoundError)
                  else f"Não foi possível ler o arquivo ({error.strerror or error}).")
        return Examined(path, rejection=("file", reason))
    known: bool | None = None
    if sha256 is not None and skip is not None:
        known = skip(sha256)
        if known:
            return Examined(path, sha256, known=True)
    try:
        checked = check_bundle(path, limits=limits, stop_at_first=True, keep_attachments=True,
                               pdf_check="direct")
        if not checked.ok or checked.document is None or checked.signer is None:
            failed = checked.report.failed()
            raise Rejection(failed.name if failed else "file",
                            failed.message if failed else "pacote inválido.")
        if sha256 is None:
            sha256 = file_sha256(path)
        prepared = check_content(checked.document, checked.attachments, catalogues)
        return Examined(path, sha256, checked.size, prepared,
                        checked.signer.public_bytes(Encoding.DER),
                        tuple(c.public_bytes(Encoding.DER) for c in checked.certificates),
                        known=known)
    except Rejection as rejection:
        return Examined(path, sha256, rejection=(rejection.check, rejection.message),
                        known=known)
    except Exception as error:  # a bug must not stop a batch of 5,570 bundles
        return Examined(path, sha256, rejection=("file", UNEXPECTED.format(
            name=type(error).__name__)), known=known)


# Verification is CPU-bound and independent per bundle; writing is one transaction per
# bundle in order. From this many bundles on, worker processes examine them while this
# process writes (starting a worker costs about a third of a second).
PARALLEL_MIN_BUNDLES: Final = 64
MAX_WORKERS: Final = 8
BATCH: Final = 8  # bundles per task: fewer hand-offs through the pool's threads
WINDOW_PER_WORKER: Final = 3  # tasks in flight per worker: bounded memory

_worker_state: dict[str, Any] = {}
# Test hook: a worker examining a file of this name dies (os._exit), as if killed.
WORKER_DIES_ON_ENV: Final = "ASPECTOS_TEST_WORKER_DIES_ON"


def _worker_init(limits: Limits | None, catalogues: dict[str, Catalogue] | None) -> None:
    if catalogues is None:
        from aspectos_desktop.resources import load_catalogue

        catalogue = load_catalogue()
        catalogues = {catalogue.content_hash: catalogue}
    _worker_state.update(limits=limits, catalogues=catalogues)


def _worker_examine(paths: tuple[Path, ...]) -> list[Examined]:
    found: list[Examined] = []
    for path in paths:
        if os.environ.get(WORKER_DIES_ON_ENV) == Path(path).name:
            os._exit(70)
        found.append(examine(path, _worker_state["limits"], _worker_state["catalogues"]))
    return found


def default_workers() -> int:
    """Worker processes for a large import: one per available core (at most 8); 0 on a
    single core (the importer then examines in its own process)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return 0 if cores < 2 else min(cores, MAX_WORKERS)


def _examine_in_pool(files: Iterator[Path], workers: int, limits: Limits | None,
                     catalogues: dict[str, Catalogue] | None,
                     fallback: Callable[[Path], Examined]) -> Iterator[Examined]:
    """``examine`` of every file, in order, by ``workers`` processes (spawned: safe from a
    thread of a Qt application), ``BATCH`` files a task, at most ``workers ×
    WINDOW_PER_WORKER`` tasks in flight. If the pool breaks (a worker killed), what was
    not handed back yet is examined here by ``fallback``."""
    import multiprocessing
    from collections import deque
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_worker_init, initargs=(limits, catalogues))
    window: deque[tuple[tuple[Path, ...], Future[list[Examined]]]] = deque()
    unsent: tuple[Path, ...] = ()  # taken from ``files``, not yet in the window
    try:
        try:
            while batch := tuple(itertools.islice(files, BATCH)):
                unsent = batch
                window.append((batch, pool.submit(_worker_examine, batch)))
                unsent = ()
                if len(window) >= workers * WINDOW_PER_WORKER:
                    yield from window[0][1].result()
                    window.popleft()
            while window:
                yield from window[0][1].result()
                window.popleft()
        except BrokenProcessPool:
            rest = [path for batch, _future in window for path in batch] + list(unsent)
            window.clear()
            for path in itertools.chain(rest, files):
                yield fallback(path)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


# ------------------------------------------------------------------------ importer


class Importer:
    """Imports bundles into ``db`` on behalf of ``actor`` (see the module docstring)."""

    def __init__(self, db: CentralDB, *, actor: str, quarantine_dir: Path | None = None,
                 anchors: TrustAnchors | None = None, ca_files: Sequence[Path] = (),
                 catalogues: dict[str, Catalogue] | None = None,
                 limits: Limits | None = None, workers: int | None = None) -> None:
        """``workers``: processes that examine bundles during ``import_paths`` (None: one
        per core for ``PARALLEL_MIN_BUNDLES`` bundles or more; 0 or 1: none)."""
        self.db = db
        self.workers = workers
        self.actor = actor.strip() or "?"
        self.quarantine_dir = Path(quarantine_dir) if quarantine_dir else db.default_quarantine_dir
        self.anchors = anchors if anchors is not None else TrustAnchors.for_db(db, ca_files)
        self._catalogues = catalogues
        self.limits = limits

    @property
    def catalogues(self) -> dict[str, Catalogue]:
        if self._catalogues is None:
            from aspectos_desktop.resources import load_catalogue

            catalogue = load_catalogue()
            self._catalogues = {catalogue.content_hash: catalogue}
        return self._catalogues

    # -- one bundle

    def import_bundle(self, path: Path) -> ImportOutcome:
        """Import one file; never raises for a bad bundle (CentralError if the DB fails)."""
        return self.finish(examine(path, self.limits, self.catalogues,
                                   skip=lambda sha256: self._known_sha(sha256) is not None))

    def finish(self, examined: Examined) -> ImportOutcome:
        """Stage 6 for an examined file: "já importado", its rejection, or the write."""
        path, sha256 = examined.path, examined.sha256
        try:
            # Was this very file imported before? Asked here only when ``examine`` did not
            # ask (a worker has no database) and only if it matters: the file failed a check
            # now, or the write finds the bundle already there.
            if examined.known or (examined.known is None and examined.rejection is not None):
                known = self._known_sha(sha256) if sha256 is not None else None
                if sha256 is not None and known is not None:
                    return self._already(path, sha256, known,
                                         "este mesmo arquivo já foi importado.")
            if examined.rejection is not None:
                raise Rejection(*examined.rejection)
            if examined.prepared is None or examined.signer_der is None or sha256 is None:
                raise Rejection("file", "pacote inválido.")
            signer = x509.load_der_x509_certificate(examined.signer_der)
            chain = [x509.load_der_x509_certificate(der) for der in examined.chain_der]
            return self._write(path, sha256, examined.size, examined.prepared, signer, chain,
                               ask_known=examined.known is None)
        except Rejection as rejection:
            return self._reject(path, sha256, rejection)
        except CentralError:
            raise
        except SQLAlchemyError as error:
            raise CentralError(f"Falha no banco central ao importar “{path.name}”: "
                               f"{str(getattr(error, 'orig', None) or error).strip()}") from None
        except Exception as error:  # a bug must not stop a batch of 5,570 bundles
            return self._reject(path, sha256, Rejection(
                "file", UNEXPECTED.format(name=type(error).__name__)))

    def _known_sha(self, sha256: str) -> dict[str, Any] | None:
        """What is known of an already imported file with this SHA-256, or None."""
        try:
            with self.db.engine.connect() as conn:
                found = conn.execute(_KNOWN_SHA, {"sha256": sha256}).first()
                conn.rollback()
        except SQLAlchemyError as error:
            raise CentralError("Falha no banco central ao procurar um pacote já importado: "
                               f"{str(getattr(error, 'orig', None) or error).strip()}") from None
        if found is None:
            return None
        return {"bundle_sha256": sha256, "nucleo_name": found.name, "nucleo_key": found.nucleo_key,
                "export_id": found.export_id, "assessment_uuid": found.uuid,
                "revision": found.revision, "kind": found.kind,
                "signer_fingerprint": found.signer_fingerprint}

    def _write(self, path: Path, sha256: str, size: int, prepared: Prepared, signer: Any,
               chain: Sequence[Any], *, ask_known: bool = False) -> ImportOutcome:
        fp = fingerprint(signer)
        now = utcnow()
        item = prepared.assessment
        nucleo = prepared.nucleo
        details: dict[str, object] = {
            "arquivo": path.name, "sha256": sha256, "export_id": prepared.export_id,
            "nucleo": nucleo["nucleo_key"], "nucleo_nome": nucleo["name"],
            "avaliacao": item["uuid"], "revisao": item["revision"]}
        common: dict[str, Any] = {
            "bundle_sha256": sha256, "nucleo_name": nucleo["name"],
            "nucleo_key": nucleo["nucleo_key"], "export_id": prepared.export_id,
            "assessment_uuid": item["uuid"], "revision": item["revision"], "kind": item["kind"],
            "signer_fingerprint": fp}
        try:
            with self.db.write() as conn:
                if conn.dialect.name == "postgresql":
                    # One importer at a time per núcleo: keeps lineages and keys consistent.
                    conn.execute(text("SELECT pg_advisory_xact_lock(hashtext(:key))"),
                                 {"key": nucleo["nucleo_key"]})
                # A núcleo created by this transaction has no assessment, bundle, signer
                # or lineage yet: those lookups are skipped for it.
                nucleo_id = insert_ignore_returning_id(conn, CentralNucleo,
                                                       {**nucleo, "created_at": now})
                new_nucleo = nucleo_id is not None
                if nucleo_id is None:
                    if self._duplicate(conn, sha256, prepared):
                        self._raise_existing(conn, prepared)
                    nucleo_id = conn.execute(_NUCLEO_ID,
                                             {"key": nucleo["nucleo_key"]}).scalar_one()
                decision = decide_trust(conn, nucleo_id=nucleo_id, certificate=signer,
                                        chain=chain, anchors=self.anchors, actor=self.actor,
                                        now=now, details=details, new_nucleo=new_nucleo)
                insert_ignore(conn, Attachment, prepared.attachments)
                assessment_id = insert_ignore_returning_id(conn, CentralAssessment,
                                                           {**item, "nucleo_id": nucleo_id})
                if assessment_id is None:
                    self._raise_existing(conn, prepared)
                if prepared.answers:
                    conn.execute(insert(CentralAnswer),
                                 [{**row, "assessment_id": assessment_id}
                                  for row in prepared.answers])
                if prepared.theme_counts:
                    conn.execute(insert(CentralThemeCount),
                                 [{**row, "assessment_id": assessment_id}
                                  for row in prepared.theme_counts])
                bundle_row = {
                    "bundle_sha256": sha256, "export_id": prepared.export_id,
                    "filename": path.name[:255], "size": size, "imported_at": now,
                    "imported_by": self.actor, "signer_fingerprint": fp,
                    "assessment_id": assessment_id, "status": decision.bundle_status}
                if not insert_ignore(conn, Bundle, bundle_row):
                    self._raise_existing(conn, prepared)
                changed = set[int]() if new_nucleo else refresh_lineages(
                    conn, [assessment_id], new={
                        "id": assessment_id, "uuid": item["uuid"],
                        "parent_uuid": item["parent_uuid"], "revision": item["revision"],
                        "superseded_by_id": None,
                        "imported": decision.bundle_status == BUNDLE_IMPORTED,
                        "nucleo_id": nucleo_id, "kind": item["kind"]})
                superseded = changed - {assessment_id}
                # An older revision arriving after a newer one goes straight to history.
                head_revision: int | None = (
                    conn.execute(_HEAD_REVISION, {"id": assessment_id}).scalar()
                    if assessment_id in changed else None)
                status: Status = IMPORTED
                if decision.bundle_status == BUNDLE_PENDING:
                    status = PENDING_SIGNER
                elif superseded:
                    status = NEW_REVISION
                audit(conn, self.actor, "importar", {
                    **details, "assinante": fp, "situacao": decision.bundle_status,
                    "resultado": status, "substitui": sorted(superseded),
                    "aprovacao_automatica": decision.approval}, at=now)
        except _AlreadyImported:
            known = self._known_sha(sha256) if ask_known else None
            if known is not None:
                return self._already(path, sha256, known, "este mesmo arquivo já foi importado.")
            return self._already(path, sha256, common, "esta avaliação (ou exportação) já está "
                                                       "no banco central.")
        except IntegrityError:  # a concurrent importer won the race: what did it store?
            conflict = self._conflict_now(prepared)
            if conflict is not None:
                raise Rejection("conflict", conflict) from None
            return self._already(path, sha256, common, "esta avaliação (ou exportação) já está "
                                                       "no banco central.")
        except SignerRevoked as revoked:
            raise Rejection("trust", revoked.message[0].upper() + revoked.message[1:]) from None
        if status == PENDING_SIGNER:
            reason = decision.message
        elif status == NEW_REVISION:
            reason = f"revisão {item['revision']} substitui a anterior (mantida no histórico)."
        elif head_revision is not None:
            reason = (f"revisão {item['revision']} importada para o histórico; a revisão "
                      f"{head_revision}, mais recente, continua a atual."
                      if head_revision > item["revision"] else
                      f"revisão {item['revision']} importada para o histórico; outra revisão "
                      f"{head_revision} da mesma avaliação continua a atual.")
            if decision.flagged:
                reason = f"{decision.message} {reason}"
        else:
            reason = decision.message if decision.flagged else IMPORTED_REASON
        return ImportOutcome(path=path, status=status, reason_ptbr=reason,
                             flagged=decision.flagged, **common)

    def _raise_existing(self, conn: Connection, prepared: Prepared) -> NoReturn:
        """The bundle (or its assessment, or its export) is already stored: Rejection
        ``conflict`` if with other content, else _AlreadyImported."""
        conflict = conflict_reason(conn, prepared)
        if conflict is not None:
            raise Rejection("conflict", conflict)
        raise _AlreadyImported

    def _conflict_now(self, prepared: Prepared) -> str | None:
        """``conflict_reason`` in a transaction of its own (after a lost race)."""
        try:
            with self.db.engine.connect() as conn:
                found = conflict_reason(conn, prepared)
                conn.rollback()
        except SQLAlchemyError as error:
            raise CentralError("Falha no banco central ao conferir um pacote já importado: "
                               f"{str(getattr(error, 'orig', None) or error).strip()}") from None
        return found

    def _duplicate(self, conn: Connection, sha256: str, prepared: Prepared) -> bool:
        return conn.execute(_DUPLICATE, {"sha256": sha256, "export_id": prepared.export_id,
                                         "uuid": prepared.assessment["uuid"]}).first() is not None

    def _already(self, path: Path, sha256: str, common: dict[str, Any] | None,
                 reason: str) -> ImportOutcome:
        with self.db.write() as conn:
            audit(conn, self.actor, "ja_importado", {"arquivo": path.name, "sha256": sha256,
                                                     **({"export_id": common["export_id"]}
                                                        if common else {})})
        return ImportOutcome(path=path, status=ALREADY, reason_ptbr=reason,
                             **(common or {"bundle_sha256": sha256}))

    # -- rejection

    def _reject(self, path: Path, sha256: str | None, rejection: Rejection) -> ImportOutcome:
        now = utcnow()
        copy, note = self._quarantine(path, sha256, rejection, now)
        try:
            with self.db.write() as conn:
                audit(conn, self.actor, "rejeitar", {
                    "arquivo": str(path.absolute()), "sha256": sha256, "etapa": rejection.check,
                    "motivo": rejection.message,
                    "quarentena": str(copy) if copy else None,
                    **({"quarentena_erro": note} if note else {})}, at=now)
        except SQLAlchemyError as error:
            raise CentralError(f"Falha no banco central ao registrar a rejeição de "
                               f"“{path.name}”: {str(getattr(error, 'orig', None) or error).strip()}"
                               ) from None
        return ImportOutcome(path=path, status=REJECTED, reason_ptbr=rejection.message,
                             bundle_sha256=sha256, check=rejection.check, quarantine_path=copy)

    def _quarantine(self, path: Path, sha256: str | None, rejection: Rejection,
                    now: datetime) -> tuple[Path | None, str | None]:
        """Copy the file into quarantine with its ``.motivo.txt``; (copy, error note)."""
        stamp = now.strftime("%Y%m%d-%H%M%S")
        name = path.name or "pacote"
        try:
            self.quarantine_dir.mkdir(parents=True, exist_ok=True)
            target = self.quarantine_dir / f"{stamp}-{name}"
            counter = 2
            while target.exists() or target.with_name(target.name + REASON_SUFFIX).exists():
                target = self.quarantine_dir / f"{stamp}-{counter}-{name}"
                counter += 1
        except OSError as error:
            return None, f"pasta de quarentena inacessível: {error.strerror or error}"
        copied = True
        note: str | None = None
        try:
            shutil.copyfile(path, target)
        except OSError as error:
            copied = False
            note = f"não foi possível copiar o arquivo: {error.strerror or error}"
            with contextlib.suppress(OSError):
                target.unlink()
        report = target.with_name(target.name + REASON_SUFFIX)
        label = STAGE_LABELS.get(rejection.check, rejection.check)
        try:
            size = f"{path.stat().st_size} bytes"
        except OSError:
            size = "desconhecido"
        lines = [
            "Pacote REJEITADO pela importação central do Aspectos",
            "",
            f"Arquivo original: {path.absolute()}",
            f"Cópia em quarentena: {target.name if copied else '(não copiado: ' + str(note) + ')'}",
            f"Tamanho: {size}",
            f"SHA-256: {sha256 or 'não calculado'}",
            f"Etapa que falhou: {label}",
            f"Motivo: {rejection.message}",
            f"Quando: {now:%d/%m/%Y %H:%M:%S} UTC ({now.isoformat(timespec='seconds')})",
            f"Quem importou: {self.actor}",
            f"Banco central: {self.db.display_url}",
            "",
            "Nada deste pacote foi gravado no banco central. Peça ao núcleo que exporte a "
            "avaliação de novo, ou examine o arquivo com: aspectos verify ARQUIVO",
            "",
        ]
        try:
            report.write_text("\n".join(lines), encoding="utf-8")
        except OSError as error:
            note = (note + "; " if note else "") + f"motivo não gravado: {error.strerror or error}"
        return (target if copied else None), note

    # -- many bundles

    def import_paths(self, paths: Iterable[Path], progress: ProgressCallback | None = None,
                     ) -> ImportSummary:
        """Import every bundle under ``paths`` (files and folders, recursively)."""
        paths = [Path(p) for p in paths]
        total, skipped = count_files(paths)
        summary = ImportSummary(skipped=skipped)
        started = time.monotonic()
        workers = self.workers
        if workers is None:
            workers = default_workers() if total >= PARALLEL_MIN_BUNDLES else 0
        files = iter_bundle_files(paths)
        examined: Iterator[Examined]
        if workers > 1:
            summary.workers = workers
            examined = _examine_in_pool(
                files, workers, self.limits, self._catalogues,
                fallback=lambda path: examine(path, self.limits, self.catalogues))
        else:
            examined = (examine(path, self.limits, self.catalogues,
                                skip=lambda sha256: self._known_sha(sha256) is not None)
                        for path in files)
        for done, item in enumerate(examined, start=1):
            outcome = self.finish(item)
            summary.add(outcome)
            summary.elapsed = time.monotonic() - started
            if progress is not None:
                progress(ImportProgress(done, max(total, done), summary.elapsed, outcome))
        summary.elapsed = time.monotonic() - started
        return summary


def import_bundle(db: CentralDB, path: Path, *, actor: str, quarantine_dir: Path | None = None,
                  anchors: TrustAnchors | None = None, ca_files: Sequence[Path] = (),
                  limits: Limits | None = None) -> ImportOutcome:
    """Import one bundle (see ``Importer``)."""
    return Importer(db, actor=actor, quarantine_dir=quarantine_dir, anchors=anchors,
                    ca_files=ca_files, limits=limits).import_bundle(path)


def import_paths(db: CentralDB, paths: Iterable[Path], *, actor: str,
                 quarantine_dir: Path | None = None, progress: ProgressCallback | None = None,
                 anchors: TrustAnchors | None = None, ca_files: Sequence[Path] = (),
                 limits: Limits | None = None) -> ImportSummary:
    """Import every bundle under ``paths`` (see ``Importer``)."""
    return Importer(db, actor=actor, quarantine_dir=quarantine_dir, anchors=anchors,
                    ca_files=ca_files, limits=limits).import_paths(paths, progress)
