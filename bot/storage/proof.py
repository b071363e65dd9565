"""The proof (consent events and audit events): append-only, and kept for a stated period.

The period is `proof_retention_days` of bot/data/consent.yml, counted from each
row's own `occurred_at`. The database itself enforces both rules (migration
0007); this module holds the period-dependent part of that guard and the purge.

- PostgreSQL: a trigger refuses every UPDATE and TRUNCATE of the proof tables,
  and every DELETE of a row younger than the period by the server's clock. The
  application role (bot/migrate.py `grant_app_role`) has only SELECT and INSERT
  on them; it deletes through `stapsteen_purge_proof(now)`, a SECURITY DEFINER
  function of the owner that deletes rows older than the period before
  LEAST(now, the server's clock): the application's clock can make a purge
  later, never earlier.
- SQLite: triggers with the same rules (RAISE(ABORT)). SQLite has no roles:
  whoever can write the file can drop the triggers.

The period lives in the database (`stapsteen_proof_retention_days()` on
PostgreSQL, the text of the delete triggers on SQLite), written by the owner:
`sync_retention` brings it in line with consent.yml at every migration.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete
from sqlalchemy import text as sql_text
from sqlalchemy.engine import Connection

from bot import consent
from bot.models import AuditEvent, ConsentEvent
from bot.storage.audit import AuditLog
from bot.storage.database import Database, StorageError, utcnow

PROOF_TABLES = ("consent_event", "audit_event")
#: Every refusal of the guard starts with this (bot/storage/database.py turns it into NotPermitted).
REFUSED = "stapsteen: proof is append-only"
#: The PostgreSQL functions of migration 0007.
RETENTION_FUNCTION = "stapsteen_proof_retention_days"
PURGE_FUNCTION = "stapsteen_purge_proof"
PURGE_ACTION = "purge_proof"


def retention_days() -> int:
    """How many days consent and audit events are kept (consent.yml `proof_retention_days`)."""
    days = consent.config().get("proof_retention_days")
    if isinstance(days, bool) or not isinstance(days, int) or days < 1:
        raise StorageError("bot/data/consent.yml: proof_retention_days must be a whole number of days (1 or more)")
    return days


@dataclass(frozen=True)
class ProofPurge:
    """What one purge deleted."""

    days: int
    consent_events: int
    audit_events: int


class Proof:
    def __init__(self, db: Database, audit_log: AuditLog) -> None:
        self.db = db
        self.audit_log = audit_log

    def purge(self, actor: str, now: dt.datetime | None = None) -> ProofPurge:
        """Delete the consent and audit events older than the period before `now`
        (default: the clock; never later than the database's own clock), and
        write one audit event `purge_proof` with the numbers."""
        days = retention_days()
        now = now or utcnow()
        with self.db.session() as s:
            if s.get_bind().dialect.name == "postgresql":
                row = s.execute(
                    sql_text(f"SELECT consent_events, audit_events FROM {PURGE_FUNCTION}(:now)"), {"now": now}
                ).one()
                consents, audits = int(row.consent_events), int(row.audit_events)
            else:  # the same rule; the triggers check it again with the database's clock
                cutoff = min(now, utcnow()) - dt.timedelta(days=days)
                consents = s.execute(delete(ConsentEvent).where(ConsentEvent.occurred_at < cutoff)).rowcount
                audits = s.execute(delete(AuditEvent).where(AuditEvent.occurred_at < cutoff)).rowcount
            detail = {"older_than_days": days, "consent_events": consents, "audit_events": audits}
            self.audit_log.record(s, actor, PURGE_ACTION, None, detail)
        return ProofPurge(days, consents, audits)


# --- the period in the database (run by the owner: migration 0007 and bot/migrate.py) ------


def _sqlite_delete_trigger(table: str, days: int) -> str:
    return (
        f"CREATE TRIGGER {table}_keep BEFORE DELETE ON {table} "
        f"WHEN OLD.occurred_at >= datetime('now', '-{days} days') "
        f"BEGIN SELECT RAISE(ABORT, '{REFUSED}: {table} rows are kept {days} days'); END"
    )


def _postgresql_retention_function(days: int) -> str:
    return (
        f"CREATE OR REPLACE FUNCTION {RETENTION_FUNCTION}() RETURNS integer "
        f"LANGUAGE sql IMMUTABLE AS $$ SELECT {days} $$"
    )


def installed_retention_days(connection: Connection) -> int | None:
    """The period the database enforces now; None when the guard is not installed (before 0007)."""
    if connection.dialect.name == "postgresql":
        if connection.execute(sql_text(f"SELECT to_regproc('{RETENTION_FUNCTION}')")).scalar() is None:
            return None
        return int(connection.execute(sql_text(f"SELECT {RETENTION_FUNCTION}()")).scalar_one())
    found = dict(
        connection.execute(
            sql_text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (:a, :b)"),
            {"a": f"{PROOF_TABLES[0]}_keep", "b": f"{PROOF_TABLES[1]}_keep"},
        ).all()
    )
    if not found:
        return None
    for days in {_days_in(sql) for sql in found.values()}:
        if len(found) == len(PROOF_TABLES) and all(
            sql == _sqlite_delete_trigger(name.removesuffix("_keep"), days) for name, sql in found.items()
        ):
            return days
    return -1  # changed by hand: reinstall


def _days_in(sql: str) -> int:
    marker = "datetime('now', '-"
    start = sql.find(marker) + len(marker)
    digits = sql[start:].split(" ", 1)[0]
    return int(digits) if digits.isdigit() else -1


def install_retention(connection: Connection, days: int) -> None:
    """(Re)write the period the database enforces: `days`."""
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(_postgresql_retention_function(days))
        return
    for table in PROOF_TABLES:
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {table}_keep")
        connection.exec_driver_sql(_sqlite_delete_trigger(table, days))


def sync_retention(connection: Connection, days: int | None = None) -> bool:
    """Make the database enforce `days` (default: consent.yml) when it enforces
    another period, or none (dropped by hand). Only for a schema at the newest
    version (bot/migrate.py). True when it changed something."""
    days = retention_days() if days is None else days
    if installed_retention_days(connection) == days:
        return False
    install_retention(connection, days)
    return True
