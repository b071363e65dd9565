"""The Rasa custom actions (actions/actions.py), with real trackers and a real database.

Every action is called the way the action server calls it: `run(dispatcher,
tracker, domain)` with a real `rasa_sdk.Tracker`, a real `CollectingDispatcher`
and the real domain.yml. Form validations get the tracker Rasa's FormAction
sends: the form active, `requested_slot` set, the latest user message parsed
(text, intent, confidence, entities) and the extracted slot candidate as the
last `slot` event. Storage goes to a SQLite file in tmp_path with a fresh
Fernet key; results are read back through a separate `bot.store.Store`.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.events import (ActiveLoop, AllSlotsReset, FollowupAction, Restarted, SlotSet)
from rasa_sdk.executor import ActionExecutor, CollectingDispatcher

import actions.actions as acts
from bot.consent import METHOD_CHAT, METHOD_DESK
from bot.staff import add_staff
from bot.store import Contact, Store

ROOT = Path(__file__).resolve().parent.parent
DOMAIN: Dict[str, Any] = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))

SIX = ["income", "employment", "education", "housing", "health", "stimulation"]
CONTACT = ["contact_name", "contact_phone", "contact_email", "contact_municipality",
           "contact_best_time", "contact_confirmed"]
# Everything personal that must be forgotten after a referral was handled.
PERSONAL = ["referral_consent", "share_answers"] + CONTACT + SIX + ["pending_value"]

ANSWERS = {"income": "inadequate", "employment": "adequate", "education": "inadequate",
           "housing": "unknown", "health": "inadequate", "stimulation": "adequate"}
ALL_FINE = {cid: "adequate" for cid in SIX}

KIND_STORAGE_DOWN = ("Het lukt nu even niet om je vraag op te slaan. Er is niets verloren. "
                     "Probeer het zo meteen opnieuw.")


def payload(value: str) -> str:
    return '/answer{"criterion_value": "%s"}' % value


# -- fixtures --------------------------------------------------------------------

@pytest.fixture(autouse=True)
def db_url(var_dir, tmp_path, monkeypatch) -> str:
    """Every test: its own SQLite file and Fernet key (var_dir), and no cached Store.

    Autouse, so no test in this file can ever touch the default var/ database.
    """
    url = f"sqlite:///{tmp_path / 'actions-db' / 'stapsteen.db'}"
    monkeypatch.setenv("STAPSTEEN_DATABASE_URL", url)
    monkeypatch.setattr(acts, "_store", None)
    yield url
    if acts._store is not None:
        acts._store.engine.dispose()


@pytest.fixture
def reader(db_url):
    """A second, independent Store on the test database, to read results back."""
    s = Store(db_url)
    yield s
    s.engine.dispose()


# -- trackers --------------------------------------------------------------------

def domain_slots() -> Dict[str, Any]:
    """All slots with their initial values, as Rasa sends them."""
    return {name: spec.get("initial_value") for name, spec in DOMAIN["slots"].items()}


def parse(text: str, intent: Optional[str], confidence: float = 0.97,
          entities: Iterable[Dict[str, Any]] = ()) -> Dict[str, Any]:
    ents = [dict(e) for e in entities]
    return {"text": text,
            "intent": {"name": intent, "confidence": confidence} if intent else {},
            "intent_ranking": [{"name": intent, "confidence": confidence}] if intent else [],
            "entities": ents}


def make_tracker(*, slots: Optional[Dict[str, Any]] = None, text: str = "",
                 intent: Optional[str] = None, confidence: float = 0.97,
                 entities: Iterable[Dict[str, Any]] = (), events: Optional[List[Dict]] = None,
                 active_loop: Optional[str] = None, sender: str = "test-user") -> Tracker:
    """A tracker for a plain action, right after the user's message."""
    latest = parse(text, intent, confidence, entities)
    if events is None:
        events = [{"event": "action", "name": "action_listen"},
                  {"event": "user", "text": text, "parse_data": latest}]
    return Tracker(sender, {**domain_slots(), **(slots or {})}, latest, events, False, None,
                   {"name": active_loop} if active_loop else {}, "action_listen")


def form_tracker(form: str, slot: str, text: str, intent: Optional[str], *,
                 confidence: float = 0.97, entities: Iterable[Dict[str, Any]] = (),
                 slots: Optional[Dict[str, Any]] = None) -> Tracker:
    """The tracker Rasa's FormAction sends to validate_<form> after extracting `slot`
    (from_text mapping) from the user's message."""
    latest = parse(text, intent, confidence, entities)
    all_slots = {**domain_slots(), **(slots or {}), "requested_slot": slot, slot: text}
    events = [
        {"event": "active_loop", "name": form},
        {"event": "slot", "name": "requested_slot", "value": slot},
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": text, "parse_data": latest},
        {"event": "slot", "name": slot, "value": text},     # the candidate to validate
    ]
    return Tracker("test-user", all_slots, latest, events, False, None, {"name": form},
                   "action_listen")


async def run(action_cls, tracker: Tracker):
    dispatcher = CollectingDispatcher()
    events = await action_cls().run(dispatcher, tracker, DOMAIN)
    return events, dispatcher.messages


def buttons(message: Dict[str, Any]) -> List[tuple]:
    return [(b["title"], b["payload"]) for b in message["buttons"]]


def texts(messages: List[Dict[str, Any]]) -> List[Optional[str]]:
    return [m["text"] for m in messages]


def complete_referral_slots(**overrides) -> Dict[str, Any]:
    slots = {**ANSWERS, "mode": "family", "chat_consent": True,
             "referral_consent": "yes", "share_answers": "yes",
             "contact_name": "Griet", "contact_phone": "+32470123456", "contact_email": None,
             "contact_municipality": "Gent", "contact_best_time": "woensdagvoormiddag",
             "contact_confirmed": "yes"}
    slots.update(overrides)
    return slots


# -- registration ---------------------------------------------------------------------

def test_every_domain_action_is_served_by_the_action_server():
    executor = ActionExecutor()
    executor.register_package("actions")
    custom = [a for a in DOMAIN["actions"] if a.startswith(("action_", "validate_"))]
    assert len(custom) == 33
    missing = [a for a in custom if a not in executor.actions]
    assert missing == []


# -- 1. the six questions -------------------------------------------------------------

QUESTION_STARTS = {
    "income": "Is er elke maand genoeg geld voor jullie gezin?",
    "employment": "Hebben de ouders in jullie gezin werk?",
    "education": "Tot waar zijn de ouders naar school gegaan?",
    "housing": "Hoe is jullie woning?",
    "health": "Is iemand in jullie gezin vaak ziek",
    "stimulation": "Hoe gaat het met de kinderen?",
}


@pytest.mark.parametrize("index,cid", list(enumerate(SIX, start=1)))
async def test_ask_criterion_family(index, cid):
    action = getattr(acts, f"ActionAsk_{cid}")
    assert action().name() == f"action_ask_{cid}"
    events, messages = await run(action, make_tracker(slots={"mode": "family"}))
    assert events == []
    assert len(messages) == 1
    msg = messages[0]
    assert msg["text"].startswith(f"Vraag {index} van 6. {QUESTION_STARTS[cid]}")
    assert msg["custom"] == {"criterion": cid, "index": index, "total": 6}
    answer_buttons, why = buttons(msg)[:-1], buttons(msg)[-1]
    assert why == ("Waarom vraag je dit?", "/ask_why")
    assert len(answer_buttons) >= 3
    values = set()
    for _title, pl in answer_buttons:
        m = re.fullmatch(r'/answer\{"criterion_value": "(inadequate|adequate|unknown)"\}', pl)
        assert m, pl
        values.add(m.group(1))
    assert values == {"inadequate", "adequate", "unknown"}
    assert ("Zeg ik liever niet", payload("unknown")) in answer_buttons


async def test_ask_income_family_buttons_exactly():
    _, messages = await run(acts.ActionAsk_income, make_tracker())
    assert buttons(messages[0]) == [
        ("Het geld is niet genoeg", payload("inadequate")),
        ("Ons inkomen is elke maand anders", payload("inadequate")),
        ("We leven van een uitkering of leefloon", payload("inadequate")),
        ("Ja, het lukt", payload("adequate")),
        ("Zeg ik liever niet", payload("unknown")),
        ("Waarom vraag je dit?", "/ask_why"),
    ]


@pytest.mark.parametrize("index,cid", list(enumerate(SIX, start=1)))
async def test_ask_criterion_staff_mode(index, cid):
    events, messages = await run(getattr(acts, f"ActionAsk_{cid}"), make_tracker(slots={"mode": "staff"}))
    assert events == []
    msg = messages[0]
    assert msg["text"].startswith(f"{index}/6 ")
    assert not msg["text"].startswith("Vraag")
    assert buttons(msg) == [("ontoereikend", payload("inadequate")),
                            ("toereikend", payload("adequate")),
                            ("onbekend", payload("unknown"))]
    assert msg["custom"] == {"criterion": cid, "index": index, "total": 6}


async def test_ask_housing_staff_text():
    _, messages = await run(acts.ActionAsk_housing, make_tracker(slots={"mode": "staff"}))
    assert messages[0]["text"].startswith("4/6 Wonen. Huisvesting. Ontoereikend bij een vervallen")


async def test_ask_checks_back_when_a_value_is_pending():
    tracker = make_tracker(slots={"pending_value": "housing:inadequate", "requested_slot": "housing"})
    events, messages = await run(acts.ActionAsk_housing, tracker)
    assert events == []
    assert messages[0]["text"] == "Begrijp ik goed dat er problemen zijn met jullie woning?"
    assert buttons(messages[0]) == [("Ja, dat klopt", "/affirm"), ("Nee", "/deny")]
    assert messages[0]["custom"] == {"criterion": "housing", "check_back": "inadequate"}


async def test_ask_ignores_a_value_pending_for_another_criterion():
    tracker = make_tracker(slots={"pending_value": "income:adequate"})
    _, messages = await run(acts.ActionAsk_housing, tracker)
    assert messages[0]["text"].startswith("Vraag 4 van 6. Hoe is jullie woning?")
    assert messages[0]["custom"] == {"criterion": "housing", "index": 4, "total": 6}


# -- 2. validate_criteria_form --------------------------------------------------------

def criteria_tracker(slot, text, intent, **kw):
    return form_tracker("criteria_form", slot, text, intent, **kw)


async def test_criteria_button_payload_sets_the_slot():
    tracker = criteria_tracker("housing", payload("inadequate"), "answer", confidence=1.0,
                               entities=[{"entity": "criterion_value", "value": "inadequate"}])
    events, messages = await run(acts.ValidateCriteriaForm, tracker)
    assert events == [SlotSet("housing", "inadequate"), SlotSet("pending_value", None)]
    assert messages == []


async def test_criteria_forged_payload_is_rejected_kindly():
    tracker = criteria_tracker("income", payload("hacked"), "answer", confidence=1.0,
                               entities=[{"entity": "criterion_value", "value": "hacked"}])
    events, messages = await run(acts.ValidateCriteriaForm, tracker)
    assert events == [SlotSet("income", None), SlotSet("pending_value", None)]
    assert texts(messages) == ["Dat antwoord ken ik niet. Kies een van de knoppen."]


async def test_criteria_answer_intent_without_entity_is_rejected():
    events, messages = await run(acts.ValidateCriteriaForm,
                                 criteria_tracker("income", "/answer", "answer", confidence=1.0))
    assert events == [SlotSet("income", None), SlotSet("pending_value", None)]
    assert texts(messages) == ["Dat antwoord ken ik niet. Kies een van de knoppen."]


async def test_criteria_free_text_amount_sets_income():
    text = "we hebben 1.400 euro per maand"
    tracker = criteria_tracker("income", text, "inform_amount", confidence=0.91,
                               entities=[{"entity": "MONEY", "value": "1.400 euro", "start": 10, "end": 20}])
    events, messages = await run(acts.ValidateCriteriaForm, tracker)
    assert events == [SlotSet("income", "inadequate"), SlotSet("pending_value", None)]
    assert messages == []


async def test_criteria_amount_above_leefloon_is_adequate():
    text = "we hebben 2.600 euro per maand"
    tracker = criteria_tracker("income", text, "inform_amount", confidence=0.91,
                               entities=[{"entity": "MONEY", "value": "2.600 euro"}])
    events, _ = await run(acts.ValidateCriteriaForm, tracker)
    assert events == [SlotSet("income", "adequate"), SlotSet("pending_value", None)]


async def test_criteria_typed_button_title_sets_the_slot():
    tracker = criteria_tracker("housing", "Te klein voor ons gezin", "answer_problem", confidence=0.6)
    events, _ = await run(acts.ValidateCriteriaForm, tracker)
    assert events == [SlotSet("housing", "inadequate"), SlotSet("pending_value", None)]


async def test_criteria_low_confidence_waits_for_a_check_back():
    tracker = criteria_tracker("income", "hmm, eerlijk gezegd valt het tegen", "answer_problem",
                               confidence=0.55)
    events, messages = await run(acts.ValidateCriteriaForm, tracker)
    assert events == [SlotSet("income", None), SlotSet("pending_value", "income:inadequate")]
    assert messages == []


async def test_criteria_affirm_accepts_the_pending_value():
    tracker = criteria_tracker("income", "ja", "affirm", confidence=0.99,
                               slots={"pending_value": "income:inadequate"})
    events, messages = await run(acts.ValidateCriteriaForm, tracker)
    assert events == [SlotSet("income", "inadequate"), SlotSet("pending_value", None)]
    assert messages == []


async def test_criteria_affirm_without_pending_follows_the_question_polarity():
    # health: a plain 'ja' to "Is iemand ... vaak ziek?" means inadequate
    events, _ = await run(acts.ValidateCriteriaForm,
                          criteria_tracker("health", "ja", "affirm", confidence=0.99))
    assert events == [SlotSet("health", "inadequate"), SlotSet("pending_value", None)]


async def test_criteria_deny_clears_the_pending_value():
    tracker = criteria_tracker("income", "nee", "deny", confidence=0.99,
                               slots={"pending_value": "income:inadequate"})
    events, messages = await run(acts.ValidateCriteriaForm, tracker)
    assert events == [SlotSet("income", None), SlotSet("pending_value", None)]
    assert texts(messages) == ["Oké. Kies dan de knop die het best past, of zeg het anders."]


async def test_criteria_pending_for_another_criterion_is_not_accepted_here():
    # 'ja' to housing must not take over a value pending for income (housing has no polarity)
    tracker = criteria_tracker("housing", "ja", "affirm", confidence=0.99,
                               slots={"pending_value": "income:inadequate"})
    events, messages = await run(acts.ValidateCriteriaForm, tracker)
    assert events == [SlotSet("housing", None), SlotSet("pending_value", None)]
    assert texts(messages) == [
        "Sorry, dat begrijp ik niet goed. Kies een knop, of zeg het in andere woorden."]


async def test_criteria_nonsense_is_not_understood():
    tracker = criteria_tracker("education", "blablabla", "nlu_fallback", confidence=0.3)
    events, messages = await run(acts.ValidateCriteriaForm, tracker)
    assert events == [SlotSet("education", None), SlotSet("pending_value", None)]
    assert texts(messages) == [
        "Sorry, dat begrijp ik niet goed. Kies een knop, of zeg het in andere woorden."]


# -- 3. validate_referral_form -----------------------------------------------------------

def referral_tracker(slot, text, intent, *, slots=None, **kw):
    base = {"referral_consent": "yes", "share_answers": "yes"} if slot != "referral_consent" else {}
    return form_tracker("referral_form", slot, text, intent, slots={**base, **(slots or {})}, **kw)


async def test_referral_consent_needs_give_consent():
    events, messages = await run(acts.ValidateReferralForm,
                                 referral_tracker("referral_consent", "/give_consent", "give_consent",
                                                  confidence=1.0))
    assert events == [SlotSet("referral_consent", "yes")]
    assert messages == []


@pytest.mark.parametrize("text", ["Ja, ik geef toestemming", "Ja, ik geef toestemming!",
                                  "ja ik geef toestemming.", "Ik geef toestemming"])
async def test_referral_consent_typed_in_full_counts(text):
    # the words the hint asks for, typed, even when the classifier says only 'affirm'
    events, messages = await run(acts.ValidateReferralForm,
                                 referral_tracker("referral_consent", text, "affirm", confidence=0.6))
    assert events == [SlotSet("referral_consent", "yes")]
    assert messages == []


async def test_referral_consent_plain_yes_is_not_enough():
    events, messages = await run(acts.ValidateReferralForm,
                                 referral_tracker("referral_consent", "ja", "affirm", confidence=0.99))
    assert events == [SlotSet("referral_consent", None)]
    assert len(messages) == 1
    assert "Ja, ik geef toestemming" in messages[0]["text"]
    assert messages[0]["text"] == ("Ga je akkoord? Kies dan 'Ja, ik geef toestemming'. "
                                   "Wil je niet? Kies dan 'Nee'.")


async def test_referral_consent_deny_ends_the_form():
    tracker = referral_tracker("referral_consent", "nee", "deny", confidence=0.99)
    events, messages = await run(acts.ValidateReferralForm, tracker)
    assert events == [SlotSet("referral_consent", "no"), SlotSet("requested_slot", None)]
    assert messages == []
    # no contact questions after a 'no'
    required = await acts.ValidateReferralForm().required_slots(
        DOMAIN["forms"]["referral_form"]["required_slots"], CollectingDispatcher(), tracker, DOMAIN)
    assert required == ["referral_consent"]


async def test_referral_required_slots_with_and_without_phone():
    domain_slots_ = DOMAIN["forms"]["referral_form"]["required_slots"]
    v = acts.ValidateReferralForm()
    d = CollectingDispatcher()
    assert await v.required_slots(domain_slots_, d, make_tracker(slots={"referral_consent": "yes"}),
                                  DOMAIN) == domain_slots_
    assert await v.required_slots(domain_slots_, d, make_tracker(slots={"contact_phone": "none"}),
                                  DOMAIN) == domain_slots_
    assert await v.required_slots(domain_slots_, d, make_tracker(slots={"contact_phone": "+32470123456"}),
                                  DOMAIN) == [s for s in domain_slots_ if s != "contact_email"]


@pytest.mark.parametrize("text,intent,expected", [
    ("/affirm", "affirm", "yes"), ("/give_consent", "give_consent", "yes"), ("/deny", "deny", "no")])
async def test_referral_share_answers(text, intent, expected):
    events, messages = await run(acts.ValidateReferralForm,
                                 referral_tracker("share_answers", text, intent,
                                                  slots={"share_answers": None}))
    assert events == [SlotSet("share_answers", expected)]
    assert messages == []


async def test_referral_share_answers_unclear_is_asked_again():
    events, messages = await run(acts.ValidateReferralForm,
                                 referral_tracker("share_answers", "misschien", "nlu_fallback",
                                                  confidence=0.2, slots={"share_answers": None}))
    assert events == [SlotSet("share_answers", None)]
    assert texts(messages) == ["Kies 'ja' of 'nee', alsjeblieft."]


async def test_referral_name_is_taken_without_prefix():
    events, messages = await run(acts.ValidateReferralForm,
                                 referral_tracker("contact_name", "Mijn naam is Griet", "inform"))
    assert events == [SlotSet("contact_name", "Griet")]
    assert messages == []


@pytest.mark.parametrize("text", ["<script>alert(1)</script>", "Griet<b>", "/restart", "12345",
                                  "x" * 81])
async def test_referral_name_markup_and_junk_rejected(text):
    events, messages = await run(acts.ValidateReferralForm,
                                 referral_tracker("contact_name", text, "inform"))
    assert events == [SlotSet("contact_name", None)]
    assert texts(messages) == ["Ik heb een naam nodig, zodat de medewerker weet wie hij moet vragen. "
                               "Een voornaam is genoeg."]


async def test_referral_phone_normalised_and_email_skipped():
    tracker = referral_tracker("contact_phone", "0470 12 34 56", "inform",
                               slots={"contact_name": "Griet"})
    events, messages = await run(acts.ValidateReferralForm, tracker)
    # with a phone number the e-mail question is skipped: next is the municipality
    assert events == [SlotSet("contact_phone", "+32470123456"),
                      SlotSet("requested_slot", "contact_municipality")]
    assert messages == []


async def test_referral_phone_from_entity():
    tracker = referral_tracker("contact_phone", "bel me op 09 123 45 67 aub", "inform",
                               slots={"contact_name": "Griet"},
                               entities=[{"entity": "PHONE", "value": "09 123 45 67"}])
    events, _ = await run(acts.ValidateReferralForm, tracker)
    assert events[0] == SlotSet("contact_phone", "+3291234567")


@pytest.mark.parametrize("text", ["12345", "0470", "mijn nummer weet ik niet vanbuiten"])
async def test_referral_bad_phone_rejected(text):
    events, messages = await run(acts.ValidateReferralForm,
                                 referral_tracker("contact_phone", text, "inform",
                                                  slots={"contact_name": "Griet"}))
    assert events == [SlotSet("contact_phone", None)]
    assert texts(messages) == ["Dat telefoonnummer ken ik niet. Typ een Belgisch nummer, "
                               "bijvoorbeeld 0470 12 34 56 of 09 123 45 67."]


async def test_referral_no_phone_then_no_email_resets_both():
    events, messages = await run(acts.ValidateReferralForm,
                                 referral_tracker("contact_phone", "geen telefoon", "deny",
                                                  slots={"contact_name": "Griet"}))
    assert events == [SlotSet("contact_phone", "none")]     # e-mail still required: no skip
    assert messages == []

    events, messages = await run(acts.ValidateReferralForm,
                                 referral_tracker("contact_email", "geen e-mail", "deny",
                                                  slots={"contact_name": "Griet", "contact_phone": "none"}))
    assert events == [SlotSet("contact_email", None), SlotSet("contact_phone", None)]
    assert texts(messages) == ["We hebben een telefoonnummer of een e-mailadres nodig om je te bereiken."]


@pytest.mark.parametrize("text", ["Geen telefoon.", "geen", "Nee."])
async def test_referral_no_phone_typed_without_deny_intent(text):
    events, messages = await run(acts.ValidateReferralForm,
                                 referral_tracker("contact_phone", text, "inform", confidence=0.5,
                                                  slots={"contact_name": "Griet"}))
    assert events == [SlotSet("contact_phone", "none")]
    assert messages == []


async def test_referral_no_email_typed_without_deny_intent():
    # neither phone nor e-mail: both asked again
    events, messages = await run(acts.ValidateReferralForm,
                                 referral_tracker("contact_email", "Geen e-mail.", "inform",
                                                  slots={"contact_name": "Griet", "contact_phone": "none"}))
    assert events == [SlotSet("contact_email", None), SlotSet("contact_phone", None)]
    assert texts(messages) == ["We hebben een telefoonnummer of een e-mailadres nodig om je te bereiken."]


async def test_referral_phone_button_ik_heb_liever_email():
    events, _ = await run(acts.ValidateReferralForm,
                          referral_tracker("contact_phone", "/deny", "deny", confidence=1.0,
                                           slots={"contact_name": "Griet"}))
    assert events == [SlotSet("contact_phone", "none")]


async def test_referral_email_lower_cased():
    tracker = referral_tracker("contact_email", "Griet.Zwijsen@Voorbeeld.BE", "inform",
                               slots={"contact_name": "Griet", "contact_phone": "none"})
    events, messages = await run(acts.ValidateReferralForm, tracker)
    assert events == [SlotSet("contact_email", "griet.zwijsen@voorbeeld.be")]
    assert messages == []


async def test_referral_bad_email_rejected():
    tracker = referral_tracker("contact_email", "griet@", "inform",
                               slots={"contact_name": "Griet", "contact_phone": "none"})
    events, messages = await run(acts.ValidateReferralForm, tracker)
    assert events == [SlotSet("contact_email", None)]
    assert texts(messages) == ["Dat e-mailadres lijkt niet juist. Typ het zo: naam@voorbeeld.be"]


@pytest.mark.parametrize("text,entities,expected", [
    ("9000", [], "Gent"),
    ("ik woon in Gent", [{"entity": "MUNICIPALITY", "value": "Gent"}], "Gent"),
    ("Sint-Amandsberg", [], "Gent"),
    ("Ixelles", [], "Elsene"),
])
async def test_referral_municipality_found(text, entities, expected):
    events, messages = await run(acts.ValidateReferralForm,
                                 referral_tracker("contact_municipality", text, "inform",
                                                  entities=entities,
                                                  slots={"contact_name": "Griet",
                                                         "contact_phone": "+32470123456"}))
    assert events == [SlotSet("contact_municipality", expected),
                      SlotSet("requested_slot", "contact_best_time")]
    assert messages == []


@pytest.mark.parametrize("text", ["Liège", "4000", "Atlantis"])
async def test_referral_municipality_outside_flanders_rejected(text):
    events, messages = await run(acts.ValidateReferralForm,
                                 referral_tracker("contact_municipality", text, "inform",
                                                  slots={"contact_name": "Griet",
                                                         "contact_phone": "+32470123456"}))
    assert events == [SlotSet("contact_municipality", None),
                      SlotSet("requested_slot", "contact_municipality")]
    assert texts(messages) == ["Die gemeente ken ik niet. Typ de naam of de postcode van een Vlaamse of "
                               "Brusselse gemeente, bijvoorbeeld 9000 of Gent."]


async def test_referral_best_time():
    slots = {"contact_name": "Griet", "contact_phone": "none", "contact_email": "g@voorbeeld.be",
             "contact_municipality": "Gent"}
    events, messages = await run(acts.ValidateReferralForm,
                                 referral_tracker("contact_best_time", "woensdagvoormiddag", "inform",
                                                  slots=slots))
    assert events == [SlotSet("contact_best_time", "woensdagvoormiddag")]
    assert messages == []

    events, messages = await run(acts.ValidateReferralForm,
                                 referral_tracker("contact_best_time", "<img src=x>", "inform",
                                                  slots=slots))
    assert events == [SlotSet("contact_best_time", None)]
    assert texts(messages) == ["Typ een moment, bijvoorbeeld 'woensdagnamiddag', of kies een knop."]


async def test_referral_contact_confirmed_affirm():
    slots = {"contact_name": "Griet", "contact_phone": "+32470123456", "contact_municipality": "Gent",
             "contact_best_time": "na 17 uur"}
    events, messages = await run(acts.ValidateReferralForm,
                                 referral_tracker("contact_confirmed", "/affirm", "affirm", slots=slots))
    assert events == [SlotSet("contact_confirmed", "yes"), SlotSet("requested_slot", None)]
    assert messages == []


async def test_referral_contact_confirmed_deny_resets_all_contact_slots():
    slots = {"contact_name": "Griet", "contact_phone": "+32470123456", "contact_municipality": "Gent",
             "contact_best_time": "na 17 uur"}
    events, messages = await run(acts.ValidateReferralForm,
                                 referral_tracker("contact_confirmed", "/deny", "deny", slots=slots))
    assert len(events) == 6
    assert sorted(events, key=lambda e: e["name"]) == sorted(
        [SlotSet(s, None) for s in CONTACT], key=lambda e: e["name"])
    assert texts(messages) == ["Oké, we vullen je gegevens opnieuw in."]


async def test_referral_contact_confirmed_unclear():
    slots = {"contact_name": "Griet", "contact_phone": "+32470123456", "contact_municipality": "Gent",
             "contact_best_time": "na 17 uur"}
    events, messages = await run(acts.ValidateReferralForm,
                                 referral_tracker("contact_confirmed", "pfff", "nlu_fallback",
                                                  confidence=0.2, slots=slots))
    assert events == [SlotSet("contact_confirmed", None), SlotSet("requested_slot", "contact_confirmed")]
    assert texts(messages) == ["Klopt alles? Kies 'Ja, dat klopt' of 'Aanpassen'."]


# -- referral questions (action_ask_<slot>) -------------------------------------------

async def test_ask_referral_consent_family_and_staff():
    _, messages = await run(acts.ActionAskReferralConsent, make_tracker(slots={"mode": "family"}))
    assert acts.ActionAskReferralConsent().name() == "action_ask_referral_consent"
    assert buttons(messages[0]) == [("Ja, ik geef toestemming", "/give_consent"), ("Nee", "/deny"),
                                    ("Ik heb een vraag", "/ask_question")]
    family_text = messages[0]["text"]
    _, messages = await run(acts.ActionAskReferralConsent, make_tracker(slots={"mode": "staff"}))
    assert messages[0]["text"].startswith("Lees dit voor aan de ouder of laat het lezen:\n")
    assert family_text in messages[0]["text"]
    assert buttons(messages[0]) == [("Ja, de ouder gaf toestemming", "/give_consent"), ("Nee", "/deny")]


async def test_ask_share_answers():
    assert acts.ActionAskShareAnswers().name() == "action_ask_share_answers"
    _, messages = await run(acts.ActionAskShareAnswers, make_tracker())
    assert buttons(messages[0]) == [("Ja, mijn antwoorden mogen mee", "/affirm"),
                                    ("Nee, alleen naam en contact", "/deny")]
    _, messages = await run(acts.ActionAskShareAnswers, make_tracker(slots={"mode": "staff"}))
    assert buttons(messages[0])[0] == ("Ja, de ouder gaf ook hiervoor toestemming", "/affirm")


@pytest.mark.parametrize("slot,text,btns", [
    ("contact_name", "Wat is je naam? Je voornaam is genoeg.", []),
    ("contact_phone", "Op welk telefoonnummer kunnen we je bellen? Bijvoorbeeld 0470 12 34 56.",
     [("Ik heb liever e-mail", "/deny")]),
    ("contact_email", "Wat is je e-mailadres?", [("Geen e-mail", "/deny")]),
    ("contact_municipality", "In welke gemeente woon je? Je mag ook je postcode typen.", []),
    ("contact_best_time", "Wanneer bellen we je best?",
     [("In de voormiddag", "in de voormiddag"), ("In de namiddag", "in de namiddag"),
      ("Na 17 uur", "na 17 uur"), ("Maakt niet uit", "maakt niet uit")]),
])
async def test_ask_contact_questions(slot, text, btns):
    action = getattr(acts, f"ActionAsk_{slot}")
    assert action().name() == f"action_ask_{slot}"
    events, messages = await run(action, make_tracker())
    assert events == []
    assert texts(messages) == [text]
    assert buttons(messages[0]) == btns


async def test_ask_contact_confirmed_shows_a_summary_without_placeholders():
    assert acts.ActionAskContactConfirmed().name() == "action_ask_contact_confirmed"
    slots = {"contact_name": "Griet", "contact_phone": "none", "contact_email": "griet@voorbeeld.be",
             "contact_municipality": "Gent", "contact_best_time": "na 17 uur", "share_answers": "no"}
    _, messages = await run(acts.ActionAskContactConfirmed, make_tracker(slots=slots))
    assert messages[0]["text"] == ("Klopt dit?\nNaam: Griet\nTelefoon: -\nE-mail: griet@voorbeeld.be\n"
                                   "Gemeente: Gent (naar OCMW Gent)\nWanneer bellen: na 17 uur\n"
                                   "Antwoorden doorgeven: nee")
    assert buttons(messages[0]) == [("Ja, dat klopt", "/affirm"), ("Aanpassen", "/deny")]


# -- 4. action_save_referral --------------------------------------------------------------

async def test_save_referral_web(reader):
    events, messages = await run(acts.ActionSaveReferral, make_tracker(slots=complete_referral_slots()))
    rows = reader.list()
    assert len(rows) == 1
    row = rows[0]
    ref = row["reference"]
    assert re.fullmatch(r"STP-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}", ref)
    assert (row["channel"], row["recorded_by"], row["municipality"], row["recipient"], row["status"]) == \
        ("web", "self", "Gent", "OCMW Gent", "new")
    assert row["criteria"] == ANSWERS
    assert (row["score"], row["unknown"], row["vulnerable"], row["share_answers"]) == (3, 1, True, True)
    assert reader.get(ref, with_contact=True, actor="test")["contact"] == {
        "name": "Griet", "phone": "+32470123456", "email": None, "best_time": "woensdagvoormiddag"}
    consent = reader.consent_events(ref)
    assert sorted(e.kind for e in consent) == ["referral", "share_answers"]
    assert {(e.state, e.method, e.recorded_by) for e in consent} == {("given", METHOD_CHAT, "self")}

    assert len(messages) == 1
    assert messages[0]["custom"] == {"reference": ref}
    assert f"Je referentiecode is {ref}." in messages[0]["text"]
    assert "Je vraag gaat naar OCMW Gent." in messages[0]["text"]
    assert events == [SlotSet(s, None) for s in
                      ["referral_consent", "share_answers", "contact_name", "contact_phone",
                       "contact_email", "contact_municipality", "contact_best_time",
                       "contact_confirmed", "income", "employment", "education", "housing",
                       "health", "stimulation", "pending_value"]]
    assert {e["name"] for e in events} == set(PERSONAL)


async def test_save_referral_without_sharing_answers_keeps_no_answers(reader):
    slots = complete_referral_slots(share_answers="no", contact_phone="none",
                                    contact_email="griet@voorbeeld.be")
    _, messages = await run(acts.ActionSaveReferral, make_tracker(slots=slots))
    [row] = reader.list()
    assert messages[0]["custom"] == {"reference": row["reference"]}
    assert (row["criteria"], row["score"], row["vulnerable"], row["share_answers"]) == (None, None, None, False)
    assert reader.get(row["reference"], with_contact=True, actor="test")["contact"] == {
        "name": "Griet", "phone": None, "email": "griet@voorbeeld.be", "best_time": "woensdagvoormiddag"}
    assert [e.kind for e in reader.consent_events(row["reference"])] == ["referral"]


async def test_save_referral_brussels_goes_to_caw(reader):
    _, messages = await run(acts.ActionSaveReferral,
                            make_tracker(slots=complete_referral_slots(contact_municipality="Elsene")))
    [row] = reader.list()
    assert (row["municipality"], row["recipient"]) == ("Elsene", "CAW Brussel")
    assert "Je vraag gaat naar CAW Brussel." in messages[0]["text"]


async def test_save_referral_staff_mode(reader):
    slots = complete_referral_slots(mode="staff", staff_id="an.peeters")
    events, messages = await run(acts.ActionSaveReferral, make_tracker(slots=slots))
    [row] = reader.list()
    assert (row["channel"], row["recorded_by"]) == ("desk", "an.peeters")
    assert {(e.method, e.recorded_by) for e in reader.consent_events(row["reference"])} == \
        {(METHOD_DESK, "an.peeters")}
    assert messages[0]["custom"] == {"reference": row["reference"]}
    assert {e["name"] for e in events} == set(PERSONAL)
    assert all(e["value"] is None for e in events)


async def test_save_referral_no_consent_stores_nothing(reader):
    slots = complete_referral_slots(referral_consent="no", contact_confirmed=None,
                                    contact_name=None, contact_phone=None)
    events, messages = await run(acts.ActionSaveReferral, make_tracker(slots=slots))
    assert reader.list() == []
    assert [m["response"] for m in messages] == ["utter_no_contact_wanted"]
    assert {e["name"] for e in events} == set(PERSONAL)
    assert all(e["event"] == "slot" and e["value"] is None for e in events)


async def test_save_referral_unconfirmed_contact_stores_nothing(reader):
    events, messages = await run(acts.ActionSaveReferral,
                                 make_tracker(slots=complete_referral_slots(contact_confirmed=None)))
    assert reader.list() == []
    assert [m["response"] for m in messages] == ["utter_no_contact_wanted"]
    assert {e["name"] for e in events} == set(PERSONAL)


async def test_save_referral_with_missing_answers_restarts(reader):
    slots = complete_referral_slots(housing=None)
    events, messages = await run(acts.ActionSaveReferral, make_tracker(slots=slots))
    assert reader.list() == []
    assert texts(messages) == ["Er ontbreekt iets. We beginnen de vragen opnieuw."]
    assert events[-1] == FollowupAction("action_restart")
    assert {e["name"] for e in events[:-1]} == set(PERSONAL)


def _assert_storage_down(events, messages):
    assert events == []       # nothing forgotten: the person can retry
    assert len(messages) == 1
    assert messages[0]["text"] == KIND_STORAGE_DOWN
    assert buttons(messages[0]) == [("Opnieuw proberen", "/retry")]


async def test_save_referral_database_unreachable_keeps_the_data(tmp_path, monkeypatch):
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the database folder should be")
    monkeypatch.setenv("STAPSTEEN_DATABASE_URL", f"sqlite:///{blocker / 'db' / 'stapsteen.db'}")
    events, messages = await run(acts.ActionSaveReferral, make_tracker(slots=complete_referral_slots()))
    _assert_storage_down(events, messages)


async def test_save_referral_database_going_down_later_keeps_the_data(db_url, reader):
    import shutil
    acts.store()                            # the action server started with a working database
    folder = Path(db_url[len("sqlite:///"):]).parent
    reader.engine.dispose()
    shutil.rmtree(folder)
    folder.write_text("not a folder any more")
    events, messages = await run(acts.ActionSaveReferral, make_tracker(slots=complete_referral_slots()))
    _assert_storage_down(events, messages)


async def test_save_referral_retry_after_outage_succeeds(db_url, tmp_path, monkeypatch, reader):
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    monkeypatch.setenv("STAPSTEEN_DATABASE_URL", f"sqlite:///{blocker / 'stapsteen.db'}")
    tracker_slots = complete_referral_slots()
    events, _ = await run(acts.ActionSaveReferral, make_tracker(slots=tracker_slots))
    assert events == []
    monkeypatch.setenv("STAPSTEEN_DATABASE_URL", db_url)     # the database is back
    events, messages = await run(acts.ActionSaveReferral, make_tracker(slots=tracker_slots))
    [row] = reader.list()
    assert messages[0]["custom"] == {"reference": row["reference"]}
    assert {e["name"] for e in events} == set(PERSONAL)


# -- 5. withdrawal -----------------------------------------------------------------

def _stored_referral(reader) -> str:
    return reader.create_referral(channel="web", recorded_by="self", municipality="Gent",
                                  recipient="OCMW Gent",
                                  contact=Contact(name="Griet", phone="+32470123456"),
                                  answers=ANSWERS, share_answers=True)


async def test_withdraw_known_reference(reader):
    ref = _stored_referral(reader)
    events, messages = await run(acts.ActionWithdraw, make_tracker(slots={"withdraw_reference": ref}))
    assert events == [SlotSet("withdraw_reference", None)]
    assert texts(messages) == [f"Je toestemming voor {ref} is ingetrokken. "
                               "We hebben je naam, contactgegevens en antwoorden gewist."]
    assert messages[0]["custom"] == {"withdrawn": ref}
    row = reader.get(ref, with_contact=True, actor="test")
    assert (row["status"], row["contact"], row["criteria"], row["score"]) == ("withdrawn", None, None, None)
    assert row["consent"]["withdrawn_at"] is not None
    withdrawn = [e for e in reader.consent_events(ref) if e.state == "withdrawn"]
    assert sorted(e.kind for e in withdrawn) == ["referral", "share_answers"]


async def test_withdraw_unknown_reference_changes_nothing(reader):
    ref = _stored_referral(reader)
    before = reader.get(ref, with_contact=True, actor="test")
    audit_before = len(reader.audit_events())
    unknown = "STP-2222-3333"
    assert unknown != ref
    events, messages = await run(acts.ActionWithdraw, make_tracker(slots={"withdraw_reference": unknown}))
    assert events == [SlotSet("withdraw_reference", None)]
    assert len(messages) == 1
    assert "niets veranderd" in messages[0]["text"]
    assert messages[0]["text"].startswith(f"Ik vind de code {unknown} niet.")
    assert reader.get(ref, with_contact=True, actor="test") == before
    assert before["status"] == "new"
    assert len(reader.audit_events()) == audit_before + 1   # only the test's own view_contact


async def test_withdraw_without_reference_does_nothing(reader):
    events, messages = await run(acts.ActionWithdraw, make_tracker())
    assert events == [SlotSet("withdraw_reference", None)]
    assert messages == []


async def test_withdraw_database_down(tmp_path, monkeypatch):
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    monkeypatch.setenv("STAPSTEEN_DATABASE_URL", f"sqlite:///{blocker / 'stapsteen.db'}")
    events, messages = await run(acts.ActionWithdraw,
                                 make_tracker(slots={"withdraw_reference": "STP-2222-3333"}))
    assert events == [SlotSet("withdraw_reference", None)]
    assert texts(messages) == ["Het lukt nu even niet. Er is niets veranderd. Probeer het zo meteen opnieuw."]
    assert buttons(messages[0]) == [("Opnieuw proberen", "/withdraw_consent")]


async def test_withdraw_after_saving_through_the_actions(reader):
    _, messages = await run(acts.ActionSaveReferral, make_tracker(slots=complete_referral_slots()))
    ref = messages[0]["custom"]["reference"]
    # the family types the code back, loosely
    events, _ = await run(acts.ValidateWithdrawForm,
                          form_tracker("withdraw_form", "withdraw_reference",
                                       ref.lower().replace("-", " "), "inform"))
    assert events == [SlotSet("withdraw_reference", ref)]
    await run(acts.ActionWithdraw, make_tracker(slots={"withdraw_reference": ref}))
    assert reader.get(ref)["status"] == "withdrawn"


@pytest.mark.parametrize("text,expected", [
    ("stp 7kq4 m2px", "STP-7KQ4-M2PX"), ("STP-7KQ4-M2PX", "STP-7KQ4-M2PX"), ("7kq4m2px", "STP-7KQ4-M2PX")])
async def test_validate_withdraw_reference_normalised(text, expected):
    events, messages = await run(acts.ValidateWithdrawForm,
                                 form_tracker("withdraw_form", "withdraw_reference", text, "inform"))
    assert events == [SlotSet("withdraw_reference", expected)]
    assert messages == []


@pytest.mark.parametrize("text", ["hallo", "STP-0000-1111", "STP-7KQ4-M2P"])
async def test_validate_withdraw_reference_rejected(text):
    events, messages = await run(acts.ValidateWithdrawForm,
                                 form_tracker("withdraw_form", "withdraw_reference", text, "greet"))
    assert events == [SlotSet("withdraw_reference", None)]
    assert texts(messages) == ["Dat lijkt geen referentiecode. Een code ziet er zo uit: STP-7KQ4-M2PX."]


# -- 6. crisis -----------------------------------------------------------------------

async def test_crisis_violence():
    tracker = make_tracker(text="mijn man slaat mij", intent="crisis", active_loop="criteria_form",
                           slots={"requested_slot": "housing"})
    events, messages = await run(acts.ActionCrisis, tracker)
    assert events == [ActiveLoop(None), SlotSet("requested_slot", None)]
    assert len(messages) == 1
    text = messages[0]["text"]
    assert text.startswith("Dit is belangrijk. Ik stop even met de vragen.")
    assert "1712" in text and "101" in text
    assert "1813" not in text
    assert buttons(messages[0]) == [("Verder met de vragen", "/resume"), ("Stoppen", "/stop")]
    assert messages[0]["custom"] == {"crisis": True}


async def test_crisis_suicide():
    events, messages = await run(acts.ActionCrisis,
                                 make_tracker(text="ik wil niet meer leven", intent="crisis"))
    assert events == [ActiveLoop(None), SlotSet("requested_slot", None)]
    text = messages[0]["text"]
    assert "1813" in text and "zelfmoord1813.be" in text
    assert "1712" not in text
    assert buttons(messages[0]) == [("Verder met de vragen", "/resume"), ("Stoppen", "/stop")]


async def test_crisis_unclear_gives_all_lines():
    _, messages = await run(acts.ActionCrisis, make_tracker(text="help", intent="crisis"))
    text = messages[0]["text"]
    for number in ("112", "101", "1813", "1712", "106"):
        assert number in text


# -- 7. start, stop, resume, result, help ---------------------------------------------

INTRO_BUTTONS = [("Ja, dat is goed", "/affirm"), ("Nee, liever niet", "/deny"),
                 ("Ik wil met iemand praten", "/talk_to_person")]


async def test_greet_family():
    events, messages = await run(acts.ActionGreet, make_tracker(text="hallo", intent="greet"))
    assert events == [SlotSet("mode", "family")]
    assert messages[0]["text"].startswith("Hallo! Ik ben Stapsteen, een automatische assistent")
    assert "Ik ben geen mens." in messages[0]["text"]
    assert buttons(messages[0]) == INTRO_BUTTONS


async def test_greet_in_staff_mode_keeps_staff_mode():
    events, messages = await run(acts.ActionGreet,
                                 make_tracker(text="hallo", intent="greet", slots={"mode": "staff"}))
    assert events == []
    assert texts(messages) == ["Hallo! Je bent in medewerkersmodus. Typ 'verder' om verder te gaan."]


async def test_start_questions():
    events, messages = await run(acts.ActionStartQuestions, make_tracker(text="ja", intent="affirm"))
    assert events == [SlotSet("chat_consent", True)]
    assert texts(messages) == ["Fijn. We beginnen. Je kunt altijd 'stop' typen of vragen waarom ik iets vraag."]


async def test_stop_forgets_everything():
    tracker = make_tracker(text="stop", intent="stop", active_loop="criteria_form",
                           slots={**ANSWERS, "chat_consent": True, "requested_slot": "housing"})
    events, messages = await run(acts.ActionStop, tracker)
    assert events == [ActiveLoop(None), AllSlotsReset()]
    assert len(messages) == 1
    assert "niets bewaard" in messages[0]["text"]
    assert buttons(messages[0]) == [("Opnieuw beginnen", "/restart")]
    assert messages[0]["custom"] == {"stopped": True}


async def test_restart():
    events, messages = await run(acts.ActionRestart, make_tracker(text="/restart", intent="restart",
                                                                  slots={**ANSWERS, "mode": "staff"}))
    assert acts.ActionRestart().name() == "action_restart"
    assert events == [Restarted(), SlotSet("mode", "family")]
    assert messages[0]["text"].startswith("Hallo! Ik ben Stapsteen")
    assert buttons(messages[0]) == INTRO_BUTTONS


async def test_resume_without_chat_consent_shows_the_intro():
    events, messages = await run(acts.ActionResume, make_tracker(text="verder", intent="resume"))
    assert events == []
    assert messages[0]["text"].startswith("Hallo! Ik ben Stapsteen")
    assert buttons(messages[0]) == INTRO_BUTTONS


async def test_resume_with_open_questions_goes_back_to_the_form():
    slots = {**ANSWERS, "housing": None, "chat_consent": True}
    events, messages = await run(acts.ActionResume, make_tracker(text="verder", intent="resume", slots=slots))
    assert events == [FollowupAction("criteria_form")]
    assert texts(messages) == ["Oké, we gaan verder."]


async def test_resume_with_a_forged_slot_value_counts_it_as_open():
    slots = {**ANSWERS, "housing": "hacked", "chat_consent": True}
    events, _ = await run(acts.ActionResume, make_tracker(text="verder", intent="resume", slots=slots))
    assert events == [FollowupAction("criteria_form")]


async def test_resume_when_all_answered_shows_the_result():
    slots = {**ANSWERS, "chat_consent": True}
    events, messages = await run(acts.ActionResume, make_tracker(text="verder", intent="resume", slots=slots))
    assert events == [FollowupAction("action_show_result")]
    assert messages == []


async def test_resume_in_staff_mode_needs_no_chat_consent():
    events, _ = await run(acts.ActionResume, make_tracker(text="verder", intent="resume",
                                                          slots={"mode": "staff"}))
    assert events == [FollowupAction("criteria_form")]


async def test_show_result_vulnerable():
    events, messages = await run(acts.ActionShowResult, make_tracker(slots={**ANSWERS, "chat_consent": True}))
    assert events == []
    msg = messages[0]
    assert msg["custom"] == {"score": 3, "unknown": 1, "vulnerable": True}
    assert msg["text"].startswith("Dank je voor je antwoorden. Ze tonen op 3 van de 6 domeinen "
                                  "dat het nu moeilijk kan zijn: inkomen, opleiding en gezondheid.")
    assert "Over wonen zei je liever niets." in msg["text"]
    assert "kansarm" not in msg["text"].lower()
    assert buttons(msg) == [("Ja, graag", "/affirm"), ("Nee, bedankt", "/deny"),
                            ("Ik heb een vraag", "/ask_question")]


async def test_show_result_all_fine():
    _, messages = await run(acts.ActionShowResult, make_tracker(slots=ALL_FINE))
    msg = messages[0]
    assert msg["custom"] == {"score": 0, "unknown": 0, "vulnerable": False}
    assert msg["text"].startswith("Dank je voor je antwoorden. Ik zie nu geen grote moeilijkheden.")
    assert "kansarm" not in msg["text"].lower()
    assert buttons(msg) == [("Ja, graag", "/affirm"), ("Nee, bedankt", "/deny")]


async def test_show_result_staff_mode():
    _, messages = await run(acts.ActionShowResult, make_tracker(slots={**ANSWERS, "mode": "staff"}))
    msg = messages[0]
    assert msg["custom"] == {"score": 3, "unknown": 1, "vulnerable": True}
    assert msg["text"].splitlines()[0] == \
        "Resultaat: ontoereikend op 3 van 6 criteria (inkomen, opleiding en gezondheid)."
    assert "Drempel (3) bereikt." in msg["text"]
    assert "kansarm" not in msg["text"].lower()
    assert buttons(msg) == [("Doorverwijzing registreren", "/affirm"), ("Geen doorverwijzing", "/deny")]


async def test_show_result_incomplete_goes_back_to_the_form():
    events, messages = await run(acts.ActionShowResult, make_tracker(slots={**ANSWERS, "health": None}))
    assert events == [FollowupAction("criteria_form")]
    assert messages == []


async def test_explain_the_requested_criterion():
    events, messages = await run(acts.ActionExplain,
                                 make_tracker(text="waarom vraag je dit?", intent="ask_why",
                                              active_loop="criteria_form",
                                              slots={"requested_slot": "housing"}))
    assert events == []
    assert texts(messages) == ["Waarom vraag ik dit? Een gezonde en veilige woning is belangrijk voor "
                               "je kinderen. Er is hulp bij een slechte woning of als je geen woning hebt."]


async def test_explain_during_the_referral_form_and_outside_forms():
    _, messages = await run(acts.ActionExplain, make_tracker(intent="ask_why",
                                                             slots={"requested_slot": "contact_phone"}))
    assert texts(messages) == ["We vragen alleen wat nodig is om je te kunnen contacteren. "
                               "Zonder je toestemming bewaren we niets."]
    _, messages = await run(acts.ActionExplain, make_tracker(intent="ask_why"))
    assert texts(messages) == ["Ik stel deze vragen om te zien of er steun is voor jouw gezin. "
                               "Je beslist zelf wat je vertelt."]


async def test_change_answer_for_a_named_criterion():
    tracker = make_tracker(text="ik wil mijn antwoord over wonen aanpassen", intent="change_answer",
                           entities=[{"entity": "criterion", "value": "housing"}], slots=ANSWERS)
    events, messages = await run(acts.ActionChangeAnswer, tracker)
    assert events == [SlotSet("housing", None), SlotSet("pending_value", None),
                      SlotSet("chat_consent", True), FollowupAction("criteria_form")]
    assert texts(messages) == ["Oké, we passen je antwoord over wonen aan."]


@pytest.mark.parametrize("entities", [[], [{"entity": "criterion", "value": "hacked"}]])
async def test_change_answer_without_a_known_criterion_offers_the_six(entities):
    events, messages = await run(acts.ActionChangeAnswer,
                                 make_tracker(text="ik wil iets aanpassen", intent="change_answer",
                                              entities=entities))
    assert events == []
    assert texts(messages) == ["Welk antwoord wil je aanpassen?"]
    assert buttons(messages[0]) == [
        ("Inkomen", '/change_answer{"criterion": "income"}'),
        ("Werk", '/change_answer{"criterion": "employment"}'),
        ("Opleiding", '/change_answer{"criterion": "education"}'),
        ("Wonen", '/change_answer{"criterion": "housing"}'),
        ("Gezondheid", '/change_answer{"criterion": "health"}'),
        ("De kinderen", '/change_answer{"criterion": "stimulation"}'),
    ]


async def test_privacy_retention_question():
    events, messages = await run(acts.ActionPrivacy,
                                 make_tracker(text="Hoe lang bewaren jullie mijn gegevens?",
                                              intent="ask_privacy"))
    assert events == []
    assert len(messages) == 1
    assert "1 jaar" in messages[0]["text"]
    assert messages[0]["text"].startswith("Zonder toestemming bewaren we niets.")


async def test_privacy_who_sees_and_general():
    _, messages = await run(acts.ActionPrivacy, make_tracker(text="Wie ziet mijn antwoorden?",
                                                             intent="ask_privacy"))
    assert messages[0]["text"].startswith("Tijdens dit gesprek ziet niemand je antwoorden.")
    _, messages = await run(acts.ActionPrivacy, make_tracker(text="privacy?", intent="ask_privacy"))
    assert messages[0]["text"].startswith("Je antwoorden blijven bij jou")


async def test_talk_to_person_routes():
    _, messages = await run(acts.ActionTalkToPerson,
                            make_tracker(intent="talk_to_person", slots={"contact_municipality": "Gent"}))
    assert messages[0]["text"].startswith("Je kunt altijd langsgaan bij het OCMW van Gent")
    _, messages = await run(acts.ActionTalkToPerson,
                            make_tracker(intent="talk_to_person", slots={"contact_municipality": "Elsene"}))
    assert messages[0]["text"].startswith("In Brussel helpt het CAW Brussel je verder.")
    events, messages = await run(acts.ActionTalkToPerson, make_tracker(intent="talk_to_person"))
    assert events == []
    assert messages[0]["text"].startswith("Je kunt altijd langsgaan bij het OCMW of het sociaal huis")
    assert "0800 13 500" in messages[0]["text"]


def _events_after(*actions: str) -> List[Dict[str, Any]]:
    events: List[Dict[str, Any]] = []
    for name in actions:
        events.append({"event": "action", "name": name})
        if name == "action_listen":
            events.append({"event": "user", "text": "qwerty",
                           "parse_data": parse("qwerty", "nlu_fallback", 0.2)})
    return events


async def test_fallback_first_time_asks_to_rephrase():
    tracker = make_tracker(text="qwerty", intent="nlu_fallback", confidence=0.2,
                           events=_events_after("action_greet", "action_listen"))
    events, messages = await run(acts.ActionFallback, tracker)
    assert events == []
    assert texts(messages) == ["Sorry, dat begrijp ik niet goed. Kun je het in andere woorden zeggen?"]
    assert buttons(messages[0]) == []


async def test_fallback_second_time_offers_choices():
    tracker = make_tracker(text="qwerty", intent="nlu_fallback", confidence=0.2,
                           events=_events_after("action_greet", "action_listen", "action_fallback",
                                                "action_listen"))
    events, messages = await run(acts.ActionFallback, tracker)
    assert events == []
    assert texts(messages) == ["Ik begrijp het nog altijd niet, sorry. Kies wat je wil doen:"]
    assert buttons(messages[0]) == [("Verder met de vragen", "/resume"), ("Met iemand praten", "/talk_to_person"),
                                    ("Vraag over privacy", "/ask_privacy"), ("Stoppen", "/stop")]


async def test_fallback_after_something_else_starts_over():
    tracker = make_tracker(text="qwerty", intent="nlu_fallback", confidence=0.2,
                           events=_events_after("action_fallback", "action_listen", "action_privacy",
                                                "action_listen"))
    _, messages = await run(acts.ActionFallback, tracker)
    assert texts(messages) == ["Sorry, dat begrijp ik niet goed. Kun je het in andere woorden zeggen?"]


# -- 8. staff login -------------------------------------------------------------------

def staff_tracker(text: str, attempts: float = 0) -> Tracker:
    return form_tracker("staff_login_form", "staff_code", text, "inform",
                        slots={"staff_attempts": attempts})


async def test_staff_login_with_a_real_code(reader):
    code = add_staff(reader, "an.peeters")
    events, messages = await run(acts.ValidateStaffLoginForm, staff_tracker(code))
    assert events == [SlotSet("staff_code", "ok"), SlotSet("staff_id", "an.peeters")]
    assert messages == []
    assert all(code not in str(e["value"]) for e in events)     # the code itself is never kept

    ready_slots = {"staff_code": "ok", "staff_id": "an.peeters"}
    events, messages = await run(acts.ActionStaffReady, make_tracker(slots=ready_slots))
    assert events == [SlotSet("mode", "staff"), SlotSet("chat_consent", True), SlotSet("staff_code", None),
                      FollowupAction("criteria_form")]
    assert messages[0]["text"].startswith("Medewerkersmodus voor an.peeters.")


async def test_staff_code_typed_loosely_still_works(reader):
    code = add_staff(reader, "an.peeters")
    loose = f"{code[:5].lower()}-{code[5:].lower()}"
    events, _ = await run(acts.ValidateStaffLoginForm, staff_tracker(loose))
    assert events == [SlotSet("staff_code", "ok"), SlotSet("staff_id", "an.peeters")]


async def test_staff_wrong_code_counts_attempts(reader):
    add_staff(reader, "an.peeters")
    events, messages = await run(acts.ValidateStaffLoginForm, staff_tracker("ABCDEFGHJK"))
    assert events == [SlotSet("staff_code", None), SlotSet("staff_attempts", 1)]
    assert texts(messages) == ["Die code klopt niet. Probeer nog eens."]
    assert "klopt niet" in messages[0]["text"]

    events, messages = await run(acts.ValidateStaffLoginForm, staff_tracker("ABCDEFGHJK", attempts=1))
    assert events == [SlotSet("staff_code", None), SlotSet("staff_attempts", 2)]
    assert texts(messages) == ["Die code klopt niet. Probeer nog eens."]


async def test_staff_third_wrong_code_fails_and_ready_refuses(reader):
    add_staff(reader, "an.peeters")
    events, messages = await run(acts.ValidateStaffLoginForm, staff_tracker("ABCDEFGHJK", attempts=2))
    assert events == [SlotSet("staff_code", "failed"), SlotSet("staff_attempts", 3)]
    assert messages == []

    events, messages = await run(acts.ActionStaffReady,
                                 make_tracker(slots={"staff_code": "failed", "staff_attempts": 3}))
    assert texts(messages) == ["De code klopt niet. De medewerkersmodus is niet gestart."]
    assert SlotSet("mode", "staff") not in events
    assert events == [SlotSet("staff_code", None), SlotSet("staff_id", None), SlotSet("staff_attempts", 0)]


async def test_staff_removed_member_cannot_log_in(reader):
    from bot.staff import remove_staff
    code = add_staff(reader, "an.peeters")
    remove_staff(reader, "an.peeters")
    events, messages = await run(acts.ValidateStaffLoginForm, staff_tracker(code))
    assert events == [SlotSet("staff_code", None), SlotSet("staff_attempts", 1)]
    assert texts(messages) == ["Die code klopt niet. Probeer nog eens."]


async def test_staff_login_with_database_down_is_a_wrong_attempt(tmp_path, monkeypatch):
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    monkeypatch.setenv("STAPSTEEN_DATABASE_URL", f"sqlite:///{blocker / 'stapsteen.db'}")
    events, messages = await run(acts.ValidateStaffLoginForm, staff_tracker("ABCDEFGHJK"))
    assert events == [SlotSet("staff_code", None), SlotSet("staff_attempts", 1)]
    assert texts(messages) == ["Die code klopt niet. Probeer nog eens."]


async def test_staff_ready_without_staff_id_refuses():
    events, messages = await run(acts.ActionStaffReady, make_tracker(slots={"staff_code": "ok"}))
    assert events == [SlotSet("staff_code", None), SlotSet("staff_id", None), SlotSet("staff_attempts", 0)]
    assert texts(messages) == ["De code klopt niet. De medewerkersmodus is niet gestart."]


async def test_criteria_crisis_missed_by_the_classifier_still_gives_help_lines():
    tracker = criteria_tracker("housing", "ik denk soms aan zelfmoord", "answer_problem", confidence=0.9)
    events, messages = await run(acts.ValidateCriteriaForm, tracker)
    assert events == [SlotSet("housing", None), SlotSet("pending_value", None)]
    assert "1813" in messages[0]["text"]


async def test_criteria_ordinary_answer_is_not_taken_for_a_crisis():
    tracker = criteria_tracker("stimulation", "de kinderen slagen goed op school", "answer_fine", confidence=0.95)
    events, _ = await run(acts.ValidateCriteriaForm, tracker)
    assert events[0] == SlotSet("stimulation", "adequate")
