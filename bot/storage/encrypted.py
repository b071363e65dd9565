"""The encrypted values at rest (contact details and answers of referrals):
whether any exist, reading them all, and re-encrypting them in one transaction."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import inspect, or_, select
from sqlalchemy.engine import Engine

from bot.models import Referral
from bot.storage.audit import AuditLog
from bot.storage.database import Database

#: The columns that hold Fernet tokens.
ENCRYPTED_COLUMNS = ("contact_token", "answers_token")


def holds_encrypted_data(engine: Engine) -> bool:
    """Whether any referral has an encrypted value (one cheap query; False on a fresh database)."""
    with engine.connect() as conn:
        if not inspect(conn).has_table(Referral.__tablename__):
            return False
        query = (
            select(Referral.id)
            .where(or_(Referral.contact_token.isnot(None), Referral.answers_token.isnot(None)))
            .limit(1)
        )
        return conn.execute(query).first() is not None


def all_tokens(db: Database) -> list[bytes]:
    """Every stored Fernet token."""
    with db.session() as s:
        rows = s.execute(select(Referral.contact_token, Referral.answers_token)).all()
    return [bytes(token) for row in rows for token in row if token is not None]


def reencrypt_all(db: Database, audit_log: AuditLog, rewrap: Callable[[bytes], bytes], actor: str) -> int:
    """Replace every token by `rewrap(token)` and write the audit event `keys.rotated`,
    all in one transaction: any error (a token that cannot be read, the process
    stopping) leaves every value as it was. Returns how many values were rewritten."""
    count = 0
    with db.session() as s:
        rows = (
            s.execute(select(Referral).where(or_(*(getattr(Referral, c).isnot(None) for c in ENCRYPTED_COLUMNS))))
            .scalars()
            .all()
        )
        for row in rows:
            for column in ENCRYPTED_COLUMNS:
                token = getattr(row, column)
                if token is not None:
                    setattr(row, column, rewrap(bytes(token)))
                    count += 1
        audit_log.record(s, actor, "keys.rotated", None, {"values": count})
    return count
