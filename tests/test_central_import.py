"""The central importer with real bundles from the export code, on SQLite and PostgreSQL:
what is stored, idempotency, revisions, folders and progress, the CLI, the audit log,
opening and migrating the database."""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from bundle_factory import CentralWorld
from central_fixtures import row_counts
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from aspectos_desktop.central import migrations
from aspectos_desktop.central.audit import audit_entries
from aspectos_desktop.central.cli import ProgressPrinter, progress_text
from aspectos_desktop.central.database import CentralDB, CentralError, open_central, resolve_url
from aspectos_desktop.central.importer import (
    Importer,
    ImportProgress,
    import_paths,
    iter_bundle_files,
)
from aspectos_desktop.central.models import (
    Attachment,
    Base,
    Bundle,
    CentralAnswer,
    CentralAssessment,
    CentralNucleo,
)
from aspectos_desktop.central.trust import TrustAnchors, approve_signer
from aspectos_desktop.cli import main


def importer(db: CentralDB, tmp_path: Path, **kwargs: Any) -> Importer:
    kwargs.setdefault("anchors", TrustAnchors())
    return Importer(db, actor=kwargs.pop("actor", "Carla Central"),
                    quarantine_dir=tmp_path / "quarentena", **kwargs)


def approved(db: CentralDB, cworld: CentralWorld, tmp_path: Path) -> Importer:
    """An importer on a database where núcleo A's key is already approved."""
    imp = importer(db, tmp_path)
    first = imp.import_bundle(cworld.bundles["visit"])
    assert first.status == "pendente_assinante"
    approve_signer(db, cworld.key_a.fingerprint_sha256, actor="Chefe")
    return imp


def assessment_row(db: CentralDB, uuid: str) -> CentralAssessment:
    with db.session() as session:
        return session.execute(select(CentralAssessment)
                               .where(CentralAssessment.uuid == uuid)).scalar_one()


# ------------------------------------------------------------------ the whole flow


def test_real_bundles_flow(central_db: CentralDB, cworld: CentralWorld, tmp_path: Path) -> None:
    imp = importer(central_db, tmp_path, anchors=TrustAnchors.from_files([cworld.ca_pem]))
    visit = imp.import_bundle(cworld.bundles["visit"])
    assert visit.status == "pendente_assinante" and not visit.flagged
    assert visit.signer_fingerprint == cworld.key_a.fingerprint_sha256
    assert "assinante novo" in visit.reason_ptbr and cworld.key_a.fingerprint_sha256 in visit.reason_ptbr
    assert visit.line().startswith("pendente: assinante novo: ")

    change = approve_signer(central_db, cworld.key_a.fingerprint_sha256[:23], actor="Chefe")
    assert change.bundles_changed == 1 and change.previous_status == "novo"

    outcomes = {key: imp.import_bundle(cworld.bundles[key]) for key in ("auto", "forms", "forms_r2")}
    assert {k: o.status for k, o in outcomes.items()} == {
        "auto": "importado", "forms": "importado", "forms_r2": "nova_revisao"}
    assert outcomes["forms_r2"].line().startswith("nova revisão: ")
    assert outcomes["forms_r2"].revision == 2

    b = imp.import_bundle(cworld.bundles["b_auto"])  # CA-issued: approved automatically
    assert b.status == "importado" and not b.flagged
    assert b.nucleo_key == "ibge:2611606:nucleo-estadual-de-telessaude-de-pernambuco"

    counts = row_counts(central_db)
    assert counts["bundles"] == counts["assessments"] == 5
    assert counts["nucleos"] == 2 and counts["signers"] == 2
    with central_db.session() as session:
        statuses = set(session.execute(select(Bundle.status)).scalars())
        assert statuses == {"importado"}


def test_stored_content_matches_the_bundle(central_db: CentralDB, cworld: CentralWorld,
                                           tmp_path: Path) -> None:
    imp = approved(central_db, cworld, tmp_path)
    outcome = imp.import_bundle(cworld.bundles["forms"])
    assert outcome.status == "importado"
    document = cworld.document("forms")
    members = cworld.members("forms")
    with central_db.session() as session:
        nucleo = session.execute(select(CentralNucleo)).scalar_one()
        assert (nucleo.nucleo_key, nucleo.name, nucleo.uf, nucleo.municipio_code, nucleo.cnes) == (
            "cnes:2726653", document["nucleo"]["name"], "MA", 2111300, "2726653")
        item = session.execute(select(CentralAssessment).where(
            CentralAssessment.uuid == document["assessment"]["uuid"])).scalar_one()
        assert item.kind == "autoavaliacao" and item.revision == 1 and item.parent_uuid is None
        assert item.period_start.isoformat() == document["assessment"]["period_start"]
        assert item.theme_slugs == document["assessment"]["theme_slugs"]
        assert item.catalogue_hash == cworld.catalogue.content_hash
        assert item.superseded_by_id is None and item.nucleo_id == nucleo.id
        assert item.finalized_at is not None and item.finalized_at.tzinfo is not None
        answers = {a.aspect_id: a for a in session.execute(
            select(CentralAnswer).where(CentralAnswer.assessment_id == item.id)).scalars()}
        assert sorted(answers) == [a["aspect_id"] for a in document["answers"]]
        for source in document["answers"]:
            row = answers[source["aspect_id"]]
            assert row.value == source["value"]
            assert row.completion == source["completion"]
            assert row.comment == source["comment"] and row.evidence == source["evidence"]
            expected = Decimal(source["computed"]) if source["computed"] is not None else None
            assert row.computed == expected
            if source["form_type"] == "scale":
                assert row.choice == source["value"]["choice"]
            else:
                assert row.choice is None
        by_form = {(a["form_type"], a["completion"]): answers[a["aspect_id"]]
                   for a in document["answers"]}
        indicator = by_form[("indicator", "respondido")]
        assert indicator.numerator == Decimal(1234) and indicator.denominator is None
        assert indicator.unit == "atendimentos"
        invalid = by_form[("indicator", "inválido")]  # denominator zero: kept, not counted
        assert invalid.numerator is None and invalid.computed is None
        assert by_form[("percent", "respondido")].computed == Decimal("45.5")
        assert by_form[("percent", "respondido")].unit == "%"
        stored = {a.sha256: a for a in session.execute(select(Attachment)).scalars()}
        assert sorted(stored) == sorted(a["sha256"] for a in document["attachments"])
        for entry in document["attachments"]:
            assert stored[entry["sha256"]].data == members[entry["path"]]
            assert stored[entry["sha256"]].mime == entry["mime"]
        bundle = session.execute(select(Bundle).where(Bundle.assessment_id == item.id)).scalar_one()
        assert bundle.bundle_sha256 == outcome.bundle_sha256
        assert bundle.export_id == document["export"]["id"]
        assert bundle.size == cworld.bundles["forms"].stat().st_size
        assert bundle.imported_by == "Carla Central" and bundle.status == "importado"
        assert bundle.signer_fingerprint == cworld.key_a.fingerprint_sha256


def test_visit_keeps_its_monitor(central_db: CentralDB, cworld: CentralWorld, tmp_path: Path) -> None:
    imp = importer(central_db, tmp_path)
    imp.import_bundle(cworld.bundles["visit"])
    document = cworld.document("visit")
    item = assessment_row(central_db, document["assessment"]["uuid"])
    assert item.kind == "visita"
    assert item.monitor_name == document["assessment"]["monitor"]["name"] == "Maria Souza"
    assert item.visit_date is not None and item.visit_date.isoformat() == "2026-05-12"


# ------------------------------------------------------------------- idempotency


def test_same_bundle_twice_changes_nothing(central_db: CentralDB, cworld: CentralWorld,
                                           tmp_path: Path) -> None:
    imp = approved(central_db, cworld, tmp_path)
    assert imp.import_bundle(cworld.bundles["forms"]).status == "importado"
    before = row_counts(central_db)
    again = imp.import_bundle(cworld.bundles["forms"])
    copy = tmp_path / "copia com outro nome.aspectos"
    shutil.copyfile(cworld.bundles["forms"], copy)
    renamed = imp.import_bundle(copy)
    for outcome in (again, renamed):
        assert outcome.status == "ja_importado", outcome
        assert outcome.line().startswith("já importado: ")
        assert outcome.nucleo_name == "Núcleo de Telessaúde de Demonstração"
    after = row_counts(central_db)
    assert after == {**before, "audit": before["audit"] + 2}
    with central_db.engine.connect() as conn:
        assert [e.action for e in audit_entries(conn, limit=2)] == ["ja_importado", "ja_importado"]


def test_same_assessment_exported_again_is_already_imported(central_db: CentralDB,
                                                            cworld: CentralWorld,
                                                            tmp_path: Path) -> None:
    imp = approved(central_db, cworld, tmp_path)
    assert imp.import_bundle(cworld.bundles["auto"]).status == "importado"
    before = row_counts(central_db)
    reexported = cworld.derive("auto", "reexport", fresh=False, reexport=True)
    outcome = imp.import_bundle(reexported)
    assert outcome.status == "ja_importado"
    assert row_counts(central_db) == {**before, "audit": before["audit"] + 1}


def test_reexport_with_new_status_time_and_nucleo_contacts_is_already_imported(
        central_db: CentralDB, cworld: CentralWorld, tmp_path: Path) -> None:
    """What may change between two exports of one finalised assessment: the export id and
    time, the status (finalizada → exportada), the núcleo's contacts and respondents."""
    imp = approved(central_db, cworld, tmp_path)
    assert imp.import_bundle(cworld.bundles["forms"]).status == "importado"
    before = row_counts(central_db)

    def exported_again(document: dict[str, Any]) -> None:
        document["assessment"]["status"] = "exportada"
        document["nucleo"]["contact_name"] = "Outra Pessoa"
        document["nucleo"]["contact_email"] = "outra@example.org"
        document["nucleo"]["respondents"] = [{"name": "Nova Respondente", "role": "Enfermeira"}]

    outcome = imp.import_bundle(cworld.derive("forms", "exported-again", exported_again,
                                              fresh=False, reexport=True))
    assert outcome.status == "ja_importado", outcome
    assert row_counts(central_db) == {**before, "audit": before["audit"] + 1}


def _kind_changed(document: dict[str, Any]) -> None:
    document["assessment"]["kind"] = "autoavaliacao"
    document["assessment"]["monitor"] = None


def _answer_changed(document: dict[str, Any]) -> None:
    answer = next(a for a in document["answers"] if a["form_type"] == "scale")
    answer["value"]["choice"] = "nao" if answer["value"]["choice"] != "nao" else "sim"


def _revision_changed(document: dict[str, Any]) -> None:
    document["assessment"]["revision"] = 7


def _nucleo_and_answer_changed(document: dict[str, Any]) -> None:  # lands on a new núcleo
    from bundle_factory import NUCLEO_B

    document["nucleo"].update({**NUCLEO_B, "cnes": None})
    _answer_changed(document)


CONFLICTS = {
    "kind": _kind_changed,
    "answer": _answer_changed,
    "revision": _revision_changed,
    "nucleo_and_answer": _nucleo_and_answer_changed,
}


@pytest.mark.parametrize("change", sorted(CONFLICTS))
def test_same_assessment_uuid_with_other_content_is_a_conflict(
        change: str, central_db: CentralDB, cworld: CentralWorld, tmp_path: Path) -> None:
    """A finalised assessment is read-only: its uuid always carries the same content. A
    validly signed bundle that says otherwise is rejected, not "já importado"."""
    imp = approved(central_db, cworld, tmp_path)  # the visit is in, its key approved
    document = cworld.document("visit")
    uuid = document["assessment"]["uuid"]
    before = row_counts(central_db)
    forged = cworld.derive("visit", f"conflict-{change}", CONFLICTS[change], fresh=False,
                           reexport=True)

    outcome = imp.import_bundle(forged)

    assert outcome.status == "rejeitado" and outcome.check == "conflict", outcome
    claimed = " (este pacote diz revisão 7)" if change == "revision" else ""
    assert outcome.reason_ptbr == (
        f"Conflito: a avaliação {uuid[:8]}… (revisão 1) já foi importada com conteúdo "
        f"diferente deste pacote{claimed}; o pacote não foi aceito. Confira com o núcleo qual "
        "é a versão correta.")
    assert row_counts(central_db) == {**before, "audit": before["audit"] + 1}
    with central_db.engine.connect() as conn:
        entry = audit_entries(conn, limit=1)[0]
    assert entry.action == "rejeitar" and entry.details["etapa"] == "conflict"
    copy = outcome.quarantine_path
    assert copy is not None and copy.read_bytes() == forged.read_bytes()
    report = copy.with_name(copy.name + ".motivo.txt").read_text(encoding="utf-8")
    assert "Etapa que falhou: Conferência com o que já está no banco central" in report
    assert outcome.reason_ptbr in report
    stored = assessment_row(central_db, uuid)
    assert stored.kind == "visita" and stored.revision == 1  # the first one stays


def test_an_export_id_of_another_assessment_is_a_conflict(central_db: CentralDB,
                                                          cworld: CentralWorld,
                                                          tmp_path: Path) -> None:
    imp = approved(central_db, cworld, tmp_path)
    export_id = cworld.document("visit")["export"]["id"]

    def other_assessment(document: dict[str, Any]) -> None:
        document["assessment"]["uuid"] = "00000000-0000-4000-8000-000000000001"

    outcome = imp.import_bundle(cworld.derive("visit", "same-export-id", other_assessment,
                                              fresh=False))
    assert outcome.status == "rejeitado" and outcome.check == "conflict", outcome
    assert outcome.reason_ptbr.startswith(f"Conflito: a exportação {export_id[:8]}… já foi "
                                          "importada com outra avaliação")


def test_content_of_unknown_digest_stays_already_imported(central_db: CentralDB,
                                                          cworld: CentralWorld,
                                                          tmp_path: Path) -> None:
    """Rows imported before migration 0003 have no digest: nothing to compare with."""
    imp = approved(central_db, cworld, tmp_path)
    uuid = cworld.document("visit")["assessment"]["uuid"]
    assert assessment_row(central_db, uuid).content_sha256 is not None
    with central_db.engine.begin() as conn:
        conn.execute(update(CentralAssessment).values(content_sha256=None))
    outcome = imp.import_bundle(cworld.derive("visit", "legacy", _answer_changed, fresh=False,
                                              reexport=True))
    assert outcome.status == "ja_importado", outcome


@pytest.mark.parametrize("conflicting", [False, True])
def test_a_lost_race_is_judged_like_a_duplicate(conflicting: bool, central_db: CentralDB,
                                                cworld: CentralWorld, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Another importer wrote the same assessment between the checks and the insert (the
    UNIQUE constraint fires): the same content is "já importado", other content a conflict."""
    from aspectos_desktop.central import importer as importer_module

    imp = approved(central_db, cworld, tmp_path)
    forged = cworld.derive("visit", "race", _answer_changed if conflicting else None,
                           fresh=False, reexport=True)
    real = importer_module.insert_ignore_returning_id

    def racing(conn: Any, entity: type[Any], values: dict[str, Any]) -> int | None:
        if entity is CentralAssessment:
            raise IntegrityError("INSERT", {}, Exception("UNIQUE constraint failed (simulado)"))
        return real(conn, entity, values)

    monkeypatch.setattr(Importer, "_duplicate", lambda *args: False)
    monkeypatch.setattr(importer_module, "insert_ignore_returning_id", racing)
    outcome = imp.import_bundle(forged)
    if conflicting:
        assert outcome.status == "rejeitado" and outcome.check == "conflict", outcome
        assert outcome.reason_ptbr.startswith("Conflito: a avaliação ")
    else:
        assert outcome.status == "ja_importado", outcome


# --------------------------------------------------------------------- revisions


def test_revision_supersedes_and_history_is_kept(central_db: CentralDB, cworld: CentralWorld,
                                                 tmp_path: Path) -> None:
    imp = approved(central_db, cworld, tmp_path)
    r1 = imp.import_bundle(cworld.bundles["forms"])
    r2 = imp.import_bundle(cworld.bundles["forms_r2"])
    assert (r1.status, r2.status) == ("importado", "nova_revisao")
    old = assessment_row(central_db, r1.assessment_uuid or "")
    new = assessment_row(central_db, r2.assessment_uuid or "")
    assert new.parent_uuid == old.uuid and new.revision == 2
    assert old.superseded_by_id == new.id and new.superseded_by_id is None
    with central_db.session() as session:  # the old revision keeps all its answers
        count = len(session.execute(select(CentralAnswer).where(
            CentralAnswer.assessment_id == old.id)).all())
    assert count == len(cworld.document("forms")["answers"])


def test_revisions_arriving_out_of_order(central_db: CentralDB, cworld: CentralWorld,
                                         tmp_path: Path) -> None:
    imp = approved(central_db, cworld, tmp_path)
    r2 = imp.import_bundle(cworld.bundles["forms_r2"])
    assert r2.status == "importado"  # nothing older is here yet
    r1 = imp.import_bundle(cworld.bundles["forms"])
    assert r1.status == "importado"
    old = assessment_row(central_db, r1.assessment_uuid or "")
    new = assessment_row(central_db, r2.assessment_uuid or "")
    assert old.superseded_by_id == new.id and new.superseded_by_id is None
    # said as such, not a plain "importado." (CLI line and GUI detail show the reason)
    assert r2.reason_ptbr == "importado." and r2.line().endswith(", revisão 2")
    assert r1.reason_ptbr == ("revisão 1 importada para o histórico; a revisão 2, mais "
                              "recente, continua a atual.")
    assert r1.line().endswith(f", revisão 1 — {r1.reason_ptbr}")


def test_pending_revision_does_not_hide_the_approved_one(central_db: CentralDB,
                                                         cworld: CentralWorld,
                                                         tmp_path: Path) -> None:
    imp = importer(central_db, tmp_path)
    r1 = imp.import_bundle(cworld.bundles["forms"])
    approve_signer(central_db, cworld.key_a.fingerprint_sha256, actor="Chefe")
    r2 = imp.import_bundle(cworld.bundles["forms_r2"])
    assert r2.status == "nova_revisao"

    def revision_3(document: dict[str, Any]) -> None:  # signed by a key nobody approved
        document["assessment"]["revision"] = 3
        document["assessment"]["parent_uuid"] = r2.assessment_uuid

    r3 = imp.import_bundle(cworld.derive("forms_r2", "r3-other-key", revision_3,
                                         identity=cworld.other_a))
    assert r3.status == "pendente_assinante" and r3.flagged
    new = assessment_row(central_db, r2.assessment_uuid or "")
    assert new.superseded_by_id is None  # still the current one until r3's signer is approved
    assert assessment_row(central_db, r1.assessment_uuid or "").superseded_by_id == new.id
    approve_signer(central_db, cworld.other_a.fingerprint_sha256, actor="Chefe")
    newest = assessment_row(central_db, r3.assessment_uuid or "")
    assert assessment_row(central_db, r2.assessment_uuid or "").superseded_by_id == newest.id
    assert assessment_row(central_db, r1.assessment_uuid or "").superseded_by_id == newest.id


# ------------------------------------------------------------ folders and progress


def test_folders_are_walked_with_progress(central_db: CentralDB, cworld: CentralWorld,
                                          tmp_path: Path) -> None:
    out = cworld.bundles["visit"].parent.parent  # out/<key>/<file>.aspectos
    (tmp_path / "leia-me.txt").write_text("não é pacote")
    files = list(iter_bundle_files([out]))
    assert len(files) == 5 and all(f.suffix == ".aspectos" for f in files)
    seen: list[ImportProgress] = []
    summary = import_paths(central_db, [out], actor="Carla", quarantine_dir=tmp_path / "q",
                           progress=seen.append, anchors=TrustAnchors())
    assert [p.done for p in seen] == [1, 2, 3, 4, 5] and {p.total for p in seen} == {5}
    assert seen[-1].remaining == 0 and seen[-1].rate > 0
    assert summary.total == 5 and summary.ok and summary.counts["pendente_assinante"] == 5
    assert "5 pacote(s) em" in summary.text()


def test_files_that_are_not_bundles_are_counted_as_skipped(
        central_db: CentralDB, cworld: CentralWorld, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "pendrive"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(cworld.bundles["visit"], folder / "visita.aspectos")
    shutil.copy(cworld.bundles["auto"], folder / "sub" / "mg.zip")  # a bundle, renamed
    (folder / "relatorio.pdf").write_bytes(b"%PDF-1.7\n")
    (folder / ".DS_Store").write_bytes(b"\0")  # hidden: not worth a mention
    summary = import_paths(central_db, [folder], actor="Carla", quarantine_dir=tmp_path / "q",
                           anchors=TrustAnchors())
    assert (summary.total, summary.skipped) == (1, 2)
    assert summary.text().endswith(" 2 arquivo(s) ignorado(s) (não são .aspectos).")
    # Named on the command line, a file is examined whatever its name.
    code = main(["--data-dir", str(tmp_path / "dados"), "central", "import", "--db",
                 central_db.url.render_as_string(hide_password=False), "--user", "Rita",
                 "--quarantine", str(tmp_path / "q"), str(folder / "sub" / "mg.zip"), str(folder)])
    out = capsys.readouterr().out.splitlines()
    assert code == 0
    assert out[0].startswith("pendente: assinante novo: mg.zip")
    assert out[1].startswith("já importado: visita.aspectos")
    assert "2 pacote(s) em" in out[2] and out[2].endswith("2 arquivo(s) ignorado(s) (não são "
                                                          ".aspectos).")


def test_quarantine_note_gives_the_absolute_path(central_db: CentralDB, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "01-ruim.aspectos").write_bytes(b"isto nao e um zip")
    monkeypatch.chdir(tmp_path)
    outcome = importer(central_db, tmp_path).import_bundle(Path("bad/01-ruim.aspectos"))
    assert outcome.status == "rejeitado" and outcome.quarantine_path is not None
    note = outcome.quarantine_path.with_name(outcome.quarantine_path.name + ".motivo.txt")
    absolute = tmp_path / "bad" / "01-ruim.aspectos"
    assert f"Arquivo original: {absolute}\n" in note.read_text(encoding="utf-8")
    with central_db.engine.connect() as conn:
        assert audit_entries(conn, limit=1)[0].details["arquivo"] == str(absolute)


def test_progress_line_on_a_terminal_only() -> None:
    outcome_line = "importado: x.aspectos — Núcleo"

    class Outcome:
        def line(self) -> str:
            return outcome_line

    progress: Any = type("P", (), {"outcome": Outcome(), "done": 3, "total": 10, "rate": 2.5,
                                   "remaining": 2.8})()
    tty = io.StringIO()
    printer = ProgressPrinter(tty, tty=True)
    printer(progress)
    printer(progress)
    printer.clear()
    text = tty.getvalue()
    assert text.count("\r\x1b[K") == 2 and "3/10 pacotes · 2,5 pacotes/s · faltam 00:03" in text
    plain = io.StringIO()
    ProgressPrinter(plain, tty=False)(progress)
    assert plain.getvalue() == outcome_line + "\n"
    assert progress_text(1, 5570, 40.0, 3725) == "1/5570 pacotes · 40,0 pacotes/s · faltam 1:02:05"


# -------------------------------------------------------------------------- CLI


def test_cli_import(central_url: str, cworld: CentralWorld, tmp_path: Path,
                    capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "dados"
    bad = tmp_path / "ruim.aspectos"
    bad.write_bytes(b"isto nao e um zip")
    base = ["--data-dir", str(data), "central", "import", "--db", central_url, "--user", "Rita",
            "--quarantine", str(tmp_path / "q"), "--ca", str(cworld.ca_pem)]
    code = main([*base, str(cworld.bundles["b_auto"]), str(cworld.bundles["visit"])])
    out = capsys.readouterr().out.splitlines()
    assert code == 0
    assert out[0].startswith("importado: ") and "Pernambuco" in out[0]
    assert out[1].startswith("pendente: assinante novo: ")
    assert out[2].startswith("2 pacote(s) em ") and "1 importado(s)" in out[2]
    assert "\r" not in "".join(out)  # not a terminal: no progress line

    code = main([*base, str(cworld.bundles["visit"]), str(bad)])
    out = capsys.readouterr().out.splitlines()
    assert code == 1
    assert out[0].startswith("já importado: ")
    assert out[1].startswith("rejeitado: ruim.aspectos — ")
    assert "1 rejeitado(s)" in out[2]
    assert any("quarentena" in line for line in out)
    assert len(list((tmp_path / "q").glob("*-ruim.aspectos.motivo.txt"))) == 1


def test_cli_reports_database_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--data-dir", str(tmp_path), "central", "import", "--db",
                 "mysql://x@localhost/db", str(tmp_path)])
    assert code == 2
    assert "Tipo de banco não aceito" in capsys.readouterr().err


# ------------------------------------------------------------------------ audit


def test_audit_log_records_who_and_when(central_db: CentralDB, cworld: CentralWorld,
                                        tmp_path: Path) -> None:
    started = datetime.now(UTC)
    imp = importer(central_db, tmp_path, actor="Joana")
    imp.import_bundle(cworld.bundles["visit"])
    approve_signer(central_db, cworld.key_a.fingerprint_sha256, actor="Chefe")
    imp.import_bundle(cworld.bundles["visit"])
    bad = tmp_path / "x.aspectos"
    bad.write_bytes(b"PK\x03\x04 cortado")
    imp.import_bundle(bad)
    with central_db.engine.connect() as conn:
        entries = list(reversed(audit_entries(conn)))
    assert [(e.action, e.actor) for e in entries] == [
        ("importar", "Joana"), ("aprovar_assinante", "Chefe"), ("ja_importado", "Joana"),
        ("rejeitar", "Joana")]
    for entry in entries:
        assert entry.at.tzinfo is not None and started <= entry.at <= datetime.now(UTC)
    assert entries[0].details["situacao"] == "pendente"
    assert entries[0].details["assinante"] == cworld.key_a.fingerprint_sha256
    assert entries[1].details["pacotes_liberados"] == 1
    assert entries[3].details["etapa"] == "file" and entries[3].details["arquivo"] == str(bad)
    json.dumps([e.details for e in entries])  # plain JSON data


# --------------------------------------------------------------------- database


def test_schema_matches_the_models(central_db: CentralDB) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    with central_db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "version_table": migrations.VERSION_TABLE})
        diff = compare_metadata(context, Base.metadata)
        assert migrations.current_revision(conn) == migrations.HEAD
    assert diff == []


def test_default_sqlite_file_and_reopen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ASPECTOS_CENTRAL_DB", raising=False)
    with open_central(None, tmp_path) as db:
        assert db.path == tmp_path / "central" / "central.db" and db.dialect == "sqlite"
        assert db.default_quarantine_dir == tmp_path / "central" / "quarentena"
        assert db.ca_dir == tmp_path / "central" / "ca"
    with open_central(None, tmp_path) as db:  # already at head: nothing to do
        assert db.path is not None and db.path.is_file()
    assert not (tmp_path / "central" / "backups").exists()
    monkeypatch.setenv("ASPECTOS_CENTRAL_DB", str(tmp_path / "outro.db"))
    assert resolve_url(None, tmp_path).database == str(tmp_path / "outro.db")


def test_sqlite_is_backed_up_before_migrating(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "central.db"
    open_central(str(path)).close()
    monkeypatch.setattr(migrations, "is_behind", lambda revision: True)  # pretend a newer head
    open_central(str(path)).close()
    backups = list((tmp_path / "backups").glob(f"central-*-pre-{migrations.HEAD}.db"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT version_num FROM central_alembic_version").fetchone() == (
            migrations.HEAD,)
    conn.close()


def test_refuses_a_file_that_is_not_a_central_database(tmp_path: Path) -> None:
    local = tmp_path / "aspectos.db"
    with sqlite3.connect(local) as conn:
        conn.execute("CREATE TABLE nucleos (id INTEGER PRIMARY KEY)")
    conn.close()
    with pytest.raises(CentralError, match="não é um banco central"):
        open_central(str(local))
    garbage = tmp_path / "lixo.db"
    garbage.write_bytes(b"x" * 4096)
    with pytest.raises(CentralError, match="não é um banco de dados SQLite"):
        open_central(str(garbage))


def test_urls() -> None:
    assert resolve_url("postgresql://u:p@h:5432/db").drivername == "postgresql+psycopg"
    assert resolve_url("postgres://u@h/db").drivername == "postgresql+psycopg"
    assert resolve_url("sqlite:////tmp/c.db").drivername == "sqlite+pysqlite"
    for bad, message in (("mysql://u@h/db", "não aceito"), ("sqlite://", "precisa de um arquivo"),
                         ("foo bar://x", "inválido")):
        with pytest.raises(CentralError, match=message):
            resolve_url(bad)


def test_wrong_postgresql_password_is_a_plain_error(pg_server_url: str) -> None:
    from sqlalchemy import make_url

    wrong = make_url(pg_server_url).set(password="senha-errada-123").render_as_string(
        hide_password=False)
    with pytest.raises(CentralError) as caught:
        open_central(wrong)
    assert "Não foi possível abrir o banco central" in caught.value.message
    assert "senha-errada-123" not in caught.value.message


def test_insert_ignore_counts_what_it_inserted(central_db: CentralDB) -> None:
    """The importer decides from these counts (a signer or bundle already there); on
    PostgreSQL SQLAlchemy's implicit RETURNING once made every count read -1."""
    from aspectos_desktop.central.database import insert_ignore, insert_ignore_returning_id

    row = {"nucleo_key": "ibge:2211001:teste", "name": "Núcleo Teste", "institution": None,
           "uf": "PI", "municipio_code": 2211001, "municipio_name": "Teresina", "cnes": None,
           "created_at": datetime(2026, 11, 26, tzinfo=UTC)}
    other = {**row, "nucleo_key": "ibge:2211001:outro"}
    third = {**row, "nucleo_key": "ibge:2211001:terceiro"}
    with central_db.write() as conn:
        assert insert_ignore(conn, CentralNucleo, row) == 1
        assert insert_ignore(conn, CentralNucleo, row) == 0
        assert insert_ignore(conn, CentralNucleo, [row, other]) == 1
        new_id = insert_ignore_returning_id(conn, CentralNucleo, third)
        assert isinstance(new_id, int)
        assert insert_ignore_returning_id(conn, CentralNucleo, third) is None


def test_an_sqlite_library_too_old_for_the_central_database_is_named(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sqlite3, "sqlite_version_info", (3, 34, 1))
    monkeypatch.setattr(sqlite3, "sqlite_version", "3.34.1")
    with pytest.raises(CentralError, match=r"SQLite 3\.35\.0 ou mais nova.*usa a 3\.34\.1"):
        open_central(f"sqlite:///{tmp_path / 'central.db'}", tmp_path)
    assert not (tmp_path / "central.db").exists()
