"""Start, stop, restart and resume a conversation."""

from __future__ import annotations

from collections.abc import Callable

from rasa_sdk import Tracker
from rasa_sdk.events import ActiveLoop, AllSlotsReset, EventType, FollowupAction, Restarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.common import (
    StapsteenAction,
    answers_of,
    channel_of,
    count_end,
    count_start,
    criterion_ids,
    latest,
    mode_of,
    previous_action,
    send,
    sending,
)
from bot import dialogue, figures
from bot.answers import answer_after_not_urgent
from bot.dialogue import FAMILY, STAFF
from bot.intent_guard import said_in_words
from bot.normalise import clean
from bot.store import normalise_reference

#: Set while the stop check waits for its answer (domain.yml): a typed "ja" then means stop.
STOP_ASKED = "stop_asked"


class ActionGreet(StapsteenAction):
    def name(self) -> str:
        return "action_greet"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        if mode_of(tracker) == STAFF:
            send(dispatcher, dialogue.say("staff.greet"))
            return []
        send(dispatcher, dialogue.intro())
        return [SlotSet("mode", FAMILY)]


class ActionStartQuestions(StapsteenAction):
    def name(self) -> str:
        return "action_start_questions"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        send(dispatcher, dialogue.say("start"))
        return [SlotSet("chat_consent", True), *count_start(tracker, channel_of(tracker))]


class ActionStop(StapsteenAction):
    def name(self) -> str:
        return "action_stop"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        reference = normalise_reference(latest(tracker)[0])
        if tracker.active_loop_name == "withdraw_form" and reference:
            # "stp 7kq4 m2px" can read as 'stop' to the classifier: a code is never a stop.
            return [SlotSet("withdraw_reference", reference), FollowupAction("withdraw_form")]
        typed = latest(tracker)[0]
        asked = tracker.get_slot(STOP_ASKED) and previous_action(tracker) == self.name()
        if typed and not typed.startswith("/") and not said_in_words(typed, "stop") and not asked:
            # only the classifier said stop: one question before everything is forgotten. "Ja"
            # typed to it comes back here (data/rules/general.yml) and stops; "nee" resumes.
            send(dispatcher, dialogue.stop_check())
            return [ActiveLoop(None), SlotSet("requested_slot", None), SlotSet(STOP_ASKED, True)]
        send(dispatcher, dialogue.stopped())
        return [ActiveLoop(None), AllSlotsReset(), *count_end(tracker, figures.STOPPED)]


class ActionRestart(StapsteenAction):
    """Overrides Rasa's action_restart: forget everything, then greet again."""

    def name(self) -> str:
        return "action_restart"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        send(dispatcher, dialogue.intro())
        return [Restarted(), SlotSet("mode", FAMILY)]


class ActionResume(StapsteenAction):
    def name(self) -> str:
        return "action_resume"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        answered = [SlotSet(STOP_ASKED, None)] if tracker.get_slot(STOP_ASKED) else []
        if mode_of(tracker) == FAMILY and not tracker.get_slot("chat_consent"):
            send(dispatcher, dialogue.intro())
            return answered
        answers = answers_of(tracker)
        if len(answers) < len(criterion_ids()):
            send(dispatcher, dialogue.say("resume"))
            return [*answered, *_typed_answer_kept(tracker, answers), FollowupAction("criteria_form")]
        return [*answered, FollowupAction("action_show_result")]


def _typed_answer_kept(tracker: Tracker, answers: dict[str, str]) -> list[EventType]:
    """After "nee" (or the button) to "Gaat het over iets dringends?": the answer typed at the question that
    made it ask is checked back instead of asked again (bot.answers.answer_after_not_urgent)."""
    if previous_action(tracker) != "action_maybe_crisis":
        return []
    current = next(cid for cid in criterion_ids() if cid not in answers)
    before = [clean(e.get("text")) for e in tracker.events if e.get("event") == "user"][:-1]
    typed = [text for text in before if text and not text.startswith("/")]
    step = answer_after_not_urgent(current, typed[-1]) if typed else None
    return [SlotSet("pending_value", step.pending)] if step and step.pending else []


def _say(key: str) -> Callable[[Tracker], dialogue.Message]:
    return lambda tracker: dialogue.say(key)


SMALL_TALK = {
    "action_goodbye": "goodbye",
    "action_you_are_welcome": "you_are_welcome",
    "action_i_am_a_bot": "i_am_a_bot",
    "action_ask_your_question": "ask_your_question",
}
#: Actions that only say something: small talk from the catalogue, declining the chat.
SAYING: dict[str, type] = {
    **{name: sending(name, _say(key)) for name, key in SMALL_TALK.items()},
    "action_no_chat": sending("action_no_chat", lambda t: dialogue.no_chat()),
}
