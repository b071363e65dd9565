"""Help at any moment: privacy, crisis, a person, and the fallback."""

from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.common import latest, send, sending
from bot import dialogue
from bot.help import person_route, privacy_answer
from bot.municipalities import lookup

ActionPrivacy = sending("action_privacy", lambda t: dialogue.Message(privacy_answer(latest(t)[0])))


class ActionCrisis(Action):
    """Stop the questions at once and give the right help lines."""

    def name(self) -> str:
        return "action_crisis"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        send(dispatcher, dialogue.crisis(latest(tracker)[0]))
        return [ActiveLoop(None), SlotSet("requested_slot", None)]


def _person(tracker: Tracker) -> dialogue.Message:
    known = lookup(tracker.get_slot("contact_municipality") or "")
    return dialogue.Message(person_route(known.name if known else None, known.region if known else None))


ActionTalkToPerson = sending("action_talk_to_person", _person)


class ActionFallback(Action):
    """Two stages: first ask to rephrase, then offer clear choices."""

    def name(self) -> str:
        return "action_fallback"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        previous = [
            e.get("name")
            for e in tracker.events
            if e.get("event") == "action" and e.get("name") not in ("action_listen", None)
        ]
        send(dispatcher, dialogue.fallback(second_time=bool(previous) and previous[-1] == self.name()))
        return []
