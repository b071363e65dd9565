"""What the assistant says, built from the data in bot/ (no Rasa imports).

Every builder returns a `Message`: text, buttons (title, payload) and an
optional machine-readable `custom` payload for the web chat and test drivers.
Texts come from the message catalogue (bot/messages.py), criterion texts from
criteria.yml, consent notices from consent.yml. Payloads starting with '/' are
intents; any value they carry is validated again in the form validation,
because a user can type such a payload by hand.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from bot import consent
from bot.criteria import CriteriaSet, criteria
from bot.help import DUTCH, crisis_lines, crisis_reply_language
from bot.messages import text
from bot.scoring import Score

FAMILY, STAFF = "family", "staff"
ANSWER_INTENT = "answer"  # /answer{"criterion_value": "..."}
ANSWER_ENTITY = "criterion_value"
# The question a button answers: an answer that arrives twice (a retry on another
# server after a failover) or late is not taken for the question asked now.
ANSWER_FOR_ENTITY = "criterion"

# The slots of the referral form, in order; all personal, forgotten after saving.
CONTACT_SLOTS = (
    "contact_name",
    "contact_phone",
    "contact_email",
    "contact_municipality",
    "contact_best_time",
    "contact_confirmed",
)
REFERRAL_SLOTS = ("referral_consent", "share_answers") + CONTACT_SLOTS


@dataclass
class Message:
    text: str
    buttons: list[tuple[str, str]] = field(default_factory=list)
    custom: dict[str, Any] | None = None


def buttons(pairs: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """(text key, payload) pairs -> (title, payload) pairs."""
    return [(text(key), payload) for key, payload in pairs]


def say(
    key: str, pairs: Sequence[tuple[str, str]] = (), custom: dict[str, Any] | None = None, **values: Any
) -> Message:
    """A catalogue text as a message; `pairs` are (button key, payload) pairs."""
    return Message(text(key, **values), buttons(pairs), custom)


def answer_payload(value: str, criterion_id: str | None = None) -> str:
    entities = (
        {ANSWER_ENTITY: value} if criterion_id is None else {ANSWER_ENTITY: value, ANSWER_FOR_ENTITY: criterion_id}
    )
    return "/" + ANSWER_INTENT + json.dumps(entities)


def join(labels: Sequence[str]) -> str:
    """'a', 'a en b', 'a, b en c'."""
    if len(labels) <= 1:
        return "".join(labels)
    return ", ".join(labels[:-1]) + f" {text('result.and')} " + labels[-1]


# --- start and help ----------------------------------------------------------
def intro(defs: CriteriaSet | None = None) -> Message:
    notice = consent.notice(consent.CHAT_USE, total=len((defs or criteria()).ids))
    return Message(
        text("intro") + "\n" + notice.text,
        buttons(
            [("button.start_fine", "/affirm"), ("button.start_no", "/deny"), ("button.want_person", "/talk_to_person")]
        ),
    )


def no_chat() -> Message:
    return say("no_chat", [("button.start_anyway", "/affirm"), ("button.talk_to_person", "/talk_to_person")])


def staff_intro(staff_id: str, defs: CriteriaSet | None = None) -> Message:
    return say("staff.intro", staff_id=staff_id, total=len((defs or criteria()).ids))


# A message whose custom has "ended": true ends the conversation: the tracker
# store forgets it at once (bot/conversation_state.py); the web chat drops its id.
def stopped() -> Message:
    return say("stopped", [("button.restart", "/restart")], {"stopped": True, "ended": True})


def stop_check() -> Message:
    """A typed message only the classifier took for "stop": ask before everything is forgotten."""
    return say("stop_check", [("button.stop_yes", "/stop"), ("button.resume", "/resume")], {"stop_check": True})


def fallback(second_time: bool, message: str = "") -> Message:
    """Two stages: first ask to rephrase, then offer clear choices. A message the crisis
    detector scores as maybe urgent (bot.crisis.unclear_but_maybe_urgent): the gentle question."""
    from bot.crisis import unclear_but_maybe_urgent  # bot.crisis -> bot.interpret: not at import time

    if unclear_but_maybe_urgent(message):
        return maybe_crisis()
    if not second_time:
        return say("fallback.rephrase")
    return say(
        "fallback.choices",
        [
            ("button.resume", "/resume"),
            ("button.talk_to_person", "/talk_to_person"),
            ("button.privacy", "/ask_privacy"),
            ("button.stop", "/stop"),
        ],
    )


def crisis(message: str, *, confirmed: bool = False) -> Message:
    """The help lines for the kind of crisis the message names (bot/crisis.py),
    most urgent first; then a person to talk to, going on, or stopping.

    A crisis written in English, French, Turkish or Arabic (bot.help.crisis_reply_language)
    gets the same help lines in that language (other_language_crisis.<code>), bilingual
    buttons as `other_language` has them, and `custom` names the language.
    `confirmed`: the person said yes to "Gaat het over iets dringends?" about `message`."""
    language = crisis_reply_language(message)
    if language == DUTCH:
        body = "\n".join([text("crisis.intro"), crisis_lines(message, confirmed=confirmed), text("crisis.outro")])
        return Message(
            body,
            buttons(
                [("button.talk_to_person", "/talk_to_person"), ("button.resume", "/resume"), ("button.stop", "/stop")]
            ),
            {"crisis": True},
        )
    own = f"other_language_crisis.{language}."
    body = "\n".join([text(own + "intro"), crisis_lines(message, language, confirmed=confirmed), text(own + "outro")])

    def both(dutch: str, own_key: str) -> str:
        return text("other_language.button", dutch=text(dutch), own=text(own_key))

    return Message(
        body,
        [
            (both("button.talk_to_person", f"other_language.{language}.person"), "/talk_to_person"),
            (both("button.resume", own + "resume"), "/resume"),
            (both("button.stop", own + "stop"), "/stop"),
        ],
        {"crisis": True, "language": language},
    )


def maybe_crisis() -> Message:
    """Only the classifier thought of a crisis: ask gently before stopping anything.
    /crisis gives the help lines, /resume goes back to the questions."""
    return say(
        "crisis.ask", [("button.urgent_yes", "/crisis"), ("button.urgent_no", "/resume")], {"maybe_crisis": True}
    )


# --- the questions -------------------------------------------------------------
def question(criterion_id: str, mode: str = FAMILY, defs: CriteriaSet | None = None) -> Message:
    defs = defs or criteria()
    crit = defs.get(criterion_id)
    index, total = defs.index_of(criterion_id), len(defs.ids)
    meta = {"criterion": criterion_id, "index": index, "total": total}
    if mode == STAFF:
        return Message(
            text(
                "question.staff", index=index, total=total, label=crit.label.capitalize(), question=crit.staff_question
            ),
            [(o.title, answer_payload(o.value, criterion_id)) for o in defs.staff_options],
            meta,
        )
    options = [(o.title, answer_payload(o.value, criterion_id)) for o in crit.options]
    options.append((text("button.why"), "/ask_why"))
    return Message(text("question.family", index=index, total=total, question=crit.family_question), options, meta)


def check_back(criterion_id: str, value: str, defs: CriteriaSet | None = None) -> Message:
    crit = (defs or criteria()).get(criterion_id)
    return say(
        "question.check_back",
        [("button.yes_right", "/affirm"), ("button.deny", "/deny")],
        {"criterion": criterion_id, "check_back": value},
        meaning=crit.check_back[value],
    )


def explanation(criterion_id: str, defs: CriteriaSet | None = None, *, refused: bool = False) -> Message:
    """Why the question is asked; `refused`: said with "you need not say it, we go on"."""
    return say("question.why_refused" if refused else "question.why", why=(defs or criteria()).get(criterion_id).why)


def explain(criterion_id: str, defs: CriteriaSet | None = None) -> Message:
    """The question in other words, for a parent who does not understand it ("wa bedoelt ge?")."""
    crit = (defs or criteria()).get(criterion_id)
    return say("question.explain", explain=crit.explain or crit.family_question)


def which_answer(defs: CriteriaSet | None = None) -> Message:
    labels = (defs or criteria()).labels()
    return Message(
        text("question.which_answer"),
        [(label.capitalize(), '/change_answer{"criterion": "%s"}' % cid) for cid, label in labels.items()],
    )


def result(score: Score, mode: str = FAMILY, defs: CriteriaSet | None = None) -> Message:
    """The result, kindly: 'signals in X of the N areas', never a label."""
    defs = defs or criteria()
    labels = defs.labels()
    total = len(defs.ids)
    weak = [labels[c] for c in score.inadequate_ids]
    unknown = [labels[c] for c in score.unknown_ids]
    meta = {"score": score.score, "unknown": score.unknown, "vulnerable": score.vulnerable}
    if mode == STAFF:
        lines = [
            text("result.staff_score", score=score.score, total=total, weak=f" ({join(weak)})" if weak else ""),
            text("result.staff_unknown", unknown=score.unknown, labels=f" ({join(unknown)})" if unknown else ""),
            text(
                "result.staff_threshold_reached" if score.vulnerable else "result.staff_threshold_not_reached",
                threshold=score.threshold,
            ),
        ]
        return Message(
            "\n".join(lines), buttons([("button.register_referral", "/affirm"), ("button.no_referral", "/deny")]), meta
        )
    lines = [
        text("result.family_some", score=score.score, total=total, weak=join(weak))
        if score.score
        else text("result.family_none")
    ]
    if unknown:
        lines.append(text("result.family_unknown", unknown=join(unknown)))
    choices = [("button.yes_please", "/affirm"), ("button.no_thanks", "/deny")]
    if score.vulnerable:
        lines.append(text("result.family_vulnerable"))
        choices.append(("button.question", "/ask_question"))
    else:
        lines.append(text("result.family_not_vulnerable"))
    return Message("\n".join(lines), buttons(choices), meta)


# --- consent and contact -------------------------------------------------------
def _consent_buttons(kind: str, mode: str) -> list[tuple[str, str]]:
    """The buttons of a consent question: an explicit yes (the consent payload), no."""
    if kind == consent.REFERRAL:
        if mode == STAFF:
            return buttons([("button.consent_yes_staff", consent.CONSENT_PAYLOAD), ("button.deny", "/deny")])
        return buttons(
            [
                ("button.consent_yes", consent.CONSENT_PAYLOAD),
                ("button.deny", "/deny"),
                ("button.question", "/ask_question"),
            ]
        )
    yes = "button.share_yes_staff" if mode == STAFF else "button.share_yes"
    return buttons([(yes, consent.CONSENT_PAYLOAD), ("button.share_no", "/deny")])


def referral_consent_question(mode: str = FAMILY) -> Message:
    notice = consent.notice(consent.REFERRAL)
    if mode == STAFF:
        body = "\n".join([text("consent.staff_read_aloud"), notice.text, text("consent.staff_confirm")])
        return Message(body, _consent_buttons(consent.REFERRAL, mode))
    return Message(notice.text, _consent_buttons(consent.REFERRAL, mode))


def share_answers_question(mode: str = FAMILY) -> Message:
    return Message(consent.notice(consent.SHARE_ANSWERS).text, _consent_buttons(consent.SHARE_ANSWERS, mode))


def consent_check_back(kind: str, mode: str = FAMILY) -> Message:
    """After an answer to a consent question that is not explicit (a plain
    'ja', 'ok'): what the yes means, and the buttons again."""
    staff = mode == STAFF
    if kind == consent.REFERRAL:
        key = "consent.needs_explicit_yes_staff" if staff else "consent.needs_explicit_yes"
    else:
        key = "consent.share_needs_explicit_yes_staff" if staff else "consent.share_needs_explicit_yes"
    return Message(text(key), _consent_buttons(kind, mode))


def contact_question(slot: str) -> Message:
    """The question for a contact slot (contact_name ... contact_best_time)."""
    choices = {
        "contact_phone": [("button.prefer_email", "/deny")],
        "contact_email": [("button.no_email", "/deny")],
        # A moment button sends its own title, in lower case, as the answer.
        "contact_best_time": [
            (key, text(key).lower())
            for key in ("button.morning", "button.afternoon", "button.evening", "button.any_time")
        ],
    }.get(slot, [])
    return say(f"contact.ask.{slot.removeprefix('contact_')}", choices)


def contact_summary(
    contact: dict[str, str | None], municipality: str | None, recipient: str | None, share_answers: bool
) -> Message:
    empty = text("contact.empty")
    return say(
        "contact.summary",
        [("button.yes_right", "/affirm"), ("button.change", "/deny")],
        name=contact.get("name"),
        phone=contact.get("phone") or empty,
        email=contact.get("email") or empty,
        best_time=contact.get("best_time") or empty,
        municipality=municipality or text("contact.unknown_place"),
        recipient=recipient or text("contact.unknown_place"),
        share=text("contact.share_yes" if share_answers else "contact.share_no"),
    )


def saved(reference: str, recipient: str) -> Message:
    return say(
        "referral.saved", custom={"reference": reference, "ended": True}, reference=reference, recipient=recipient
    )


def no_contact_wanted() -> Message:
    return say(
        "referral.not_wanted",
        [("button.restart", "/restart"), ("button.talk_to_person", "/talk_to_person")],
        {"ended": True},
    )


def save_failed() -> Message:
    return say("referral.save_failed", [("button.retry", "/retry")])


# --- withdrawal and staff login ---------------------------------------------------
def ask_withdraw_reference() -> Message:
    return say("withdraw.ask_reference", [("button.no_code", "/talk_to_person"), ("button.stop", "/stop")])


def withdraw_unavailable() -> Message:
    return say("withdraw.unavailable", [("button.retry", "/withdraw_consent")])


def withdrawn(reference: str) -> Message:
    return say("withdraw.done", custom={"withdrawn": reference, "ended": True}, reference=reference)


def ask_staff_code() -> Message:
    # The web chat hides the next input (password field).
    return say("staff.ask_code", custom={"secret": True})


# --- other languages ----------------------------------------------------------------
def other_language(language: str | None) -> Message:
    """For someone who wrote in another language (bot/language.py), in that
    language (English when there are no texts for it): the assistant only writes
    Dutch, how to reach a person and an interpreter, and the offer to go on in
    simple Dutch. The buttons are bilingual; `custom` names the language shown."""
    from bot.language import answer_language

    code = answer_language(language)
    own = f"other_language.{code}."
    return Message(
        text(own + "text"),
        [
            (text("other_language.button", dutch=text("other_language.resume"), own=text(own + "resume")), "/resume"),
            (
                text("other_language.button", dutch=text("button.talk_to_person"), own=text(own + "person")),
                "/talk_to_person",
            ),
        ],
        {"language": code},
    )
