"""Explicit consent (issue 10): both consents - the referral and sharing the
answers (health data, GDPR art. 9) - are given only by the consent button or an
explicit typed phrase, never by a plain 'ja'; and the consent event is told
when (the moment of that message) and how (button, typed phrase, desk) it was
given. The rules are plain functions of bot/consent.py on plain data: the
catalogue for the phrases, Rasa's tracker events as dicts for the moment.
"""
from __future__ import annotations

import datetime as dt

import pytest

from bot import consent, dialogue
from bot.consent import (
    CONSENT_PAYLOAD,
    METHOD_CHAT,
    METHOD_DESK,
    METHOD_TYPED,
    NO,
    REFERRAL,
    SHARE_ANSWERS,
    YES,
    Indication,
    consent_answer,
    explicit_phrases,
    indication,
    indications,
    method_of,
)
from bot.messages import text

KINDS = [REFERRAL, SHARE_ANSWERS]
# Moments far from any save time: 2 December 2024, 09:00:00 UTC and a bit later.
T1 = dt.datetime(2024, 12, 2, 9, 0, 0, tzinfo=dt.timezone.utc)
T2 = T1 + dt.timedelta(seconds=41)


# -- what counts as yes ------------------------------------------------------------------

@pytest.mark.parametrize("kind", KINDS)
def test_the_consent_button_payload_is_yes(kind):
    assert consent_answer(kind, CONSENT_PAYLOAD, "give_consent") == YES


@pytest.mark.parametrize("kind, typed", [
    (REFERRAL, "Ja, ik geef toestemming"),
    (REFERRAL, "ja ik geef toestemming!"),
    (REFERRAL, "Ik geef toestemming."),
    (REFERRAL, "ik geef mijn toestemming"),
    (REFERRAL, "IK GA AKKOORD"),
    (SHARE_ANSWERS, "Ja, deel mijn antwoorden"),
    (SHARE_ANSWERS, "ja deel mijn antwoorden."),
    (SHARE_ANSWERS, "Deel mijn antwoorden"),
    (SHARE_ANSWERS, "je mag mijn antwoorden delen"),
    (SHARE_ANSWERS, "Ja, ik geef toestemming"),
    (SHARE_ANSWERS, "mijn antwoorden mogen mee"),
])
@pytest.mark.parametrize("intent", [None, "affirm", "inform", "nlu_fallback"])
def test_an_explicit_typed_phrase_is_yes_whatever_the_classifier_says(kind, typed, intent):
    assert consent_answer(kind, typed, intent) == YES


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("typed", ["ja", "Ja!", "ok", "oké", "goed", "ja graag", "Ja, graag", "jaja", "ja ja",
                                   "akkoord", "/affirm", "/ik geef toestemming"])
@pytest.mark.parametrize("intent", ["affirm", "give_consent", None])
def test_a_plain_yes_is_never_consent_at_any_intent(kind, typed, intent):
    """A plain yes, however confident the classifier (even 'give_consent'), checks back."""
    assert consent_answer(kind, typed, intent) is None


def test_each_consent_has_its_own_phrases():
    # the share button's words say nothing about passing on name and contact details
    assert consent_answer(REFERRAL, text("button.share_yes"), "affirm") is None
    assert consent_answer(SHARE_ANSWERS, text("button.share_yes"), "affirm") == YES


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("typed, intent", [("nee", "deny"), ("/deny", "deny"), ("Nee", None),
                                           ("Nee, alleen naam en contact", None)])
def test_no_stays_no(kind, typed, intent):
    assert consent_answer(kind, typed, intent) == NO


def test_the_phrases_are_the_button_titles_of_the_catalogue_and_close_variants():
    referral, share = explicit_phrases(REFERRAL), explicit_phrases(SHARE_ANSWERS)
    assert {"ik geef toestemming", "de ouder gaf toestemming"} <= referral      # button titles without 'ja'
    assert {"deel mijn antwoorden", "de ouder gaf ook hiervoor toestemming"} <= share
    for phrases in (referral, share):
        assert not phrases & {"ja", "ok", "oke", "goed", "graag", "akkoord", ""}


# -- the questions and the check back ----------------------------------------------------

@pytest.mark.parametrize("mode, yes", [(dialogue.FAMILY, "button.share_yes"), (dialogue.STAFF, "button.share_yes_staff")])
def test_the_share_question_has_its_own_explicit_button(mode, yes):
    message = dialogue.share_answers_question(mode)
    assert message.buttons == [(text(yes), CONSENT_PAYLOAD), (text("button.share_no"), "/deny")]
    assert text("button.share_yes") != text("button.consent_yes")


@pytest.mark.parametrize("kind, mode, key", [
    (REFERRAL, dialogue.FAMILY, "consent.needs_explicit_yes"),
    (REFERRAL, dialogue.STAFF, "consent.needs_explicit_yes_staff"),
    (SHARE_ANSWERS, dialogue.FAMILY, "consent.share_needs_explicit_yes"),
    (SHARE_ANSWERS, dialogue.STAFF, "consent.share_needs_explicit_yes_staff"),
])
def test_the_check_back_says_what_the_yes_means_and_shows_the_buttons_again(kind, mode, key):
    question = (dialogue.referral_consent_question if kind == REFERRAL else dialogue.share_answers_question)(mode)
    message = dialogue.consent_check_back(kind, mode)
    assert message.text == text(key)
    assert message.buttons == question.buttons
    for title, _payload in message.buttons[:2]:              # the yes and the no, by their exact titles
        assert f"'{title}'" in message.text
    assert ("gezondheid" in message.text) == (kind == SHARE_ANSWERS)


# -- when and how: from the conversation's events -----------------------------------------

def user(typed: str, at: dt.datetime | float | None) -> dict:
    stamp = at.timestamp() if isinstance(at, dt.datetime) else at
    return {"event": "user", "text": typed, "timestamp": stamp, "parse_data": {"text": typed}}


def slot(name: str, value) -> dict:
    return {"event": "slot", "name": name, "value": value}


def conversation(*, referral_text=CONSENT_PAYLOAD, share_text="Ja, deel mijn antwoorden") -> list:
    """The events Rasa keeps: each user message, the value extracted from it
    (from_text), then the value the validation set; later, the form re-validates
    the filled slots (the same YES again, after another message)."""
    return [
        {"event": "session_started", "timestamp": T1.timestamp() - 600},
        user("ja", T1 - dt.timedelta(seconds=20)),
        slot("referral_consent", "ja"), slot("referral_consent", None),        # a plain yes: checked back
        user(referral_text, T1),
        slot("referral_consent", referral_text), slot("referral_consent", YES),
        user(share_text, T2 + dt.timedelta(microseconds=750_000)),
        slot("share_answers", share_text), slot("share_answers", YES),
        user("Griet", T2 + dt.timedelta(seconds=30)),
        slot("referral_consent", YES), slot("share_answers", YES),             # kept, not given again
        slot("contact_name", "Griet"),
    ]


def test_the_moment_is_the_message_that_gave_the_consent_and_the_method_how():
    found = indications(conversation(), staff=False)
    assert found == {REFERRAL: Indication(T1, METHOD_CHAT), SHARE_ANSWERS: Indication(T2, METHOD_TYPED)}
    assert found[SHARE_ANSWERS].at.utcoffset() == dt.timedelta(0)            # UTC, to the second


def test_a_typed_referral_consent_is_a_typed_phrase():
    found = indications(conversation(referral_text="Ik geef toestemming"), staff=False)
    assert found[REFERRAL] == Indication(T1, METHOD_TYPED)


def test_at_the_desk_the_worker_confirms_verbal_consent():
    found = indications(conversation(), staff=True)
    assert found == {REFERRAL: Indication(T1, METHOD_DESK), SHARE_ANSWERS: Indication(T2, METHOD_DESK)}


@pytest.mark.parametrize("typed, staff, method", [
    (CONSENT_PAYLOAD, False, METHOD_CHAT), ('/give_consent{"x": 1}', False, METHOD_CHAT),
    ("Ja, ik geef toestemming", False, METHOD_TYPED), (CONSENT_PAYLOAD, True, METHOD_DESK),
    ("Ja, de ouder gaf toestemming", True, METHOD_DESK),
])
def test_method_of(typed, staff, method):
    assert method_of(typed, staff) == method


def test_no_consent_no_moment():
    events = [user("nee", T1), slot("referral_consent", NO)]
    assert indications(events, staff=False) == {}
    assert indication([], "referral_consent", staff=False) is None


def test_a_consent_refused_after_it_was_given_has_no_moment():
    events = conversation() + [user("nee", T2 + dt.timedelta(minutes=2)), slot("share_answers", NO)]
    assert set(indications(events, staff=False)) == {REFERRAL}


def test_after_a_restart_only_a_new_consent_counts():
    events = conversation() + [{"event": "restart"}]
    assert indications(events, staff=False) == {}
    later = T2 + dt.timedelta(minutes=5)
    events += [user(CONSENT_PAYLOAD, later), slot("referral_consent", YES)]
    assert indications(events, staff=False) == {REFERRAL: Indication(later, METHOD_CHAT)}


def test_given_again_after_a_no_is_the_new_moment():
    later = T2 + dt.timedelta(minutes=3)
    events = conversation() + [user("nee", later - dt.timedelta(seconds=5)), slot("referral_consent", NO),
                               user(CONSENT_PAYLOAD, later), slot("referral_consent", YES)]
    assert indications(events, staff=False)[REFERRAL] == Indication(later, METHOD_CHAT)


def test_a_message_without_a_timestamp_gives_no_moment():
    events = [user(CONSENT_PAYLOAD, None), slot("referral_consent", YES)]
    assert indications(events, staff=False) == {}


def test_the_slot_names_are_the_referral_form_slots():
    assert set(consent.SLOT_OF.values()) <= set(dialogue.REFERRAL_SLOTS)
