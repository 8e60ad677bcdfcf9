"""The local store: CRUD, status transitions, history, attachments, pragmas, backups.

Real SQLite files in tmp_path, no mocks.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from aspectos_desktop.store import (
    AssessmentLockedError,
    NotFoundError,
    Store,
    StoreError,
    ValidationError,
    latest_backup,
    list_backups,
    paths,
)
from aspectos_desktop.store.backup import quick_check
from aspectos_desktop.store.migrations import HEAD
from aspectos_desktop.store.models import Assessment, Nucleo

AUTHOR = "Ana Ribeiro"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "dados" / "aspectos.db"


@pytest.fixture
def store(db: Path) -> Iterator[Store]:
    opened = Store.open(db)
    yield opened
    opened.close(backup=False)


def add_nucleo(store: Store, **overrides: object) -> Nucleo:
    fields: dict[str, object] = {
        "name": "Núcleo de Telessaúde do Maranhão", "uf": "MA", "municipio_code": 2111300,
        "municipio_name": "São Luís", "institution": "UFMA", "cnes": "2726653",
        "contact_name": "Ana Ribeiro", "contact_email": "ana@exemplo.org.br",
    }
    fields.update(overrides)
    return store.create_nucleo(**fields)  # type: ignore[arg-type]


def add_assessment(store: Store, nucleo_id: int, **overrides: object) -> Assessment:
    fields: dict[str, object] = {
        "nucleo_id": nucleo_id, "kind": "autoavaliacao", "period_start": date(2026, 1, 1),
        "period_end": date(2026, 6, 30), "theme_slugs": ["gestao", "tecnologia"],
        "catalogue_version": "2026.1", "catalogue_hash": "ab" * 32,
    }
    fields.update(overrides)
    return store.create_assessment(**fields)  # type: ignore[arg-type]


def save(store: Store, assessment_id: int, aspect_id: int, scale: int, comment: str = "") -> datetime:
    return store.save_answer(assessment_id, aspect_id, value={"escala": scale, "status": None},
                             comment=comment, evidence="", author=AUTHOR)


def raw_count(db: Path, sql: str, *args: object) -> int:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        return int(conn.execute(sql, args).fetchone()[0])


# ---------------------------------------------------------------- paths and opening


def test_data_dir_precedence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(paths.ENV_DATA_DIR, raising=False)
    default = paths.data_dir()
    assert default.name == "aspectos-desktop"
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(tmp_path / "env"))
    assert paths.data_dir() == tmp_path / "env"
    assert paths.data_dir(tmp_path / "arg") == tmp_path / "arg"
    assert paths.db_path(tmp_path) == tmp_path / "aspectos.db"
    assert paths.backup_dir(tmp_path) == tmp_path / "backups"


def test_open_creates_folders_and_schema_at_head(db: Path) -> None:
    store = Store.open(db)
    try:
        assert store.path == db
        assert db.is_file()
        assert store.list_nucleos() == []
    finally:
        store.close(backup=False)
    with contextlib.closing(sqlite3.connect(db)) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(HEAD,)]
    assert list_backups(db.parent) == []  # a new file needs no pre-migration backup


def test_pragmas_are_set_on_every_connection(store: Store, db: Path) -> None:
    engine = store._engine.engine
    with engine.connect() as first, engine.connect() as second:  # two pooled connections
        for conn in (first, second):
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    header = db.read_bytes()[:20]
    assert header[18:20] == b"\x02\x02"  # WAL recorded in the file itself


def test_writes_take_the_lock_up_front(store: Store, db: Path) -> None:
    nucleo = add_nucleo(store)
    with store._engine.writer.begin() as conn:
        conn.exec_driver_sql("SELECT 1")
        with (contextlib.closing(sqlite3.connect(db, timeout=0)) as other,
              pytest.raises(sqlite3.OperationalError, match="locked")):
            other.execute("BEGIN IMMEDIATE")
    assert store.get_nucleo(nucleo.id).name == nucleo.name


def test_closed_store_refuses_calls(db: Path) -> None:
    store = Store.open(db)
    store.close(backup=False)
    store.close()  # twice is fine
    with pytest.raises(StoreError, match="fechados"):
        store.list_nucleos()


def test_context_manager_closes_with_backup(db: Path) -> None:
    with Store.open(db) as store:
        add_nucleo(store)
    assert latest_backup(db.parent) is not None


# ---------------------------------------------------------------------- núcleos


def test_nucleo_crud(store: Store) -> None:
    nucleo = add_nucleo(store, uf="ma", contact_phone="  ", institution="")
    assert nucleo.id > 0
    assert nucleo.uf == "MA"
    assert nucleo.contact_phone is None and nucleo.institution is None
    assert nucleo.created_at.tzinfo is not None
    other = add_nucleo(store, name="Núcleo de Goiás", uf="GO", municipio_code=5208707,
                       municipio_name="Goiânia", cnes=None)
    assert [n.name for n in store.list_nucleos()] == ["Núcleo de Goiás",
                                                      "Núcleo de Telessaúde do Maranhão"]
    fetched = store.get_nucleo(nucleo.id)
    assert (fetched.name, fetched.municipio_code, fetched.cnes) == (nucleo.name, 2111300, "2726653")
    assert fetched.created_at == nucleo.created_at

    updated = store.update_nucleo(other.id, contact_phone="(62) 3201-0000", institution="UFG")
    assert (updated.contact_phone, updated.institution, updated.uf) == ("(62) 3201-0000", "UFG", "GO")
    assert store.get_nucleo(other.id).institution == "UFG"
    with pytest.raises(ValidationError, match="não pertence à UF"):
        store.update_nucleo(other.id, uf="SP")
    with pytest.raises(ValidationError, match="Campo desconhecido"):
        store.update_nucleo(other.id, colour="azul")
    assert store.get_nucleo(other.id).uf == "GO"
    with pytest.raises(NotFoundError, match="Núcleo não encontrado"):
        store.get_nucleo(999)
    with pytest.raises(NotFoundError):
        store.update_nucleo(999, name="x")


@pytest.mark.parametrize(("overrides", "message"), [
    ({"name": "   "}, "Informe o nome do núcleo"),
    ({"uf": "XX"}, "UF inválida"),
    ({"uf": "Maranhão"}, "UF inválida"),
    ({"municipio_code": 211130}, "código IBGE de 7 dígitos"),
    ({"municipio_code": 3550308}, "não pertence à UF MA"),
    ({"municipio_name": ""}, "Informe o nome do município"),
    ({"cnes": "12345"}, "CNES inválido"),
    ({"contact_email": "ana-at-exemplo"}, "E-mail de contato inválido"),
])
def test_nucleo_validation(store: Store, overrides: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        add_nucleo(store, **overrides)
    assert store.list_nucleos() == []


def test_respondents(store: Store) -> None:
    nucleo = add_nucleo(store)
    first = store.add_respondent(nucleo.id, "Ana Ribeiro", "Coordenadora")
    store.add_respondent(nucleo.id, "Carlos Lima", "Técnico de TI")
    assert first.id > 0
    assert [(r.name, r.role) for r in store.list_respondents(nucleo.id)] == [
        ("Ana Ribeiro", "Coordenadora"), ("Carlos Lima", "Técnico de TI")]
    with pytest.raises(NotFoundError):
        store.add_respondent(999, "X", "Y")
    with pytest.raises(ValidationError, match="Informe o nome"):
        store.add_respondent(nucleo.id, " ", "Y")


# ------------------------------------------------------------------ assessments


def test_create_assessment(store: Store) -> None:
    nucleo = add_nucleo(store)
    assessment = add_assessment(store, nucleo.id, theme_slugs=["gestao", "gestao", "tecnologia"])
    assert assessment.status == "em_andamento" and assessment.editable
    assert assessment.revision == 1 and assessment.parent_id is None
    assert len(assessment.uuid) == 36
    assert assessment.title == "Autoavaliação — 01/01/2026 a 30/06/2026"
    assert assessment.theme_slugs == ["gestao", "tecnologia"]
    assert assessment.created_at.tzinfo == UTC
    fetched = store.get_assessment(assessment.id)
    assert fetched.period_start == date(2026, 1, 1) and fetched.period_end == date(2026, 6, 30)
    assert fetched.theme_slugs == ["gestao", "tecnologia"]
    assert fetched.created_at == assessment.created_at
    assert fetched.last_category_id is None and fetched.last_aspect_id is None

    visit = add_assessment(store, nucleo.id, kind="visita", title="Visita — maio",
                           visit_date=date(2026, 5, 12), monitor_name="Maria Souza")
    assert (visit.kind, visit.title, visit.visit_date) == ("visita", "Visita — maio",
                                                           date(2026, 5, 12))
    with pytest.raises(NotFoundError, match="Avaliação não encontrada"):
        store.get_assessment(999)


@pytest.mark.parametrize(("overrides", "message"), [
    ({"kind": "auditoria"}, "Tipo de avaliação inválido"),
    ({"kind": "visita"}, "Informe a data da visita"),
    ({"kind": "visita", "visit_date": date(2026, 5, 12)}, "Informe o nome do\\(a\\) monitor"),
    ({"kind": "visita", "visit_date": date(2026, 5, 12), "monitor_name": "  "},
     "Informe o nome do\\(a\\) monitor"),
    ({"period_end": date(2025, 12, 31)}, "anterior ao início"),
    ({"theme_slugs": []}, "pelo menos um tema"),
    ({"catalogue_version": ""}, "Versão do catálogo"),
])
def test_assessment_validation(store: Store, overrides: dict[str, object], message: str) -> None:
    nucleo = add_nucleo(store)
    with pytest.raises(ValidationError, match=message):
        add_assessment(store, nucleo.id, **overrides)
    assert store.list_assessments() == []


def test_assessment_needs_existing_nucleo(store: Store) -> None:
    with pytest.raises(NotFoundError, match="Núcleo não encontrado"):
        add_assessment(store, 42)


def test_list_assessments_newest_first(store: Store) -> None:
    first = add_nucleo(store)
    second = add_nucleo(store, name="Outro")
    a = add_assessment(store, first.id)
    b = add_assessment(store, second.id)
    c = add_assessment(store, first.id)
    assert [x.id for x in store.list_assessments()] == [c.id, b.id, a.id]
    assert [x.id for x in store.list_assessments(first.id)] == [c.id, a.id]


def test_finalize_locks_and_export(store: Store) -> None:
    assessment = add_assessment(store, add_nucleo(store).id)
    save(store, assessment.id, 101, 3)
    with pytest.raises(ValidationError, match="Finalize"):
        store.mark_exported(assessment.id, "exp-1", "cd" * 32)

    final = store.finalize(assessment.id)
    assert final.status == "finalizada" and not final.editable
    assert final.finalized_at is not None and final.finalized_at.tzinfo == UTC
    with pytest.raises(AssessmentLockedError, match="nova revisão") as locked:
        save(store, assessment.id, 101, 4)
    assert "finalizada" in locked.value.message
    history_id = store.history(assessment.id, 101)[0].id
    with pytest.raises(AssessmentLockedError):
        store.restore(assessment.id, 101, history_id, author=AUTHOR)
    with pytest.raises(AssessmentLockedError):
        store.finalize(assessment.id)
    assert store.answers(assessment.id)[101].value == {"escala": 3, "status": None}
    assert len(store.history(assessment.id, 101)) == 1

    exported = store.mark_exported(assessment.id, "exp-1", "CD" * 32)
    assert (exported.status, exported.export_id, exported.export_sha256) == (
        "exportada", "exp-1", "cd" * 32)
    again = store.mark_exported(assessment.id, "exp-2", "ef" * 32)
    assert (again.status, again.export_id) == ("exportada", "exp-2")
    assert again.exported_at is not None
    with pytest.raises(ValidationError, match="SHA-256"):
        store.mark_exported(assessment.id, "exp-3", "not-a-hash")
    with pytest.raises(AssessmentLockedError):
        save(store, assessment.id, 101, 5)


def test_new_revision_copies_and_is_editable(store: Store) -> None:
    original = add_assessment(store, add_nucleo(store).id, kind="visita",
                              visit_date=date(2026, 5, 12), monitor_name="Maria")
    save(store, original.id, 101, 3, "primeira")
    save(store, original.id, 102, 1)
    store.set_position(original.id, "gestao/planejamento", 102)
    store.finalize(original.id)
    store.mark_exported(original.id, "exp-1", "ab" * 32)

    revision = store.new_revision(original.id)
    assert revision.id != original.id and revision.uuid != original.uuid
    assert (revision.revision, revision.parent_id, revision.status) == (2, original.id,
                                                                         "em_andamento")
    assert (revision.kind, revision.visit_date, revision.monitor_name) == (
        "visita", date(2026, 5, 12), "Maria")
    assert revision.export_id is None and revision.finalized_at is None
    assert revision.last_category_id == "gestao/planejamento"
    copied = store.answers(revision.id)
    assert {k: (v.value, v.comment, v.updated_by) for k, v in copied.items()} == {
        101: ({"escala": 3, "status": None}, "primeira", AUTHOR),
        102: ({"escala": 1, "status": None}, "", AUTHOR),
    }

    save(store, revision.id, 101, 5, "revisada")
    save(store, revision.id, 103, 2)
    parent = store.get_assessment(original.id)
    assert parent.status == "exportada" and parent.export_id == "exp-1"
    assert store.answers(original.id)[101].value == {"escala": 3, "status": None}
    assert set(store.answers(original.id)) == {101, 102}
    assert store.answers(revision.id)[101].comment == "revisada"

    third = store.new_revision(revision.id)  # from an assessment still in progress
    assert (third.revision, third.parent_id) == (3, revision.id)
    assert set(store.answers(third.id)) == {101, 102, 103}


def test_delete_assessment_takes_answers_and_history(store: Store, db: Path) -> None:
    nucleo = add_nucleo(store)
    doomed = add_assessment(store, nucleo.id)
    kept = add_assessment(store, nucleo.id)
    save(store, doomed.id, 101, 1)
    save(store, doomed.id, 101, 2)
    save(store, kept.id, 101, 3)
    child = store.new_revision(doomed.id)
    store.delete_assessment(doomed.id)
    with pytest.raises(NotFoundError):
        store.get_assessment(doomed.id)
    assert raw_count(db, "SELECT count(*) FROM answers WHERE assessment_id = ?", doomed.id) == 0
    assert raw_count(db, "SELECT count(*) FROM answer_history WHERE assessment_id = ?",
                     doomed.id) == 0
    assert store.get_assessment(child.id).parent_id is None
    assert store.answers(kept.id)[101].value["escala"] == 3
    assert store.answers(child.id)[101].value["escala"] == 2
    with pytest.raises(NotFoundError):
        store.delete_assessment(doomed.id)


# ---------------------------------------------------------------------- answers


def test_save_answer_upserts_and_appends_history(store: Store) -> None:
    assessment = add_assessment(store, add_nucleo(store).id)
    value = {"linhas": [["1.1", "ação"], ["2.1", "ç"]], "status": "nao_se_aplica", "n": 1.5}
    first = store.save_answer(assessment.id, 101, value=value, comment="c", evidence="e",
                              author="Ana")
    second = store.save_answer(assessment.id, 101, value={"escala": 2}, comment="cc",
                               evidence="ee", author="Carlos")
    assert first.tzinfo == UTC and second >= first
    answers = store.answers(assessment.id)
    assert list(answers) == [101]
    answer = answers[101]
    assert (answer.value, answer.comment, answer.evidence, answer.updated_by) == (
        {"escala": 2}, "cc", "ee", "Carlos")
    assert answer.updated_at == second

    history = store.history(assessment.id, 101)
    assert [(h.value, h.comment, h.changed_by, h.action) for h in history] == [
        (value, "c", "Ana", "save"), ({"escala": 2}, "cc", "Carlos", "save")]
    assert history[0].changed_at == first and history[0].changed_at.tzinfo == UTC
    assert store.history(assessment.id, 999) == []


def test_history_is_append_only_and_restore(store: Store) -> None:
    assessment = add_assessment(store, add_nucleo(store).id)
    for scale in (1, 2, 3):
        save(store, assessment.id, 101, scale, f"versão {scale}")
    save(store, assessment.id, 102, 5)
    before = [(h.id, h.value, h.comment) for h in store.history(assessment.id, 101)]
    oldest = before[0][0]

    restored_at = store.restore(assessment.id, 101, oldest, author="Carlos")
    answer = store.answers(assessment.id)[101]
    assert (answer.value, answer.comment, answer.updated_by) == (
        {"escala": 1, "status": None}, "versão 1", "Carlos")
    assert answer.updated_at == restored_at
    after = store.history(assessment.id, 101)
    assert [(h.id, h.value, h.comment) for h in after[:3]] == before  # nothing rewritten
    assert (after[3].action, after[3].value, after[3].changed_by) == (
        "restore", {"escala": 1, "status": None}, "Carlos")

    other_aspect_entry = store.history(assessment.id, 102)[0].id
    with pytest.raises(NotFoundError, match="Versão anterior"):
        store.restore(assessment.id, 101, other_aspect_entry, author="x")
    with pytest.raises(NotFoundError):
        store.restore(assessment.id, 101, 10_000, author="x")
    assert len(store.history(assessment.id, 101)) == 4


def test_save_answer_errors_leave_store_usable(store: Store) -> None:
    assessment = add_assessment(store, add_nucleo(store).id)
    with pytest.raises(NotFoundError):
        save(store, 999, 101, 1)
    with pytest.raises(ValidationError, match="Valor inválido"):
        store.save_answer(assessment.id, 101, value={"x": object()}, comment="", evidence="",
                          author="a")
    save(store, assessment.id, 101, 1)
    assert len(store.history(assessment.id, 101)) == 1


def test_resume_position_persists(db: Path) -> None:
    store = Store.open(db)
    assessment = add_assessment(store, add_nucleo(store).id)
    before = store.get_assessment(assessment.id).updated_at
    store.set_position(assessment.id, "gestao/financas", 417)
    store.close()
    store = Store.open(db)
    try:
        reopened = store.get_assessment(assessment.id)
        assert (reopened.last_category_id, reopened.last_aspect_id) == ("gestao/financas", 417)
        assert reopened.updated_at == before  # the position is not an edit
        store.finalize(assessment.id)
        store.set_position(assessment.id, "tecnologia/redes")  # read-only browsing moves too
        assert store.get_assessment(assessment.id).last_aspect_id is None
        with pytest.raises(NotFoundError):
            store.set_position(999, "x")
    finally:
        store.close(backup=False)


def test_returned_objects_are_detached_snapshots(store: Store) -> None:
    nucleo = add_nucleo(store)
    nucleo.name = "Mudado só na memória"
    assert store.get_nucleo(nucleo.id).name == "Núcleo de Telessaúde do Maranhão"


# ------------------------------------------------------------------ attachments


def test_attachments_are_deduplicated(store: Store, db: Path) -> None:
    data = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40
    sha = store.add_attachment(data, filename="grafico.png", mime="image/png")
    again = store.add_attachment(data, filename="outro-nome.png", mime="image/png")
    other = store.add_attachment(b"texto", filename="nota.txt", mime="text/plain")
    assert sha == again != other
    assert len(sha) == 64
    assert raw_count(db, "SELECT count(*) FROM attachments") == 2
    found = store.attachment(sha.upper())
    assert (found.data, found.size, found.mime, found.filename) == (
        data, len(data), "image/png", "grafico.png")
    assert found.created_at.tzinfo == UTC
    with pytest.raises(NotFoundError, match="Anexo"):
        store.attachment("00" * 32)


# ---------------------------------------------------------------------- backups


def test_close_keeps_five_rolling_backups(db: Path) -> None:
    store = Store.open(db)
    nucleo = add_nucleo(store)
    assessment = add_assessment(store, nucleo.id)
    store.close()
    made: list[Path] = []
    for scale in range(1, 8):
        store = Store.open(db)
        save(store, assessment.id, 101, scale)
        store.close()
        newest = latest_backup(db.parent)
        assert newest is not None
        made.append(newest)
    backups = list_backups(db.parent)
    assert len(backups) == 5
    assert backups == made[::-1][:5]  # newest first, the two oldest pruned
    assert all(b.parent == db.parent / "backups" for b in backups)
    assert all(quick_check(b) for b in backups)
    with contextlib.closing(sqlite3.connect(backups[0])) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchall() == [("delete",)]
        assert conn.execute("SELECT value FROM answers").fetchall() == [
            ('{"escala": 7, "status": null}',)]
    assert not list((db.parent / "backups").glob("*.partial"))


def test_close_takes_no_backup_when_nothing_changed(db: Path) -> None:
    """Five looks at the data must not push five different states out of the backups."""
    store = Store.open(db)
    assessment = add_assessment(store, add_nucleo(store).id)
    store.set_position(assessment.id, "gestao/planejamento")
    store.close()
    first = list_backups(db.parent)
    assert len(first) == 1
    for _ in range(3):  # open, read, resume at the same page (a no-op), close
        store = Store.open(db)
        store.answers(assessment.id)
        store.set_position(assessment.id, "gestao/planejamento")
        store.close()
    assert list_backups(db.parent) == first
    store = Store.open(db)
    store.set_position(assessment.id, "gestao/planejamento", 101)  # a real change
    store.close()
    assert len(list_backups(db.parent)) == 2


def test_close_backs_up_what_a_crashed_session_left(db: Path, tmp_path: Path) -> None:
    """A session killed with answers still in the -wal: the next close takes a backup,
    even when that next session changes nothing itself."""
    store = Store.open(db)
    assessment = add_assessment(store, add_nucleo(store).id)
    store.close()
    live = Store.open(db)
    save(live, assessment.id, 101, 3)
    crashed = tmp_path / "crashed"  # the files as a power cut would leave them
    crashed.mkdir()
    for name in ("aspectos.db", "aspectos.db-wal"):
        assert (db.parent / name).is_file()
        (crashed / name).write_bytes((db.parent / name).read_bytes())
    (crashed / "backups").mkdir()
    for backup in list_backups(db.parent):
        (crashed / "backups" / backup.name).write_bytes(backup.read_bytes())
    live.close(backup=False)
    assert len(list_backups(crashed)) == 1
    Store.open(crashed / "aspectos.db").close()
    backups = list_backups(crashed)
    assert len(backups) == 2
    with contextlib.closing(sqlite3.connect(backups[0])) as conn:
        assert conn.execute("SELECT count(*) FROM answers").fetchone() == (1,)


def test_close_backs_up_a_file_changed_by_someone_else(db: Path) -> None:
    import os

    Store.open(db).close()
    newest = list_backups(db.parent)[0]
    later = datetime.now(UTC).timestamp() + 60  # written after the backup (another tool)
    os.utime(db, (later, later))
    Store.open(db).close()
    assert list_backups(db.parent)[0] != newest


def test_close_backs_up_when_the_newest_backup_is_dated_in_the_future(db: Path) -> None:
    """A clock set back (a dead CMOS battery) must not stop backups for good."""
    Store.open(db).close()
    newest = list_backups(db.parent)[0]
    future = newest.with_name("aspectos-20991231T235959-000000Z.db")
    newest.rename(future)
    Store.open(db).close()
    assert len(list_backups(db.parent)) == 2


def test_close_without_backup(db: Path) -> None:
    Store.open(db).close(backup=False)
    assert latest_backup(db.parent) is None


def test_backups_of_other_databases_are_ignored(tmp_path: Path) -> None:
    demo = Store.open(tmp_path / "demo.db")
    demo.close()
    assert latest_backup(tmp_path) is None
    assert latest_backup(tmp_path, "demo") is not None
    assert (tmp_path / "demo.db").is_file()


def test_integrity_ok(store: Store) -> None:
    add_nucleo(store)
    assert store.integrity_ok()


def test_timestamps_are_utc_aware(store: Store) -> None:
    before = datetime.now(UTC)
    assessment = add_assessment(store, add_nucleo(store).id)
    saved_at = save(store, assessment.id, 1, 1)
    after = datetime.now(UTC)
    assert before <= assessment.created_at <= saved_at <= after
    assert store.get_assessment(assessment.id).updated_at == saved_at
