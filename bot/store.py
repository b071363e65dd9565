"""Storage of referrals, consent events and audit events: the entry point.

`Store` puts the units of `bot.storage` together over one database, for the
chat actions, the web page and the command line. Contact details and answers
are encrypted at rest. Nothing is stored without consent: callers only create
a referral after the family (or the worker for the family) gave it.
"""

from __future__ import annotations

import builtins
import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy.engine import Engine

from bot import consent as consent_mod
from bot.criteria import CriteriaSet, criteria
from bot.models import AuditEvent, ConsentEvent
from bot.storage.audit import AuditLog
from bot.storage.consent_events import ConsentEvents
from bot.storage.contact import Contact
from bot.storage.database import Database, InvalidRequest, ReferralNotFound, StorageError, StorageUnavailable, utcnow
from bot.storage.figures import FigureCounts
from bot.storage.proof import Proof, ProofPurge
from bot.storage.references import normalise_reference
from bot.storage.referrals import (
    ABUSE,
    ABUSE_FROM,
    ABUSE_REASONS,
    REFERRAL_STATUSES,
    SETTABLE_STATUSES,
    Referrals,
    idempotency_key,
    is_verified,
)

__all__ = [
    "ABUSE",
    "ABUSE_FROM",
    "ABUSE_REASONS",
    "Contact",
    "InvalidRequest",
    "ProofPurge",
    "REFERRAL_STATUSES",
    "ReferralNotFound",
    "SETTABLE_STATUSES",
    "StorageError",
    "StorageUnavailable",
    "Store",
    "idempotency_key",
    "is_verified",
    "normalise_reference",
    "utcnow",
]


class Store:
    """One database with its units as public attributes: `db` (sessions,
    migrations), `audit_log`, `consents`, `referrals`, `figures` (the
    anonymous aggregate counts of bot/figures.py) and `proof` (the retention
    of consent and audit events, bot/storage/proof.py)."""

    def __init__(
        self,
        url: str | None = None,
        *,
        engine: Engine | None = None,
        defs: CriteriaSet | None = None,
        migrate: bool = True,
    ) -> None:
        self.db = Database(url, engine=engine)
        self.defs = defs or criteria()
        self.audit_log = AuditLog(self.db)
        self.consents = ConsentEvents(self.db)
        self.referrals = Referrals(self.db, self.audit_log, self.consents, self.defs)
        self.figures = FigureCounts(self.db)
        self.proof = Proof(self.db, self.audit_log)
        if migrate:
            self.migrate()

    @property
    def url(self) -> str:
        return self.db.url

    @property
    def engine(self) -> Engine:
        return self.db.engine

    def migrate(self) -> None:
        self.db.migrate()

    def audit(
        self, actor: str, action: str, reference: str | None = None, detail: dict[str, Any] | None = None
    ) -> None:
        """Write an audit event on its own (logins, views, exports)."""
        self.audit_log.write(actor, action, reference, detail)

    # -- referrals --------------------------------------------------------
    def create_referral(
        self,
        *,
        channel: str,
        recorded_by: str,
        municipality: str,
        recipient: str,
        contact: Contact,
        answers: Mapping[str, str],
        share_answers: bool,
        now: dt.datetime | None = None,
        idempotency_key: str | None = None,
        given: Mapping[str, consent_mod.Indication] | None = None,
    ) -> str:
        """Store a referral after consent. Returns the reference code; a second
        call with the same `idempotency_key` returns the first one's reference
        and stores nothing (see bot/storage/referrals.py). `given`: per consent
        kind, when and how it was given (bot.consent.indications)."""
        return self.referrals.create(
            channel=channel,
            recorded_by=recorded_by,
            municipality=municipality,
            recipient=recipient,
            contact=contact,
            answers=answers,
            share_answers=share_answers,
            now=now,
            idempotency_key=idempotency_key,
            given=given,
        )

    def set_status(self, reference: str, status: str, actor: str, reason: str | None = None) -> None:
        """Change the status; `abuse` (with a reason) erases the contact details
        and answers (see `Referrals.set_status`)."""
        self.referrals.set_status(reference, status, actor, reason)

    def withdraw(self, reference: str, actor: str, method: str = consent_mod.METHOD_CHAT) -> str:
        """Withdraw all consent of a referral (see `Referrals.withdraw`)."""
        return self.referrals.withdraw(reference, actor, method)

    def withdraw_answers(self, reference: str, actor: str, method: str = consent_mod.METHOD_CHAT) -> str:
        """Withdraw only the consent to share the answers; the referral stays (see `Referrals.withdraw_answers`)."""
        return self.referrals.withdraw_answers(reference, actor, method)

    def purge(self, older_than_days: int, actor: str, now: dt.datetime | None = None) -> int:
        """Delete referrals older than `older_than_days` (see `Referrals.purge`)."""
        return self.referrals.purge(older_than_days, actor, now)

    def list(self, status: str | None = None, recipient: str | None = None) -> builtins.list[dict[str, Any]]:
        return self.referrals.list(status=status, recipient=recipient)

    def get(self, reference: str, *, with_contact: bool = False, actor: str | None = None) -> dict[str, Any]:
        return self.referrals.get(reference, with_contact=with_contact, actor=actor)

    def export(
        self, *, with_contact: bool = False, actor: str | None = None, status: str | None = None
    ) -> builtins.list[dict[str, Any]]:
        return self.referrals.export(with_contact=with_contact, actor=actor, status=status)

    # -- proof ------------------------------------------------------------
    def consent_events(self, reference: str) -> builtins.list[ConsentEvent]:
        return self.consents.for_referral(reference)

    def audit_events(self, reference: str | None = None) -> builtins.list[AuditEvent]:
        return self.audit_log.events(reference)

    def purge_proof(self, actor: str, now: dt.datetime | None = None) -> ProofPurge:
        """Delete consent and audit events past `proof_retention_days` (see `Proof.purge`)."""
        return self.proof.purge(actor, now)
