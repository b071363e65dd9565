"""anonymous figures: aggregate counts per municipality, ISO week, channel and metric

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 07:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "figure_count",
        sa.Column("municipality", sa.String(length=80), nullable=False),
        sa.Column("week", sa.String(length=8), nullable=False),
        sa.Column("channel", sa.String(length=8), nullable=False),
        sa.Column("metric", sa.String(length=64), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("municipality", "week", "channel", "metric"),
    )


def downgrade() -> None:
    op.drop_table("figure_count")
