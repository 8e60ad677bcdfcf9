"""Small per-installation settings kept as JSON beside the database (Qt-free)."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

SETTINGS_FILE = "settings.json"


@dataclass
class Settings:
    tsa_url: str = ""  # RFC 3161 timestamp server; empty: sign without a timestamp
    export_dir: str = ""  # last folder chosen for exports
    central_db: str = ""  # central database chosen in the Central window or `central use`

    @classmethod
    def load(cls, folder: Path) -> Settings:
        try:
            raw: Any = json.loads((folder / SETTINGS_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(raw, dict):
            return cls()
        known = {f.name for f in fields(cls)}
        values: dict[str, Any] = raw  # pyright: ignore[reportUnknownVariableType]
        return cls(**{k: str(v) for k, v in values.items() if k in known})

    def save(self, folder: Path) -> None:
        """Write atomically (temporary file, then rename)."""
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".settings-", dir=folder)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(asdict(self), handle, ensure_ascii=False, indent=2)
        os.replace(tmp, folder / SETTINGS_FILE)
