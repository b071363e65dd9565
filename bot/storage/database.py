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
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError, NoSuchModuleError
from sqlalchemy.orm import Session

from bot import crypto, settings

SQLITE_PREFIX = "sqlite:///"
UNREACHABLE = "the database cannot be reached"
#: PostgreSQL's SQLSTATE insufficient_privilege: a missing grant, or the proof guard (migration 0007).
INSUFFICIENT_PRIVILEGE = "42501"
#: The start of every refusal of the proof guard (bot/storage/proof.py REFUSED).
GUARD_REFUSAL = "stapsteen: proof is append-only"
UPGRADE_AS_OWNER = (
    "this database role may not change the schema: run `python -m bot db upgrade` "
    f"with {settings.MIGRATION_DATABASE_URL_ENV} set to the URL of the role that owns the tables"
)

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


class NotPermitted(StorageError, PermissionError):
    """The database refused: consent and audit events are append-only (and kept for
    their retention period), or this database role may not do this. Nothing was changed."""


class ReferralNotFound(StorageError, LookupError):
    pass


class InvalidRequest(StorageError, ValueError):
    pass


def refused(exc: DBAPIError) -> bool:
    """Whether the database refused the statement (guard or grants), rather than failing."""
    code = getattr(exc.orig, "pgcode", None)
    return code == INSUFFICIENT_PRIVILEGE or GUARD_REFUSAL in str(exc.orig)


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
        """Create or upgrade the schema to the newest version (Alembic), as the owner
        role of STAPSTEEN_MIGRATION_DATABASE_URL when it is set; then give the
        application role (this database's user, when another one) its grants."""
        from bot.migrate import upgrade  # Alembic is only loaded when needed

        owner = self.owner_engine()
        try:
            upgrade(owner or self.engine, app_role=self.app_role() if owner is not None else None)
        except DBAPIError as exc:
            if refused(exc):
                raise NotPermitted(UPGRADE_AS_OWNER) from exc
            raise StorageUnavailable(UNREACHABLE) from exc
        finally:
            if owner is not None:
                owner.dispose()
        self.check_key()

    def owner_engine(self) -> Engine | None:
        """An engine of STAPSTEEN_MIGRATION_DATABASE_URL (None when unset). It must
        name the same database as this one: migrations never go elsewhere."""
        url = settings.migration_database_url()
        if url is None:
            return None
        try:
            owner, mine = make_url(url), self.engine.url
        except ArgumentError as exc:
            raise StorageError(f"{settings.MIGRATION_DATABASE_URL_ENV} is not a valid database URL") from exc
        same = (owner.get_backend_name(), owner.host, owner.port, owner.database)
        if same != (mine.get_backend_name(), mine.host, mine.port, mine.database):
            raise StorageError(
                f"{settings.MIGRATION_DATABASE_URL_ENV} must name the same database as {settings.DATABASE_URL_ENV}"
            )
        return create_database_engine(url)

    def app_role(self) -> str | None:
        """The role the service connects as, when it is not the owner's (PostgreSQL only)."""
        owner = settings.migration_database_url()
        mine = self.engine.url
        if owner is None or mine.get_backend_name() != "postgresql" or not mine.username:
            return None
        return mine.username if mine.username != make_url(owner).username else None

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction: committed at the end of the block,
        rolled back on an error. A refusal of the database (the proof guard, a
        missing grant) becomes NotPermitted; IntegrityError passes through
        unchanged (a caller may retry); any other driver error becomes
        StorageUnavailable."""
        try:
            with Session(self.engine, future=True) as session:
                with session.begin():
                    yield session
        except DBAPIError as exc:
            if refused(exc):
                raise NotPermitted(f"the database refused: {str(exc.orig).splitlines()[0][:200]}") from exc
            if isinstance(exc, IntegrityError):
                raise
            raise StorageUnavailable(UNREACHABLE) from exc
