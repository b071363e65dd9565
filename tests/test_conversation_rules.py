"""The conversation rules that live in bot/ (the actions only call them):
one answer to a question, explicit consent, contact details, the staff lock-out."""
from __future__ import annotations

import pytest

from bot import contact
from bot.answers import next_step, pending_for
from bot.consent import NO, YES, referral_consent_answer, share_answers_answer
from bot.messages import text
from bot.staff import MAX_CODE_ATTEMPTS, add_staff, code_login

# -- one answer to a criterion question ----------------------------------------------


def test_a_crisis_comes_before_the_answer():
    step = next_step("housing", "mijn man slaat me", intent="answer_problem", confidence=0.99)
    assert step.value is None and step.pending is None
    assert step.say is not None and step.say.custom == {"crisis": True}


def test_a_button_value_is_taken_and_a_forged_one_is_refused():
    assert next_step("housing", '/answer{"criterion_value": "unknown"}', intent="answer",
                     button_value="unknown").value == "unknown"
    forged = next_step("housing", '/answer{"criterion_value": "rich"}', intent="answer", button_value="rich")
    assert forged.value is None and forged.say.text == text("question.unknown_value")


def test_an_unsure_answer_is_checked_back_then_confirmed_or_denied():
    unsure = next_step("housing", "het is hier wel klein", intent="answer_problem", confidence=0.5)
    assert unsure.value is None and unsure.pending == "housing:inadequate"
    assert next_step("housing", "ja", intent="affirm", pending=unsure.pending).value == "inadequate"
    denied = next_step("housing", "nee", intent="deny", pending=unsure.pending)
    assert denied.value is None and denied.pending is None
    assert denied.say.text == text("question.check_back_denied")


def test_a_pending_value_of_another_criterion_or_a_forged_one_is_ignored():
    assert pending_for("housing", "income:inadequate") is None
    assert pending_for("housing", "housing:rich") is None
    assert pending_for("housing", "housing:adequate") == "adequate"


def test_nonsense_is_not_understood():
    step = next_step("housing", "qwxz", intent="nlu_fallback", confidence=0.2)
    assert step.value is None and step.say.text == text("question.not_understood")


# -- consent --------------------------------------------------------------------------


@pytest.mark.parametrize("typed, intent, expected", [
    ("/give_consent", "give_consent", YES),
    ("Ja, ik geef toestemming.", "affirm", YES),          # the button's exact words, typed
    ("ik geef toestemming", None, YES),
    ("ja", "affirm", None),                               # a plain yes is never consent
    ("ok", "affirm", None),
    ("nee", "deny", NO),
    ("misschien", None, None),
])
def test_referral_consent_must_be_explicit(typed, intent, expected):
    assert referral_consent_answer(typed, intent) == expected


@pytest.mark.parametrize("typed, intent, expected", [
    ("/give_consent", "give_consent", YES),               # its own button
    ("Ja, deel mijn antwoorden.", "affirm", YES),          # the button's words, typed
    ("/affirm", "affirm", None),                          # a plain yes is never consent, not even a button
    ("ja", "give_consent", None),
    ("/deny", "deny", NO),
    ("wie ziet dat?", "ask_privacy", None),
    ("", None, None),
])
def test_sharing_the_answers_is_a_separate_explicit_yes_or_no(typed, intent, expected):
    assert share_answers_answer(typed, intent) == expected


# -- contact details --------------------------------------------------------------------


@pytest.mark.parametrize("typed, name", [
    ("Mijn naam is Griet", "Griet"), ("ik heet Ahmed", "Ahmed"), ("naam: Sofie", "Sofie"),
    ("An", "An"), ("<b>An</b>", None), ("/restart", None), ("12345", None), ("x" * 81, None), ("", None),
])
def test_a_name(typed, name):
    assert contact.parse_name(typed) == name


@pytest.mark.parametrize("typed, intent, phrases, declined", [
    ("geen", None, contact.NO_PHONE, True), ("Nee.", None, contact.NO_EMAIL, True),
    ("geen e-mail", None, contact.NO_EMAIL, True), ("x", "deny", contact.NO_PHONE, True),
    ("0470 12 34 56", None, contact.NO_PHONE, False),
])
def test_declining_a_channel(typed, intent, phrases, declined):
    assert contact.declines(typed, intent, phrases) is declined


def test_one_way_to_reach_the_family_is_needed_and_enough():
    slots = ["contact_name", "contact_phone", "contact_email", "contact_municipality"]
    assert contact.required_contact_slots(slots, "+32470123456") == \
        ["contact_name", "contact_phone", "contact_municipality"]
    assert contact.required_contact_slots(slots, contact.NONE) == slots
    assert contact.required_contact_slots(slots, None) == slots
    assert contact.reachable("+32470123456") and contact.reachable(contact.NONE, "a@b.be")
    assert not contact.reachable(contact.NONE, contact.NONE) and not contact.reachable(None)


def test_phone_email_and_place():
    assert contact.parse_phone("0470 12 34 56") == "+32470123456"
    assert contact.parse_phone("bel me maar") is None
    assert contact.parse_email(" An@Voorbeeld.be ") == "an@voorbeeld.be"
    assert contact.parse_email("an@") is None
    assert contact.parse_municipality("9000").name == "Gent"
    assert contact.parse_municipality("iets", entity="Sint-Niklaas").name == "Sint-Niklaas"
    assert contact.parse_municipality("Atlantis") is None


# -- staff chat code ------------------------------------------------------------------------


def test_staff_code_lock_out(store):
    code = add_staff(store, "an.peeters", "OCMW Gent")
    attempts = 0
    for n in range(1, MAX_CODE_ATTEMPTS + 1):
        login = code_login(lambda: store, "WRONG-CODE-1", attempts)
        assert login.staff_id is None and login.attempts == n
        assert login.locked is (n == MAX_CODE_ATTEMPTS)
        attempts = login.attempts
    right = code_login(lambda: store, code, 0)
    assert right.staff_id == "an.peeters" and not right.locked


def test_wrong_staff_codes_and_the_lock_out_are_audited_without_the_code(store):
    code = add_staff(store, "an.peeters", "OCMW Gent")
    before = len(store.audit_events())
    attempts = 0
    for _ in range(MAX_CODE_ATTEMPTS):
        attempts = code_login(lambda: store, "WRONG-CODE-7", attempts).attempts
    assert code_login(lambda: store, code, 0).staff_id == "an.peeters"
    events = [(e.actor, e.action, e.referral_reference, e.detail) for e in store.audit_events()[before:]]
    assert events == [("chat", "chat.staff_code.failed", None, {"attempts": 1}),
                      ("chat", "chat.staff_code.failed", None, {"attempts": 2}),
                      ("chat", "chat.staff_code.locked", None, {"attempts": 3})]
    assert "WRONG" not in str(events) and code not in str(events)


def test_staff_code_with_the_database_down_is_refused(store, break_database):
    code = add_staff(store, "an.peeters", "OCMW Gent")
    break_database()
    login = code_login(lambda: store, code, 0)
    assert login.staff_id is None and login.attempts == 1
