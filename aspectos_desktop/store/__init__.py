"""The local store: one SQLite file per user, typed SQLAlchemy models, numbered migrations.

Qt-free. ``Store.open(path)`` is the entry point; see ``store.Store`` for the API.
"""

from __future__ import annotations

from aspectos_desktop.store.backup import latest_backup, list_backups, make_backup
from aspectos_desktop.store.errors import (
    AssessmentLockedError,
    NotFoundError,
    StoreCorruptError,
    StoreError,
    StoreWriteError,
    ValidationError,
    WriteProblem,
)
from aspectos_desktop.store.models import (
    KINDS,
    STATUS_EXPORTED,
    STATUS_FINALIZED,
    STATUS_IN_PROGRESS,
    STATUSES,
    Answer,
    AnswerHistory,
    Assessment,
    Attachment,
    Nucleo,
    Respondent,
)
from aspectos_desktop.store.paths import backup_dir, data_dir, db_path
from aspectos_desktop.store.store import Store

__all__ = [
    "KINDS",
    "STATUSES",
    "STATUS_EXPORTED",
    "STATUS_FINALIZED",
    "STATUS_IN_PROGRESS",
    "Answer",
    "AnswerHistory",
    "Assessment",
    "AssessmentLockedError",
    "Attachment",
    "NotFoundError",
    "Nucleo",
    "Respondent",
    "Store",
    "StoreCorruptError",
    "StoreError",
    "StoreWriteError",
    "ValidationError",
    "WriteProblem",
    "backup_dir",
    "data_dir",
    "db_path",
    "latest_backup",
    "list_backups",
    "make_backup",
]
