"""Staff command line: `python -m bot ...` (built on click)."""

from __future__ import annotations

import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any

import click

from bot.criteria import criteria
from bot.crypto import CryptoKeyError
from bot.export import to_csv
from bot.store import (
    ABUSE,
    ABUSE_REASONS,
    REFERRAL_STATUSES,
    SETTABLE_STATUSES,
    StorageError,
    StorageUnavailable,
    Store,
    normalise_reference,
)


def _default_actor() -> str:
    try:
        user = getpass.getuser()
    except Exception:  # no user name available (containers)
        user = "unknown"
    return os.environ.get("STAPSTEEN_STAFF_ID") or f"cli:{user}"


def _store() -> Store:
    try:
        return Store()
    except StorageUnavailable as exc:
        raise click.ClickException(f"{exc}. Check STAPSTEEN_DATABASE_URL.") from exc
    except (StorageError, CryptoKeyError) as exc:  # e.g. NotPermitted: migrate as the owner
        raise click.ClickException(str(exc)) from exc


def _run(fn):
    """Turn storage errors into clear messages and a non-zero exit."""
    try:
        return fn()
    except (StorageError, CryptoKeyError) as exc:
        raise click.ClickException(str(exc)) from exc


@click.group()
@click.option(
    "--actor",
    default=_default_actor,
    show_default="$STAPSTEEN_STAFF_ID or cli:<user>",
    help="Who is acting; written to the audit log.",
)
@click.pass_context
def main(ctx: click.Context, actor: str) -> None:
    """Stapsteen staff command line."""
    ctx.obj = {"actor": actor}


@main.group()
def referrals() -> None:
    """See, export, update and withdraw referrals."""


@referrals.command("list")
@click.option("--status", type=click.Choice(REFERRAL_STATUSES), help="Only this status.")
def list_(status: str) -> None:
    """List referrals, newest first (no contact details). NOT-VERIFIED: contact
    details typed online by someone unknown; confirm who you speak to first."""
    items = _run(lambda: _store().list(status=status))
    if not items:
        click.echo("No referrals.")
        return
    for r in items:
        score = "-" if r["score"] is None else f"{r['score']}/{len(criteria().ids)}"
        mark = "verified" if r["verified"] else "NOT-VERIFIED"
        click.echo(
            f"{r['reference']}  {r['created_at']}  {r['status']:<11}  {r['channel']:<4}  {mark:<12}  {score:<4}  "
            f"{r['recipient']}"
        )


@referrals.command()
@click.argument("reference")
@click.option("--with-contact", is_flag=True, help="Also show decrypted contact details (audited).")
@click.pass_obj
def show(obj: dict[str, Any], reference: str, with_contact: bool) -> None:
    """Show one referral as JSON."""
    item = _run(lambda: _store().get(reference, with_contact=with_contact, actor=obj["actor"]))
    click.echo(json.dumps(item, indent=2, ensure_ascii=False))


@referrals.command()
@click.option("--format", "fmt", type=click.Choice(["json", "csv"]), default="json", show_default=True)
@click.option("--status", type=click.Choice(REFERRAL_STATUSES), help="Only this status.")
@click.option("--with-contact", is_flag=True, help="Include decrypted contact details (audited).")
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to this file (created with 0600 permissions) instead of stdout.",
)
@click.pass_obj
def export(obj: dict[str, Any], fmt: str, status: str, with_contact: bool, output: Path) -> None:
    """Export referrals as JSON or CSV."""
    store = _store()
    items = _run(lambda: store.export(with_contact=with_contact, actor=obj["actor"], status=status))
    text = (
        json.dumps(items, indent=2, ensure_ascii=False)
        if fmt == "json"
        else to_csv(items, store.defs.ids, with_contact)
    )
    if output:
        fd = os.open(output, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text if text.endswith("\n") else text + "\n")
        click.echo(f"Wrote {len(items)} referral(s) to {output}", err=True)
    else:
        click.echo(text.rstrip("\n"))


@referrals.command("set-status")
@click.argument("reference")
@click.argument("status", type=click.Choice((*SETTABLE_STATUSES, ABUSE)))
@click.option("--reason", type=click.Choice(ABUSE_REASONS), help="Why it is abuse (required with abuse).")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation (abuse).")
@click.pass_obj
def set_status(obj: dict[str, Any], reference: str, status: str, reason: str | None, yes: bool) -> None:
    """Set the status of a referral (new, in_progress, closed), or mark it as
    abuse with a --reason: that erases its contact details and answers."""
    if (status == ABUSE) != (reason is not None):
        raise click.UsageError("--reason goes with the status abuse, and only with it")
    store = _store()
    if status == ABUSE:
        _run(lambda: store.get(reference))  # unknown reference: fail before asking
        if not yes:
            click.confirm(f"Mark {reference.upper()} as abuse and erase its contact details and answers?", abort=True)
    _run(lambda: store.set_status(reference, status, obj["actor"], reason))
    if status == ABUSE:
        click.echo(f"{normalise_reference(reference)}: marked as abuse ({reason}); contact details and answers erased")
    else:
        click.echo(f"{normalise_reference(reference)}: status is now {status}")


@referrals.command()
@click.argument("reference")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.pass_obj
def withdraw(obj: dict[str, Any], reference: str, yes: bool) -> None:
    """Withdraw the family's consent: erase contact details and answers."""
    store = _store()
    _run(lambda: store.get(reference))  # unknown reference: fail before asking
    if not yes:
        click.confirm(
            f"Withdraw consent for {reference.upper()} and erase its contact details and answers?", abort=True
        )
    ref = _run(lambda: store.withdraw(reference, obj["actor"], method="recorded_by_staff_on_request"))
    click.echo(f"{ref}: consent withdrawn, contact details and answers erased")


@main.command()
@click.option(
    "--older-than",
    "days",
    type=click.IntRange(min=0),
    required=True,
    metavar="DAYS",
    help="Delete referrals created more than DAYS days ago.",
)
@click.pass_obj
def purge(obj: dict[str, Any], days: int) -> None:
    """Delete old referrals (retention). Consent records stay as proof."""
    count = _run(lambda: _store().purge(days, obj["actor"]))
    click.echo(f"Deleted {count} referral(s) older than {days} day(s).")


@main.command()
@click.option("--from", "date_from", type=click.DateTime(["%Y-%m-%d"]), required=True, help="First day (YYYY-MM-DD).")
@click.option("--to", "date_to", type=click.DateTime(["%Y-%m-%d"]), required=True, help="Last day (YYYY-MM-DD).")
@click.option("--format", "fmt", type=click.Choice(["json", "csv"]), default="json", show_default=True)
@click.option("--municipality", help="Only this municipality (default: every municipality with figures).")
def figures(date_from: Any, date_to: Any, fmt: str, municipality: str | None) -> None:
    """Anonymous figures for the local child-poverty platform, with small numbers suppressed.

    Every week that is over and whose Thursday lies in the range, and every
    quarter that is over and lies in it whole. Figures under 5 read "< 5";
    "afgeschermd" is hidden so that no small figure can be worked out."""
    from bot import figures as figures_mod

    store = _store()
    try:
        tables = _run(lambda: figures_mod.publish(store, date_from.date(), date_to.date(), municipality=municipality))
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc
    if fmt == "json":
        click.echo(json.dumps(figures_mod.as_json(tables), indent=2, ensure_ascii=False))
    else:
        click.echo(figures_mod.as_csv(tables).rstrip("\n"))


@main.group()
def staff() -> None:
    """Staff members and their chat codes."""


@staff.command("add")
@click.argument("staff_id")
@click.option("--organisation", help="e.g. 'OCMW Gent'.")
@click.pass_obj
def staff_add(obj: dict[str, Any], staff_id: str, organisation: str) -> None:
    """Create a staff member (or give a new code). The code is shown once."""
    from bot.staff import add_staff

    code = _run(lambda: add_staff(_store(), staff_id, organisation, obj["actor"]))
    click.echo(f"Staff member {staff_id} ready. Chat code (shown once, keep it private): {code}")


@staff.command("set-password")
@click.argument("staff_id")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
@click.pass_obj
def staff_set_password(obj: dict[str, Any], staff_id: str, password_stdin: bool) -> None:
    """Set the password for the staff desk (web page)."""
    from bot.staff import set_password

    if password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    _run(lambda: set_password(_store(), staff_id, password, obj["actor"]))
    click.echo(f"Desk password set for {staff_id}.")


@staff.command("remove")
@click.argument("staff_id")
@click.pass_obj
def staff_remove(obj: dict[str, Any], staff_id: str) -> None:
    """Deactivate a staff member; their code stops working."""
    from bot.staff import remove_staff

    _run(lambda: remove_staff(_store(), staff_id, obj["actor"]))
    click.echo(f"Staff member {staff_id} deactivated.")


@staff.command("unlock")
@click.argument("staff_id")
@click.pass_obj
def staff_unlock(obj: dict[str, Any], staff_id: str) -> None:
    """Lift a desk lock-out (too many wrong passwords) before its time."""
    from bot.staff import unlock

    _run(lambda: unlock(_store(), staff_id, obj["actor"]))
    click.echo(f"Desk account of {staff_id} unlocked.")


@staff.command("list")
def staff_list() -> None:
    """List staff members."""
    from bot.staff import list_staff

    for row in _run(lambda: list_staff(_store())):
        click.echo(f"{row.staff_id}  {'active' if row.active else 'inactive'}  {row.organisation or '-'}")


@main.group()
def db() -> None:
    """Database maintenance."""


@db.command()
def upgrade() -> None:
    """Create or migrate the database schema to the newest version. With
    STAPSTEEN_MIGRATION_DATABASE_URL (PostgreSQL): as that owner role, and the
    role of STAPSTEEN_DATABASE_URL gets the grants of the service."""
    store = _store()
    click.echo(f"Database schema is up to date ({store.engine.url.render_as_string(hide_password=True)}).")
    role = store.db.app_role()
    if role:
        click.echo(
            f"Application role {role}: SELECT and INSERT on consent_event and audit_event (no UPDATE, "
            "DELETE or TRUNCATE), SELECT, INSERT, UPDATE and DELETE on the other tables."
        )


@main.group()
def keys() -> None:
    """The encryption key of contact details and answers."""


def _check_tokens(store: Store) -> tuple[int, int, int, int]:
    """(values, not decrypting, decrypting under the first key alone, number of keys)."""
    from cryptography.fernet import Fernet, InvalidToken

    from bot import crypto
    from bot.storage.encrypted import all_tokens

    found, _path = crypto.current_keys()
    fernet = crypto.build_cipher(",".join(found))
    first = Fernet(found[0].encode())
    tokens = all_tokens(store.db)
    failed = under_first = 0
    for token in tokens:
        try:
            fernet.decrypt(token)
        except InvalidToken:
            failed += 1
            continue
        try:
            first.decrypt(token)
            under_first += 1
        except InvalidToken:
            pass
    return len(tokens), failed, under_first, len(found)


@keys.command("check")
def keys_check() -> None:
    """Decrypt every encrypted value with the current key(s); exit 1 if any fails."""
    store = _store()
    count, failed, under_first, n_keys = _run(lambda: _check_tokens(store))
    if failed:
        click.echo(f"Checked {count} encrypted value(s) with {n_keys} key(s): {failed} do NOT decrypt.")
        sys.exit(1)
    click.echo(
        f"Checked {count} encrypted value(s) with {n_keys} key(s): all decrypt ({under_first} under the first key)."
    )


@keys.command("rotate")
@click.pass_obj
def keys_rotate(obj: dict[str, Any]) -> None:
    """Make a new key and re-encrypt every value with it; the old key(s) stay as second."""
    from cryptography.fernet import Fernet, InvalidToken

    from bot import crypto
    from bot.storage.encrypted import reencrypt_all

    store = _store()
    count, failed, _first, _n = _run(lambda: _check_tokens(store))
    if failed:
        raise click.ClickException(
            f"{failed} of {count} encrypted value(s) do not decrypt with the current key(s); "
            "nothing was changed (run `keys check`, restore the missing key first)"
        )
    old, path = _run(crypto.current_keys)
    new_keys = [Fernet.generate_key().decode(), *old]
    # The new key is kept before any value is encrypted with it, with the old key(s)
    # after it: if this stops halfway, every value still decrypts.
    if path is not None:
        crypto.write_key_file(path, new_keys)
        click.echo(f"Wrote the new key to {path}, the old key(s) after it.")
    else:
        click.echo(
            "The key comes from STAPSTEEN_SECRET_KEY. Set it, on every server, to this value "
            "(new key first, old key(s) after it) and restart them:"
        )
        click.echo(f"STAPSTEEN_SECRET_KEY={','.join(new_keys)}")
    sys.stdout.flush()
    fernet = crypto.build_cipher(",".join(new_keys))
    try:
        done = _run(lambda: reencrypt_all(store.db, store.audit_log, fernet.rotate, obj["actor"]))
    except InvalidToken as exc:  # written in between by a process with another key
        raise click.ClickException("a value does not decrypt with the key(s); nothing was re-encrypted") from exc
    crypto.cache_clear()
    click.echo(
        f"Re-encrypted {done} value(s) with the new key in one transaction. Restart the servers so they "
        "read the new key; the old key(s) can be removed once `keys check` shows all values under the first key."
    )


@main.group()
def nlp() -> None:
    """The Dutch spaCy pipeline."""


@nlp.command()
@click.option("--output", type=click.Path(file_okay=False, path_type=Path), required=True)
@click.option("--blank", is_flag=True, help="Ignore nl_core_news_sm even when installed.")
def build(output: Path, blank: bool) -> None:
    """Build the Dutch spaCy pipeline that Rasa loads."""
    from bot.nlp.pipeline import save_pipeline

    path = save_pipeline(output, base=None if blank else "auto")
    click.echo(f"Dutch pipeline written to {path}")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
