"""PAdES signing of the report and its verification (pyHanko; pdfsig as a second opinion)."""

from __future__ import annotations

import io
import shutil
import subprocess
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from PIL import Image
from test_report_pdf import ASSESSMENT_UUID, EXPORT_ID, every_form_document

from aspectos_desktop.catalogue.model import Catalogue
from aspectos_desktop.export.identity import Identity
from aspectos_desktop.export.pdf_signing import (
    FIELD_NAME,
    SignedPdf,
    pdf_assessment_uuid,
    pdf_export_id,
    sign_pdf,
    stamp_safe,
    verify_pdf,
)
from aspectos_desktop.export.report_pdf import PAGE_HEIGHT, SIGNATURE_BOX, render_report
from aspectos_desktop.resources import load_catalogue

PDFSIG = shutil.which("pdfsig") is not None
needs_pdfsig = pytest.mark.skipif(not PDFSIG, reason="pdfsig (poppler-utils) não instalado")
UNREACHABLE_TSA = "http://127.0.0.1:9/"


def _certificate(key: Any, common_name: str, *, tsa: bool = False) -> x509.Certificate:
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "BR")])
    now = datetime.now(UTC)
    builder = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
               .public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(now - timedelta(days=1))
               .not_valid_after(now + timedelta(days=365))
               .add_extension(x509.KeyUsage(
                   digital_signature=True, content_commitment=not tsa, key_encipherment=False,
                   data_encipherment=False, key_agreement=False, key_cert_sign=False,
                   crl_sign=False, encipher_only=False, decipher_only=False), critical=True))
    if tsa:
        builder = builder.add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
    return builder.sign(key, hashes.SHA256())


def ec_identity(common_name: str = "Núcleo de Telessaúde do Maranhão") -> Identity:
    key = ec.generate_private_key(ec.SECP256R1())
    return Identity(private_key=key, certificate=_certificate(key, common_name))


def rsa_identity() -> Identity:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return Identity(private_key=key, certificate=_certificate(key, "Núcleo RSA"))


def pdfsig(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "sig.pdf"
    path.write_bytes(pdf)
    # pdfsig exits 0 even when the digest does not match: read what it prints
    result = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True)
    return result.stdout + result.stderr


@pytest.fixture(scope="module")
def cat() -> Catalogue:
    return load_catalogue()


@pytest.fixture(scope="module")
def report(cat: Catalogue) -> bytes:
    document, files, _ = every_form_document(cat)
    document["assessment"]["theme_slugs"] = [cat.themes[0].slug, cat.themes[2].slug]
    return render_report(document, cat, files)


@pytest.fixture(scope="module")
def identity() -> Identity:
    return ec_identity()


@pytest.fixture(scope="module")
def signed(report: bytes, identity: Identity) -> SignedPdf:
    return sign_pdf(report, identity)


# --------------------------------------------------------------------------- signing


@needs_pdfsig
def test_signed_report_is_valid_and_covers_the_whole_file(signed: SignedPdf, identity: Identity,
                                                          tmp_path: Path) -> None:
    assert isinstance(signed, bytes)
    assert signed.timestamped is False and signed.warnings == ()
    out = pdfsig(signed, tmp_path)
    assert "Signature is Valid." in out, out
    assert "Total document signed" in out, out
    assert f"Signature Field Name: {FIELD_NAME}" in out
    assert "Núcleo de Telessaúde do Maranhão" in out

    result = verify_pdf(signed)
    assert result.intact and result.valid and result.covers_whole_document, result.messages
    assert result.ok
    assert result.signer_cert_der == identity.certificate.public_bytes(serialization.Encoding.DER)
    assert result.signer_subject is not None and "Núcleo de Telessaúde" in result.signer_subject
    assert result.signed_at is not None
    assert abs(result.signed_at - datetime.now(UTC)) < timedelta(minutes=5)
    assert result.timestamped is False
    assert result.field_name == FIELD_NAME
    assert any("cobre o documento inteiro" in m for m in result.messages)
    assert any("Sem carimbo de tempo" in m for m in result.messages)


def test_signing_keeps_the_export_binding(report: bytes, signed: SignedPdf) -> None:
    assert pdf_export_id(report) == EXPORT_ID
    assert pdf_export_id(signed) == EXPORT_ID
    assert pdf_assessment_uuid(signed) == ASSESSMENT_UUID
    assert pdf_export_id(b"not a pdf") is None


def test_signature_widget_sits_in_the_reserved_box_on_the_last_page(signed: SignedPdf) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader

    reader: Any = PdfFileReader(io.BytesIO(signed))
    signature: Any = reader.embedded_signatures[0]
    widget: Any = signature.sig_field
    rect = [float(v) for v in widget["/Rect"]]
    x1, y1, x2, y2 = SIGNATURE_BOX
    assert x1 < rect[0] < rect[2] < x2
    assert y1 < rect[1] < rect[3] < y2
    last_page, _resources = reader.find_page_for_modification(-1)
    assert widget.raw_get("/P").idnum == last_page.idnum
    assert str(signature.sig_object["/Name"]) == "Núcleo de Telessaúde do Maranhão"


def _box_colours(pdf: bytes, tmp_path: Path, name: str) -> int:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    pages = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True,
                           check=True).stdout
    count = next(int(line.split()[-1]) for line in pages.splitlines() if line.startswith("Pages"))
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", str(count), "-l", str(count),
                    str(path), str(tmp_path / name)], check=True)
    image_path = next(tmp_path.glob(f"{name}-*.png"))
    scale = 60 / 72
    x1, y1, x2, y2 = SIGNATURE_BOX
    inner = (int((x1 + 6) * scale), int((PAGE_HEIGHT - y2 + 6) * scale),
             int((x2 - 6) * scale), int((PAGE_HEIGHT - y1 - 6) * scale))
    with Image.open(image_path) as image:
        colours = image.convert("RGB").crop(inner).getcolors(maxcolors=1 << 16)
    return len(colours) if colours is not None else 1 << 16


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm não instalado")
def test_visible_signature_is_drawn_inside_the_empty_box(report: bytes, signed: SignedPdf,
                                                         tmp_path: Path) -> None:
    assert _box_colours(report, tmp_path, "unsigned") == 1  # reserved and empty
    assert _box_colours(signed, tmp_path, "signed") > 1  # the stamp text is there


@needs_pdfsig
def test_tampered_byte_inside_signed_range_is_detected(signed: SignedPdf,
                                                       tmp_path: Path) -> None:
    data = bytearray(signed)
    # the binary comment on line 2 is inside the first signed byte range
    position = data.index(b"ReportLab Generated PDF document")
    data[position] ^= 0x20
    tampered = bytes(data)
    result = verify_pdf(tampered)
    assert not result.intact
    assert not result.ok
    assert any("alterado" in m for m in result.messages)
    out = pdfsig(tampered, tmp_path)
    assert "Signature is Valid." not in out, out
    assert "Signature is Invalid" in out or "Digest Mismatch" in out, out


@needs_pdfsig
def test_incremental_update_after_signing_is_not_covered(signed: SignedPdf,
                                                         tmp_path: Path) -> None:
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer: Any = IncrementalPdfFileWriter(io.BytesIO(signed), strict=False)
    info: Any = writer.trailer["/Info"]
    writer.mark_update(writer.trailer.raw_get("/Info"))
    info[generic.NameObject("/Subject")] = generic.TextStringObject("alterado depois")
    out = io.BytesIO()
    writer.write(out)
    updated = out.getvalue()
    assert updated.startswith(bytes(signed))

    result = verify_pdf(updated)
    assert result.intact and result.valid
    assert result.covers_whole_document is False
    assert not result.ok
    assert any("não cobre o documento inteiro" in m for m in result.messages)
    assert "Total document signed" not in pdfsig(updated, tmp_path)


def test_unreachable_tsa_signs_without_timestamp_and_says_so(report: bytes,
                                                             identity: Identity) -> None:
    signed = sign_pdf(report, identity, tsa_url=UNREACHABLE_TSA)
    assert signed.timestamped is False
    assert len(signed.warnings) == 1
    assert "carimbo de tempo" in signed.warnings[0]
    assert "127.0.0.1:9" in signed.warnings[0]
    result = verify_pdf(signed)
    assert result.ok and not result.timestamped


class _TsaHandler(BaseHTTPRequestHandler):
    timestamper: Any = None

    def do_POST(self) -> None:
        from asn1crypto import tsp  # pyright: ignore[reportMissingTypeStubs]

        length = int(self.headers.get("Content-Length", "0"))
        request: Any = tsp.TimeStampReq.load(self.rfile.read(length))  # pyright: ignore
        response: Any = self.timestamper.request_tsa_response(request)
        body: bytes = response.dump()
        self.send_response(200)
        self.send_header("Content-Type", "application/timestamp-reply")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture()
def local_tsa() -> Iterator[str]:
    """An RFC 3161 server on localhost (pyHanko's test timestamper behind http.server)."""
    from asn1crypto import keys as asn1_keys  # pyright: ignore[reportMissingTypeStubs]
    from asn1crypto import x509 as asn1_x509  # pyright: ignore[reportMissingTypeStubs]
    from pyhanko.sign.timestamps import DummyTimeStamper

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    certificate = _certificate(key, "TSA de teste", tsa=True)
    key_der = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    load_cert: Any = asn1_x509.Certificate.load  # pyright: ignore
    load_key: Any = asn1_keys.PrivateKeyInfo.load  # pyright: ignore
    handler = type("Handler", (_TsaHandler,), {"timestamper": DummyTimeStamper(
        tsa_cert=load_cert(certificate.public_bytes(serialization.Encoding.DER)),
        tsa_key=load_key(key_der))})
    server = HTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@needs_pdfsig
def test_reachable_tsa_adds_a_timestamp(report: bytes, identity: Identity, local_tsa: str,
                                        tmp_path: Path) -> None:
    signed = sign_pdf(report, identity, tsa_url=local_tsa)
    assert signed.timestamped is True and signed.warnings == ()
    result = verify_pdf(signed)
    assert result.ok
    assert result.timestamped
    assert any("Carimbo de tempo (RFC 3161)" in m for m in result.messages)
    out = pdfsig(signed, tmp_path)
    assert "Signature is Valid." in out and "Total document signed" in out


@needs_pdfsig
def test_rsa_identity_and_custom_signer_name(report: bytes, tmp_path: Path) -> None:
    signed = sign_pdf(report, rsa_identity(), signer_name="Maria da Conceição — coordenação")
    result = verify_pdf(signed)
    assert result.ok
    assert "Signature is Valid." in pdfsig(signed, tmp_path)


def test_identity_made_by_the_app_signs(report: bytes) -> None:
    identity_module = pytest.importorskip("aspectos_desktop.export.identity")
    make = getattr(identity_module, "make_self_signed", None)
    if make is None:
        pytest.skip("make_self_signed ainda não existe")
    identity = make("Núcleo de Telessaúde de Pernambuco", institution="UFPE",
                    municipio="Recife", uf="PE")
    result = verify_pdf(sign_pdf(report, identity))
    assert result.ok, result.messages


def test_verify_reports_unsigned_and_unreadable_files(report: bytes) -> None:
    unsigned = verify_pdf(report)
    assert not unsigned.intact and not unsigned.valid and not unsigned.covers_whole_document
    assert unsigned.signer_cert_der is None
    assert unsigned.messages == ("O PDF não tem assinatura digital.",)
    garbage = verify_pdf(b"isto n\xc3\xa3o \xc3\xa9 um PDF")
    assert not garbage.ok
    assert garbage.messages == ("O arquivo não é um PDF legível.",)


def test_stamp_text_is_limited_to_the_stamp_font() -> None:
    assert stamp_safe("Núcleo de Saúde — Ação “São João” º ª") == \
        'Núcleo de Saúde - Ação "São João" º ª'
    assert stamp_safe("Łódź 北京") == "?ódz ??"
