"""One answer to a criterion question, as the conversation handles it.

The rule the form validation follows, in plain Python:
  1. a crisis in the message comes first: help lines, the answer is not taken;
  2. a pending check-back ("Begrijp ik goed dat ...?") answered yes or no;
  3. a button payload (/answer{"criterion_value": ..., "criterion": ...}),
     validated again; a button of another question (sent twice, or late) is
     not taken: the question asked now comes again;
  4. free text, interpreted by bot.interpret: certain -> taken, unsure ->
     check back first, not understood -> ask again.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from bot import dialogue
from bot.crisis import is_crisis, kinds, unclear_but_maybe_urgent
from bot.criteria import UNKNOWN, VALUES
from bot.dialogue import Message
from bot.interpret import interpret_answer, rather_not_say


@dataclass(frozen=True)
class Step:
    value: str | None = None  # the criterion value taken, or None (ask again)
    pending: str | None = None  # a value to check back first ("<criterion>:<value>")
    say: Message | None = None  # what to say before the next question


def pending_for(criterion_id: str, pending: str | None) -> str | None:
    """The value waiting for a check-back on this criterion, if any."""
    prefix = criterion_id + ":"
    if pending and pending.startswith(prefix) and pending[len(prefix) :] in VALUES:
        return pending[len(prefix) :]
    return None


def next_step(
    criterion_id: str,
    text: str,
    *,
    intent: str | None = None,
    confidence: float = 0.0,
    entities: Iterable[Mapping] = (),
    pending: str | None = None,
    button_value: str | None = None,
    button_for: str | None = None,
) -> Step:
    if is_crisis(text):
        # The crisis net (bot/crisis.py) when the classifier missed it: help lines first.
        return Step(say=dialogue.crisis(text))
    waiting = pending_for(criterion_id, pending)
    if waiting is not None:
        if intent == "affirm":
            return Step(value=waiting)
        if intent == "deny":
            return Step(say=dialogue.say("question.check_back_denied"))
    if intent == dialogue.ANSWER_INTENT:  # a button (or a typed payload)
        if button_for is not None and button_for != criterion_id:
            return Step()  # an answer to another question: ask the current one again
        if button_value in VALUES:
            return Step(value=button_value)
        return Step(say=dialogue.say("question.unknown_value"))
    result = interpret_answer(criterion_id, text, intent=intent, confidence=confidence, entities=entities)
    if result.reason == "meaning":
        return Step(say=dialogue.explain(criterion_id))  # "wa bedoelt ge?": the question in other words
    if result.value is None:
        # not understood; when the crisis detector thinks it may be urgent, ask that first
        if unclear_but_maybe_urgent(text):
            return Step(say=dialogue.maybe_crisis())
        return Step(say=dialogue.say("question.not_understood"))
    if result.certain:
        return Step(value=result.value)
    return Step(pending=f"{criterion_id}:{result.value}")


def answer_after_not_urgent(criterion_id: str, text: str) -> Step:
    """The parent said no to "Gaat het over iets dringends?" (asked because of a message typed at this
    question): that message, when it reads as an answer, is checked back ("Begrijp ik goed dat ...?") so
    the parent need not type it again. Always a check-back, never taken silently: the classifier thought
    of a crisis, and after the detour the parent sees what was understood. Not understood, or a crisis
    after all: nothing (the question is asked again)."""
    if not text or text.lstrip().startswith("/") or is_crisis(text) or kinds(text, supported=True):
        return Step()  # a weaker sign of the net ("hij slaat") is not an answer, whatever the parent said
    result = interpret_answer(criterion_id, text)
    if result.value is None:
        return Step()
    return Step(pending=f"{criterion_id}:{result.value}")


def why_asked(criterion_id: str, text: str) -> Step:
    """ "Waarom vraag je dat?" at a question: the reason, and the question again. Said with a refusal
    ("waarom moet u dat weten? ik zeg het liever niet"): the reason, and the refusal is the answer
    (unknown), so the parent need not refuse a second time. Said with an answer: the reason, and the
    answer taken, or checked back when it is unsure or told next to a refusal."""
    if text.lstrip().startswith("/"):
        return Step(say=dialogue.explanation(criterion_id))
    told = interpret_answer(criterion_id, text)
    answered = told.value not in (None, UNKNOWN)
    if answered and told.certain:
        # (blind rounds 170-173) "mijn man werk magazijn, 2300 netto. geen lening. waarom u wil weten?": the answer
        # given with the question is taken, so the parent need not type it again
        return Step(value=told.value, say=dialogue.explanation(criterion_id))
    if rather_not_say(text):
        if answered:
            # (blind rounds 162-169) "waarom moet ge da weten? mijne man werkt, da's genoeg": the answer told all
            # the same is checked back
            return Step(pending=f"{criterion_id}:{told.value}", say=dialogue.explanation(criterion_id))
        return Step(value=UNKNOWN, say=dialogue.explanation(criterion_id, refused=True))
    return Step(say=dialogue.explanation(criterion_id))
