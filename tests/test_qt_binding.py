"""The Qt binding must not leak references to None/True (PySide6 6.12.0 on CPython 3.11 does,
and the app then aborts with "none_dealloc" after a few thousand clicks)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

CALLS = 2000


class _Emitter(QObject):
    fired = Signal()


def test_void_calls_do_not_leak_none(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        label.setText("x")
    assert abs(sys.getrefcount(None) - before) < CALLS // 10


def test_signal_emit_does_not_leak_true() -> None:
    emitter = _Emitter()
    emitter.fired.connect(lambda: None)
    before = sys.getrefcount(True)
    for _ in range(CALLS):
        emitter.fired.emit()
    assert abs(sys.getrefcount(True) - before) < CALLS // 10
