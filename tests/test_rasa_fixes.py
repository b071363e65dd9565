"""channels/rasa_fixes.py: the fixes to Rasa 3.6 that every Stapsteen Rasa server loads
(through channels/tracker_store.py)."""

from __future__ import annotations

import pytest
import structlog
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
    assert rasa_fixes.withhold_user_text in structlog.get_config()["processors"]


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


# --- no user text in Rasa's structured log ----------------------------------------------
SECRET = "ik heet Griet, 0470 98 76 54"


@pytest.fixture
def rasa_structlog():
    """structlog configured as `rasa run` does (rasa.utils.log_utils.configure_structlog),
    restored afterwards."""
    import logging

    from rasa.utils.log_utils import configure_structlog

    saved = structlog.get_config()
    configure_structlog(logging.INFO)
    yield
    structlog.configure(**saved)


async def test_a_cancelled_rest_request_logs_no_user_text(rasa_structlog, caplog):
    """Rasa's REST channel logs `rest.message.received.timeout` with the message at ERROR when
    its request is cancelled (shutdown, the web proxy gone) and `.failure` on an error."""
    import asyncio
    from types import SimpleNamespace

    from rasa.core.channels.rest import RestInput

    async def never_answers(message) -> None:
        await asyncio.sleep(60)

    async def fails(message) -> None:
        raise RuntimeError(f"cannot handle {message.text}")   # an error that quotes the message

    request = SimpleNamespace(json={"sender": "fam-12345678", "message": SECRET}, args={})
    for handler, event in ((never_answers, "rest.message.received.timeout"), (fails, "rest.message.received.failure")):
        caplog.clear()
        routes = RestInput().blueprint(handler)._future_routes
        receive = next(route.handler for route in routes if route.uri == "/webhook")
        task = asyncio.create_task(receive(request))
        await asyncio.sleep(0.05)
        task.cancel()
        response = await task                       # Rasa swallows the cancel and answers
        assert response.status == 200
        assert event in caplog.text                 # the event is still logged ...
        assert "Griet" not in caplog.text and "0470" not in caplog.text   # ... without the text
        assert "fam-12345678" not in caplog.text                          # nor the traceback's locals
    assert "RuntimeError (message withheld by Stapsteen)" in caplog.text and "in fails" in caplog.text


def test_structlog_configured_before_the_fixes_gets_no_user_text_either(rasa_structlog, caplog):
    """`rasa run` configures structlog before it loads the tracker store (and so the fixes)."""
    import logging

    structlog.configure(processors=[structlog.processors.JSONRenderer()], cache_logger_on_first_use=False,
                        logger_factory=structlog.stdlib.LoggerFactory(),
                        wrapper_class=structlog.make_filtering_bound_logger(logging.INFO))
    rasa_fixes.apply()
    rasa_fixes.apply()
    structlog.get_logger().error("rest.message.received.timeout", text=SECRET, user_text=SECRET, sender="x")
    assert "rest.message.received.timeout" in caplog.text and "Griet" not in caplog.text
    assert structlog.get_config()["processors"].count(rasa_fixes.withhold_user_text) == 1
