"""Initial central schema: núcleos, signers, assessments, answers, bundles, attachments, audit.

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None


def _when() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "central_nucleos",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("nucleo_key", sa.String(length=200), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("institution", sa.String(), nullable=True),
        sa.Column("uf", sa.String(length=2), nullable=False),
        sa.Column("municipio_code", sa.Integer(), nullable=False),
        sa.Column("municipio_name", sa.String(), nullable=False),
        sa.Column("cnes", sa.String(length=7), nullable=True),
        sa.Column("created_at", _when(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_central_nucleos"),
        sa.UniqueConstraint("nucleo_key", name="uq_central_nucleos_nucleo_key"),
    )
    op.create_index("ix_central_nucleos_uf", "central_nucleos", ["uf"])
    op.create_index("ix_central_nucleos_municipio_code", "central_nucleos", ["municipio_code"])

    op.create_table(
        "signers",
        sa.Column("fingerprint", sa.String(length=95), nullable=False),
        sa.Column("nucleo_id", sa.Integer(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("certificate_der", sa.LargeBinary(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("approval", sa.String(length=16), nullable=True),
        sa.Column("first_seen_at", _when(), nullable=False),
        sa.Column("approved_at", _when(), nullable=True),
        sa.Column("approved_by", sa.String(), nullable=True),
        sa.CheckConstraint("status IN ('novo', 'aprovado', 'revogado')", name="ck_signers_status"),
        sa.CheckConstraint("approval IS NULL OR approval IN ('manual', 'ca')",
                           name="ck_signers_approval"),
        sa.ForeignKeyConstraint(["nucleo_id"], ["central_nucleos.id"],
                                name="fk_signers_nucleo_id_central_nucleos"),
        sa.PrimaryKeyConstraint("fingerprint", name="pk_signers"),
    )
    op.create_index("ix_signers_nucleo_id", "signers", ["nucleo_id"])

    op.create_table(
        "central_assessments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("parent_uuid", sa.String(length=36), nullable=True),
        sa.Column("nucleo_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("theme_slugs", sa.JSON(), nullable=False),
        sa.Column("catalogue_version", sa.String(), nullable=False),
        sa.Column("catalogue_hash", sa.String(length=64), nullable=False),
        sa.Column("monitor_name", sa.String(), nullable=True),
        sa.Column("monitor_institution", sa.String(), nullable=True),
        sa.Column("visit_date", sa.Date(), nullable=True),
        sa.Column("finalized_at", _when(), nullable=True),
        sa.Column("superseded_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", _when(), nullable=False),
        sa.CheckConstraint("kind IN ('autoavaliacao', 'visita')",
                           name="ck_central_assessments_kind"),
        sa.ForeignKeyConstraint(["nucleo_id"], ["central_nucleos.id"],
                                name="fk_central_assessments_nucleo_id_central_nucleos"),
        sa.ForeignKeyConstraint(["superseded_by_id"], ["central_assessments.id"],
                                name="fk_central_assessments_superseded_by_id_central_assessments"),
        sa.PrimaryKeyConstraint("id", name="pk_central_assessments"),
        sa.UniqueConstraint("uuid", name="uq_central_assessments_uuid"),
    )
    op.create_index("ix_central_assessments_nucleo_id_kind", "central_assessments",
                    ["nucleo_id", "kind"])
    op.create_index("ix_central_assessments_parent_uuid", "central_assessments", ["parent_uuid"])
    op.create_index("ix_central_assessments_superseded_by_id", "central_assessments",
                    ["superseded_by_id"])

    op.create_table(
        "central_answers",
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("aspect_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("completion", sa.String(length=16), nullable=False),
        sa.Column("choice", sa.String(), nullable=True),
        sa.Column("numerator", sa.Numeric(), nullable=True),
        sa.Column("denominator", sa.Numeric(), nullable=True),
        sa.Column("computed", sa.Numeric(), nullable=True),
        sa.Column("unit", sa.String(), nullable=True),
        sa.CheckConstraint("completion IN ('vazio', 'respondido', 'inválido')",
                           name="ck_central_answers_completion"),
        sa.ForeignKeyConstraint(["assessment_id"], ["central_assessments.id"], ondelete="CASCADE",
                                name="fk_central_answers_assessment_id_central_assessments"),
        sa.PrimaryKeyConstraint("assessment_id", "aspect_id", name="pk_central_answers"),
    )
    op.create_index("ix_central_answers_aspect_id", "central_answers", ["aspect_id"])

    op.create_table(
        "bundles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("bundle_sha256", sa.String(length=64), nullable=False),
        sa.Column("export_id", sa.String(length=36), nullable=False),
        sa.Column("filename", sa.String(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("imported_at", _when(), nullable=False),
        sa.Column("imported_by", sa.String(), nullable=False),
        sa.Column("signer_fingerprint", sa.String(length=95), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.CheckConstraint("status IN ('importado', 'pendente')", name="ck_bundles_status"),
        sa.ForeignKeyConstraint(["assessment_id"], ["central_assessments.id"],
                                name="fk_bundles_assessment_id_central_assessments"),
        sa.ForeignKeyConstraint(["signer_fingerprint"], ["signers.fingerprint"],
                                name="fk_bundles_signer_fingerprint_signers"),
        sa.PrimaryKeyConstraint("id", name="pk_bundles"),
        sa.UniqueConstraint("bundle_sha256", name="uq_bundles_bundle_sha256"),
        sa.UniqueConstraint("export_id", name="uq_bundles_export_id"),
    )
    op.create_index("ix_bundles_assessment_id", "bundles", ["assessment_id"])
    op.create_index("ix_bundles_signer_fingerprint", "bundles", ["signer_fingerprint"])

    op.create_table(
        "attachments",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("mime", sa.String(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name="pk_attachments"),
    )

    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", _when(), nullable=False),
        sa.Column("actor", sa.String(), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_audit_log"),
    )
    op.create_index("ix_audit_log_at", "audit_log", ["at"])


def downgrade() -> None:
    for table in ("audit_log", "attachments", "bundles", "central_answers", "central_assessments",
                  "signers", "central_nucleos"):
        op.drop_table(table)
