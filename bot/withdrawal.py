"""Withdrawing consent with the reference code, in the chat and on the privacy
page (issue 10). No Rasa imports: actions/withdrawal.py and web/withdraw.py adapt.

The rules:

- **As easy as consent.** The code, then one choice that is also the
  confirmation: withdraw everything (`ALL`: the contact request and the
  answers), only the answers (`ANSWERS`: the referral stays, a worker still
  calls), or "Toch niet" (`CANCEL`). Nothing is erased before that choice.
- **Not revealing.** A code that is unknown, one already withdrawn and a real
  one get the same answer, which depends only on the choice (`answered`). So
  whoever guesses codes learns nothing from the answer.
- **Audited.** A known code: the store's own events (`withdraw`,
  `withdraw_again`, `withdraw_answers`, `withdraw_answers_again`); an unknown
  one: `withdraw.unknown_code` without the code or anything personal.
- **Throttled.** In one chat conversation at most MAX_ATTEMPTS codes are
  checked; then the chat stops asking and points to the desk (`withdraw.locked`,
  audited once). Every checked code counts, known or not: counting only the
  unknown ones would make the lock itself tell which codes exist. The web form
  has a rate limit per client instead (web/limits.py).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

from bot import consent
from bot.dialogue import Message, say
from bot.messages import text
from bot.normalise import said
from bot.store import ReferralNotFound, Store

ALL, ANSWERS, CANCEL = "all", "answers", "cancel"
WITHDRAWALS = (ALL, ANSWERS)  # the choices that change something
CHOICES = (*WITHDRAWALS, CANCEL)
MAX_ATTEMPTS = 3  # codes checked per chat conversation before the chat stops asking

CHAT, WEB = "chat", "web"  # where the request came from (audit detail)
METHOD_WEB = "privacy_page_form"  # the consent event's method for the web form
ACTOR = "self"  # the parent withdraws themselves

# The buttons send /inform{"withdraw_choice": "all"}; the entity is in domain.yml.
CHOICE_INTENT = "inform"
CHOICE_ENTITY = "withdraw_choice"
BUTTON_KEYS = {ALL: "button.withdraw_all", ANSWERS: "button.withdraw_answers", CANCEL: "button.withdraw_cancel"}
ANSWERED_KEYS = {ALL: "withdraw.answered_all", ANSWERS: "withdraw.answered_answers"}

# Typed choices (folded, see bot.normalise.said), besides the button titles.
_CANCEL_WORDS = ("toch niet", "toch nie", "liever niet", "laat maar", "annuleer", "annuleren", "niets")
_CANCEL_ALONE = ("nee", "neen", "niet", "nie", "ni", "nee bedankt", "nee dank je")
_ANSWER_WORDS = ("antwoord", "antwoorden", "antwoorde", "vragen")
_ALL_WORDS = ("alles", "allemaal", "volledig", "helemaal", "alle gegevens", "ook mijn naam")
_NEGATIONS = ("niet", "nie", "ni", "geen", "nee")


def choice_payload(choice: str) -> str:
    return "/" + CHOICE_INTENT + json.dumps({CHOICE_ENTITY: choice})


def _words(folded: str) -> set[str]:
    return set(folded.split())


def _has(folded: str, phrases: tuple[str, ...]) -> bool:
    padded = f" {folded} "
    return any(f" {p} " in padded for p in phrases)


def read_choice(typed: str, intent: str | None = None, button: str | None = None) -> str | None:
    """The choice of a button (its payload's entity, checked again: a payload can
    be typed by hand) or of typed words; None when it is not clear (ask again).
    'Only the answers' wins over 'all' in one sentence; 'all' with a negation
    ("niet alles") is not clear."""
    if button is not None:
        return button if intent == CHOICE_INTENT and button in CHOICES else None
    folded = said(typed)
    if not folded or folded.startswith("/"):
        return None
    titles = {said(text(key)): choice for choice, key in BUTTON_KEYS.items()}
    if folded in titles:
        return titles[folded]
    if folded in _CANCEL_ALONE or _has(folded, _CANCEL_WORDS):
        return CANCEL
    if _has(folded, _ANSWER_WORDS):
        return ANSWERS
    if _has(folded, _ALL_WORDS):
        return None if _words(folded) & set(_NEGATIONS) else ALL
    if intent == "deny":
        return CANCEL
    return None


def is_locked(attempts: int) -> bool:
    return attempts >= MAX_ATTEMPTS


@dataclass(frozen=True)
class Attempt:
    attempts: int  # codes checked so far in this conversation, this one included
    locked: bool  # the chat asks for no more codes


def withdraw(
    open_store: Callable[[], Store], reference: str, choice: str, *, channel: str, attempts: int = 0
) -> Attempt:
    """Carry out a confirmed `choice` (ALL or ANSWERS) for the code `reference`.

    The outcome says nothing about whether the code was known: the caller shows
    `answered(choice, reference)` in every case. An unknown code changes nothing
    and is audited without the code. Storage errors (StorageUnavailable) pass:
    then nothing changed and the attempt does not count.

    Blocking (database): the action server runs it in a thread."""
    if choice not in WITHDRAWALS:
        raise ValueError(f"not a withdrawal: {choice!r}")
    store = open_store()
    method = consent.METHOD_CHAT if channel == CHAT else METHOD_WEB
    try:
        if choice == ALL:
            store.withdraw(reference, ACTOR, method)
        else:
            store.withdraw_answers(reference, ACTOR, method)
    except ReferralNotFound:
        store.audit(ACTOR, "withdraw.unknown_code", None, {"channel": channel, "choice": choice})
    attempts += 1
    result = Attempt(attempts, is_locked(attempts))
    if channel == CHAT and attempts == MAX_ATTEMPTS:
        store.audit(ACTOR, "withdraw.locked", None, {"channel": channel, "attempts": attempts})
    return result


# --- what the chat says ---------------------------------------------------------------
def choice_buttons() -> list[tuple[str, str]]:
    return [(BUTTON_KEYS[c], choice_payload(c)) for c in CHOICES]


def ask_choice(reference: str) -> Message:
    """The confirmation step: what to withdraw, or "Toch niet". Nothing is erased before it."""
    return say("withdraw.ask_choice", choice_buttons(), reference=reference)


def not_a_choice() -> Message:
    return say("withdraw.not_a_choice", choice_buttons())


def answered(choice: str, reference: str) -> Message:
    """The same answer for a known, an unknown and an already withdrawn code."""
    return say(ANSWERED_KEYS[choice], custom={"withdraw": choice}, reference=reference)


def cancelled() -> Message:
    return say("withdraw.cancelled", custom={"withdraw": CANCEL})


def locked() -> Message:
    return say("withdraw.locked", [("button.talk_to_person", "/talk_to_person")], {"withdraw": "locked"})
