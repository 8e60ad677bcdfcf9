"""Answers counted per assessment and theme (central_theme_counts), for the national matrix.

Fills the table for what was imported before: each answer's theme comes from the
catalogue shipped with the app (the one the importer checks bundles against).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None

_MAP = "central_migration_aspect_themes"  # dropped again before the migration ends


def upgrade() -> None:
    op.create_table(
        "central_theme_counts",
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("theme_slug", sa.String(length=100), nullable=False),
        sa.Column("completion", sa.String(length=16), nullable=False),
        sa.Column("choice", sa.String(length=40), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.CheckConstraint("completion IN ('respondido', 'inválido')",
                           name="ck_central_theme_counts_completion"),
        sa.ForeignKeyConstraint(["assessment_id"], ["central_assessments.id"],
                                name="fk_central_theme_counts_assessment_id_central_assessments",
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("assessment_id", "theme_slug", "completion", "choice",
                                name="pk_central_theme_counts"),
    )
    bind = op.get_bind()
    if bind.execute(sa.text("SELECT 1 FROM central_answers LIMIT 1")).first() is None:
        return  # a new (or empty) database: nothing to count
    from aspectos_desktop.resources import load_catalogue

    catalogue = load_catalogue()
    mapping = op.create_table(
        _MAP,
        sa.Column("aspect_id", sa.Integer(), primary_key=True),
        sa.Column("theme_slug", sa.String(length=100), nullable=False),
    )
    op.bulk_insert(mapping, [{"aspect_id": a.id, "theme_slug": a.theme_slug}
                             for a in catalogue.aspects.values()])
    bind.execute(sa.text(
        "INSERT INTO central_theme_counts (assessment_id, theme_slug, completion, choice, count) "
        "SELECT a.assessment_id, m.theme_slug, a.completion, COALESCE(a.choice, ''), COUNT(*) "
        f"FROM central_answers a JOIN {_MAP} m ON m.aspect_id = a.aspect_id "
        "WHERE a.completion <> 'vazio' "
        "GROUP BY a.assessment_id, m.theme_slug, a.completion, COALESCE(a.choice, '')"))
    op.drop_table(_MAP)


def downgrade() -> None:
    op.drop_table("central_theme_counts")
