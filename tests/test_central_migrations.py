"""Central schema migrations against a database written by an older release, and the
per-theme counts (``central_theme_counts``) that migration 0002 adds for the matrix."""

from __future__ import annotations

import shutil
import sqlite3
import sys
from collections import Counter
from pathlib import Path

from central_fixtures import fresh_pg_database
from sqlalchemy import create_engine, select

from aspectos_desktop.catalogue.model import Catalogue
from aspectos_desktop.central import migrations
from aspectos_desktop.central.consolidation import matrix
from aspectos_desktop.central.database import CentralDB, open_central
from aspectos_desktop.central.importer import Importer
from aspectos_desktop.central.models import CentralAnswer, CentralThemeCount
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
    assert len(backups) == 1 and backups[0].name.endswith("-pre-0002.db")
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
