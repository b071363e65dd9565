"""Withdrawing consent (issue 10): storage (`withdraw_answers`, the full
withdrawal), the rules of bot/withdrawal.py (the choice, the same answer for
every code, the audit, the lock after MAX_ATTEMPTS codes) and the chat actions
that adapt them, on a real database (SQLite, and PostgreSQL when configured)."""

from __future__ import annotations

import pytest
from rasa_sdk.events import FollowupAction, Restarted, SlotSet

from actions import common
from actions.withdrawal import ActionAskWithdrawChoice, ActionWithdraw, ValidateWithdrawForm
from bot import withdrawal
from bot.consent import METHOD_CHAT, REFERRAL, SHARE_ANSWERS
from bot.messages import text
from bot.store import ReferralNotFound, StorageUnavailable, Store
from tests.test_actions import buttons, form_tracker, make_tracker, run, texts

UNKNOWN = "STP-2222-3333"


def consent_states(store, ref) -> list[tuple[str, str]]:
    return sorted((e.kind, e.state) for e in store.consent_events(ref))


def actions_of(store, ref=None) -> list[str]:
    return [e.action for e in store.audit_events(ref)]


# -- storage: only the answers ---------------------------------------------------------------


def test_withdrawing_the_answers_erases_them_and_keeps_the_referral(store, make_referral, person):
    ref = make_referral()
    before = store.get(ref)
    assert before["criteria"] and before["score"] is not None and before["share_answers"] is True
    assert store.withdraw_answers(ref.lower(), "self") == ref
    item = store.get(ref, with_contact=True, actor="test")
    assert item["status"] == "new" and item["contact"]["name"] == person["name"]  # the OCMW still calls
    assert (item["criteria"], item["score"], item["unknown"], item["vulnerable"]) == (None, None, None, None)
    assert item["share_answers"] is False and item["consent"]["withdrawn_at"] is None
    assert consent_states(store, ref) == [(REFERRAL, "given"), (SHARE_ANSWERS, "given"), (SHARE_ANSWERS, "withdrawn")]
    [ended] = [e for e in store.consent_events(ref) if e.state == "withdrawn"]
    assert (ended.recorded_by, ended.method) == ("self", METHOD_CHAT)
    assert actions_of(store, ref)[-2:] == ["withdraw_answers", "view_contact"]


def test_withdrawing_the_answers_twice_changes_nothing_more(store, make_referral):
    ref = make_referral()
    store.withdraw_answers(ref, "self")
    events, item = consent_states(store, ref), store.get(ref)
    assert store.withdraw_answers(ref, "self") == ref
    assert consent_states(store, ref) == events and store.get(ref) == item
    assert actions_of(store, ref)[-2:] == ["withdraw_answers", "withdraw_answers_again"]


@pytest.mark.parametrize("first", ["not shared", "all withdrawn"])
def test_withdrawing_answers_that_are_not_there_changes_nothing(store, make_referral, first):
    ref = make_referral(share_answers=first != "not shared")
    if first == "all withdrawn":
        store.withdraw(ref, "self")
    events, item = consent_states(store, ref), store.get(ref)
    store.withdraw_answers(ref, "self")
    assert consent_states(store, ref) == events and store.get(ref) == item
    assert actions_of(store, ref)[-1] == "withdraw_answers_again"


def test_the_full_withdrawal_ends_the_answers_consent_too_once(store, make_referral):
    ref = make_referral()
    store.withdraw(ref, "self")
    assert consent_states(store, ref) == [
        (REFERRAL, "given"),
        (REFERRAL, "withdrawn"),
        (SHARE_ANSWERS, "given"),
        (SHARE_ANSWERS, "withdrawn"),
    ]
    other = make_referral()
    store.withdraw_answers(other, "self")
    store.withdraw(other, "self")  # the answers' consent is not ended a second time
    assert consent_states(store, other) == [
        (REFERRAL, "given"),
        (REFERRAL, "withdrawn"),
        (SHARE_ANSWERS, "given"),
        (SHARE_ANSWERS, "withdrawn"),
    ]
    item = store.get(other, with_contact=True, actor="test")
    assert item["status"] == "withdrawn" and item["contact"] is None and item["criteria"] is None
    store.withdraw(other, "self")
    assert len(store.consent_events(other)) == 4 and actions_of(store, other)[-1] == "withdraw_again"


def test_withdrawing_the_answers_of_an_unknown_code_fails_and_changes_nothing(store, make_referral):
    ref = make_referral()
    with pytest.raises(ReferralNotFound):
        store.withdraw_answers(UNKNOWN, "self")
    assert store.get(ref)["criteria"] and len(store.audit_events()) == 1  # only `create`


# -- the rules of bot/withdrawal.py ------------------------------------------------------------


@pytest.mark.parametrize(
    "typed, intent, button, expected",
    [
        ('/inform{"withdraw_choice": "all"}', "inform", "all", withdrawal.ALL),
        ('/inform{"withdraw_choice": "answers"}', "inform", "answers", withdrawal.ANSWERS),
        ('/inform{"withdraw_choice": "cancel"}', "inform", "cancel", withdrawal.CANCEL),
        ('/inform{"withdraw_choice": "everything"}', "inform", "everything", None),  # a forged payload
        ('/affirm{"withdraw_choice": "all"}', "affirm", "all", None),
        ("Alles intrekken", None, None, withdrawal.ALL),  # the button titles, typed
        ("alleen mijn antwoorden.", None, None, withdrawal.ANSWERS),
        ("Toch niet", None, None, withdrawal.CANCEL),
        ("alles mag weg", "affirm", None, withdrawal.ALL),
        ("enkel de antwoorden aub", None, None, withdrawal.ANSWERS),
        ("niet alles, alleen de antwoorden", None, None, withdrawal.ANSWERS),
        ("niet alles", None, None, None),  # not clear: ask again
        ("nee", "deny", None, withdrawal.CANCEL),
        ("laat maar", None, None, withdrawal.CANCEL),
        ("neen dank u", "deny", None, withdrawal.CANCEL),
        ("ja", "affirm", None, None),  # a plain yes erases nothing
        ("STP-7KQ4-M2PX", "inform", None, None),
        ("", None, None, None),
    ],
)
def test_the_choice_is_read_from_the_button_or_clear_words(typed, intent, button, expected):
    assert withdrawal.read_choice(typed, intent, button) == expected


def test_known_unknown_and_withdrawn_codes_get_the_same_answer(store, make_referral):
    """The outcome holds nothing about the code; the text depends on the choice only."""
    ref, gone = make_referral(), make_referral()
    store.withdraw(gone, "self")
    for choice in withdrawal.WITHDRAWALS:
        for code in (ref, gone, UNKNOWN):
            assert withdrawal.withdraw(lambda: store, code, choice, channel=withdrawal.CHAT) == withdrawal.Attempt(
                1, False
            )
        answer = withdrawal.answered(choice, ref)
        assert answer.text == text(withdrawal.ANSWERED_KEYS[choice], reference=ref) and answer.custom == {
            "withdraw": choice
        }
        assert answer.text.startswith(f"Als de code {ref} bij ons bekend is")
    assert store.get(ref)["status"] == "withdrawn"


def test_an_unknown_code_is_audited_without_the_code_and_changes_nothing(store, make_referral):
    ref = make_referral()
    item = store.get(ref)
    withdrawal.withdraw(lambda: store, UNKNOWN, withdrawal.ALL, channel=withdrawal.WEB)
    [event] = [e for e in store.audit_events() if e.action == "withdraw.unknown_code"]
    assert event.referral_reference is None and event.actor == "self"
    assert event.detail == {"channel": "web", "choice": "all"} and UNKNOWN not in repr(event.detail)
    assert store.get(ref) == item


def test_a_real_code_is_withdrawn_as_chosen_with_the_method_of_the_channel(store, make_referral):
    answers_only, everything = make_referral(), make_referral()
    withdrawal.withdraw(lambda: store, answers_only.lower(), withdrawal.ANSWERS, channel=withdrawal.WEB)
    withdrawal.withdraw(lambda: store, everything, withdrawal.ALL, channel=withdrawal.CHAT)
    assert store.get(answers_only)["status"] == "new" and store.get(answers_only)["criteria"] is None
    assert store.get(everything)["status"] == "withdrawn"
    methods = {e.method for e in store.consent_events(answers_only) if e.state == "withdrawn"}
    assert methods == {withdrawal.METHOD_WEB}
    with pytest.raises(ValueError):
        withdrawal.withdraw(lambda: store, everything, withdrawal.CANCEL, channel=withdrawal.CHAT)


def test_the_chat_locks_after_three_codes_known_or_not_and_audits_the_lock_once(store, make_referral):
    ref = make_referral()
    attempts = 0
    for code in (UNKNOWN, ref, "STP-4444-5555"):
        result = withdrawal.withdraw(
            lambda: store, code, withdrawal.ANSWERS, channel=withdrawal.CHAT, attempts=attempts
        )
        attempts = result.attempts
    assert result == withdrawal.Attempt(withdrawal.MAX_ATTEMPTS, True) and withdrawal.is_locked(attempts)
    assert not withdrawal.is_locked(withdrawal.MAX_ATTEMPTS - 1)
    locks = [e for e in store.audit_events() if e.action == "withdraw.locked"]
    assert [(e.referral_reference, e.detail) for e in locks] == [(None, {"channel": "chat", "attempts": 3})]


def test_a_database_that_is_down_changes_nothing_and_is_not_counted(store, make_referral, break_database):
    ref = make_referral()
    break_database()
    with pytest.raises(StorageUnavailable):
        withdrawal.withdraw(lambda: store, ref, withdrawal.ALL, channel=withdrawal.CHAT, attempts=2)


# -- the chat actions --------------------------------------------------------------------------


@pytest.fixture
def chat_db(var_dir, sqlite_url, monkeypatch):
    """The action server's store on this test's SQLite file, and a reader of it."""
    monkeypatch.setenv("STAPSTEEN_DATABASE_URL", sqlite_url)
    monkeypatch.setattr(common, "_store", None)
    reader = Store(sqlite_url)
    yield reader
    reader.engine.dispose()
    if common._store is not None:
        common._store.engine.dispose()


def referral(reader) -> str:
    from bot.store import Contact
    from tests.oracle import answers

    return reader.create_referral(
        channel="web",
        recorded_by="self",
        municipality="Gent",
        recipient="OCMW Gent",
        contact=Contact(name="Griet", phone="+32470123456"),
        answers=answers("inadequate"),
        share_answers=True,
    )


def forgotten(attempts: int) -> list:
    return [
        Restarted(),
        SlotSet("mode", "family"),
        SlotSet("withdraw_attempts", attempts),
        FollowupAction("action_listen"),
    ]


async def test_the_choice_is_asked_with_three_buttons_and_erases_nothing(chat_db):
    ref = referral(chat_db)
    events, messages = await run(ActionAskWithdrawChoice, make_tracker(slots={"withdraw_reference": ref}))
    assert events == [] and texts(messages) == [text("withdraw.ask_choice", reference=ref)]
    assert buttons(messages[0]) == [
        (text("button.withdraw_all"), '/inform{"withdraw_choice": "all"}'),
        (text("button.withdraw_answers"), '/inform{"withdraw_choice": "answers"}'),
        (text("button.withdraw_cancel"), '/inform{"withdraw_choice": "cancel"}'),
    ]
    events, messages = await run(
        ValidateWithdrawForm,
        form_tracker(
            "withdraw_form",
            "withdraw_choice",
            '/inform{"withdraw_choice": "answers"}',
            "inform",
            entities=[{"entity": "withdraw_choice", "value": "answers"}],
            slots={"withdraw_reference": ref},
        ),
    )
    assert events == [SlotSet("withdraw_choice", "answers")] and messages == []
    events, messages = await run(
        ValidateWithdrawForm,
        form_tracker("withdraw_form", "withdraw_choice", "ja", "affirm", slots={"withdraw_reference": ref}),
    )
    assert events == [SlotSet("withdraw_choice", None)] and texts(messages) == [text("withdraw.not_a_choice")]
    assert chat_db.get(ref)["criteria"] is not None and chat_db.get(ref)["status"] == "new"


@pytest.mark.parametrize("choice", ["all", "answers"])
async def test_known_and_unknown_codes_get_the_same_reply_and_the_code_is_forgotten(chat_db, choice):
    ref = referral(chat_db)
    replies = []
    for code in (UNKNOWN, ref):
        events, messages = await run(
            ActionWithdraw, make_tracker(slots={"withdraw_reference": code, "withdraw_choice": choice})
        )
        assert events == forgotten(1)
        replies.append((messages[0]["text"].replace(code, "<code>"), messages[0]["custom"], messages[0]["buttons"]))
    assert replies[0] == replies[1] and replies[0][1] == {"withdraw": choice}
    item = chat_db.get(ref, with_contact=True, actor="test")
    assert item["criteria"] is None and (item["contact"] is None) == (choice == "all")
    assert "withdraw.unknown_code" in actions_of(chat_db)


async def test_toch_niet_changes_nothing_and_checks_no_code(chat_db):
    ref = referral(chat_db)
    audit = actions_of(chat_db)
    events, messages = await run(
        ActionWithdraw,
        make_tracker(slots={"withdraw_reference": ref, "withdraw_choice": "cancel", "withdraw_attempts": 1.0}),
    )
    assert events == forgotten(1) and texts(messages) == [text("withdraw.cancelled")]
    assert chat_db.get(ref)["criteria"] is not None and actions_of(chat_db) == audit


async def test_after_three_codes_the_chat_asks_no_more_and_points_to_the_desk(chat_db):
    ref = referral(chat_db)
    attempts = 0
    for code in ("STP-2222-3333", "STP-2222-4444", "STP-2222-5555"):
        events, _ = await run(
            ActionWithdraw,
            make_tracker(slots={"withdraw_reference": code, "withdraw_choice": "all", "withdraw_attempts": attempts}),
        )
        attempts = events[2]["value"]
    assert attempts == 3
    locked = {"withdraw_attempts": float(attempts)}
    slots = await ValidateWithdrawForm().required_slots(
        ["withdraw_reference", "withdraw_choice"], None, make_tracker(slots=locked), {}
    )
    assert slots == []  # the form asks nothing
    events, messages = await run(
        ActionWithdraw, make_tracker(slots={**locked, "withdraw_reference": ref, "withdraw_choice": "all"})
    )
    assert texts(messages) == [text("withdraw.locked")] and messages[0]["custom"] == {"withdraw": "locked"}
    assert events == [SlotSet("withdraw_reference", None), SlotSet("withdraw_choice", None)]
    assert chat_db.get(ref)["status"] == "new"  # the real code was not even tried
    assert await ValidateWithdrawForm().required_slots(
        ["withdraw_reference", "withdraw_choice"], None, make_tracker(slots={"withdraw_attempts": 2.0}), {}
    ) == ["withdraw_reference", "withdraw_choice"]
