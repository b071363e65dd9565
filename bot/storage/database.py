"""The database: engine, schema migrations, transactions, and storage errors.

SQLAlchemy 1.4 in the 2.0 style. Every unit of the storage layer works inside
`Database.session()`, which turns "the database cannot be reached" into
`StorageUnavailable`, so callers never see a driver exception.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine
from sqlalchemy.engine import Engine
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError, NoSuchModuleError
from sqlalchemy.orm import Session

from bot import crypto, settings

SQLITE_PREFIX = "sqlite:///"
UNREACHABLE = "the database cannot be reached"

# --- how long one database call may wait ---------------------------------------------
# The chain of timeouts, innermost first; each fires before the one around it,
# so the family always gets the kind message of the layer that knows most:
#
#   1. database (here): connecting, waiting for a lock or a pool connection,
#      each at most LOCK_TIMEOUT_S = 5 s, one statement at most
#      STATEMENT_TIMEOUT_S = 10 s (PostgreSQL). A busy or absent database thus
#      becomes StorageUnavailable after ~5 s and the action sends its kind text
#      ("referral.save_failed", "withdraw.unavailable"). An action makes a few
#      such calls at most (a save: look up the key, insert, count the figures):
#      even all of them at their limit stay well under
#   2. Rasa -> action server: 25 s (endpoints.yml `action_endpoint: timeout`,
#      applied by channels/tracker_store.py; Rasa 3.6 itself hard-codes 300 s);
#   3. web proxy -> Rasa: 60 s (web/chat.py RASA_TIMEOUT) for the whole turn;
#   4. browser -> web proxy: 75 s (web/static/chat.js TIMEOUT_MS).
LOCK_TIMEOUT_S = 5
STATEMENT_TIMEOUT_S = 10


def engine_options(url: str) -> dict[str, Any]:
    """create_engine() arguments that bound every wait (see the chain above)."""
    if url.startswith("sqlite"):
        # pysqlite's busy timeout: how long a write waits for another's lock.
        return {"connect_args": {"timeout": LOCK_TIMEOUT_S}}
    if url.startswith("postgresql"):
        options = f"-c lock_timeout={LOCK_TIMEOUT_S * 1000} -c statement_timeout={STATEMENT_TIMEOUT_S * 1000}"
        return {"connect_args": {"connect_timeout": LOCK_TIMEOUT_S, "options": options}, "pool_timeout": LOCK_TIMEOUT_S}
    return {}


class StorageError(RuntimeError):
    """Base class of storage problems."""


class StorageUnavailable(StorageError):
    """The database cannot be reached. Nothing was changed."""


class ReferralNotFound(StorageError, LookupError):
    pass


class InvalidRequest(StorageError, ValueError):
    pass


def utcnow() -> dt.datetime:
    """Now, in UTC, to the second (what is stored)."""
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


def create_database_engine(url: str) -> Engine:
    """An engine for `url`; for SQLite files the folder is created first."""
    if url.startswith(SQLITE_PREFIX):
        try:
            Path(url[len(SQLITE_PREFIX) :]).parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:  # e.g. a parent is a file, or not writable
            raise StorageUnavailable(UNREACHABLE) from exc
    try:
        return create_engine(url, future=True, pool_pre_ping=True, **engine_options(url))
    except (ArgumentError, NoSuchModuleError) as exc:
        raise StorageUnavailable(
            "the database URL is not valid (e.g. sqlite:///var/stapsteen.db or "
            "postgresql+psycopg2://user:password@host/db)"
        ) from exc


class Database:
    """One database: `url` (default: STAPSTEEN_DATABASE_URL) or a ready `engine`."""

    def __init__(self, url: str | None = None, *, engine: Engine | None = None) -> None:
        self.url: str = url or settings.database_url()
        self.engine: Engine = engine if engine is not None else create_database_engine(self.url)

    def check_key(self) -> None:
        """Stop with the reason when the encryption key cannot be used with this database
        (missing while encrypted data exists; misplaced in production). Never creates one."""
        crypto.check_key(self)

    def migrate(self) -> None:
        """Create or upgrade the schema to the newest version (Alembic)."""
        from bot.migrate import upgrade  # Alembic is only loaded when needed

        try:
            upgrade(self.engine)
        except DBAPIError as exc:
            raise StorageUnavailable(UNREACHABLE) from exc
        self.check_key()

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction: committed at the end of the block,
        rolled back on an error. IntegrityError passes through unchanged (a
        caller may retry); any other driver error becomes StorageUnavailable."""
        try:
            with Session(self.engine, future=True) as session:
                with session.begin():
                    yield session
        except DBAPIError as exc:
            if isinstance(exc, IntegrityError):
                raise
            raise StorageUnavailable(UNREACHABLE) from exc
