"""The registry of signer certificates per núcleo, and the trust rules of the importer.

* The first key seen for a núcleo is recorded as ``novo``: its bundles are stored as
  ``pendente`` (kept out of the consolidation) until a central user approves its
  fingerprint (``approve_signer``), which flips them to ``importado``.
* A certificate that chains to a configured CA (PEM files in ``<central dir>/ca/`` or
  given with ``--ca``, such as the ICP-Brasil roots) is approved automatically
  (approval ``ca``).
* A new key for a núcleo that already has another signer is flagged: pending, plus an
  ``assinante_diferente`` audit entry, never silently accepted.
* A revoked signer's bundles are rejected; revoking one moves its imported bundles back
  to ``pendente``.

Fingerprints are SHA-256 of the DER certificate as ``identity.fingerprint`` prints them
(``AB:CD:…``); users may type them without colons, in any case, or a unique prefix of at
least 8 hex digits.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Final

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from sqlalchemy import Connection, Row, bindparam, func, select, update

from aspectos_desktop.central.audit import audit
from aspectos_desktop.central.database import CentralDB, CentralError, insert_ignore
from aspectos_desktop.central.models import (
    BUNDLE_IMPORTED,
    BUNDLE_PENDING,
    SIGNER_APPROVED,
    SIGNER_NEW,
    SIGNER_REVOKED,
    Bundle,
    CentralNucleo,
    Signer,
    utcnow,
)
from aspectos_desktop.export.identity import fingerprint

CA_SUFFIXES: Final = (".pem", ".crt", ".cer", ".der")
MIN_PREFIX_HEX: Final = 8
MAX_CHAIN_DEPTH: Final = 8
STATUS_LABELS: Final[dict[str, str]] = {
    SIGNER_NEW: "novo (aguarda aprovação)",
    SIGNER_APPROVED: "aprovado",
    SIGNER_REVOKED: "revogado",
}
_HEX: Final = re.compile(r"[^0-9A-F]")


# ---------------------------------------------------------------------- fingerprints


def normalize_fingerprint(text: str) -> str:
    """Upper-case hex without separators (possibly a prefix); CentralError if not hex."""
    raw = text.strip().upper()
    cleaned = _HEX.sub("", raw.replace(":", "").replace(" ", "").replace("-", ""))
    if not cleaned or cleaned != raw.replace(":", "").replace(" ", "").replace("-", ""):
        raise CentralError(f"Impressão digital inválida: “{text.strip()}”. Use os dígitos "
                           "hexadecimais do SHA-256 do certificado (ex.: AB:CD:12:…).")
    if len(cleaned) > 64:
        raise CentralError(f"Impressão digital longa demais: “{text.strip()}” (o SHA-256 tem "
                           "64 dígitos hexadecimais).")
    return cleaned


def colon_fingerprint(hex_digits: str) -> str:
    return ":".join(hex_digits[i:i + 2] for i in range(0, len(hex_digits), 2))


SHORT_FINGERPRINT_BYTES: Final = 8


def short_fingerprint(fingerprint_text: str) -> str:
    """The first 8 bytes of a colon fingerprint (``AB:CD:…``, 16 hex digits): enough for
    ``signers approve`` (a unique prefix) and the first line of it on the Assinantes tab."""
    return ":".join(fingerprint_text.split(":")[:SHORT_FINGERPRINT_BYTES])


def approve_hint(fingerprint_text: str) -> str:
    """How to approve a key, for GUI and CLI users alike (pt-BR, no final period)."""
    return ("aprove a chave na aba Assinantes (ou: aspectos central signers approve "
            f"{short_fingerprint(fingerprint_text)})")


def _known_keys(others: Iterable[tuple[str, str]]) -> str:
    """The núcleo's other keys (fingerprint, status), shortened: ``AB:CD:…:89… (aprovado)``."""
    return ", ".join(f"{short_fingerprint(fp)}… ({STATUS_LABELS.get(status, status)})"
                     for fp, status in others)


def different_key_message(known: str, fingerprint_text: str) -> str:
    """A key other than the núcleo's known one(s): one line, the new fingerprint once, at
    the end (the GUI shows it in groups of 8 bytes there)."""
    return ("ATENÇÃO: certificado DIFERENTE do já registrado para este núcleo "
            f"({known}). Confira com o núcleo e {approve_hint(fingerprint_text)}. "
            f"Impressão digital do novo certificado: {fingerprint_text}")


def new_signer_message(fingerprint_text: str) -> str:
    return (f"assinante novo: confira a impressão digital com o núcleo e "
            f"{approve_hint(fingerprint_text)}. Impressão digital: {fingerprint_text}")


def resolve_fingerprint(conn: Connection, text: str) -> str:
    """The full stored fingerprint that ``text`` names (whole, or a unique prefix)."""
    digits = normalize_fingerprint(text)
    if len(digits) == 64:
        wanted = colon_fingerprint(digits)
        if conn.execute(select(Signer.fingerprint).where(Signer.fingerprint == wanted)).first():
            return wanted
        raise CentralError(f"Nenhum assinante registrado com a impressão digital {wanted}.")
    if len(digits) < MIN_PREFIX_HEX:
        raise CentralError(f"Informe pelo menos {MIN_PREFIX_HEX} dígitos da impressão digital.")
    prefix = colon_fingerprint(digits)
    matches = list(conn.execute(
        select(Signer.fingerprint).where(Signer.fingerprint.like(prefix + "%")).limit(2)).scalars())
    if not matches:
        raise CentralError(f"Nenhum assinante registrado com impressão digital começando por "
                           f"{prefix}.")
    if len(matches) > 1:
        raise CentralError(f"Mais de um assinante tem impressão digital começando por {prefix}: "
                           "informe mais dígitos.")
    return matches[0]


# ------------------------------------------------------------------- CA certificates


def load_certificates(path: Path) -> list[x509.Certificate]:
    """Every certificate in a PEM file (one or more), or the one in a DER file."""
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise CentralError(f"Não foi possível ler o certificado de AC “{path}”: "
                           f"{error.strerror or error}.") from None
    try:
        if b"-----BEGIN CERTIFICATE-----" in data:
            return list(x509.load_pem_x509_certificates(data))
        return [x509.load_der_x509_certificate(data)]
    except ValueError:
        raise CentralError(f"“{path}” não contém um certificado X.509 legível (PEM ou DER).") from None


@dataclass(frozen=True)
class TrustAnchors:
    """Certificates of the certification authorities whose signers are approved automatically."""

    certificates: tuple[x509.Certificate, ...] = ()
    sources: tuple[Path, ...] = field(default=())

    @classmethod
    def from_files(cls, paths: Iterable[Path]) -> TrustAnchors:
        certificates: list[x509.Certificate] = []
        sources: list[Path] = []
        for path in paths:
            certificates += load_certificates(path)
            sources.append(Path(path))
        return cls(tuple(certificates), tuple(sources))

    @classmethod
    def for_db(cls, db: CentralDB, extra: Iterable[Path] = ()) -> TrustAnchors:
        """The CA files in ``<central dir>/ca/`` plus ``extra`` (``--ca``)."""
        found: list[Path] = []
        if db.ca_dir.is_dir():
            found = sorted(p for p in db.ca_dir.iterdir()
                           if p.is_file() and p.suffix.lower() in CA_SUFFIXES)
        return cls.from_files([*found, *extra])

    def __bool__(self) -> bool:
        return bool(self.certificates)

    def anchor_for(self, leaf: x509.Certificate, intermediates: Sequence[x509.Certificate] = (),
                   when: datetime | None = None) -> x509.Certificate | None:
        """The configured CA that ``leaf`` chains to (through ``intermediates``), or None.

        Every certificate on the path must be valid at ``when``, each signature must
        verify, and intermediates must be CA certificates.
        """
        if not self.certificates:
            return None
        when = when or utcnow()
        anchors = {c.public_bytes(Encoding.DER): c for c in self.certificates}
        current = leaf
        seen: set[bytes] = set()
        for _ in range(MAX_CHAIN_DEPTH):
            der = current.public_bytes(Encoding.DER)
            if der in seen or not _valid_at(current, when):
                return None
            seen.add(der)
            if der in anchors:
                return anchors[der]
            for anchor in self.certificates:
                if anchor.subject == current.issuer and _valid_at(anchor, when) \
                        and _issued_by(current, anchor):
                    return anchor
            parent = next((c for c in intermediates
                           if c.subject == current.issuer and _is_ca(c) and _issued_by(current, c)
                           and c.public_bytes(Encoding.DER) not in seen), None)
            if parent is None:
                return None
            current = parent
        return None


def _valid_at(certificate: x509.Certificate, when: datetime) -> bool:
    return certificate.not_valid_before_utc <= when <= certificate.not_valid_after_utc


def _issued_by(child: x509.Certificate, issuer: x509.Certificate) -> bool:
    try:
        child.verify_directly_issued_by(issuer)
    except Exception:  # ValueError, TypeError, InvalidSignature…
        return False
    return True


def _is_ca(certificate: x509.Certificate) -> bool:
    try:
        return bool(certificate.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return False


# --------------------------------------------------------------------- trust decisions


@dataclass(frozen=True)
class TrustDecision:
    """What the signer's standing means for one bundle being imported."""

    bundle_status: str  # 'importado' | 'pendente'
    message: str  # pt-BR, for the outcome line
    new_signer: bool = False
    flagged: bool = False  # a different key for a núcleo that already had one
    approval: str | None = None  # 'ca' when approved automatically now


class SignerRevoked(Exception):
    def __init__(self, fingerprint_text: str) -> None:
        super().__init__(fingerprint_text)
        self.message = (f"o certificado do assinante ({fingerprint_text}) foi revogado pela "
                        "central; pacotes assinados por ele não são aceitos.")


_SIGNER_AND_OTHERS: Final = select(Signer.fingerprint, Signer.status, Signer.nucleo_id).where(
    (Signer.fingerprint == bindparam("fp")) | (Signer.nucleo_id == bindparam("nucleo_id")))
_OTHER_SIGNERS: Final = select(Signer.fingerprint, Signer.status).where(
    Signer.nucleo_id == bindparam("nucleo_id"), Signer.fingerprint != bindparam("fp"),
    Signer.status != SIGNER_REVOKED)


def decide_trust(conn: Connection, *, nucleo_id: int, certificate: x509.Certificate,
                 chain: Sequence[x509.Certificate], anchors: TrustAnchors, actor: str,
                 now: datetime, details: dict[str, object], new_nucleo: bool = False
                 ) -> TrustDecision:
    """Record the signer if new and decide the bundle's status (in the import transaction).

    Raises SignerRevoked for a revoked signer. Writes the ``assinante_diferente`` audit
    entry when a núcleo's key changes. ``new_nucleo``: the núcleo was created in this
    transaction, so it has no signer yet (a key already registered elsewhere is still
    found: its insert is refused and the lookup runs).
    """
    fp = fingerprint(certificate)
    for attempt in range(2):
        # One query: this key's row, if any, and the núcleo's other live keys.
        rows: Sequence[Row[str, str, int]] = (
            [] if attempt == 0 and new_nucleo
            else conn.execute(_SIGNER_AND_OTHERS, {"nucleo_id": nucleo_id, "fp": fp}).all())
        row = next((r for r in rows if r.fingerprint == fp), None)
        if row is not None:
            return _known_signer(conn, fp, row.status, row.nucleo_id, nucleo_id, actor, now,
                                 details)
        others = [r for r in rows if r.status != SIGNER_REVOKED]
        anchor = anchors.anchor_for(certificate, chain, now)
        values = {
            "fingerprint": fp, "nucleo_id": nucleo_id,
            "subject": certificate.subject.rfc4514_string(),
            "certificate_der": certificate.public_bytes(Encoding.DER),
            "status": SIGNER_APPROVED if anchor is not None else SIGNER_NEW,
            "approval": "ca" if anchor is not None else None,
            "first_seen_at": now,
            "approved_at": now if anchor is not None else None,
            "approved_by": (f"AC: {anchor.subject.rfc4514_string()}"[:300]
                            if anchor is not None else None),
        }
        inserted = insert_ignore(conn, Signer, values)
        if not inserted:
            continue  # another importer recorded it just now: judge it as known
        if others:
            known = _known_keys((o.fingerprint, o.status) for o in others)
            audit(conn, actor, "assinante_diferente", {
                **details, "fingerprint": fp, "outros_assinantes": [o.fingerprint for o in others],
                "aprovado_por_ac": anchor is not None})
            if anchor is not None:
                return TrustDecision(BUNDLE_IMPORTED, "assinante novo aprovado automaticamente "
                                     f"pela AC “{anchor.subject.rfc4514_string()}” — ATENÇÃO: o "
                                     f"núcleo já tinha outro certificado ({known}).",
                                     new_signer=True, flagged=True, approval="ca")
            return TrustDecision(BUNDLE_PENDING, different_key_message(known, fp),
                                 new_signer=True, flagged=True)
        if anchor is not None:
            return TrustDecision(BUNDLE_IMPORTED, "assinante aprovado automaticamente pela AC "
                                 f"“{anchor.subject.rfc4514_string()}”.", new_signer=True,
                                 approval="ca")
        return TrustDecision(BUNDLE_PENDING, new_signer_message(fp), new_signer=True)
    raise RuntimeError("signer neither found nor inserted")  # pragma: no cover


def _known_signer(conn: Connection, fp: str, status: str, signer_nucleo: int, nucleo_id: int,
                  actor: str, now: datetime, details: dict[str, object]) -> TrustDecision:
    if status == SIGNER_REVOKED:
        raise SignerRevoked(fp)
    if signer_nucleo != nucleo_id:
        owner = conn.execute(select(CentralNucleo.name, CentralNucleo.nucleo_key)
                             .where(CentralNucleo.id == signer_nucleo)).first()
        owner_text = f"{owner.name} ({owner.nucleo_key})" if owner is not None else "outro núcleo"
        audit(conn, actor, "assinante_diferente", {
            **details, "fingerprint": fp, "registrado_para": owner_text}, at=now)
        return TrustDecision(BUNDLE_PENDING, "ATENÇÃO: este certificado está registrado para "
                             f"outro núcleo ({owner_text}); o pacote fica pendente.",
                             flagged=True)
    if status == SIGNER_APPROVED:
        return TrustDecision(BUNDLE_IMPORTED, "assinante aprovado.")
    others = conn.execute(_OTHER_SIGNERS, {"nucleo_id": nucleo_id, "fp": fp}).all()
    if others:  # still not approved, and the núcleo has another key: keep flagging it
        known = _known_keys((o.fingerprint, o.status) for o in others)
        audit(conn, actor, "assinante_diferente", {
            **details, "fingerprint": fp, "outros_assinantes": [o.fingerprint for o in others]},
            at=now)
        return TrustDecision(BUNDLE_PENDING, different_key_message(known, fp), flagged=True)
    return TrustDecision(BUNDLE_PENDING, new_signer_message(fp))


# ----------------------------------------------------------------- registry operations


@dataclass(frozen=True)
class SignerInfo:
    fingerprint: str
    subject: str
    status: str
    approval: str | None
    nucleo_id: int
    nucleo_key: str
    nucleo_name: str
    uf: str
    first_seen_at: datetime
    approved_at: datetime | None
    approved_by: str | None
    bundles: int
    pending_bundles: int

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)


def list_signers(db: CentralDB, status: str | None = None) -> list[SignerInfo]:
    """Every signer (or those with ``status``), pending first, then by núcleo."""
    total = func.count(Bundle.id)
    pending = func.count(Bundle.id).filter(Bundle.status == BUNDLE_PENDING)
    query = (select(Signer.fingerprint, Signer.subject, Signer.status, Signer.approval,
                    Signer.nucleo_id, CentralNucleo.nucleo_key, CentralNucleo.name,
                    CentralNucleo.uf, Signer.first_seen_at, Signer.approved_at,
                    Signer.approved_by, total.label("bundles"), pending.label("pending"))
             .join(CentralNucleo, CentralNucleo.id == Signer.nucleo_id)
             .outerjoin(Bundle, Bundle.signer_fingerprint == Signer.fingerprint)
             .group_by(Signer.fingerprint, CentralNucleo.id))
    if status is not None:
        query = query.where(Signer.status == status)
    order = {SIGNER_NEW: 0, SIGNER_APPROVED: 1, SIGNER_REVOKED: 2}
    with db.engine.connect() as conn:
        rows = conn.execute(query).all()
    infos = [SignerInfo(r.fingerprint, r.subject, r.status, r.approval, r.nucleo_id, r.nucleo_key,
                        r.name, r.uf, r.first_seen_at, r.approved_at, r.approved_by,
                        int(r.bundles), int(r.pending)) for r in rows]
    infos.sort(key=lambda i: (order.get(i.status, 9), i.uf, i.nucleo_name, i.first_seen_at))
    return infos


@dataclass(frozen=True)
class SignerChange:
    """The result of approving or revoking a signer."""

    fingerprint: str
    subject: str
    nucleo_name: str
    previous_status: str
    status: str
    bundles_changed: int


def _load(conn: Connection, fp: str) -> tuple[str, str, str, int]:
    query = (select(Signer.subject, Signer.status, CentralNucleo.name, Signer.nucleo_id)
             .join(CentralNucleo, CentralNucleo.id == Signer.nucleo_id)
             .where(Signer.fingerprint == fp))
    if conn.dialect.name == "postgresql":
        query = query.with_for_update(of=Signer)
    row = conn.execute(query).one()
    return row.subject, row.status, row.name, row.nucleo_id


def approve_signer(db: CentralDB, fingerprint_text: str, *, actor: str) -> SignerChange:
    """Approve a signer (by fingerprint or unique prefix): its pending bundles become imported."""
    from aspectos_desktop.central.importer import refresh_lineages

    now = utcnow()
    with db.write() as conn:
        fp = resolve_fingerprint(conn, fingerprint_text)
        subject, previous, nucleo_name, _ = _load(conn, fp)
        conn.execute(update(Signer).where(Signer.fingerprint == fp).values(
            status=SIGNER_APPROVED, approval="manual", approved_at=now, approved_by=actor))
        flipped = list(conn.execute(
            update(Bundle).where(Bundle.signer_fingerprint == fp, Bundle.status == BUNDLE_PENDING)
            .values(status=BUNDLE_IMPORTED).returning(Bundle.assessment_id)).scalars())
        refresh_lineages(conn, flipped)
        audit(conn, actor, "aprovar_assinante", {
            "fingerprint": fp, "subject": subject, "nucleo": nucleo_name,
            "status_anterior": previous, "pacotes_liberados": len(flipped)}, at=now)
    return SignerChange(fp, subject, nucleo_name, previous, SIGNER_APPROVED, len(flipped))


def revoke_signer(db: CentralDB, fingerprint_text: str, *, actor: str) -> SignerChange:
    """Revoke a signer: later bundles from it are rejected, its imported ones become pending."""
    from aspectos_desktop.central.importer import refresh_lineages

    now = utcnow()
    with db.write() as conn:
        fp = resolve_fingerprint(conn, fingerprint_text)
        subject, previous, nucleo_name, _ = _load(conn, fp)
        conn.execute(update(Signer).where(Signer.fingerprint == fp).values(
            status=SIGNER_REVOKED, approval=None, approved_at=None, approved_by=None))
        flipped = list(conn.execute(
            update(Bundle).where(Bundle.signer_fingerprint == fp, Bundle.status == BUNDLE_IMPORTED)
            .values(status=BUNDLE_PENDING).returning(Bundle.assessment_id)).scalars())
        refresh_lineages(conn, flipped)
        audit(conn, actor, "revogar_assinante", {
            "fingerprint": fp, "subject": subject, "nucleo": nucleo_name,
            "status_anterior": previous, "pacotes_suspensos": len(flipped)}, at=now)
    return SignerChange(fp, subject, nucleo_name, previous, SIGNER_REVOKED, len(flipped))


__all__ = [
    "SignerChange",
    "SignerInfo",
    "SignerRevoked",
    "TrustAnchors",
    "TrustDecision",
    "approve_signer",
    "decide_trust",
    "list_signers",
    "load_certificates",
    "normalize_fingerprint",
    "resolve_fingerprint",
    "revoke_signer",
]
