"""Schema migrations, run programmatically with alembic (no alembic.ini).

Revisions are numbered ("0001", "0002", …) and live in ``versions/``. The script
location is this package's folder, so the same code works from a checkout, a wheel
and a PyInstaller bundle (which must ship this folder's ``.py`` files as data).

``REVISIONS`` lists the revisions in order so that opening an up-to-date store does
not need to import alembic at all; a test checks it against the scripts.

To write a new migration: ``python -m aspectos_desktop.store.migrations new "what"``
(autogenerates against a scratch database upgraded to head), then review the script,
add its id to ``REVISIONS`` and a test database if the change touches data.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Final

from sqlalchemy import Connection, text

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR: Final = Path(__file__).resolve().parent
REVISIONS: Final = ("0001", "0002")
HEAD: Final = REVISIONS[-1]
VERSION_TABLE: Final = "alembic_version"


def alembic_config(connection: Connection | None = None) -> Config:
    """An alembic Config pointing at this folder; ``connection`` is handed to env.py."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def upgrade(connection: Connection, target: str = "head") -> None:
    """Upgrade the database behind ``connection`` to ``target``.

    Runs inside the caller's transaction (SQLite has transactional DDL: a failed
    migration leaves the file as it was). The caller should have turned foreign-key
    enforcement off beforehand, as SQLite recommends for schema changes.
    """
    from alembic import command

    command.upgrade(alembic_config(connection), target)


def current_revision(connection: Connection) -> str | None:
    """The revision recorded in the database, or None for a database without one."""
    has_table = connection.execute(
        text("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = :name"),
        {"name": VERSION_TABLE},
    ).first()
    if has_table is None:
        return None
    return connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def is_behind(revision: str | None) -> bool:
    return revision != HEAD


def is_known(revision: str | None) -> bool:
    return revision is None or revision in REVISIONS
