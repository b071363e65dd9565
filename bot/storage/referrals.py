"""Referrals: created after consent, read by staff, withdrawn, purged.

Contact details and answers are encrypted at rest. Every change writes an
audit event in the same transaction.

Creating is idempotent per conversation: the chat passes an `idempotency_key`
(`idempotency_key()` of the conversation id and the moment the conversation
started), stored under a unique index. A second save with the same key - a
retry after "the database is busy", the same final message sent twice, the
retry button after a save that did succeed but too late for Rasa - returns the
reference of the first save and stores nothing new.
"""

from __future__ import annotations

import builtins
import datetime as dt
import hashlib
import uuid
from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import ColumnElement

from bot import consent as consent_mod
from bot import crypto
from bot.criteria import CriteriaSet
from bot.models import CHANNELS, STATUSES, ConsentEvent, Referral
from bot.scoring import score_answers
from bot.storage.audit import AuditLog
from bot.storage.consent_events import ConsentEvents, ReferralConsent, build_event
from bot.storage.contact import Contact
from bot.storage.database import Database, InvalidRequest, ReferralNotFound, StorageError, utcnow
from bot.storage.references import new_reference, normalise_reference

SETTABLE_STATUSES = ("new", "in_progress", "closed")
# Misuse of the referral (e.g. someone else's phone number): a worker marks it,
# with one reason from this list (never free text), only while it is open; the
# contact details and answers are erased at once. bot.models.STATUSES does not
# list it (yet); REFERRAL_STATUSES is every status a referral can have.
ABUSE = "abuse"
ABUSE_FROM = ("new", "in_progress")
ABUSE_REASONS = ("not_requested", "fake_details", "repeated", "other")
REFERRAL_STATUSES = (*STATUSES, ABUSE)
FINAL = {"withdrawn": "was withdrawn", ABUSE: "was marked as abuse"}  # statuses that never change again
# Channels whose contact details a worker confirmed in person; the others (the
# family's own chat on the web) were typed by someone online and not checked.
VERIFIED_CHANNELS = ("desk",)
CREATE_ATTEMPTS = 5
IDEMPOTENCY_PREFIX = "stapsteen-referral-v1"


def idempotency_key(conversation_id: str, nonce: str) -> str:
    """The key of one conversation's referral: a SHA-256 hex digest of the
    conversation id and a per-conversation `nonce` (e.g. when it started), so
    the stored key says nothing about the sender id and a later conversation of
    the same sender gets another key."""
    data = "\0".join((IDEMPOTENCY_PREFIX, conversation_id, nonce)).encode("utf-8")
    return hashlib.sha256(data).hexdigest()


class Referrals:
    def __init__(
        self,
        db: Database,
        audit_log: AuditLog,
        consent_events: ConsentEvents,
        defs: CriteriaSet,
        new_reference: Callable[[], str] = new_reference,
    ) -> None:
        self.db = db
        self.audit_log = audit_log
        self.consent_events = consent_events
        self.defs = defs
        self.new_reference = new_reference  # a seam for tests of reference collisions

    # -- commands ---------------------------------------------------------
    def create(
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
        """Store a referral after consent. Returns the reference code; with an
        `idempotency_key` that was stored before, the reference stored then.
        `given`: per consent kind, when and how the person gave it (the chat's
        message, bot.consent.indications); a kind not in it is recorded at
        `now` as given on this channel (button on the web, desk at the desk)."""
        if channel not in CHANNELS:
            raise InvalidRequest(f"channel must be one of {CHANNELS}")
        if not recorded_by or not municipality or not recipient:
            raise InvalidRequest("recorded_by, municipality and recipient are required")
        result = score_answers(answers, self.defs)  # validates the answers
        now = now or utcnow()
        method = consent_mod.METHOD_CHAT if channel == "web" else consent_mod.METHOD_DESK
        kinds = [consent_mod.REFERRAL] + ([consent_mod.SHARE_ANSWERS] if share_answers else [])
        subject_id = str(uuid.uuid4())
        if idempotency_key is not None:
            earlier = self._by_idempotency_key(idempotency_key)
            if earlier is not None:
                return earlier
        for _attempt in range(CREATE_ATTEMPTS):
            reference = self.new_reference()
            try:
                with self.db.session() as s:
                    s.add(
                        Referral(
                            reference=reference,
                            created_at=now,
                            updated_at=now,
                            channel=channel,
                            recorded_by=recorded_by,
                            municipality=municipality,
                            recipient=recipient,
                            status="new",
                            share_answers=bool(share_answers),
                            answers_token=crypto.encrypt_json(dict(answers)) if share_answers else None,
                            score=result.score if share_answers else None,
                            unknown_count=result.unknown if share_answers else None,
                            vulnerable=result.vulnerable if share_answers else None,
                            criteria_version=result.criteria_version,
                            contact_token=crypto.encrypt_json(contact.as_dict()),
                            idempotency_key=idempotency_key,
                        )
                    )
                    self.consent_events.record_given(
                        s,
                        reference=reference,
                        subject_id=subject_id,
                        recipient=recipient,
                        kinds=kinds,
                        recorded_by=recorded_by,
                        method=method,
                        now=now,
                        given=given,
                    )
                    self.audit_log.record(s, recorded_by, "create", reference, {"channel": channel}, now)
                return reference
            except IntegrityError:
                if idempotency_key is not None:
                    # A save of the same conversation committed in the meantime
                    # (it waited on the same lock): that one is the referral.
                    earlier = self._by_idempotency_key(idempotency_key)
                    if earlier is not None:
                        return earlier
                continue  # reference collision: extremely rare, try another code
        raise StorageError("could not create a unique reference")

    def _by_idempotency_key(self, key: str) -> str | None:
        with self.db.session() as s:
            found: str | None = s.execute(
                select(Referral.reference).where(Referral.idempotency_key == key)
            ).scalar_one_or_none()
            return found

    def set_status(self, reference: str, status: str, actor: str, reason: str | None = None) -> None:
        """Change the status (audited). `abuse` needs a `reason` of ABUSE_REASONS,
        only from ABUSE_FROM, and erases the contact details and answers at once
        (the reference, dates, status and channel stay)."""
        if status not in (*SETTABLE_STATUSES, ABUSE):
            hint = " (use withdraw)" if status == "withdrawn" else ""
            raise InvalidRequest(f"status must be one of {', '.join((*SETTABLE_STATUSES, ABUSE))}{hint}")
        if (status == ABUSE) != (reason is not None):
            raise InvalidRequest("a reason goes with the status abuse, and only with it")
        if status == ABUSE and reason not in ABUSE_REASONS:
            raise InvalidRequest(f"reason must be one of {', '.join(ABUSE_REASONS)}")
        with self.db.session() as s:
            row = self._get(s, reference)
            if row.status in FINAL:
                raise InvalidRequest(f"this referral {FINAL[row.status]}; its status cannot change")
            if status == ABUSE and row.status not in ABUSE_FROM:
                raise InvalidRequest(f"only a referral with status {' or '.join(ABUSE_FROM)} can be marked as abuse")
            old, row.status, row.updated_at = row.status, status, utcnow()
            detail = {"from": old, "to": status}
            if status == ABUSE:
                row.contact_token = row.answers_token = None
                row.score = row.unknown_count = row.vulnerable = None
                detail["reason"] = str(reason)
            self.audit_log.record(s, actor, "mark_abuse" if status == ABUSE else "set_status", row.reference, detail)

    def withdraw(self, reference: str, actor: str, method: str = consent_mod.METHOD_CHAT) -> str:
        """Withdraw all consent of a referral: erase contact details and answers,
        keep what proves the consent and its withdrawal. Returns the reference.
        Ends every consent still in force (the referral, and the answers unless
        they were withdrawn before); a second call only writes `withdraw_again`."""
        now = utcnow()
        with self.db.session() as s:
            row = self._get(s, reference)
            if row.status == "withdrawn" or row.withdrawn_at is not None:
                self.audit_log.record(s, actor, "withdraw_again", row.reference, None, now)
                return row.reference
            self._end_consents(s, row, None, actor, method, now)
            row.contact_token = None
            row.answers_token = None
            row.score = row.unknown_count = row.vulnerable = None
            if row.status != "abuse":  # a referral marked as misuse keeps that mark; its consents end all the same
                row.status = "withdrawn"
            row.withdrawn_at, row.updated_at = now, now
            self.audit_log.record(s, actor, "withdraw", row.reference, None, now)
            return row.reference

    def withdraw_answers(self, reference: str, actor: str, method: str = consent_mod.METHOD_CHAT) -> str:
        """Withdraw only the consent to share the answers: erase the answers and
        what is derived from them (score, unknown, vulnerable), end the
        `share_answers` consent; the referral and its contact details stay (the
        recipient still calls). Returns the reference. When there is nothing to
        withdraw (never shared, withdrawn before, or the whole referral was
        withdrawn) it changes nothing and writes `withdraw_answers_again`."""
        now = utcnow()
        with self.db.session() as s:
            row = self._get(s, reference)
            ended = (
                []
                if row.status == "withdrawn"
                else self._end_consents(s, row, (consent_mod.SHARE_ANSWERS,), actor, method, now)
            )
            if not ended and row.answers_token is None:
                self.audit_log.record(s, actor, "withdraw_answers_again", row.reference, None, now)
                return row.reference
            row.share_answers = False
            row.answers_token = None
            row.score = row.unknown_count = row.vulnerable = None
            row.updated_at = now
            self.audit_log.record(s, actor, "withdraw_answers", row.reference, None, now)
            return row.reference

    def _end_consents(
        self,
        session: Session,
        row: Referral,
        kinds: tuple[str, ...] | None,
        actor: str,
        method: str,
        now: dt.datetime,
    ) -> builtins.list[str]:
        """Add a 'withdrawn' event for each consent of `kinds` (None: every kind)
        that was given for the referral and not withdrawn yet. Returns the kinds ended."""
        events = (
            session.execute(select(ConsentEvent).where(ConsentEvent.referral_reference == row.reference))
            .scalars()
            .all()
        )
        withdrawn = {e.kind for e in events if e.state == consent_mod.WITHDRAWN}
        ended: builtins.list[str] = []
        for event in events:
            if event.state != consent_mod.GIVEN or event.kind in withdrawn or event.kind in ended:
                continue
            if kinds is not None and event.kind not in kinds:
                continue
            session.add(
                build_event(
                    reference=row.reference,
                    subject_id=event.subject_id,
                    recipient=row.recipient,
                    kind=event.kind,
                    state=consent_mod.WITHDRAWN,
                    recorded_by=actor,
                    method=method,
                    now=now,
                )
            )
            ended.append(event.kind)
        return ended

    def purge(self, older_than_days: int, actor: str, now: dt.datetime | None = None) -> int:
        """Delete referrals created more than `older_than_days` ago (retention).
        Consent and audit events stay as proof; they hold no contact data."""
        if older_than_days < 0:
            raise InvalidRequest("older_than_days cannot be negative")
        cutoff = (now or utcnow()) - dt.timedelta(days=older_than_days)
        with self.db.session() as s:
            refs = s.execute(select(Referral.reference).where(Referral.created_at < cutoff)).scalars().all()
            if refs:
                s.execute(delete(Referral).where(Referral.reference.in_(refs)))
            self.audit_log.record(s, actor, "purge", None, {"older_than_days": older_than_days, "deleted": len(refs)})
            return len(refs)

    # -- queries ----------------------------------------------------------
    def list(self, status: str | None = None, recipient: str | None = None) -> builtins.list[dict[str, Any]]:
        """Referrals newest first, without contact details. Two queries, however many."""
        if status is not None and status not in REFERRAL_STATUSES:
            raise InvalidRequest(f"status must be one of {', '.join(REFERRAL_STATUSES)}")
        conditions: builtins.list[ColumnElement] = []
        if status:
            conditions.append(Referral.status == status)
        if recipient:
            conditions.append(Referral.recipient == recipient)
        with self.db.session() as s:
            rows = (
                s.execute(select(Referral).where(*conditions).order_by(Referral.created_at.desc(), Referral.id.desc()))
                .scalars()
                .all()
            )
            consent = self.consent_events.referral_consent(s, select(Referral.reference).where(*conditions))
            return [summary(row, consent.get(row.reference, ReferralConsent())) for row in rows]

    def get(self, reference: str, *, with_contact: bool = False, actor: str | None = None) -> dict[str, Any]:
        """One referral as a dict (export shape). Contact only when asked, audited."""
        with self.db.session() as s:
            row = self._get(s, reference)
            consent = self.consent_events.referral_consent(s, [row.reference])
            data = summary(row, consent.get(row.reference, ReferralConsent()))
            if with_contact:
                data["contact"] = crypto.decrypt_json(row.contact_token)
                self.audit_log.record(s, actor or "unknown", "view_contact", row.reference)
            return data

    def export(
        self, *, with_contact: bool = False, actor: str | None = None, status: str | None = None
    ) -> builtins.list[dict[str, Any]]:
        """`list()`, with decrypted contact details when asked (audited)."""
        items = self.list(status=status)
        if with_contact:
            with self.db.session() as s:
                tokens = dict(s.execute(select(Referral.reference, Referral.contact_token)).all())
                for item in items:
                    item["contact"] = crypto.decrypt_json(tokens.get(item["reference"]))
                self.audit_log.record(s, actor or "unknown", "export_with_contact", None, {"count": len(items)})
        return items

    def _get(self, session: Session, reference: str) -> Referral:
        ref = normalise_reference(reference)
        row = session.execute(select(Referral).where(Referral.reference == ref)).scalar_one_or_none() if ref else None
        if row is None:
            raise ReferralNotFound(f"unknown reference: {reference!r}"[:80])
        return row


def summary(row: Referral, consent: ReferralConsent) -> dict[str, Any]:
    """A referral in the export shape (no contact details)."""
    given, withdrawn = consent.given, consent.withdrawn
    return {
        "reference": row.reference,
        "created_at": _iso(row.created_at),
        "channel": row.channel,
        "verified": is_verified(row.channel),
        "recorded_by": row.recorded_by,
        "municipality": row.municipality,
        "recipient": row.recipient,
        "status": row.status,
        "criteria": crypto.decrypt_json(row.answers_token),
        "score": row.score,
        "unknown": row.unknown_count,
        "vulnerable": row.vulnerable,
        "criteria_version": row.criteria_version,
        "share_answers": row.share_answers,
        "consent": {
            "given_at": _iso(given.occurred_at) if given else None,
            "text_version": given.notice_version if given else None,
            "text_sha256": given.notice_sha256 if given else None,
            "withdrawn_at": _iso(withdrawn.occurred_at) if withdrawn else None,
        },
    }


def is_verified(channel: str) -> bool:
    """Whether a worker confirmed the contact details in person (the desk), not
    someone unknown online (the web chat): the desk's not-verified mark."""
    return channel in VERIFIED_CHANNELS


def _iso(value: dt.datetime | None) -> str | None:
    return value.astimezone(dt.timezone.utc).isoformat().replace("+00:00", "Z") if value else None
