"""The SQLAlchemy engine of a store file, with SQLite set up on every connection.

* WAL journal, ``synchronous=FULL`` (a commit that returned survives a power cut),
  ``foreign_keys=ON``, ``busy_timeout=5000``;
* SQLAlchemy, not the sqlite3 module, emits BEGIN (the documented recipe for correct
  SQLite transactions): plain ``BEGIN`` for reads, ``BEGIN IMMEDIATE`` on the write
  engine so a writer takes the lock up front and waits (busy_timeout) instead of
  failing halfway through.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any, Final

from sqlalchemy import URL, Connection, Engine, create_engine, event
from sqlalchemy.pool import ConnectionPoolEntry

BUSY_TIMEOUT_MS: Final = 5000
_BEGIN_OPTION: Final = "aspectos_begin"

PRAGMAS: Final = (
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
)


class StoreEngine:
    """A read engine and a write engine (same pool) for one database file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.max_page_count: int | None = None  # test hook: simulate a full disk
        self.engine: Engine = create_engine(
            URL.create("sqlite+pysqlite", database=str(path)),
            connect_args={"timeout": BUSY_TIMEOUT_MS / 1000},
            pool_size=2,
            max_overflow=4,
        )
        event.listen(self.engine, "connect", self._on_connect)
        event.listen(self.engine, "begin", _on_begin)
        self.writer: Engine = self.engine.execution_options(**{_BEGIN_OPTION: "IMMEDIATE"})

    def _on_connect(self, dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
        assert isinstance(dbapi_connection, sqlite3.Connection)
        dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN (see _on_begin)
        for pragma in PRAGMAS:
            dbapi_connection.execute(pragma).fetchall()
        if self.max_page_count is not None:
            dbapi_connection.execute(f"PRAGMA max_page_count={int(self.max_page_count)}")

    def set_max_page_count(self, pages: int | None) -> None:
        """Cap the file size (``None`` lifts the cap); applies to new connections."""
        self.max_page_count = pages
        self.engine.dispose()

    def dispose(self) -> None:
        self.engine.dispose()


def _on_begin(conn: Connection) -> None:
    mode = conn.get_execution_options().get(_BEGIN_OPTION, "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")
