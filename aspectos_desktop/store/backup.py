"""Backups of the store with SQLite's online backup API.

Names carry a UTC timestamp, so they sort by age:

* ``<stem>-20260305T140212-123456Z.db``: rolling backup taken on close (newest 5 kept);
* ``<stem>-20260305T140212-123456Z-pre-0002.db``: taken before migrating to revision
  0002 (newest 5 of these kept too, so routine closes never push them out).

Backups are written to a ``.partial`` file first and renamed into place, in rollback-
journal mode (a self-contained single file). This module raises plain ``OSError`` and
``sqlite3.Error``; the Store turns them into pt-BR messages.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Literal

from aspectos_desktop.store.paths import BACKUP_DIRNAME

KEEP = 5
DEFAULT_STEM = "aspectos"

BackupKind = Literal["all", "rolling", "pre_migration"]

_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{6})-(?P<micro>\d{6})Z(?:-pre-(?P<rev>[0-9A-Za-z_]+))?\.db$"
)


def utc_stamp(when: datetime) -> str:
    """``20260305T140212-123456Z``: sortable, safe in file names on every OS."""
    when = when.astimezone(UTC)
    return f"{when:%Y%m%dT%H%M%S}-{when.microsecond:06d}Z"


def backup_time(path: Path) -> datetime | None:
    """When the backup at ``path`` was taken (UTC), read from its name."""
    match = _NAME.match(path.name)
    if match is None:
        return None
    stamp = datetime.strptime(match["stamp"], "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
    return stamp.replace(microsecond=int(match["micro"]))


def backup_folder(data_folder: Path) -> Path:
    return data_folder / BACKUP_DIRNAME


def list_backups(data_folder: Path, stem: str = DEFAULT_STEM, *,
                 kind: BackupKind = "all") -> list[Path]:
    """Backups of the database ``<stem>.db`` in ``data_folder``, newest first."""
    folder = backup_folder(data_folder)
    if not folder.is_dir():
        return []
    found: list[tuple[str, Path]] = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if match is None or match["stem"] != stem or not entry.is_file():
            continue
        is_pre = match["rev"] is not None
        if (kind == "rolling" and is_pre) or (kind == "pre_migration" and not is_pre):
            continue
        found.append((match["stamp"] + match["micro"], entry))
    found.sort(key=lambda item: (item[0], item[1].name), reverse=True)
    return [entry for _, entry in found]


def latest_backup(data_folder: Path, stem: str = DEFAULT_STEM) -> Path | None:
    """The newest backup (rolling or pre-migration) of ``<stem>.db``, or None."""
    backups = list_backups(data_folder, stem)
    return backups[0] if backups else None


def prune_backups(data_folder: Path, stem: str = DEFAULT_STEM, keep: int = KEEP) -> list[Path]:
    """Delete all but the newest ``keep`` backups of each kind; returns what was deleted."""
    removed: list[Path] = []
    kinds: tuple[BackupKind, ...] = ("rolling", "pre_migration")
    for kind in kinds:
        for old in list_backups(data_folder, stem, kind=kind)[keep:]:
            old.unlink(missing_ok=True)
            removed.append(old)
    return removed


def make_backup(db_file: Path, *, pre_revision: str | None = None, keep: int = KEEP) -> Path:
    """Copy the live database ``db_file`` into ``backups/`` and prune old backups.

    Safe while other connections use the database (WAL readers see a consistent
    snapshot). ``pre_revision`` marks a backup taken before migrating to that revision.
    """
    if not db_file.is_file():
        raise FileNotFoundError(db_file)
    folder = backup_folder(db_file.parent)
    folder.mkdir(parents=True, exist_ok=True)
    target = _free_name(folder, db_file.stem, pre_revision)
    with contextlib.closing(sqlite3.connect(db_file)) as source:
        copy_database(source, target)
    prune_backups(db_file.parent, db_file.stem, keep)
    return target


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Online copy of ``source`` to the new file ``target`` (atomic: temp file + rename)."""
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        with contextlib.closing(sqlite3.connect(partial)) as dest:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE").fetchall()
        _fsync_file(partial)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        # and its rollback journal, left when the copy failed half-way (a full disk)
        partial.with_name(partial.name + "-journal").unlink(missing_ok=True)
        raise
    _fsync_dir(target.parent)


def quick_check(db_file: Path) -> bool:
    """True when ``db_file`` opens read-only and passes ``PRAGMA quick_check``."""
    uri = db_file.absolute().as_uri() + "?mode=ro"
    try:
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as conn:
            return conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    except sqlite3.DatabaseError:
        return False


def restore_file(backup: Path, target: Path) -> Path:
    """Move ``target`` (and its -wal/-shm/-journal) aside, copy ``backup`` into place.

    Returns the moved-aside path ``<name>.corrupt-<timestamp>``; nothing is deleted.
    """
    aside = target.with_name(f"{target.name}.corrupt-{utc_stamp(datetime.now(UTC))}")
    partial = target.with_name(target.name + ".restoring")
    shutil.copyfile(backup, partial)
    try:
        _fsync_file(partial)
        os.replace(target, aside)
        for suffix in ("-wal", "-shm", "-journal"):
            companion = target.with_name(target.name + suffix)
            if companion.exists():
                os.replace(companion, aside.with_name(aside.name + suffix))
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    _fsync_dir(target.parent)
    return aside


def _free_name(folder: Path, stem: str, pre_revision: str | None) -> Path:
    when = datetime.now(UTC)
    suffix = f"-pre-{pre_revision}" if pre_revision else ""
    while True:
        candidate = folder / f"{stem}-{utc_stamp(when)}{suffix}.db"
        if not candidate.exists():
            return candidate
        when += timedelta(microseconds=1)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
