"""Consent and audit events are append-only in the database itself, and kept for a stated period.

On PostgreSQL with two roles (migration 0007, bot/migrate.py): the owner runs the
migrations, the application role may only read and add proof rows, and deletes
expired ones only through `stapsteen_purge_proof`. A trigger holds every role,
the owner too: no UPDATE, no TRUNCATE, no DELETE of a row younger than
`proof_retention_days` (consent.yml). SQLite gets the same rules as triggers.

Everything runs against the real databases (see conftest.py: PostgreSQL from
STAPSTEEN_TEST_POSTGRES_URL, a superuser URL; the two roles are made here).
"""

from __future__ import annotations

import datetime as dt
import html
import os
import sqlite3
import subprocess
import sys
import uuid
from dataclasses import dataclass

import pytest
from sqlalchemy import create_engine, text, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from bot import consent
from bot.messages import text as message
from bot.models import AuditEvent, ConsentEvent
from bot.storage import proof
from bot.storage.database import NotPermitted, StorageError
from bot.store import Store
from tests.conftest import REPO_ROOT, _admin_engine, _drop_database

MIGRATION_ENV = "STAPSTEEN_MIGRATION_DATABASE_URL"
PROOF_TABLES = ("consent_event", "audit_event")
DAY = dt.timedelta(days=1)


@pytest.fixture(autouse=True)
def one_role_unless_told(monkeypatch):
    monkeypatch.delenv(MIGRATION_ENV, raising=False)


def now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


def days() -> int:
    return proof.retention_days()


def rows(engine, table: str) -> list:
    with engine.connect() as conn:
        return sorted(repr(tuple(r)) for r in conn.execute(text(f"SELECT * FROM {table}")))


def proof_rows(engine) -> dict:
    return {table: rows(engine, table) for table in PROOF_TABLES}


def raw_engine(url: str):
    return create_engine(url, future=True, poolclass=NullPool)


def add_audit_event(store: Store, action: str, at: dt.datetime) -> None:
    with store.db.session() as s:
        store.audit_log.record(s, "test", action, None, None, at)


def actions(store: Store) -> list[str]:
    return [e.action for e in store.audit_events()]


# -- two roles on PostgreSQL ----------------------------------------------------------------


@dataclass(frozen=True)
class Roles:
    owner: str  # role names
    app: str
    owner_url: str
    app_url: str


@pytest.fixture
def roles(pg_server_url, var_dir):
    """A fresh database owned by a new owner role, and a plain application role."""
    suffix = uuid.uuid4().hex[:12]
    owner, app, name = f"stapsteen_owner_{suffix}", f"stapsteen_app_{suffix}", f"stapsteen_test_{suffix}"
    admin = _admin_engine(pg_server_url)
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE ROLE {owner} LOGIN PASSWORD 'owner-{suffix}'")
        conn.exec_driver_sql(f"CREATE ROLE {app} LOGIN PASSWORD 'app-{suffix}'")
        conn.exec_driver_sql(f'CREATE DATABASE "{name}" OWNER {owner}')
    base = make_url(pg_server_url).set(database=name)
    try:
        yield Roles(
            owner,
            app,
            base.set(username=owner, password=f"owner-{suffix}").render_as_string(hide_password=False),
            base.set(username=app, password=f"app-{suffix}").render_as_string(hide_password=False),
        )
    finally:
        try:
            _drop_database(admin, name)
            with admin.connect() as conn:
                conn.exec_driver_sql(f"DROP ROLE IF EXISTS {app}")
                conn.exec_driver_sql(f"DROP ROLE IF EXISTS {owner}")
        finally:
            admin.dispose()


@pytest.fixture
def app_store(roles, monkeypatch):
    """The service's Store, connected as the application role, after `db upgrade` as the owner."""
    monkeypatch.setenv(MIGRATION_ENV, roles.owner_url)
    Store(roles.app_url).engine.dispose()  # what `python -m bot db upgrade` does with both URLs set
    monkeypatch.delenv(MIGRATION_ENV)  # the servers themselves run without the owner's URL
    store = Store(roles.app_url)
    yield store
    store.engine.dispose()


@pytest.mark.postgres
def test_the_app_role_may_add_proof_but_never_change_or_delete_it(app_store, roles, make_referral):
    ref = make_referral(target=app_store)  # INSERTs into both proof tables
    app_store.audit("worker-1", "login")
    add_audit_event(app_store, "long_ago", now() - (days() + 30) * DAY)  # past its period, even so
    assert {e.kind for e in app_store.consent_events(ref)} == {"referral", "share_answers"}
    before = proof_rows(app_store.engine)
    engine = raw_engine(roles.app_url)
    try:
        for table in PROOF_TABLES:
            for statement in (
                f"UPDATE {table} SET occurred_at = occurred_at",
                f"DELETE FROM {table}",
                f"DELETE FROM {table} WHERE occurred_at < now() - interval '1 day'",
                f"TRUNCATE {table}",
            ):
                with pytest.raises(DBAPIError) as refused, engine.begin() as conn:
                    conn.exec_driver_sql(statement)
                assert refused.value.orig.pgcode == "42501", statement  # insufficient_privilege
                assert "permission denied" in str(refused.value.orig), statement
    finally:
        engine.dispose()
    with pytest.raises(NotPermitted), app_store.db.session() as s:  # through the application's own code
        s.execute(update(ConsentEvent).values(state="withdrawn"))
    assert proof_rows(app_store.engine) == before


@pytest.mark.postgres
def test_the_trigger_holds_the_owner_too(app_store, roles, make_referral):
    make_referral(target=app_store)
    add_audit_event(app_store, "young", now() - (days() - 1) * DAY)
    add_audit_event(app_store, "old", now() - (days() + 1) * DAY)
    engine = raw_engine(roles.owner_url)
    try:
        for statement in (
            "UPDATE audit_event SET actor = 'someone else'",
            "DELETE FROM audit_event WHERE action = 'young'",
            "TRUNCATE audit_event",
            "UPDATE consent_event SET state = 'given'",
            "TRUNCATE consent_event",
        ):
            with pytest.raises(DBAPIError, match=proof.REFUSED), engine.begin() as conn:
                conn.exec_driver_sql(statement)
        with engine.begin() as conn:  # past its period: the owner may delete it
            assert conn.exec_driver_sql("DELETE FROM audit_event WHERE action = 'old'").rowcount == 1
    finally:
        engine.dispose()
    assert sorted(actions(app_store)) == ["create", "young"]


@pytest.mark.postgres
def test_the_normal_flows_work_as_the_app_role(app_store, make_referral):
    from bot import staff

    expired = make_referral(target=app_store, now=now() - 400 * DAY)
    ref = make_referral(target=app_store)
    app_store.set_status(ref, "in_progress", "worker-1")
    assert app_store.get(ref, with_contact=True, actor="worker-1")["contact"]
    app_store.withdraw(ref, "self")
    staff.add_staff(app_store, "an.peeters", "OCMW Gent")
    assert app_store.purge(365, "system:retention") == 1  # the expired referral goes ...
    assert [r["reference"] for r in app_store.list()] == [ref]
    assert app_store.consent_events(expired)  # ... its proof stays (no foreign key, no cascade)
    assert [e.state for e in app_store.consent_events(ref)].count("withdrawn") == 2
    assert app_store.get(ref)["status"] == "withdrawn"
    done = app_store.purge_proof("system:retention")  # EXECUTE on the owner's function
    assert (done.consent_events, done.audit_events) == (0, 0)
    assert actions(app_store)[-2:] == ["purge", proof.PURGE_ACTION]


@pytest.mark.postgres
def test_the_app_role_purges_expired_proof_through_the_owners_function(app_store, make_referral):
    old = make_referral(target=app_store, now=now() - (days() + 1) * DAY)
    young = make_referral(target=app_store, now=now() - (days() - 1) * DAY)
    done = app_store.purge_proof("system:retention")
    assert (done.consent_events, done.audit_events) == (2, 1)
    assert not app_store.consent_events(old) and not app_store.audit_events(old)
    assert len(app_store.consent_events(young)) == 2 and app_store.audit_events(young)


@pytest.mark.postgres
def test_the_app_role_can_neither_migrate_nor_change_the_period(roles, monkeypatch):
    with pytest.raises(NotPermitted, match=MIGRATION_ENV):  # an empty database: no tables for the app role
        Store(roles.app_url)
    monkeypatch.setenv(MIGRATION_ENV, roles.owner_url)
    Store(roles.app_url).engine.dispose()
    monkeypatch.delenv(MIGRATION_ENV)
    monkeypatch.setitem(consent.config(), "proof_retention_days", 30)  # consent.yml changed
    with pytest.raises(NotPermitted, match=MIGRATION_ENV):
        Store(roles.app_url)
    owner = raw_engine(roles.owner_url)
    try:
        with owner.connect() as conn:
            assert proof.installed_retention_days(conn) == 2190  # unchanged
        monkeypatch.setenv(MIGRATION_ENV, roles.owner_url)
        Store(roles.app_url).engine.dispose()  # the owner's migration brings it in line
        with owner.connect() as conn:
            assert proof.installed_retention_days(conn) == 30
    finally:
        owner.dispose()


@pytest.mark.postgres
def test_db_upgrade_with_two_urls_sets_the_grants_of_the_app_role(roles, var_dir):
    env = {k: v for k, v in os.environ.items() if not k.startswith("STAPSTEEN_")}
    env.update(
        STAPSTEEN_VAR_DIR=str(var_dir),
        STAPSTEEN_SECRET_KEY=os.environ["STAPSTEEN_SECRET_KEY"],
        STAPSTEEN_DATABASE_URL=roles.app_url,
        STAPSTEEN_MIGRATION_DATABASE_URL=roles.owner_url,
    )
    done = subprocess.run(
        [sys.executable, "-m", "bot", "db", "upgrade"],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert f"Application role {roles.app}" in done.stdout
    assert "app-" not in done.stdout + done.stderr  # no password shown
    engine = raw_engine(roles.owner_url)
    try:
        with engine.connect() as conn:

            def may(table: str, privilege: str) -> bool:
                return conn.execute(
                    text("SELECT has_table_privilege(:role, :table, :privilege)"),
                    {"role": roles.app, "table": table, "privilege": privilege},
                ).scalar_one()

            for table in PROOF_TABLES:
                assert may(table, "SELECT") and may(table, "INSERT")
                assert not any(may(table, p) for p in ("UPDATE", "DELETE", "TRUNCATE", "TRIGGER", "REFERENCES"))
            for table in ("referral", "staff_member", "figure_count"):
                assert all(may(table, p) for p in ("SELECT", "INSERT", "UPDATE", "DELETE"))
                assert not may(table, "TRUNCATE")
            assert may("alembic_version", "SELECT") and not may("alembic_version", "UPDATE")
            owners = (
                conn.execute(text("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = current_schema()"))
                .scalars()
                .all()
            )
            assert owners == [roles.owner]
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_grant_app_role_refuses_a_superuser_the_owner_and_an_unknown_role(roles):
    from bot.migrate import grant_app_role, upgrade

    engine = raw_engine(roles.owner_url)
    try:
        upgrade(engine)
        superuser = make_url(os.environ["STAPSTEEN_TEST_POSTGRES_URL"]).username
        for role, reason in ((superuser, "superuser"), (roles.owner, "owner"), ("nobody_" + roles.app, "not exist")):
            with pytest.raises(StorageError, match=reason), engine.begin() as conn:
                grant_app_role(conn, role)
    finally:
        engine.dispose()


# -- both databases ---------------------------------------------------------------------------


def test_proof_purge_deletes_only_proof_past_the_period_with_a_clock_we_control(store, make_referral):
    period = days()
    assert period == consent.config()["proof_retention_days"] == 2190
    base = now()
    old = make_referral(now=base - (period + 1) * DAY)
    young = make_referral(now=base - (period - 1) * DAY)

    done = store.purge_proof("cron", now=base - 2 * DAY)  # two days ago: nothing had expired yet
    assert (done.consent_events, done.audit_events) == (0, 0)
    assert store.consent_events(old) and store.audit_events(old)

    done = store.purge_proof("cron", now=base)
    assert (done.days, done.consent_events, done.audit_events) == (period, 2, 1)
    assert not store.consent_events(old) and not store.audit_events(old)
    assert len(store.consent_events(young)) == 2 and store.audit_events(young)

    done = store.purge_proof("cron", now=base + 3650 * DAY)  # a clock ahead cannot purge earlier
    assert (done.consent_events, done.audit_events) == (0, 0)
    assert len(store.consent_events(young)) == 2
    purges = [e for e in store.audit_events() if e.action == proof.PURGE_ACTION]
    assert [(e.actor, e.detail) for e in purges] == [
        ("cron", {"older_than_days": period, "consent_events": 0, "audit_events": 0}),
        ("cron", {"older_than_days": period, "consent_events": 2, "audit_events": 1}),
        ("cron", {"older_than_days": period, "consent_events": 0, "audit_events": 0}),
    ]


def test_the_database_refuses_to_change_or_delete_young_proof_whatever_the_client(store, make_referral):
    """Not through the application: a plain connection (the sqlite3 module, a psql-like client)."""
    make_referral()
    add_audit_event(store, "old", now() - (days() + 1) * DAY)
    before = proof_rows(store.engine)
    statements = [f"UPDATE {t} SET occurred_at = occurred_at" for t in PROOF_TABLES]
    statements += [f"DELETE FROM {t}" for t in PROOF_TABLES]
    if store.engine.dialect.name == "sqlite":
        conn = sqlite3.connect(store.engine.url.database)
        try:
            for statement in statements:
                with pytest.raises(sqlite3.IntegrityError, match=proof.REFUSED):
                    conn.execute(statement)
                conn.rollback()
            deleted = conn.execute("DELETE FROM audit_event WHERE action = 'old'").rowcount
            conn.rollback()
        finally:
            conn.close()
    else:
        engine = raw_engine(store.url)
        try:
            for statement in statements:
                with pytest.raises(DBAPIError, match=proof.REFUSED), engine.begin() as conn:
                    conn.exec_driver_sql(statement)
            with engine.connect() as conn:
                deleted = conn.exec_driver_sql("DELETE FROM audit_event WHERE action = 'old'").rowcount
                conn.rollback()
        finally:
            engine.dispose()
    assert deleted == 1  # a row past its period may go (rolled back here)
    assert proof_rows(store.engine) == before


def test_a_refusal_reaches_the_caller_as_not_permitted(store, make_referral):
    make_referral()
    with pytest.raises(NotPermitted, match="append-only"), store.db.session() as s:
        s.execute(update(AuditEvent).values(actor="someone else"))
    with pytest.raises(NotPermitted, match="append-only"), store.db.session() as s:
        s.execute(ConsentEvent.__table__.delete())
    assert {e.actor for e in store.audit_events()} == {"self"}


def test_a_new_period_in_consent_yml_is_enforced_after_the_next_migration(store, db_url, monkeypatch):
    add_audit_event(store, "month_old", now() - 31 * DAY)
    with store.engine.connect() as conn:
        assert proof.installed_retention_days(conn) == 2190
    monkeypatch.setitem(consent.config(), "proof_retention_days", 30)
    again = Store(db_url)  # every start migrates
    try:
        with again.engine.connect() as conn:
            assert proof.installed_retention_days(conn) == 30
        assert again.purge_proof("cron").audit_events == 1
        assert "month_old" not in actions(again)
    finally:
        again.engine.dispose()


def test_the_hourly_retention_purge_also_purges_expired_proof(store, make_referral):
    import time

    from web.app import RETENTION_ACTOR, RetentionPurge

    old = make_referral(now=now() - (days() + 1) * DAY)
    clock = [now() - 2 * DAY]  # a clock the test moves
    purger = RetentionPurge(lambda: store, interval=0.01, clock=lambda: clock[0])
    purger.start()
    try:
        deadline = time.monotonic() + 10
        while purger.runs < 2 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert len(store.consent_events(old)) == 2  # not yet past the period by that clock
        clock[0] = now()
        runs = purger.runs
        while purger.runs < runs + 2 and time.monotonic() < deadline:
            time.sleep(0.01)
    finally:
        purger.stop()
        purger.join(5)
    assert not store.consent_events(old)
    purges = [e for e in store.audit_events() if e.action == proof.PURGE_ACTION]
    assert {e.actor for e in purges} == {RETENTION_ACTOR}
    assert {"older_than_days": days(), "consent_events": 2, "audit_events": 1} in [e.detail for e in purges]


def test_migration_0007_can_be_undone_and_done_again(store, make_referral):
    from alembic import command

    from bot.migrate import alembic_config, upgrade

    make_referral()
    cfg = alembic_config(store.engine)
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0006")
    with store.engine.begin() as conn:  # no guard at 0006
        assert proof.installed_retention_days(conn) is None
        conn.execute(update(AuditEvent).values(actor="changed at 0006"))
    upgrade(store.engine)
    with pytest.raises(NotPermitted), store.db.session() as s:
        s.execute(update(AuditEvent).values(actor="changed at 0007"))
    assert {e.actor for e in store.audit_events()} == {"changed at 0006"}


# -- SQLite only ------------------------------------------------------------------------------


def test_a_migration_url_of_another_database_is_refused(var_dir, tmp_path, monkeypatch):
    other = tmp_path / "other" / "owner.db"
    monkeypatch.setenv(MIGRATION_ENV, f"sqlite:///{other}")
    with pytest.raises(StorageError, match=f"{MIGRATION_ENV} must name the same database"):
        Store(f"sqlite:///{tmp_path / 'db' / 'stapsteen.db'}")
    assert not other.exists()


@pytest.fixture
def sqlite_store(var_dir, sqlite_url):
    store = Store(sqlite_url)
    yield store
    store.engine.dispose()


def test_sqlite_has_no_roles_to_grant(sqlite_store):
    from bot.migrate import grant_app_role

    store = sqlite_store
    with pytest.raises(StorageError, match="PostgreSQL only"), store.engine.begin() as conn:
        grant_app_role(conn, "stapsteen_app")


def test_hand_edited_sqlite_triggers_are_put_back(sqlite_store, make_referral):
    store = sqlite_store
    make_referral(target=store)
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER consent_event_keep")  # gone
        conn.exec_driver_sql("DROP TRIGGER audit_event_keep")  # and replaced by one that allows everything
        conn.exec_driver_sql("CREATE TRIGGER audit_event_keep BEFORE DELETE ON audit_event WHEN 0 BEGIN SELECT 1; END")
        assert proof.installed_retention_days(conn) == -1
    store.migrate()
    add_audit_event(store, "young", now() - DAY)
    for table in (AuditEvent, ConsentEvent):
        with pytest.raises(NotPermitted), store.db.session() as s:
            s.execute(table.__table__.delete())
    assert actions(store) == ["create", "young"]


# -- the privacy page states the period -------------------------------------------------------


def test_the_privacy_page_states_how_long_the_proof_is_kept(var_dir, sqlite_url, monkeypatch):
    from web import chat as web_chat
    from web.app import create_app

    for name in ("STAPSTEEN_ENV", "STAPSTEEN_WEB_SECRET", "STAPSTEEN_DEPLOYMENT_FILE", "STAPSTEEN_REDIS_URL"):
        monkeypatch.delenv(name, raising=False)
    store = Store(sqlite_url)
    try:
        client = create_app(store=store).test_client()
        page = html.unescape(client.get("/privacy").get_data(as_text=True))
        six_years = message("privacy_page.period.years", years=6)
        assert web_chat.period(days()) == six_years
        assert message("privacy_page.keep_proof_period", period=six_years) in page
        monkeypatch.setitem(consent.config(), "proof_retention_days", 1000)  # filled in from consent.yml
        page = html.unescape(client.get("/privacy").get_data(as_text=True))
        thousand = message("privacy_page.period.days", days=1000)
        assert message("privacy_page.keep_proof_period", period=thousand) in page
    finally:
        store.engine.dispose()


def test_proof_rows_are_not_tied_to_referrals(store):
    """No foreign key from the proof to a referral: purging a referral is neither blocked
    by its proof nor deletes it (the flows above show it, this names the reason)."""
    from sqlalchemy import inspect

    inspector = inspect(store.engine)
    for table in PROOF_TABLES:
        assert inspector.get_foreign_keys(table) == []
