"""What the chat, desk and health blueprints share: the store and the Rasa
connections of the app, security headers, error handlers and the staff login
check.

One session cookie serves the chat and the desk (signed, HttpOnly,
SameSite=Strict). It is permanent and renewed on every request that uses it,
so its lifetime slides with activity; the browser drops it, and Flask refuses
it, `session_minutes()` after the last request: the longer of the desk's idle
time and the conversation's (STAPSTEEN_IDLE_MINUTES), so nothing is left on a
shared device for longer. Each then checks its own idle time in the session:
the desk `seen_at` (DESK_IDLE_MINUTES), the chat the time of the
conversation's last message (web/chat.py)."""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import wraps
from http.cookiejar import DefaultCookiePolicy
from typing import TypeVar, cast

import requests
from flask import Flask, Response, abort, current_app, jsonify, redirect, render_template, request, session, url_for
from flask.typing import ResponseReturnValue
from flask_wtf.csrf import CSRFError, generate_csrf
from requests.adapters import HTTPAdapter

from bot import settings
from bot.messages import text
from bot.staff import session_member
from bot.store import StorageError, Store

STORE_KEY = "stapsteen_store"
RASA_URLS_KEY = "stapsteen_rasa"
ACTION_URLS_KEY = "stapsteen_actions"
RASA_HTTP_KEY = "stapsteen_rasa_http"
ABSOLUTE_HOURS = 10  # a desk session ends this long after login, whatever the activity: a new login each day
DESK_IDLE_MINUTES = 30  # a desk session without a request for this long ends
RASA_POOL = 16  # kept-alive connections to each Rasa server (the web server runs 8 threads)
RASA_HOSTS = 10  # servers whose connections are kept (Rasa servers and, for /readyz, action servers)

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; "
    "object-src 'none'"
)

View = TypeVar("View", bound=Callable[..., ResponseReturnValue])


# --- per-app resources (current_app.extensions) ---------------------------------


def get_store() -> Store:
    """The store of the current app, opened on first use."""
    store = current_app.extensions.get(STORE_KEY)
    if store is None:
        store = current_app.extensions[STORE_KEY] = Store()
    return cast(Store, store)


def rasa_http_session() -> requests.Session:
    """One HTTP session per app: connections to Rasa are kept alive and reused.

    It never keeps cookies: the session is shared by every family that chats."""
    http = requests.Session()
    http.cookies.set_policy(DefaultCookiePolicy(allowed_domains=[]))
    adapter = HTTPAdapter(pool_connections=RASA_HOSTS, pool_maxsize=RASA_POOL)
    http.mount("http://", adapter)
    http.mount("https://", adapter)
    return http


def rasa_http() -> requests.Session:
    return cast(requests.Session, current_app.extensions[RASA_HTTP_KEY])


def url_list(urls: str) -> list[str]:
    """'http://a:5005/, http://b:5005' -> ['http://a:5005', 'http://b:5005']"""
    return [url.strip().rstrip("/") for url in urls.split(",") if url.strip()]


def rasa_urls() -> list[str]:
    """The Rasa servers (STAPSTEEN_RASA_URLS); a conversation may go to any of them."""
    return cast(list[str], current_app.extensions[RASA_URLS_KEY])


def action_urls() -> list[str]:
    """The action servers, only for /readyz (Rasa calls them, the web server never does)."""
    return cast(list[str], current_app.extensions[ACTION_URLS_KEY])


# --- security headers and errors -------------------------------------------------


def security_headers(resp: Response) -> Response:
    resp.headers["Content-Security-Policy"] = CSP
    resp.headers["X-Content-Type-Options"] = "nosniff"
    resp.headers["Referrer-Policy"] = "no-referrer"
    resp.headers["X-Frame-Options"] = "DENY"
    resp.headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()"
    if request.path.startswith("/desk") or request.path.startswith("/api"):
        resp.headers["Cache-Control"] = "no-store"
    return resp


def session_minutes() -> float:
    """How long the session cookie lives without a request: the longer of the desk's
    and the conversation's idle time, so neither ends before its own time."""
    return max(float(DESK_IDLE_MINUTES), settings.idle_minutes())


def fresh_token() -> str:
    """A valid CSRF token for the browser to go on with; a session that expired
    starts again (a new cookie, renewed from now on)."""
    session.permanent = True
    return generate_csrf()


def chat_closed() -> ResponseReturnValue:
    """The answer to a chat message whose conversation idled out (the server forgot
    it): the kind text, `closed`, and a fresh token to start again (chat.js)."""
    return jsonify(error=text("chat_ui.closed"), closed=True, csrf_token=fresh_token()), 410


def csrf_error(exc: CSRFError) -> ResponseReturnValue:
    """A request without a valid CSRF token.

    /api/: status 400 with a fresh token, so the page can go on (chat.js sends the
    message once more with it). `session_lost`: the request came without a live
    session; for a page whose conversation had begun, that means it had no message
    for as long as the cookie lives (the conversation's idle time), so chat.js
    shows the kind end instead (the server cannot tell that from a first visit)."""
    if request.path.startswith("/api/"):
        lost = current_app.config.get("WTF_CSRF_FIELD_NAME", "csrf_token") not in session
        return jsonify(error=text("web_error.page_expired"), csrf_token=fresh_token(), session_lost=lost), 400
    return render_template("desk_login.html", error=text("web_error.form_expired")), 400


def too_large(exc: Exception) -> ResponseReturnValue:
    return jsonify(error=text("web_error.too_long")), 413


def install_security(app: Flask) -> None:
    """Headers on every response; CSRF and size errors answered kindly.

    App-wide, not per blueprint: CSRF is checked before any view is chosen."""
    app.after_request(security_headers)
    app.register_error_handler(CSRFError, csrf_error)
    app.register_error_handler(413, too_large)


# --- staff login -----------------------------------------------------------------
# A desk session is a signed cookie holding the staff id, the login time and the
# member's session version at login (`SESSION_VERSION`). Every request checks, in
# one query, that the member is still active and still has that version: logout,
# a new password and removal raise it (bot/staff.py), which ends every session of
# that member at once, every copy of the cookie included. Idle expiry: the last
# desk request (`seen_at`) at most DESK_IDLE_MINUTES ago (the cookie itself may
# live longer when conversations are kept longer, see the module docstring);
# absolute expiry: ABSOLUTE_HOURS after login.
SESSION_VERSION = "sv"


def start_staff_session(staff_id: str, organisation: str, version: int) -> None:
    session.clear()  # no session fixation
    session.permanent = True
    now = time.time()
    session.update(
        staff_id=staff_id, organisation=organisation, login_at=now, seen_at=now, **{SESSION_VERSION: version}
    )


def staff_session_valid(now: float | None = None) -> bool:
    """The cookie names a staff member and is not past its idle or absolute expiry (no database check)."""
    now = time.time() if now is None else now
    login_at = session.get("login_at", 0)
    return (
        bool(session.get("staff_id"))
        and now - login_at <= ABSOLUTE_HOURS * 3600
        and now - session.get("seen_at", now) <= DESK_IDLE_MINUTES * 60  # no seen_at: the cookie's age decides
    )


def staff_seen(now: float | None = None) -> None:
    """A request of a signed-in staff member: their idle time starts again."""
    session["seen_at"] = time.time() if now is None else now


def staff_required(view: View) -> View:
    """Only for a signed-in staff member whose session was not ended; idle and absolute expiry."""

    @wraps(view)
    def wrapper(*args: object, **kwargs: object) -> ResponseReturnValue:
        if not staff_session_valid():
            session.clear()
            return redirect(url_for("desk.desk_login"))
        try:
            member = session_member(get_store(), session["staff_id"], session.get(SESSION_VERSION))
        except StorageError:
            abort(503)
        if member is None or not member.organisation:
            session.clear()
            return redirect(url_for("desk.desk_login"))
        session["organisation"] = member.organisation  # as it is now, not as it was at login
        staff_seen()  # idle expiry, renewed on each request
        session.permanent = True
        return view(*args, **kwargs)

    return cast(View, wrapper)
