"""Sign the PDF report (PAdES) with the installation's identity, and verify it. Qt-free.

``sign_pdf`` adds a PAdES B-B signature (or B-T, with an RFC 3161 timestamp when
``tsa_url`` answers) in an incremental update, with a visible signature box on the
last page, where ``report_pdf`` keeps ``SIGNATURE_BOX`` free. When the timestamp
server cannot be reached the PDF is signed without a timestamp and the result says
so (``SignedPdf.timestamped`` / ``SignedPdf.warnings``): the export does not fail.

``verify_pdf`` checks integrity (the signed bytes are unchanged), the cryptographic
validity and whether the signature covers the whole file (nothing was appended
after signing). Trust in the signer's certificate is out of scope here: the
signer's own certificate is taken as trust root, and callers compare it with the
certificate they expect (e.g. the one that signed the bundle's manifest).
"""

from __future__ import annotations

import io
import textwrap
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final, Self

from asn1crypto import keys as _asn1_keys  # pyright: ignore[reportMissingTypeStubs]
from asn1crypto import x509 as _asn1_x509  # pyright: ignore[reportMissingTypeStubs]
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.layout import AxisAlignment, InnerScaling, Margins, SimpleBoxLayoutRule
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.sign.fields import SigFieldSpec, SigSeedSubFilter
from pyhanko.sign.signers import PdfSignatureMetadata, PdfSigner, SimpleSigner
from pyhanko.sign.timestamps import HTTPTimeStamper, TimestampRequestError
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.settings import KeyUsageConstraints
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko.stamp import TextStampStyle
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore

from aspectos_desktop.export.identity import Identity
from aspectos_desktop.export.report_pdf import INFO_ASSESSMENT_UUID, INFO_EXPORT_ID, SIGNATURE_BOX

# asn1crypto ships no type information: use it through untyped handles.
asn1_keys: Any = _asn1_keys
asn1_x509: Any = _asn1_x509

FIELD_NAME: Final = "AspectosAssinatura"
STAMP_TEXT: Final = "Assinado digitalmente por:\n%(signer)s\nEm: %(ts)s"
STAMP_TIME_FORMAT: Final = "%d/%m/%Y %H:%M:%S (UTC%z)"
TSA_TIMEOUT_SECONDS: Final = 8
_STAMP_INSET: Final = 3  # points between the report's printed frame and the stamp
_STAMP_LINE_CHARS: Final = 40


class SignedPdf(bytes):
    """The signed PDF (it *is* the bytes), plus what happened while signing.

    ``timestamped`` says whether an RFC 3161 timestamp was embedded (PAdES B-T);
    ``warnings`` holds pt-BR messages for the user (e.g. the TSA was unreachable).
    """

    timestamped: bool
    warnings: tuple[str, ...]

    def __new__(cls, data: bytes, *, timestamped: bool = False,
                warnings: tuple[str, ...] = ()) -> Self:
        signed = super().__new__(cls, data)
        signed.timestamped = timestamped
        signed.warnings = warnings
        return signed


@dataclass(frozen=True, slots=True)
class PdfVerification:
    """The verdict on a PDF's signature; ``messages`` are pt-BR, for people."""

    intact: bool
    valid: bool
    covers_whole_document: bool
    signer_cert_der: bytes | None
    signer_subject: str | None
    signed_at: datetime | None
    messages: tuple[str, ...]
    timestamped: bool = False
    field_name: str | None = None
    modification_level: str | None = None

    @property
    def ok(self) -> bool:
        """Intact, cryptographically valid and covering the whole file."""
        return self.intact and self.valid and self.covers_whole_document


# --------------------------------------------------------------------------- signing


def _asn1_certificate(certificate: x509.Certificate) -> Any:
    return asn1_x509.Certificate.load(certificate.public_bytes(serialization.Encoding.DER))


def _simple_signer(identity: Identity) -> SimpleSigner:
    key_der = identity.private_key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption())
    signing_cert = _asn1_certificate(identity.certificate)
    chain = [_asn1_certificate(c) for c in identity.chain]
    store: Any = SimpleCertificateStore
    registry: Any = store.from_certs([signing_cert, *chain])
    return SimpleSigner(signing_cert=signing_cert,
                        signing_key=asn1_keys.PrivateKeyInfo.load(key_der),
                        cert_registry=registry)


def _display_name(identity: Identity) -> str:
    for oid in (x509.NameOID.COMMON_NAME, x509.NameOID.ORGANIZATION_NAME):
        found = identity.certificate.subject.get_attributes_for_oid(oid)
        if found:
            value = found[0].value
            return value.decode("utf-8", "replace") if isinstance(value, bytes) else value
    return identity.subject_text


_REPLACEMENTS: Final = {"—": "-", "–": "-", "“": '"', "”": '"', "‘": "'", "’": "'", "…": "..."}


def stamp_safe(text: str) -> str:
    """``text`` limited to what the stamp's standard font can show (Latin-1 letters).

    pyHanko's default stamp font is a non-embedded Courier with WinAnsi encoding:
    Portuguese letters (ã, ç, é…) are fine; other characters are simplified.
    """
    out: list[str] = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in _REPLACEMENTS:
            out.append(_REPLACEMENTS[ch])
        elif 0x20 <= ord(ch) <= 0x7E or 0xA1 <= ord(ch) <= 0xFF:
            out.append(ch)
        elif ch.isspace():
            out.append(" ")
        else:
            base = "".join(c for c in unicodedata.normalize("NFKD", ch)
                           if 0x20 <= ord(c) <= 0x7E)
            out.append(base or "?")
    return "".join(out)


def _stamp_style() -> TextStampStyle:
    margins: Any = Margins
    return TextStampStyle(
        stamp_text=STAMP_TEXT,
        timestamp_format=STAMP_TIME_FORMAT,
        border_width=0,
        background=None,
        text_box_style=TextBoxStyle(font_size=9, leading=12),
        inner_content_layout=SimpleBoxLayoutRule(
            x_align=AxisAlignment.ALIGN_MID, y_align=AxisAlignment.ALIGN_MID,
            margins=margins.uniform(4), inner_content_scaling=InnerScaling.SHRINK_TO_FIT),
    )


def _field_spec() -> SigFieldSpec:
    x1, y1, x2, y2 = SIGNATURE_BOX
    inset = _STAMP_INSET
    return SigFieldSpec(sig_field_name=FIELD_NAME, on_page=-1,
                        box=(x1 + inset, y1 + inset, x2 - inset, y2 - inset))


def _sign(pdf: bytes, identity: Identity, name: str, tsa_url: str | None) -> bytes:
    timestamper = (HTTPTimeStamper(tsa_url, timeout=TSA_TIMEOUT_SECONDS)
                   if tsa_url else None)
    metadata = PdfSignatureMetadata(
        field_name=FIELD_NAME,
        subfilter=SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        name=name,
        reason="Relatório de avaliação do núcleo de telessaúde",
    )
    signer = PdfSigner(metadata, signer=_simple_signer(identity), timestamper=timestamper,
                       stamp_style=_stamp_style(), new_field_spec=_field_spec())
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    signer_line = "\n".join(textwrap.wrap(stamp_safe(name), _STAMP_LINE_CHARS)[:3]) or "-"
    any_signer: Any = signer
    output: Any = any_signer.sign_pdf(writer, appearance_text_params={"signer": signer_line})
    data: bytes = output.getvalue()
    return data


def sign_pdf(pdf: bytes, identity: Identity, *, tsa_url: str | None = None,
             signer_name: str | None = None) -> SignedPdf:
    """Sign ``pdf`` (PAdES B-B; B-T when ``tsa_url`` answers) with a visible signature.

    ``signer_name`` is shown in the signature box (default: the certificate's
    common name). The result is the signed PDF's bytes; see ``SignedPdf`` for the
    timestamp flag and warnings.
    """
    name = (signer_name or "").strip() or _display_name(identity)
    if tsa_url:
        try:
            return SignedPdf(_sign(pdf, identity, name, tsa_url), timestamped=True)
        except (TimestampRequestError, OSError, ValueError) as error:
            warning = (
                f"O servidor de carimbo de tempo ({tsa_url}) não respondeu "
                f"({_reason(error)}). O relatório foi assinado sem carimbo de tempo: a data "
                "da assinatura é a informada por este computador.")
            return SignedPdf(_sign(pdf, identity, name, None), timestamped=False,
                             warnings=(warning,))
    return SignedPdf(_sign(pdf, identity, name, None), timestamped=False)


def _reason(error: BaseException) -> str:
    cause = error.__cause__ or error.__context__
    text = str(cause or error).strip() or type(cause or error).__name__
    return text if len(text) <= 160 else text[:157] + "…"


# -------------------------------------------------------------------------- reading


def _info(pdf: bytes) -> dict[str, str]:
    try:
        reader: Any = PdfFileReader(io.BytesIO(pdf), strict=False)
        info: Any = reader.trailer_view["/Info"]
        return {str(key).lstrip("/"): str(value) for key, value in info.items()
                if isinstance(value, str)}
    except Exception:  # unreadable PDF or no /Info: nothing recorded
        return {}


def pdf_export_id(pdf: bytes) -> str | None:
    """The export id recorded by ``render_report`` ("AspectosExportId"), if any."""
    return _info(pdf).get(INFO_EXPORT_ID) or None


def pdf_assessment_uuid(pdf: bytes) -> str | None:
    """The assessment UUID recorded by ``render_report`` ("AspectosAssessmentUUID")."""
    return _info(pdf).get(INFO_ASSESSMENT_UUID) or None


# ------------------------------------------------------------------------ verifying


def _failure(*messages: str) -> PdfVerification:
    return PdfVerification(intact=False, valid=False, covers_whole_document=False,
                           signer_cert_der=None, signer_subject=None, signed_at=None,
                           messages=tuple(messages))


def _moment(value: Any) -> datetime | None:
    return value if isinstance(value, datetime) else None


def _format_moment(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%d/%m/%Y %H:%M:%S UTC")


def verify_pdf(pdf: bytes) -> PdfVerification:
    """Verify the report's signature (the "AspectosAssinatura" field, else the last one)."""
    try:
        reader: Any = PdfFileReader(io.BytesIO(pdf), strict=False)
        signatures: list[Any] = list(reader.embedded_regular_signatures)
    except Exception:  # any parse error: the file is not a readable PDF
        return _failure("O arquivo não é um PDF legível.")
    if not signatures:
        return _failure("O PDF não tem assinatura digital.")
    signature: Any = next((s for s in signatures if s.field_name == FIELD_NAME), signatures[-1])
    try:
        signer_cert: Any = signature.signer_cert
    except Exception:
        return _failure("A assinatura do PDF está danificada: o certificado do signatário "
                        "não pôde ser lido.")
    cert_der: bytes = signer_cert.dump()
    subject: str | None
    try:
        subject = x509.load_der_x509_certificate(cert_der).subject.rfc4514_string()
    except ValueError:
        subject = None
    context = ValidationContext(trust_roots=[signer_cert], allow_fetching=False)
    usage = KeyUsageConstraints(key_usage={"digital_signature", "non_repudiation"},
                                match_all_key_usages=False)
    try:
        status: Any = validate_pdf_signature(signature, context, key_usage_settings=usage)
    except Exception as error:  # malformed signature container, digest errors, …
        return PdfVerification(
            intact=False, valid=False, covers_whole_document=False, signer_cert_der=cert_der,
            signer_subject=subject, signed_at=None, field_name=signature.field_name,
            messages=(f"A assinatura do PDF não pôde ser verificada ({type(error).__name__}: "
                      f"{_reason(error)}).",))

    intact = bool(status.intact)
    valid = bool(status.valid)
    coverage = status.coverage
    whole = coverage == SignatureCoverageLevel.ENTIRE_FILE
    timestamp = status.timestamp_validity
    timestamped = timestamp is not None
    signed_at = (_moment(timestamp.timestamp) if timestamp is not None else None) \
        or _moment(status.signer_reported_dt)
    level = status.modification_level
    messages: list[str] = []
    if intact:
        messages.append("Integridade: o conteúdo assinado não foi alterado.")
    else:
        messages.append("Integridade: o conteúdo assinado foi alterado depois da assinatura "
                        "(o resumo criptográfico não confere).")
    if valid:
        messages.append("A assinatura criptográfica confere com o certificado do signatário.")
    elif intact:
        messages.append("A assinatura criptográfica não confere com o certificado do "
                        "signatário.")
    if whole:
        messages.append("A assinatura cobre o documento inteiro.")
    elif coverage == SignatureCoverageLevel.ENTIRE_REVISION:
        messages.append("Foram acrescentadas alterações depois da assinatura (atualização "
                        "incremental): a assinatura não cobre o documento inteiro.")
    else:
        messages.append("A assinatura não cobre o documento inteiro.")
    if timestamped and timestamp is not None:
        moment = _moment(timestamp.timestamp)
        messages.append("Carimbo de tempo (RFC 3161)"
                        + (f" de {_format_moment(moment)}" if moment else "")
                        + (" válido." if timestamp.valid else " inválido."))
    else:
        messages.append("Sem carimbo de tempo: a data da assinatura é a informada pelo "
                        "computador do signatário"
                        + (f" ({_format_moment(signed_at)})." if signed_at else "."))
    messages.append("A confiança no certificado não é verificada aqui: compare a impressão "
                    "digital do certificado do signatário com a divulgada pelo núcleo.")
    return PdfVerification(
        intact=intact, valid=valid, covers_whole_document=whole, signer_cert_der=cert_der,
        signer_subject=subject, signed_at=signed_at, messages=tuple(messages),
        timestamped=timestamped, field_name=signature.field_name,
        modification_level=getattr(level, "name", None),
    )
