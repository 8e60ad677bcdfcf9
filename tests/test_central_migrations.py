"""Central schema migrations against a database written by an older release, the
per-theme counts (``central_theme_counts``) that migration 0002 adds for the matrix, and
the content digest (``central_assessments.content_sha256``) that migration 0003 adds."""

from __future__ import annotations

import shutil
import sqlite3
import sys
from collections import Counter
from pathlib import Path

from bundle_factory import CentralWorld
from central_fixtures import fresh_pg_database
from sqlalchemy import create_engine, inspect, select

from aspectos_desktop.catalogue.model import Catalogue
from aspectos_desktop.central import migrations
from aspectos_desktop.central.consolidation import matrix
from aspectos_desktop.central.database import CentralDB, open_central
from aspectos_desktop.central.importer import Importer
from aspectos_desktop.central.models import CentralAnswer, CentralAssessment, CentralThemeCount
from aspectos_desktop.central.trust import TrustAnchors
from aspectos_desktop.store.backup import list_backups

DATA = Path(__file__).resolve().parent / "data"
sys.path.insert(0, str(DATA))

from make_central_0001 import fill  # noqa: E402

Key = tuple[int, str, str, str]


def counts_from_answers(db: CentralDB, catalogue: Catalogue) -> Counter[Key]:
    """The oracle: every non-empty answer of a known aspect, counted in plain Python."""
    found: Counter[Key] = Counter()
    with db.engine.connect() as conn:
        for assessment_id, aspect_id, completion, choice in conn.execute(select(
                CentralAnswer.assessment_id, CentralAnswer.aspect_id, CentralAnswer.completion,
                CentralAnswer.choice)):
            aspect = catalogue.aspects.get(aspect_id)
            if completion != "vazio" and aspect is not None:
                found[(assessment_id, aspect.theme_slug, completion, choice or "")] += 1
    return found


def stored_counts(db: CentralDB) -> Counter[Key]:
    with db.engine.connect() as conn:
        return Counter({(a, t, c, ch): n for a, t, c, ch, n in conn.execute(select(
            CentralThemeCount.assessment_id, CentralThemeCount.theme_slug,
            CentralThemeCount.completion, CentralThemeCount.choice, CentralThemeCount.count))})


def check_migrated(db: CentralDB, catalogue: Catalogue) -> None:
    with db.engine.connect() as conn:
        assert migrations.current_revision(conn) == migrations.HEAD
    assert stored_counts(db) == counts_from_answers(db, catalogue)
    rows = {row.assessment.id: row for row in matrix(db, catalogue=catalogue)}
    assert sorted(rows) == [2, 3]  # 1 was superseded by 2
    current = rows[2].by_theme
    assert current["aceitabilidade-e-adequacao"].answered == 3
    assert current["aceitabilidade-e-adequacao"].counts == {"sim": 2, "nao": 1}
    assert current["aspectos-legais-e-eticos"].counts == {"nao_se_aplica": 1}
    cidadania = current["cidadania-e-desenvolvimento-sustentavel"]
    assert (cidadania.answered, cidadania.invalid, cidadania.counts) == (1, 1, {"sim": 1})
    assert current["estrutura-e-gestao"].answered == 0
    other = rows[3].by_theme
    assert other["aceitabilidade-e-adequacao"].counts == {"nao_sabe": 1}
    assert other["estrutura-e-gestao"].counts == {"sim": 2}


def test_committed_central_database_is_at_0001() -> None:
    with sqlite3.connect(DATA / "central_0001.db") as conn:
        assert conn.execute("SELECT version_num FROM central_alembic_version").fetchall() == [
            ("0001",)]
    conn.close()


def test_sqlite_0001_migrates_with_a_backup_first_and_counts_what_was_imported(
        tmp_path: Path, catalogue: Catalogue) -> None:
    copy = tmp_path / "central.db"
    shutil.copyfile(DATA / "central_0001.db", copy)
    db = open_central(str(copy), tmp_path)
    try:
        check_migrated(db, catalogue)
    finally:
        db.close()
    backups = list_backups(tmp_path, "central")
    assert len(backups) == 1 and backups[0].name.endswith(f"-pre-{migrations.HEAD}.db")
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT version_num FROM central_alembic_version").fetchall() == [
            ("0001",)]
    conn.close()


def test_postgresql_0001_migrates_and_counts_what_was_imported(pg_server_url: str,
                                                               tmp_path: Path,
                                                               catalogue: Catalogue) -> None:
    with fresh_pg_database(pg_server_url) as url:
        engine = create_engine(url)
        with engine.begin() as conn:
            migrations.upgrade(conn, "0001")
            fill(conn)
        engine.dispose()
        db = open_central(url, tmp_path)
        try:
            check_migrated(db, catalogue)
        finally:
            db.close()


def test_the_importer_counts_each_bundle_by_theme(central_db: CentralDB, cworld,  # type: ignore[no-untyped-def]
                                                  catalogue: Catalogue, tmp_path: Path) -> None:
    importer = Importer(central_db, actor="teste", quarantine_dir=tmp_path / "q")
    for name in ("forms", "forms_r2", "b_auto"):
        assert importer.import_bundle(cworld.bundles[name]).status != "rejeitado"
    expected = counts_from_answers(central_db, catalogue)
    assert expected and stored_counts(central_db) == expected
    assert len({key[0] for key in expected}) == 3  # every assessment has its counts


def digests(db: CentralDB) -> dict[str, str | None]:
    with db.engine.connect() as conn:
        return {row.uuid: row.content_sha256 for row in conn.execute(
            select(CentralAssessment.uuid, CentralAssessment.content_sha256))}


def test_a_0001_database_keeps_working_with_content_digests(tmp_path: Path,
                                                             cworld: CentralWorld) -> None:
    """Rows imported before 0003 have no digest (unknown); new imports get one, and a
    bundle contradicting one of them is a conflict."""
    copy = tmp_path / "central.db"
    shutil.copyfile(DATA / "central_0001.db", copy)
    db = open_central(str(copy), tmp_path)
    try:
        old = digests(db)
        assert len(old) == 3 and set(old.values()) == {None}
        importer = Importer(db, actor="teste", quarantine_dir=tmp_path / "q",
                            anchors=TrustAnchors())
        visit = importer.import_bundle(cworld.bundles["visit"])
        assert visit.status == "pendente_assinante", visit
        stored = digests(db)[visit.assessment_uuid or ""]
        assert stored is not None and len(stored) == 64

        def changed(document: dict[str, object]) -> None:
            document["assessment"]["title"] = "Outro título"  # type: ignore[index]

        outcome = importer.import_bundle(cworld.derive("visit", "conflito-0001", changed,
                                                       fresh=False, reexport=True))
        assert outcome.status == "rejeitado" and outcome.check == "conflict", outcome
    finally:
        db.close()


def test_0003_downgrades_and_upgrades_again(tmp_path: Path) -> None:
    from alembic import command

    db = open_central(str(tmp_path / "central.db"), tmp_path)
    try:
        with db.engine.begin() as conn:
            command.downgrade(migrations.alembic_config(conn), "0002")
            columns = {c["name"] for c in inspect(conn).get_columns("central_assessments")}
            assert "content_sha256" not in columns
            migrations.upgrade(conn)
            columns = {c["name"] for c in inspect(conn).get_columns("central_assessments")}
            assert "content_sha256" in columns
            assert migrations.current_revision(conn) == "0003"
    finally:
        db.close()
