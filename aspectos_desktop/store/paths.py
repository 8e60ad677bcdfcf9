"""Where the user's data lives.

The data folder is, in order of precedence: an explicit argument, the environment
variable ``ASPECTOS_DATA_DIR``, ``platformdirs.user_data_dir("aspectos-desktop")``.
It holds ``aspectos.db`` and ``backups/``.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "aspectos-desktop"
ENV_DATA_DIR = "ASPECTOS_DATA_DIR"
DB_FILENAME = "aspectos.db"
BACKUP_DIRNAME = "backups"


def data_dir(explicit: Path | str | None = None) -> Path:
    """The data folder (not created here)."""
    if explicit is not None and str(explicit):
        return Path(explicit).expanduser().absolute()
    from_env = os.environ.get(ENV_DATA_DIR, "").strip()
    if from_env:
        return Path(from_env).expanduser().absolute()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def db_path(explicit_data_dir: Path | str | None = None) -> Path:
    """The database file inside the data folder."""
    return data_dir(explicit_data_dir) / DB_FILENAME


def backup_dir(data_folder: Path) -> Path:
    """Where backups of the databases in ``data_folder`` go."""
    return data_folder / BACKUP_DIRNAME
