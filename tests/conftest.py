"""Shared fixtures for the domain-core tests.

Storage tests run on a real SQLite file in tmp_path and on a real PostgreSQL
server (a fresh database per test). PostgreSQL comes from the environment
variable STAPSTEEN_TEST_POSTGRES_URL (a server URL whose user may CREATE
DATABASE, e.g. postgresql+psycopg2://postgres@127.0.0.1:5432/postgres):

- unset                      -> the PostgreSQL variants are skipped;
- set but not reachable (2 s) -> the PostgreSQL variants FAIL, so CI cannot
  silently skip them.
"""
from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from tests import oracle

REPO_ROOT = Path(__file__).resolve().parent.parent

PG_ENV = "STAPSTEEN_TEST_POSTGRES_URL"
PG_SKIP = "PostgreSQL not reachable: set STAPSTEEN_TEST_POSTGRES_URL (CI starts a server; see .ci/run)"

# Every STAPSTEEN_* variable the code reads; tests start from none of them.
STAPSTEEN_ENV = ("STAPSTEEN_DATABASE_URL", "STAPSTEEN_MIGRATION_DATABASE_URL", "STAPSTEEN_SECRET_KEY",
                 "STAPSTEEN_KEY_FILE", "STAPSTEEN_VAR_DIR", "STAPSTEEN_STAFF_ID")


@pytest.fixture
def var_dir(tmp_path, monkeypatch) -> Path:
    """A private run-time folder and a fresh Fernet key for this test.

    bot.crypto caches ciphers per (env key, key path), so a new key per test
    gives a new cipher without clearing any cache.
    """
    for name in STAPSTEEN_ENV:
        monkeypatch.delenv(name, raising=False)
    path = tmp_path / "var"
    path.mkdir()
    monkeypatch.setenv("STAPSTEEN_VAR_DIR", str(path))
    monkeypatch.setenv("STAPSTEEN_SECRET_KEY", Fernet.generate_key().decode())
    return path


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'db' / 'stapsteen.db'}"


def _admin_engine(url: str):
    return create_engine(url, future=True, poolclass=NullPool, isolation_level="AUTOCOMMIT",
                         connect_args={"connect_timeout": 2})


@pytest.fixture(scope="session")
def pg_server_url() -> str:
    """The PostgreSQL server URL, checked once per session."""
    url = os.environ.get(PG_ENV, "").strip()
    if not url:
        pytest.skip(PG_SKIP)
    shown = make_url(url).render_as_string(hide_password=True)
    engine = _admin_engine(url)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except Exception as exc:  # noqa: BLE001 - any failure to connect must fail loudly
        pytest.fail(f"{PG_ENV} is set ({shown}) but PostgreSQL is not reachable: "
                    f"{type(exc).__name__}: {str(exc).strip()[:300]}", pytrace=False)
    finally:
        engine.dispose()
    return url


def _drop_database(engine, name: str) -> None:
    with engine.connect() as conn:
        try:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        except DBAPIError:  # PostgreSQL < 13: no WITH (FORCE)
            conn.exec_driver_sql(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = %(name)s AND pid <> pg_backend_pid()", {"name": name})
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}"')


@pytest.fixture
def pg_url(pg_server_url) -> str:
    """A fresh, empty PostgreSQL database for this test, dropped afterwards."""
    name = f"stapsteen_test_{uuid.uuid4().hex[:16]}"
    engine = _admin_engine(pg_server_url)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        yield make_url(pg_server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        try:
            _drop_database(engine, name)
        finally:
            engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request) -> str:
    """The same test on a SQLite file and on PostgreSQL."""
    return request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "pg_url")


@pytest.fixture
def store(var_dir, db_url):
    from bot.store import Store

    s = Store(db_url)
    yield s
    s.engine.dispose()


# -- test data -----------------------------------------------------------------


# Personal data that must never appear in plain text at rest or in output
# that was not asked for. Distinctive strings, so a search cannot hit by chance.
PERSON = {
    "name": "Griet Vanderstraeten-Zwijsen",
    "phone": "+32 470 98 76 54",
    "email": "griet.zwijsen@voorbeeld-stapsteen.be",
    "best_time": "woensdagvoormiddag",
}


@pytest.fixture
def person() -> dict:
    return dict(PERSON)


@pytest.fixture
def answers() -> dict:
    """Three weak, one unknown, the rest fine."""
    return oracle.answers(income="inadequate", education="inadequate", housing="unknown",
                          health="inadequate")


@pytest.fixture
def make_referral(request, person, answers):
    """Create a referral through the real Store; keyword overrides allowed.

    Goes to the `store` fixture unless another Store is given as `target`
    (the `store` fixture is only set up when it is used).
    """
    from bot.store import Contact

    def _make(*, target=None, contact=None, **overrides):
        kwargs = dict(channel="web", recorded_by="self", municipality="Gent",
                      recipient="OCMW Gent", contact=Contact(**(contact or person)),
                      answers=dict(answers), share_answers=True)
        kwargs.update(overrides)
        return (target or request.getfixturevalue("store")).create_referral(**kwargs)

    return _make


@pytest.fixture
def break_database(request, db_url):
    """Make the test's database unreachable after it was set up."""
    def _break():
        if db_url.startswith("sqlite"):
            import shutil
            folder = Path(db_url[len("sqlite:///"):]).parent
            shutil.rmtree(folder)
            folder.write_text("not a folder any more")   # nothing can be opened below it
        else:
            engine = _admin_engine(request.getfixturevalue("pg_server_url"))
            try:
                _drop_database(engine, make_url(db_url).database)
            finally:
                engine.dispose()
    return _break


# The real servers (Rasa, actions, web page) for integration and browser tests.
from tests.harness import sender, servers, web  # noqa: E402,F401


# -- running in parallel (pytest-xdist, `make test`) ---------------------------------
# Tests that start servers, Chromium, the spaCy build or a `rasa` subprocess
# (markers `integration` and `model`) run one after another within their group, as
# without xdist: two groups of about the same length (the cluster and browser tests;
# the rest), one per worker, so at most two sets of servers start at once on the 2
# cores. The unit tests fill the gaps on either worker.
FIRST_SERVER_GROUP = ("tests/integration/test_cluster.py", "tests/browser/")


def server_group(item) -> str | None:
    if not (item.get_closest_marker("integration") or item.get_closest_marker("model")):
        return None
    return "servers-1" if item.nodeid.startswith(FIRST_SERVER_GROUP) else "servers-2"


@pytest.hookimpl(tryfirst=True)  # before xdist's own hook reads the groups
def pytest_collection_modifyitems(config, items):
    for item in items:
        group = server_group(item)
        if group:
            item.add_marker(pytest.mark.xdist_group(group))
