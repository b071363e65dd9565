"""Free text -> criterion value (bot/interpret.py), without Rasa."""
import datetime as dt
from decimal import Decimal

import pytest

from bot.criteria import criteria
from bot.interpret import interpret_answer

DAY = dt.date(2026, 1, 15)          # leefloon cat. 3 in force: 1776.07


def interp(cid, text, **kw):
    kw.setdefault("today", DAY)
    return interpret_answer(cid, text, **kw)


@pytest.mark.parametrize("cid", criteria().ids)
def test_every_button_title_maps_to_its_value(cid):
    for option in criteria().get(cid).options:
        got = interp(cid, option.title.upper())
        assert (got.value, got.certain, got.reason) == (option.value, True, "button")


@pytest.mark.parametrize("word,value", [("ontoereikend", "inadequate"), ("toereikend", "adequate"),
                                        ("Onbekend", "unknown")])
def test_staff_words(word, value):
    assert interp("housing", word).value == value


@pytest.mark.parametrize("text,value", [
    ("we hebben 1.400 euro per maand", "inadequate"),
    ("€ 1.776,07", "adequate"),           # equal to the leefloon is not below it
    ("1776,06 euro", "inadequate"),
    ("we verdienen 2500 eur netto", "adequate"),
])
def test_income_amounts_use_the_leefloon(text, value):
    got = interp("income", text)
    assert (got.value, got.reason, got.certain) == (value, "amount", True)
    assert got.amount is not None and got.amount > Decimal(1000)


def test_amount_from_a_money_entity():
    got = interp("income", "ongeveer zoveel", entities=[{"entity": "MONEY", "value": "1.200 euro"}])
    assert (got.value, got.amount) == ("inadequate", Decimal("1200"))


def test_a_bare_number_for_another_question_is_not_an_amount():
    assert interp("housing", "1400").value is None


@pytest.mark.parametrize("cid,text,value", [
    ("education", "ik heb BSO gedaan", "inadequate"),
    ("education", "ik heb een bachelor", "adequate"),
    ("housing", "er is schimmel in de badkamer", "inadequate"),
    ("employment", "ik werk via interim", "inadequate"),
    ("health", "mijn zoon heeft een handicap", "inadequate"),
    ("stimulation", "ze gaat niet naar de kleuterschool", "inadequate"),
])
def test_keywords_decide(cid, text, value):
    got = interp(cid, text)
    assert (got.value, got.certain, got.reason) == (value, True, "keyword")


def test_negated_keyword_is_checked_back_not_guessed():
    got = interp("housing", "nee, geen schimmel of zo")
    assert got.value != "inadequate" or not got.certain


def test_intent_with_low_confidence_asks_back():
    got = interp("housing", "tja het is zoals het is", intent="answer_problem", confidence=0.55)
    assert (got.value, got.certain) == ("inadequate", False)


def test_intent_with_high_confidence_is_accepted():
    got = interp("housing", "tja het is zoals het is", intent="answer_fine", confidence=0.95)
    assert (got.value, got.certain) == ("adequate", True)


def test_refusal_is_unknown():
    assert interp("health", "zeg ik liever niet").value == "unknown"


@pytest.mark.parametrize("cid,intent,value", [("income", "affirm", "adequate"), ("income", "deny", "inadequate"),
                                              ("health", "affirm", "inadequate"), ("health", "deny", "adequate")])
def test_yes_no_follows_the_question_polarity(cid, intent, value):
    assert interp(cid, "ja" if intent == "affirm" else "nee", intent=intent, confidence=0.99).value == value


def test_yes_to_an_open_question_is_not_understood():
    assert interp("housing", "ja", intent="affirm", confidence=0.99).value is None


@pytest.mark.parametrize("text", ["", "   ", "😀", "<script>alert(1)</script>", "a" * 5000, "\x00\x07"])
def test_nonsense_is_not_understood(text):
    assert interp("housing", text).value is None
