"""The exported assessment document (``assessment.json``): build, validate, serialise.

Qt-free. ``build_document`` gathers one whole assessment from the store (current
answers only, no history) into plain JSON data; ``canonical_json`` serialises it with
RFC 8785 (JCS), so the same document always gives the same bytes and the same hash;
``validate_document`` checks it against ``schema/assessment-v1.schema.json``.
"""

from __future__ import annotations

import contextlib
import copy
import json
import os
import tempfile
import uuid
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Final, cast

import fastjsonschema  # pyright: ignore[reportMissingTypeStubs]
import rfc8785
from jsonschema import Draft202012Validator, ValidationError

from aspectos_desktop import __version__
from aspectos_desktop.answers import check_answer
from aspectos_desktop.catalogue.model import Catalogue
from aspectos_desktop.store import Store, StoreError

SCHEMA_VERSION: Final = 1
SCHEMA_RESOURCE: Final = "schema/assessment-v1.schema.json"
INSTALLATION_ID_FILENAME: Final = "installation_id"
DOCUMENT_MEMBER: Final = "assessment.json"

# Extensions by MIME type, for attachment member names; then the filename's own.
_MIME_EXTENSIONS: Final = {
    "image/png": "png",
    "image/jpeg": "jpg",
    "application/pdf": "pdf",
    "image/gif": "gif",
    "image/webp": "webp",
    "text/plain": "txt",
    "text/csv": "csv",
}

Document = dict[str, Any]


class DocumentError(Exception):
    """The assessment cannot be turned into a document; ``message`` is pt-BR."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


# ------------------------------------------------------------------------ formatting


def iso_datetime(moment: datetime) -> str:
    """RFC 3339 UTC with whole seconds: ``2026-05-12T14:03:00Z``."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _iso_date(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _decimal_text(number: Decimal | None) -> str | None:
    if number is None:
        return None
    text = format(number, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def attachment_extension(filename: str, mime: str) -> str:
    """A short lower-case extension for an attachment member ("png", "pdf", … or "bin")."""
    known = _MIME_EXTENSIONS.get(mime.strip().lower())
    if known:
        return known
    suffix = Path(filename).suffix.lower().lstrip(".")
    if suffix and len(suffix) <= 5 and suffix.isascii() and suffix.isalnum():
        return "jpg" if suffix == "jpeg" else suffix
    return "bin"


def attachment_path(sha256: str, filename: str, mime: str) -> str:
    return f"attachments/{sha256}.{attachment_extension(filename, mime)}"


def canonical_json(document: Mapping[str, Any]) -> bytes:
    """RFC 8785 (JCS) bytes: sorted keys, no spaces, UTF-8, canonical numbers."""
    return rfc8785.dumps(cast(Any, document))


# ------------------------------------------------------------------- installation id


def installation_id(data_dir: Path) -> str:
    """This installation's UUID, created once and kept in ``<data dir>/installation_id``."""
    path = Path(data_dir) / INSTALLATION_ID_FILENAME
    with contextlib.suppress(FileNotFoundError):
        text = path.read_text(encoding="ascii").strip()
        with contextlib.suppress(ValueError):
            return str(uuid.UUID(text))
    new = str(uuid.uuid4())
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=".installation_id.", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="ascii") as handle:
                handle.write(new + "\n")
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise
    except OSError:
        raise DocumentError(
            f"Não foi possível gravar o identificador da instalação em “{path}”. "
            "Verifique se a pasta dos dados permite gravação.") from None
    return new


# ------------------------------------------------------------------------- the schema


@cache
def schema() -> dict[str, Any]:
    """The JSON Schema of ``assessment.json`` (version 1)."""
    text = resources.files("aspectos_desktop.export").joinpath(SCHEMA_RESOURCE).read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


_LOCAL_REF: Final = "#/$defs/"


class _NotInlinable(Exception):
    pass


def _inline_refs(node: Any, defs: Mapping[str, Any], trail: tuple[str, ...] = ()) -> Any:
    """``node`` with each ``{"$ref": "#/$defs/NAME"}`` replaced by that definition.

    Only plain local references are inlined; anything else (a ``$ref`` with sibling
    keywords, another target, a recursive definition) raises ``_NotInlinable``.
    """
    if isinstance(node, list):
        return [_inline_refs(item, defs, trail) for item in cast(list[Any], node)]
    if not isinstance(node, dict):
        return node
    mapping = cast(dict[str, Any], node)
    if "$ref" in mapping:
        ref = mapping["$ref"]
        name = ref[len(_LOCAL_REF):] if isinstance(ref, str) and ref.startswith(_LOCAL_REF) else ""
        if len(mapping) != 1 or name not in defs or "/" in name or name in trail:
            raise _NotInlinable(ref)
        return _inline_refs(defs[name], defs, (*trail, name))
    return {key: _inline_refs(value, defs, trail) for key, value in mapping.items()}


@cache
def _flat_schema() -> dict[str, Any] | None:
    """``schema()`` with its local references inlined, or None when it cannot be."""
    original = schema()
    try:
        flat: dict[str, Any] = _inline_refs(original, cast(dict[str, Any],
                                                            original.get("$defs", {})))
    except _NotInlinable:
        return None
    flat.pop("$defs", None)
    return flat


@cache
def _validator() -> Draft202012Validator:
    """The reference validator (jsonschema), on the schema with its local references
    inlined: the same rules and messages, without a ``$ref`` resolved for every answer."""
    return Draft202012Validator(_flat_schema() or schema(),
                                format_checker=Draft202012Validator.FORMAT_CHECKER)


# The formats the schema uses, checked exactly as the reference validator checks them.
_FORMATS: Final = ("email", "uuid", "date", "date-time")


_NAME_MAPS: Final = ("properties", "patternProperties", "$defs", "definitions")


def _const_as_enum(node: Any, names: bool = False) -> Any:
    """``node`` with each ``"const": X`` keyword written ``"enum": [X]`` (the same rule):
    fastjsonschema 2.22 cannot compile ``const`` with ``detailed_exceptions=False``.
    ``names``: ``node`` maps property names (not keywords) to schemas."""
    if isinstance(node, list):
        return [_const_as_enum(item) for item in cast(list[Any], node)]
    if not isinstance(node, dict):
        return node
    mapping = cast(dict[str, Any], node)
    if names:
        return {key: _const_as_enum(value) for key, value in mapping.items()}
    out = {key: _const_as_enum(value, names=key in _NAME_MAPS)
           for key, value in mapping.items() if key != "const"}
    if "const" in mapping:
        if "enum" in out:
            out["allOf"] = [*out.get("allOf", []), {"enum": [mapping["const"]]}]
        else:
            out["enum"] = [mapping["const"]]
    return out


@cache
def _fast_validator() -> Any:
    """The schema compiled to Python by fastjsonschema (about 10× faster than jsonschema
    walking it), or None. The schema uses only keywords whose meaning draft-07 shares with
    2020-12 (``$defs`` are reached by JSON pointer), and each ``format`` is delegated to
    jsonschema's own checker, so both accept the same documents
    (tests/test_fast_checks_agree.py). The references stay: each definition becomes its own
    small function, which keeps fastjsonschema's failed ``if`` branches cheap."""
    if _flat_schema() is None:  # something beyond plain local references
        return None
    checker = Draft202012Validator.FORMAT_CHECKER

    def format_check(name: str) -> Callable[[object], bool]:
        return lambda value: checker.conforms(value, name)

    formats = {name: format_check(name) for name in _FORMATS}
    draft07 = {**_const_as_enum(schema()), "$schema": "http://json-schema.org/draft-07/schema#"}
    return fastjsonschema.compile(draft07, formats=formats, detailed_exceptions=False)


def schema_errors(document: object, limit: int = 5) -> list[str]:
    """Up to ``limit`` readable schema violations (``path: message``); [] when valid.

    A valid document is confirmed by the compiled validator alone; an invalid one is
    described by jsonschema, whose messages name every violation and its path.
    """
    fast: Any = _fast_validator()
    fast_message: str | None = None
    if fast is not None:
        try:
            fast(document)
            return []
        except fastjsonschema.JsonSchemaValueException as error:
            fast_message = f"{error.name}: {error.message}"
        except Exception:  # anything unexpected: the reference validator decides alone
            fast_message = None
    found: list[str] = []
    validator: Any = _validator()
    errors: list[ValidationError] = list(validator.iter_errors(document))
    for error in sorted(errors, key=lambda e: [str(p) for p in e.absolute_path]):
        where = "/".join(str(p) for p in error.absolute_path) or "(raiz)"
        found.append(f"{where}: {error.message}")
        if len(found) >= limit:
            break
    if not found and fast_message is not None:
        found.append(fast_message)  # stricter than the reference: still refused
    return found


def validate_document(document: object) -> None:
    """Raise DocumentError when ``document`` does not follow the schema."""
    errors = schema_errors(document)
    if errors:
        raise DocumentError("Os dados da avaliação não seguem o formato de exportação "
                            "(assessment-v1): " + "; ".join(errors))


# ------------------------------------------------------------------------ the builder


def build_document(store: Store, catalogue: Catalogue, assessment_id: int, *, export_id: str,
                   installation_id: str, created_at: datetime) -> Document:
    """The whole assessment ``assessment_id`` as plain JSON data (see the schema)."""
    try:
        assessment = store.get_assessment(assessment_id)
        nucleo = store.get_nucleo(assessment.nucleo_id)
        respondents = store.list_respondents(nucleo.id)
        answers = store.answers(assessment_id)
    except StoreError as error:
        raise DocumentError(error.message) from None
    if assessment.catalogue_hash != catalogue.content_hash:
        raise DocumentError(
            f"Esta avaliação foi respondida com o catálogo versão {assessment.catalogue_version}, "
            f"diferente do catálogo deste aplicativo (versão {catalogue.version}). "
            "Exporte-a com a versão do aplicativo em que foi respondida.")
    parent_uuid: str | None = None
    if assessment.parent_id is not None:
        with contextlib.suppress(StoreError):
            parent_uuid = store.get_assessment(assessment.parent_id).uuid
    monitor: dict[str, Any] | None = None
    if assessment.kind == "visita":
        monitor = {
            "name": assessment.monitor_name,
            "institution": assessment.monitor_institution,
            "visit_date": _iso_date(assessment.visit_date),
        }

    answer_items: list[dict[str, Any]] = []
    attachment_ids: dict[str, None] = {}
    for aspect_id in sorted(answers):
        answer = answers[aspect_id]
        try:
            form = catalogue.aspect(aspect_id).form
        except KeyError:
            raise DocumentError(
                f"A resposta ao aspecto {aspect_id} não corresponde a nenhum aspecto do "
                "catálogo.") from None
        value: dict[str, Any] = copy.deepcopy(dict(answer.value or {}))
        check = check_answer(form, value)
        if form["type"] == "attachment":
            for item in cast(list[dict[str, Any]], value.get("files") or []):
                attachment_ids[str(item.get("sha256", "")).strip().lower()] = None
        answer_items.append({
            "aspect_id": aspect_id,
            "form_type": form["type"],
            "value": value,
            "comment": answer.comment or "",
            "evidence": answer.evidence or "",
            "updated_at": iso_datetime(answer.updated_at),
            "updated_by": answer.updated_by or "",
            "completion": check.completion.value,
            "computed": _decimal_text(check.computed),
        })

    attachment_items: list[dict[str, Any]] = []
    for sha256 in sorted(attachment_ids):
        try:
            stored = store.attachment(sha256)
        except StoreError:
            raise DocumentError(f"Um anexo citado nas respostas não está nos dados locais "
                                f"(sha256 {sha256[:12]}…).") from None
        attachment_items.append({
            "sha256": stored.sha256,
            "filename": stored.filename,
            "mime": stored.mime,
            "size": stored.size,
            "path": attachment_path(stored.sha256, stored.filename, stored.mime),
        })

    return {
        "schema_version": SCHEMA_VERSION,
        "export": {
            "id": export_id,
            "created_at": iso_datetime(created_at),
            "installation_id": installation_id,
            "app_version": __version__,
        },
        "catalogue": {
            "version": assessment.catalogue_version,
            "content_sha256": assessment.catalogue_hash,
        },
        "nucleo": {
            "name": nucleo.name,
            "institution": nucleo.institution,
            "uf": nucleo.uf,
            "municipio_code": nucleo.municipio_code,
            "municipio_name": nucleo.municipio_name,
            "cnes": nucleo.cnes,
            "contact_name": nucleo.contact_name,
            "contact_email": nucleo.contact_email,
            "contact_phone": nucleo.contact_phone,
            "respondents": [{"name": r.name, "role": r.role} for r in respondents],
        },
        "assessment": {
            "uuid": assessment.uuid,
            "kind": assessment.kind,
            "title": assessment.title,
            "period_start": assessment.period_start.isoformat(),
            "period_end": assessment.period_end.isoformat(),
            "theme_slugs": list(assessment.theme_slugs),
            "status": assessment.status,
            "revision": assessment.revision,
            "parent_uuid": parent_uuid,
            "monitor": monitor,
            "created_at": iso_datetime(assessment.created_at),
            "finalized_at": (iso_datetime(assessment.finalized_at)
                             if assessment.finalized_at is not None else None),
        },
        "answers": answer_items,
        "attachments": attachment_items,
    }
