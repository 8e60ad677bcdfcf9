"""Export one assessment as a signed bundle (``.aspectos``) or as a draft PDF.

Qt-free. A bundle is a zip with:

* ``assessment.json``: the assessment document, canonical JSON (RFC 8785);
* ``report.pdf``: the report, signed (PAdES) by the installation's identity; its
  document information dictionary carries ``/AspectosExportId`` and
  ``/AspectosDocumentSHA256`` (SHA-256 of ``assessment.json``), tying it to this export;
* ``attachments/<sha256>.<ext>``: the files attached to the answers;
* ``manifest.json``: canonical JSON with ``bundle_format``, ``export_id``,
  ``installation_id``, ``created_at`` and, for every other member, its path, size and
  SHA-256 (sorted by path);
* ``manifest.sig``: a detached CMS (PKCS#7) signature of ``manifest.json``, DER, with
  the signer's certificate (and chain) embedded.

The zip is written to a temporary file in the output folder and renamed into place,
so a failure never leaves a partial file.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import os
import tempfile
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.serialization import pkcs7
from pyhanko.pdf_utils import generic as _generic
from pyhanko.pdf_utils import incremental_writer as _incremental_writer
from pyhanko.pdf_utils import reader as _reader

from aspectos_desktop.catalogue.model import Catalogue
from aspectos_desktop.export.document import (
    DOCUMENT_MEMBER,
    DocumentError,
    build_document,
    canonical_json,
    installation_id,
    iso_datetime,
    validate_document,
)
from aspectos_desktop.export.identity import Identity, IdentityError, check_validity
from aspectos_desktop.store import STATUS_IN_PROGRESS, Store, StoreError
from aspectos_desktop.text import slugify

BUNDLE_FORMAT: Final = 1
BUNDLE_SUFFIX: Final = ".aspectos"
DRAFT_SUFFIX: Final = "-RASCUNHO.pdf"
REPORT_MEMBER: Final = "report.pdf"
MANIFEST_MEMBER: Final = "manifest.json"
SIGNATURE_MEMBER: Final = "manifest.sig"
ATTACHMENTS_DIR: Final = "attachments/"
PDF_EXPORT_ID_KEY: Final = "/AspectosExportId"
PDF_DOCUMENT_SHA256_KEY: Final = "/AspectosDocumentSHA256"

Progress = Callable[[str, float], None]

# pyHanko ships no type information: use it through these untyped handles.
generic: Any = _generic
IncrementalPdfFileWriter: Any = _incremental_writer.IncrementalPdfFileWriter
PdfFileReader: Any = _reader.PdfFileReader


class ExportError(Exception):
    """The export failed and nothing was written; ``message`` is plain pt-BR."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class ExportResult:
    """The written file (a ``.aspectos`` bundle, or a draft PDF), its export id and SHA-256."""

    path: Path
    export_id: str
    sha256: str
    draft: bool = False
    warnings: tuple[str, ...] = ()  # pt-BR, e.g. the timestamp server did not answer


# --------------------------------------------------------------------------- helpers


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def bundle_stem(nucleo_name: str, created_at: datetime, export_id: str) -> str:
    """``<núcleo-slug>-<YYYY-MM-DD>-<first 8 of the export id>`` (local date)."""
    slug = slugify(nucleo_name)[:60].strip("-") or "nucleo"
    return f"{slug}-{created_at.astimezone():%Y-%m-%d}-{export_id[:8]}"


def write_error_message(error: OSError, folder: Path) -> str:
    """Plain pt-BR text for an OS error while writing into ``folder``."""
    prefix = "Não foi possível gravar a exportação: "
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return prefix + "o disco está cheio. Libere espaço ou escolha outra pasta e tente de novo."
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return prefix + f"a pasta “{folder}” não permite gravação. Escolha outra pasta."
    if error.errno in (errno.ENOTDIR, errno.EEXIST):
        blocker = next((place for place in (folder, *folder.parents)
                        if place.exists() and not place.is_dir()), folder)
        return prefix + f"“{blocker}” é um arquivo, não uma pasta. Escolha uma pasta."
    if error.errno == errno.ENOENT:
        return prefix + f"a pasta “{folder}” não existe."
    return (prefix + "houve um erro de gravação no disco. Verifique se o disco (ou pen drive) "
            "continua conectado e tente de novo.")


def _write_atomically(target: Path, write: Callable[[io.BufferedWriter], None]) -> str:
    """Write via a temporary file in the same folder, fsync, rename; returns the SHA-256."""
    folder = target.parent
    temp: str | None = None
    try:
        fd, temp = tempfile.mkstemp(prefix=".aspectos-", suffix=".part", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        digest = hashlib.sha256()
        with open(temp, "rb") as check:
            for chunk in iter(lambda: check.read(1 << 20), b""):
                digest.update(chunk)
        os.chmod(temp, 0o644)
        os.replace(temp, target)
        temp = None
        return digest.hexdigest()
    except OSError as error:
        raise ExportError(write_error_message(error, folder)) from None
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)


def sign_manifest(manifest: bytes, identity: Identity) -> bytes:
    """Detached CMS (PKCS#7) signature of ``manifest``, DER, signer certificate and chain embedded."""
    builder = (pkcs7.PKCS7SignatureBuilder()
               .set_data(manifest)
               .add_signer(identity.certificate, identity.private_key, hashes.SHA256()))
    for certificate in identity.chain:
        builder = builder.add_certificate(certificate)
    return builder.sign(serialization.Encoding.DER,
                        [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.Binary])


def read_pdf_binding(pdf: bytes) -> tuple[str | None, str | None]:
    """The export id and assessment.json SHA-256 recorded in the PDF's document information."""
    reader: Any = PdfFileReader(io.BytesIO(pdf), strict=False)
    try:
        info: Any = reader.trailer_view["/Info"]
    except KeyError:
        return None, None

    def text(key: str) -> str | None:
        value: object = info.get(key)
        return str(value) if isinstance(value, str) else None

    return text(PDF_EXPORT_ID_KEY), text(PDF_DOCUMENT_SHA256_KEY)


def bind_pdf(pdf: bytes, export_id: str, document_sha256: str) -> bytes:
    """Record the export id and the SHA-256 of assessment.json in the PDF (before signing).

    Left as is when the report already carries both (``render_report`` may write them).
    """
    if read_pdf_binding(pdf) == (export_id, document_sha256):
        return pdf
    writer: Any = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    info: Any
    try:
        info = writer.trailer["/Info"]
        reference: Any = writer.trailer.raw_get("/Info")
        writer.mark_update(reference)
    except KeyError:
        info = generic.DictionaryObject()
        writer.set_info(info)
    info[generic.NameObject(PDF_EXPORT_ID_KEY)] = generic.TextStringObject(export_id)
    info[generic.NameObject(PDF_DOCUMENT_SHA256_KEY)] = generic.TextStringObject(document_sha256)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _zip_info(name: str, when: datetime, compress: bool) -> zipfile.ZipInfo:
    stamp = when.astimezone(UTC)
    info = zipfile.ZipInfo(name, date_time=(stamp.year, stamp.month, stamp.day,
                                            stamp.hour, stamp.minute, stamp.second))
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    info.external_attr = (0o100644 << 16)  # a regular file, rw-r--r--
    info.create_system = 3  # Unix, so that the mode above is read as such
    return info


# ---------------------------------------------------------------------------- export


def export_bundle(store: Store, catalogue: Catalogue, assessment_id: int,
                  identity: Identity | None, out_dir: Path, *, draft: bool = False,
                  tsa_url: str | None = None, progress: Progress | None = None,
                  data_dir: Path | None = None) -> ExportResult:
    """Export ``assessment_id`` into ``out_dir`` (created if missing).

    Non-draft: a signed ``.aspectos`` bundle; the assessment must be finalised (or
    already exported) and is then marked exported with this export's id and the
    file's SHA-256. Draft: only an unsigned, watermarked ``…-RASCUNHO.pdf``; the
    assessment is not marked. ``data_dir`` holds ``installation_id`` (default: the
    store's folder). ``progress(step, fraction)`` is called as the work advances.
    A failed export leaves nothing behind: no partial file, and none of the folders it
    created for ``out_dir`` (a full pen drive keeps no empty ``nova/pasta``).
    """
    out_dir = Path(out_dir)
    created = [folder for folder in (out_dir, *out_dir.parents) if not folder.exists()]
    try:
        return _export(store, catalogue, assessment_id, identity, out_dir, draft=draft,
                       tsa_url=tsa_url, progress=progress, data_dir=data_dir)
    except BaseException:
        for folder in created:  # deepest first; a folder something else filled stays
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise


def _export(store: Store, catalogue: Catalogue, assessment_id: int,
            identity: Identity | None, out_dir: Path, *, draft: bool,
            tsa_url: str | None, progress: Progress | None,
            data_dir: Path | None) -> ExportResult:
    # Imported here: the report module is heavy (ReportLab) and only needed to export.
    from aspectos_desktop.export.pdf_signing import sign_pdf
    from aspectos_desktop.export.report_pdf import render_report

    def step(text: str, fraction: float) -> None:
        if progress is not None:
            progress(text, fraction)

    step("Conferindo a avaliação", 0.0)
    try:
        assessment = store.get_assessment(assessment_id)
    except StoreError as error:
        raise ExportError(error.message) from None
    if not draft:
        if assessment.status == STATUS_IN_PROGRESS:
            raise ExportError("Só é possível exportar uma avaliação finalizada. Finalize-a "
                              "primeiro, ou exporte um rascunho em PDF.")
        if identity is None:
            raise ExportError("Falta o certificado de assinatura para exportar.")
        try:
            check_validity(identity.certificate)
        except IdentityError as error:
            raise ExportError(error.message) from None
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ExportError(write_error_message(error, out_dir)) from None

    export_id = str(uuid.uuid4())
    created_at = datetime.now(UTC)
    try:
        install_id = installation_id(data_dir if data_dir is not None else store.path.parent)
        document = build_document(store, catalogue, assessment_id, export_id=export_id,
                                  installation_id=install_id, created_at=created_at)
        validate_document(document)
    except DocumentError as error:
        raise ExportError(error.message) from None
    document_bytes = canonical_json(document)
    document_sha256 = sha256_hex(document_bytes)

    step("Reunindo os anexos", 0.15)
    attachments: dict[str, bytes] = {}
    attachment_paths: dict[str, str] = {}
    for item in document["attachments"]:
        sha256: str = item["sha256"]
        try:
            data = store.attachment(sha256).data
        except StoreError as error:
            raise ExportError(error.message) from None
        if sha256_hex(data) != sha256:
            raise ExportError(f"O anexo “{item['filename']}” está danificado nos dados locais "
                              "(o conteúdo não confere com o registrado).")
        attachments[sha256] = data
        attachment_paths[sha256] = item["path"]

    step("Gerando o relatório em PDF", 0.3)
    try:
        pdf = render_report(document, catalogue, attachments, draft=draft,
                            document_hash=document_sha256)
    except Exception as error:  # a report bug must not reach the user as a traceback
        raise ExportError("Não foi possível gerar o relatório em PDF "
                          f"({type(error).__name__}: {error}).") from error
    stem = bundle_stem(document["nucleo"]["name"], created_at, export_id)

    if draft:
        step("Gravando o rascunho", 0.85)
        target = out_dir / f"{stem}{DRAFT_SUFFIX}"

        def write_pdf(handle: io.BufferedWriter) -> None:
            handle.write(pdf)

        digest = _write_atomically(target, write_pdf)
        step("Concluído", 1.0)
        return ExportResult(path=target, export_id=export_id, sha256=digest, draft=True)

    assert identity is not None
    step("Assinando o relatório", 0.6)
    try:
        signed = sign_pdf(bind_pdf(pdf, export_id, document_sha256), identity, tsa_url=tsa_url)
    except Exception as error:  # pyHanko raises many kinds; the user gets one sentence
        raise ExportError("Não foi possível assinar o relatório em PDF "
                          f"({type(error).__name__}: {error}).") from error
    warnings: tuple[str, ...] = tuple(signed.warnings)
    pdf = bytes(signed)

    step("Assinando o manifesto", 0.8)
    members: list[tuple[str, bytes]] = [(DOCUMENT_MEMBER, document_bytes), (REPORT_MEMBER, pdf)]
    members += [(attachment_paths[sha], attachments[sha]) for sha in sorted(attachments)]
    manifest = {
        "bundle_format": BUNDLE_FORMAT,
        "export_id": export_id,
        "installation_id": install_id,
        "created_at": iso_datetime(created_at),
        "members": [{"path": path, "size": len(data), "sha256": sha256_hex(data)}
                    for path, data in sorted(members)],
    }
    manifest_bytes = canonical_json(manifest)
    signature = sign_manifest(manifest_bytes, identity)
    members += [(MANIFEST_MEMBER, manifest_bytes), (SIGNATURE_MEMBER, signature)]

    def write_zip(handle: io.BufferedWriter) -> None:
        with zipfile.ZipFile(handle, "w") as archive:
            for path, data in members:
                archive.writestr(_zip_info(path, created_at, path.endswith(".json")), data)

    step("Gravando o pacote", 0.9)
    target = out_dir / f"{stem}{BUNDLE_SUFFIX}"
    digest = _write_atomically(target, write_zip)
    try:
        store.mark_exported(assessment_id, export_id, digest)
    except StoreError as error:
        with contextlib.suppress(OSError):
            target.unlink()
        raise ExportError(f"{error.message} A exportação foi desfeita.") from None
    step("Concluído", 1.0)
    return ExportResult(path=target, export_id=export_id, sha256=digest, warnings=warnings)
