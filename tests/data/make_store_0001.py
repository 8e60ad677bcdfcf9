"""Regenerate ``store_0001.db``: a store at schema revision 0001 with sample data.

    .venv/bin/python tests/data/make_store_0001.py

Only migration 0001 runs; rows go in with raw SQL in the storage format of that
revision (naive UTC times, JSON text), so the file stays what an old release wrote
even after the models change. tests/test_store_migrations.py opens a copy of it.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import sys
from pathlib import Path

from sqlalchemy import create_engine

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from aspectos_desktop.store import migrations  # noqa: E402

TARGET = Path(__file__).resolve().parent / "store_0001.db"

NUCLEOS = [
    (1, "Núcleo de Telessaúde do Maranhão", "Universidade Federal do Maranhão", "MA", 2111300,
     "São Luís", "2726653", "Ana Ribeiro", "telessaude@exemplo.org.br", "(98) 3272-0000",
     "2026-02-01 12:00:00.000000"),
    (2, "Núcleo Técnico-Científico de Goiás", None, "GO", 5208707, "Goiânia", None, None, None,
     None, "2026-02-02 09:30:00.250000"),
]
RESPONDENTS = [
    (1, 1, "Ana Ribeiro", "Coordenadora do núcleo"),
    (2, 1, "Carlos Lima", "Técnico de TI"),
]
_ASSESSMENT_COLUMNS = (
    "id, uuid, nucleo_id, kind, title, period_start, period_end, theme_slugs, "
    "catalogue_version, catalogue_hash, monitor_name, monitor_institution, visit_date, status, "
    "revision, parent_id, created_at, updated_at, finalized_at, exported_at, export_id, "
    "export_sha256"
)
ASSESSMENTS = [
    (1, "0b6f5a6e-2f6e-4c39-9a57-1c2d3e4f5a01", 1, "autoavaliacao", "Autoavaliação 2026",
     "2026-01-01", "2026-06-30", json.dumps(["gestao", "tecnologia"]), "2026.1", "ab" * 32,
     None, None, None, "em_andamento", 1, None, "2026-02-10 10:00:00.000000",
     "2026-02-11 16:45:10.123456", None, None, None, None),
    (2, "0b6f5a6e-2f6e-4c39-9a57-1c2d3e4f5a02", 1, "visita", "Visita de monitoramento — maio",
     "2026-01-01", "2026-04-30", json.dumps(["gestao"]), "2026.1", "ab" * 32, "Maria Souza",
     "Ministério da Saúde", "2026-05-12", "exportada", 1, None, "2026-05-12 13:00:00.000000",
     "2026-05-12 18:00:00.000000", "2026-05-12 17:00:00.000000", "2026-05-12 18:00:00.000000",
     "exp-0001", "cd" * 32),
    (3, "0b6f5a6e-2f6e-4c39-9a57-1c2d3e4f5a03", 1, "visita", "Visita de monitoramento — maio",
     "2026-01-01", "2026-04-30", json.dumps(["gestao"]), "2026.1", "ab" * 32, "Maria Souza",
     "Ministério da Saúde", "2026-05-12", "em_andamento", 2, 2, "2026-05-20 08:00:00.000000",
     "2026-05-20 08:00:00.000000", None, None, None, None),
]
ANSWERS = [
    (1, 1, 101, json.dumps({"escala": 3, "status": None}), "Discutido em reunião.", "Ata nº 3",
     "2026-02-11 16:45:10.123456", "Ana Ribeiro"),
    (2, 1, 102, json.dumps({"numero": 42, "status": None}), "", "",
     "2026-02-11 16:40:00.000000", "Carlos Lima"),
    (3, 2, 101, json.dumps({"escala": 4, "status": None}), "Observado na visita.", "",
     "2026-05-12 15:00:00.000000", "Maria Souza"),
    (4, 3, 101, json.dumps({"escala": 4, "status": None}), "Observado na visita.", "",
     "2026-05-12 15:00:00.000000", "Maria Souza"),
]
HISTORY = [
    (1, 1, 101, json.dumps({"escala": 2, "status": None}), "Discutido", "",
     "2026-02-11 16:44:00.000000", "Ana Ribeiro", "save"),
    (2, 1, 101, json.dumps({"escala": 3, "status": None}), "Discutido em reunião.", "Ata nº 3",
     "2026-02-11 16:45:10.123456", "Ana Ribeiro", "save"),
    (3, 1, 102, json.dumps({"numero": 42, "status": None}), "", "",
     "2026-02-11 16:40:00.000000", "Carlos Lima", "save"),
    (4, 2, 101, json.dumps({"escala": 4, "status": None}), "Observado na visita.", "",
     "2026-05-12 15:00:00.000000", "Maria Souza", "save"),
]
ATTACHMENT_DATA = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
ATTACHMENTS = [
    ("9d0c38e7aafe062c3a6dfc561e42771ec997d9359bb3d417ac4775a303292964", "grafico.png",
     "image/png", len(ATTACHMENT_DATA), ATTACHMENT_DATA, "2026-02-11 16:41:00.000000"),
]


def build(target: Path) -> None:
    target.unlink(missing_ok=True)
    engine = create_engine(f"sqlite:///{target}")
    try:
        with engine.begin() as conn:
            migrations.upgrade(conn, "0001")
    finally:
        engine.dispose()
    with contextlib.closing(sqlite3.connect(target)) as db, db:
        db.executemany("INSERT INTO nucleos VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", NUCLEOS)
        db.executemany("INSERT INTO respondents VALUES (?, ?, ?, ?)", RESPONDENTS)
        db.executemany(f"INSERT INTO assessments ({_ASSESSMENT_COLUMNS}) "
                       f"VALUES ({', '.join('?' * 22)})", ASSESSMENTS)
        db.executemany("INSERT INTO answers VALUES (?, ?, ?, ?, ?, ?, ?, ?)", ANSWERS)
        db.executemany("INSERT INTO answer_history VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", HISTORY)
        db.executemany("INSERT INTO attachments VALUES (?, ?, ?, ?, ?, ?)", ATTACHMENTS)
    with contextlib.closing(sqlite3.connect(target)) as db:
        db.execute("VACUUM")


if __name__ == "__main__":
    build(TARGET)
    print(f"wrote {TARGET}")
