"""Strict test set-up: headless Qt, Qt warnings and Python warnings fail the suite.

(``filterwarnings = error`` and ``qt_log_level_fail = WARNING`` live in pyproject.toml.)
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ACCESSIBILITY", "0")
os.environ.pop("ASPECTOS_DATA_DIR", None)
os.environ.pop("ASPECTOS_CENTRAL_DB", None)

from pathlib import Path

import pytest

pytest_plugins = ["central_fixtures"]

REPO_ROOT = Path(__file__).resolve().parent.parent
SEED_PATH = REPO_ROOT.parent / "shared" / "seeds" / "004_0802fc0a91f1f91c.txt"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    if not SEED_PATH.is_file():
        pytest.fail(f"seed not found at {SEED_PATH}: the checkout must sit beside shared/")
    return SEED_PATH


@pytest.fixture(scope="session")
def catalogue():  # type: ignore[no-untyped-def]
    from aspectos_desktop.resources import load_catalogue

    return load_catalogue()


def type_text(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type ``text`` into ``widget`` key by key, accents included.

    QTest's keyClicks aborts on characters outside ASCII, so those are delivered
    as key events that carry only text: what a dead-key or compose sequence sends.
    """
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
