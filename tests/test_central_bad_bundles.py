"""A corpus of bad bundles, at least one per check of the import pipeline, on SQLite and
PostgreSQL: each is rejected by the right stage with its pt-BR reason, quarantined with a
``.motivo.txt``, and nothing of it reaches the database (only the audit entry)."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import stat
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from bundle_factory import CentralWorld, Members, flip, reseal, stand_in_pdf
from central_fixtures import row_counts

from aspectos_desktop.central.audit import audit_entries
from aspectos_desktop.central.database import CentralDB
from aspectos_desktop.central.importer import Importer
from aspectos_desktop.central.trust import TrustAnchors
from aspectos_desktop.export.bundle import bind_pdf, sign_manifest
from aspectos_desktop.export.pdf_signing import sign_pdf
from aspectos_desktop.export.verify import Limits


@dataclass(frozen=True)
class Case:
    check: str  # the stage that must reject it
    reason: str  # a piece of the pt-BR reason
    build: Callable[[CentralWorld], Path]
    limits: Limits | None = None


def _answer(document: dict[str, Any], form_type: str, completion: str = "respondido") -> dict[str, Any]:
    return next(a for a in document["answers"]
                if a["form_type"] == form_type and a["completion"] == completion)


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def mutate(document: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target = document
        for key in parents:
            target = target[key]
        target[last] = value

    return mutate


def _unknown_aspect(document: dict[str, Any]) -> None:
    document["answers"][0]["aspect_id"] = 999_999


def _bad_choice(document: dict[str, Any]) -> None:
    _answer(document, "scale")["value"]["choice"] = "talvez"


def _bad_completion(document: dict[str, Any]) -> None:
    _answer(document, "indicator", "inválido")["completion"] = "respondido"


def _missing_attachment(document: dict[str, Any]) -> None:
    files = _answer(document, "attachment")["value"]["files"]
    files.append({"sha256": "ab" * 32, "filename": "sumiu.png", "mime": "image/png", "size": 1})


def _monitor(**values: Any) -> Callable[[dict[str, Any]], None]:
    def mutate(document: dict[str, Any]) -> None:
        document["assessment"]["monitor"].update(values)

    return mutate


def _visit_after_export(document: dict[str, Any]) -> None:
    exported = datetime.fromisoformat(document["export"]["created_at"].replace("Z", "+00:00"))
    document["assessment"]["monitor"]["visit_date"] = (exported.date()
                                                       + timedelta(days=1)).isoformat()


def _out_of_scope(cw: CentralWorld) -> Path:
    """The visit's first answer is outside the one theme the assessment declares."""
    document = cw.document("visit")
    theme = cw.catalogue.aspects[document["answers"][0]["aspect_id"]].theme_slug
    other = next(t.slug for t in cw.catalogue.themes if t.slug != theme)
    return cw.derive("visit", "scope", _set("assessment.theme_slugs", [other]))


def _with(members: Members, **extra: bytes) -> Members:
    return {**members, **extra}


def _many_members(members: Members) -> Members:
    return {**members, **{f"extra/{i:04d}.txt": b"" for i in range(2001)}}


def _symlink(info: zipfile.ZipInfo) -> None:
    if info.filename.startswith("attachments/"):
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        info.create_system = 3


def _bomb(members: Members) -> Members:
    return {**members, "assessment.json": b"\x00" * (24 * 1024 * 1024)}


def _json_byte(members: Members) -> Members:
    return {**members, "assessment.json": members["assessment.json"].replace(b"Maria", b"Mario", 1)}


def _attachment_byte(members: Members) -> Members:
    name = next(n for n in members if n.startswith("attachments/"))
    return {**members, name: flip(members[name])}


def _resigned_by(identity_of: Callable[[CentralWorld], Any]) -> Callable[[CentralWorld], Path]:
    def build(cw: CentralWorld) -> Path:
        def change(members: Members) -> Members:
            return {**members, "manifest.sig": sign_manifest(members["manifest.json"], identity_of(cw))}

        return cw.tampered("visit", "resigned", change)

    return build


def _altered_answers_intact_pdf(cw: CentralWorld) -> Path:
    def change(members: Members) -> Members:
        document = json.loads(members["assessment.json"])
        document["answers"][0]["comment"] = "alterado depois da assinatura"
        from aspectos_desktop.export.document import canonical_json

        return reseal({**members, "assessment.json": canonical_json(document)}, cw.key_a)

    return cw.tampered("visit", "altered-answers", change)


def _swapped_pdf(cw: CentralWorld) -> Path:
    other = cw.members("auto")["report.pdf"]
    return cw.tampered("visit", "swapped-pdf",
                       lambda m: reseal({**m, "report.pdf": other}, cw.key_a))


# The importer checks the PDF's own signature on its bytes (verify_pdf_direct) once the
# manifest signature holds: these PDFs are resealed with the núcleo's real key, so only
# that check can catch them.
def _pdf_resealed(name: str, change: Callable[[CentralWorld, bytes], bytes]
                  ) -> Callable[[CentralWorld], Path]:
    def build(cw: CentralWorld) -> Path:
        return cw.tampered("visit", name, lambda m: reseal(
            {**m, "report.pdf": change(cw, m["report.pdf"])}, cw.key_a))

    return build


def _pdf_signed_text_altered(cw: CentralWorld, pdf: bytes) -> bytes:
    at = pdf.index(b"/Producer")  # inside the signed range, outside the /Contents hole
    return pdf[:at] + b"/Producar" + pdf[at + len(b"/Producer"):]


def _pdf_incremental_update(cw: CentralWorld, pdf: bytes) -> bytes:
    export_id = json.loads(cw.members("visit")["manifest.json"])["export_id"]
    return bind_pdf(pdf, export_id, "0" * 64)  # a genuine incremental update after signing


def _truncated(cw: CentralWorld) -> Path:
    path = cw.path("truncated")
    data = cw.bundles["visit"].read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def _raw(name: str, content: bytes) -> Callable[[CentralWorld], Path]:
    def build(cw: CentralWorld) -> Path:
        path = cw.path(name)
        path.write_bytes(content)
        return path

    return build


def _oversize(cw: CentralWorld) -> Path:
    path = cw.path("oversize")
    path.write_bytes(cw.bundles["visit"].read_bytes() + b"\x00" * 4096)
    return path


SMALL_FILE_LIMIT = dataclasses.replace(Limits(), max_file_size=100_000)

CASES: dict[str, Case] = {
    # size and member limits; safe unpacking
    "oversize_file": Case("zip", "Arquivo grande demais", _oversize, SMALL_FILE_LIMIT),
    "too_many_members": Case("zip", "o máximo aceito é 2000",
                             lambda cw: cw.tampered("visit", "many", _many_members)),
    "absolute_path": Case("zip", "caminho absoluto", lambda cw: cw.tampered(
        "visit", "absolute", lambda m: _with(m, **{"/etc/passwd": b"root"}))),
    "dotdot_traversal": Case("zip", "caminho com “..”", lambda cw: cw.tampered(
        "visit", "dotdot", lambda m: _with(m, **{"attachments/../../fora.txt": b"x"}))),
    "symlink_member": Case("zip", "link simbólico", lambda cw: cw.tampered(
        "forms", "symlink", lambda m: m, _symlink)),
    "duplicate_names": Case("zip", "duplicado: assessment.json", lambda cw: cw.tampered(
        "visit", "duplicate", lambda m: [*m.items(), ("assessment.json", b"{}")])),
    "zip_bomb": Case("zip", "bomba zip", lambda cw: cw.tampered("visit", "bomb", _bomb)),
    "truncated_file": Case("file", "Zip incompleto ou danificado (cópia interrompida?).",
                           _truncated),
    "pdf_not_a_bundle": Case("file", "É um PDF (o relatório assinado), não o pacote .aspectos; "
                                     "importe o arquivo .aspectos.",
                             _raw("not-zip", b"%PDF-1.7\nisto nao e um pacote\n")),
    "not_a_zip": Case("file", "Não é um pacote .aspectos.", _raw("text", b"isto nao e um pacote")),
    "empty_file": Case("file", "Arquivo vazio (0 bytes).", _raw("empty", b"")),
    # manifest hashes
    "manifest_hash_mismatch": Case("manifest", "assessment.json foi alterado",
                                   lambda cw: cw.tampered("visit", "json-byte", _json_byte)),
    "attachment_altered": Case("manifest", "foi alterado",
                               lambda cw: cw.tampered("forms", "attachment-byte", _attachment_byte)),
    # signatures
    "manifest_resigned_unknown_key": Case("same_signer", "certificados diferentes",
                                          _resigned_by(lambda cw: cw.intruder)),
    "garbage_signature": Case("manifest_signature", "ilegível", lambda cw: cw.tampered(
        "visit", "garbage-sig", lambda m: _with(m, **{"manifest.sig": b"\x30\x03\x02\x01\x00"}))),
    "altered_answers_intact_pdf": Case("pdf_binding", "não corresponde a este assessment.json",
                                       _altered_answers_intact_pdf),
    "swapped_pdf": Case("pdf_binding", "não pertence a esta exportação", _swapped_pdf),
    "pdf_signed_bytes_altered": Case("pdf_signature", "foi alterado depois da assinatura",
                                     _pdf_resealed("pdf-byte", _pdf_signed_text_altered)),
    "pdf_incremental_update": Case("pdf_signature", "não cobre o documento inteiro",
                                   _pdf_resealed("pdf-update", _pdf_incremental_update)),
    "pdf_unsigned": Case("pdf_signature", "não tem assinatura",
                         _pdf_resealed("pdf-unsigned", lambda cw, pdf: stand_in_pdf())),
    "pdf_signed_by_other_key": Case("same_signer", "certificados diferentes", _pdf_resealed(
        "pdf-other-key", lambda cw, pdf: sign_pdf(stand_in_pdf(), cw.intruder))),
    # JSON schema
    "wrong_schema_version": Case("document", "schema_version = 2", lambda cw: cw.derive(
        "visit", "schema-v2", _set("schema_version", 2))),
    "schema_violation": Case("document", "não segue o esquema", lambda cw: cw.derive(
        "visit", "schema-extra", _set("nota", 10))),
    # semantic checks
    "unknown_catalogue": Case("semantic", "Catálogo desconhecido", lambda cw: cw.derive(
        "visit", "catalogue", _set("catalogue.content_sha256", "0" * 64))),
    "catalogue_version_mismatch": Case("semantic", "não corresponde ao seu conteúdo",
                                       lambda cw: cw.derive("visit", "catalogue-version",
                                                            _set("catalogue.version", "9.9"))),
    "unknown_aspect_id": Case("semantic", "Aspecto desconhecido: o id 999999", lambda cw: cw.derive(
        "visit", "aspect", _unknown_aspect)),
    "value_invalid_for_form": Case("semantic", "opção “talvez” não existe", lambda cw: cw.derive(
        "forms", "choice", _bad_choice)),
    "completion_disagrees": Case("semantic", "não confere com o valor", lambda cw: cw.derive(
        "forms", "completion", _bad_completion)),
    "attachment_not_in_bundle": Case("semantic", "anexo citado que não está no pacote",
                                     lambda cw: cw.derive("forms", "att-ref", _missing_attachment)),
    "period_end_before_start": Case("semantic", "é anterior ao início", lambda cw: cw.derive(
        "visit", "period", _set("assessment.period_end", "2025-12-31"))),
    "date_out_of_range": Case("semantic", "fora do intervalo", lambda cw: cw.derive(
        "visit", "year", _set("assessment.period_start", "1900-01-01"))),
    "not_finalized": Case("semantic", "não está finalizada", lambda cw: cw.derive(
        "visit", "open", _set("assessment.status", "em_andamento"))),
    "municipio_not_in_uf": Case("semantic", "não pertence à UF SP", lambda cw: cw.derive(
        "visit", "uf", _set("nucleo.uf", "SP"))),
    "unknown_theme": Case("semantic", "Tema(s) desconhecido(s)", lambda cw: cw.derive(
        "visit", "theme", _set("assessment.theme_slugs", ["tema-que-nao-existe"]))),
    "visit_without_monitor_name": Case(
        "semantic", "Visita de monitoramento sem o nome do(a) monitor(a).",
        lambda cw: cw.derive("visit", "monitor-name", _monitor(name="   "))),
    "visit_without_date": Case("semantic", "Visita de monitoramento sem a data da visita.",
                               lambda cw: cw.derive("visit", "visit-date",
                                                    _monitor(visit_date=None))),
    "visit_after_export": Case("semantic", "é posterior à exportação do pacote", lambda cw: cw.derive(
        "visit", "visit-after-export", _visit_after_export)),
    "answer_out_of_scope": Case("semantic", "fora do escopo declarado da avaliação.",
                                _out_of_scope),
}


@pytest.fixture(scope="module")
def corpus(cworld: CentralWorld) -> dict[str, Path]:
    return {name: case.build(cworld) for name, case in CASES.items()}


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_bundle_is_rejected_and_quarantined(name: str, central_db: CentralDB,
                                                cworld: CentralWorld, corpus: dict[str, Path],
                                                tmp_path: Path) -> None:
    case = CASES[name]
    path = corpus[name]
    quarantine = tmp_path / "quarentena"
    seed = Importer(central_db, actor="Auditora", quarantine_dir=quarantine, anchors=TrustAnchors())
    assert seed.import_bundle(cworld.bundles["visit"]).status == "pendente_assinante"
    importer = Importer(central_db, actor="Auditora", quarantine_dir=quarantine,
                        anchors=TrustAnchors(), limits=case.limits)
    before = row_counts(central_db)

    outcome = importer.import_bundle(path)

    assert outcome.status == "rejeitado", outcome
    assert outcome.check == case.check, outcome
    assert case.reason in outcome.reason_ptbr, outcome.reason_ptbr
    assert outcome.line() == f"rejeitado: {path.name} — {outcome.reason_ptbr}"
    assert row_counts(central_db) == {**before, "audit": before["audit"] + 1}
    with central_db.engine.connect() as conn:
        entry = audit_entries(conn, limit=1)[0]
    assert (entry.action, entry.actor) == ("rejeitar", "Auditora")
    assert entry.details["etapa"] == case.check and entry.details["motivo"] == outcome.reason_ptbr

    copy = outcome.quarantine_path
    assert copy is not None and copy.parent == quarantine and copy.name.endswith("-" + path.name)
    assert copy.read_bytes() == path.read_bytes()
    report = copy.with_name(copy.name + ".motivo.txt").read_text(encoding="utf-8")
    assert "Pacote REJEITADO" in report and f"Arquivo original: {path}" in report
    assert outcome.reason_ptbr in report and "Quem importou: Auditora" in report
    assert "Etapa que falhou:" in report and "Nada deste pacote foi gravado" in report
    if case.limits is None:
        assert f"SHA-256: {hashlib.sha256(path.read_bytes()).hexdigest()}" in report


def test_zip_bomb_is_refused_without_inflating(central_db: CentralDB, corpus: dict[str, Path],
                                               tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bomb = corpus["zip_bomb"]
    assert bomb.stat().st_size < 1024 * 1024  # 24 MB declared, far less on disk
    opened: list[str] = []
    inflated: list[int] = []
    real_open = zipfile.ZipFile.open
    real_read = zipfile.ZipExtFile.read

    def spy_open(self: zipfile.ZipFile, name: Any, *args: Any, **kwargs: Any) -> Any:
        opened.append(getattr(name, "filename", name))
        return real_open(self, name, *args, **kwargs)

    def spy_read(self: zipfile.ZipExtFile, n: int = -1) -> bytes:
        data = real_read(self, n)
        inflated.append(len(data))
        return data

    monkeypatch.setattr(zipfile.ZipFile, "open", spy_open)
    monkeypatch.setattr(zipfile.ZipExtFile, "read", spy_read)
    outcome = Importer(central_db, actor="x", quarantine_dir=tmp_path / "q",
                       anchors=TrustAnchors()).import_bundle(bomb)
    assert outcome.status == "rejeitado" and outcome.check == "zip"
    assert "bomba zip" in outcome.reason_ptbr
    assert opened == [] and sum(inflated) == 0  # decided from the declared sizes alone


def test_missing_file_is_rejected(central_db: CentralDB, tmp_path: Path) -> None:
    importer = Importer(central_db, actor="x", quarantine_dir=tmp_path / "q", anchors=TrustAnchors())
    before = row_counts(central_db)
    outcome = importer.import_bundle(tmp_path / "nao-existe.aspectos")
    assert outcome.status == "rejeitado" and outcome.check == "file"
    assert outcome.reason_ptbr == "Arquivo não encontrado."
    assert outcome.quarantine_path is None
    assert row_counts(central_db) == {**before, "audit": before["audit"] + 1}
    reports = list((tmp_path / "q").glob("*.motivo.txt"))
    assert len(reports) == 1 and "não copiado" in reports[0].read_text(encoding="utf-8")


def test_failure_while_writing_leaves_nothing(central_db: CentralDB, cworld: CentralWorld,
                                              tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A crash at the end of the write transaction (after the núcleo, signer, attachments,
    assessment, answers and bundle rows) rolls everything back."""
    from aspectos_desktop.central import importer as importer_module

    importer = Importer(central_db, actor="x", quarantine_dir=tmp_path / "q", anchors=TrustAnchors())
    before = row_counts(central_db)
    real_audit = importer_module.audit

    def boom(conn: Any, actor: str, action: str, *args: Any, **kwargs: Any) -> Any:
        if action == "importar":  # the import's own entry, the last write
            raise RuntimeError("disco cheio (simulado)")
        return real_audit(conn, actor, action, *args, **kwargs)

    monkeypatch.setattr(importer_module, "audit", boom)
    outcome = importer.import_bundle(cworld.bundles["forms"])
    assert outcome.status == "rejeitado" and "erro inesperado" in outcome.reason_ptbr
    assert row_counts(central_db) == {**before, "audit": before["audit"] + 1}


def test_semantic_reasons_name_what_is_wrong(cworld: CentralWorld) -> None:
    """The exact wording of the visit and scope rejections (dates as dd/mm/aaaa, the
    export's date in the offset its timestamp carries, the theme by its name)."""
    from aspectos_desktop.central.importer import Rejection, check_content

    catalogues = {cworld.catalogue.content_hash: cworld.catalogue}

    def reason(document: dict[str, Any]) -> str:
        with pytest.raises(Rejection) as rejected:
            check_content(document, {}, catalogues)
        assert rejected.value.check == "semantic"
        return rejected.value.message

    base = cworld.document("visit")
    assert not base["attachments"]
    check_content(base, {}, catalogues)  # the real visit passes

    late = json.loads(json.dumps(base))
    late["export"]["created_at"] = "2026-05-12T23:30:00-03:00"  # 13/05 in UTC
    late["assessment"]["monitor"]["visit_date"] = "2026-05-13"
    assert reason(late) == ("A data da visita (13/05/2026) é posterior à exportação do pacote "
                            "(12/05/2026).")
    late["assessment"]["monitor"]["visit_date"] = "2026-05-12"  # the same day: fine
    check_content(late, {}, catalogues)

    scope = json.loads(json.dumps(base))
    aspect = cworld.catalogue.aspects[scope["answers"][0]["aspect_id"]]
    theme = next(t for t in cworld.catalogue.themes if t.slug == aspect.theme_slug)
    scope["assessment"]["theme_slugs"] = [next(t.slug for t in cworld.catalogue.themes
                                               if t.slug != theme.slug)]
    assert reason(scope) == (f"A resposta ao aspecto {aspect.id} é do tema “{theme.name}”, fora "
                             "do escopo declarado da avaliação.")
