"""Storage of referrals, consent events and audit events.

Plain Python over SQLAlchemy (1.4, 2.0 style). Contact details and answers are
encrypted at rest. Nothing is stored without consent: callers only create a
referral after the family (or the worker for the family) gave it.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import re
import secrets
import uuid
from dataclasses import dataclass
from typing import Any, Dict, Iterator, List, Mapping, Optional

from sqlalchemy import create_engine, delete, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError, NoSuchModuleError
from sqlalchemy.orm import Session

from bot import consent as consent_mod
from bot import crypto, settings
from bot.criteria import CriteriaSet, criteria
from bot.models import CHANNELS, STATUSES, AuditEvent, ConsentEvent, Referral
from bot.scoring import score_answers

# Reference codes: 8 symbols from an alphabet without look-alikes (no 0/O,
# 1/I/L, U), shown as STP-XXXX-XXXX. 30^8 ~ 6.6e11 codes: unguessable.
ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
REFERENCE_RE = re.compile(r"^STP-[%s]{4}-[%s]{4}$" % (ALPHABET, ALPHABET))
CONTACT_FIELDS = ("name", "phone", "email", "best_time")
SETTABLE_STATUSES = ("new", "in_progress", "closed")


class StorageError(RuntimeError):
    """Base class of storage problems."""


class StorageUnavailable(StorageError):
    """The database cannot be reached. Nothing was changed."""


class ReferralNotFound(StorageError, LookupError):
    pass


class InvalidRequest(StorageError, ValueError):
    pass


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


def new_reference() -> str:
    code = "".join(secrets.choice(ALPHABET) for _ in range(8))
    return f"STP-{code[:4]}-{code[4:]}"


def normalise_reference(text: str) -> Optional[str]:
    """'stp 7kq4 m2px' -> 'STP-7KQ4-M2PX'; None when it cannot be a reference."""
    if not isinstance(text, str) or len(text) > 40:
        return None
    compact = re.sub(r"[\s\-_.]", "", text.upper())
    if compact.startswith("STP"):
        compact = compact[3:]
    if len(compact) != 8 or any(ch not in ALPHABET for ch in compact):
        return None
    return f"STP-{compact[:4]}-{compact[4:]}"


@dataclass(frozen=True)
class Contact:
    name: str
    phone: Optional[str] = None
    email: Optional[str] = None
    best_time: Optional[str] = None

    def __post_init__(self):
        if not (self.name or "").strip():
            raise InvalidRequest("a name is required")
        if not (self.phone or self.email):
            raise InvalidRequest("a phone number or an e-mail address is required")

    def as_dict(self) -> Dict[str, Optional[str]]:
        return {f: getattr(self, f) for f in CONTACT_FIELDS}

    def __repr__(self) -> str:  # never leak personal data into logs
        return "Contact(<redacted>)"


class Store:
    def __init__(self, url: Optional[str] = None, *, engine: Optional[Engine] = None,
                 defs: Optional[CriteriaSet] = None, migrate: bool = True):
        self.url = url or settings.database_url()
        if engine is None:
            if self.url.startswith("sqlite:///"):
                from pathlib import Path
                try:
                    Path(self.url[len("sqlite:///"):]).parent.mkdir(parents=True, exist_ok=True)
                except OSError as exc:   # e.g. a parent is a file, or not writable
                    raise StorageUnavailable("the database cannot be reached") from exc
            try:
                engine = create_engine(self.url, future=True, pool_pre_ping=True)
            except (ArgumentError, NoSuchModuleError) as exc:
                raise StorageUnavailable(
                    "the database URL is not valid (e.g. sqlite:///var/stapsteen.db or "
                    "postgresql+psycopg2://user:password@host/db)") from exc
        self.engine = engine
        self.defs = defs or criteria()
        if migrate:
            self.migrate()

    # -- plumbing ---------------------------------------------------------
    def migrate(self) -> None:
        from bot.migrate import upgrade
        try:
            upgrade(self.engine)
        except DBAPIError as exc:
            raise StorageUnavailable("the database cannot be reached") from exc

    @contextlib.contextmanager
    def _session(self) -> Iterator[Session]:
        try:
            with Session(self.engine, future=True) as session:
                with session.begin():
                    yield session
        except DBAPIError as exc:
            if isinstance(exc, IntegrityError):
                raise
            raise StorageUnavailable("the database cannot be reached") from exc

    def _get(self, session: Session, reference: str) -> Referral:
        ref = normalise_reference(reference)
        row = session.execute(select(Referral).where(Referral.reference == ref)).scalar_one_or_none() if ref else None
        if row is None:
            raise ReferralNotFound(f"unknown reference: {reference!r}"[:80])
        return row

    @staticmethod
    def _audit(session: Session, actor: str, action: str, reference: Optional[str],
               detail: Optional[Dict[str, Any]] = None, now: Optional[dt.datetime] = None) -> None:
        session.add(AuditEvent(occurred_at=now or utcnow(), actor=actor, action=action,
                               referral_reference=reference, detail=detail))

    def _consent_event(self, *, reference: str, subject_id: str, recipient: str, kind: str,
                       state: str, recorded_by: str, method: str, now: dt.datetime) -> ConsentEvent:
        cfg = consent_mod.config()
        notice = consent_mod.notice(kind, consent_mod.recipient_phrase())
        return ConsentEvent(
            id=str(uuid.uuid4()), referral_reference=reference,
            schema_version=str(cfg["schema_version"]), language=cfg["language"],
            jurisdiction=cfg["jurisdiction"], subject_id=subject_id, controller=cfg["controller"],
            recipient=recipient, kind=kind, purpose_code=notice.purpose_code,
            purpose_text=notice.purpose_text, legal_basis=notice.legal_basis,
            data_items=list(notice.data_items), retention_days=int(cfg["retention_days"]),
            withdrawal_method=cfg["withdrawal_method"], notice_version=notice.version,
            notice_sha256=notice.sha256, event_type="explicitly_expressed", state=state,
            occurred_at=now, given_by="parent", recorded_by=recorded_by, method=method,
        )

    def audit(self, actor: str, action: str, reference: Optional[str] = None,
              detail: Optional[Dict[str, Any]] = None) -> None:
        """Write an audit event on its own (logins, views, exports)."""
        with self._session() as s:
            self._audit(s, actor, action, normalise_reference(reference) if reference else None, detail)

    # -- commands ---------------------------------------------------------
    def create_referral(self, *, channel: str, recorded_by: str, municipality: str,
                        recipient: str, contact: Contact, answers: Mapping[str, str],
                        share_answers: bool, now: Optional[dt.datetime] = None) -> str:
        """Store a referral after consent. Returns the reference code."""
        if channel not in CHANNELS:
            raise InvalidRequest(f"channel must be one of {CHANNELS}")
        if not recorded_by or not municipality or not recipient:
            raise InvalidRequest("recorded_by, municipality and recipient are required")
        result = score_answers(answers, self.defs)   # validates the answers
        now = now or utcnow()
        method = consent_mod.METHOD_CHAT if channel == "web" else consent_mod.METHOD_DESK
        subject_id = str(uuid.uuid4())
        for _attempt in range(5):
            reference = new_reference()
            try:
                with self._session() as s:
                    s.add(Referral(
                        reference=reference, created_at=now, updated_at=now, channel=channel,
                        recorded_by=recorded_by, municipality=municipality, recipient=recipient,
                        status="new", share_answers=bool(share_answers),
                        answers_token=crypto.encrypt_json(dict(answers)) if share_answers else None,
                        score=result.score if share_answers else None,
                        unknown_count=result.unknown if share_answers else None,
                        vulnerable=result.vulnerable if share_answers else None,
                        criteria_version=result.criteria_version,
                        contact_token=crypto.encrypt_json(contact.as_dict()),
                    ))
                    kinds = [consent_mod.REFERRAL] + ([consent_mod.SHARE_ANSWERS] if share_answers else [])
                    for kind in kinds:
                        s.add(self._consent_event(
                            reference=reference, subject_id=subject_id, recipient=recipient,
                            kind=kind, state=consent_mod.GIVEN, recorded_by=recorded_by,
                            method=method, now=now))
                    self._audit(s, recorded_by, "create", reference, {"channel": channel}, now)
                return reference
            except IntegrityError:
                continue   # reference collision: extremely rare, try another code
        raise StorageError("could not create a unique reference")

    def set_status(self, reference: str, status: str, actor: str) -> None:
        if status not in SETTABLE_STATUSES:
            hint = " (use withdraw)" if status == "withdrawn" else ""
            raise InvalidRequest(f"status must be one of {', '.join(SETTABLE_STATUSES)}{hint}")
        with self._session() as s:
            row = self._get(s, reference)
            if row.status == "withdrawn":
                raise InvalidRequest("this referral was withdrawn; its status cannot change")
            old, row.status, row.updated_at = row.status, status, utcnow()
            self._audit(s, actor, "set_status", row.reference, {"from": old, "to": status})

    def withdraw(self, reference: str, actor: str, method: str = consent_mod.METHOD_CHAT) -> str:
        """Withdraw all consent of a referral: erase contact details and answers,
        keep what proves the consent and its withdrawal. Returns the reference."""
        now = utcnow()
        with self._session() as s:
            row = self._get(s, reference)
            if row.status == "withdrawn":
                self._audit(s, actor, "withdraw_again", row.reference, None, now)
                return row.reference
            given = s.execute(select(ConsentEvent).where(
                ConsentEvent.referral_reference == row.reference,
                ConsentEvent.state == consent_mod.GIVEN)).scalars().all()
            for event in given:
                s.add(self._consent_event(
                    reference=row.reference, subject_id=event.subject_id, recipient=row.recipient,
                    kind=event.kind, state=consent_mod.WITHDRAWN, recorded_by=actor,
                    method=method, now=now))
            row.contact_token = None
            row.answers_token = None
            row.score = row.unknown_count = row.vulnerable = None
            row.status, row.withdrawn_at, row.updated_at = "withdrawn", now, now
            self._audit(s, actor, "withdraw", row.reference, None, now)
            return row.reference

    def purge(self, older_than_days: int, actor: str, now: Optional[dt.datetime] = None) -> int:
        """Delete referrals created more than `older_than_days` ago (retention).
        Consent and audit events stay as proof; they hold no contact data."""
        if older_than_days < 0:
            raise InvalidRequest("older_than_days cannot be negative")
        cutoff = (now or utcnow()) - dt.timedelta(days=older_than_days)
        with self._session() as s:
            refs = s.execute(select(Referral.reference).where(Referral.created_at < cutoff)).scalars().all()
            if refs:
                s.execute(delete(Referral).where(Referral.reference.in_(refs)))
            self._audit(s, actor, "purge", None, {"older_than_days": older_than_days, "deleted": len(refs)})
            return len(refs)

    # -- queries ----------------------------------------------------------
    def list(self, status: Optional[str] = None, recipient: Optional[str] = None) -> List[Dict[str, Any]]:
        if status is not None and status not in STATUSES:
            raise InvalidRequest(f"status must be one of {', '.join(STATUSES)}")
        query = select(Referral).order_by(Referral.created_at.desc(), Referral.id.desc())
        if status:
            query = query.where(Referral.status == status)
        if recipient:
            query = query.where(Referral.recipient == recipient)
        with self._session() as s:
            rows = s.execute(query).scalars().all()
            return [self._summary(s, r) for r in rows]

    def get(self, reference: str, *, with_contact: bool = False, actor: Optional[str] = None) -> Dict[str, Any]:
        """One referral as a dict (export shape). Contact only when asked, audited."""
        with self._session() as s:
            row = self._get(s, reference)
            data = self._summary(s, row)
            if with_contact:
                data["contact"] = crypto.decrypt_json(row.contact_token)
                self._audit(s, actor or "unknown", "view_contact", row.reference)
            return data

    def export(self, *, with_contact: bool = False, actor: Optional[str] = None,
               status: Optional[str] = None) -> List[Dict[str, Any]]:
        items = self.list(status=status)
        if with_contact:
            with self._session() as s:
                tokens = dict(s.execute(select(Referral.reference, Referral.contact_token)).all())
                for item in items:
                    item["contact"] = crypto.decrypt_json(tokens.get(item["reference"]))
                self._audit(s, actor or "unknown", "export_with_contact", None,
                            {"count": len(items)})
        return items

    def consent_events(self, reference: str) -> List[ConsentEvent]:
        ref = normalise_reference(reference)
        with self._session() as s:
            rows = s.execute(select(ConsentEvent).where(ConsentEvent.referral_reference == ref)
                             .order_by(ConsentEvent.occurred_at)).scalars().all()
            s.expunge_all()
            return list(rows)

    def audit_events(self, reference: Optional[str] = None) -> List[AuditEvent]:
        query = select(AuditEvent).order_by(AuditEvent.id)
        if reference:
            query = query.where(AuditEvent.referral_reference == normalise_reference(reference))
        with self._session() as s:
            rows = s.execute(query).scalars().all()
            s.expunge_all()
            return list(rows)

    def _summary(self, s: Session, row: Referral) -> Dict[str, Any]:
        events = s.execute(select(ConsentEvent).where(
            ConsentEvent.referral_reference == row.reference,
            ConsentEvent.kind == consent_mod.REFERRAL).order_by(ConsentEvent.occurred_at)).scalars().all()
        given = next((e for e in events if e.state == consent_mod.GIVEN), None)
        withdrawn = next((e for e in events if e.state == consent_mod.WITHDRAWN), None)
        answers = crypto.decrypt_json(row.answers_token)
        return {
            "reference": row.reference,
            "created_at": _iso(row.created_at),
            "channel": row.channel,
            "recorded_by": row.recorded_by,
            "municipality": row.municipality,
            "recipient": row.recipient,
            "status": row.status,
            "criteria": answers,
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


def _iso(value: Optional[dt.datetime]) -> Optional[str]:
    return value.astimezone(dt.timezone.utc).isoformat().replace("+00:00", "Z") if value else None
