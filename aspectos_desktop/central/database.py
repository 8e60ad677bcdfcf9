"""The central database: a SQLite file by default, or PostgreSQL given a SQLAlchemy URL.

``open_central(url, data_dir)`` resolves the database (explicit URL, else the
environment variable ``ASPECTOS_CENTRAL_DB``, else the one saved with ``save_choice``
in the data folder's settings, else ``<data dir>/central/central.db``),
connects, and upgrades the schema to the newest alembic revision (a SQLite file at an
older revision is backed up first, into ``<central dir>/backups/``). Two processes
opening a fresh database at once are serialised (``BEGIN IMMEDIATE`` on SQLite, an
advisory lock on PostgreSQL), so the schema is created once.

SQLite connections use WAL, ``synchronous=FULL``, ``foreign_keys=ON`` and a busy
timeout; ``CentralDB.write()`` opens a transaction that takes the write lock up front
(``BEGIN IMMEDIATE``) so that a writer waits instead of failing halfway through.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Generator
from functools import cache
from pathlib import Path
from typing import Any, Final, Literal

from sqlalchemy import URL, Connection, Engine, create_engine, event, inspect, make_url, text
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry

from aspectos_desktop.central import migrations
from aspectos_desktop.settings import Settings

ENV_CENTRAL_DB: Final = "ASPECTOS_CENTRAL_DB"
CENTRAL_DIRNAME: Final = "central"
DB_FILENAME: Final = "central.db"
CA_DIRNAME: Final = "ca"
QUARANTINE_DIRNAME: Final = "quarentena"
BUSY_TIMEOUT_MS: Final = 30_000
MIN_SQLITE: Final = (3, 35, 0)
MIGRATION_LOCK_KEY: Final = 0x41535043  # "ASPC": PostgreSQL advisory lock for migrations
_BEGIN_OPTION: Final = "aspectos_central_begin"

SQLITE_PRAGMAS: Final = (
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
)


class CentralError(Exception):
    """A problem with the central database or an operation on it; ``message`` is pt-BR."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _data_folder(data_dir: Path | None) -> Path:
    from aspectos_desktop.store.paths import data_dir as resolve_data_dir

    return resolve_data_dir(data_dir)


def central_dir(data_dir: Path | None = None) -> Path:
    """``<data dir>/central``: the default SQLite file, CA certificates, quarantine."""
    return _data_folder(data_dir) / CENTRAL_DIRNAME


ChoiceSource = Literal["argument", "environment", "settings", "default"]

SOURCE_LABELS: Final[dict[ChoiceSource, str]] = {
    "argument": "opção --db",
    "environment": f"variável {ENV_CENTRAL_DB}",
    "settings": "escolhido no painel central (ou com “aspectos central use”)",
    "default": "padrão: arquivo SQLite na pasta de dados",
}


def chosen(url: str | None, data_dir: Path | None = None) -> tuple[str, ChoiceSource]:
    """The central database asked for, and who asked: ``url`` (``--db``), else the
    environment variable, else the saved choice, else ``("", "default")``."""
    if url and url.strip():
        return url.strip(), "argument"
    if os.environ.get(ENV_CENTRAL_DB, "").strip():
        return os.environ[ENV_CENTRAL_DB].strip(), "environment"
    saved = Settings.load(_data_folder(data_dir)).central_db.strip()
    if saved:
        return saved, "settings"
    return "", "default"


def storable_choice(url: str, data_dir: Path | None = None) -> str:
    """``url`` as ``save_choice`` would keep it (a SQLite file as an absolute path);
    ``CentralError`` if it cannot be kept (a malformed URL, a password in it)."""
    raw = url.strip()
    if not raw:
        return ""
    resolved = resolve_url(raw, data_dir)
    if resolved.password:
        raise CentralError(
            "A senha não é guardada nas configurações. Tire-a do endereço e ponha-a no "
            "arquivo ~/.pgpass do usuário (ou no indicado por PGPASSFILE), que o "
            "PostgreSQL lê sozinho.")
    if resolved.get_backend_name() == "sqlite":
        return str(resolved.database)  # an absolute path: the choice must not move
    return raw


def save_choice(url: str, data_dir: Path | None = None) -> None:
    """Remember ``url`` (``""``: back to the default file) as this installation's central
    database. A password is never written to disk: use ``~/.pgpass`` (or ``PGPASSFILE``)."""
    raw = storable_choice(url, data_dir)
    folder = _data_folder(data_dir)
    settings = Settings.load(folder)
    settings.central_db = raw
    try:
        settings.save(folder)
    except OSError as error:
        raise CentralError(f"Não foi possível guardar a escolha do banco central em "
                           f"“{folder}”: {error.strerror or error}.") from None


def resolve_url(url: str | None, data_dir: Path | None = None) -> URL:
    """The SQLAlchemy URL of the central database (see the module docstring).

    A value without ``://`` is taken as the path of a SQLite file; ``postgresql://`` and
    ``postgres://`` get the psycopg 3 driver.
    """
    raw, _source = chosen(url, data_dir)
    if not raw:
        folder = central_dir(data_dir)
        return URL.create("sqlite+pysqlite", database=str(folder / DB_FILENAME))
    if "://" not in raw:
        return URL.create("sqlite+pysqlite", database=str(Path(raw).expanduser().absolute()))
    try:
        parsed = make_url(raw)
    except ArgumentError:
        raise CentralError(f"Endereço do banco central inválido: “{_hide(raw)}”.") from None
    backend = parsed.get_backend_name()
    if backend in ("postgresql", "postgres"):
        return parsed.set(drivername="postgresql+psycopg")
    if backend == "sqlite":
        if not parsed.database or parsed.database == ":memory:":
            raise CentralError("O banco central em SQLite precisa de um arquivo "
                               "(ex.: sqlite:////caminho/central.db).")
        return parsed.set(drivername="sqlite+pysqlite")
    raise CentralError(f"Tipo de banco não aceito para o banco central: “{backend}”. "
                       "Use SQLite (arquivo) ou PostgreSQL (postgresql+psycopg://…).")


def _hide(raw: str) -> str:
    try:
        return make_url(raw).render_as_string(hide_password=True)
    except ArgumentError:
        return raw.split("@")[-1]


class CentralDB:
    """An open central database: ``engine``, ``sessions`` and where its files live."""

    def __init__(self, url: URL, engine: Engine, folder: Path,
                 source: ChoiceSource = "argument") -> None:
        self.url = url
        self.source = source  # who chose this database (see ``chosen``)
        self.engine = engine
        self.central_dir = folder
        self.sessions: sessionmaker[Session] = sessionmaker(engine, expire_on_commit=False)
        self._writer: Engine = engine.execution_options(**{_BEGIN_OPTION: "IMMEDIATE"})

    @property
    def dialect(self) -> str:
        """``"sqlite"`` or ``"postgresql"``."""
        return self.engine.dialect.name

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None for PostgreSQL."""
        return Path(self.url.database) if self.dialect == "sqlite" and self.url.database else None

    @property
    def display_url(self) -> str:
        """The URL without its password (safe to print and log)."""
        if self.path is not None:
            return str(self.path)
        return self.url.render_as_string(hide_password=True)

    @property
    def ca_dir(self) -> Path:
        return self.central_dir / CA_DIRNAME

    @property
    def default_quarantine_dir(self) -> Path:
        return self.central_dir / QUARANTINE_DIRNAME

    def session(self) -> Session:
        return self.sessions()

    @contextlib.contextmanager
    def write(self) -> Generator[Connection]:
        """One write transaction (committed on success, rolled back on any error)."""
        with self._writer.connect() as conn, conn.begin():
            yield conn

    @contextlib.contextmanager
    def write_session(self) -> Generator[Session]:
        """An ORM session in one write transaction (committed on success)."""
        with self.write() as conn, Session(bind=conn, expire_on_commit=False) as session:
            yield session
            session.flush()

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> CentralDB:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _on_sqlite_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    assert isinstance(dbapi_connection, sqlite3.Connection)
    dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN (see _on_begin)
    for pragma in SQLITE_PRAGMAS:
        dbapi_connection.execute(pragma).fetchall()


def _on_sqlite_begin(conn: Connection) -> None:
    mode = conn.get_execution_options().get(_BEGIN_OPTION, "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def _create_engine(url: URL) -> Engine:
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000},
                               pool_size=2, max_overflow=4)
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
        return engine
    return create_engine(url, pool_size=2, max_overflow=4, pool_pre_ping=True,
                         connect_args={"connect_timeout": 15})


def missing_message(where: str) -> str:
    """The pt-BR message for a central database that does not exist yet."""
    return (f"O banco central ainda não existe em {where}: importe pacotes primeiro com "
            "`aspectos central import`.")


def open_central(url: str | None = None, data_dir: Path | None = None, *,
                 create: bool = True) -> CentralDB:
    """Open (creating and migrating as needed) the central database; see the module docstring.

    ``create=False`` (read-only commands): a database that does not exist yet (no SQLite
    file, or a PostgreSQL database without the central tables) is not created; a
    ``CentralError`` says so instead. An existing one is still migrated to the newest
    schema.
    """
    raw, source = chosen(url, data_dir)
    resolved = resolve_url(raw, data_dir)
    folder = central_dir(data_dir)
    if resolved.get_backend_name() == "sqlite":
        if sqlite3.sqlite_version_info < MIN_SQLITE:  # INSERT … RETURNING
            raise CentralError(
                f"O banco central em SQLite precisa da biblioteca SQLite "
                f"{'.'.join(map(str, MIN_SQLITE))} ou mais nova; este Python usa a "
                f"{sqlite3.sqlite_version}. Atualize o sistema (Debian 12, Ubuntu 22.04 ou "
                "mais novos) ou use PostgreSQL (--db postgresql+psycopg://…).")
        assert resolved.database is not None
        path = Path(resolved.database)
        if source != "default":  # a file chosen by the user: its CA and quarantine beside it
            folder = path.parent
        if not create and (not path.is_file() or path.stat().st_size == 0):
            raise CentralError(missing_message(str(path)))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise CentralError(f"Não foi possível criar a pasta do banco central “{path.parent}”: "
                               f"{error.strerror or error}.") from None
        _check_sqlite_file(path)
    engine = _create_engine(resolved)
    db = CentralDB(resolved, engine, folder, source)
    try:
        if not create and db.dialect != "sqlite":
            _check_exists(db)
        _migrate(db)
    except BaseException:
        db.close()
        raise
    return db


def _check_exists(db: CentralDB) -> None:
    """A server database without the central tables is "not created yet"."""
    try:
        with db.engine.connect() as conn:
            revision = migrations.current_revision(conn)
            conn.rollback()
    except (DBAPIError, SQLAlchemyError, OSError) as error:
        raise CentralError(_connect_message(db, error)) from None
    if revision is None:
        raise CentralError(missing_message(db.display_url))


def _check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not a central database (a local store, say), before touching it."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with contextlib.closing(sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)) as conn:
            tables = {name for (name,) in conn.execute(
                "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}
    except sqlite3.DatabaseError:
        raise CentralError(f"O arquivo “{path}” não é um banco de dados SQLite válido "
                           "(ou está danificado).") from None
    if tables and migrations.VERSION_TABLE not in tables:
        raise CentralError(f"O arquivo “{path}” não é um banco central do Aspectos "
                           "(talvez seja um banco local de um núcleo).")


# Two processes opening a new SQLite file at the same moment: one may get "database is
# locked" at once (WAL being set up or recovered: SQLite does not wait then). Retried.
LOCKED_RETRIES: Final = 20
LOCKED_PAUSE_S: Final = 0.1


def _migrate(db: CentralDB) -> None:
    """Upgrade to head in one transaction, serialised between processes."""
    for attempt in range(LOCKED_RETRIES):
        try:
            _migrate_once(db)
            return
        except CentralError as error:
            locked = db.dialect == "sqlite" and "database is locked" in error.message
            if not locked or attempt == LOCKED_RETRIES - 1:
                raise
            db.engine.dispose()
            time.sleep(LOCKED_PAUSE_S * (1 + attempt % 5))


def _migrate_once(db: CentralDB) -> None:
    try:
        with db.engine.connect() as conn:
            revision = migrations.current_revision(conn)
            conn.rollback()
        if not migrations.is_known(revision):
            raise CentralError("O banco central foi criado por uma versão mais nova do Aspectos. "
                               "Atualize o aplicativo para abri-lo.")
        if not migrations.is_behind(revision):
            return
        if db.dialect == "sqlite":
            _migrate_sqlite(db, revision)
            return
        with db.engine.connect() as conn, conn.begin():
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
            if migrations.is_behind(migrations.current_revision(conn)):
                migrations.upgrade(conn)
    except CentralError:
        raise
    except (DBAPIError, SQLAlchemyError, OSError) as error:
        raise CentralError(_connect_message(db, error)) from None


def _migrate_sqlite(db: CentralDB, revision: str | None) -> None:
    from aspectos_desktop.store.backup import make_backup

    path = db.path
    assert path is not None
    if revision is not None:
        make_backup(path, pre_revision=migrations.HEAD)
    with db.write() as conn:
        raw = conn.connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        current = migrations.current_revision(conn)  # another process may have done it
        if migrations.is_behind(current):
            raw.execute("PRAGMA defer_foreign_keys=ON")
            migrations.upgrade(conn)
            if conn.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
                raise CentralError("Não foi possível atualizar o banco central: há registros "
                                   "inconsistentes. Nada foi alterado.")


def _connect_message(db: CentralDB, error: BaseException) -> str:
    detail = str(getattr(error, "orig", None) or error).strip().splitlines()
    first = detail[0] if detail else type(error).__name__
    return (f"Não foi possível abrir o banco central “{db.display_url}”: {first}")


@cache
def _insert_ignore_statement(dialect: str, entity: type[Any]) -> Any:
    # preserve_rowcount: on PostgreSQL, SQLAlchemy adds RETURNING for the new primary key
    # and the row count then reads -1 unless asked for.
    if dialect == "postgresql":
        return (postgresql_insert(entity).on_conflict_do_nothing()
                .execution_options(preserve_rowcount=True))
    return sqlite_insert(entity).on_conflict_do_nothing().execution_options(preserve_rowcount=True)


def insert_ignore(conn: Connection, entity: type[Any], values: dict[str, Any] | list[dict[str, Any]],
                  ) -> int:
    """``INSERT … ON CONFLICT DO NOTHING`` (any unique constraint) on SQLite or PostgreSQL;
    returns how many rows were inserted. The statement is built once per table and the
    values go as parameters (no per-value SQL expression objects)."""
    if not values:
        return 0
    result = conn.execute(_insert_ignore_statement(conn.dialect.name, entity), values)
    return int(result.rowcount)


@cache
def _insert_ignore_returning_statement(dialect: str, entity: type[Any]) -> Any:
    return _insert_ignore_statement(dialect, entity).returning(entity.id)


def insert_ignore_returning_id(conn: Connection, entity: type[Any], values: dict[str, Any]
                               ) -> int | None:
    """``insert_ignore`` of one row: its new ``id``, or None when a unique constraint kept
    it out (``RETURNING``: SQLite ≥ 3.35, PostgreSQL)."""
    found = conn.execute(_insert_ignore_returning_statement(conn.dialect.name, entity),
                         values).scalar()
    return None if found is None else int(found)


def table_names(db: CentralDB) -> list[str]:
    """The tables of the database (for checks and tests)."""
    with db.engine.connect() as conn:
        return sorted(inspect(conn).get_table_names())
