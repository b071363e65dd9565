"""The audit log: who did what to which referral, when. Never personal data."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.models import AuditEvent
from bot.storage.database import Database, utcnow
from bot.storage.references import normalise_reference


class AuditLog:
    def __init__(self, db: Database) -> None:
        self.db = db

    def record(
        self,
        session: Session,
        actor: str,
        action: str,
        reference: str | None = None,
        detail: dict[str, Any] | None = None,
        now: dt.datetime | None = None,
    ) -> None:
        """Add an audit event to `session`: it is written with the change it
        describes, in the same transaction. `reference` is stored as given."""
        session.add(
            AuditEvent(
                occurred_at=now or utcnow(), actor=actor, action=action, referral_reference=reference, detail=detail
            )
        )

    def write(
        self, actor: str, action: str, reference: str | None = None, detail: dict[str, Any] | None = None
    ) -> None:
        """Write an audit event on its own (logins, views, exports)."""
        with self.db.session() as session:
            self.record(session, actor, action, normalise_reference(reference) if reference else None, detail)

    def events(self, reference: str | None = None) -> list[AuditEvent]:
        """All audit events in order, or those of one referral (detached rows)."""
        query = select(AuditEvent).order_by(AuditEvent.id)
        if reference:
            query = query.where(AuditEvent.referral_reference == normalise_reference(reference))
        with self.db.session() as session:
            rows = session.execute(query).scalars().all()
            session.expunge_all()
            return list(rows)
