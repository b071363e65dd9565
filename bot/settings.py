"""Run-time settings, read from environment variables (one place)."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: SQLAlchemy database URL. Default: a SQLite file under var/.
DATABASE_URL_ENV = "STAPSTEEN_DATABASE_URL"
#: Fernet key(s), comma-separated (first one encrypts; all decrypt, for rotation).
SECRET_KEY_ENV = "STAPSTEEN_SECRET_KEY"
#: Where the key file lives when no key is given in the environment.
KEY_FILE_ENV = "STAPSTEEN_KEY_FILE"
#: Another criteria definition than bot/data/criteria.yml (tests, pilots).
CRITERIA_FILE_ENV = "STAPSTEEN_CRITERIA_FILE"
#: Folder for generated run-time files (database, key file).
VAR_DIR_ENV = "STAPSTEEN_VAR_DIR"


def var_dir() -> Path:
    return Path(os.environ.get(VAR_DIR_ENV) or ROOT / "var")


def database_url() -> str:
    url = os.environ.get(DATABASE_URL_ENV)
    if url:
        return url
    return f"sqlite:///{var_dir() / 'stapsteen.db'}"


def key_file() -> Path:
    return Path(os.environ.get(KEY_FILE_ENV) or var_dir() / "secret.key")


def criteria_file() -> Path:
    return Path(os.environ.get(CRITERIA_FILE_ENV) or ROOT / "bot" / "data" / "criteria.yml")
