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
    store, assessment_id = make_store(db, catalogue)
    store.save_answer(assessment_id, ASPECT, value={"choice": "sim"}, comment="antes",
                      evidence="", author="Tester")
    store.close()  # leaves a rolling backup
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
