"""Schema migrations of the central database, run programmatically with alembic.

Same approach as the local store (``aspectos_desktop.store.migrations``): no
alembic.ini, numbered revisions in ``versions/``, ``REVISIONS`` lists them in order.
The version table is ``central_alembic_version`` so that a central database can never
be mistaken for a local store (or the other way round). Works on SQLite and PostgreSQL.

To write a new migration: ``python -m aspectos_desktop.central.migrations new "what"``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Final

from sqlalchemy import Connection, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR: Final = Path(__file__).resolve().parent
REVISIONS: Final = ("0001", "0002", "0003")
HEAD: Final = REVISIONS[-1]
VERSION_TABLE: Final = "central_alembic_version"


def alembic_config(connection: Connection | None = None) -> Config:
    """An alembic Config pointing at this folder; ``connection`` is handed to env.py."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def upgrade(connection: Connection, target: str = "head") -> None:
    """Upgrade the database behind ``connection`` to ``target``, in the caller's transaction
    (both SQLite and PostgreSQL have transactional DDL)."""
    from alembic import command

    command.upgrade(alembic_config(connection), target)


def current_revision(connection: Connection) -> str | None:
    """The revision recorded in the database, or None when it has no version table."""
    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    return connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def is_behind(revision: str | None) -> bool:
    return revision != HEAD


def is_known(revision: str | None) -> bool:
    return revision is None or revision in REVISIONS
