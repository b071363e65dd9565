"""Small fixes to Rasa 3.6 itself, applied in every Stapsteen Rasa server.

Rasa imports channels/tracker_store.py (endpoints.yml `tracker_store`) when it
starts, and that module calls `apply()`. Each fix is idempotent.

- `honour_endpoint_timeout`: endpoints.yml `action_endpoint: timeout` is used
  (Rasa 3.6 waits a fixed 300 s for an action);
- `silence_warnings_that_quote_user_text`: no message text in Rasa's warnings;
- `withhold_user_text_in_structured_logs`: no message text in Rasa's structlog
  events (e.g. the REST channel's ERROR when a request is cancelled);
- `validate_action_results_once`: the action server's answer is checked against
  a schema compiled once. Rasa 3.6 calls `jsonschema.validate`, which first
  checks the (constant) schema itself against its meta-schema: about 70 % of
  the Rasa server's time per message (py-spy, scripts/compare_bare.py).
"""

from __future__ import annotations

import sys
import traceback
import warnings
from collections.abc import MutableMapping
from functools import cache
from typing import Any

import aiohttp
import structlog
from jsonschema.protocols import Validator
from jsonschema.validators import validator_for
from rasa.core.actions import action
from rasa.utils import endpoints, log_utils


# --- the action call timeout ----------------------------------------------------------
# Rasa 3.6 calls the action server with a fixed timeout of 300 s
# (rasa.core.constants.DEFAULT_REQUEST_TIMEOUT, passed by RemoteAction.run to
# EndpointConfig.request) and keeps unknown keys of an endpoint in
# EndpointConfig.kwargs. `honour_endpoint_timeout` makes `timeout:` of an
# endpoint in endpoints.yml (here: action_endpoint) the total timeout of its
# requests. The chain, innermost first (each fires before the one around it):
#   database call       5 s lock/connect wait, 10 s per statement (bot/storage/database.py)
#   action call        25 s  endpoints.yml action_endpoint.timeout (this patch)
#   web proxy -> Rasa  60 s  web/chat.py RASA_TIMEOUT, for the whole turn
#   browser -> proxy   75 s  web/static/chat.js TIMEOUT_MS
def honour_endpoint_timeout() -> None:
    original = endpoints.EndpointConfig.request
    if getattr(original, "stapsteen_timeout", False):
        return

    async def request(self: endpoints.EndpointConfig, *args: Any, **kwargs: Any) -> Any:
        seconds = self.kwargs.get("timeout")
        if seconds is not None:
            kwargs["timeout"] = aiohttp.ClientTimeout(total=float(seconds))
        return await original(self, *args, **kwargs)

    request.stapsteen_timeout = True  # type: ignore[attr-defined]
    endpoints.EndpointConfig.request = request


# --- no user text in Rasa's log -------------------------------------------------------
# A forged "/intent{...}" that names an unknown intent or entity makes Rasa's
# YAML story reader warn "Failed to parse arguments in line '<the message>'",
# a UserWarning that Rasa's CLI shows (it sets a "once" filter for UserWarning,
# above PYTHONWARNINGS). Those warnings quote the message, so they are dropped.
def silence_warnings_that_quote_user_text() -> None:
    warnings.filterwarnings("ignore", message=r"Failed to parse arguments in line", category=UserWarning)


# Rasa's structlog events carry user text as keyword values: the REST channel
# logs `rest.message.received.timeout` (request cancelled: shutdown, the web
# proxy gone) and `rest.message.received.failure` (any error) at ERROR with
# text=<the message>; other channels, the HTTP interpreter and the story reader
# do the same. Rasa names those keys in log_utils._anonymizer, whose values only
# Rasa Pro's anonymization pipeline masks. And an event with a traceback
# (`structlogger.exception`) is rendered with the local variables of every frame
# (JSON: dict_tracebacks; terminal: rich), the message text and the sender id
# among them. `withhold_user_text` replaces those values, and a traceback by the
# exception's type and its frames, without locals or the exception's message;
# the event itself is still logged. It runs first in structlog's processors.
# `rasa run` configures structlog before it loads the tracker store (and so
# these fixes): the processor is put at the head of the current chain, which
# the loggers made so far share. A later configure_structlog call builds a new
# chain around log_utils._anonymizer, which is replaced by this processor.
USER_TEXT_KEYS = frozenset(
    {
        # Rasa 3.6 log_utils._anonymizer's anonymizable_keys
        "text", "response_text", "user_text", "slot_values", "parse_data_text", "parse_data_entities",
        "prediction_events", "tracker_latest_message", "prefilled_slots", "message", "response",
        "slot_candidates", "rasa_event", "rasa_events", "tracker_states", "current_states", "old_states",
        "successes", "current_entity", "next_entity", "states", "entity", "token_text", "user_message",
        "json_message",
    }
)  # fmt: skip
WITHHELD = "<withheld by Stapsteen>"
_rasa_anonymizer = log_utils._anonymizer


def traceback_without_values(exc_info: Any) -> str | None:
    """The exception's type and where it was raised: no message, no local variables."""
    if isinstance(exc_info, BaseException):
        exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
    elif not isinstance(exc_info, tuple):
        exc_info = sys.exc_info()
    exc_type, _, tb = exc_info
    if exc_type is None:
        return None
    frames = "".join(traceback.format_list(traceback.extract_tb(tb)))
    return f"{exc_type.__name__} (message withheld by Stapsteen)\nTraceback (most recent call last):\n{frames}"


def withhold_user_text(logger: Any, method: str, event_dict: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    for key in USER_TEXT_KEYS.intersection(event_dict):
        event_dict[key] = WITHHELD
    exc_info = event_dict.pop("exc_info", method == "exception")
    if exc_info:
        event_dict["exception"] = traceback_without_values(exc_info)
    return _rasa_anonymizer(logger, method, event_dict)


def withhold_user_text_in_structured_logs() -> None:
    log_utils._anonymizer = withhold_user_text
    processors = structlog.get_config()["processors"]
    if withhold_user_text in processors:
        return
    if isinstance(processors, list):
        processors.insert(0, withhold_user_text)
    else:
        structlog.configure(processors=[withhold_user_text, *processors])


# --- the action server's answer, checked against a compiled schema ---------------------
@cache
def action_result_validator() -> Validator:
    schema = action.RemoteAction.action_response_format_spec()
    cls = validator_for(schema)
    cls.check_schema(schema)  # once, not on every action call
    return cls(schema)


def validate_action_results_once() -> None:
    original = action.RemoteAction._validate_action_result
    if getattr(original, "stapsteen_compiled", False):
        return

    def validate(self: action.RemoteAction, result: dict[str, Any]) -> bool:
        try:
            action_result_validator().validate(result)
        except Exception:
            return original(self, result)  # Rasa's own error message for a bad answer
        return True

    validate.stapsteen_compiled = True  # type: ignore[attr-defined]
    action.RemoteAction._validate_action_result = validate


def apply() -> None:
    honour_endpoint_timeout()
    silence_warnings_that_quote_user_text()
    withhold_user_text_in_structured_logs()
    validate_action_results_once()
