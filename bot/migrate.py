"""Alembic schema migrations, run from code (no alembic.ini needed).

`python -m bot db upgrade` runs them by hand; the Store runs them on start.
After an upgrade to the newest version the database enforces the retention
period of the proof from consent.yml (bot/storage/proof.py), and, with two
roles on PostgreSQL, the application role gets exactly its grants
(`grant_app_role`).
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import inspect
from sqlalchemy import text as sql_text
from sqlalchemy.engine import Connection, Engine

from bot.storage import proof
from bot.storage.database import StorageError

MIGRATIONS = Path(__file__).parent / "migrations"
HEAD = "head"
#: The table of Alembic itself: the application role reads it (to see the schema is up to date).
VERSION_TABLE = "alembic_version"
PROOF_PRIVILEGES = "SELECT, INSERT"
OTHER_PRIVILEGES = "SELECT, INSERT, UPDATE, DELETE"


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    return cfg


def upgrade(engine: Engine, revision: str = HEAD, app_role: str | None = None) -> None:
    """Migrate to `revision`, in one transaction. At the newest version the proof's
    retention period is brought in line with consent.yml; with `app_role` that role
    gets its grants (PostgreSQL)."""
    cfg = alembic_config(engine)
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, revision)
        if revision == HEAD:
            proof.sync_retention(connection)
        if app_role:
            grant_app_role(connection, app_role)


def grant_app_role(connection: Connection, role: str) -> list[str]:
    """Give the application `role` what the service needs and nothing more, on every
    table of the current schema: SELECT and INSERT on the proof (consent_event,
    audit_event: no UPDATE, DELETE or TRUNCATE), SELECT on alembic_version, SELECT,
    INSERT, UPDATE and DELETE on the others, the sequences, and EXECUTE on the purge
    of expired proof. Run as the owner of the tables; safe to run again. Returns the
    statements run (for the command line)."""
    if connection.dialect.name != "postgresql":
        raise StorageError("database roles exist on PostgreSQL only; SQLite has no roles to grant")
    found = connection.execute(
        sql_text("SELECT rolsuper, rolname = current_user FROM pg_roles WHERE rolname = :role"), {"role": role}
    ).one_or_none()
    if found is None:
        raise StorageError(f"the role {role!r} does not exist: create it first (CREATE ROLE ... LOGIN PASSWORD ...)")
    if found[0] or found[1]:
        raise StorageError(f"the role {role!r} is a superuser or the owner itself: use a separate, plain role")
    quote = connection.dialect.identifier_preparer.quote
    schema = connection.execute(sql_text("SELECT current_schema()")).scalar_one()
    who, where = quote(role), quote(schema)
    statements = [f"GRANT USAGE ON SCHEMA {where} TO {who}"]
    for table in sorted(inspect(connection).get_table_names(schema=schema)):
        name = f"{where}.{quote(table)}"
        privileges = (
            PROOF_PRIVILEGES
            if table in proof.PROOF_TABLES
            else "SELECT"
            if table == VERSION_TABLE
            else OTHER_PRIVILEGES
        )
        statements += [f"REVOKE ALL ON {name} FROM {who}", f"GRANT {privileges} ON {name} TO {who}"]
    statements.append(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {where} TO {who}")
    if connection.execute(sql_text(f"SELECT to_regproc('{proof.PURGE_FUNCTION}')")).scalar() is not None:
        statements.append(f"GRANT EXECUTE ON FUNCTION {where}.{proof.PURGE_FUNCTION}(timestamptz) TO {who}")
    for statement in statements:
        connection.exec_driver_sql(statement)
    return statements
