"""Tampered bundles: each is rejected by verify_bundle, by the right check, with its reason."""

from __future__ import annotations

import hashlib
import io
import json
import stat
import zipfile
from pathlib import Path
from typing import Any

import pytest
from bundle_factory import Members, World, flip, read, reseal, world, write

from aspectos_desktop.catalogue.model import Catalogue
from aspectos_desktop.export import verify as verify_module
from aspectos_desktop.export.bundle import bind_pdf, sign_manifest
from aspectos_desktop.export.document import canonical_json
from aspectos_desktop.export.identity import Identity, make_self_signed
from aspectos_desktop.export.verify import VerificationReport, verify_bundle


@pytest.fixture(scope="module")
def w(tmp_path_factory: pytest.TempPathFactory, catalogue: Catalogue) -> World:
    return world(tmp_path_factory, catalogue)


@pytest.fixture(scope="module")
def intruder() -> Identity:
    return make_self_signed("Outro Núcleo", institution="Outra", municipio="Recife", uf="PE")


def first_failure(report: VerificationReport) -> tuple[str, str]:
    assert not report.ok
    failed = report.failed()
    assert failed is not None
    return failed.name, failed.message


def names(report: VerificationReport) -> list[str]:
    return [c.name for c in report.checks]


@pytest.fixture
def forms(w: World) -> Members:
    return read(w.bundles["forms"].path)


def attachment_of(members: Members, ext: str = "png") -> str:
    return next(n for n in members if n.startswith("attachments/") and n.endswith("." + ext))


# --------------------------------------------------------------------- the baseline


def test_rewritten_untouched_bundle_still_verifies(forms: Members, tmp_path: Path) -> None:
    report = verify_bundle(write(tmp_path / "same.aspectos", forms))
    assert report.ok, report.checks


# -------------------------------------------------------------- one byte changed


def test_one_byte_in_json(forms: Members, tmp_path: Path) -> None:
    forms["assessment.json"] = forms["assessment.json"].replace(b"Todas as formas", b"Todas as fornas")
    report = verify_bundle(write(tmp_path / "t.aspectos", forms))
    name, message = first_failure(report)
    assert name == "manifest"
    assert "assessment.json foi alterado" in message
    # The content is not examined once the manifest fails.
    assert names(report) == ["zip", "manifest", "manifest_signature"]


def test_one_byte_in_pdf(forms: Members, tmp_path: Path) -> None:
    forms["report.pdf"] = flip(forms["report.pdf"])
    name, message = first_failure(verify_bundle(write(tmp_path / "t.aspectos", forms)))
    assert name == "manifest" and "report.pdf foi alterado" in message


def test_one_byte_in_attachment(forms: Members, tmp_path: Path) -> None:
    target = attachment_of(forms, "pdf")
    forms[target] = flip(forms[target])
    name, message = first_failure(verify_bundle(write(tmp_path / "t.aspectos", forms)))
    assert name == "manifest" and f"{target} foi alterado" in message


def test_one_byte_in_manifest(forms: Members, tmp_path: Path) -> None:
    forms["manifest.json"] = forms["manifest.json"].replace(b'"bundle_format":1', b'"bundle_format":1 ')
    report = verify_bundle(write(tmp_path / "t.aspectos", forms))
    assert report.check("manifest") is not None and report.check("manifest").ok  # type: ignore[union-attr]
    name, message = first_failure(report)
    assert name == "manifest_signature" and "manifest.json foi alterado depois de assinado" in message


def test_garbage_signature(forms: Members, tmp_path: Path) -> None:
    forms["manifest.sig"] = b"\x30\x03\x02\x01\x00"
    name, message = first_failure(verify_bundle(write(tmp_path / "t.aspectos", forms)))
    assert name == "manifest_signature" and "ilegível" in message


# ----------------------------------------------------- members added, removed, renamed


def test_member_added(forms: Members, tmp_path: Path) -> None:
    forms["leia-me.txt"] = b"oi"
    name, message = first_failure(verify_bundle(write(tmp_path / "t.aspectos", forms)))
    assert name == "zip" and "inesperado(s): leia-me.txt" in message


def test_attachment_added(forms: Members, tmp_path: Path) -> None:
    extra = b"not listed"
    added = f"attachments/{hashlib.sha256(extra).hexdigest()}.txt"
    forms[added] = extra
    name, message = first_failure(verify_bundle(write(tmp_path / "t.aspectos", forms)))
    assert name == "manifest" and f"{added} não consta do manifesto" in message


def test_member_removed(forms: Members, tmp_path: Path) -> None:
    del forms["report.pdf"]
    name, message = first_failure(verify_bundle(write(tmp_path / "t.aspectos", forms)))
    assert name == "zip" and "ausente(s): report.pdf" in message


def test_attachment_removed(forms: Members, tmp_path: Path) -> None:
    gone = attachment_of(forms)
    del forms[gone]
    name, message = first_failure(verify_bundle(write(tmp_path / "t.aspectos", forms)))
    assert name == "manifest" and f"{gone} consta do manifesto mas não está no pacote" in message


def test_member_renamed(forms: Members, tmp_path: Path) -> None:
    forms["relatorio.pdf"] = forms.pop("report.pdf")
    name, message = first_failure(verify_bundle(write(tmp_path / "t.aspectos", forms)))
    assert name == "zip"
    assert "inesperado(s): relatorio.pdf" in message and "ausente(s): report.pdf" in message


def test_attachment_renamed(forms: Members, tmp_path: Path) -> None:
    old = attachment_of(forms)
    new = old[:-3] + "jpg"
    forms[new] = forms.pop(old)
    name, message = first_failure(verify_bundle(write(tmp_path / "t.aspectos", forms)))
    assert name == "manifest" and new in message and old in message


# ------------------------------------------------------------------- re-signing


def test_manifest_resigned_with_another_key(forms: Members, tmp_path: Path,
                                            intruder: Identity) -> None:
    forms["manifest.sig"] = sign_manifest(forms["manifest.json"], intruder)
    report = verify_bundle(write(tmp_path / "t.aspectos", forms))
    assert [c.ok for c in report.checks[:4]] == [True] * 4  # zip, manifest, CMS, PDF all fine
    name, message = first_failure(report)
    assert name == "same_signer" and "certificados diferentes" in message
    assert report.signer_fingerprint == intruder.fingerprint_sha256


def test_json_changed_and_manifest_resigned_by_same_key(w: World, forms: Members,
                                                        tmp_path: Path) -> None:
    """Someone holding the key edits the JSON and re-signs the manifest: the PDF disagrees."""
    document = json.loads(forms["assessment.json"])
    document["answers"][0]["comment"] = "alterado depois"
    forms["assessment.json"] = canonical_json(document)
    name, message = first_failure(verify_bundle(write(tmp_path / "t.aspectos",
                                                      reseal(forms, w.identity))))
    assert name == "pdf_binding" and "não corresponde a este assessment.json" in message


def test_pdf_with_incremental_update_after_signing(w: World, forms: Members,
                                                   tmp_path: Path) -> None:
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer: Any = IncrementalPdfFileWriter(io.BytesIO(forms["report.pdf"]))
    info = writer.trailer["/Info"]
    writer.mark_update(writer.trailer.raw_get("/Info"))
    info[generic.NameObject("/Title")] = generic.TextStringObject("Título trocado")
    out = io.BytesIO()
    writer.write(out)
    assert out.getvalue().startswith(forms["report.pdf"])  # appended, old bytes untouched
    forms["report.pdf"] = out.getvalue()
    report = verify_bundle(write(tmp_path / "t.aspectos", reseal(forms, w.identity)))
    name, message = first_failure(report)
    assert name == "pdf_signature" and "não cobre o documento inteiro" in message
    assert names(report)[:4] == ["zip", "manifest", "manifest_signature", "pdf_signature"]


def test_pdf_from_another_bundle_same_key(w: World, forms: Members, tmp_path: Path) -> None:
    other = read(w.bundles["visit"].path)
    forms["report.pdf"] = other["report.pdf"]
    report = verify_bundle(write(tmp_path / "t.aspectos", reseal(forms, w.identity)))
    name, message = first_failure(report)
    assert name == "pdf_binding" and "não pertence a esta exportação" in message
    assert w.bundles["visit"].export_id in message


def test_pdf_from_another_bundle_other_key(w: World, forms: Members, tmp_path: Path,
                                           intruder: Identity) -> None:
    other = read(w.bundles["visit"].path)
    forms["report.pdf"] = other["report.pdf"]
    name, message = first_failure(verify_bundle(write(tmp_path / "t.aspectos",
                                                      reseal(forms, intruder))))
    assert name == "same_signer" and w.identity.fingerprint_sha256 in message


def _forge(w: World, forms: Members, document: dict[str, Any],
           pdf_export_id: str | None = None) -> Members:
    """A fully re-made bundle (new PDF for the new JSON, both signed by the real key)."""
    from aspectos_desktop.export.pdf_signing import sign_pdf
    from aspectos_desktop.export.report_pdf import render_report

    raw = canonical_json(document)
    attachments = {item["sha256"]: forms[item["path"]] for item in document["attachments"]
                   if item["path"] in forms}
    pdf = render_report(document, w.catalogue, attachments, draft=False)
    pdf = bind_pdf(pdf, pdf_export_id or document["export"]["id"], hashlib.sha256(raw).hexdigest())
    forms = dict(forms)
    forms["assessment.json"] = raw
    forms["report.pdf"] = sign_pdf(pdf, w.identity)
    return reseal(forms, w.identity)


def test_document_export_id_must_match_manifest(w: World, forms: Members, tmp_path: Path) -> None:
    manifest_export_id = json.loads(forms["manifest.json"])["export_id"]
    document = json.loads(forms["assessment.json"])
    document["export"]["id"] = "00000000-0000-4000-8000-000000000000"
    forged = _forge(w, forms, document, pdf_export_id=manifest_export_id)
    report = verify_bundle(write(tmp_path / "t.aspectos", forged))
    name, message = first_failure(report)
    assert name == "document" and "difere do manifesto" in message
    assert report.check("pdf_binding") is not None and report.check("pdf_binding").ok  # type: ignore[union-attr]


def test_document_must_follow_the_schema(w: World, forms: Members, tmp_path: Path) -> None:
    document = json.loads(forms["assessment.json"])
    document["assessment"]["status"] = "aprovada"
    document["nota"] = 10
    report = verify_bundle(write(tmp_path / "t.aspectos", _forge(w, forms, document)))
    name, message = first_failure(report)
    assert name == "document" and "não segue o esquema" in message
    assert "nota" in message and "aprovada" in message


def test_document_attachment_list_must_match(w: World, forms: Members, tmp_path: Path) -> None:
    document = json.loads(forms["assessment.json"])
    dropped = document["attachments"].pop()
    report = verify_bundle(write(tmp_path / "t.aspectos", _forge(w, forms, document)))
    name, message = first_failure(report)
    assert name == "document" and "anexos" in message
    assert dropped["path"] in forms


# ------------------------------------------------------------------------ zip safety


def test_zip_bomb_is_refused_without_inflating(forms: Members, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    forms["assessment.json"] = b"\x00" * (24 * 1024 * 1024)
    bomb = write(tmp_path / "bomb.aspectos", forms)
    assert bomb.stat().st_size < 1024 * 1024

    def no_inflating(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("a member was opened")

    monkeypatch.setattr(zipfile.ZipFile, "open", no_inflating)
    name, message = first_failure(verify_bundle(bomb))
    assert name == "zip" and "bomba zip" in message and "assessment.json" in message


def test_member_size_cap(forms: Members, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(verify_module, "MAX_MEMBER_SIZE", 1000)
    name, message = first_failure(verify_bundle(write(tmp_path / "t.aspectos", forms)))
    assert name == "zip" and "grande demais" in message


def test_member_count_cap(forms: Members, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(verify_module, "MAX_MEMBERS", 3)
    name, message = first_failure(verify_bundle(write(tmp_path / "t.aspectos", forms)))
    assert name == "zip" and "máximo aceito é 3" in message


def test_total_size_cap(forms: Members, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(verify_module, "MAX_TOTAL_SIZE", 2000)
    name, message = first_failure(verify_bundle(write(tmp_path / "t.aspectos", forms)))
    assert name == "zip" and "passa de 2000 bytes" in message


@pytest.mark.parametrize("bad", ["/etc/passwd", "../fora.txt", "attachments/../../x",
                                 "C:/Windows/x", "a\\b"])
def test_unsafe_names(forms: Members, tmp_path: Path, bad: str) -> None:
    forms[bad] = b"x"
    name, message = first_failure(verify_bundle(write(tmp_path / "t.aspectos", forms)))
    assert name == "zip" and "Nome de arquivo interno recusado" in message


def test_symlink_member(forms: Members, tmp_path: Path) -> None:
    target = attachment_of(forms)

    def as_link(info: zipfile.ZipInfo) -> None:
        if info.filename == target:
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            info.create_system = 3

    forms[target] = b"/etc/passwd"
    name, message = first_failure(verify_bundle(write(tmp_path / "t.aspectos", forms, as_link)))
    assert name == "zip" and "link simbólico" in message and target in message


def test_duplicate_member(forms: Members, tmp_path: Path) -> None:
    items = [*forms.items(), ("assessment.json", b"{}")]
    name, message = first_failure(verify_bundle(write(tmp_path / "t.aspectos", items)))
    assert name == "zip" and "duplicado: assessment.json" in message


def test_directory_member(forms: Members, tmp_path: Path) -> None:
    forms["attachments/"] = b""
    name, message = first_failure(verify_bundle(write(tmp_path / "t.aspectos", forms)))
    assert name == "zip" and "attachments/" in message


@pytest.mark.parametrize(("content", "reason"), [
    (b"", "Arquivo vazio (0 bytes)."),
    (b"PK\x03\x04 truncated", "Zip incompleto ou danificado (cópia interrompida?)."),
    (b"%PDF-1.7 not a zip", "É um PDF (o relatório assinado), não o pacote .aspectos; importe o "
                            "arquivo .aspectos."),
    (b"isto nao e um zip", "Não é um pacote .aspectos."),
])
def test_unreadable_files(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "x.aspectos"
    path.write_bytes(content)
    report = verify_bundle(path)
    assert not report.ok and report.unreadable
    assert report.checks[-1].name == "file" and report.checks[-1].message == reason
    assert str(tmp_path) not in reason  # short: the caller shows the file already


def test_a_truncated_copy_of_a_real_bundle(forms: Members, tmp_path: Path) -> None:
    data = write(tmp_path / "whole.aspectos", forms).read_bytes()
    path = tmp_path / "cut.aspectos"
    path.write_bytes(data[: len(data) // 2])
    report = verify_bundle(path)
    assert report.unreadable and report.checks[-1].message == (
        "Zip incompleto ou danificado (cópia interrompida?).")


def test_a_folder_is_not_a_bundle(tmp_path: Path) -> None:
    report = verify_bundle(tmp_path)
    assert report.unreadable and report.checks[-1].message == "É uma pasta, não um arquivo .aspectos."


def test_missing_file(tmp_path: Path) -> None:
    report = verify_bundle(tmp_path / "nao-existe.aspectos")
    assert report.unreadable and report.checks[0].message == "Arquivo não encontrado."
