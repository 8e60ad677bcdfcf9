"""The store when things go wrong: damaged file, full disk, read-only folder.

Real SQLite files; the full disk is a real SQLITE_FULL (``PRAGMA max_page_count``),
the read-only folder a real permission denial (as root, in a child process that
drops to ``nobody``, since root ignores file modes).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from aspectos_desktop.store import (
    Store,
    StoreCorruptError,
    StoreError,
    StoreWriteError,
    WriteProblem,
    latest_backup,
)
from aspectos_desktop.store.models import Assessment

REPO_ROOT = Path(__file__).resolve().parent.parent
NOBODY = 65534
DISK_FULL = ("Não foi possível salvar: o disco está cheio. Libere espaço e tente de novo; "
             "o valor continua na tela.")


def filled_store(db: Path, answers: int = 3) -> tuple[Store, Assessment]:
    store = Store.open(db)
    nucleo = store.create_nucleo(name="Núcleo", uf="MA", municipio_code=2111300,
                                 municipio_name="São Luís")
    assessment = store.create_assessment(
        nucleo_id=nucleo.id, kind="autoavaliacao", period_start=date(2026, 1, 1),
        period_end=date(2026, 6, 30), theme_slugs=["gestao"], catalogue_version="1",
        catalogue_hash="ab" * 32)
    for aspect in range(1, answers + 1):
        store.save_answer(assessment.id, aspect, value={"escala": aspect % 5},
                          comment=f"comentário {aspect} " * 10, evidence="", author="Ana")
    return store, assessment


# ------------------------------------------------------------------------ corruption


def leaf_pages(db: Path) -> list[int]:
    """Page numbers (1-based) of the table b-tree leaf pages after page 1."""
    data = db.read_bytes()
    page_size = int.from_bytes(data[16:18], "big")
    pages = len(data) // page_size
    return [n for n in range(2, pages + 1) if data[(n - 1) * page_size] == 0x0D]


def overwrite(db: Path, offset: int, length: int) -> None:
    with db.open("r+b") as handle:
        handle.seek(offset)
        handle.write(bytes([0xA5]) * length)


def test_damaged_header_offers_latest_backup_and_restore(tmp_path: Path) -> None:
    db = tmp_path / "aspectos.db"
    store, assessment = filled_store(db)
    store.close()  # leaves a rolling backup
    backup = latest_backup(tmp_path)
    assert backup is not None
    overwrite(db, 0, 100)
    damaged = db.read_bytes()

    with pytest.raises(StoreCorruptError) as caught:
        Store.open(db)
    error = caught.value
    assert error.path == db and error.backup == backup
    assert "está danificado" in error.message
    assert "cópia de segurança mais recente" in error.message
    assert "Traceback" not in error.message

    aside = Store.restore_backup(error.backup, error.path)
    assert aside.parent == tmp_path and aside.name.startswith("aspectos.db.corrupt-")
    assert aside.read_bytes() == damaged  # the user's file is kept, never deleted
    restored = Store.open(db)
    try:
        assert restored.integrity_ok()
        assert len(restored.answers(assessment.id)) == 3
    finally:
        restored.close(backup=False)


def test_damaged_page_in_the_middle(tmp_path: Path) -> None:
    db = tmp_path / "aspectos.db"
    store, assessment = filled_store(db, answers=200)
    store.close()
    leaves = leaf_pages(db)
    assert len(leaves) > 10
    page_size = int.from_bytes(db.read_bytes()[16:18], "big")
    middle = leaves[len(leaves) // 2]
    overwrite(db, (middle - 1) * page_size, page_size)

    with pytest.raises(StoreCorruptError) as caught:
        Store.open(db)
    assert caught.value.backup == latest_backup(tmp_path)
    assert caught.value.backup is not None

    Store.restore_backup(caught.value.backup, db)
    restored = Store.open(db)
    try:
        assert len(restored.answers(assessment.id)) == 200
    finally:
        restored.close(backup=False)
    assert len(list(tmp_path.glob("aspectos.db.corrupt-*"))) == 1


def test_not_a_database_without_backup(tmp_path: Path) -> None:
    db = tmp_path / "aspectos.db"
    db.write_bytes(b"isto nao e um banco de dados SQLite\n" * 200)
    with pytest.raises(StoreCorruptError) as caught:
        Store.open(db)
    assert caught.value.backup is None
    assert "Não há cópia de segurança" in caught.value.message
    assert db.read_bytes().startswith(b"isto nao e")  # untouched


def test_restore_refuses_a_damaged_backup(tmp_path: Path) -> None:
    db = tmp_path / "aspectos.db"
    store, _ = filled_store(db)
    store.close()
    backup = latest_backup(tmp_path)
    assert backup is not None
    overwrite(backup, 0, 100)
    with pytest.raises(StoreCorruptError, match="também está danificada"):
        Store.restore_backup(backup, db)
    with pytest.raises(StoreError, match="não encontrada"):
        Store.restore_backup(tmp_path / "nenhuma.db", db)
    assert quick_ok(db)  # the database itself was not touched


def quick_ok(db: Path) -> bool:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        return conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]


@pytest.mark.parametrize("leftover", ["empty file", "header only"])
def test_store_whose_creation_was_interrupted_opens_as_new(tmp_path: Path, leftover: str) -> None:
    db = tmp_path / "aspectos.db"
    if leftover == "empty file":
        db.touch()
    else:  # WAL switched on, the first (schema) transaction never committed
        with contextlib.closing(sqlite3.connect(db)) as conn:
            conn.execute("PRAGMA journal_mode=WAL").fetchall()
    store = Store.open(db)
    try:
        assert store.list_nucleos() == []
        assert store.integrity_ok()
    finally:
        store.close(backup=False)
    assert latest_backup(tmp_path) is None


@pytest.mark.parametrize("inside", [False, True])
def test_data_folder_that_is_a_file_is_named(tmp_path: Path, inside: bool) -> None:
    """--data-dir pointing at a file (or through one): say so, not "erro de disco"."""
    blocker = tmp_path / "dados.txt"
    blocker.write_text("uma planilha, não uma pasta")
    folder = blocker / "sub" if inside else blocker
    with pytest.raises(StoreError) as caught:
        Store.open(folder / "aspectos.db")
    assert caught.value.message.startswith(f"“{blocker}” é um arquivo, não uma pasta.")
    assert blocker.read_text() == "uma planilha, não uma pasta"


def test_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "aspectos.db"
    with contextlib.closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("CREATE TABLE planilha (x)")
    with pytest.raises(StoreError, match="não é um arquivo de dados do Aspectos"):
        Store.open(db)


# ------------------------------------------------------------------------- full disk


def test_disk_full_keeps_old_value_and_store_usable(tmp_path: Path) -> None:
    db = tmp_path / "aspectos.db"
    store, assessment = filled_store(db)
    try:
        with contextlib.closing(sqlite3.connect(db)) as probe:
            pages = probe.execute("PRAGMA page_count").fetchone()[0]
        store._set_max_page_count(pages)
        big = "x" * 400_000
        with pytest.raises(StoreWriteError) as caught:
            store.save_answer(assessment.id, 1, value={"escala": 4}, comment=big, evidence="",
                              author="Ana")
        assert caught.value.message == DISK_FULL
        assert caught.value.problem is WriteProblem.DISK_FULL
        with pytest.raises(StoreWriteError, match="disco está cheio"):
            store.add_attachment(os.urandom(200_000), filename="foto.jpg", mime="image/jpeg")

        # Nothing half-written, and reads still work while the disk is "full".
        answer = store.answers(assessment.id)[1]
        assert answer.comment == "comentário 1 " * 10
        assert len(store.history(assessment.id, 1)) == 1

        store._set_max_page_count(None)  # space freed
        store.save_answer(assessment.id, 1, value={"escala": 4}, comment=big, evidence="",
                          author="Ana")
        assert store.answers(assessment.id)[1].comment == big
        assert len(store.history(assessment.id, 1)) == 2
        assert store.integrity_ok()
    finally:
        store.close(backup=False)


# -------------------------------------------------------------------- read-only folder

_CHILD = f"""
import json, os, sys
from pathlib import Path
from aspectos_desktop.store import Store, StoreError
if os.geteuid() == 0:
    os.setgroups([])
    os.setgid({NOBODY})
    os.setuid({NOBODY})
try:
    store = Store.open(Path(sys.argv[1]))
except StoreError as error:
    print(json.dumps({{"type": type(error).__name__, "message": error.message,
                      "uid": os.geteuid()}}))
else:
    store.close(backup=False)
    print(json.dumps({{"type": None, "message": "", "uid": os.geteuid()}}))
"""


def open_in_child(db: Path) -> dict[str, str | None]:
    """Store.open(db) in a child process without root's powers; its error, as JSON."""
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run([sys.executable, "-c", _CHILD, str(db)], capture_output=True,
                          text=True, cwd=REPO_ROOT, env=env, check=False)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result.pop("uid") != 0  # root would write anyway
    return result


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A folder the unprivileged child can reach (tmp_path's parents are root-only)."""
    folder = Path(tempfile.mkdtemp(prefix="aspectos-ro-"))
    folder.chmod(0o755)
    yield folder
    for path in [folder, *folder.rglob("*")]:
        if path.is_dir():
            path.chmod(stat.S_IRWXU)
    shutil.rmtree(folder)


def make_read_only(folder: Path) -> None:
    """As root the folder already is read-only for the child (owned by root, 0755)."""
    for path in folder.rglob("*"):
        path.chmod(0o444 if path.is_file() else 0o555)
    folder.chmod(0o555)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_existing_store_in_read_only_folder(shared_dir: Path) -> None:
    db = shared_dir / "aspectos.db"
    store, _ = filled_store(db)
    store.close(backup=False)
    make_read_only(shared_dir)
    result = open_in_child(db)
    assert result["type"] == "StoreWriteError"
    assert result["message"] == (
        f"Não foi possível abrir os dados: a pasta “{shared_dir}” não permite gravação. "
        "Verifique as permissões ou escolha outra pasta para os dados.")


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_new_store_in_read_only_folder(shared_dir: Path) -> None:
    make_read_only(shared_dir)
    result = open_in_child(shared_dir / "sub" / "aspectos.db")
    assert result["type"] == "StoreWriteError"
    assert result["message"] is not None
    assert result["message"].startswith("Não foi possível abrir os dados: a pasta")
    assert "não permite gravação" in result["message"]
    assert not (shared_dir / "sub").exists()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_read_only_file_in_writable_folder(shared_dir: Path) -> None:
    db = shared_dir / "aspectos.db"
    store, _ = filled_store(db)
    store.close(backup=False)
    db.chmod(0o444)
    shared_dir.chmod(0o777)  # writable for the child; the file still is not
    result = open_in_child(db)
    assert result["type"] == "StoreWriteError"
    assert result["message"] == (
        f"Não foi possível abrir os dados: o arquivo “{db}” não permite gravação. "
        "Verifique as permissões ou escolha outra pasta para os dados.")


def test_a_failed_backup_copy_leaves_nothing_behind(tmp_path: Path) -> None:
    """A copy cut short (a full disk) may leave SQLite's rollback journal beside the
    ``.partial`` file: both go."""
    from aspectos_desktop.store.backup import copy_database

    target = tmp_path / "backups" / "aspectos-x.db"
    target.parent.mkdir()

    class FullDisk:
        def backup(self, dest: sqlite3.Connection) -> None:
            partial = target.with_name(target.name + ".partial")
            partial.with_name(partial.name + "-journal").write_bytes(b"\0" * 512)
            raise sqlite3.OperationalError("database or disk is full")

    with pytest.raises(sqlite3.OperationalError):
        copy_database(FullDisk(), target)  # type: ignore[arg-type]
    assert list(target.parent.iterdir()) == []
