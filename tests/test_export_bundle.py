"""Signed bundles (.aspectos): real store, real exports, checked by verify_bundle and by
the standard tools (unzip, sha256sum, openssl cms, pdfsig).

The shared world of real exports (``world``) lives in bundle_factory.py.
"""

from __future__ import annotations

import errno
import hashlib
import io
import json
import os
import shutil
import subprocess
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import rfc8785
from bundle_factory import World, create_all_forms_assessment, world  # noqa: F401 - re-exported

from aspectos_desktop.catalogue.model import Catalogue
from aspectos_desktop.demo import create_demo
from aspectos_desktop.export import bundle as bundle_module
from aspectos_desktop.export.bundle import ExportError, read_pdf_binding
from aspectos_desktop.export.document import schema_errors
from aspectos_desktop.export.verify import ALL_CHECKS, verify_bundle
from aspectos_desktop.store import Store

TOOLS = ("unzip", "sha256sum", "openssl", "pdfsig")


# ------------------------------------------------------------------------ shared world


@pytest.fixture
def w(tmp_path_factory: pytest.TempPathFactory, catalogue: Catalogue) -> World:
    return world(tmp_path_factory, catalogue)


def unpack(bundle: Path, target: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(bundle) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=60, check=False)


needs_tools = pytest.mark.skipif(any(shutil.which(t) is None for t in TOOLS),
                                 reason="unzip, sha256sum, openssl and pdfsig are needed")


# ----------------------------------------------------------------------------- tests


@pytest.mark.parametrize("key", ["visit", "forms", "auto"])
def test_exported_bundles_verify(w: World, key: str) -> None:
    result = w.bundles[key]
    assert result.path.suffix == ".aspectos"
    assert result.path.name.startswith("nucleo-de-telessaude-de-demonstracao-")
    assert result.path.stem.endswith(result.export_id[:8])
    assert hashlib.sha256(result.path.read_bytes()).hexdigest() == result.sha256
    report = verify_bundle(result.path)
    assert report.ok, [c for c in report.checks if not c.ok]
    assert [c.name for c in report.checks] == list(ALL_CHECKS)
    assert report.signer_fingerprint == w.identity.fingerprint_sha256
    assert report.export_id == result.export_id
    assert not report.unreadable


@pytest.mark.parametrize("key", ["visit", "forms", "auto"])
def test_export_marks_the_assessment_exported(w: World, key: str) -> None:
    store = w.store()
    try:
        assessment = store.get_assessment(w.ids[key])
    finally:
        store.close(backup=False)
    # The "auto" bundle is the latest export of that assessment only if no other test re-exported it.
    assert assessment.status == "exportada"
    assert assessment.export_id is not None and assessment.export_sha256 is not None
    if assessment.export_id == w.bundles[key].export_id:
        assert assessment.export_sha256 == w.bundles[key].sha256


def test_bundle_layout_and_document(w: World) -> None:
    members = unpack(w.bundles["forms"].path, w.root)
    attachment_names = sorted(n for n in members if n.startswith("attachments/"))
    assert sorted(members) == sorted(["assessment.json", "report.pdf", "manifest.json",
                                      "manifest.sig", *attachment_names])
    assert sorted(n.rsplit(".", 1)[1] for n in attachment_names) == ["jpg", "pdf", "png"]
    raw = members["assessment.json"]
    document = json.loads(raw)
    assert rfc8785.dumps(document) == raw  # canonical JCS bytes
    assert schema_errors(document) == []
    assert document["schema_version"] == 1
    assert document["export"]["id"] == w.bundles["forms"].export_id
    assert document["assessment"]["status"] == "finalizada"
    assert document["assessment"]["monitor"] is None
    assert document["catalogue"] == {"version": w.catalogue.version,
                                     "content_sha256": w.catalogue.content_hash}
    answers = document["answers"]
    assert [a["aspect_id"] for a in answers] == sorted(a["aspect_id"] for a in answers)
    assert {a["form_type"] for a in answers} == {"scale", "percent", "indicator", "table",
                                                 "attachment"}
    by_type = {(a["form_type"], a["completion"]): a for a in answers}
    assert by_type[("percent", "respondido")]["computed"] == "45.5"
    assert by_type[("indicator", "inválido")]["computed"] is None
    assert ("indicator", "respondido") in by_type
    for item in document["attachments"]:
        assert hashlib.sha256(members[item["path"]]).hexdigest() == item["sha256"]
        assert item["size"] == len(members[item["path"]])
    manifest = json.loads(members["manifest.json"])
    assert rfc8785.dumps(manifest) == members["manifest.json"]
    assert manifest["bundle_format"] == 1
    assert manifest["export_id"] == document["export"]["id"]
    assert manifest["installation_id"] == document["export"]["installation_id"]
    assert [m["path"] for m in manifest["members"]] == sorted(
        n for n in members if n not in ("manifest.json", "manifest.sig"))
    assert read_pdf_binding(members["report.pdf"]) == (
        document["export"]["id"], hashlib.sha256(raw).hexdigest())


def test_visit_document_has_monitor(w: World) -> None:
    document = json.loads(unpack(w.bundles["visit"].path, w.root)["assessment.json"])
    assert document["assessment"]["kind"] == "visita"
    assert document["assessment"]["monitor"] == {
        "name": "Maria Souza", "institution": "Ministério da Saúde", "visit_date": "2026-05-12"}
    assert [r["name"] for r in document["nucleo"]["respondents"]] == ["Ana Ribeiro", "Carlos Lima"]


def test_installation_id_is_kept(w: World) -> None:
    kept = (w.root / "installation_id").read_text().strip()
    for result in w.bundles.values():
        document = json.loads(unpack(result.path, w.root)["assessment.json"])
        assert document["export"]["installation_id"] == kept


@needs_tools
@pytest.mark.slow
@pytest.mark.parametrize("key", ["visit", "forms"])
def test_standard_tools_verify_the_bundle(w: World, key: str, tmp_path: Path) -> None:
    bundle = w.bundles[key].path
    assert run(["unzip", "-q", str(bundle), "-d", str(tmp_path)], tmp_path).returncode == 0
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    listing = "".join(f"{m['sha256']}  {m['path']}\n" for m in manifest["members"])
    (tmp_path / "SHA256SUMS").write_text(listing, encoding="utf-8")
    sums = run(["sha256sum", "-c", "--strict", "SHA256SUMS"], tmp_path)
    assert sums.returncode == 0, sums.stdout + sums.stderr
    assert sums.stdout.count(": OK") == len(manifest["members"])
    cms = run(["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-content",
               "manifest.json", "-in", "manifest.sig", "-noverify", "-out", os.devnull], tmp_path)
    assert cms.returncode == 0, cms.stderr
    assert "Verification successful" in cms.stdout + cms.stderr
    pdfsig = run(["pdfsig", "report.pdf"], tmp_path)
    assert "Signature is Valid." in pdfsig.stdout, pdfsig.stdout + pdfsig.stderr
    assert "Total document signed" in pdfsig.stdout


def test_in_progress_assessment_is_refused(w: World) -> None:
    with pytest.raises(ExportError) as caught:
        w.export("open", w.out_dir("refused"))
    assert "finalizada" in caught.value.message
    assert list(w.out_dir("refused").iterdir()) == []


def test_draft_is_only_a_pdf(w: World, tmp_path: Path) -> None:
    result = w.export("open", tmp_path, draft=True, identity=None)
    assert result.draft
    assert result.path.name.endswith("-RASCUNHO.pdf")
    assert [p.name for p in tmp_path.iterdir()] == [result.path.name]
    data = result.path.read_bytes()
    assert data.startswith(b"%PDF")
    assert b"/ByteRange" not in data  # unsigned
    store = w.store()
    try:
        assert store.get_assessment(w.ids["open"]).status == "em_andamento"
    finally:
        store.close(backup=False)


def test_exported_assessment_can_be_exported_again(w: World, tmp_path: Path) -> None:
    again = w.export("visit", tmp_path)
    assert again.export_id != w.bundles["visit"].export_id
    assert verify_bundle(again.path).ok
    store = w.store()
    try:
        assessment = store.get_assessment(w.ids["visit"])
    finally:
        store.close(backup=False)
    assert (assessment.export_id, assessment.export_sha256) == (again.export_id, again.sha256)


def test_progress_is_reported(w: World, tmp_path: Path) -> None:
    steps: list[tuple[str, float]] = []

    def progress(step: str, fraction: float) -> None:
        steps.append((step, fraction))

    w.export("visit", tmp_path, progress=progress)
    fractions = [f for _, f in steps]
    assert fractions == sorted(fractions) and fractions[0] == 0.0 and fractions[-1] == 1.0
    assert all(isinstance(step, str) and step for step, _ in steps)


@pytest.mark.parametrize("code, text", [(errno.ENOSPC, "disco está cheio"),
                                        (errno.EACCES, "não permite gravação")])
def test_write_failure_leaves_nothing(w: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      code: int, text: str) -> None:
    store = w.store()
    try:
        before = store.get_assessment(w.ids["forms"])
    finally:
        store.close(backup=False)
    real_writestr = zipfile.ZipFile.writestr
    calls: list[str] = []

    def failing_writestr(self: zipfile.ZipFile, info: Any, data: Any, *args: Any, **kw: Any) -> None:
        calls.append(str(getattr(info, "filename", info)))
        if len(calls) == 3:
            raise OSError(code, os.strerror(code))
        real_writestr(self, info, data, *args, **kw)

    monkeypatch.setattr(zipfile.ZipFile, "writestr", failing_writestr)
    (tmp_path / "pen").mkdir()
    with pytest.raises(ExportError) as caught:
        w.export("forms", tmp_path / "pen" / "nova" / "pasta")
    assert text in caught.value.message
    assert "Traceback" not in caught.value.message
    # no partial file, and not the folders the export made for itself either
    assert list((tmp_path / "pen").iterdir()) == []
    store = w.store()
    try:
        after = store.get_assessment(w.ids["forms"])
    finally:
        store.close(backup=False)
    assert (after.export_id, after.export_sha256) == (before.export_id, before.export_sha256)


def test_missing_output_folder_is_created(w: World, tmp_path: Path) -> None:
    result = w.export("visit", tmp_path / "pen-drive" / "nova-pasta")
    assert result.path.parent == tmp_path / "pen-drive" / "nova-pasta"


def test_output_path_that_cannot_be_a_folder(w: World, tmp_path: Path) -> None:
    blocker = tmp_path / "arquivo"
    blocker.write_text("not a folder")
    for target in (blocker / "sub", blocker):  # through a file, or the file itself
        with pytest.raises(ExportError) as caught:
            w.export("visit", target)
        assert f"“{blocker}” é um arquivo, não uma pasta." in caught.value.message
    assert blocker.read_text() == "not a folder"


def test_expired_certificate_is_refused(w: World, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from aspectos_desktop.export import identity as identity_module
    from aspectos_desktop.export.identity import IdentityError

    def expired(certificate: Any, when: Any = None) -> None:
        raise IdentityError("O certificado de assinatura venceu em 01/01/2020.")

    monkeypatch.setattr(bundle_module, "check_validity", expired)
    assert identity_module.check_validity is not expired
    with pytest.raises(ExportError, match="venceu"):
        w.export("visit", tmp_path)
    assert list(tmp_path.iterdir()) == []


# ------------------------------------------------------------------------------- CLI


def cli(argv: list[str]) -> int:
    """Run an export command as ``aspectos`` would (UserError -> exit 2)."""
    import argparse

    from aspectos_desktop.cli import UserError
    from aspectos_desktop.export_cli import add_commands

    parser = argparse.ArgumentParser(prog="aspectos")
    parser.add_argument("--data-dir", type=Path, default=None)
    add_commands(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args))
    except UserError as error:
        print(f"aspectos: erro: {error}")
        return 2


@pytest.fixture
def cli_data(tmp_path: Path, catalogue: Catalogue,
             monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A data folder with the demo data in the main store, both assessments finalised."""
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    monkeypatch.setattr("sys.stdin", io.StringIO())  # not a terminal
    store = Store.open(tmp_path / "data" / "aspectos.db")
    try:
        for assessment_id in create_demo(store, catalogue):
            store.finalize(assessment_id)
    finally:
        store.close(backup=False)
    yield tmp_path / "data"
    keyring.set_keyring(previous)


def test_cli_export_and_verify(cli_data: Path, tmp_path: Path,
                               capsys: pytest.CaptureFixture[str],
                               monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "saida"
    out.mkdir()
    monkeypatch.setenv("ASPECTOS_TEST_PASS", "senha do núcleo")
    code = cli(["--data-dir", str(cli_data), "export", "1", "-o", str(out),
                "--passphrase-env", "ASPECTOS_TEST_PASS"])
    printed = capsys.readouterr().out
    assert code == 0, printed
    assert "criando um agora" in printed and "Proteção: protegido por senha" in printed
    bundle = next(out.glob("*.aspectos"))
    assert f"Pacote exportado: {bundle}" in printed

    assert cli(["--data-dir", str(cli_data), "identity", "show"]) == 0
    shown = capsys.readouterr().out
    assert "Titular: C=BR,ST=MA,L=São Luís" in shown
    assert "Proteção: protegido por senha" in shown
    assert "Tipo de chave: EC P-256" in shown

    assert cli(["verify", str(bundle)]) == 0
    verified = capsys.readouterr().out
    assert verified.count("✔") == len(ALL_CHECKS) and "✘" not in verified
    assert "Impressão digital SHA-256: " in verified

    # A second export needs the passphrase: wrong, then none (not a terminal).
    monkeypatch.setenv("ASPECTOS_TEST_PASS", "errada")
    assert cli(["--data-dir", str(cli_data), "export", "2", "-o", str(out),
                "--passphrase-env", "ASPECTOS_TEST_PASS"]) == 2
    assert "Senha incorreta para o certificado." in capsys.readouterr().out
    assert cli(["--data-dir", str(cli_data), "export", "2", "-o", str(out)]) == 2
    assert "--passphrase-env" in capsys.readouterr().out

    # Verification failures: exit 1 for a damaged bundle, 2 for an unreadable file.
    members = unpack(bundle, tmp_path)
    members["assessment.json"] = members["assessment.json"].replace(b"Maria", b"Mario", 1)
    damaged = tmp_path / "alterado.aspectos"
    with zipfile.ZipFile(damaged, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    assert cli(["verify", str(damaged)]) == 1
    assert "✘ Integridade dos arquivos (manifesto)" in capsys.readouterr().out
    junk = tmp_path / "lixo.aspectos"
    junk.write_bytes(b"not a zip")
    assert cli(["verify", str(junk)]) == 2
    assert cli(["verify", str(tmp_path / "nao-existe.aspectos")]) == 2


def test_cli_without_passphrase_reports_unprotected_key(cli_data: Path, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(["--data-dir", str(cli_data), "identity", "create"]) == 0
    printed = capsys.readouterr().out
    assert "SEM PROTEÇÃO" in printed
    assert cli(["--data-dir", str(cli_data), "export", "1", "-o", str(tmp_path)]) == 0
    printed = capsys.readouterr().out
    assert "SEM PROTEÇÃO" in printed
    assert cli(["--data-dir", str(cli_data), "identity", "create"]) == 2
    assert "--replace" in capsys.readouterr().out
    assert cli(["--data-dir", str(cli_data), "export", "1", "-o", str(tmp_path), "--draft"]) == 0
    assert "Rascunho" in capsys.readouterr().out


def test_cli_demo_identity_stays_with_the_demo(cli_data: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    """``identity create --demo`` must not sign the real installation with the demo núcleo."""
    from aspectos_desktop.export.identity import has_identity

    assert cli(["--data-dir", str(cli_data), "identity", "create", "--demo"]) == 0
    capsys.readouterr()
    assert not has_identity(cli_data), "the real installation got the demo's certificate"
    assert has_identity(cli_data / "demo")
    assert cli(["--data-dir", str(cli_data), "identity", "show", "--demo"]) == 0
    assert "Demonstração" in capsys.readouterr().out
    assert cli(["--data-dir", str(cli_data), "identity", "show"]) == 1  # real: none yet
    capsys.readouterr()
    assert cli(["--data-dir", str(cli_data), "identity", "create"]) == 0  # no --replace needed
