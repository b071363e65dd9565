"""Whole conversations over the REST webhook against the real servers.

Each test ends by checking the database through bot/.
"""
from __future__ import annotations

import datetime as dt

import pytest

from bot.messages import text as catalogue_text
from tests.harness import customs, payload, texts
from tests.oracle import CRITERIA, TOTAL, answers

pytestmark = [pytest.mark.integration, pytest.mark.slow, pytest.mark.model]

ORDER = list(CRITERIA)


def start(servers, sender):
    reply = servers.say(sender, "hallo")
    assert "automatische assistent" in texts(reply)
    reply = servers.say(sender, "/affirm")
    assert customs(reply)[-1] == {"criterion": ORDER[0], "index": 1, "total": TOTAL}
    return reply


def answer_all(servers, sender, values):
    reply = None
    for i, (cid, value) in enumerate(zip(ORDER, values), start=1):
        reply = servers.say(sender, payload(value))
        if i < TOTAL:
            assert customs(reply)[-1] == {"criterion": ORDER[i], "index": i + 1, "total": TOTAL}, reply
    return reply


def give_contact(servers, sender, name="An", phone="0470 12 34 56", place="9000", moment="na 17 uur"):
    reply = servers.say(sender, name)
    assert "telefoon" in texts(reply).lower()
    reply = servers.say(sender, phone)
    assert "gemeente" in texts(reply).lower()
    reply = servers.say(sender, place)
    assert "wanneer" in texts(reply).lower()
    reply = servers.say(sender, moment)
    assert "Klopt dit?" in texts(reply)
    return servers.say(sender, "/affirm")


def parse_iso(value):
    return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))


def reference_of(reply):
    refs = [c["reference"] for c in customs(reply) if "reference" in c]
    assert refs, reply
    return refs[0]


def test_greeting_is_dutch(servers, sender):
    before = len(servers.store().list())
    reply = servers.say(sender, "hallo")
    text = texts(reply)
    assert "Hallo" in text and "geen mens" in text
    assert any(b["payload"] == "/affirm" for m in reply for b in m.get("buttons", []))
    assert len(servers.store().list()) == before      # nothing stored without consent


def test_family_with_referral(servers, sender):
    before = len(servers.store().list())
    start(servers, sender)
    values = list(answers(income="inadequate", employment="inadequate", housing="inadequate",
                          health="unknown").values())
    reply = answer_all(servers, sender, values)
    assert {"score": 3, "unknown": 1, "vulnerable": True} in customs(reply)
    assert "kansarm" not in texts(reply).lower()
    assert f"3 van de {TOTAL}" in texts(reply)
    reply = servers.say(sender, "/affirm")                 # contact wanted
    assert "beroepsgeheim" in texts(reply) and "intrekken" in texts(reply)
    reply = servers.say(sender, "/give_consent")
    assert "antwoorden" in texts(reply)                     # separate question: share answers
    servers.say(sender, "/give_consent")                   # its own explicit button
    reply = give_contact(servers, sender)
    ref = reference_of(reply)
    store = servers.store()
    assert len(store.list()) == before + 1
    item = store.get(ref, with_contact=True, actor="test")
    assert item["channel"] == "web" and item["recorded_by"] == "self"
    assert item["municipality"] == "Gent" and item["recipient"] == "OCMW Gent"
    assert item["criteria"] == dict(zip(ORDER, values))
    assert item["score"] == 3 and item["vulnerable"] is True and item["share_answers"] is True
    assert item["contact"]["phone"] == "+32470123456" and item["contact"]["name"] == "An"
    kinds = sorted(e.kind for e in store.consent_events(ref))
    assert kinds == ["referral", "share_answers"]
    assert {e.method for e in store.consent_events(ref)} == {"chat_button"}


def test_sharing_the_answers_needs_an_explicit_yes_too(servers, sender):
    """Health data (art. 9): a plain 'ja' to the share question checks back with
    the buttons; the typed button words count, and the events say how and when."""
    start(servers, sender)
    answer_all(servers, sender, ["inadequate"] * TOTAL)
    servers.say(sender, "/affirm")                          # contact wanted
    reply = servers.say(sender, "ja")                       # a plain yes: not the referral consent either
    assert catalogue_text("consent.needs_explicit_yes") in texts(reply)
    reply = servers.say(sender, "/give_consent")
    assert "gezondheid" in texts(reply)                     # the share question
    reply = servers.say(sender, "ja")
    assert catalogue_text("consent.share_needs_explicit_yes") in texts(reply)
    shown = {(b["title"], b["payload"]) for m in reply for b in m.get("buttons", [])}
    assert (catalogue_text("button.share_yes"), "/give_consent") in shown
    reply = servers.say(sender, catalogue_text("button.share_yes"))      # typed, not tapped
    assert "naam" in texts(reply).lower()                   # on to the contact details
    ref = reference_of(give_contact(servers, sender))
    store = servers.store()
    assert store.get(ref)["share_answers"] is True
    events = {e.kind: e for e in store.consent_events(ref)}
    assert (events["referral"].method, events["share_answers"].method) == ("chat_button", "typed_phrase")
    created = parse_iso(store.get(ref)["created_at"])
    assert events["referral"].occurred_at <= events["share_answers"].occurred_at <= created


def test_refusing_consent_stores_nothing(servers, sender):
    before = len(servers.store().list())
    start(servers, sender)
    answer_all(servers, sender, ["inadequate"] * TOTAL)
    servers.say(sender, "/affirm")
    reply = servers.say(sender, "/deny")
    assert "niets bewaard" in texts(reply)
    assert len(servers.store().list()) == before


def test_consent_needs_an_explicit_yes(servers, sender):
    before = len(servers.store().list())
    start(servers, sender)
    answer_all(servers, sender, ["inadequate"] * TOTAL)
    servers.say(sender, "/affirm")
    reply = servers.say(sender, "ok")                      # not an explicit consent
    assert catalogue_text("consent.needs_explicit_yes") in texts(reply)
    assert len(servers.store().list()) == before      # nothing stored without consent


def test_staff_path(servers, sender):
    from bot.staff import add_staff
    code = add_staff(servers.store(), "test.worker", "OCMW Gent")
    reply = servers.say(sender, "/staff_mode")
    assert "medewerkerscode" in texts(reply)
    reply = servers.say(sender, "FOUTCODE12")
    assert "klopt niet" in texts(reply)
    reply = servers.say(sender, code)
    assert "test.worker" in texts(reply)
    titles = [b["title"] for m in reply for b in m.get("buttons", [])]
    assert titles == ["ontoereikend", "toereikend", "onbekend"]
    answer_all(servers, sender, ["inadequate", "adequate", "inadequate", "inadequate", "adequate", "unknown"])
    reply = servers.say(sender, "/affirm")
    assert "vijf punten" in texts(reply)
    servers.say(sender, "/give_consent")
    servers.say(sender, "/deny")                           # answers not shared
    reply = give_contact(servers, sender, name="Sofie", phone="09 123 45 67", place="Sint-Niklaas")
    ref = reference_of(reply)
    item = servers.store().get(ref)
    assert item["channel"] == "desk" and item["recorded_by"] == "test.worker"
    assert item["share_answers"] is False and item["criteria"] is None and item["score"] is None
    events = servers.store().consent_events(ref)
    assert [e.method for e in events] == ["verbal_at_desk_confirmed_by_staff"]
    assert events[0].recorded_by == "test.worker" and events[0].given_by == "parent"


def test_withdrawal(servers, sender):
    """Code -> the choice (which is the confirmation) -> the same answer for a
    known and an unknown code; only the answers, then everything; after three
    codes the chat asks no more."""
    import uuid

    from bot import withdrawal
    from bot.store import Contact
    store = servers.store()
    ref = store.create_referral(channel="web", recorded_by="self", municipality="Gent",
                                recipient="OCMW Gent", contact=Contact(name="Jan", phone="+32470000000"),
                                answers=answers("adequate"), share_answers=True)
    unknown = "STP-2222-2222" if ref != "STP-2222-2222" else "STP-3333-3333"

    def ask(code):
        assert "referentiecode" in texts(servers.say(sender, "ik wil mijn toestemming intrekken"))
        reply = servers.say(sender, code.lower().replace("-", " "))
        assert texts(reply) == catalogue_text("withdraw.ask_choice", reference=code)
        assert [b["payload"] for b in reply[-1]["buttons"]] == [withdrawal.choice_payload(c) for c in withdrawal.CHOICES]
        return reply

    ask(ref)
    assert store.get(ref)["criteria"] is not None                 # nothing erased before the choice
    reply = servers.say(sender, "alleen mijn antwoorden")         # typed instead of tapped
    assert texts(reply) == catalogue_text("withdraw.answered_answers", reference=ref)
    item = store.get(ref, with_contact=True, actor="test")
    assert item["status"] == "new" and item["contact"]["name"] == "Jan" and item["criteria"] is None

    ask(unknown)
    unknown_reply = servers.say(sender, withdrawal.choice_payload(withdrawal.ALL))
    ask(ref)
    known_reply = servers.say(sender, withdrawal.choice_payload(withdrawal.ALL))
    assert texts(unknown_reply).replace(unknown, "<code>") == texts(known_reply).replace(ref, "<code>")
    assert customs(unknown_reply) == customs(known_reply) == [{"withdraw": "all"}]
    item = store.get(ref, with_contact=True, actor="test")
    assert item["status"] == "withdrawn" and item["contact"] is None and item["consent"]["withdrawn_at"]

    reply = servers.say(sender, "ik wil mijn toestemming intrekken")  # three codes checked: no more
    assert texts(reply) == catalogue_text("withdraw.locked")
    assert texts(servers.say(sender, "toestemming intrekken")) == catalogue_text("withdraw.locked")

    # "Toch niet", and a crisis at the choice: nothing changes, the help lines come first.
    other = store.create_referral(channel="web", recorded_by="self", municipality="Gent",
                                  recipient="OCMW Gent", contact=Contact(name="An", phone="+32470000001"),
                                  answers=answers("adequate"), share_answers=True)
    sender = f"test-{uuid.uuid4().hex[:12]}"                       # another conversation (ask() uses it)
    ask(other)
    assert texts(servers.say(sender, "toch niet")) == catalogue_text("withdraw.cancelled")
    ask(other)
    reply = servers.say(sender, "ik wil niet meer leven")
    assert "1813" in texts(reply)
    assert store.get(other)["status"] == "new" and store.get(other)["criteria"] is not None


def test_crisis_mid_form_then_go_on(servers, sender):
    before = len(servers.store().list())
    start(servers, sender)
    servers.say(sender, payload("adequate"))
    servers.say(sender, payload("adequate"))               # now at question 3
    reply = servers.say(sender, "ik wil niet meer leven")
    assert "1813" in texts(reply)
    assert not any("criterion" in c for c in customs(reply))   # questions stopped
    reply = servers.say(sender, "/resume")
    assert customs(reply)[-1]["criterion"] == "education"
    assert len(servers.store().list()) == before


def test_a_weaker_sign_alone_is_asked_about_not_taken_as_the_answer(servers, sender):
    # "aan t roepen en hij slaat": no rule of the net, and maybe not the classifier either. Before, such a
    # message at a question could be taken as the answer; now the questions pause for the gentle question
    start(servers, sender)
    servers.say(sender, payload("adequate"))               # now at question 2
    reply = servers.say(sender, "mijne vent is aan t roepen en hij slaat")
    assert {"maybe_crisis": True} in customs(reply) or any(c.get("crisis") for c in customs(reply)), reply
    assert not any("criterion" in c for c in customs(reply))   # the answer was not taken
    if {"maybe_crisis": True} in customs(reply):
        assert "112" in texts(reply)
        reply = servers.say(sender, "/crisis")             # "Ja, het is dringend"
    # the lines of what was said (violence now: 101 first), not the general ones
    assert texts(reply).index("101") < texts(reply).index("1712"), texts(reply)
    reply = servers.say(sender, "/resume")
    assert customs(reply)[-1]["criterion"] == "employment"


def test_no_to_the_gentle_question_checks_back_the_answer_typed(servers, sender):
    # An answer the crisis detector scores at `detector.gentle_answer` or more (0.90; no rule of the net):
    # asked gently. After "nee" the parent need not type it again: it is checked back as the answer.
    start(servers, sender)                                 # at question 1, income
    reply = servers.say(sender, "ik krijg 1380 van de RVA, meer niet. mijn man is weg")
    assert {"maybe_crisis": True} in customs(reply), f"not asked gently (pick another sentence?): {reply}"
    reply = servers.say(sender, "nee")
    assert {"criterion": "income", "check_back": "inadequate"} in customs(reply), reply
    assert "Begrijp ik goed" in texts(reply)
    reply = servers.say(sender, "ja")
    assert customs(reply)[-1]["criterion"] == "employment"  # taken; on to question 2


def test_no_food_today_gives_ocmw(servers, sender):
    before = len(servers.store().list())
    start(servers, sender)
    reply = servers.say(sender, "we hebben vandaag niets te eten")
    assert "OCMW" in texts(reply)
    assert len(servers.store().list()) == before      # nothing stored without consent


def test_stop_midway_stores_nothing(servers, sender):
    before = len(servers.store().list())
    start(servers, sender)
    servers.say(sender, payload("inadequate"))
    reply = servers.say(sender, "stop")
    assert "niets bewaard" in texts(reply)
    assert len(servers.store().list()) == before
    reply = servers.say(sender, "/restart")
    assert "automatische assistent" in texts(reply)


def test_privacy_question_mid_form(servers, sender):
    before = len(servers.store().list())
    start(servers, sender)
    servers.say(sender, payload("adequate"))
    reply = servers.say(sender, "wie ziet mijn antwoorden?")
    assert "niemand" in texts(reply).lower()
    assert customs(reply)[-1]["criterion"] == "employment"
    reply = servers.say(sender, "hoe lang bewaren jullie dat?")
    assert "1 jaar" in texts(reply)
    assert len(servers.store().list()) == before      # nothing stored without consent


def test_why_question_then_same_question(servers, sender):
    before = len(servers.store().list())
    start(servers, sender)
    reply = servers.say(sender, "waarom vraag je dat?")
    assert "Waarom vraag ik dit?" in texts(reply)
    assert customs(reply)[-1]["criterion"] == "income"
    assert len(servers.store().list()) == before      # nothing stored without consent


def test_correcting_an_answer(servers, sender):
    before = len(servers.store().list())
    start(servers, sender)
    for value in ["adequate", "adequate", "adequate", "inadequate"]:
        servers.say(sender, payload(value))                 # housing answered 'inadequate'
    reply = servers.say(sender, "ik wil mijn antwoord over wonen aanpassen")
    assert customs(reply)[-1]["criterion"] == "housing"
    reply = servers.say(sender, payload("adequate"))
    assert customs(reply)[-1]["criterion"] == "health"
    servers.say(sender, payload("adequate"))
    reply = servers.say(sender, payload("adequate"))
    assert {"score": 0, "unknown": 0, "vulnerable": False} in customs(reply)
    assert len(servers.store().list()) == before      # nothing stored without consent


def test_free_text_answers(servers, sender):
    before = len(servers.store().list())
    start(servers, sender)
    reply = servers.say(sender, "we hebben 1.400 euro per maand")
    assert customs(reply)[-1]["criterion"] == "employment"    # amount judged: no re-ask
    reply = servers.say(sender, "zeg ik liever niet")
    assert customs(reply)[-1]["criterion"] == "education"
    reply = servers.say(sender, "ik heb BSO gedaan")
    assert customs(reply)[-1]["criterion"] == "housing"
    reply = servers.say(sender, "er is veel schimmel in de badkamer")
    assert customs(reply)[-1]["criterion"] == "health"
    reply = servers.say(sender, "iedereen is gezond")
    assert customs(reply)[-1]["criterion"] == "stimulation"
    reply = servers.say(sender, "de kinderen doen het goed op school")
    result = [c for c in customs(reply) if "score" in c]
    assert result == [{"score": 3, "unknown": 1, "vulnerable": True}], reply
    assert len(servers.store().list()) == before      # nothing stored without consent


BAD_INPUTS = ["", "   ", "a" * 5000, "<script>alert(1)</script>", "'; DROP TABLE referral; --",
              "😀😀😀", "hallo\x00\x07\x1b[31m", '/answer{"criterion_value": "hacked"}',
              '/answer{"criterion_value": ', "asdkjh qwpoe zxmn"]


@pytest.mark.parametrize("bad", BAD_INPUTS, ids=range(len(BAD_INPUTS)))
def test_bad_input_is_handled_kindly(servers, sender, bad):
    before = len(servers.store().list())
    start(servers, sender)
    reply = servers.say(sender, bad)
    text = texts(reply)
    assert "Traceback" not in text and "Error" not in text
    assert "hacked" not in text
    # the conversation goes on: the next button answer is accepted
    reply = servers.say(sender, payload("adequate")) if not customs(reply) or customs(reply)[-1].get("criterion") == "income" else reply
    assert any(c.get("criterion") == "employment" for c in customs(reply)), reply
    assert len(servers.store().list()) == before


def test_after_stop_and_restart_the_intro_buttons_work(servers, sender):
    """'Opnieuw beginnen' greets again; its 'Ja' starts the questions (it used to
    loop the fallback nine times in one reply)."""
    start(servers, sender)
    reply = servers.say(sender, "/stop")
    assert {"stopped": True, "ended": True} in customs(reply)
    reply = servers.say(sender, "/restart")
    assert "automatische assistent" in texts(reply)
    reply = servers.say(sender, "/affirm")
    assert customs(reply)[-1] == {"criterion": ORDER[0], "index": 1, "total": TOTAL}
    all_texts = [m["text"] for m in reply if m.get("text")]
    assert len(all_texts) == len(set(all_texts)), all_texts


def test_an_unexpected_message_gets_one_fallback_not_a_loop(servers, sender):
    start(servers, sender)
    answer_all(servers, sender, ["inadequate"] * TOTAL)
    servers.say(sender, "/deny")                                   # no contact
    for message in ("/affirm", "/give_consent", "/retry"):         # off-script payloads
        reply = servers.say(sender, message)
        all_texts = [m["text"] for m in reply if m.get("text")]
        assert all_texts, f"empty reply to {message}"
        assert len(all_texts) == len(set(all_texts)), all_texts
