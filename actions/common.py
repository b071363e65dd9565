"""Shared helpers of the actions: the store, sending bot/ messages, reading the tracker."""

from __future__ import annotations

import abc
from collections.abc import Callable
from typing import Any

from rasa_sdk import FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.guard import Guarded, StapsteenAction
from bot import figures
from bot.criteria import VALUES, criteria
from bot.deployment import check_for_start
from bot.dialogue import FAMILY, STAFF, Message
from bot.normalise import clean
from bot.store import Store, idempotency_key

__all__ = ["StapsteenAction"]  # the base of every action (actions/guard.py)

check_for_start()  # the action server does not start on an invalid, or in production a demo, deployment file

_store: Store | None = None


def store() -> Store:
    """The shared Store, created on first use (migrations run then)."""
    global _store
    if _store is None:
        _store = Store()
    return _store


def criterion_ids() -> list[str]:
    """The criteria in question order: criteria.yml is the only source."""
    return criteria().ids


def send(dispatcher: CollectingDispatcher, message: Message) -> None:
    dispatcher.utter_message(
        text=message.text,
        buttons=[{"title": t, "payload": p} for t, p in message.buttons],
        json_message=message.custom,
    )


def mode_of(tracker: Tracker) -> str:
    return STAFF if tracker.get_slot("mode") == STAFF else FAMILY


def latest(tracker: Tracker) -> tuple[str, str | None, float, list[dict[str, Any]]]:
    """Text (cleaned), intent, confidence and entities of the latest message."""
    msg = tracker.latest_message or {}
    intent = msg.get("intent") or {}
    return clean(msg.get("text")), intent.get("name"), float(intent.get("confidence") or 0.0), msg.get("entities") or []


def entity(tracker: Tracker, name: str) -> str | None:
    for ent in (tracker.latest_message or {}).get("entities") or []:
        if ent.get("entity") == name:
            return str(ent.get("value"))
    return None


def conversation_started(tracker: Tracker) -> str:
    """When this conversation started: the timestamp of its first event, or of
    its last restart or new session. The same for every retry within the
    conversation (Rasa keeps the events of a failed turn), another one after a
    restart or once the conversation was forgotten (channels/tracker_store.py)."""
    started = ""
    for event in tracker.events:
        if not started or event.get("event") in ("restart", "session_started"):
            started = repr(event.get("timestamp"))
    return started


def referral_key(tracker: Tracker) -> str:
    """The idempotency key of this conversation's referral (a hash: the sender id is not stored)."""
    return idempotency_key(tracker.sender_id, conversation_started(tracker))


def reset(slots: list[str]) -> list[EventType]:
    return [SlotSet(s, None) for s in slots]


def answers_of(tracker: Tracker) -> dict[str, str]:
    return {cid: tracker.get_slot(cid) for cid in criterion_ids() if tracker.get_slot(cid) in VALUES}


# --- the anonymous figures (bot/figures.py): counted once per conversation -------------------
def channel_of(tracker: Tracker) -> str:
    return figures.DESK if mode_of(tracker) == STAFF else figures.WEB


def counted(tracker: Tracker) -> list[str]:
    """What this conversation was already counted for (the slot `counted`)."""
    value = tracker.get_slot(figures.COUNTED_SLOT)
    return [str(v) for v in value] if isinstance(value, list) else []


def counting(marks: list[str] | None) -> list[EventType]:
    """The slot event for what a bot.figures.record_* call returned (None: nothing counted)."""
    return [] if marks is None else [SlotSet(figures.COUNTED_SLOT, marks)]


def count_start(tracker: Tracker, channel: str) -> list[EventType]:
    """Count the start of the questions, unless this conversation already started them."""
    started = tracker.get_slot("chat_consent") is True
    return counting(figures.record_start(store, counted(tracker), channel=channel, already_started=started))


def count_end(tracker: Tracker, outcome: str, share_refused: bool = False) -> list[EventType]:
    """Count the end of the intake: a referral, no contact wanted, or a stop (where it stopped)."""
    answers = answers_of(tracker)
    stage = None
    if outcome == figures.STOPPED:
        stage = figures.stop_stage(tracker.get_slot("requested_slot"), answers)
    marks = figures.record_end(
        store,
        counted(tracker),
        channel=channel_of(tracker),
        started=tracker.get_slot("chat_consent") is True,
        answers=answers,
        outcome=outcome,
        stage=stage,
        share_refused=share_refused,
    )
    return counting(marks)


def count_crisis(tracker: Tracker, message: str, *, confirmed: bool = False) -> dict[str, Any]:
    """Count the help lines shown for `message`; the slot to set, if any (form validations)."""
    marks = figures.record_crisis(
        store, counted(tracker), channel=channel_of(tracker), message=message, confirmed=confirmed
    )
    return {} if marks is None else {figures.COUNTED_SLOT: marks}


class StapsteenFormValidation(Guarded, FormValidationAction):
    """Validates only what the person just typed or tapped (and is guarded, like every action).

    When a form is (re)activated, Rasa asks to validate the slots that are
    already filled; those values were validated when they were given, and the
    latest message (e.g. '/resume') says nothing about them, so they are kept.
    """

    @abc.abstractmethod
    def name(self) -> str:
        """Each form's validation action names itself."""

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        return await super().run(dispatcher, tracker, domain)

    async def get_validation_events(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        typed = (tracker.latest_message or {}).get("text")
        kept: list[EventType] = []
        fresh: dict[str, Any] = {}
        for slot, value in tracker.slots_to_validate().items():
            if value is None or value == typed:
                fresh[slot] = value
            else:
                kept.append(SlotSet(slot, value))
        if not fresh:
            return kept
        copy = tracker.copy()
        copy.slots_to_validate = lambda: dict(fresh)
        return kept + await super().get_validation_events(dispatcher, copy, domain)


def sending(action_name: str, build: Callable[[Tracker], Message]) -> type:
    """An action that only sends the message `build` makes from the tracker
    (questions of a form, small talk): one class per name, no other effect."""

    class _Send(StapsteenAction):
        def name(self) -> str:
            return action_name

        async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
            send(dispatcher, build(tracker))
            return []

    _Send.__name__ = _Send.__qualname__ = "Send_" + action_name
    return _Send


def previous_action(tracker: Tracker) -> str | None:
    """The assistant's last action before this one (not listening)."""
    done = [
        e.get("name")
        for e in tracker.events
        if e.get("event") == "action" and e.get("name") not in ("action_listen", None)
    ]
    return done[-1] if done else None
