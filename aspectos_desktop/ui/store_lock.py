"""One window per data file: a second app on the same store would overwrite the first's
answers with what it still shows (each window saves its own on-screen state).

``QLockFile`` next to the database (``aspectos.db.lock``). A lock left by a process that
died (a crash, a kill) is recognised by its PID and taken over; a live one never goes
stale however long the app stays open (stale time 0: Qt's default 30 s would let a second
app steal the lock of a window open for a minute).
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile
from PySide6.QtWidgets import QMessageBox


def lock_path(db: Path) -> Path:
    return db.with_name(db.name + ".lock")


def acquire(db: Path) -> QLockFile | None:
    """Lock ``db`` for this process, or tell the user it is open elsewhere (``None``).

    A folder where the lock cannot be written is left to the store, whose message says
    why (read-only folder, full disk); the lock is then simply not held.
    """
    with contextlib.suppress(OSError):  # the first start: no folder yet
        db.parent.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(lock_path(db)))
    lock.setStaleLockTime(0)
    if lock.tryLock(0):
        return lock
    if lock.error() != QLockFile.LockError.LockFailedError:
        return lock  # could not write the lock file at all: Store.open explains
    pid, host, _app = lock.getLockInfo()
    where = (QCoreApplication.translate("StoreLock", "no processo {pid}").format(pid=pid)
             if pid else "")
    if host:
        where += QCoreApplication.translate("StoreLock", " do computador {host}").format(
            host=host)
    QMessageBox.warning(
        None, QCoreApplication.translate("StoreLock", "Dados já abertos"),
        QCoreApplication.translate(
            "StoreLock", "Estes dados já estão abertos em outra janela do Aspectos {where}:\n"
            "{path}\n\nUse a janela que já está aberta. Abrir os mesmos dados duas vezes faria "
            "uma janela gravar por cima das respostas da outra.").format(
            where=where.strip(), path=db))
    return None
