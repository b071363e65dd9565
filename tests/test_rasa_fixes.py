"""channels/rasa_fixes.py: the fixes to Rasa 3.6 that every Stapsteen Rasa server loads
(through channels/tracker_store.py)."""

from __future__ import annotations

import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction
from rasa.utils.endpoints import EndpointConfig

import channels.tracker_store  # noqa: F401 - applies the fixes, as in a Rasa server
from channels import rasa_fixes

GOOD = {"events": [{"event": "slot", "name": "income", "value": "inadequate"}], "responses": [{"text": "Dag!"}]}


def remote_action() -> RemoteAction:
    return RemoteAction("action_greet", EndpointConfig("http://127.0.0.1:1/webhook"))


def test_loading_the_tracker_store_applies_every_fix():
    assert getattr(RemoteAction._validate_action_result, "stapsteen_compiled", False)
    assert getattr(EndpointConfig.request, "stapsteen_timeout", False)


def test_an_action_result_is_checked_without_checking_the_schema_again(monkeypatch):
    validator_class = type(rasa_fixes.action_result_validator())
    calls = []
    original = validator_class.check_schema
    monkeypatch.setattr(validator_class, "check_schema", classmethod(lambda cls, s: calls.append(1) or original(s)))
    for _ in range(3):
        assert remote_action()._validate_action_result(GOOD) is True
    assert calls == []


def test_a_bad_action_result_still_fails_with_rasas_message():
    with pytest.raises(ValidationError, match="Failed to validate Action server response"):
        remote_action()._validate_action_result({"events": [{"no_event_key": 1}]})


def test_applying_twice_wraps_once():
    before = RemoteAction._validate_action_result
    rasa_fixes.apply()
    assert RemoteAction._validate_action_result is before
