"""Withdrawing consent with the reference code."""

from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.common import StapsteenAction, StapsteenFormValidation, latest, send, sending, store
from bot import dialogue
from bot.store import StorageError, StorageUnavailable, normalise_reference

logger = logging.getLogger(__name__)  # never log user text or personal data


ActionAskWithdrawReference = sending("action_ask_withdraw_reference", lambda t: dialogue.ask_withdraw_reference())


class ValidateWithdrawForm(StapsteenFormValidation):
    def name(self) -> str:
        return "validate_withdraw_form"

    async def validate_withdraw_reference(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        reference = normalise_reference(latest(tracker)[0])
        if reference is None:
            send(dispatcher, dialogue.say("withdraw.not_a_reference"))
        return {"withdraw_reference": reference}


class ActionWithdraw(StapsteenAction):
    def name(self) -> str:
        return "action_withdraw"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        reference = tracker.get_slot("withdraw_reference")
        events: list[EventType] = [SlotSet("withdraw_reference", None)]
        if not reference:
            return events
        try:
            store().withdraw(reference, actor="self")
        except StorageUnavailable:
            logger.error("withdrawal failed: storage unavailable")
            send(dispatcher, dialogue.withdraw_unavailable())
            return events
        except StorageError:
            send(dispatcher, dialogue.say("withdraw.not_found", reference=reference))
            return events
        send(dispatcher, dialogue.withdrawn(reference))
        return events
