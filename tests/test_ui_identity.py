"""The certificate dialogs: an error line makes the dialog grow, nothing is clipped."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from aspectos_desktop.store import Nucleo, Store
from aspectos_desktop.ui.identity_dialogs import MIN_PASSPHRASE, CreateIdentityDialog


@pytest.fixture
def nucleo(tmp_path: Path) -> Iterator[Nucleo]:
    store = Store.open(tmp_path / "data" / "aspectos.db")
    try:
        yield store.create_nucleo(
            name="Núcleo Estadual de Telessaúde do Maranhão — Hospital Universitário",
            uf="MA", municipio_code=2111300, municipio_name="São Luís")
    finally:
        store.close(backup=False)


def _fits(label: QLabel) -> bool:
    return label.isVisible() and label.heightForWidth(label.width()) <= label.height()


def test_short_password_error_grows_the_dialog_and_the_intro_stays_whole(qtbot, nucleo) -> None:  # type: ignore[no-untyped-def]
    dialog = CreateIdentityDialog(nucleo)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert _fits(dialog.intro)
    height = dialog.height()
    qtbot.keyClicks(dialog.passphrase, "abc")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)  # the default button: OK
    assert dialog.isVisible()  # refused, still open
    assert dialog.error.text() == f"A senha precisa de pelo menos {MIN_PASSPHRASE} caracteres."
    qtbot.waitUntil(lambda: _fits(dialog.error))
    assert _fits(dialog.intro)
    assert dialog.height() > height
    assert dialog.intro.geometry().top() >= 0
