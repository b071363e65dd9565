"""Flask app: family chat page (proxy to the Rasa REST webhook) and staff desk.

Security: CSRF on every state-changing request (Flask-WTF), session cookies
HttpOnly + SameSite=Strict with sliding idle expiry (the chat's as long as the
conversation is kept, web/common.py) and absolute expiry, desk sessions that
end everywhere at once (web/common.py), rate limits (web/limits.py), a strict
Content-Security-Policy without inline scripts, Jinja2 autoescaping, and the
browser never talks to Rasa directly (Rasa's HTTP API stays off).

The session cookie is signed with STAPSTEEN_WEB_SECRET. In development it may
be missing: a random one is made once in var/web_secret.key (0600). In
production (STAPSTEEN_ENV=production) it must be set and strong, or the web
server does not start (`web_secret`).

The deployment file (bot/deployment.py: controller, data-protection officer,
legal basis) is checked here too: in production its demo values stop the start.
`main()` also runs the retention purge (`RetentionPurge`): a daemon thread that
deletes the referrals past `retention_days` and the consent and audit events
past `proof_retention_days` (bot/data/consent.yml) at start and every
STAPSTEEN_PURGE_INTERVAL_MINUTES (60), each run audited.

The routes are in three blueprints: web/chat.py (`chat.*`), web/desk.py
(`desk.*`) and web/health.py (/healthz, /readyz); what they share is in
web/common.py, the texts in web/texts.py.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import os
import string
import sys
import threading
from collections.abc import Callable

from flask import Flask
from flask_wtf.csrf import CSRFProtect
from werkzeug.middleware.proxy_fix import ProxyFix

from bot import consent, settings
from bot.crypto import read_or_create_secret
from bot.deployment import check_for_start
from bot.storage.database import utcnow
from bot.store import Store
from web import chat, desk, health, withdraw
from web.common import (
    ABSOLUTE_HOURS,
    ACTION_URLS_KEY,
    RASA_HTTP_KEY,
    RASA_URLS_KEY,
    STORE_KEY,
    get_store,
    install_security,
    rasa_http_session,
    session_minutes,
    url_list,
)
from web.limits import install_limits
from web.texts import install_texts

RASA_URLS_ENV = "STAPSTEEN_RASA_URLS"  # comma-separated: several Rasa servers sharing Redis
RASA_URL_ENV = "STAPSTEEN_RASA_URL"  # one Rasa server
ACTION_URLS_ENV = "STAPSTEEN_ACTION_URLS"  # comma-separated, for /readyz
WEB_SECRET_ENV = settings.WEB_SECRET_ENV
WEB_SECRET_FILE = "web_secret.key"  # in var/, development only
DEFAULT_RASA_URL = "http://127.0.0.1:5005"
DEFAULT_ACTION_URL = "http://127.0.0.1:5055"

csrf = CSRFProtect()
logger = logging.getLogger(__name__)


class WebConfigError(RuntimeError):
    """A setting the web server cannot start with (the message says which and why)."""


# --- the web secret ----------------------------------------------------------------
MIN_SECRET_BITS = 256  # 32 bytes
# Values from examples and demos, and words that give a made-up secret away.
DEMO_SECRETS = frozenset({"dev", "development", "test", "testing", "demo", "secret", "changeme", "insecure"})
DEMO_WORDS = (
    "change-me",
    "changeme",
    "change_me",
    "secret",
    "stapsteen",
    "example",
    "demo",
    "password",
    "wachtwoord",
    "insecure",
    "dev-key",
    "test-key",
    "replace",
)
HOW_TO_MAKE = "make one with: python -c 'import secrets; print(secrets.token_urlsafe(32))'"


def secret_bits(secret: str) -> float:
    """A generous estimate of a secret's entropy in bits: its length times the
    bits of the character classes it uses (hex digits alone count as 4 bits)."""
    if secret and (set(secret) <= set("0123456789abcdef") or set(secret) <= set("0123456789ABCDEF")):
        return len(secret) * 4.0
    alphabet = sum(
        size
        for chars, size in ((string.ascii_lowercase, 26), (string.ascii_uppercase, 26), (string.digits, 10))
        if any(c in chars for c in secret)
    ) + (32 if any(not c.isascii() or not c.isalnum() for c in secret) else 0)
    return len(secret) * math.log2(alphabet) if alphabet > 1 else 0.0


def weak_secret(secret: str) -> str | None:
    """Why `secret` is too weak to sign sessions, or None when it looks random and long enough."""
    lowered = secret.lower()
    if lowered in DEMO_SECRETS or any(word in lowered for word in DEMO_WORDS):
        return "it is a demo value or contains a word such as 'secret' or 'changeme'"
    if len(set(secret)) < 10 or (secret + secret).find(secret, 1) < len(secret):
        return "it repeats a few characters or a pattern"
    if secret_bits(secret) < MIN_SECRET_BITS:
        return f"it has less than {MIN_SECRET_BITS // 8} bytes of randomness ({len(secret)} characters)"
    return None


def web_secret() -> str:
    """The secret that signs session cookies and CSRF tokens.

    Production: STAPSTEEN_WEB_SECRET, which must be set and strong (WebConfigError
    otherwise: the start stops with the reason). Development: that variable when
    set, else a random secret made once in var/web_secret.key (mode 0600)."""
    given = settings.web_secret()
    if settings.production():
        if given is None:
            raise WebConfigError(f"{WEB_SECRET_ENV} is not set; production needs it ({HOW_TO_MAKE})")
        reason = weak_secret(given)
        if reason:
            raise WebConfigError(f"{WEB_SECRET_ENV} is too weak: {reason}; {HOW_TO_MAKE}")
        return given
    if given is not None:
        if weak_secret(given):
            logger.warning("%s is weak; the web server would refuse it in production", WEB_SECRET_ENV)
        return given
    return read_or_create_secret(settings.var_dir() / WEB_SECRET_FILE)


def create_app(
    store: Store | None = None,
    rasa_url: str | None = None,
    secure_cookies: bool | None = None,
    action_urls: str | None = None,
) -> Flask:
    """`rasa_url` and `action_urls`: one URL or several, comma-separated (default: the settings)."""
    try:
        secret = web_secret()
        proxies = settings.trusted_proxies()
        deployment = check_for_start()  # production: no demo controller or DPO
        lifetime = session_minutes()  # STAPSTEEN_IDLE_MINUTES: the chat's session lives as long as its conversation
    except ValueError as exc:  # a wrong setting (STAPSTEEN_ENV, ...) or deployment file (DeploymentError)
        raise WebConfigError(str(exc)) from exc
    app = Flask(__name__, static_folder="static", template_folder="templates")
    if proxies:
        # The client address (rate limits) from the X-Forwarded-For of the trusted proxies.
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=proxies, x_proto=proxies)  # type: ignore[method-assign]
    app.config.update(
        SECRET_KEY=secret,
        SESSION_COOKIE_NAME="stapsteen_session",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Strict",
        SESSION_COOKIE_SECURE=bool(
            secure_cookies if secure_cookies is not None else os.environ.get("STAPSTEEN_HTTPS") == "1"
        ),
        PERMANENT_SESSION_LIFETIME=dt.timedelta(minutes=lifetime),  # slides: renewed on each request
        WTF_CSRF_TIME_LIMIT=ABSOLUTE_HOURS * 3600,
        MAX_CONTENT_LENGTH=64 * 1024,
    )
    csrf.init_app(app)
    app.extensions[STORE_KEY] = store  # None: opened on first use (web.common.get_store)
    app.extensions[chat.DEPLOYMENT_KEY] = deployment
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
    app.register_blueprint(withdraw.bp)  # /privacy/withdraw: withdrawing consent (issue 10)
    install_limits(app)
    return app


# --- retention ---------------------------------------------------------------------
RETENTION_ACTOR = "system:retention"  # who deletes expired referrals, in the audit log


def purge_expired(store: Store, now: dt.datetime | None = None) -> int:
    """Delete the referrals created more than `retention_days` (consent.yml) ago.
    The store writes one audit event `purge` per run (by RETENTION_ACTOR, with
    the number deleted); consent events stay as proof."""
    return store.purge(int(consent.config()["retention_days"]), RETENTION_ACTOR, now=now)


def purge_expired_proof(store: Store, now: dt.datetime | None = None) -> int:
    """Delete the consent and audit events older than `proof_retention_days`
    (consent.yml); one audit event `purge_proof` per run (bot/storage/proof.py).
    Returns how many events were deleted."""
    done = store.purge_proof(RETENTION_ACTOR, now=now)
    return done.consent_events + done.audit_events


class RetentionPurge(threading.Thread):
    """A daemon thread: `purge_expired` and `purge_expired_proof` at once, then
    every `interval` seconds, until `stop()`. A failed run (e.g. the database is
    down) is logged and the next run tries again. `clock`: the current time (UTC),
    for tests."""

    def __init__(self, store: Callable[[], Store], interval: float, clock: Callable[[], dt.datetime] = utcnow) -> None:
        super().__init__(name="stapsteen-retention-purge", daemon=True)
        self.store, self.interval, self.clock = store, interval, clock
        self.stopped = threading.Event()
        self.runs = 0  # completed runs (tests wait for them)

    def run(self) -> None:
        while not self.stopped.is_set():
            try:
                deleted = purge_expired(self.store(), self.clock())
                if deleted:
                    logger.info("retention purge: %d referral(s) deleted", deleted)
            except Exception:  # keep the thread alive; the next run tries again
                logger.exception("retention purge failed")
            try:
                deleted = purge_expired_proof(self.store(), self.clock())
                if deleted:
                    logger.info("retention purge: %d consent or audit event(s) past their retention deleted", deleted)
            except Exception:
                logger.exception("retention purge of consent and audit events failed")
            self.runs += 1
            self.stopped.wait(self.interval)

    def stop(self) -> None:
        self.stopped.set()


def start_retention_purge(app: Flask, interval: float | None = None) -> RetentionPurge:
    """Start the purge thread for the app's store (every STAPSTEEN_PURGE_INTERVAL_MINUTES)."""
    if interval is None:
        interval = settings.purge_interval_minutes() * 60

    def store() -> Store:
        with app.app_context():
            return get_store()

    purger = RetentionPurge(store, interval)
    purger.start()
    return purger


def main() -> None:  # pragma: no cover - started by scripts/run.sh
    from waitress import serve

    port = int(os.environ.get("STAPSTEEN_WEB_PORT", "8080"))
    try:
        app = create_app()
        start_retention_purge(app)
    except (WebConfigError, ValueError) as exc:  # ValueError: STAPSTEEN_PURGE_INTERVAL_MINUTES
        sys.exit(f"stapsteen web server: {exc}")
    serve(app, host="127.0.0.1", port=port, threads=8, ident="stapsteen")


if __name__ == "__main__":  # pragma: no cover
    main()
