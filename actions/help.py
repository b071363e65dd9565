"""Help at any moment: privacy, crisis, a person, and the fallback."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet, UserUtteranceReverted
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.common import StapsteenAction, count_crisis, counting, latest, previous_action, send, sending
from bot import dialogue, figures
from bot.help import person_route, privacy_answer
from bot.municipalities import lookup
from bot.normalise import clean

ActionPrivacy = sending("action_privacy", lambda t: dialogue.Message(privacy_answer(latest(t)[0])))


class ActionCrisis(StapsteenAction):
    """Stop the questions at once and give the help lines for the kind of
    crisis the message names (bot/crisis.py), or all of them."""

    def name(self) -> str:
        return "action_crisis"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        message, confirmed = worrying_message(tracker)
        send(dispatcher, dialogue.crisis(message, confirmed=confirmed))
        counted = count_crisis(tracker, message, confirmed=confirmed)  # the anonymous figures (bot/figures.py)
        return [ActiveLoop(None), SlotSet("requested_slot", None), *counting(counted.get(figures.COUNTED_SLOT))]


class ActionMaybeCrisis(StapsteenAction):
    """Only the classifier thought of a crisis (components/safety_net.py): pause
    the questions and ask gently; /crisis gives the help lines, /resume goes on."""

    def name(self) -> str:
        return "action_maybe_crisis"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        if previous_action(tracker) == self.name():
            # asked gently already, and the answer worries again: the help lines, not the same question
            return await ActionCrisis().run(dispatcher, tracker, domain)
        send(dispatcher, dialogue.maybe_crisis())
        return [ActiveLoop(None), SlotSet("requested_slot", None)]


def worrying_message(tracker: Tracker) -> tuple[str, bool]:
    """(the person's words the help lines are for, whether the person said they are urgent): the latest
    message, or, when that is a tap on "Ja, ik heb nu hulp nodig" (/crisis) or a typed "ja" after the
    gentle question, the words that made it ask: the help lines of their kind ("hij slaat" -> 101
    first; with the yes, the classifier of the kind alone may name it: bot.crisis.detected_kind), not
    the general ones."""
    message, intent = latest(tracker)[:2]
    answered = message.startswith("/") or intent == "affirm"  # the button, or "ja" typed
    if not answered or previous_action(tracker) != ActionMaybeCrisis().name():
        return message, False
    said = [clean(e.get("text")) for e in tracker.events if e.get("event") == "user"]
    before = [text for text in said[:-1] if text and not text.startswith("/")]
    return (before[-1], True) if before else (message, False)


def _person(tracker: Tracker) -> dialogue.Message:
    known = lookup(tracker.get_slot("contact_municipality") or "")
    return dialogue.Message(person_route(known.name if known else None, known.region if known else None))


ActionTalkToPerson = sending("action_talk_to_person", _person)


NLU_FALLBACK_INTENTS = ("nlu_fallback", "out_of_scope")  # the rules that run this action on purpose


class ActionFallback(StapsteenAction):
    """Two stages: first ask to rephrase, then offer clear choices."""

    def name(self) -> str:
        return "action_fallback"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        second_time = previous_action(tracker) == self.name()
        send(dispatcher, dialogue.fallback(second_time=second_time, message=latest(tracker)[0]))
        if latest(tracker)[1] in NLU_FALLBACK_INTENTS:
            return []
        # Run as Rasa's core fallback (no policy knew what to do next): forget
        # the message, as Rasa's own fallback does, or Rasa predicts this
        # action again and again within one reply.
        return [UserUtteranceReverted()]
