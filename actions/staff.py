"""Staff mode: the chat code of an intake worker (rules in bot.staff)."""

from __future__ import annotations

import asyncio
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.common import StapsteenAction, StapsteenFormValidation, count_start, latest, send, sending, store
from bot import dialogue, figures
from bot.dialogue import STAFF
from bot.staff import code_login

ActionAskStaffCode = sending("action_ask_staff_code", lambda t: dialogue.ask_staff_code())


class ValidateStaffLoginForm(StapsteenFormValidation):
    def name(self) -> str:
        return "validate_staff_login_form"

    async def validate_staff_code(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        # In a thread: the check waits for the database (and, for old codes, argon2),
        # which must not stop the action server's event loop for other conversations.
        login = await asyncio.to_thread(
            code_login, store, latest(tracker)[0], int(tracker.get_slot("staff_attempts") or 0)
        )
        if login.staff_id:
            return {"staff_code": "ok", "staff_id": login.staff_id}
        if login.locked:
            return {"staff_code": "failed", "staff_attempts": login.attempts}
        send(dispatcher, dialogue.say("staff.wrong_code"))
        return {"staff_code": None, "staff_attempts": login.attempts}


class ActionStaffReady(StapsteenAction):
    def name(self) -> str:
        return "action_staff_ready"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        staff_id = tracker.get_slot("staff_id")
        if tracker.get_slot("staff_code") != "ok" or not staff_id:
            send(dispatcher, dialogue.say("staff.not_started"))
            return [SlotSet("staff_code", None), SlotSet("staff_id", None), SlotSet("staff_attempts", 0)]
        send(dispatcher, dialogue.staff_intro(staff_id))
        return [
            SlotSet("mode", STAFF),
            SlotSet("chat_consent", True),
            SlotSet("staff_code", None),
            *count_start(tracker, figures.DESK),
            FollowupAction("criteria_form"),
        ]
