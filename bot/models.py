"""Database tables (SQLAlchemy 1.4, 2.0 style). Schema changes go through Alembic."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Boolean, Column, DateTime, Integer, LargeBinary, String, Text, event
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session, declarative_base
from sqlalchemy.types import TypeDecorator

Base: Any = declarative_base()

CHANNELS = ("web", "desk")
STATUSES = ("new", "in_progress", "closed", "withdrawn")


class UTCDateTime(TypeDecorator):
    """Timezone-aware UTC datetimes on every backend (SQLite drops the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: pass an aware UTC datetime")
        value = value.astimezone(dt.timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.timezone.utc)
        return value.astimezone(dt.timezone.utc)


class Referral(Base):
    __tablename__ = "referral"

    id = Column(Integer, primary_key=True)
    reference = Column(String(16), nullable=False, unique=True, index=True)
    created_at = Column(UTCDateTime, nullable=False, index=True)
    updated_at = Column(UTCDateTime, nullable=False)
    channel = Column(String(8), nullable=False)
    recorded_by = Column(String(64), nullable=False)
    municipality = Column(String(80), nullable=False)
    recipient = Column(String(120), nullable=False, index=True)
    status = Column(String(16), nullable=False, default="new", index=True)
    # The answers and what is derived from them are kept only with the
    # separate consent to share them (share_answers); otherwise NULL.
    share_answers = Column(Boolean, nullable=False, default=False)
    answers_token = Column(LargeBinary, nullable=True)  # Fernet(JSON id -> value)
    score = Column(Integer, nullable=True)
    unknown_count = Column(Integer, nullable=True)
    vulnerable = Column(Boolean, nullable=True)
    criteria_version = Column(String(32), nullable=False)
    contact_token = Column(LargeBinary, nullable=True)  # Fernet(JSON contact)
    withdrawn_at = Column(UTCDateTime, nullable=True)
    # One referral per conversation (bot/storage/referrals.py): a one-way hash
    # of the conversation, never the sender id itself. NULL for referrals made
    # outside the chat; NULLs do not collide under the unique index.
    idempotency_key = Column(String(64), nullable=True, unique=True, index=True)


class ConsentEvent(Base):
    """Append-only consent record (after ISO/IEC TS 27560, Kantara receipt)."""

    __tablename__ = "consent_event"

    id = Column(String(36), primary_key=True)  # UUID4
    referral_reference = Column(String(16), nullable=False, index=True)
    schema_version = Column(String(16), nullable=False)
    language = Column(String(8), nullable=False)
    jurisdiction = Column(String(8), nullable=False)
    subject_id = Column(String(36), nullable=False)  # pseudonymous
    controller = Column(String(200), nullable=False)
    recipient = Column(String(120), nullable=False)
    kind = Column(String(32), nullable=False)  # referral | share_answers
    purpose_code = Column(String(64), nullable=False)
    purpose_text = Column(Text, nullable=False)
    legal_basis = Column(String(64), nullable=False)
    data_items = Column(JSON, nullable=False)
    retention_days = Column(Integer, nullable=False)
    withdrawal_method = Column(Text, nullable=False)
    notice_version = Column(String(32), nullable=False)
    notice_sha256 = Column(String(64), nullable=False)
    event_type = Column(String(40), nullable=False)  # explicitly_expressed
    state = Column(String(16), nullable=False)  # given | withdrawn | ...
    occurred_at = Column(UTCDateTime, nullable=False)
    given_by = Column(String(32), nullable=False)  # parent
    recorded_by = Column(String(64), nullable=False)  # self | staff id
    method = Column(String(48), nullable=False)


class AuditEvent(Base):
    """Who did what to which referral, when. Never holds personal data."""

    __tablename__ = "audit_event"

    id = Column(Integer, primary_key=True)
    occurred_at = Column(UTCDateTime, nullable=False, index=True)
    actor = Column(String(64), nullable=False)
    action = Column(String(40), nullable=False)
    referral_reference = Column(String(16), nullable=True, index=True)
    detail = Column(JSON, nullable=True)


class AppendOnlyError(RuntimeError):
    pass


@event.listens_for(Session, "before_flush")
def _append_only(session, flush_context, instances):
    for obj in list(session.dirty) + list(session.deleted):
        if isinstance(obj, (ConsentEvent, AuditEvent)) and (obj in session.deleted or session.is_modified(obj)):
            raise AppendOnlyError(f"{type(obj).__name__} rows are append-only")


class StaffMember(Base):
    """An intake worker. The chat code is stored only as an argon2 hash and as an
    HMAC-SHA256 lookup key (bot/staff.py): a typed code is found in one query."""

    __tablename__ = "staff_member"

    staff_id = Column(String(64), primary_key=True)
    code_hash = Column(String(200), nullable=False)
    password_hash = Column(String(200), nullable=True)  # desk login (argon2)
    organisation = Column(String(120), nullable=True)
    created_at = Column(UTCDateTime, nullable=False)
    active = Column(Boolean, nullable=False, default=True)
    # HMAC-SHA256 (hex) of the chat code under a server key; NULL for codes made
    # before it existed (found by their argon2 hash once, then filled in).
    code_lookup = Column(String(64), nullable=True, unique=True, index=True)
    # Desk sessions carry this number; raising it ends every session of the member
    # at once (logout, new password, removal). See web/common.py.
    session_version = Column(Integer, nullable=False, default=0, server_default=sql_text("0"))
    # Wrong desk passwords in a row, and until when the account is locked after too many.
    failed_logins = Column(Integer, nullable=False, default=0, server_default=sql_text("0"))
    locked_until = Column(UTCDateTime, nullable=True)


class FigureCount(Base):
    """One cell of the anonymous figures (bot/figures.py): how many times `metric`
    happened in one ISO week, in one municipality, on one channel.

    Aggregates only: no conversation id, no time finer than the week, no free
    text, no row per family (every count adds to every cell of its week and
    channel, so not even the order of the rows tells what one conversation did).
    No surrogate id: the key is the cell itself."""

    __tablename__ = "figure_count"

    municipality = Column(String(80), primary_key=True)  # the deployment's, never the family's
    week = Column(String(8), primary_key=True)  # ISO week, "2026-W05"
    channel = Column(String(8), primary_key=True)  # web | desk
    metric = Column(String(64), primary_key=True)  # bot.figures.counted_metrics()
    count = Column(Integer, nullable=False)
