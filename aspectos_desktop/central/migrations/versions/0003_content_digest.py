"""The digest of each assessment's content (central_assessments.content_sha256).

A bundle whose assessment uuid is already in the database but whose content differs is a
conflict, not "já importado": the importer compares this digest. Rows imported before
stay NULL (unknown: their bundles' content is not kept whole, so it cannot be computed).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.add_column("central_assessments",
                  sa.Column("content_sha256", sa.String(length=64), nullable=True))


def downgrade() -> None:
    op.drop_column("central_assessments", "content_sha256")
