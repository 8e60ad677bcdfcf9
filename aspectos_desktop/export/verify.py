"""Verify a ``.aspectos`` bundle: the zip, the manifest, both signatures, the document.

Qt-free. ``verify_bundle(path)`` runs these checks in order and stops at the first
failure that makes the rest meaningless:

1. ``zip``: safe to open (size, member count, compression ratio, names, no links, no
   duplicates) and exactly the expected members — read without inflating anything;
2. ``manifest``: ``manifest.json`` lists every other member, each with its size and
   SHA-256 (members are streamed with a running cap);
3. ``manifest_signature``: the detached CMS signature of ``manifest.json`` is valid;
   nothing else is trusted (nor ``assessment.json`` parsed) before this holds;
4. ``pdf_signature``: the report's PDF signature is valid and covers the whole file;
5. ``same_signer``: the PDF and the manifest were signed with the same certificate;
6. ``pdf_binding``: the PDF names this export's id and the SHA-256 of assessment.json;
7. ``document``: assessment.json follows the JSON Schema and agrees with the manifest.

Trust in the signer (is this certificate really the núcleo's?) is a separate matter:
the report gives its subject and SHA-256 fingerprint to compare with a known one.

``check_bundle(path, …)`` runs the same stages and also hands back what they read
(the verified manifest, document, attachments and signer certificates), so that the
central importer reuses them instead of checking the zip and the signatures again; with
``stop_at_first=True`` it stops at the very first failed check. ``Limits`` holds the
caps (by default the module constants, read at call time).
"""

from __future__ import annotations

import hashlib
import json
import re
import stat
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, Literal, NoReturn, cast

from asn1crypto import cms as _cms  # pyright: ignore[reportMissingTypeStubs]
from asn1crypto import core as _asn1_core  # pyright: ignore[reportMissingTypeStubs]
from asn1crypto import tsp as _asn1_tsp  # pyright: ignore[reportMissingTypeStubs]
from asn1crypto import x509 as _asn1_x509  # pyright: ignore[reportMissingTypeStubs]
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.serialization import Encoding, pkcs7
from pyhanko.sign import general as _pyhanko_general
from pyhanko.sign.validation import generic_cms as _generic_cms
from pyhanko.sign.validation import utils as _validation_utils
from pyhanko_certvalidator import sig_validate as _sig_validate

from aspectos_desktop.export.bundle import (
    ATTACHMENTS_DIR,
    BUNDLE_FORMAT,
    MANIFEST_MEMBER,
    PDF_DOCUMENT_SHA256_KEY,
    PDF_EXPORT_ID_KEY,
    REPORT_MEMBER,
    SIGNATURE_MEMBER,
    read_pdf_binding,
)
from aspectos_desktop.export.document import DOCUMENT_MEMBER, SCHEMA_VERSION, schema_errors
from aspectos_desktop.export.identity import fingerprint

# asn1crypto and pyHanko ship no type information: use them through untyped handles.
cms: Any = _cms
asn1_x509: Any = _asn1_x509
asn1_tsp: Any = _asn1_tsp
asn1_core: Any = _asn1_core
generic_cms: Any = _generic_cms
pyhanko_general: Any = _pyhanko_general
validation_utils: Any = _validation_utils
sig_validate: Any = _sig_validate

MAX_FILE_SIZE: Final = 512 * 1024 * 1024
MAX_TOTAL_SIZE: Final = 512 * 1024 * 1024
MAX_MEMBER_SIZE: Final = 256 * 1024 * 1024
MAX_SMALL_MEMBER_SIZE: Final = 16 * 1024 * 1024  # manifest.json, manifest.sig
MAX_MEMBERS: Final = 2_000
MAX_RATIO: Final = 200
RATIO_FLOOR: Final = 1024 * 1024  # below this size any ratio is harmless
CHUNK: Final = 1 << 16

FIXED_MEMBERS: Final = (DOCUMENT_MEMBER, REPORT_MEMBER, MANIFEST_MEMBER, SIGNATURE_MEMBER)
_ATTACHMENT_NAME: Final = re.compile(r"^attachments/[0-9a-f]{64}\.[a-z0-9]{1,5}$")
_SHA256: Final = re.compile(r"^[0-9a-f]{64}$")
_UUID: Final = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_DIGESTS: Final = {"sha256", "sha384", "sha512"}

CHECK_LABELS: Final[dict[str, str]] = {
    "file": "Arquivo",
    "zip": "Estrutura do pacote",
    "manifest": "Integridade dos arquivos (manifesto)",
    "manifest_signature": "Assinatura do manifesto",
    "pdf_signature": "Assinatura do relatório PDF",
    "same_signer": "Mesmo signatário",
    "pdf_binding": "Vínculo do PDF com a exportação",
    "document": "Dados da avaliação (assessment.json)",
}
ALL_CHECKS: Final = ("zip", "manifest", "manifest_signature", "pdf_signature", "same_signer",
                     "pdf_binding", "document")


@dataclass(frozen=True)
class Limits:
    """Caps on a bundle's file, members and compression ratio."""

    max_file_size: int = MAX_FILE_SIZE
    max_total_size: int = MAX_TOTAL_SIZE
    max_member_size: int = MAX_MEMBER_SIZE
    max_small_member_size: int = MAX_SMALL_MEMBER_SIZE
    max_members: int = MAX_MEMBERS
    max_ratio: int = MAX_RATIO
    ratio_floor: int = RATIO_FLOOR

    @classmethod
    def current(cls) -> Limits:
        """The module constants as they are now (tests may patch them)."""
        return cls(MAX_FILE_SIZE, MAX_TOTAL_SIZE, MAX_MEMBER_SIZE, MAX_SMALL_MEMBER_SIZE,
                   MAX_MEMBERS, MAX_RATIO, RATIO_FLOOR)


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    message: str  # pt-BR

    @property
    def label(self) -> str:
        return CHECK_LABELS.get(self.name, self.name)


@dataclass
class VerificationReport:
    ok: bool = False
    checks: list[CheckResult] = field(default_factory=lambda: [])
    signer_fingerprint: str | None = None
    signer_subject: str | None = None
    export_id: str | None = None
    unreadable: bool = False  # the file could not be read as a zip at all

    def failed(self) -> CheckResult | None:
        """The first failed check, if any."""
        return next((c for c in self.checks if not c.ok), None)

    def check(self, name: str) -> CheckResult | None:
        return next((c for c in self.checks if c.name == name), None)


@dataclass
class CheckedBundle:
    """What ``check_bundle`` found. The data fields are set only as far as the checks got:
    ``document`` only when every check passed."""

    report: VerificationReport
    size: int = 0
    manifest: dict[str, Any] | None = None
    document_bytes: bytes | None = None
    document: dict[str, Any] | None = None
    attachments: dict[str, bytes] = field(default_factory=lambda: {})  # member path -> bytes
    signer: x509.Certificate | None = None
    certificates: tuple[x509.Certificate, ...] = ()  # everything embedded in manifest.sig

    @property
    def ok(self) -> bool:
        return self.report.ok


class _Stop(Exception):
    """Later checks are meaningless."""


class _Bundle:
    """The members read so far, with the report being built."""

    def __init__(self, report: VerificationReport, limits: Limits | None = None, *,
                 stop_at_first: bool = False, keep_attachments: bool = False) -> None:
        self.report = report
        self.limits = limits or Limits.current()
        self.stop_at_first = stop_at_first
        self.keep_attachments = keep_attachments
        self.data: dict[str, bytes] = {}
        self.digests: dict[str, tuple[int, str]] = {}
        self.document: dict[str, Any] | None = None

    def ok(self, name: str, message: str) -> None:
        self.report.checks.append(CheckResult(name, True, message))

    def failed(self, name: str, message: str) -> None:
        """Record a failure; later checks still mean something (unless ``stop_at_first``)."""
        self.report.checks.append(CheckResult(name, False, message))
        if self.stop_at_first:
            raise _Stop

    def fail(self, name: str, message: str) -> NoReturn:
        """Record a failure that makes later checks meaningless."""
        self.failed(name, message)
        raise _Stop


# ------------------------------------------------------------------------- zip safety


def _unsafe_name(name: str) -> str | None:
    if not name or "\x00" in name:
        return "nome vazio ou inválido"
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
        return "caminho absoluto"
    if "\\" in name:
        return "barra invertida no nome"
    if any(part in ("..", ".") for part in name.split("/")):
        return "caminho com “..”"
    return None


def _check_zip(archive: zipfile.ZipFile, size: int, bundle: _Bundle) -> list[zipfile.ZipInfo]:
    limits = bundle.limits
    infos = archive.infolist()
    if len(infos) > limits.max_members:
        bundle.fail("zip", f"O pacote tem {len(infos)} arquivos internos; o máximo aceito é "
                           f"{limits.max_members}.")
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        problem = _unsafe_name(name)
        if problem:
            bundle.fail("zip", f"Nome de arquivo interno recusado ({problem}): {name!r}.")
        if name in seen:
            bundle.fail("zip", f"Arquivo interno duplicado: {name}.")
        seen.add(name)
        file_type = stat.S_IFMT(info.external_attr >> 16)
        if info.is_dir() or info.external_attr & 0x10:  # MS-DOS directory attribute
            bundle.fail("zip", f"Pasta recusada dentro do pacote: {name}.")
        if file_type not in (0, stat.S_IFREG):
            kind = "link simbólico" if file_type == stat.S_IFLNK else "arquivo especial"
            bundle.fail("zip", f"Arquivo interno recusado ({kind}): {name}.")
        if info.flag_bits & 0x1:
            bundle.fail("zip", f"Arquivo interno cifrado, não aceito: {name}.")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            bundle.fail("zip", f"Compressão não aceita em {name}.")
        cap = (limits.max_small_member_size if name in (MANIFEST_MEMBER, SIGNATURE_MEMBER)
               else limits.max_member_size)
        if info.file_size > cap:
            bundle.fail("zip", f"Arquivo interno grande demais: {name} "
                               f"({info.file_size} bytes; máximo {cap}).")
        if (info.file_size > limits.ratio_floor
                and info.file_size > limits.max_ratio * max(info.compress_size, 1)):
            bundle.fail("zip", f"Taxa de compressão suspeita em {name} (possível “bomba zip”).")
        total += info.file_size
    if total > limits.max_total_size:
        bundle.fail("zip", f"O conteúdo do pacote passa de {limits.max_total_size} bytes ({total}).")
    unexpected = sorted(n for n in seen if n not in FIXED_MEMBERS and not _ATTACHMENT_NAME.match(n))
    missing = [n for n in FIXED_MEMBERS if n not in seen]
    if unexpected or missing:
        parts: list[str] = []
        if unexpected:
            parts.append("arquivo(s) inesperado(s): " + ", ".join(unexpected))
        if missing:
            parts.append("arquivo(s) ausente(s): " + ", ".join(missing))
        bundle.fail("zip", "O pacote não tem o conteúdo esperado — " + "; ".join(parts) + ".")
    bundle.ok("zip", f"Pacote zip seguro, com {len(infos)} arquivos internos esperados "
                     f"({size} bytes).")
    return infos


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, keep: bool,
                 bundle: _Bundle) -> None:
    """Stream one member: size and SHA-256 (and the bytes if ``keep``), never past its size."""
    digest = hashlib.sha256()
    chunks: list[bytes] = []
    count = 0
    try:
        with archive.open(info) as handle:
            while True:
                chunk = handle.read(CHUNK)
                if not chunk:
                    break
                count += len(chunk)
                if count > info.file_size:
                    bundle.fail("manifest", f"{info.filename} é maior do que o declarado no zip.")
                digest.update(chunk)
                if keep:
                    chunks.append(chunk)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, zlib.error) as error:
        bundle.fail("manifest", f"Não foi possível ler {info.filename} do pacote: "
                                f"arquivo danificado ({type(error).__name__}).")
    bundle.digests[info.filename] = (count, digest.hexdigest())
    if keep:
        bundle.data[info.filename] = b"".join(chunks)


# --------------------------------------------------------------------------- manifest


def _parse_manifest(raw: bytes) -> dict[str, Any] | None:
    try:
        loaded: object = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(loaded, dict):
        return None
    manifest = cast(dict[str, Any], loaded)
    if set(manifest) != {"bundle_format", "export_id", "installation_id", "created_at", "members"}:
        return None
    if manifest["bundle_format"] != BUNDLE_FORMAT or not isinstance(manifest["members"], list):
        return None
    if not all(isinstance(manifest[k], str) and _UUID.match(manifest[k])
               for k in ("export_id", "installation_id")):
        return None
    for item in cast(list[object], manifest["members"]):
        if not isinstance(item, dict):
            return None
        entry = cast(dict[str, Any], item)
        if (set(entry) != {"path", "size", "sha256"} or not isinstance(entry["path"], str)
                or not isinstance(entry["size"], int) or not isinstance(entry["sha256"], str)
                or not _SHA256.match(entry["sha256"])):
            return None
    return manifest


def _check_manifest(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo],
                    bundle: _Bundle) -> dict[str, Any]:
    by_name = {info.filename: info for info in infos}
    for name in (MANIFEST_MEMBER, SIGNATURE_MEMBER, DOCUMENT_MEMBER, REPORT_MEMBER):
        _read_member(archive, by_name[name], True, bundle)
    manifest = _parse_manifest(bundle.data[MANIFEST_MEMBER])
    if manifest is None:
        bundle.fail("manifest", "manifest.json está ilegível ou fora do formato esperado.")
    listed: dict[str, dict[str, Any]] = {}
    for entry in cast(list[dict[str, Any]], manifest["members"]):
        if entry["path"] in listed:
            bundle.fail("manifest", f"O manifesto lista duas vezes: {entry['path']}.")
        listed[entry["path"]] = entry
    contents = set(by_name) - {MANIFEST_MEMBER, SIGNATURE_MEMBER}
    problems: list[str] = []
    for name in sorted(contents - set(listed)):
        problems.append(f"{name} não consta do manifesto")
    for name in sorted(set(listed) - contents):
        problems.append(f"{name} consta do manifesto mas não está no pacote")
    for name in sorted(contents & set(listed)):
        if name not in bundle.digests:
            _read_member(archive, by_name[name], bundle.keep_attachments, bundle)
        size, sha256 = bundle.digests[name]
        if size != listed[name]["size"] or sha256 != listed[name]["sha256"]:
            problems.append(f"{name} foi alterado (tamanho ou SHA-256 não confere)")
    bundle.report.export_id = str(manifest["export_id"])
    if problems:
        # Not a stop: the manifest signature still tells whether the manifest is genuine.
        bundle.failed("manifest", "Integridade violada: " + "; ".join(problems) + ".")
    else:
        bundle.ok("manifest", f"Os {len(listed)} arquivos conferem com o manifesto "
                              "(tamanho e SHA-256).")
    return manifest


# ----------------------------------------------------------------------- CMS signature


def _signer_certificate(signed_data: Any, signer_info: Any) -> Any:
    """The certificate named by the signer info's sid, from the embedded certificates."""
    sid: Any = signer_info["sid"]
    choices: list[Any] = list(signed_data["certificates"] or [])
    for choice in choices:
        if choice.name != "certificate":
            continue
        cert: Any = choice.chosen
        if sid.name == "issuer_and_serial_number":
            wanted = sid.chosen
            if cert.serial_number != wanted["serial_number"].native:
                continue
            # The same DER is the same name; only then the (slow) RFC 4518 comparison.
            if (cert.issuer.dump() == wanted["issuer"].dump()
                    or cert.issuer == wanted["issuer"]):
                return cert
        elif sid.name == "subject_key_identifier" and cert.key_identifier == sid.chosen.native:
            return cert
    return None


def _ess_certid_matches(cert: Any, certid: Any) -> bool:
    """pyHanko's ``check_ess_certid`` (+ ``match_issuer_serial``), with one more shortcut
    before RFC 4518 string preparation of every attribute (the slow part: pyHanko writes
    the attribute's issuer with other string types than the certificate has, so the DER
    differs on every bundle): the same decoded attribute values are the same name."""
    algorithm = ("sha1" if isinstance(certid, asn1_tsp.ESSCertID)
                 else certid["hash_algorithm"]["algorithm"].native)
    if hashlib.new(algorithm, cert.dump()).digest() != certid["cert_hash"].native:
        return False
    expected: Any = certid["issuer_serial"]
    if not expected:
        return True
    names: list[Any] = list(expected["issuer"])
    if (len(names) != 1 or names[0].name != "directory_name"
            or expected["serial_number"].native != cert.serial_number):
        return False
    issuer: Any = names[0].chosen
    try:
        if issuer.dump() == cert.issuer.dump():
            return True
        # Decoded on copies: decoding must not make asn1crypto re-encode the originals.
        copy: Any = asn1_x509.Name.load(cert.issuer.dump())
        return issuer.native == copy.native or issuer == copy
    except ValueError:
        return False


def _sig_integrity(signer_info: Any, cert: Any, digest: bytes) -> tuple[bool, bool]:
    """(intact, valid) for a CMS signer info with signed attributes over content of type
    "data" whose digest is ``digest``: the checks of pyHanko's ``validate_sig_integrity``
    made with its own parts (algorithm protection, signing-certificate attribute, content
    type, message digest, signature), the signing-certificate match by ``_ess_certid_matches``.
    Raises on a malformed or unacceptable signer info."""
    if isinstance(signer_info["signed_attrs"], asn1_core.Void):
        raise ValueError("CMS signature without signed attributes")
    attrs: Any = signer_info["signed_attrs"].untag()
    signed = attrs.dump()  # first, before anything decodes (and may re-encode) a value
    signature_algorithm: Any = signer_info["signature_algorithm"]
    digest_algorithm: Any = signer_info["digest_algorithm"]
    generic_cms.validate_algorithm_protection(
        attrs, claimed_digest_algorithm_obj=digest_algorithm,
        claimed_signature_algorithm_obj=signature_algorithm, claimed_mac_algorithm_obj=None)
    ess: Any = generic_cms.get_signing_cert_attr(attrs)
    if ess is not None and not _ess_certid_matches(cert, ess["certs"][0]):
        raise ValueError("signing-certificate attribute does not match the signer")
    content_type = pyhanko_general.find_unique_cms_attribute(attrs, "content_type").native
    if content_type != "data":
        raise ValueError(f"unexpected content type {content_type}")
    embedded = validation_utils.extract_message_digest(signer_info)
    try:
        sig_validate.DEFAULT_SIGNATURE_VALIDATOR.validate_signature(
            signer_info["signature"].native, signed, cert.public_key, signature_algorithm,
            context=sig_validate.SignatureValidationContext(
                contextual_md_algorithm=digest_algorithm["algorithm"].native, prehashed=False))
        valid = True
    except InvalidSignature:
        valid = False
    return embedded == digest, valid


@dataclass(frozen=True)
class _CmsWording:
    """How the messages of ``_verify_cms`` name the signature and what it signs."""

    container: str  # the signature, as a sentence's subject
    inside: str  # "in the signature"
    altered: str  # the signed content was changed
    invalid: str  # "the signature … is invalid"


_MANIFEST_WORDING: Final = _CmsWording(
    container="manifest.sig", inside="em manifest.sig",
    altered="manifest.json foi alterado depois de assinado (resumo não confere).",
    invalid="A assinatura do manifesto")
_PDF_WORDING: Final = _CmsWording(
    container="A assinatura de report.pdf", inside="na assinatura de report.pdf",
    altered="O conteúdo assinado do relatório PDF foi alterado depois da assinatura (resumo "
            "não confere).",
    invalid="A assinatura do relatório PDF")


def _verify_cms(signature: bytes, digest_of: Callable[[str], bytes], wording: _CmsWording,
                embedded_out: list[x509.Certificate] | None = None
                ) -> tuple[x509.Certificate | None, str | None]:
    """Check a detached CMS SignedData whose content has the digest ``digest_of(name)``:
    (signer certificate, None) when valid, else (certificate or None, pt-BR reason).
    ``embedded_out`` receives every certificate embedded in the signature."""
    try:
        embedded = pkcs7.load_der_pkcs7_certificates(signature)
        if embedded_out is not None:
            embedded_out.extend(embedded)
        info = cms.ContentInfo.load(signature)
        if info["content_type"].native != "signed_data":
            return None, f"{wording.container} não é uma assinatura CMS (SignedData)."
        signed_data = info["content"]
        signer_infos = list(signed_data["signer_infos"])
    except Exception:
        return None, f"{wording.container} está ilegível (não é uma assinatura CMS em DER)."
    if len(signer_infos) != 1:
        return None, (f"{wording.container} deve ter exatamente um signatário "
                      f"(tem {len(signer_infos)}).")
    signer_info = signer_infos[0]
    try:
        attached = signed_data["encap_content_info"]["content"].native is not None
        cert = _signer_certificate(signed_data, signer_info)
    except Exception:
        return None, f"{wording.container} está ilegível (estrutura CMS inesperada)."
    if attached:
        return None, f"{wording.container} não é uma assinatura destacada (contém o conteúdo)."
    if cert is None:
        return None, f"O certificado do signatário não está {wording.inside}."
    certificate = next((c for c in embedded if c.public_bytes(Encoding.DER) == cert.dump()), None)
    if certificate is None:
        return None, f"O certificado do signatário não está {wording.inside}."
    algorithm = str(signer_info["digest_algorithm"]["algorithm"].native)
    if algorithm not in _DIGESTS:
        return certificate, f"Algoritmo de resumo não aceito na assinatura: {algorithm}."
    try:
        intact, valid = _sig_integrity(signer_info, cert, digest_of(algorithm))
    except Exception as error:
        return certificate, f"{wording.invalid} é inválida ({type(error).__name__})."
    if not intact:
        return certificate, wording.altered
    if not valid:
        return certificate, f"{wording.invalid} não confere com o certificado do signatário."
    return certificate, None


def verify_detached_cms(content: bytes, signature: bytes, *,
                        embedded_out: list[x509.Certificate] | None = None
                        ) -> tuple[x509.Certificate | None, str | None]:
    """Check a detached CMS signature of ``content``: (signer certificate, None) when valid,
    else (certificate or None, pt-BR reason). The certificate's trust is not judged here.
    ``embedded_out`` receives every certificate embedded in the signature."""
    return _verify_cms(signature, lambda name: hashlib.new(name, content).digest(),
                       _MANIFEST_WORDING, embedded_out)


# ------------------------------------------------------------------------------ PDF


_BYTE_RANGE: Final = re.compile(rb"/ByteRange\s*\[\s*(\d{1,12})\s+(\d{1,12})\s+(\d{1,12})\s+"
                                rb"(\d{1,12})\s*\]")
_HEX_HOLE: Final = re.compile(rb"<([0-9A-Fa-f\s]*)>")


def _der_prefix(data: bytes) -> bytes:
    """The first DER element of ``data`` (a /Contents hole is padded with zeros)."""
    if len(data) < 2:
        return data
    first = data[1]
    if first < 0x80:
        return data[:2 + first]
    count = first & 0x7F
    return data[:2 + count + int.from_bytes(data[2:2 + count], "big")]


def verify_pdf_direct(pdf: bytes) -> tuple[x509.Certificate | None, str | None]:
    """The PDF's last signature checked directly on its bytes: (signer certificate, None)
    when its CMS is valid over everything but its own ``/Contents`` hole, up to the last
    byte of the file; else (certificate or None, pt-BR reason).

    For the central importer, after the manifest signature has authenticated every byte
    of report.pdf: whoever holds the signing key made this exact file, so the question
    left is only whether the PDF's own signature, by the same certificate, covers the
    whole file. ``aspectos verify`` runs pyHanko's full PAdES validation instead
    (``pdf_signing.verify_pdf``), which also reads the PDF's structure.
    """
    ranges = list(_BYTE_RANGE.finditer(pdf))
    if not ranges:
        return None, "report.pdf não tem assinatura digital."
    found = ranges[-1]
    start1, length1, start2, length2 = (int(group) for group in found.groups())
    hole = _HEX_HOLE.fullmatch(pdf, length1, start2) if start1 == 0 else None
    if (hole is None or start2 + length2 != len(pdf) or start2 <= length1
            or length1 < found.end() <= start2):
        return None, ("A assinatura do relatório PDF não cobre o documento inteiro: algo foi "
                      "acrescentado ou alterado fora da área assinada.")
    try:
        signature = _der_prefix(bytes.fromhex(hole.group(1).decode("ascii")))
    except ValueError:
        return None, "A assinatura de report.pdf está ilegível."
    view = memoryview(pdf)

    def digest_of(name: str) -> bytes:
        digest = hashlib.new(name, view[:length1])
        digest.update(view[start2:])
        return digest.digest()

    return _verify_cms(signature, digest_of, _PDF_WORDING)


_BINDING: Final = re.compile(
    rb"/Aspectos(ExportId|DocumentSHA256)(?![A-Za-z0-9])(?:\s*\(((?:[0-9a-f]|-|\\055)+)\))?")
_BINDING_KEYS: Final = {b"ExportId": PDF_EXPORT_ID_KEY, b"DocumentSHA256": PDF_DOCUMENT_SHA256_KEY}


def _pdf_binding_direct(pdf: bytes) -> tuple[str | None, str | None]:
    """The binding keys as ``bundle.bind_pdf`` / ``render_report`` write them (PDF strings
    of hex digits and dashes, a dash maybe escaped as ``\\055``), read from the bytes in
    one pass; every occurrence of each key must be such and agree, else
    ``read_pdf_binding`` (a PDF reader) decides."""
    values: dict[str, set[bytes]] = {PDF_EXPORT_ID_KEY: set(), PDF_DOCUMENT_SHA256_KEY: set()}
    for key, value in _BINDING.findall(pdf):
        if not value:  # the key written some other way
            return read_pdf_binding(pdf)
        values[_BINDING_KEYS[key]].add(value.replace(b"\\055", b"-"))
    export, sha = values[PDF_EXPORT_ID_KEY], values[PDF_DOCUMENT_SHA256_KEY]
    if len(export) != 1 or len(sha) != 1:
        return read_pdf_binding(pdf)
    return export.pop().decode("ascii"), sha.pop().decode("ascii")


PdfCheck = Literal["pades", "direct"]


def _check_pdf(bundle: _Bundle, manifest_signer: x509.Certificate, manifest: dict[str, Any],
               how: PdfCheck = "pades") -> None:
    pdf = bundle.data[REPORT_MEMBER]
    signer_der: bytes | None
    if how == "direct":
        certificate, problem = verify_pdf_direct(pdf)
        signer_der = None if certificate is None else certificate.public_bytes(Encoding.DER)
        if problem is not None:
            bundle.failed("pdf_signature", problem)
        else:
            bundle.ok("pdf_signature", "Assinatura do relatório PDF válida e cobrindo o "
                                       "documento inteiro.")
    else:
        signer_der = _check_pdf_pades(bundle, pdf)
    _check_pdf_signer_and_binding(bundle, pdf, signer_der, manifest_signer, manifest,
                                  read_binding=_pdf_binding_direct if how == "direct"
                                  else read_pdf_binding)


def _check_pdf_pades(bundle: _Bundle, pdf: bytes) -> bytes | None:
    """pyHanko's PAdES validation of the report; the signer certificate's DER."""
    from aspectos_desktop.export.pdf_signing import verify_pdf

    try:
        result = verify_pdf(pdf)
    except Exception:
        bundle.fail("pdf_signature", "report.pdf está ilegível ou não tem assinatura.")
    if result.signer_cert_der is None:
        bundle.failed("pdf_signature", "report.pdf não tem uma assinatura legível: "
                      + " ".join(result.messages))
    elif not result.intact:
        bundle.failed("pdf_signature", "A assinatura do relatório PDF é inválida: o conteúdo "
                      "assinado foi alterado depois da assinatura.")
    elif not result.valid:
        bundle.failed("pdf_signature", "A assinatura do relatório PDF é inválida: ela não confere "
                      "com o certificado do signatário.")
    elif not result.covers_whole_document:
        bundle.failed("pdf_signature", "A assinatura do relatório PDF não cobre o documento "
                      "inteiro: algo foi acrescentado ao PDF depois da assinatura.")
    else:
        timestamped = bool(getattr(result, "timestamped", False))
        bundle.ok("pdf_signature", "Assinatura do relatório PDF válida e cobrindo o documento "
                  "inteiro" + (", com carimbo de tempo." if timestamped else "."))
    return result.signer_cert_der


def _check_pdf_signer_and_binding(bundle: _Bundle, pdf: bytes, signer_der: bytes | None,
                                  manifest_signer: x509.Certificate, manifest: dict[str, Any],
                                  read_binding: Callable[[bytes], tuple[str | None, str | None]]
                                  ) -> None:
    if signer_der is None:
        bundle.fail("same_signer", "O certificado do signatário do PDF não foi encontrado.")
        return
    if signer_der != manifest_signer.public_bytes(Encoding.DER):
        try:
            other = x509.load_der_x509_certificate(signer_der)
            who = f"{other.subject.rfc4514_string()} ({fingerprint(other)})"
        except ValueError:
            who = "certificado ilegível"
        bundle.fail("same_signer", "O PDF e o manifesto foram assinados por certificados "
                                   f"diferentes: o PDF por {who}.")
    else:
        bundle.ok("same_signer", "O PDF e o manifesto foram assinados pelo mesmo certificado.")
    try:
        export_id, document_sha256 = read_binding(pdf)
    except Exception:
        export_id, document_sha256 = None, None
    if export_id != manifest["export_id"]:
        bundle.fail("pdf_binding", "O relatório PDF não pertence a esta exportação: ele registra a "
                                   f"exportação {export_id or '(nenhuma)'}, o manifesto "
                                   f"{manifest['export_id']}.")
    expected = bundle.digests[DOCUMENT_MEMBER][1]
    if document_sha256 != expected:
        bundle.fail("pdf_binding", "O relatório PDF não corresponde a este assessment.json "
                                   "(SHA-256 registrado no PDF não confere).")
    bundle.ok("pdf_binding", "O PDF registra esta exportação e o SHA-256 de assessment.json.")


# ------------------------------------------------------------------------- document


def _check_document(bundle: _Bundle, manifest: dict[str, Any]) -> None:
    try:
        loaded: object = json.loads(bundle.data[DOCUMENT_MEMBER].decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        bundle.fail("document", "assessment.json não é um JSON legível.")
        return
    version: object = (cast(dict[str, Any], loaded).get("schema_version")
                       if isinstance(loaded, dict) else SCHEMA_VERSION)
    if version != SCHEMA_VERSION or isinstance(version, bool):
        bundle.fail("document", "Versão do formato de dados não suportada: assessment.json "
                                f"traz schema_version = {json.dumps(version)}; este aplicativo "
                                f"lê a versão {SCHEMA_VERSION}.")
    errors = schema_errors(cast(object, loaded))
    if errors:
        bundle.fail("document", "assessment.json não segue o esquema assessment-v1: "
                                + "; ".join(errors))
    document = cast(dict[str, Any], loaded)
    export = cast(dict[str, Any], document["export"])
    if export["id"] != manifest["export_id"]:
        bundle.fail("document", f"O identificador da exportação em assessment.json "
                                f"({export['id']}) difere do manifesto ({manifest['export_id']}).")
    if (export["installation_id"] != manifest["installation_id"]
            or export["created_at"] != manifest["created_at"]):
        bundle.fail("document", "A instalação ou a data da exportação em assessment.json "
                                "diferem do manifesto.")
    listed = {item["path"]: item["sha256"]
              for item in cast(list[dict[str, Any]], document["attachments"])}
    present = {name for name in bundle.digests if name.startswith(ATTACHMENTS_DIR)}
    if set(listed) != present:
        bundle.fail("document", "Os anexos listados em assessment.json não são os anexos do "
                                "pacote.")
    for path, sha256 in listed.items():
        if bundle.digests[path][1] != sha256:
            bundle.fail("document", f"O anexo {path} não confere com o SHA-256 registrado em "
                                    "assessment.json.")
    bundle.ok("document", "assessment.json segue o esquema e confere com o manifesto "
                          f"({len(cast(list[object], document['answers']))} respostas, "
                          f"{len(listed)} anexos).")
    bundle.document = document


# ------------------------------------------------------------------------------ main


ZIP_MAGIC: Final = b"PK"
PDF_MAGIC: Final = b"%PDF-"


def unreadable_reason(path: Path, error: BaseException) -> str:
    """Why ``path`` could not be read as a bundle (pt-BR, one short sentence; the path is
    left out: the caller shows it already), from the error and the file's first bytes."""
    if isinstance(error, FileNotFoundError):
        return "Arquivo não encontrado."
    if isinstance(error, PermissionError):
        return "Permissão negada ao ler o arquivo."
    if isinstance(error, IsADirectoryError):
        return "É uma pasta, não um arquivo .aspectos."
    try:
        with Path(path).open("rb") as handle:
            head = handle.read(len(PDF_MAGIC))
    except OSError as read_error:
        return f"Não foi possível ler o arquivo ({read_error.strerror or read_error})."
    if not head:
        return "Arquivo vazio (0 bytes)."
    if head.startswith(PDF_MAGIC):
        return ("É um PDF (o relatório assinado), não o pacote .aspectos; importe o arquivo "
                ".aspectos.")
    if head.startswith(ZIP_MAGIC):
        return "Zip incompleto ou danificado (cópia interrompida?)."
    if isinstance(error, OSError):
        return f"Não foi possível ler o arquivo ({error.strerror or error})."
    return "Não é um pacote .aspectos."


def check_bundle(path: Path, *, limits: Limits | None = None, stop_at_first: bool = False,
                 keep_attachments: bool = False, pdf_check: PdfCheck = "pades") -> CheckedBundle:
    """Run every check on the bundle at ``path`` and keep what they read.

    ``stop_at_first``: stop at the first failed check (``verify_bundle`` goes on after a
    manifest mismatch to tell whether the manifest itself is genuine).
    ``keep_attachments``: keep the attachments' bytes (already verified against the
    manifest) in ``attachments``.
    ``pdf_check``: "pades" validates the report with pyHanko (``aspectos verify``);
    "direct" checks its signature on the bytes (``verify_pdf_direct``), enough once the
    manifest signature holds (the central importer). Never raises for a bad or
    unreadable file.
    """
    report = VerificationReport()
    checked = CheckedBundle(report)
    bundle = _Bundle(report, limits, stop_at_first=stop_at_first,
                     keep_attachments=keep_attachments)
    path = Path(path)
    try:
        size = path.stat().st_size
        checked.size = size
        if size > bundle.limits.max_file_size:
            bundle.fail("zip", f"Arquivo grande demais para um pacote ({size} bytes; máximo "
                               f"{bundle.limits.max_file_size}).")
        with path.open("rb") as handle, zipfile.ZipFile(handle) as archive:
            infos = _check_zip(archive, size, bundle)
            manifest = _check_manifest(archive, infos, bundle)
        checked.manifest = manifest
        embedded: list[x509.Certificate] = []
        signer, problem = verify_detached_cms(bundle.data[MANIFEST_MEMBER],
                                              bundle.data[SIGNATURE_MEMBER], embedded_out=embedded)
        if signer is not None:
            report.signer_fingerprint = fingerprint(signer)
            report.signer_subject = signer.subject.rfc4514_string()
        if problem is not None or signer is None:
            bundle.fail("manifest_signature", problem or "Assinatura do manifesto inválida.")
        bundle.ok("manifest_signature", "Assinatura CMS do manifesto válida.")
        checked.signer = signer
        checked.certificates = tuple(embedded)
        if not all(c.ok for c in report.checks):
            raise _Stop  # content that fails the manifest is not examined further
        _check_pdf(bundle, signer, manifest, pdf_check)
        if not all(c.ok for c in report.checks):
            raise _Stop
        _check_document(bundle, manifest)
    except _Stop:
        pass
    except (OSError, zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError,
            zlib.error) as error:
        report.unreadable = not report.checks
        report.checks.append(CheckResult("file", False, unreadable_reason(path, error)))
    report.ok = (all(c.ok for c in report.checks)
                 and [c.name for c in report.checks] == list(ALL_CHECKS))
    if report.ok:
        checked.document_bytes = bundle.data[DOCUMENT_MEMBER]
        checked.document = bundle.document
        checked.attachments = {name: data for name, data in bundle.data.items()
                               if name.startswith(ATTACHMENTS_DIR)}
    return checked


def verify_bundle(path: Path) -> VerificationReport:
    """Run every check on the bundle at ``path`` (see the module docstring)."""
    return check_bundle(path).report
