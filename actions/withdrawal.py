"""Withdrawing consent with the reference code (rules in bot.withdrawal).

The form `withdraw_form` asks the code, then the choice that is also the
confirmation (everything / only the answers / "Toch niet"); `action_withdraw`
carries it out. Afterwards the conversation is forgotten up to that point (a
restart within the turn: channels/tracker_store.py keeps only what follows
it), so the code typed is not kept; only the number of codes checked stays,
for the lock of bot.withdrawal.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, FollowupAction, Restarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.common import StapsteenAction, StapsteenFormValidation, entity, latest, send, sending, store
from bot import dialogue, withdrawal
from bot.dialogue import FAMILY
from bot.store import StorageError, normalise_reference

logger = logging.getLogger(__name__)  # never log user text or personal data

REFERENCE, CHOICE, ATTEMPTS = "withdraw_reference", "withdraw_choice", "withdraw_attempts"


def attempts_of(tracker: Tracker) -> int:
    value = tracker.get_slot(ATTEMPTS)
    return int(value) if isinstance(value, (int, float)) and value > 0 else 0


def forget(attempts: int) -> list[EventType]:
    """Forget the conversation so far (the code typed), keep the codes checked."""
    return [Restarted(), SlotSet("mode", FAMILY), SlotSet(ATTEMPTS, attempts), FollowupAction("action_listen")]


ActionAskWithdrawReference = sending("action_ask_withdraw_reference", lambda t: dialogue.ask_withdraw_reference())
ActionAskWithdrawChoice = sending(
    "action_ask_withdraw_choice", lambda t: withdrawal.ask_choice(t.get_slot(REFERENCE) or "")
)


class ValidateWithdrawForm(StapsteenFormValidation):
    def name(self) -> str:
        return "validate_withdraw_form"

    async def required_slots(
        self, domain_slots: list[str], dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[str]:
        # Locked: ask nothing; action_withdraw says where to go instead.
        return [] if withdrawal.is_locked(attempts_of(tracker)) else domain_slots

    async def validate_withdraw_reference(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        reference = normalise_reference(latest(tracker)[0])
        if reference is None:
            send(dispatcher, dialogue.say("withdraw.not_a_reference"))
        return {REFERENCE: reference}

    async def validate_withdraw_choice(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        typed, intent, _, _ = latest(tracker)
        choice = withdrawal.read_choice(typed, intent, entity(tracker, withdrawal.CHOICE_ENTITY))
        if choice is None:
            send(dispatcher, withdrawal.not_a_choice())
        return {CHOICE: choice}


class ActionWithdraw(StapsteenAction):
    def name(self) -> str:
        return "action_withdraw"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        reference, choice = tracker.get_slot(REFERENCE), tracker.get_slot(CHOICE)
        attempts = attempts_of(tracker)
        reset: list[EventType] = [SlotSet(REFERENCE, None), SlotSet(CHOICE, None)]
        if withdrawal.is_locked(attempts):
            send(dispatcher, withdrawal.locked())
            return reset
        if choice == withdrawal.CANCEL:
            send(dispatcher, withdrawal.cancelled())
            return forget(attempts)
        if not reference or choice not in withdrawal.WITHDRAWALS:
            return reset  # nothing confirmed: nothing happens
        try:
            # In a thread: the database must not stop the event loop for other conversations.
            result = await asyncio.to_thread(
                withdrawal.withdraw, store, reference, choice, channel=withdrawal.CHAT, attempts=attempts
            )
        except StorageError as exc:  # the class name only: driver messages can quote SQL parameters
            logger.error("withdrawal failed: %s", type(exc).__name__)
            send(dispatcher, dialogue.withdraw_unavailable())
            return reset
        send(dispatcher, withdrawal.answered(choice, reference))
        return forget(result.attempts)
