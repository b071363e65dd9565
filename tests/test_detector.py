"""The crisis detector (bot/detector.py) and what bot.crisis.nlu_verdict does with its score.

The detector learns from examples; development set 1 (tests/data/dev/set1.yml) is not among them, so
it shows how far the detector reaches beyond what it learned."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot import crisis, dialogue, help
from bot.answers import next_step
from bot.crisis import CrisisDataError, build, net, nlu_verdict
from bot.detector import PATH, detector, examples, fit, kind_classifier, kind_examples, nlu_examples
from bot.messages import text as text_of
from scripts.benchmark import first_help_line
from tests.test_heldout import key

DEV1 = Path(__file__).parent / "data" / "dev" / "set1.yml"


def dev1() -> dict:
    return yaml.safe_load(DEV1.read_text(encoding="utf-8"))


def test_it_learns_the_nlu_crisis_examples_and_its_own_against_everything_else():
    own = yaml.safe_load(PATH.read_text(encoding="utf-8"))
    nlu = nlu_examples()
    positive, negative = examples()
    assert len(own["crisis"]) >= 1100 and len(own["other"]) >= 2300
    own_crisis = [e["text"] if isinstance(e, dict) else e for e in own["crisis"]]
    assert set(nlu["crisis"]) <= set(positive) and set(own_crisis) <= set(positive)
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
    # crisis.yml may set gentle and gentle_answer equal; `alone` at 1.0: the detector never decides alone
    raw["detector"] = {**raw["detector"], "gentle": 0.85, "gentle_answer": 0.95, "alone": 1.0, "alone_answer": 1.0}
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
    # with `alone` at 1.0, never a crisis on the detector alone, however sure
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
    ({"gentel": 0.8}, "only gentle, gentle_answer, support, gentle_unclear, alone, alone_answer, kind_sure, alone_min_words"),
    ([0.8], "only gentle, gentle_answer, support, gentle_unclear, alone, alone_answer, kind_sure, alone_min_words"),
    ({"gentle_unclear": -1}, "every threshold must be in (0, 1]"),
    ({"kind_sure": 0}, "every threshold must be in (0, 1]"),
    ({"alone_min_words": 0}, "alone_min_words must be a whole number of at least 1"),
    ({"alone_min_words": 2.5}, "alone_min_words must be a whole number of at least 1"),
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
    assert (n.detector_gentle, n.detector_gentle_answer, n.detector_support, n.detector_gentle_unclear,
            n.detector_alone, n.detector_alone_answer, n.detector_kind_sure) == (1.0,) * 7
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


# --- the detector alone, with the classifier of the kind (crisis.yml `alone`, `alone_answer`, `kind_sure`) ---
# Sentences of the engineer (sixteenth session), in none of the examples; the net reads no sign in them.
ALONE = [
    ("ons moeder zegt al weken dat ze beter dood zou zijn", "suicide", "1813"),
    ("mijn vriendin heeft een hele strip van haar pillen op en ze praat heel traag", "poisoning", "112"),
]
# everyday look-alikes of those kinds: the detector is not sure of them, so neither alarm nor kind
ALONE_NOT = [
    "de kinderen hebben altijd honger na de zwemles",
    "onze kleine was vorige week even weg op de markt maar we vonden hem direct terug",
    "hij heeft vroeger wel eens geroepen maar nu gaat het goed tussen ons",
    "we eten veel pasta op het einde van de maand, het is krap",
]


def first_line(message: str) -> str:
    """The first help line a crisis reply names (its `crisis.lines.<kind>` text), as scripts/benchmark.py finds it."""
    return first_help_line(dialogue.crisis(message).text)


@pytest.mark.parametrize("text,kind,line", ALONE)
def test_a_sure_detector_and_a_sure_kind_give_the_help_lines_of_that_kind(text, kind, line):
    """Without a sign of the net, whatever the intent classifier said: the crisis path, and the help line
    of the kind first (not the general lines, not the gentle question that names 112 only)."""
    n = net()
    assert crisis.kinds(text, supported=True) == ()
    score = detector().score(text)
    assert score >= n.detector_alone and kind_classifier().kind(text)[1] >= n.detector_kind_sure
    assert crisis.detected_kind(text) == kind and crisis.help_kinds(text) == (kind,)
    for intent, confidence in (("answer_problem", 0.9), ("crisis", 0.99), ("inform", 0.4)):
        assert nlu_verdict(text, intent, confidence) == crisis.Verdict("crisis", score)
    assert help.crisis_kind(text) == kind
    assert dialogue.crisis(text).custom == {"crisis": True}
    assert first_line(text) == line


@pytest.mark.parametrize("text", ALONE_NOT)
def test_everyday_look_alikes_of_those_kinds_are_no_crisis(text):
    assert crisis.detected_kind(text) is None
    verdict = nlu_verdict(text, "answer_problem", 0.9)
    assert verdict is None or verdict.intent != "crisis"


def test_a_less_sure_detector_or_kind_only_asks_gently(monkeypatch):
    text, _, _ = ALONE[0]
    score = detector().score(text)
    raw = yaml.safe_load(crisis.PATH.read_text(encoding="utf-8"))
    for change in ({"alone": min(1.0, score + 0.001)}, {"kind_sure": 1.0}):
        n = build({**raw, "detector": {**raw["detector"], **change}})
        monkeypatch.setattr(crisis, "net", lambda n=n: n)
        assert crisis.detected_kind(text) is None and crisis.help_kinds(text) == ()
        assert nlu_verdict(text, "answer_problem", 0.9) == crisis.Verdict("maybe_crisis", score)
        assert help.crisis_kind(text) == help.GENERAL        # the gentle question's "yes": all the lines


def test_a_few_words_are_never_decided_by_the_detector_alone():
    """"hij slaat de bal": one strong word in a few words; the detector is sure of it, the net is not."""
    n, text = net(), "hij slaat de bal"
    assert len(text.split()) < n.detector_alone_min_words
    assert crisis.kinds(text, supported=True) == ()
    assert crisis.detected_kind(text) is None
    assert nlu_verdict(text, "crisis", 0.9).intent == "maybe_crisis"


def test_in_the_criteria_own_words_it_needs_alone_answer(monkeypatch):
    """A message in the criteria's own words (bot.crisis.reads_as_an_answer) needs `alone_answer`."""
    text = "vandaag nog niks kunnen geven aan de kleintjes, er is echt niks meer"  # the net reads "niks meer in huis" (2026.39)
    assert crisis.reads_as_an_answer(text) and crisis.kinds(text, supported=True) == ()
    score = detector().score(text)
    raw = yaml.safe_load(crisis.PATH.read_text(encoding="utf-8"))
    n = build({**raw, "detector": {**raw["detector"], "alone": 0.5, "alone_answer": 0.5}})
    monkeypatch.setattr(crisis, "net", lambda: n)
    assert crisis.detected_kind(text) == "food"
    n = build({**raw, "detector": {**raw["detector"], "alone": 0.5, "alone_answer": min(1.0, score + 0.001)}})
    monkeypatch.setattr(crisis, "net", lambda: n)
    assert crisis.detected_kind(text) is None


def test_the_kind_classifier_learns_written_kinds_and_the_kinds_the_net_reads(tmp_path):
    data = tmp_path / "examples.yml"
    data.write_text(
        "version: 1\n"
        "crisis:\n"
        "- {text: \"zij is nog altijd niet terug van de jeugdbeweging\", kind: missing_child}\n"
        "- ik heb al mijn pillen genomen\n"
        "- qwerty asdf\n"
        "other:\n"
        "- we huren een appartement\n",
        encoding="utf-8",
    )
    empty = tmp_path / "nlu"
    empty.mkdir()
    assert kind_examples(data, empty) == [
        ("zij is nog altijd niet terug van de jeugdbeweging", "missing_child"),
        ("ik heb al mijn pillen genomen", crisis.kinds("ik heb al mijn pillen genomen", supported=True)[0]),
    ]                                                  # "qwerty asdf": no kind, left out
    assert examples(data, empty) == (
        ["zij is nog altijd niet terug van de jeugdbeweging", "ik heb al mijn pillen genomen", "qwerty asdf"],
        ["we huren een appartement"],
    )


def test_every_written_kind_is_a_kind_of_the_net_and_agrees_with_what_the_net_reads():
    raw = yaml.safe_load(PATH.read_text(encoding="utf-8"))
    written = [e for e in raw["crisis"] if isinstance(e, dict)]
    assert len(written) >= 365
    assert {e["kind"] for e in written} <= set(net().kinds)
    for e in written:
        read = crisis.kinds(e["text"], supported=True)
        assert not read or e["kind"] in read, e["text"]


# the detector less sure (the gentle question), the classifier of the kind sure; the net reads nothing
GENTLY = ("mijne ex is binnen met de reservesleutel en hij is zat, ik zit met de kleine in de badkamer",
          "violence_now", "101")


def test_after_yes_to_the_gentle_question_the_kind_gives_the_first_line():
    """"Ja, ik heb nu hulp nodig" about words only the detector worried about: the help lines of their kind
    (101 first for someone locked in the bathroom), not the general ones, when the classifier of the kind
    is sure; without the yes, the gentle question."""
    text, kind, line = GENTLY
    n = net()
    assert crisis.kinds(text, supported=True) == ()
    assert n.detector_gentle <= detector().score(text) < n.detector_alone
    assert nlu_verdict(text, "inform", 0.9).intent == "maybe_crisis"
    assert crisis.detected_kind(text) is None and crisis.help_kinds(text) == ()
    assert crisis.detected_kind(text, confirmed=True) == kind
    assert crisis.help_kinds(text, confirmed=True) == (kind,)
    assert first_help_line(dialogue.crisis(text, confirmed=True).text) == line
    assert help.crisis_lines(text).splitlines()[0] == text_of("crisis.lines.general").splitlines()[0]


@pytest.mark.parametrize("typed", ["help", "ik ben zo bang", "het gaat echt niet meer"])
def test_a_few_words_confirmed_still_get_all_the_lines(typed):
    assert len(typed.split()) < net().detector_alone_min_words
    assert crisis.help_kinds(typed, confirmed=True) == ()
