"""Initial schema: núcleos, respondents, assessments, answers, history, attachments.

Revision ID: 0001
Revises:
Create Date: 2026-03-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "nucleos",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("institution", sa.String(), nullable=True),
        sa.Column("uf", sa.String(length=2), nullable=False),
        sa.Column("municipio_code", sa.Integer(), nullable=False),
        sa.Column("municipio_name", sa.String(), nullable=False),
        sa.Column("cnes", sa.String(length=7), nullable=True),
        sa.Column("contact_name", sa.String(), nullable=True),
        sa.Column("contact_email", sa.String(), nullable=True),
        sa.Column("contact_phone", sa.String(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_nucleos"),
    )
    op.create_table(
        "respondents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("nucleo_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["nucleo_id"], ["nucleos.id"], ondelete="CASCADE",
                                name="fk_respondents_nucleo_id_nucleos"),
        sa.PrimaryKeyConstraint("id", name="pk_respondents"),
    )
    op.create_index("ix_respondents_nucleo_id", "respondents", ["nucleo_id"])
    op.create_table(
        "assessments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("nucleo_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("theme_slugs", sa.JSON(), nullable=False),
        sa.Column("catalogue_version", sa.String(), nullable=False),
        sa.Column("catalogue_hash", sa.String(), nullable=False),
        sa.Column("monitor_name", sa.String(), nullable=True),
        sa.Column("monitor_institution", sa.String(), nullable=True),
        sa.Column("visit_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("finalized_at", sa.DateTime(), nullable=True),
        sa.Column("exported_at", sa.DateTime(), nullable=True),
        sa.Column("export_id", sa.String(), nullable=True),
        sa.Column("export_sha256", sa.String(length=64), nullable=True),
        sa.CheckConstraint("kind IN ('autoavaliacao', 'visita')", name="ck_assessments_kind"),
        sa.CheckConstraint("status IN ('em_andamento', 'finalizada', 'exportada')",
                           name="ck_assessments_status"),
        sa.ForeignKeyConstraint(["nucleo_id"], ["nucleos.id"],
                                name="fk_assessments_nucleo_id_nucleos"),
        sa.ForeignKeyConstraint(["parent_id"], ["assessments.id"], ondelete="SET NULL",
                                name="fk_assessments_parent_id_assessments"),
        sa.PrimaryKeyConstraint("id", name="pk_assessments"),
        sa.UniqueConstraint("uuid", name="uq_assessments_uuid"),
    )
    op.create_index("ix_assessments_nucleo_id_created_at", "assessments",
                    ["nucleo_id", "created_at"])
    op.create_index("ix_assessments_parent_id", "assessments", ["parent_id"])
    op.create_table(
        "answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("aspect_id", sa.Integer(), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["assessment_id"], ["assessments.id"], ondelete="CASCADE",
                                name="fk_answers_assessment_id_assessments"),
        sa.PrimaryKeyConstraint("id", name="pk_answers"),
        sa.UniqueConstraint("assessment_id", "aspect_id",
                            name="uq_answers_assessment_id_aspect_id"),
    )
    op.create_table(
        "answer_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("aspect_id", sa.Integer(), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.String(), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.CheckConstraint("action IN ('save', 'restore')", name="ck_answer_history_action"),
        sa.ForeignKeyConstraint(["assessment_id"], ["assessments.id"], ondelete="CASCADE",
                                name="fk_answer_history_assessment_id_assessments"),
        sa.PrimaryKeyConstraint("id", name="pk_answer_history"),
    )
    op.create_index("ix_answer_history_assessment_id_aspect_id_id", "answer_history",
                    ["assessment_id", "aspect_id", "id"])
    op.create_table(
        "attachments",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("filename", sa.String(), nullable=False),
        sa.Column("mime", sa.String(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name="pk_attachments"),
    )


def downgrade() -> None:
    op.drop_table("attachments")
    op.drop_index("ix_answer_history_assessment_id_aspect_id_id", table_name="answer_history")
    op.drop_table("answer_history")
    op.drop_table("answers")
    op.drop_index("ix_assessments_parent_id", table_name="assessments")
    op.drop_index("ix_assessments_nucleo_id_created_at", table_name="assessments")
    op.drop_table("assessments")
    op.drop_index("ix_respondents_nucleo_id", table_name="respondents")
    op.drop_table("respondents")
    op.drop_table("nucleos")
