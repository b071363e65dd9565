"""Small fixes to Rasa 3.6 itself, applied in every Stapsteen Rasa server.

Rasa imports channels/tracker_store.py (endpoints.yml `tracker_store`) when it
starts, and that module calls `apply()`. Each fix is idempotent.

- `honour_endpoint_timeout`: endpoints.yml `action_endpoint: timeout` is used
  (Rasa 3.6 waits a fixed 300 s for an action);
- `silence_warnings_that_quote_user_text`: no message text in Rasa's warnings;
- `validate_action_results_once`: the action server's answer is checked against
  a schema compiled once. Rasa 3.6 calls `jsonschema.validate`, which first
  checks the (constant) schema itself against its meta-schema: about 70 % of
  the Rasa server's time per message (py-spy, scripts/compare_bare.py).
"""

from __future__ import annotations

import warnings
from functools import cache
from typing import Any

import aiohttp
from jsonschema.protocols import Validator
from jsonschema.validators import validator_for
from rasa.core.actions import action
from rasa.utils import endpoints


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
    validate_action_results_once()
