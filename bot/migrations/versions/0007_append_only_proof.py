"""consent_event and audit_event: append-only in the database, deleted only past their retention

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 10:00:00

PostgreSQL:
- stapsteen_proof_guard(): a trigger function that refuses every UPDATE and
  TRUNCATE of consent_event and audit_event, and every DELETE of a row whose
  occurred_at is not older than the retention period by the server's clock
  (now() - stapsteen_proof_retention_days() days);
- stapsteen_proof_retention_days(): the period (from consent.yml
  `proof_retention_days`; bot/storage/proof.py keeps it in line);
- stapsteen_purge_proof(now): SECURITY DEFINER, owned by the owner role: the
  only way for an application role without DELETE to remove expired proof. It
  computes the cutoff itself, from LEAST(now, the server's clock).
The grants of the application role are set by bot/migrate.py after every
upgrade (REVOKE ALL, then SELECT, INSERT on these two tables).

SQLite: BEFORE UPDATE triggers that always abort, BEFORE DELETE triggers that
abort for a row younger than the period (SQLite's clock, UTC). SQLite has no
roles: anyone who can write the file can drop them. A later migration that
rebuilds one of these tables in batch mode must create the triggers again.
"""

from alembic import op

from bot.storage.proof import PROOF_TABLES, REFUSED, install_retention, retention_days

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def _postgresql_upgrade() -> None:
    bind = op.get_bind()
    schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
    path = f"pg_catalog, {bind.dialect.identifier_preparer.quote(schema)}, pg_temp"
    op.execute(
        f"""
        CREATE FUNCTION stapsteen_proof_guard() RETURNS trigger
        LANGUAGE plpgsql SET search_path = {path} AS $$
        BEGIN
          IF TG_OP = 'DELETE' THEN
            IF OLD.occurred_at < now() - make_interval(days => stapsteen_proof_retention_days()) THEN
              RETURN OLD;
            END IF;
            RAISE EXCEPTION '{REFUSED}: % rows are kept % days', TG_TABLE_NAME, stapsteen_proof_retention_days()
              USING ERRCODE = 'insufficient_privilege';
          END IF;
          RAISE EXCEPTION '{REFUSED}: % refused on %', TG_OP, TG_TABLE_NAME
            USING ERRCODE = 'insufficient_privilege';
        END
        $$
        """
    )
    for table in PROOF_TABLES:
        op.execute(
            f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION stapsteen_proof_guard()"
        )
        op.execute(
            f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION stapsteen_proof_guard()"
        )
    op.execute(
        f"""
        CREATE FUNCTION stapsteen_purge_proof(
          requested_now timestamptz, OUT consent_events integer, OUT audit_events integer
        )
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = {path} AS $$
        DECLARE
          cutoff timestamptz := LEAST(requested_now, now()) - make_interval(days => stapsteen_proof_retention_days());
        BEGIN
          DELETE FROM consent_event WHERE occurred_at < cutoff;
          GET DIAGNOSTICS consent_events = ROW_COUNT;
          DELETE FROM audit_event WHERE occurred_at < cutoff;
          GET DIAGNOSTICS audit_events = ROW_COUNT;
        END
        $$
        """
    )
    op.execute("REVOKE ALL ON FUNCTION stapsteen_purge_proof(timestamptz) FROM PUBLIC")


def upgrade() -> None:
    bind = op.get_bind()
    install_retention(bind, retention_days())
    if bind.dialect.name == "postgresql":
        _postgresql_upgrade()
        return
    for table in PROOF_TABLES:
        op.execute(
            f"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} "
            f"BEGIN SELECT RAISE(ABORT, '{REFUSED}: {table} rows cannot change'); END"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS stapsteen_purge_proof(timestamptz)")
        for table in PROOF_TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}")
        op.execute("DROP FUNCTION IF EXISTS stapsteen_proof_guard()")
        op.execute("DROP FUNCTION IF EXISTS stapsteen_proof_retention_days()")
        return
    for table in PROOF_TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_no_update")
        op.execute(f"DROP TRIGGER IF EXISTS {table}_keep")
