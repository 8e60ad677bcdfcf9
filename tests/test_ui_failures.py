"""What the user sees when the disk refuses a write or the database file is damaged."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from aspectos_desktop.store import Store
from aspectos_desktop.ui import app as app_module
from aspectos_desktop.ui.category_page import CategoryPage
from aspectos_desktop.ui.main_window import MainWindow

ASPECT = 239  # first aspect of the catalogue: a sim/não statement


def make_store(path: Path, catalogue: Any) -> tuple[Store, int]:  # type: ignore[no-untyped-def]
    store = Store.open(path)
    nucleo = store.create_nucleo(name="Núcleo", uf="PI", municipio_code=2211001,
                                 municipio_name="Teresina")
    assessment = store.create_assessment(
        nucleo_id=nucleo.id, kind="autoavaliacao", period_start=date(2026, 1, 1),
        period_end=date(2026, 12, 31), theme_slugs=[catalogue.themes[0].slug],
        catalogue_version=catalogue.version, catalogue_hash=catalogue.content_hash)
    return store, assessment.id


def answered_and_backed_up(db: Path, catalogue: Any) -> int:  # type: ignore[no-untyped-def]
    """A store at ``db`` with aspect ``ASPECT`` answered (comment "antes"), closed with a
    rolling backup beside it; returns the assessment id."""
    store, assessment_id = make_store(db, catalogue)
    store.save_answer(assessment_id, ASPECT, value={"choice": "sim"}, comment="antes",
                      evidence="", author="Tester")
    store.close()
    return assessment_id


class Dialogs:
    """Records modal message boxes instead of blocking on them."""

    def __init__(self, monkeypatch: Any, answer: QMessageBox.StandardButton) -> None:
        self.shown: list[tuple[str, str]] = []
        for kind in ("warning", "critical", "information", "question"):
            monkeypatch.setattr(QMessageBox, kind, self._recorder(kind, answer))

    def _recorder(self, kind: str, answer: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def record(_parent: Any, _title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
            self.shown.append((kind, text))
            return answer
        return record


def test_disk_full_keeps_the_value_on_screen_and_retries(qtbot, tmp_path, catalogue,
                                                         monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dialogs = Dialogs(monkeypatch, QMessageBox.StandardButton.Ok)
    db = tmp_path / "aspectos.db"
    store, assessment_id = make_store(db, catalogue)
    window = MainWindow(store, catalogue, "Tester")
    qtbot.addWidget(window)
    window.show()
    try:
        window.open_assessment(assessment_id)
        view = window.view
        assert view is not None
        view.open_aspect(ASPECT)
        page = view.page_widget
        assert isinstance(page, CategoryPage)
        editor = page.editors[ASPECT]
        with contextlib.closing(sqlite3.connect(db)) as probe:
            pages = probe.execute("PRAGMA page_count").fetchone()[0]
        store._set_max_page_count(pages)  # the disk is now full
        big = "observação longa " * 25_000
        QApplication.clipboard().setText(big)
        editor.comment.setFocus()
        qtbot.keyClick(editor.comment, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        assert editor.comment.toPlainText() == big  # nothing lost on screen
        assert view.save_status.text() == "Não salvo"
        assert view.retry_button.isVisible()
        assert dialogs.shown and dialogs.shown[0][0] == "warning"
        assert "disco está cheio" in dialogs.shown[0][1]
        assert store.answers(assessment_id).get(ASPECT) is None

        store._set_max_page_count(None)  # space freed
        qtbot.mouseClick(view.retry_button, Qt.MouseButton.LeftButton)
        assert view.save_status.text().startswith("Salvo às")
        assert not view.retry_button.isVisible()
        assert store.answers(assessment_id)[ASPECT].comment == big
    finally:
        window.close_assessment()
        store.close(backup=False)


def test_corrupt_database_at_start_offers_the_latest_backup(qtbot, tmp_path, catalogue,
                                                            monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "aspectos.db"
    assessment_id = answered_and_backed_up(db, catalogue)
    with db.open("r+b") as handle:
        handle.seek(0)
        handle.write(b"\x00" * 100)  # the SQLite header is gone

    dialogs = Dialogs(monkeypatch, QMessageBox.StandardButton.Yes)
    restored = app_module.open_store(db)
    assert restored is not None
    try:
        assert [kind for kind, _ in dialogs.shown] == ["question", "information"]
        assert "danificado" in dialogs.shown[0][1]
        assert restored.answers(assessment_id)[ASPECT].comment == "antes"
        assert list(tmp_path.glob("aspectos.db.corrupt-*")), "the damaged file must be kept"
    finally:
        restored.close(backup=False)


def test_corrupt_database_declined_opens_nothing(qtbot, tmp_path, catalogue, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "aspectos.db"
    store, _ = make_store(db, catalogue)
    store.close()
    original = db.read_bytes()
    db.write_bytes(b"not a database at all" * 50)
    dialogs = Dialogs(monkeypatch, QMessageBox.StandardButton.No)
    assert app_module.open_store(db) is None
    assert dialogs.shown[0][0] == "question"
    assert db.read_bytes() != original and db.exists()  # left as it was, for analysis


def test_emptied_database_with_backups_offers_the_latest_one(qtbot, tmp_path, catalogue,
                                                             monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A 0-byte file beside backups lost its data: never start a new, empty store over it."""
    db = tmp_path / "aspectos.db"
    assessment_id = answered_and_backed_up(db, catalogue)
    db.write_bytes(b"")  # emptied (a copy cut short, a full disk…)

    dialogs = Dialogs(monkeypatch, QMessageBox.StandardButton.Yes)
    restored = app_module.open_store(db)
    assert restored is not None
    try:
        assert [kind for kind, _ in dialogs.shown] == ["question", "information"]
        assert "está vazio" in dialogs.shown[0][1]
        assert restored.answers(assessment_id)[ASPECT].comment == "antes"
        kept = list(tmp_path.glob("aspectos.db.corrupt-*"))
        assert kept and kept[0].stat().st_size == 0  # the empty file kept aside
    finally:
        restored.close(backup=False)


def test_failed_backup_on_close_is_a_message_not_a_traceback(qtbot, tmp_path, catalogue,
                                                             monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from aspectos_desktop.store import StoreWriteError

    dialogs = Dialogs(monkeypatch, QMessageBox.StandardButton.Ok)
    data = tmp_path / "dados"
    store, assessment_id = make_store(data / "aspectos.db", catalogue)
    store.save_answer(assessment_id, ASPECT, value={"choice": "sim"}, comment="", evidence="",
                      author="Tester")
    store.close()

    def full_disk(*_args: Any, **_kwargs: Any) -> None:
        raise StoreWriteError("Não foi possível fazer a cópia de segurança: o disco está cheio.")

    monkeypatch.setattr("aspectos_desktop.store.store.make_backup", full_disk)
    args = app_module.parse_args(["--data-dir", str(data)])
    application = app_module.Application(args, catalogue)
    assert application.start(demo=False)
    assert application.window is not None
    qtbot.addWidget(application.window)
    application.store.set_position(assessment_id, catalogue.themes[0].category_ids[1])  # type: ignore[union-attr]
    application.close()  # must not raise
    assert application.store is None
    assert [kind for kind, _ in dialogs.shown] == ["warning"]
    assert "continua no arquivo de dados" in dialogs.shown[0][1]
    assert "disco está cheio" in dialogs.shown[0][1]


def test_second_app_on_the_same_data_is_refused(qtbot, tmp_path, catalogue,
                                                monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Two windows on one store would each save what they show, over the other's answers."""
    import subprocess
    import sys

    dialogs = Dialogs(monkeypatch, QMessageBox.StandardButton.Ok)
    data = tmp_path / "dados"
    store, _ = make_store(data / "aspectos.db", catalogue)
    store.close(backup=False)
    holder = subprocess.Popen(  # another app: holds the lock until its stdin closes
        [sys.executable, "-c",
         "import sys; from PySide6.QtCore import QLockFile\n"
         f"lock = QLockFile({str(data / 'aspectos.db.lock')!r}); lock.setStaleLockTime(0)\n"
         "assert lock.tryLock(0); print('locked', flush=True); sys.stdin.read()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        args = app_module.parse_args(["--data-dir", str(data)])
        second = app_module.Application(args, catalogue)
        assert not second.start(demo=False)
        assert second.store is None and second.window is None
        assert [kind for kind, _ in dialogs.shown] == ["warning"]
        assert "já estão abertos em outra janela" in dialogs.shown[0][1]
        assert f"no processo {holder.pid}" in dialogs.shown[0][1]
    finally:
        assert holder.stdin is not None and holder.stdout is not None
        holder.stdin.close()
        holder.wait(timeout=30)
        holder.stdout.close()

    # The other app has gone (or was killed: its PID is no longer running): the lock is free.
    third = app_module.Application(app_module.parse_args(["--data-dir", str(data)]), catalogue)
    assert third.start(demo=False)
    assert third.window is not None
    qtbot.addWidget(third.window)
    try:
        again = app_module.Application(app_module.parse_args(["--data-dir", str(data)]),
                                       catalogue)
        assert not again.start(demo=False)  # the same process counts too
    finally:
        third.close()
    assert not (data / "aspectos.db.lock").exists()
