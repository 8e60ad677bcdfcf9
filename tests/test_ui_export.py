"""Export from the GUI: certificate on first use, progress off the UI thread, verified bundle."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from conftest import type_text
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from aspectos_desktop.demo import create_demo
from aspectos_desktop.export.verify import verify_bundle
from aspectos_desktop.store import Store
from aspectos_desktop.ui.export_dialog import ExportDialog
from aspectos_desktop.ui.identity_dialogs import CreateIdentityDialog, SettingsDialog
from aspectos_desktop.ui.main_window import MainWindow


def when_modal(kind: type[QWidget], act: Callable[[Any], None]) -> None:
    """Run ``act`` on the next modal dialog of type ``kind`` once it is open."""

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            act(dialog)
        else:
            QTimer.singleShot(10, attempt)

    QTimer.singleShot(0, attempt)


def test_export_from_the_gui_creates_identity_and_a_valid_bundle(qtbot, tmp_path: Path, catalogue,
                                                                 monkeypatch) -> None:  # type: ignore[no-untyped-def]
    store = Store.open(tmp_path / "data" / "aspectos.db")
    self_id, _visit_id = create_demo(store, catalogue)
    store.finalize(self_id)
    window = MainWindow(store, catalogue, "Tester")
    qtbot.addWidget(window)
    window.show()
    infos: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _p, _t, text, *a: infos.append(text) or QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _p, _t, text, *a: infos.append(text) or QMessageBox.StandardButton.Ok)
    out = tmp_path / "pendrive"
    worker_threads: list[int] = []
    from aspectos_desktop.export import bundle

    real_export = bundle.export_bundle

    def recording_export(*args: Any, **kwargs: Any) -> Any:
        worker_threads.append(threading.get_ident())
        return real_export(*args, **kwargs)

    monkeypatch.setattr(bundle, "export_bundle", recording_export)
    outcome: dict[str, Any] = {}

    def create(dialog: CreateIdentityDialog) -> None:
        type_text(qtbot, dialog.passphrase, "senha-forte-123")
        type_text(qtbot, dialog.confirm, "senha-forte-124")
        dialog.accept()
        outcome["mismatch"] = dialog.error.text()
        dialog.confirm.clear()
        type_text(qtbot, dialog.confirm, "senha-forte-123")
        when_modal(ExportDialog, export)
        dialog.accept()

    def export(dialog: ExportDialog) -> None:
        assert not dialog.draft.isChecked()
        dialog.out_dir.setText(str(out))
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.open_button.isVisible() or dialog.error.isVisible(),
                        timeout=60_000)
        outcome["done"] = dialog.result_label.text()
        outcome["error"] = dialog.error.text()
        qtbot.waitUntil(dialog.close_button.isEnabled)  # the worker thread has ended
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)

    window.refresh_assessments()
    row = next(r for r in range(window.home.model.rowCount())
               if window.home.model.assessment_at(r).id == self_id)  # type: ignore[union-attr]
    window.home.table.selectRow(row)
    when_modal(CreateIdentityDialog, create)
    qtbot.mouseClick(window.home.export_button, Qt.MouseButton.LeftButton)
    try:
        assert outcome["mismatch"] == "As senhas não conferem."
        assert outcome["error"] == "", outcome["error"]
        assert "Pacote exportado" in outcome["done"]
        assert any("Impressão digital SHA-256" in text for text in infos)
        bundles = list(out.glob("*.aspectos"))
        assert len(bundles) == 1
        report = verify_bundle(bundles[0])
        assert report.ok, [(c.name, c.message) for c in report.checks if not c.ok]
        assert store.get_assessment(self_id).status == "exportada"
        assert worker_threads and threading.get_ident() not in worker_threads
    finally:
        store.close(backup=False)


def test_draft_export_for_an_assessment_in_progress(qtbot, tmp_path: Path, catalogue) -> None:  # type: ignore[no-untyped-def]
    store = Store.open(tmp_path / "aspectos.db")
    self_id, _ = create_demo(store, catalogue)
    try:
        dialog = ExportDialog(store, catalogue, store.get_assessment(self_id), None)
        qtbot.addWidget(dialog)
        assert dialog.draft.isChecked() and not dialog.draft.isEnabled()
        dialog.out_dir.setText(str(tmp_path / "out"))
        with qtbot.waitSignal(dialog.exported, timeout=60_000):
            qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(dialog.close_button.isEnabled)
        # the result (path, SHA-256) gets the height it needs: nothing overlaps the buttons
        label = dialog.result_label
        assert label.height() >= label.heightForWidth(label.width())
        assert label.geometry().bottom() < dialog.export_button.geometry().top()
        drafts = list((tmp_path / "out").glob("*-RASCUNHO.pdf"))
        assert len(drafts) == 1 and drafts[0].read_bytes().startswith(b"%PDF")
        assert store.get_assessment(self_id).status == "em_andamento"
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
        assert dialog.result() == 0
    finally:
        store.close(backup=False)


def test_export_to_an_unwritable_place_says_why(qtbot, tmp_path: Path, catalogue) -> None:  # type: ignore[no-untyped-def]
    store = Store.open(tmp_path / "aspectos.db")
    self_id, _ = create_demo(store, catalogue)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    try:
        dialog = ExportDialog(store, catalogue, store.get_assessment(self_id), None)
        qtbot.addWidget(dialog)
        dialog.out_dir.setText(str(blocker / "sub"))
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.error.isHidden(), timeout=30_000)
        assert dialog.error.text() == (f"Não foi possível gravar a exportação: “{blocker}” é "
                                       "um arquivo, não uma pasta. Escolha uma pasta.")
        qtbot.waitUntil(dialog.export_button.isEnabled)
    finally:
        store.close(backup=False)


def test_export_without_a_folder_asks_for_one(qtbot, tmp_path: Path, catalogue,
                                             monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """An emptied Pasta field must not export into whatever folder the app started in."""
    store = Store.open(tmp_path / "aspectos.db")
    self_id, _ = create_demo(store, catalogue)
    monkeypatch.chdir(tmp_path)
    try:
        dialog = ExportDialog(store, catalogue, store.get_assessment(self_id), None)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.out_dir.selectAll()
        qtbot.keyClicks(dialog.out_dir, "   ")
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        assert not dialog.error.isHidden()
        assert "Escolha a pasta" in dialog.error.text()
        assert dialog.export_thread is None  # nothing started
        qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.out_dir)
        assert not list(tmp_path.glob("*.pdf"))
    finally:
        store.close(backup=False)


def test_settings_show_identity_and_keep_the_tsa(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from aspectos_desktop.export.identity import create_identity
    from aspectos_desktop.settings import Settings

    stored = create_identity(tmp_path, nucleo_name="Núcleo Teste", institution="UF",
                             municipio="Teresina", uf="PI", passphrase="senha-forte-123")
    dialog = SettingsDialog(tmp_path)
    qtbot.addWidget(dialog)
    assert stored.identity.fingerprint_sha256 in dialog.identity_text.text()
    assert "CN=Núcleo Teste" in dialog.identity_text.text()
    qtbot.keyClicks(dialog.tsa, "ftp://x")
    dialog.accept()
    assert "http://" in dialog.error.text()
    dialog.tsa.clear()
    qtbot.keyClicks(dialog.tsa, "http://127.0.0.1:9/tsa")
    dialog.accept()
    assert Settings.load(tmp_path).tsa_url == "http://127.0.0.1:9/tsa"


def test_folder_label_has_a_buddy_and_the_progress_bar_waits_for_the_export(
        qtbot, tmp_path: Path, catalogue) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    store = Store.open(tmp_path / "aspectos.db")
    self_id, _ = create_demo(store, catalogue)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    try:
        dialog = ExportDialog(store, catalogue, store.get_assessment(self_id), None)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        # Alt+P reaches the folder: no literal "&Pasta:" on screen
        assert dialog.folder_label.text() == "&Pasta:"
        assert dialog.folder_label.buddy() is dialog.out_dir
        unbound = [label.text() for label in dialog.findChildren(QLabel)
                   if "&" in label.text() and label.buddy() is None]
        assert not unbound, f"labels showing a literal '&': {unbound}"
        # no empty bar (it looks like a text box) before anything is exported
        assert dialog.progress.isHidden()
        steps: list[bool] = []
        dialog.progress.valueChanged.connect(lambda _v: steps.append(dialog.progress.isVisible()))
        dialog.out_dir.setText(str(tmp_path / "out"))
        with qtbot.waitSignal(dialog.exported, timeout=60_000):
            qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
            assert dialog.progress.isVisible()
        assert steps and all(steps)
        assert dialog.progress.isVisible() and dialog.progress.value() == 100
        qtbot.waitUntil(dialog.close_button.isEnabled)
        # a failed export leaves no empty bar behind either
        dialog.out_dir.setText(str(blocker / "sub"))
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.error.isHidden(), timeout=30_000)
        assert dialog.progress.isHidden()
        qtbot.waitUntil(dialog.close_button.isEnabled)
    finally:
        store.close(backup=False)
