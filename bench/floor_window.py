"""Floor of the cold-start benchmark: the least a PySide6 app can do to show a window.

Imports PySide6.QtWidgets, creates the QApplication, shows a QMainWindow (the app's
size) with a label, quits once the label has been painted, exits. Prints nothing; with
``ASPECTOS_READY_FILE`` set, writes the wall-clock time of that paint there (as the app).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class QuitWhenPainted(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            ready_file = os.environ.get("ASPECTOS_READY_FILE")  # as the app's hook does
            if ready_file:
                Path(ready_file).write_text(f"{time.time():.6f}", encoding="ascii")
            QTimer.singleShot(0, QApplication.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("Aspectos")
    window.resize(1280, 760)
    label = QLabel("Aspectos — autoavaliação de núcleos de telessaúde")
    window.setCentralWidget(label)
    label.installEventFilter(QuitWhenPainted(app))
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
