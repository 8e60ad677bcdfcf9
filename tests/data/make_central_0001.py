"""Regenerate ``central_0001.db``: a central database at schema revision 0001 with data.

    .venv/bin/python tests/data/make_central_0001.py

Only migration 0001 runs; rows go in with plain SQL (``fill``), so the file stays what
that release wrote after the models change. ``fill`` also builds the same data in a
PostgreSQL database at 0001 (tests/test_central_migrations.py).
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import JSON, Connection, bindparam, create_engine, text

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from aspectos_desktop.central import migrations  # noqa: E402

TARGET = Path(__file__).resolve().parent / "central_0001.db"
WHEN = "2026-07-01 12:00:00.000000"
CATALOGUE_HASH = "0" * 64  # the hash is not read by the migration or the matrix

# (assessment id, aspect id, completion, choice): scale answers in three themes, an
# invalid indicator, empty rows (not counted), an aspect unknown to the catalogue.
ANSWERS = [
    (1, 239, "respondido", "nao"), (1, 234, "respondido", "nao"),  # superseded by 2
    (2, 239, "respondido", "sim"), (2, 234, "respondido", "sim"), (2, 241, "respondido", "nao"),
    (2, 238, "vazio", None), (2, 147, "respondido", "nao_se_aplica"),
    (2, 1828, "inválido", None), (2, 265, "respondido", "sim"), (2, 99999, "respondido", "sim"),
    (3, 239, "respondido", "nao_sabe"), (3, 103, "respondido", "sim"),
    (3, 651, "respondido", "sim"), (3, 654, "vazio", None),
]
THEMES = ["aceitabilidade-e-adequacao", "aspectos-legais-e-eticos",
          "cidadania-e-desenvolvimento-sustentavel", "estrutura-e-gestao"]


def fill(conn: Connection) -> None:
    """The rows of ``central_0001.db`` (portable SQL: SQLite and PostgreSQL)."""
    sqlite = conn.dialect.name == "sqlite"  # times as that release stored them there
    when = WHEN if sqlite else datetime(2026, 7, 1, 12, tzinfo=UTC)
    for nucleo_id, key, name, uf, code, city in (
            (1, "cnes:1234567", "Núcleo Paulista", "SP", 3550308, "São Paulo"),
            (2, "ibge:2611606:nucleo-recife", "Núcleo Recife", "PE", 2611606, "Recife")):
        conn.execute(text(
            "INSERT INTO central_nucleos (id, nucleo_key, name, institution, uf, municipio_code, "
            "municipio_name, cnes, created_at) VALUES (:id, :key, :name, NULL, :uf, :code, "
            ":city, NULL, :when)"), {"id": nucleo_id, "key": key, "name": name, "uf": uf,
                                     "code": code, "city": city, "when": when})
        conn.execute(text(
            "INSERT INTO signers (fingerprint, nucleo_id, subject, certificate_der, status, "
            "approval, first_seen_at, approved_at, approved_by) VALUES (:fp, :id, 'CN=teste', "
            ":der, 'aprovado', 'manual', :when, :when, 'teste')"),
            {"fp": f"AA:{nucleo_id:02d}", "id": nucleo_id, "der": b"\x30\x00", "when": when})
    for assessment_id, nucleo_id, revision in ((1, 1, 1), (2, 1, 2), (3, 2, 1)):
        conn.execute(text(
            "INSERT INTO central_assessments (id, uuid, revision, parent_uuid, nucleo_id, kind, "
            "title, period_start, period_end, theme_slugs, catalogue_version, catalogue_hash, "
            "monitor_name, monitor_institution, visit_date, finalized_at, superseded_by_id, "
            "created_at) VALUES (:id, :uuid, :revision, :parent, :nucleo, 'autoavaliacao', "
            "'Autoavaliação', '2026-01-01', '2026-06-30', :themes, '2026.1', :hash, NULL, NULL, "
            "NULL, :when, NULL, :when)").bindparams(bindparam("themes", type_=JSON)),
            {"id": assessment_id, "uuid": f"00000000-0000-4000-8000-{assessment_id:012d}",
             "revision": revision, "nucleo": nucleo_id, "themes": THEMES, "hash": CATALOGUE_HASH,
             "when": when,
             "parent": "00000000-0000-4000-8000-000000000001" if revision == 2 else None})
        conn.execute(text(
            "INSERT INTO bundles (id, bundle_sha256, export_id, filename, size, imported_at, "
            "imported_by, signer_fingerprint, assessment_id, status) VALUES (:id, :sha, :export, "
            "'pacote.aspectos', 1000, :when, 'teste', :fp, :id, 'importado')"),
            {"id": assessment_id, "sha": f"{assessment_id:064d}",
             "export": f"10000000-0000-4000-8000-{assessment_id:012d}", "when": when,
             "fp": f"AA:{nucleo_id:02d}"})
    conn.execute(text("UPDATE central_assessments SET superseded_by_id = 2 WHERE id = 1"))
    for assessment_id, aspect_id, completion, choice in ANSWERS:
        conn.execute(text(
            "INSERT INTO central_answers (assessment_id, aspect_id, value, comment, evidence, "
            "completion, choice, numerator, denominator, computed, unit) VALUES (:a, :aspect, "
            "'{}', '', '', :completion, :choice, NULL, NULL, NULL, NULL)"),
            {"a": assessment_id, "aspect": aspect_id, "completion": completion,
             "choice": choice})


def main() -> None:
    TARGET.unlink(missing_ok=True)
    engine = create_engine(f"sqlite:///{TARGET}")
    with engine.begin() as conn:
        migrations.upgrade(conn, "0001")
        fill(conn)
    engine.dispose()
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
