"""The Rasa project files: validation, test stories, and the known pitfalls."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from bot.criteria import criteria

ROOT = Path(__file__).resolve().parent.parent
RASA = str(Path(sys.executable).parent / "rasa")
MODEL = ROOT / "models" / "stapsteen.tar.gz"
ENV = dict(os.environ, PYTHONPATH=str(ROOT), RASA_TELEMETRY_ENABLED="false", TF_CPP_MIN_LOG_LEVEL="2")

DOMAIN = yaml.safe_load((ROOT / "domain.yml").read_text())
CONFIG = yaml.safe_load((ROOT / "config.yml").read_text())
DIALOGUE = "\n".join(p.read_text() for p in (ROOT / "data").rglob("*.yml") if "nlu" not in p.parts)

# Warnings of `rasa data validate` that are not problems, with the reason.
KNOWN_WARNINGS = {
    # a payload-only intent: buttons send /answer{"criterion_value": ...}
    "The intent 'answer' is listed in the domain file, but is not found in the NLU training data.",
    # set by components/language_check.py (bot/language.py), never by the classifier
    "The intent 'other_language' is listed in the domain file, but is not found in the NLU training data.",
    # set by components/safety_net.py (bot/crisis.py) when only the classifier said crisis
    "The intent 'maybe_crisis' is listed in the domain file, but is not found in the NLU training data.",
}


@pytest.mark.slow
@pytest.mark.model
def test_rasa_data_validate_is_clean():
    run = subprocess.run([RASA, "data", "validate"], cwd=ROOT, env=ENV, capture_output=True, text=True)
    output = run.stdout + run.stderr
    assert run.returncode == 0, output[-3000:]
    warnings = {m.strip() for m in re.findall(r"UserWarning: (.*)", output)}
    assert warnings <= KNOWN_WARNINGS, warnings - KNOWN_WARNINGS
    assert "No story structure conflicts found" in output


@pytest.mark.slow
@pytest.mark.model
def test_test_stories_have_no_prediction_errors(tmp_path):
    if not MODEL.exists():
        pytest.fail(f"{MODEL} is missing: run `make test` (it trains the model first)")
    run = subprocess.run([RASA, "test", "core", "--stories", "tests/stories", "--model", str(MODEL),
                          "--fail-on-prediction-errors", "--out", str(tmp_path)],
                         cwd=ROOT, env=ENV, capture_output=True, text=True)
    failed = (tmp_path / "failed_test_stories.yml")
    assert run.returncode == 0, (failed.read_text() if failed.exists() else run.stderr[-3000:])


def test_every_intent_is_used_or_payload_only():
    used = set(re.findall(r"intent: (\w+)", DIALOGUE))
    payload_only = {"answer", "restart"}   # restart: Rasa's built-in rule runs our action_restart
    assert set(DOMAIN["intents"]) - used - payload_only == set()


def test_domain_has_no_responses():
    """Every text comes from the message catalogue through an action; Rasa
    itself utters nothing (bot/data/messages/)."""
    assert not DOMAIN.get("responses")


def test_every_action_is_implemented():
    from rasa_sdk.executor import ActionExecutor

    executor = ActionExecutor()
    executor.register_package("actions")
    assert set(DOMAIN["actions"]) - set(executor.actions) == set()


def test_one_slot_and_one_ask_action_per_criterion():
    """criteria.yml is the master of the criterion set: the domain declares each
    criterion exactly once as a slot, an ask action and a required slot."""
    ids = set(criteria().ids)
    form_slots = DOMAIN["forms"]["criteria_form"]["required_slots"]
    assert sorted(form_slots) == sorted(ids) and len(form_slots) == len(set(form_slots))
    criterion_slots = {name for name, spec in DOMAIN["slots"].items()
                       if any(c.get("active_loop") == "criteria_form"
                              for m in spec.get("mappings", []) for c in m.get("conditions") or [])}
    assert criterion_slots == ids
    asks = [a for a in DOMAIN["actions"] if a.startswith("action_ask_") and a[len("action_ask_"):] in ids]
    assert sorted(asks) == sorted(f"action_ask_{cid}" for cid in ids)


def test_every_from_text_mapping_is_guarded():
    for slot, spec in DOMAIN["slots"].items():
        for mapping in spec.get("mappings", []):
            if mapping["type"] == "from_text":
                conditions = mapping.get("conditions") or []
                assert conditions and all(c.get("active_loop") and c.get("requested_slot") == slot
                                          for c in conditions), slot


SEED_KEYS = {"DIETClassifier": "random_seed", "TEDPolicy": "random_seed", "ResponseSelector": "random_seed",
             "LogisticRegressionClassifier": "random_state",
             "components.intent_classifier.TunedLogisticRegressionClassifier": "random_state"}


def test_every_trained_component_has_a_random_seed():
    seeded = [c for c in CONFIG["pipeline"] + CONFIG["policies"] if c["name"] in SEED_KEYS]
    assert seeded, "no intent classifier in config.yml"
    for component in seeded:
        assert isinstance(component.get(SEED_KEYS[component["name"]]), int), component["name"]


def test_the_tracker_store_is_the_one_that_forgets():
    """Never Rasa's SQL store (every message as plain text, no delete): ours,
    which forgets a conversation when it ends or idles out."""
    endpoints = yaml.safe_load((ROOT / "endpoints.yml").read_text())
    assert endpoints["tracker_store"] == {"type": "channels.tracker_store.ForgettingTrackerStore"}
