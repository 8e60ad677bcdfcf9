"""Checks on what callers hand to the store; failures raise ValidationError (pt-BR)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Final

from aspectos_desktop.store.errors import ValidationError
from aspectos_desktop.store.models import KINDS

# IBGE code of each UF: the first two digits of every municipality code in it.
UF_IBGE_CODES: Final = {
    "RO": 11, "AC": 12, "AM": 13, "RR": 14, "PA": 15, "AP": 16, "TO": 17,
    "MA": 21, "PI": 22, "CE": 23, "RN": 24, "PB": 25, "PE": 26, "AL": 27, "SE": 28, "BA": 29,
    "MG": 31, "ES": 32, "RJ": 33, "SP": 35,
    "PR": 41, "SC": 42, "RS": 43,
    "MS": 50, "MT": 51, "GO": 52, "DF": 53,
}

KIND_LABELS: Final = {"autoavaliacao": "Autoavaliação", "visita": "Visita de monitoramento"}

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class NucleoFields:
    name: str
    uf: str
    municipio_code: int
    municipio_name: str
    institution: str | None
    cnes: str | None
    contact_name: str | None
    contact_email: str | None
    contact_phone: str | None


NUCLEO_FIELD_NAMES: Final = frozenset(f.name for f in fields(NucleoFields))


def nucleo_fields(raw: Mapping[str, object]) -> NucleoFields:
    """Validate and normalise the núcleo fields in ``raw`` (all names must be present)."""
    unknown = set(raw) - NUCLEO_FIELD_NAMES
    if unknown:
        raise ValidationError(f"Campo desconhecido no núcleo: {', '.join(sorted(unknown))}.")
    name = required_text(raw.get("name"), "Informe o nome do núcleo.")
    uf_text = optional_text(raw.get("uf")) or ""
    uf = uf_text.upper()
    if uf not in UF_IBGE_CODES:
        raise ValidationError(
            f"UF inválida: “{uf_text}”. Use a sigla de 2 letras do estado (por exemplo, MA).")
    code = _municipio_code(raw.get("municipio_code"))
    if code // 100_000 != UF_IBGE_CODES[uf]:
        raise ValidationError(f"O município de código {code} não pertence à UF {uf}.")
    municipio_name = required_text(raw.get("municipio_name"), "Informe o nome do município.")
    cnes = optional_text(raw.get("cnes"))
    if cnes is not None and not (len(cnes) == 7 and cnes.isascii() and cnes.isdigit()):
        raise ValidationError(f"CNES inválido: “{cnes}”. O CNES tem 7 dígitos.")
    email = optional_text(raw.get("contact_email"))
    if email is not None and not _EMAIL.match(email):
        raise ValidationError(f"E-mail de contato inválido: “{email}”.")
    return NucleoFields(
        name=name, uf=uf, municipio_code=code, municipio_name=municipio_name,
        institution=optional_text(raw.get("institution")), cnes=cnes,
        contact_name=optional_text(raw.get("contact_name")), contact_email=email,
        contact_phone=optional_text(raw.get("contact_phone")),
    )


def _municipio_code(value: object) -> int:
    message = "Código de município inválido: use o código IBGE de 7 dígitos."
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(message)
    if not 1_000_000 <= value <= 9_999_999:
        raise ValidationError(message)
    return value


def required_text(value: object, message: str) -> str:
    text = optional_text(value)
    if text is None:
        raise ValidationError(message)
    return text


def optional_text(value: object) -> str | None:
    """Stripped text, or None for None/blank; anything but text is refused."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValidationError(f"Valor de texto esperado, recebido: {value!r}.")
    return value.strip() or None


def as_date(value: object, label: str) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    raise ValidationError(f"Data inválida em “{label}”.")


@dataclass(frozen=True)
class AssessmentFields:
    kind: str
    title: str
    period_start: date
    period_end: date
    theme_slugs: list[str]
    catalogue_version: str
    catalogue_hash: str
    monitor_name: str | None
    monitor_institution: str | None
    visit_date: date | None


def assessment_fields(*, kind: str, period_start: object, period_end: object,
                      theme_slugs: Iterable[object], catalogue_version: object,
                      catalogue_hash: object, title: object, monitor_name: object,
                      monitor_institution: object, visit_date: object) -> AssessmentFields:
    if kind not in KINDS:
        raise ValidationError(
            f"Tipo de avaliação inválido: “{kind}”. Use “autoavaliacao” ou “visita”.")
    start = as_date(period_start, "início do período")
    end = as_date(period_end, "fim do período")
    if end < start:
        raise ValidationError(
            f"O fim do período ({end:%d/%m/%Y}) é anterior ao início ({start:%d/%m/%Y}).")
    visit = None if visit_date is None else as_date(visit_date, "data da visita")
    if kind == "visita" and visit is None:
        raise ValidationError("Informe a data da visita de monitoramento.")
    monitor = optional_text(monitor_name)
    if kind == "visita" and monitor is None:
        raise ValidationError("Informe o nome do(a) monitor(a) da visita.")
    slugs: list[str] = []
    for slug in theme_slugs:
        text = optional_text(slug)
        if text is not None and text not in slugs:
            slugs.append(text)
    if not slugs:
        raise ValidationError("Escolha pelo menos um tema para a avaliação.")
    version = required_text(catalogue_version, "Versão do catálogo ausente.")
    content_hash = required_text(catalogue_hash, "Identificação (hash) do catálogo ausente.")
    label = KIND_LABELS[kind]
    default_title = f"{label} — {start:%d/%m/%Y} a {end:%d/%m/%Y}"
    return AssessmentFields(
        kind=kind, title=optional_text(title) or default_title, period_start=start,
        period_end=end, theme_slugs=slugs, catalogue_version=version,
        catalogue_hash=content_hash, monitor_name=monitor,
        monitor_institution=optional_text(monitor_institution), visit_date=visit,
    )


def sha256_hex(value: str) -> str:
    text = value.strip().lower()
    if not _SHA256.match(text):
        raise ValidationError(f"Resumo SHA-256 inválido: “{value}”.")
    return text
