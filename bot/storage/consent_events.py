"""Consent events: the append-only proof that consent was given or withdrawn.

Each event holds the record of domain.md (after ISO/IEC TS 27560): who gave
which consent, for which purpose, on which exact notice text (its hash).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from bot import consent as consent_mod
from bot.deployment import deployment
from bot.models import ConsentEvent
from bot.storage.database import Database
from bot.storage.references import normalise_reference


def build_event(
    *,
    reference: str,
    subject_id: str,
    recipient: str,
    kind: str,
    state: str,
    recorded_by: str,
    method: str,
    now: dt.datetime,
) -> ConsentEvent:
    """A consent event for `kind` in `state`, on the notice as shown in the chat
    (with the generic recipient phrase), with the settings of consent.yml and
    the controller of the deployment file (bot/data/deployment.yml). `now`:
    when it happened (for a 'given' event, the moment the person agreed)."""
    cfg = consent_mod.config()
    notice = consent_mod.notice(kind, consent_mod.recipient_phrase())
    return ConsentEvent(
        id=str(uuid.uuid4()),
        referral_reference=reference,
        schema_version=str(cfg["schema_version"]),
        language=cfg["language"],
        jurisdiction=cfg["jurisdiction"],
        subject_id=subject_id,
        controller=deployment().controller.name,
        recipient=recipient,
        kind=kind,
        purpose_code=notice.purpose_code,
        purpose_text=notice.purpose_text,
        legal_basis=notice.legal_basis,
        data_items=list(notice.data_items),
        retention_days=int(cfg["retention_days"]),
        withdrawal_method=cfg["withdrawal_method"],
        notice_version=notice.version,
        notice_sha256=notice.sha256,
        event_type="explicitly_expressed",
        state=state,
        occurred_at=now,
        given_by="parent",
        recorded_by=recorded_by,
        method=method,
    )


@dataclass(frozen=True)
class ReferralConsent:
    """The first 'given' and 'withdrawn' events of the referral consent."""

    given: ConsentEvent | None = None
    withdrawn: ConsentEvent | None = None


class ConsentEvents:
    def __init__(self, db: Database) -> None:
        self.db = db

    def record_given(
        self,
        session: Session,
        *,
        reference: str,
        subject_id: str,
        recipient: str,
        kinds: Sequence[str],
        recorded_by: str,
        method: str,
        now: dt.datetime,
        given: Mapping[str, consent_mod.Indication] | None = None,
    ) -> None:
        """Add a 'given' event per consent kind to `session`: at the moment and
        by the method of `given[kind]` (the message that gave it), else at
        `now` by `method`."""
        for kind in kinds:
            indicated = (given or {}).get(kind)
            session.add(
                build_event(
                    reference=reference,
                    subject_id=subject_id,
                    recipient=recipient,
                    kind=kind,
                    state=consent_mod.GIVEN,
                    recorded_by=recorded_by,
                    method=indicated.method if indicated else method,
                    now=indicated.at if indicated else now,
                )
            )

    def record_withdrawal(
        self, session: Session, *, reference: str, recipient: str, recorded_by: str, method: str, now: dt.datetime
    ) -> None:
        """Add a 'withdrawn' event for every consent given for `reference`."""
        given = (
            session.execute(
                select(ConsentEvent).where(
                    ConsentEvent.referral_reference == reference, ConsentEvent.state == consent_mod.GIVEN
                )
            )
            .scalars()
            .all()
        )
        for event in given:
            session.add(
                build_event(
                    reference=reference,
                    subject_id=event.subject_id,
                    recipient=recipient,
                    kind=event.kind,
                    state=consent_mod.WITHDRAWN,
                    recorded_by=recorded_by,
                    method=method,
                    now=now,
                )
            )

    def referral_consent(self, session: Session, references: Sequence[str] | Select) -> dict[str, ReferralConsent]:
        """The referral consent of many referrals in one query. `references`:
        reference codes, or a query selecting them (no limit on their number)."""
        rows = (
            session.execute(
                select(ConsentEvent)
                .where(ConsentEvent.referral_reference.in_(references), ConsentEvent.kind == consent_mod.REFERRAL)
                .order_by(ConsentEvent.occurred_at)
            )
            .scalars()
            .all()
        )
        first: dict[str, dict[str, ConsentEvent]] = {consent_mod.GIVEN: {}, consent_mod.WITHDRAWN: {}}
        for event in rows:  # oldest first: keep the first event per state and referral
            if event.state in first:
                first[event.state].setdefault(event.referral_reference, event)
        given, withdrawn = first[consent_mod.GIVEN], first[consent_mod.WITHDRAWN]
        return {ref: ReferralConsent(given.get(ref), withdrawn.get(ref)) for ref in set(given) | set(withdrawn)}

    def for_referral(self, reference: str) -> list[ConsentEvent]:
        """All consent events of one referral, oldest first (detached rows).
        They outlive the referral itself (purge keeps them as proof)."""
        ref = normalise_reference(reference)
        with self.db.session() as session:
            rows = (
                session.execute(
                    select(ConsentEvent)
                    .where(ConsentEvent.referral_reference == ref)
                    .order_by(ConsentEvent.occurred_at)
                )
                .scalars()
                .all()
            )
            session.expunge_all()
            return list(rows)
