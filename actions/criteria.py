"""The criteria questions: ask, validate the answer, explain, change, show the result.

The criterion set and its order come from criteria.yml (bot.criteria): the form
asks them in that order, whatever order domain.yml lists them in.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.common import (
    StapsteenAction,
    StapsteenFormValidation,
    answers_of,
    count_crisis,
    criterion_ids,
    entity,
    latest,
    mode_of,
    send,
)
from bot import dialogue
from bot.answers import Step, next_step, why_asked
from bot.criteria import criteria
from bot.scoring import score_answers

CRITERIA_FORM = "criteria_form"


def _asking(cid: str) -> type:
    class _Ask(StapsteenAction):
        def name(self) -> str:
            return f"action_ask_{cid}"

        async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
            pending = tracker.get_slot("pending_value") or ""
            if pending.startswith(cid + ":"):
                send(dispatcher, dialogue.check_back(cid, pending.split(":", 1)[1]))
            else:
                send(dispatcher, dialogue.question(cid, mode_of(tracker)))
            return []

    _Ask.__name__ = _Ask.__qualname__ = f"ActionAsk_{cid}"
    return _Ask


#: One ask action per criterion of criteria.yml (action_ask_<id>).
ASK_ACTIONS: dict[str, type] = {cid: _asking(cid) for cid in criterion_ids()}


def validate_criterion(cid: str, dispatcher: CollectingDispatcher, tracker: Tracker) -> dict[str, Any]:
    text, intent, confidence, entities = latest(tracker)
    step: Step = next_step(
        cid,
        text,
        intent=intent,
        confidence=confidence,
        entities=entities,
        pending=tracker.get_slot("pending_value"),
        button_value=entity(tracker, dialogue.ANSWER_ENTITY),
        button_for=entity(tracker, dialogue.ANSWER_FOR_ENTITY),
    )
    counted: dict[str, Any] = {}
    if step.say is not None:
        send(dispatcher, step.say)
        if (step.say.custom or {}).get("crisis"):
            counted = count_crisis(tracker, text)  # the anonymous figures (bot/figures.py)
    return {cid: step.value, "pending_value": step.pending, **counted}


class ValidateCriteriaForm(StapsteenFormValidation):
    """validate_<criterion> for every criterion of criteria.yml."""

    def name(self) -> str:
        return "validate_criteria_form"

    async def required_slots(
        self, domain_slots: list[str], dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[str]:
        return criterion_ids()

    def __getattr__(self, name: str) -> Callable[..., Coroutine[Any, Any, dict[str, Any]]]:
        cid = name.removeprefix("validate_")
        if name.startswith("validate_") and cid in criterion_ids():

            async def _validate(
                value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
            ) -> dict[str, Any]:
                return validate_criterion(cid, dispatcher, tracker)

            return _validate
        raise AttributeError(name)


class ActionExplain(StapsteenAction):
    def name(self) -> str:
        return "action_explain"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        slot = tracker.get_slot("requested_slot")
        if slot in criterion_ids():
            step = why_asked(slot, latest(tracker)[0])
            if step.say is not None:
                send(dispatcher, step.say)
            if step.value is not None:
                return [SlotSet(slot, step.value), SlotSet("pending_value", None)]
            if step.pending is not None:
                return [SlotSet("pending_value", step.pending)]  # the answer told with the refusal, checked back
        elif slot in dialogue.REFERRAL_SLOTS:
            send(dispatcher, dialogue.say("question.why_contact"))
        else:
            send(dispatcher, dialogue.say("question.why_general"))
        return []


class ActionChangeAnswer(StapsteenAction):
    def name(self) -> str:
        return "action_change_answer"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        cid = entity(tracker, "criterion")
        if cid not in criterion_ids():
            send(dispatcher, dialogue.which_answer())
            return []
        send(dispatcher, dialogue.say("question.change", label=criteria().labels()[cid]))
        return [
            SlotSet(cid, None),
            SlotSet("pending_value", None),
            SlotSet("chat_consent", True),
            FollowupAction(CRITERIA_FORM),
        ]


class ActionShowResult(StapsteenAction):
    def name(self) -> str:
        return "action_show_result"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        answers = answers_of(tracker)
        if len(answers) < len(criterion_ids()):
            return [FollowupAction(CRITERIA_FORM)]
        send(dispatcher, dialogue.result(score_answers(answers), mode_of(tracker)))
        return []
