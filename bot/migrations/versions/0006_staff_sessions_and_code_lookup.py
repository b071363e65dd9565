"""staff_member: chat code lookup key, desk session version, login lock-out

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04 10:00:00

- code_lookup: HMAC-SHA256 of the chat code (unique), so a typed code is found
  in one query instead of one argon2 check per staff member. Existing members
  keep NULL: their code is checked against its argon2 hash once and the key is
  filled in then (bot/staff.py).
- session_version: a desk session is valid only while it matches; raised on
  logout, a new password and removal.
- failed_logins, locked_until: the desk login lock-out.

Plain ADD COLUMNs (NOT NULL ones with a server default) and a unique index:
the same on SQLite and PostgreSQL, no table rebuild.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("staff_member", sa.Column("code_lookup", sa.String(length=64), nullable=True))
    op.create_index("ix_staff_member_code_lookup", "staff_member", ["code_lookup"], unique=True)
    op.add_column(
        "staff_member", sa.Column("session_version", sa.Integer(), nullable=False, server_default=sa.text("0"))
    )
    op.add_column("staff_member", sa.Column("failed_logins", sa.Integer(), nullable=False, server_default=sa.text("0")))
    op.add_column("staff_member", sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    op.drop_index("ix_staff_member_code_lookup", table_name="staff_member")
    with op.batch_alter_table("staff_member", schema=None) as batch_op:
        batch_op.drop_column("locked_until")
        batch_op.drop_column("failed_logins")
        batch_op.drop_column("session_version")
        batch_op.drop_column("code_lookup")
