"""Rate limits (Flask-Limiter): a flood from one client gets a kind 429, the
other clients keep being served.

Per client (its address, see below):

- `POST /api/chat`: CHAT_LIMIT messages (a family types some 30 in 10 minutes);
  within those, two kinds of message have a tighter limit of their own:
  - a message that reads as a reference code (STP-XXXX-XXXX): withdrawing a
    referral, or guessing references: REFERENCE_LIMIT;
  - the consent button (`/give_consent`), which stores a referral:
    CONSENT_LIMIT; a signed-in desk session (staff mode) is exempt, since one
    office may record many intakes.
  - referrals stored, however consent was given (the button or typed words)
    and over any number of conversations: REFERRAL_LIMIT. A reply that says a
    referral was saved (a message with `custom.reference`, bot.dialogue.saved)
    counts; once the client reached the limit, its chat messages get a kind 429
    (web_error.too_many_referrals) until the window moves on. The desk (staff
    mode) is exempt, as for the consent button.
  Staff chat codes go through the chat too: the chat limit, three wrong codes
  per conversation (bot.staff.code_login) and an audit event per wrong code.
- `POST /privacy/withdraw/done` (the web form that withdraws consent, the
  only step that looks a code up): WITHDRAW_LIMIT, with a kind page of its own
  (web/withdraw.py).
- `POST /desk/login`: LOGIN_LIMIT; besides, an account is locked after five
  wrong passwords in a row (bot.staff.desk_login), whatever the client.

The client is `remote_addr`: the address that connects, or with
STAPSTEEN_TRUSTED_PROXIES=N the address the N proxies in front report
(werkzeug's ProxyFix, installed in web/app.py). Behind a proxy without that
setting every family would share one limit. The address is kept only as an
HMAC under the web secret, for the length of the window.

Counters live in memory (one web process) or, with STAPSTEEN_REDIS_URL, in
Redis, so that the limits hold across web processes; when Redis cannot be
reached the limits fall back to memory instead of refusing the chat.

In development (STAPSTEEN_ENV unset) requests from this machine (loopback) are
not limited, so local test runs and load tests are not throttled; in
production every client is.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
from collections.abc import Callable
from typing import Any

from flask import Flask, Response, current_app, jsonify, render_template, request
from flask.typing import ResponseReturnValue
from flask_limiter import Limiter

from bot import settings
from bot.messages import text
from bot.store import normalise_reference
from web.common import staff_session_valid

LIMITER_KEY = "stapsteen_limiter"
CHAT_LIMIT = "60/minute"
REFERENCE_LIMIT = "10/hour"
CONSENT_LIMIT = "10/hour"
REFERRAL_LIMIT = "5/hour"
LOGIN_LIMIT = "10/minute"
WITHDRAW_LIMIT = "10/hour"
CONSENT_PAYLOAD = "/give_consent"
REFERRAL_SCOPE = "chat-referral"

# app.config keys (tests lower or raise them; read at every request)
CONFIG = {
    "STAPSTEEN_CHAT_LIMIT": CHAT_LIMIT,
    "STAPSTEEN_REFERENCE_LIMIT": REFERENCE_LIMIT,
    "STAPSTEEN_CONSENT_LIMIT": CONSENT_LIMIT,
    "STAPSTEEN_REFERRAL_LIMIT": REFERRAL_LIMIT,
    "STAPSTEEN_LOGIN_LIMIT": LOGIN_LIMIT,
    "STAPSTEEN_WITHDRAW_LIMIT": WITHDRAW_LIMIT,
}
EXEMPT_LOOPBACK = "STAPSTEEN_LIMITS_EXEMPT_LOOPBACK"


def client_key() -> str:
    """The client's address as an HMAC under the web secret (no address in the counters)."""
    address = request.remote_addr or "-"
    secret = str(current_app.secret_key or "").encode()
    return hmac.new(secret, address.encode(), hashlib.sha256).hexdigest()[:32]


def loopback_exempt() -> bool:
    """Development only: this machine itself is not limited."""
    if not current_app.config.get(EXEMPT_LOOPBACK):
        return False
    try:
        return ipaddress.ip_address(request.remote_addr or "").is_loopback
    except ValueError:
        return False


def chat_message() -> str:
    data = request.get_json(silent=True)
    message = data.get("message") if isinstance(data, dict) else None
    return message.strip() if isinstance(message, str) else ""


def not_a_reference() -> bool:
    return loopback_exempt() or normalise_reference(chat_message()) is None


def not_a_consent() -> bool:
    if loopback_exempt() or staff_session_valid():
        return True
    return chat_message().split("{", 1)[0].strip() != CONSENT_PAYLOAD


def not_for_referrals() -> bool:
    """Exempt from the referral limit: this machine in development, the desk."""
    return loopback_exempt() or staff_session_valid()


def saved_a_referral(response: Response) -> bool:
    """Whether Rasa's reply (proxied by the chat) says a referral was saved."""
    if response.status_code != 200 or not response.is_json:
        return False
    messages = response.get_json(silent=True)
    return isinstance(messages, list) and any(
        isinstance(m, dict) and isinstance(m.get("custom"), dict) and isinstance(m["custom"].get("reference"), str)
        for m in messages
    )


def limit_of(name: str) -> str:
    return str(current_app.config[name])


def too_many(exc: Exception) -> ResponseReturnValue:
    """The 429 answer: JSON for the chat (chat.js shows `error`), the login page for the desk."""
    if request.path.startswith("/api/"):
        if getattr(getattr(exc, "limit", None), "scope", None) == REFERRAL_SCOPE:
            resp = jsonify(error=text("web_error.too_many_referrals"))
        else:
            resp = jsonify(error=text("web_error.too_many"))
    else:
        resp = current_app.make_response(render_template("desk_login.html", error=text("web_error.too_many_attempts")))
    resp.status_code = 429
    return resp


def wrap(app: Flask, endpoint: str, *decorators: Callable[[Any], Any]) -> None:
    """Wrap a registered view in limit decorators (innermost first)."""
    view: Any = app.view_functions[endpoint]
    for decorate in decorators:
        view = decorate(view)
    app.view_functions[endpoint] = view


def install_limits(app: Flask) -> Limiter:
    """The limiter of this app (its own counters), after the blueprints are
    registered: the limited views are wrapped in place (checked when the view
    runs, after the CSRF check)."""
    for name, value in CONFIG.items():
        app.config.setdefault(name, value)
    app.config.setdefault(EXEMPT_LOOPBACK, not settings.production())
    limiter = Limiter(
        key_func=client_key,
        storage_uri=settings.redis_url() or "memory://",
        strategy="moving-window",
        headers_enabled=True,  # Retry-After on a 429
        key_prefix="stapsteen",
        in_memory_fallback_enabled=True,
    )
    limiter.init_app(app)
    wrap(
        app,
        "chat.chat_api",
        limiter.shared_limit(
            lambda: limit_of("STAPSTEEN_CONSENT_LIMIT"), scope="chat-consent", exempt_when=not_a_consent
        ),
        limiter.shared_limit(
            lambda: limit_of("STAPSTEEN_REFERENCE_LIMIT"), scope="chat-reference", exempt_when=not_a_reference
        ),
        limiter.shared_limit(
            lambda: limit_of("STAPSTEEN_REFERRAL_LIMIT"),
            scope=REFERRAL_SCOPE,
            exempt_when=not_for_referrals,
            deduct_when=saved_a_referral,
        ),
        limiter.limit(lambda: limit_of("STAPSTEEN_CHAT_LIMIT"), exempt_when=loopback_exempt),
    )
    wrap(
        app,
        "desk.desk_login_post",
        limiter.limit(lambda: limit_of("STAPSTEEN_LOGIN_LIMIT"), exempt_when=loopback_exempt),
    )
    wrap(
        app,
        "withdraw.withdraw_done",
        limiter.limit(lambda: limit_of("STAPSTEEN_WITHDRAW_LIMIT"), exempt_when=loopback_exempt),
    )
    app.register_error_handler(429, too_many)
    app.extensions[LIMITER_KEY] = limiter
    return limiter
