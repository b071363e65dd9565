"""Run-time settings, read from environment variables (one place)."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: SQLAlchemy database URL. Default: a SQLite file under var/.
DATABASE_URL_ENV = "STAPSTEEN_DATABASE_URL"
#: PostgreSQL with two roles: the URL of the role that owns the tables, used only to run the
#: migrations and to grant the application role (the user of STAPSTEEN_DATABASE_URL) what it
#: needs. Unset: the migrations run with STAPSTEEN_DATABASE_URL (one role, as on SQLite).
MIGRATION_DATABASE_URL_ENV = "STAPSTEEN_MIGRATION_DATABASE_URL"
#: Fernet key(s), comma-separated (first one encrypts; all decrypt, for rotation).
SECRET_KEY_ENV = "STAPSTEEN_SECRET_KEY"
#: Where the key file lives when no key is given in the environment.
KEY_FILE_ENV = "STAPSTEEN_KEY_FILE"
#: Another criteria definition than bot/data/criteria.yml (tests, pilots).
CRITERIA_FILE_ENV = "STAPSTEEN_CRITERIA_FILE"
#: Another deployment file than bot/data/deployment.yml (controller, data-protection officer,
#: legal basis; bot/deployment.py). Production refuses the shipped demo file.
DEPLOYMENT_FILE_ENV = "STAPSTEEN_DEPLOYMENT_FILE"
#: Minutes between two runs of the retention purge in the web server (default 60).
PURGE_INTERVAL_ENV = "STAPSTEEN_PURGE_INTERVAL_MINUTES"
DEFAULT_PURGE_INTERVAL_MINUTES = 60.0
#: Folder for generated run-time files (database, key file).
VAR_DIR_ENV = "STAPSTEEN_VAR_DIR"
#: Minutes without a message after which a conversation is forgotten (default 30).
IDLE_MINUTES_ENV = "STAPSTEEN_IDLE_MINUTES"
DEFAULT_IDLE_MINUTES = 30.0
#: Redis URL (redis://host:port/db): conversations live there, shared by several Rasa servers.
REDIS_URL_ENV = "STAPSTEEN_REDIS_URL"
#: Fernet key(s) of the conversations in Redis, comma-separated (NOT the referral key).
TRACKER_KEY_ENV = "STAPSTEEN_TRACKER_KEY"
#: ... or one shared file holding them (never created: every server must read the same key).
TRACKER_KEY_FILE_ENV = "STAPSTEEN_TRACKER_KEY_FILE"
#: The municipality this deployment serves (its website runs the chat): the key of the
#: anonymous figures (bot/figures.py). Never asked from the family for that purpose.
MUNICIPALITY_ENV = "STAPSTEEN_MUNICIPALITY"
#: `production` or `development` (the default). Production refuses to start on unsafe settings
#: (e.g. a missing or weak STAPSTEEN_WEB_SECRET) instead of making up what is missing.
ENV_ENV = "STAPSTEEN_ENV"
PRODUCTION = "production"
DEVELOPMENT = "development"
#: The secret that signs the web session cookie and the CSRF tokens.
WEB_SECRET_ENV = "STAPSTEEN_WEB_SECRET"
#: How many reverse proxies stand in front of the web server (their X-Forwarded-For is
#: trusted); unset: the client is the address that connects (remote_addr).
TRUSTED_PROXIES_ENV = "STAPSTEEN_TRUSTED_PROXIES"


def var_dir() -> Path:
    return Path(os.environ.get(VAR_DIR_ENV) or ROOT / "var")


def database_url() -> str:
    url = os.environ.get(DATABASE_URL_ENV)
    if url:
        return url
    return f"sqlite:///{var_dir() / 'stapsteen.db'}"


def migration_database_url() -> str | None:
    """The owner's URL for the migrations (STAPSTEEN_MIGRATION_DATABASE_URL), None when unset."""
    return os.environ.get(MIGRATION_DATABASE_URL_ENV, "").strip() or None


def key_file() -> Path:
    return Path(os.environ.get(KEY_FILE_ENV) or var_dir() / "secret.key")


def criteria_file() -> Path:
    return Path(os.environ.get(CRITERIA_FILE_ENV) or ROOT / "bot" / "data" / "criteria.yml")


def deployment_file() -> Path:
    return Path(os.environ.get(DEPLOYMENT_FILE_ENV) or ROOT / "bot" / "data" / "deployment.yml")


def _positive_minutes(env: str, default: float) -> float:
    """A setting in minutes: a positive, finite number, or `default` when unset."""
    raw = os.environ.get(env, "").strip()
    if not raw:
        return default
    try:
        minutes = float(raw)
    except ValueError:
        minutes = 0.0
    if not minutes > 0 or minutes == float("inf"):
        raise ValueError(f"{env} must be a positive number of minutes, not {raw[:20]!r}")
    return minutes


def purge_interval_minutes() -> float:
    """How often the web server deletes referrals past their retention (minutes, > 0)."""
    return _positive_minutes(PURGE_INTERVAL_ENV, DEFAULT_PURGE_INTERVAL_MINUTES)


def idle_minutes() -> float:
    """How long an idle conversation is kept (minutes, > 0)."""
    return _positive_minutes(IDLE_MINUTES_ENV, DEFAULT_IDLE_MINUTES)


def municipality() -> str:
    """The deployment's municipality as configured ('' when not set)."""
    return " ".join(os.environ.get(MUNICIPALITY_ENV, "").split())


def redis_url() -> str | None:
    return os.environ.get(REDIS_URL_ENV, "").strip() or None


def tracker_keys() -> str | None:
    """The conversation key(s) from the environment or the shared key file; None when neither is set."""
    raw = os.environ.get(TRACKER_KEY_ENV, "").strip()
    if raw:
        return raw
    path = os.environ.get(TRACKER_KEY_FILE_ENV, "").strip()
    if not path:
        return None
    try:
        return Path(path).read_text().strip() or None
    except OSError as exc:
        raise ValueError(f"{TRACKER_KEY_FILE_ENV}={path} cannot be read ({exc.strerror})") from exc


def referral_keys() -> str | None:
    """The referral key(s) if they exist (to keep the conversation key apart); never creates the file."""
    raw = os.environ.get(SECRET_KEY_ENV, "").strip()
    if raw:
        return raw
    try:
        return key_file().read_text().strip() or None
    except OSError:
        return None


def environment() -> str:
    """`production` or `development` (STAPSTEEN_ENV; unset or empty: development).

    Any other value stops the start: a typo must not silently mean development."""
    raw = os.environ.get(ENV_ENV, "").strip().lower()
    if raw in ("", DEVELOPMENT):
        return DEVELOPMENT
    if raw == PRODUCTION:
        return PRODUCTION
    raise ValueError(f"{ENV_ENV} must be {PRODUCTION!r} or {DEVELOPMENT!r}, not {raw[:40]!r}")


def production() -> bool:
    return environment() == PRODUCTION


def web_secret() -> str | None:
    """STAPSTEEN_WEB_SECRET as given (None when unset or empty); web/app.py checks it."""
    return os.environ.get(WEB_SECRET_ENV, "").strip() or None


def trusted_proxies() -> int:
    """How many proxies in front of the web server are trusted (0: none, the default)."""
    raw = os.environ.get(TRUSTED_PROXIES_ENV, "").strip()
    if not raw:
        return 0
    if not raw.isdigit() or not 0 <= int(raw) <= 5:
        raise ValueError(f"{TRUSTED_PROXIES_ENV} must be the number of proxies in front (0-5), not {raw[:20]!r}")
    return int(raw)
