"""The compiled catalogue: a read-only SQLite file shipped in ``resources/``."""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
from pathlib import Path

from aspectos_desktop.catalogue.model import Aspect, Catalogue, assemble

COMPILED_FORMAT = "1"

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE themes (
    slug TEXT PRIMARY KEY, position INTEGER NOT NULL UNIQUE, name TEXT NOT NULL
);
CREATE TABLE categories (
    id TEXT PRIMARY KEY, theme_slug TEXT NOT NULL REFERENCES themes(slug),
    slug TEXT NOT NULL, position INTEGER NOT NULL, name TEXT NOT NULL
);
CREATE TABLE aspects (
    id INTEGER PRIMARY KEY, row INTEGER NOT NULL UNIQUE,
    category_id TEXT NOT NULL REFERENCES categories(id),
    aspecto TEXT NOT NULL, natureza TEXT NOT NULL, elemento TEXT NOT NULL,
    source TEXT NOT NULL, year INTEGER NOT NULL, section TEXT NOT NULL,
    form_json TEXT NOT NULL
);
"""


class CompiledCatalogueError(RuntimeError):
    """The compiled catalogue file is missing, corrupt or of another format."""


def compile_catalogue(catalogue: Catalogue, target: Path, source_fingerprint: str) -> None:
    """Write ``catalogue`` to ``target`` atomically (temporary file, then rename)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".catalogue-", suffix=".sqlite", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    tmp.chmod(0o644)  # mkstemp creates 0600; the catalogue is public data
    db = sqlite3.connect(tmp)
    try:
        with db:
            db.executescript(_SCHEMA)
            db.executemany("INSERT INTO meta VALUES (?, ?)", [
                ("format", COMPILED_FORMAT),
                ("version", catalogue.version),
                ("content_sha256", catalogue.content_hash),
                ("source_fingerprint", source_fingerprint),
            ])
            db.executemany("INSERT INTO themes VALUES (?, ?, ?)",
                           [(t.slug, t.position, t.name) for t in catalogue.themes])
            db.executemany("INSERT INTO categories VALUES (?, ?, ?, ?, ?)", [
                (c.id, c.theme_slug, c.slug, c.position, c.name)
                for c in catalogue.categories.values()
            ])
            db.executemany("INSERT INTO aspects VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [
                (a.id, a.row, a.category_id, a.aspecto, a.natureza, a.elemento,
                 a.source, a.year, a.section,
                 json.dumps(a.form, ensure_ascii=False, sort_keys=True))
                for a in catalogue.aspects.values()
            ])
        db.close()
        os.replace(tmp, target)
    finally:
        db.close()
        tmp.unlink(missing_ok=True)


def read_meta(path: Path) -> dict[str, str]:
    """The meta table, or an empty dict when the file is absent or unreadable."""
    if not path.is_file():
        return {}
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return dict(db.execute("SELECT key, value FROM meta").fetchall())
        finally:
            db.close()
    except sqlite3.DatabaseError:
        return {}


def load_compiled(path: Path) -> Catalogue:
    """Load the whole catalogue into memory (a few milliseconds for 857 aspects)."""
    if not path.is_file():
        raise CompiledCatalogueError(f"catálogo compilado não encontrado: {path}")
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
            if meta.get("format") != COMPILED_FORMAT:
                raise CompiledCatalogueError(
                    f"{path}: formato de catálogo {meta.get('format')!r} não suportado"
                )
            rows = db.execute(
                "SELECT a.id, a.row, c.theme_slug, a.category_id, t.name, c.name, a.aspecto,"
                " a.natureza, a.elemento, a.source, a.year, a.section, a.form_json"
                " FROM aspects a JOIN categories c ON c.id = a.category_id"
                " JOIN themes t ON t.slug = c.theme_slug ORDER BY a.row"
            ).fetchall()
        finally:
            db.close()
    except sqlite3.DatabaseError:
        raise CompiledCatalogueError(f"{path}: arquivo de catálogo danificado ou ilegível; "
                                     "reinstale o aplicativo") from None
    try:
        aspects = [
            Aspect(id=r[0], row=r[1], theme_slug=r[2], category_id=r[3], tema=r[4],
                   categoria=r[5], aspecto=r[6], natureza=r[7], elemento=r[8], source=r[9],
                   year=r[10], section=r[11], form=json.loads(r[12]))
            for r in rows
        ]
    except (json.JSONDecodeError, TypeError):
        raise CompiledCatalogueError(f"{path}: arquivo de catálogo danificado (forma de "
                                     "resposta ilegível); reinstale o aplicativo") from None
    catalogue = assemble(meta["version"], aspects)
    if catalogue.content_hash != meta.get("content_sha256"):
        raise CompiledCatalogueError(f"{path}: conteúdo do catálogo não confere com o hash "
                                     "registrado (arquivo alterado); reinstale o aplicativo")
    return catalogue
