"""Migrations: a committed database at revision 0001 opens, migrates, keeps its data.

``tests/data/store_0001.db`` is built by ``tests/data/make_store_0001.py`` (migration
0001 only, rows inserted with raw SQL).
"""

from __future__ import annotations

import contextlib
import re
import shutil
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from aspectos_desktop.store import Store, StoreError, list_backups, migrations
from aspectos_desktop.store.backup import quick_check
from aspectos_desktop.store.models import Base

DATA = Path(__file__).resolve().parent / "data"
OLD_DB = DATA / "store_0001.db"


def revision_of(db: Path) -> str:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])


def drift(db: Path) -> list[object]:
    engine = create_engine(f"sqlite:///{db}")
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"compare_type": True, "compare_server_default": True})
            return list(compare_metadata(context, Base.metadata))
    finally:
        engine.dispose()


@pytest.fixture
def old_copy(tmp_path: Path) -> Path:
    target = tmp_path / "aspectos.db"
    shutil.copyfile(OLD_DB, target)
    return target


def test_committed_database_is_at_0001() -> None:
    assert revision_of(OLD_DB) == "0001"
    with contextlib.closing(sqlite3.connect(OLD_DB)) as conn:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(assessments)")}
    assert "last_category_id" not in columns


def test_revisions_constant_matches_the_scripts() -> None:
    scripts = ScriptDirectory.from_config(migrations.alembic_config())
    chain = [script.revision for script in scripts.walk_revisions()][::-1]
    assert tuple(chain) == migrations.REVISIONS
    assert scripts.get_heads() == [migrations.HEAD]
    assert chain == [f"{n:04d}" for n in range(1, len(chain) + 1)]  # numbered, linear
    names = sorted(p.name for p in (migrations.MIGRATIONS_DIR / "versions").glob("0*.py"))
    assert [name[:4] for name in names] == chain


def test_old_database_migrates_and_keeps_data(old_copy: Path) -> None:
    store = Store.open(old_copy)
    try:
        assert revision_of(old_copy) == migrations.HEAD
        nucleos = store.list_nucleos()
        assert [(n.id, n.name, n.uf, n.municipio_code, n.cnes) for n in nucleos] == [
            (1, "Núcleo de Telessaúde do Maranhão", "MA", 2111300, "2726653"),
            (2, "Núcleo Técnico-Científico de Goiás", "GO", 5208707, None),
        ]
        assert nucleos[0].created_at == datetime(2026, 2, 1, 12, 0, tzinfo=UTC)
        assert nucleos[1].created_at == datetime(2026, 2, 2, 9, 30, 0, 250000, tzinfo=UTC)
        assert [r.name for r in store.list_respondents(1)] == ["Ana Ribeiro", "Carlos Lima"]

        assessments = {a.id: a for a in store.list_assessments()}
        assert sorted(assessments) == [1, 2, 3]
        first = assessments[1]
        assert (first.kind, first.status, first.period_start, first.theme_slugs) == (
            "autoavaliacao", "em_andamento", date(2026, 1, 1), ["gestao", "tecnologia"])
        assert first.updated_at == datetime(2026, 2, 11, 16, 45, 10, 123456, tzinfo=UTC)
        assert (first.last_category_id, first.last_aspect_id) == (None, None)
        exported = assessments[2]
        assert (exported.status, exported.export_id, exported.visit_date) == (
            "exportada", "exp-0001", date(2026, 5, 12))
        assert (assessments[3].revision, assessments[3].parent_id) == (2, 2)

        answers = store.answers(1)
        assert answers[101].value == {"escala": 3, "status": None}
        assert (answers[101].comment, answers[101].evidence) == ("Discutido em reunião.", "Ata nº 3")
        assert [h.value["escala"] for h in store.history(1, 101)] == [2, 3]
        sha = "9d0c38e7aafe062c3a6dfc561e42771ec997d9359bb3d417ac4775a303292964"
        assert store.attachment(sha).data == b"\x89PNG\r\n\x1a\n" + bytes(range(256))

        # The new columns work, and the old data is still editable / locked as before.
        store.set_position(1, "gestao/planejamento", 101)
        store.save_answer(1, 101, value={"escala": 4}, comment="", evidence="", author="x")
        assert store.get_assessment(1).last_category_id == "gestao/planejamento"
        assert store.integrity_ok()
    finally:
        store.close(backup=False)


def test_backup_is_taken_before_migrating(old_copy: Path) -> None:
    original = old_copy.read_bytes()
    Store.open(old_copy).close(backup=False)
    backups = list_backups(old_copy.parent)
    assert len(backups) == 1
    backup = backups[0]
    assert re.fullmatch(r"aspectos-\d{8}T\d{6}-\d{6}Z-pre-0002\.db", backup.name)
    assert revision_of(backup) == "0001"  # taken before, not after, the migration
    assert quick_check(backup)
    with contextlib.closing(sqlite3.connect(backup)) as conn:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(assessments)")}
        assert "last_category_id" not in columns
        assert conn.execute("SELECT count(*) FROM answer_history").fetchone() == (4,)
    assert original != old_copy.read_bytes()

    # Up to date now: opening again takes no further pre-migration backup, and later
    # rolling backups never push the pre-migration one out.
    for aspect_id in range(6):
        store = Store.open(old_copy)
        store.set_position(1, "gestao/planejamento", aspect_id)  # a change: a rolling backup
        store.close()
    assert backup in list_backups(old_copy.parent)
    assert len(list_backups(old_copy.parent, kind="rolling")) == 5


def test_no_drift_between_models_and_migrations(old_copy: Path, tmp_path: Path) -> None:
    Store.open(old_copy).close(backup=False)
    assert drift(old_copy) == []
    fresh = tmp_path / "novo" / "aspectos.db"
    Store.open(fresh).close(backup=False)
    assert drift(fresh) == []


def test_downgrade_and_upgrade_round_trip(old_copy: Path) -> None:
    Store.open(old_copy).close(backup=False)
    engine = create_engine(f"sqlite:///{old_copy}")
    try:
        with engine.begin() as conn:
            from alembic import command

            command.downgrade(migrations.alembic_config(conn), "0001")
    finally:
        engine.dispose()
    assert revision_of(old_copy) == "0001"
    store = Store.open(old_copy)
    try:
        assert revision_of(old_copy) == migrations.HEAD
        assert len(store.answers(1)) == 2
    finally:
        store.close(backup=False)


def test_database_from_a_newer_release_is_refused(old_copy: Path) -> None:
    with contextlib.closing(sqlite3.connect(old_copy)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099'")
    with pytest.raises(StoreError, match="versão mais nova"):
        Store.open(old_copy)
    assert list_backups(old_copy.parent) == []
