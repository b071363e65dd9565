"""Someone who writes in another language: an answer in that language, and the way back."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.common import StapsteenAction, latest, send
from bot import dialogue
from bot.language import foreign_language


class ActionOtherLanguage(StapsteenAction):
    """Answer in the person's language (bot/language.py decides which) and pause
    the questions like action_crisis does: '/resume' asks the same question again."""

    def name(self) -> str:
        return "action_other_language"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        send(dispatcher, dialogue.other_language(foreign_language(latest(tracker)[0])))
        return [ActiveLoop(None), SlotSet("requested_slot", None)]
