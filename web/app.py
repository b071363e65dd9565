"""Flask app: family chat page (proxy to the Rasa REST webhook) and staff desk.

Security: CSRF on every state-changing request (Flask-WTF), session cookies
HttpOnly + SameSite=Strict with idle and absolute expiry, a strict
Content-Security-Policy without inline scripts, Jinja2 autoescaping, and the
browser never talks to Rasa directly (Rasa's HTTP API stays off).

The routes are in three blueprints: web/chat.py (`chat.*`), web/desk.py
(`desk.*`) and web/health.py (/healthz, /readyz); what they share is in
web/common.py, the texts in web/texts.py.
"""

from __future__ import annotations

import datetime as dt
import os

from flask import Flask
from flask_wtf.csrf import CSRFProtect

from bot import settings
from bot.crypto import read_or_create_secret
from bot.store import Store
from web import chat, desk, health
from web.common import (
    ABSOLUTE_HOURS,
    ACTION_URLS_KEY,
    RASA_HTTP_KEY,
    RASA_URLS_KEY,
    STORE_KEY,
    install_security,
    rasa_http_session,
    url_list,
)
from web.texts import install_texts

RASA_URLS_ENV = "STAPSTEEN_RASA_URLS"  # comma-separated: several Rasa servers sharing Redis
RASA_URL_ENV = "STAPSTEEN_RASA_URL"  # one Rasa server
ACTION_URLS_ENV = "STAPSTEEN_ACTION_URLS"  # comma-separated, for /readyz
WEB_SECRET_ENV = "STAPSTEEN_WEB_SECRET"
DEFAULT_RASA_URL = "http://127.0.0.1:5005"
DEFAULT_ACTION_URL = "http://127.0.0.1:5055"
IDLE_MINUTES = 20

csrf = CSRFProtect()


def create_app(
    store: Store | None = None,
    rasa_url: str | None = None,
    secure_cookies: bool | None = None,
    action_urls: str | None = None,
) -> Flask:
    """`rasa_url` and `action_urls`: one URL or several, comma-separated (default: the settings)."""
    app = Flask(__name__, static_folder="static", template_folder="templates")
    secret = os.environ.get(WEB_SECRET_ENV) or read_or_create_secret(settings.var_dir() / "web_secret.key")
    app.config.update(
        SECRET_KEY=secret,
        SESSION_COOKIE_NAME="stapsteen_session",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Strict",
        SESSION_COOKIE_SECURE=bool(
            secure_cookies if secure_cookies is not None else os.environ.get("STAPSTEEN_HTTPS") == "1"
        ),
        PERMANENT_SESSION_LIFETIME=dt.timedelta(minutes=IDLE_MINUTES),
        WTF_CSRF_TIME_LIMIT=ABSOLUTE_HOURS * 3600,
        MAX_CONTENT_LENGTH=64 * 1024,
    )
    csrf.init_app(app)
    app.extensions[STORE_KEY] = store  # None: opened on first use (web.common.get_store)
    app.extensions[RASA_URLS_KEY] = url_list(
        rasa_url or os.environ.get(RASA_URLS_ENV) or os.environ.get(RASA_URL_ENV) or ""
    ) or [DEFAULT_RASA_URL]
    app.extensions[ACTION_URLS_KEY] = url_list(action_urls or os.environ.get(ACTION_URLS_ENV) or "") or [
        DEFAULT_ACTION_URL
    ]
    app.extensions[RASA_HTTP_KEY] = rasa_http_session()
    install_security(app)
    install_texts(app)
    app.register_blueprint(chat.bp)
    app.register_blueprint(desk.bp)
    app.register_blueprint(health.bp)
    return app


def main() -> None:  # pragma: no cover - started by scripts/run.sh
    from waitress import serve

    port = int(os.environ.get("STAPSTEEN_WEB_PORT", "8080"))
    serve(create_app(), host="127.0.0.1", port=port, threads=8, ident="stapsteen")


if __name__ == "__main__":  # pragma: no cover
    main()
