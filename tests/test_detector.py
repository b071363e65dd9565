"""The crisis detector (bot/detector.py) and what bot.crisis.nlu_verdict does with its score.

The detector learns from examples; development set 1 (tests/data/dev/set1.yml) is not among them, so
it shows how far the detector reaches beyond what it learned."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot import crisis, dialogue
from bot.answers import next_step
from bot.crisis import CrisisDataError, build, net, nlu_verdict
from bot.detector import PATH, detector, examples, fit, nlu_examples
from tests.test_heldout import key

DEV1 = Path(__file__).parent / "data" / "dev" / "set1.yml"


def dev1() -> dict:
    return yaml.safe_load(DEV1.read_text(encoding="utf-8"))


def test_it_learns_the_nlu_crisis_examples_and_its_own_against_everything_else():
    own = yaml.safe_load(PATH.read_text(encoding="utf-8"))
    nlu = nlu_examples()
    positive, negative = examples()
    assert len(own["crisis"]) >= 1100 and len(own["other"]) >= 2300
    assert set(nlu["crisis"]) <= set(positive) and set(own["crisis"]) <= set(positive)
    assert set(nlu["affirm"]) <= set(negative) and set(own["other"]) <= set(negative)
    assert not any("](" in t or "]{" in t for t in positive + negative)   # entity annotations taken off
    # no message is both: the two classes do not contradict each other
    assert {key(t) for t in positive} & {key(t) for t in negative} == set()


def test_it_reaches_beyond_what_it_learned():
    """Development set 1 was written by an outside helper and is not among the examples."""
    data = dev1()
    learned = {key(t) for t in examples()[0] + examples()[1]}
    assert not [i for i in data["crisis"] + data["non_crisis"] if key(i["text"]) in learned]
    d, n = detector(), net()
    crisis_scores = d.scores(i["text"] for i in data["crisis"])
    ordinary_scores = d.scores(i["text"] for i in data["non_crisis"])
    # 104 of 140 on 2026-11-30 (twelfth session), 109 (thirteenth)
    assert sum(s >= n.detector_gentle for s in crisis_scores) >= 105
    assert sum(s >= n.detector_gentle for s in ordinary_scores) == 0


def test_scores_are_the_same_each_time_it_is_trained():
    positive, negative = examples()
    text = "mijne vent is aan t roepen en hij slaat"
    assert fit(positive, negative).score(text) == pytest.approx(detector().score(text), abs=1e-9)
    assert detector().score("") == 0.0 and detector().score("   ") == 0.0


WEAK_SIGN = "mijne vent is aan t roepen en hij slaat"        # `supported:` only, names no criterion
ANSWER = "we huren een klein appartement met schimmel"       # in the criteria's own words
PLAIN = "ik ben zo bang"                                     # neither


def test_with_a_weaker_sign_a_sure_detector_makes_a_crisis_a_less_sure_one_asks_gently():
    n = net()
    assert crisis.kinds(WEAK_SIGN) == () and crisis.kinds(WEAK_SIGN, supported=True)
    assert not crisis.reads_as_an_answer(WEAK_SIGN)
    sure, less_sure = n.detector_support, n.detector_support - 0.01
    assert nlu_verdict(WEAK_SIGN, "inform", 0.9, detector_score=sure) == crisis.Verdict("crisis", sure)
    assert nlu_verdict(WEAK_SIGN, "inform", 0.9, detector_score=less_sure) == crisis.Verdict("maybe_crisis", 1.0)
    # another language: that reply names 112 already
    assert nlu_verdict(WEAK_SIGN, "other_language", 1.0, detector_score=0.99) is None


def test_alone_the_detector_only_asks_gently_and_an_answer_can_need_a_surer_score(monkeypatch):
    raw = yaml.safe_load(crisis.PATH.read_text(encoding="utf-8"))
    raw["detector"] = {**raw["detector"], "gentle": 0.85, "gentle_answer": 0.95}  # crisis.yml may set them equal
    n = build(raw)
    monkeypatch.setattr(crisis, "net", lambda: n)
    assert crisis.kinds(PLAIN, supported=True) == () and not crisis.reads_as_an_answer(PLAIN)
    assert crisis.kinds(ANSWER, supported=True) == () and crisis.reads_as_an_answer(ANSWER)
    gentle = n.detector_gentle
    assert nlu_verdict(PLAIN, "inform", 0.9, detector_score=gentle) == crisis.Verdict("maybe_crisis", gentle)
    assert nlu_verdict(PLAIN, "inform", 0.9, detector_score=n.detector_gentle - 0.01) is None
    between = (n.detector_gentle + n.detector_gentle_answer) / 2
    assert n.detector_gentle < between < n.detector_gentle_answer
    assert nlu_verdict(ANSWER, "answer_problem", 0.9, detector_score=between) is None
    assert nlu_verdict(ANSWER, "answer_problem", 0.9, detector_score=n.detector_gentle_answer).intent == "maybe_crisis"
    # never a crisis on the detector alone, however sure
    assert nlu_verdict(PLAIN, "inform", 0.9, detector_score=1.0).intent == "maybe_crisis"


def test_the_real_detector_catches_a_crisis_the_rules_do_not_know():
    """Scratches on a teenager's neck, no rule of the net for it; in the words of a question (a
    child), and the classifier sure of an answer. (Until the fifteenth session this was a sentence of
    development set 1, bruises on a teenager, "ze zegt dat ze gevallen is": the net has a rule for
    that now, and for the other one of set 1 that was left, a child "kwijt" at a festival.)"""
    text = ("mijn dochter van 15 heeft een lief van 22 en ze komt thuis met schrammen in haar nek, "
            "ze zegt niks")
    assert not crisis.is_crisis(text) and crisis.reads_as_an_answer(text)
    assert nlu_verdict(text, "answer_problem", 0.95).intent == "maybe_crisis"
    assert nlu_verdict("we huren een appartement, het is wat klein", "answer_fine", 0.95) is None


@pytest.mark.parametrize("detector_data, problem", [
    ({"gentle": 0.0}, "every threshold must be in (0, 1]"),
    ({"support": 1.5}, "every threshold must be in (0, 1]"),
    ({"gentel": 0.8}, "only gentle, gentle_answer, support, gentle_unclear"),
    ([0.8], "only gentle, gentle_answer, support, gentle_unclear"),
    ({"gentle_unclear": -1}, "every threshold must be in (0, 1]"),
])
def test_bad_detector_thresholds_are_refused(detector_data, problem):
    raw = yaml.safe_load(crisis.PATH.read_text(encoding="utf-8"))
    raw["detector"] = detector_data
    with pytest.raises(CrisisDataError, match=problem.replace("(", r"\(").replace(")", r"\)").replace("[", r"\[")):
        build(raw)


def test_without_thresholds_the_detector_is_not_used():
    raw = yaml.safe_load(crisis.PATH.read_text(encoding="utf-8"))
    del raw["detector"]
    n = build(raw)
    assert (n.detector_gentle, n.detector_gentle_answer, n.detector_support, n.detector_gentle_unclear) == (1.0,) * 4
    assert crisis._detector_score(PLAIN, n) == 0.0


def test_a_message_that_was_not_understood_anyway_needs_less_to_be_asked_about():
    """Between `gentle_unclear` and `gentle`: the NLU leaves it alone, but where the assistant would say
    "not understood" (the fallback, an answer it cannot read) it asks gently instead."""
    n, text = net(), "niemand helpt mij"
    assert n.detector_gentle_unclear <= detector().score(text) < n.detector_gentle
    assert nlu_verdict(text, "nlu_fallback", 0.3) is None
    assert crisis.unclear_but_maybe_urgent(text)
    assert next_step("housing", text, intent="nlu_fallback", confidence=0.3).say.custom == {"maybe_crisis": True}
    assert dialogue.fallback(second_time=False, message=text).custom == {"maybe_crisis": True}
    assert dialogue.fallback(second_time=True, message=text).custom == {"maybe_crisis": True}
    for other in ("qwerty", "", "/greet", None):
        assert not crisis.unclear_but_maybe_urgent(other)
    assert dialogue.fallback(second_time=False, message="qwerty").text == dialogue.say("fallback.rephrase").text
    assert next_step("housing", "qwerty", intent="nlu_fallback", confidence=0.3).say.text == \
        dialogue.say("question.not_understood").text


PLEAS = ["help me alsjeblieft", "ik heb dringend hulp nodig", "hulp aub", "sos", "helpe mij, hij slaat"]
NOT_PLEAS = ["ik heb hulp nodig bij het invullen", "help bij de vraag", "kan je mij helpen met het formulier",
             "help, ik snap de vraag niet", "hulp nodig voor mijn schulden", "qwerty"]


@pytest.mark.parametrize("text", PLEAS)
def test_a_plea_for_help_that_was_not_understood_is_asked_about_whatever_the_detector_says(text):
    """`plea:` in crisis.yml: an explicit plea for help, not understood, asks "Gaat het over iets dringends?"
    even when the detector scores it low ("help me alsjeblieft" 0.56 after the thirteenth session's examples)."""
    assert crisis.unclear_but_maybe_urgent(text)
    assert next_step("housing", text, intent="nlu_fallback", confidence=0.3).say.custom == {"maybe_crisis": True}


@pytest.mark.parametrize("text", NOT_PLEAS)
def test_asking_for_help_with_the_chat_or_the_papers_is_no_plea(text):
    n = net()
    assert not any(n.plea.fires(s) for s in crisis.sentences(text, n))


def test_the_plea_works_without_the_detector():
    raw = yaml.safe_load(crisis.PATH.read_text(encoding="utf-8"))
    raw.pop("detector")
    n = crisis.build(raw)
    assert n.detector_gentle_unclear == 1.0 and n.plea is not None
    assert any(n.plea.fires(s) for s in crisis.sentences("help me alsjeblieft", n))
