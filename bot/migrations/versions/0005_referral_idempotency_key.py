"""referral.idempotency_key: one referral per conversation, also when a save is retried

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 09:00:00

A plain ADD COLUMN and a unique index: the same on SQLite and PostgreSQL, no
table rebuild. Existing referrals keep NULL, which never collides.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("referral", sa.Column("idempotency_key", sa.String(length=64), nullable=True))
    op.create_index("ix_referral_idempotency_key", "referral", ["idempotency_key"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_referral_idempotency_key", table_name="referral")
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.drop_column("idempotency_key")
