"""Resume position: remember the last category and aspect open in each assessment.

Revision ID: 0002
Revises: 0001
Create Date: 2026-03-08
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    # Plain ADD COLUMN (nullable, no default) is native in SQLite: no table rebuild.
    op.add_column("assessments", sa.Column("last_category_id", sa.String(), nullable=True))
    op.add_column("assessments", sa.Column("last_aspect_id", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("assessments") as batch:
        batch.drop_column("last_aspect_id")
        batch.drop_column("last_category_id")
