"""Store errors: each carries a plain pt-BR ``message`` that the UI can show as is.

``translate()`` turns what SQLite or the operating system raised into one of these,
so that no caller ever has to show a traceback to the user.
"""

from __future__ import annotations

import errno
import sqlite3
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Literal

from sqlalchemy import exc as sa_exc

from aspectos_desktop.store.backup import backup_time

Action = Literal["open", "save", "save_answer", "backup", "restore", "read", "demo"]

_PREFIX: dict[Action, str] = {
    "open": "Não foi possível abrir os dados",
    "demo": "Não foi possível criar a demonstração",
    "save": "Não foi possível salvar",
    "save_answer": "Não foi possível salvar",
    "backup": "Não foi possível fazer a cópia de segurança",
    "restore": "Não foi possível restaurar a cópia de segurança",
    "read": "Não foi possível ler os dados",
}


class WriteProblem(Enum):
    """Why a write failed (for the UI to pick an icon or a help link, if it wants)."""

    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    IO = "io"
    BUSY = "busy"
    OTHER = "other"


class StoreError(Exception):
    """Base class; ``message`` is plain pt-BR text for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class StoreCorruptError(StoreError):
    """The database file is damaged; ``backup`` is the newest backup, if any."""

    def __init__(self, path: Path, backup: Path | None, message: str | None = None) -> None:
        self.path = path
        self.backup = backup
        super().__init__(message or corrupt_message(path, backup))


class StoreWriteError(StoreError):
    """Nothing was written (disk full, read-only folder, I/O error, file in use)."""

    def __init__(self, message: str, problem: WriteProblem = WriteProblem.OTHER) -> None:
        super().__init__(message)
        self.problem = problem


class AssessmentLockedError(StoreError):
    """The assessment is finalised or exported; only a new revision can change it."""


class NotFoundError(StoreError):
    """The núcleo, assessment, history entry or attachment does not exist."""


class ValidationError(StoreError):
    """The caller passed a value the store refuses (bad kind, dates, UF…)."""


def corrupt_message(path: Path, backup: Path | None) -> str:
    return (f"O arquivo de dados “{path.name}” está danificado e não pode ser aberto. "
            + backup_sentence(backup))


def backup_sentence(backup: Path | None) -> str:
    """What a damaged store can be restored from, as one sentence."""
    if backup is None:
        return "Não há cópia de segurança disponível para restaurar."
    when = backup_time_text(backup)
    if when:
        return f"A cópia de segurança mais recente é de {when} e pode ser restaurada."
    return "Há uma cópia de segurança que pode ser restaurada."


def backup_time_text(backup: Path) -> str:
    """"05/03/2026 às 14:02" (local time) from a backup name, or "" if it has none."""
    stamp = backup_time(backup)
    if stamp is None:
        return ""
    local: datetime = stamp.astimezone()
    return local.strftime("%d/%m/%Y às %H:%M")


def write_error(problem: WriteProblem, action: Action, where: str | None = None) -> StoreWriteError:
    """The pt-BR StoreWriteError for ``problem``; ``where`` names the folder or file."""
    prefix = _PREFIX[action]
    if problem is WriteProblem.DISK_FULL:
        body = "o disco está cheio. Libere espaço e tente de novo"
    elif problem is WriteProblem.READ_ONLY:
        body = (f"{where or 'a pasta dos dados'} não permite gravação. Verifique as permissões "
                "ou escolha outra pasta para os dados")
    elif problem is WriteProblem.IO:
        body = ("houve um erro de leitura ou gravação no disco. Verifique se o disco "
                "(ou pen drive) continua conectado e tente de novo")
    elif problem is WriteProblem.BUSY:
        body = ("os dados estão em uso por outra janela ou programa. Feche as outras "
                "janelas do Aspectos e tente de novo")
    else:
        body = "ocorreu um erro inesperado. Tente de novo; se continuar, reinicie o aplicativo"
    tail = "; o valor continua na tela." if action == "save_answer" else "."
    return StoreWriteError(f"{prefix}: {body}{tail}", problem)


def folder_phrase(folder: Path) -> str:
    return f"a pasta “{folder}”"


def file_phrase(file: Path) -> str:
    return f"o arquivo “{file}”"


# SQLite primary result codes (https://sqlite.org/rescode.html).
_SQLITE_PERM = 3
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_SQLITE_NOTADB = 26

CORRUPT_CODES = frozenset({_SQLITE_CORRUPT, _SQLITE_NOTADB})

_PROBLEM_BY_CODE = {
    _SQLITE_FULL: WriteProblem.DISK_FULL,
    _SQLITE_READONLY: WriteProblem.READ_ONLY,
    _SQLITE_PERM: WriteProblem.READ_ONLY,
    _SQLITE_CANTOPEN: WriteProblem.READ_ONLY,
    _SQLITE_IOERR: WriteProblem.IO,
    _SQLITE_BUSY: WriteProblem.BUSY,
    _SQLITE_LOCKED: WriteProblem.BUSY,
}

_PROBLEM_BY_ERRNO = {
    errno.ENOSPC: WriteProblem.DISK_FULL,
    errno.EDQUOT: WriteProblem.DISK_FULL,
    errno.EACCES: WriteProblem.READ_ONLY,
    errno.EPERM: WriteProblem.READ_ONLY,
    errno.EROFS: WriteProblem.READ_ONLY,
}


def sqlite_code(error: BaseException) -> int | None:
    """The primary SQLite result code behind ``error`` (a DBAPI or SQLAlchemy error)."""
    cause: BaseException | None = error.orig if isinstance(error, sa_exc.DBAPIError) else error
    if isinstance(cause, sqlite3.Error):
        code: int | None = getattr(cause, "sqlite_errorcode", None)
        if code is None:
            return None
        return code & 0xFF
    return None


def translate(error: BaseException, *, action: Action, path: Path,
              backup: Path | None = None, where: str | None = None) -> StoreError:
    """The StoreError to raise instead of ``error`` (an sqlite3/SQLAlchemy/OS error).

    ``path`` is the database file; ``backup`` goes into a StoreCorruptError; ``where``
    overrides the place named in a read-only message (default: the database's folder).
    """
    if isinstance(error, StoreError):
        return error
    where = where or folder_phrase(path.parent)
    if isinstance(error, (NotADirectoryError, FileExistsError)):
        # --data-dir (or a folder on the way to it) names a file: say which, plainly.
        blocker = next((folder for folder in (path.parent, *path.parent.parents)
                        if folder.exists() and not folder.is_dir()), path.parent)
        return StoreWriteError(f"“{blocker}” é um arquivo, não uma pasta. Escolha outra pasta "
                               "para os dados.", WriteProblem.OTHER)
    if isinstance(error, OSError):
        problem = _PROBLEM_BY_ERRNO.get(error.errno or 0, WriteProblem.IO)
        return write_error(problem, action, where)
    code = sqlite_code(error)
    if code in CORRUPT_CODES:
        return StoreCorruptError(path, backup)
    if code is not None and code in _PROBLEM_BY_CODE:
        return write_error(_PROBLEM_BY_CODE[code], action, where)
    if isinstance(error, sa_exc.StatementError) and isinstance(error.orig, (TypeError, ValueError)):
        return ValidationError("Valor inválido: não foi possível gravar esta resposta.")
    if isinstance(error, sa_exc.IntegrityError):
        return ValidationError("Operação recusada: os dados ficariam inconsistentes.")
    return write_error(WriteProblem.OTHER, action, where)
