"""Fixtures of the central-office tests (loaded from conftest.py).

``central_url`` is parametrised over SQLite and PostgreSQL, so every test that uses it
(or ``central_db``) runs on both. PostgreSQL comes from ``ASPECTOS_TEST_PG_URL``
(``packaging/dev.sh test`` starts a throwaway cluster and exports it) or, when that is
absent, from a throwaway cluster started here once per session (``pg_server.py``).
Without PostgreSQL binaries the postgresql runs are skipped, except on CI (``CI=true``)
where they fail. Each test gets its own fresh database, dropped at the end.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from bundle_factory import CentralWorld, central_world
from psycopg import sql
from sqlalchemy import URL, func, make_url, select

from aspectos_desktop.catalogue.model import Catalogue
from aspectos_desktop.central.database import CentralDB, open_central
from aspectos_desktop.central.models import (
    Attachment,
    AuditEntry,
    Bundle,
    CentralAnswer,
    CentralAssessment,
    CentralNucleo,
    CentralThemeCount,
    Signer,
)

BACKENDS = ("sqlite", "postgresql")
COUNTED = {"nucleos": CentralNucleo, "signers": Signer, "assessments": CentralAssessment,
           "answers": CentralAnswer, "bundles": Bundle, "attachments": Attachment,
           "audit": AuditEntry, "theme_counts": CentralThemeCount}


def _on_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")


def _libpq(url: URL | str) -> str:
    """A libpq conninfo URI for psycopg from a SQLAlchemy URL."""
    parsed = make_url(url) if isinstance(url, str) else url
    return parsed.set(drivername="postgresql").render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def pg_server_url() -> Iterator[str]:
    """A PostgreSQL server URL whose user may create databases."""
    from_env = os.environ.get("ASPECTOS_TEST_PG_URL", "").strip()
    if from_env:
        yield from_env
        return
    import pg_server

    try:
        server = pg_server.start_server()
    except LookupError as error:
        if _on_ci():
            pytest.fail(f"PostgreSQL is required on CI: {error}")
        pytest.skip(f"PostgreSQL not available: {error} (install postgresql, or set "
                    "ASPECTOS_TEST_PG_URL)")
    try:
        yield server.url
    finally:
        server.stop()


@contextlib.contextmanager
def fresh_pg_database(server_url: str) -> Iterator[str]:
    """CREATE DATABASE test_<uuid>; yields its SQLAlchemy URL; DROP (FORCE) at the end."""
    name = f"test_{uuid.uuid4().hex[:16]}"
    admin = _libpq(server_url)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield make_url(server_url).set(drivername="postgresql+psycopg", database=name) \
            .render_as_string(hide_password=False)
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)")
                         .format(sql.Identifier(name)))


@pytest.fixture(params=BACKENDS)
def central_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of a fresh, empty central database (SQLite file or PostgreSQL database)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'central' / 'central.db'}"
        return
    server_url: str = request.getfixturevalue("pg_server_url")
    with fresh_pg_database(server_url) as url:
        yield url


@pytest.fixture
def central_data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir(exist_ok=True)
    return folder


@pytest.fixture
def central_db(central_url: str, central_data_dir: Path) -> Iterator[CentralDB]:
    db = open_central(central_url, central_data_dir)
    try:
        yield db
    finally:
        db.close()


@pytest.fixture(scope="session")
def cworld(tmp_path_factory: pytest.TempPathFactory, catalogue: Catalogue) -> CentralWorld:
    return central_world(tmp_path_factory, catalogue)


def row_counts(db: CentralDB) -> dict[str, int]:
    """How many rows each central table holds."""
    with db.engine.connect() as conn:
        counts = {name: int(conn.execute(select(func.count()).select_from(model)).scalar_one())
                  for name, model in COUNTED.items()}
        conn.rollback()
    return counts
