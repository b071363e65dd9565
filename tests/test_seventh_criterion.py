"""criteria.yml is the only source of the criterion set, order and count.

A definition with a seventh criterion runs through the scorer, the dialogue
builders, the interpretation of answers and the criteria form's slot list
without a change to the code (see the README, "Adding a criterion").
"""
from __future__ import annotations

import copy
import importlib
from pathlib import Path

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

import actions.criteria
from bot import dialogue
from bot.criteria import DEFAULT_PATH, CriteriaSet, criteria, load_criteria
from bot.interpret import interpret_answer
from bot.scoring import score_answers
from tests.oracle import CRITERIA

MOBILITY = {
    "id": "mobility",
    "label": "vervoer",
    "family_question": "Kunnen jullie je gemakkelijk verplaatsen, bijvoorbeeld naar school of het werk?",
    "staff_question": "Mobiliteit van het gezin. Ontoereikend zonder betaalbaar vervoer naar school, werk of zorg.",
    "why": "Zonder vervoer is werk, school of de dokter moeilijk te bereiken.",
    "options": [{"title": "Ja, dat lukt", "value": "adequate"},
                {"title": "Nee, dat is moeilijk", "value": "inadequate"},
                {"title": "Zeg ik liever niet", "value": "unknown"}],
    "weak_items": ["geen betaalbaar vervoer naar school, werk of zorg"],
    "yes_means": "adequate",
    "keywords": {"inadequate": ["geen auto", "geen vervoer"], "adequate": ["eigen auto"]},
    "check_back": {"inadequate": "het vervoer nu moeilijk is", "adequate": "het vervoer lukt",
                   "unknown": "je dit liever niet zegt"},
}
SEVEN = (*CRITERIA, "mobility")


@pytest.fixture(scope="module")
def seven_file(tmp_path_factory) -> Path:
    """The real criteria.yml plus a seventh criterion at the end."""
    raw = yaml.safe_load(DEFAULT_PATH.read_text(encoding="utf-8"))
    raw["criteria"].append(copy.deepcopy(MOBILITY))
    raw["version"] = "test-7"
    path: Path = tmp_path_factory.mktemp("seven") / "criteria.yml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def seven(seven_file) -> CriteriaSet:
    return load_criteria(seven_file)


def test_the_definition_has_seven_in_file_order(seven):
    assert seven.ids == list(SEVEN)


def test_the_scorer_counts_seven(seven):
    answers = dict.fromkeys(SEVEN, "adequate")
    answers.update(income="inadequate", housing="inadequate", mobility="inadequate", health="unknown")
    score = score_answers(answers, seven)
    assert (score.score, score.unknown, score.vulnerable) == (3, 1, True)
    assert score.inadequate_ids == ("income", "housing", "mobility")
    with pytest.raises(ValueError, match="mobility"):
        score_answers({cid: "adequate" for cid in CRITERIA}, seven)


def test_the_dialogue_counts_seven(seven):
    last = dialogue.question("mobility", defs=seven)
    assert last.text.startswith("Vraag 7 van 7. Kunnen jullie")
    assert last.custom == {"criterion": "mobility", "index": 7, "total": 7}
    assert dialogue.question("income", dialogue.STAFF, defs=seven).text.startswith("1/7 Inkomen.")
    result = dialogue.result(score_answers(dict.fromkeys(SEVEN, "inadequate"), seven), defs=seven)
    assert "op 7 van de 7 domeinen" in result.text and "vervoer" in result.text
    assert "7 korte vragen" in dialogue.intro(seven).text
    assert "de 7 criteria" in dialogue.staff_intro("an.peeters", seven).text
    assert dialogue.check_back("mobility", "inadequate", seven).text == \
        "Begrijp ik goed dat het vervoer nu moeilijk is?"


def test_answers_to_the_seventh_are_understood(seven):
    assert interpret_answer("mobility", "we hebben geen auto", defs=seven).value == "inadequate"
    assert interpret_answer("mobility", "Ja, dat lukt", defs=seven).value == "adequate"


@pytest.fixture
def seven_in_force(seven_file, monkeypatch):
    """The actions with the seven-criterion definition in force."""
    monkeypatch.setenv("STAPSTEEN_CRITERIA_FILE", str(seven_file))
    criteria.cache_clear()
    module = importlib.reload(actions.criteria)
    yield module
    monkeypatch.undo()
    criteria.cache_clear()
    importlib.reload(actions.criteria)


async def test_the_form_asks_seven_in_file_order(seven_in_force):
    form = seven_in_force.ValidateCriteriaForm()
    tracker = Tracker("seven", {}, {}, [], False, None, {"name": "criteria_form"}, "action_listen")
    slots = await form.required_slots(["income"], CollectingDispatcher(), tracker, {})
    assert slots == list(SEVEN)
    assert set(seven_in_force.ASK_ACTIONS) == set(SEVEN)
    dispatcher = CollectingDispatcher()
    await seven_in_force.ASK_ACTIONS["mobility"]().run(dispatcher, tracker, {})
    assert dispatcher.messages[0]["text"].startswith("Vraag 7 van 7.")


async def test_the_form_validates_the_seventh(seven_in_force):
    latest = {"text": "we hebben geen auto", "intent": {"name": "answer_problem", "confidence": 0.99},
              "entities": []}
    tracker = Tracker("seven", {"requested_slot": "mobility", "mobility": latest["text"]}, latest, [],
                      False, None, {"name": "criteria_form"}, "action_listen")
    validate = seven_in_force.ValidateCriteriaForm().validate_mobility
    result = await validate(latest["text"], CollectingDispatcher(), tracker, {})
    assert result == {"mobility": "inadequate", "pending_value": None}
