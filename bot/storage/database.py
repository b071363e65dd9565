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

from sqlalchemy import create_engine
from sqlalchemy.engine import Engine
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError, NoSuchModuleError
from sqlalchemy.orm import Session

from bot import settings

SQLITE_PREFIX = "sqlite:///"
UNREACHABLE = "the database cannot be reached"


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
        return create_engine(url, future=True, pool_pre_ping=True)
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

    def migrate(self) -> None:
        """Create or upgrade the schema to the newest version (Alembic)."""
        from bot.migrate import upgrade  # Alembic is only loaded when needed

        try:
            upgrade(self.engine)
        except DBAPIError as exc:
            raise StorageUnavailable(UNREACHABLE) from exc

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
