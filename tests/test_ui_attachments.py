"""Attaching files: the type comes from the content; refused files are said, not lost."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import test_ui_wizard
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from aspectos_desktop.store import Store
from aspectos_desktop.ui.answer_inputs import AttachmentInput
from aspectos_desktop.ui.assessment_view import MAX_ATTACHMENT_BYTES

# The wizard tests' fixtures (a store with one assessment over every theme, a window).
db_file = test_ui_wizard.db_file
assessment_id = test_ui_wizard.assessment_id
window = test_ui_wizard.window
open_view = test_ui_wizard.open_view
editor_for = test_ui_wizard.editor_for
stored = test_ui_wizard.stored
visible_error = test_ui_wizard.visible_error
CHART_ASPECT = test_ui_wizard.CHART_ASPECT

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
PDF = b"%PDF-1.7\n" + b"0" * 64


def _choose(monkeypatch: pytest.MonkeyPatch, *paths: Path) -> None:
    """The file dialog answers ``paths`` (as if the user picked them)."""
    def pick(*_args: Any, **_kwargs: Any) -> tuple[list[str], str]:
        return [str(p) for p in paths], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", pick)


def _chart(qtbot, window, catalogue, assessment_id) -> AttachmentInput:  # type: ignore[no-untyped-def]
    view = open_view(window, assessment_id)
    chart = editor_for(view, catalogue, CHART_ASPECT).input
    assert isinstance(chart, AttachmentInput)
    return chart


def _stored_files(db_file: Path, assessment_id: int) -> list[dict[str, Any]]:
    answer = stored(db_file, assessment_id).get(CHART_ASPECT)
    return [] if answer is None else list(answer.value["files"])


def test_too_large_and_vanished_files_are_said_and_the_others_attached(
        qtbot, window, catalogue, assessment_id, db_file, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    chart = _chart(qtbot, window, catalogue, assessment_id)
    big = tmp_path / "relatorio_grande.pdf"
    with big.open("wb") as stream:
        stream.write(PDF)
        stream.truncate(MAX_ATTACHMENT_BYTES + 1024 * 1024)  # 21 MB (sparse: fast)
    gone = tmp_path / "apagado.png"
    folder = tmp_path / "pasta.png"  # not a readable file
    folder.mkdir()
    good = tmp_path / "grafico.png"
    good.write_bytes(PNG)
    _choose(monkeypatch, big, gone, folder, good)
    qtbot.mouseClick(chart.add_button, Qt.MouseButton.LeftButton)
    errors = visible_error(chart)
    assert len(errors) == 1
    lines = errors[0].split("\n")
    assert lines[0] == "relatorio_grande.pdf: arquivo maior que 20 MB"
    assert lines[1].startswith("apagado.png: arquivo não encontrado")
    assert lines[2].startswith("pasta.png: não foi possível ler o arquivo")
    assert chart.error.accessibleName() == errors[0]
    assert [f["filename"] for f in _stored_files(db_file, assessment_id)] == ["grafico.png"]
    assert [f["filename"] for f in chart.files] == ["grafico.png"]

    _choose(monkeypatch)  # cancelled: the message about the last choice goes
    qtbot.mouseClick(chart.add_button, Qt.MouseButton.LeftButton)
    assert visible_error(chart) == []
    assert [f["filename"] for f in _stored_files(db_file, assessment_id)] == ["grafico.png"]


def test_the_type_comes_from_the_content_not_the_name(
        qtbot, window, catalogue, assessment_id, db_file, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    chart = _chart(qtbot, window, catalogue, assessment_id)
    fake = tmp_path / "fake.png"
    fake.write_text("isto não é uma imagem\n", encoding="utf-8")
    renamed = tmp_path / "grafico.jpg"  # a PNG saved with the wrong extension
    renamed.write_bytes(PNG)
    photo = tmp_path / "foto.png"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 64)
    report = tmp_path / "relatorio.png"
    report.write_bytes(PDF)
    _choose(monkeypatch, fake, renamed, photo, report)
    qtbot.mouseClick(chart.add_button, Qt.MouseButton.LeftButton)
    assert visible_error(chart) == [
        "fake.png: o conteúdo não é uma imagem PNG ou JPEG nem um PDF"]
    files = _stored_files(db_file, assessment_id)
    assert [(f["filename"], f["mime"]) for f in files] == [
        ("grafico.jpg", "image/png"), ("foto.png", "image/jpeg"),
        ("relatorio.png", "application/pdf")]
    store = Store.open(db_file)
    try:
        assert store.attachment(files[0]["sha256"]).mime == "image/png"
    finally:
        store.close(backup=False)
