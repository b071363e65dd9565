"""Consent, contact details and saving the referral (rules in bot.consent, bot.contact)."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, FollowupAction
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.common import (
    StapsteenAction,
    StapsteenFormValidation,
    answers_of,
    count_crisis,
    count_end,
    criterion_ids,
    entity,
    latest,
    mode_of,
    referral_key,
    reset,
    send,
    sending,
    store,
)
from bot import consent, contact, dialogue, figures
from bot.consent import NO, YES
from bot.crisis import is_crisis
from bot.dialogue import CONTACT_SLOTS, REFERRAL_SLOTS, STAFF
from bot.municipalities import Municipality, lookup
from bot.store import Contact, StorageError

logger = logging.getLogger(__name__)  # never log user text or personal data


def _place(tracker: Tracker) -> Municipality | None:
    return lookup(tracker.get_slot("contact_municipality") or "")


def _summary(tracker: Tracker) -> dialogue.Message:
    place = _place(tracker)
    return dialogue.contact_summary(
        contact.details(tracker.get_slot),
        place.name if place else None,
        place.recipient if place else None,
        tracker.get_slot("share_answers") == YES,
    )


def _contact_question(slot: str) -> Callable[[Tracker], dialogue.Message]:
    return lambda tracker: dialogue.contact_question(slot)


ASK_ACTIONS: dict[str, type] = {
    "referral_consent": sending(
        "action_ask_referral_consent", lambda t: dialogue.referral_consent_question(mode_of(t))
    ),
    "share_answers": sending("action_ask_share_answers", lambda t: dialogue.share_answers_question(mode_of(t))),
    "contact_confirmed": sending("action_ask_contact_confirmed", _summary),
    **{s: sending(f"action_ask_{s}", _contact_question(s)) for s in CONTACT_SLOTS[:-1]},
}


def _free_text(
    dispatcher: CollectingDispatcher, tracker: Tracker, slot: str, parse: Callable[[str], str | None], error_key: str
) -> dict[str, Any]:
    """A free-text contact field (a name, a moment): the crisis net
    (bot/crisis.py) first, since the classifier often takes such short texts
    for anything."""
    text = latest(tracker)[0]
    if is_crisis(text):
        send(dispatcher, dialogue.crisis(text))
        return {slot: None, **count_crisis(tracker, text)}
    value = parse(text)
    if value is None:
        send(dispatcher, dialogue.say(error_key))
    return {slot: value}


def _validate_consent(kind: str) -> Callable[..., Awaitable[dict[str, Any]]]:
    """validate_<slot> of a consent: the button or an explicit phrase, a no, else a check back (bot/consent.py)."""

    async def validate(self: Any, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Any) -> Any:
        text, intent, _, _ = latest(tracker)
        answer = consent.consent_answer(kind, text, intent)
        if answer is None:
            send(dispatcher, dialogue.consent_check_back(kind, mode_of(tracker)))
        return {consent.SLOT_OF[kind]: answer}

    return validate


class ValidateReferralForm(StapsteenFormValidation):
    def name(self) -> str:
        return "validate_referral_form"

    async def required_slots(
        self, domain_slots: list[str], dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[str]:
        if tracker.get_slot("referral_consent") == NO:
            return ["referral_consent"]
        return contact.required_contact_slots(domain_slots, tracker.get_slot("contact_phone"))

    validate_referral_consent = _validate_consent(consent.REFERRAL)
    validate_share_answers = _validate_consent(consent.SHARE_ANSWERS)

    async def validate_contact_name(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return _free_text(dispatcher, tracker, "contact_name", contact.parse_name, "contact.error.name")

    async def validate_contact_phone(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        text, intent, _, _ = latest(tracker)
        if contact.declines(text, intent, contact.NO_PHONE):
            return {"contact_phone": contact.NONE}
        phone = contact.parse_phone(text, entity(tracker, "PHONE"))
        if phone is None:
            send(dispatcher, dialogue.say("contact.error.phone"))
        return {"contact_phone": phone}

    async def validate_contact_email(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        text, intent, _, _ = latest(tracker)
        if contact.declines(text, intent, contact.NO_EMAIL):
            if not contact.reachable(tracker.get_slot("contact_phone")):
                send(dispatcher, dialogue.say("contact.error.phone_or_email"))
                return {"contact_email": None, "contact_phone": None}
            return {"contact_email": contact.NONE}
        email = contact.parse_email(text, entity(tracker, "EMAIL"))
        if email is None:
            send(dispatcher, dialogue.say("contact.error.email"))
        return {"contact_email": email}

    async def validate_contact_municipality(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        place = contact.parse_municipality(latest(tracker)[0], entity(tracker, "MUNICIPALITY"))
        if place is None:
            send(dispatcher, dialogue.say("contact.error.municipality"))
        return {"contact_municipality": place.name if place else None}

    async def validate_contact_best_time(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return _free_text(dispatcher, tracker, "contact_best_time", contact.parse_best_time, "contact.error.best_time")

    async def validate_contact_confirmed(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        intent = latest(tracker)[1]
        if intent == "affirm":
            return {"contact_confirmed": YES}
        if intent == "deny":
            send(dispatcher, dialogue.say("contact.redo"))
            return {slot: None for slot in CONTACT_SLOTS}
        send(dispatcher, dialogue.say("contact.confirm"))
        return {"contact_confirmed": None}


class ActionSaveReferral(StapsteenAction):
    """Store the referral (once per conversation: `referral_key`) and its consent, forget personal slots."""

    def name(self) -> str:
        return "action_save_referral"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        forget = reset([*REFERRAL_SLOTS, *criterion_ids(), "pending_value"])
        if tracker.get_slot("referral_consent") != YES or tracker.get_slot("contact_confirmed") != YES:
            send(dispatcher, dialogue.no_contact_wanted())
            return forget + count_end(tracker, figures.CONSENT_REFUSED)
        place, answers = _place(tracker), answers_of(tracker)
        if place is None or len(answers) < len(criterion_ids()):
            send(dispatcher, dialogue.say("referral.incomplete"))
            return forget + [FollowupAction("action_restart")]
        staff = mode_of(tracker) == STAFF
        try:
            reference = store().create_referral(
                channel="desk" if staff else "web",
                recorded_by=(tracker.get_slot("staff_id") or "staff") if staff else "self",
                municipality=place.name,
                recipient=place.recipient,
                contact=Contact(**contact.details(tracker.get_slot)),  # type: ignore[arg-type]  # the form asked a name
                answers=answers,
                share_answers=tracker.get_slot("share_answers") == YES,
                given=consent.indications(tracker.events, staff),  # when and how each was given
                idempotency_key=referral_key(tracker),
            )
        except StorageError as exc:  # the class name only: driver messages can quote SQL parameters
            logger.error("saving a referral failed: %s", type(exc).__name__)
            send(dispatcher, dialogue.save_failed())
            return []
        send(dispatcher, dialogue.saved(reference, place.recipient))
        return forget + count_end(tracker, figures.REFERRAL, share_refused=tracker.get_slot("share_answers") != YES)
