"""The staff command line, run as a real subprocess: `python -m bot ...`.

Referrals are created through the real Store in the same database, with the
same key, then read, changed and exported through the CLI.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from bot.store import Store
from tests.oracle import CRITERIA

REPO_ROOT = Path(__file__).resolve().parent.parent
UNKNOWN_REF = "STP-2345-6789"


@pytest.fixture
def cli(var_dir):
    """Run the CLI against a database URL, with this test's var dir and key."""
    def run(url, *args, input=None, env=None, check=None):
        full_env = {k: v for k, v in os.environ.items() if not k.startswith("STAPSTEEN_")}
        full_env.update({
            "STAPSTEEN_VAR_DIR": os.environ["STAPSTEEN_VAR_DIR"],
            "STAPSTEEN_SECRET_KEY": os.environ["STAPSTEEN_SECRET_KEY"],
            "STAPSTEEN_DATABASE_URL": url,
            "STAPSTEEN_STAFF_ID": "worker-cli",
            "PYTHONIOENCODING": "utf-8",
        })
        full_env.update(env or {})
        proc = subprocess.run([sys.executable, "-m", "bot", *args], cwd=REPO_ROOT, env=full_env,
                              input=input if input is not None else "", capture_output=True,
                              text=True, encoding="utf-8", timeout=60)
        if check is not None:
            assert proc.returncode == check, (proc.returncode, proc.stdout, proc.stderr)
        return proc
    return run


@pytest.fixture
def db(sqlite_url, var_dir):
    """A migrated SQLite database, with a Store in this process for setup and checks."""
    s = Store(sqlite_url)
    yield s
    s.engine.dispose()


def snapshot(store: Store) -> dict:
    from sqlalchemy import text
    out = {}
    with store.engine.connect() as conn:
        for table in ("referral", "consent_event", "audit_event"):
            out[table] = sorted(repr(tuple(bytes(v) if isinstance(v, memoryview) else v for v in row))
                                for row in conn.execute(text(f"SELECT * FROM {table}")))
    return out


def secrets_of(person):
    digits = re.sub(r"\D", "", person["phone"])
    return [person["name"], person["phone"], digits, person["email"], person["best_time"]]


def assert_no_traceback(proc):
    assert "Traceback" not in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stdout, proc.stdout


# -- empty database -------------------------------------------------------------------

def test_fresh_database_exports_an_empty_list(cli, sqlite_url):
    proc = cli(sqlite_url, "referrals", "export", "--format", "json", check=0)
    assert proc.stdout.rstrip("\n") == "[]"
    assert json.loads(proc.stdout) == []
    assert Path(sqlite_url[len("sqlite:///"):]).is_file()       # created and migrated on first use


def test_fresh_database_csv_has_only_the_header(cli, sqlite_url):
    proc = cli(sqlite_url, "referrals", "export", "--format", "csv", check=0)
    rows = list(csv.reader(io.StringIO(proc.stdout)))
    assert len(rows) == 1 and "reference" in rows[0]


def test_default_database_lives_in_the_var_dir(cli, var_dir):
    proc = cli("", "referrals", "list", env={"STAPSTEEN_DATABASE_URL": ""}, check=0)
    assert "No referrals" in proc.stdout
    assert (var_dir / "stapsteen.db").is_file()


def test_db_upgrade(cli, sqlite_url):
    proc = cli(sqlite_url, "db", "upgrade", check=0)
    assert "up to date" in proc.stdout
    from sqlalchemy import create_engine, inspect
    engine = create_engine(sqlite_url)
    try:
        assert {"referral", "consent_event", "audit_event"} <= set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


# -- reading ------------------------------------------------------------------------------

def test_list(cli, db, make_referral, sqlite_url, person):
    import datetime as dt
    t = dt.datetime(2026, 2, 1, 10, 0, tzinfo=dt.timezone.utc)
    a = make_referral(target=db, now=t, recipient="OCMW Gent")
    b = make_referral(target=db, now=t + dt.timedelta(days=1), recipient="CAW Brussel", share_answers=False)
    proc = cli(sqlite_url, "referrals", "list", check=0)
    lines = [line for line in proc.stdout.splitlines() if line.strip()]
    assert len(lines) == 2
    assert lines[0].startswith(b) and lines[1].startswith(a)      # newest first
    assert "CAW Brussel" in lines[0] and "OCMW Gent" in lines[1]
    for s in secrets_of(person):
        assert s not in proc.stdout + proc.stderr

    db.set_status(a, "closed", "worker-1")
    proc = cli(sqlite_url, "referrals", "list", "--status", "closed", check=0)
    assert a in proc.stdout and b not in proc.stdout


def test_show(cli, db, make_referral, sqlite_url, person, answers):
    ref = make_referral(target=db, recipient="Huis van het Kind Aalst", municipality="Aalst")
    before = len(db.audit_events())
    proc = cli(sqlite_url, "referrals", "show", ref.lower(), check=0)
    item = json.loads(proc.stdout)
    assert item["reference"] == ref
    assert item["recipient"] == "Huis van het Kind Aalst"
    assert item["municipality"] == "Aalst"
    assert item["criteria"] == answers
    assert item["status"] == "new"
    assert item["consent"]["given_at"]
    assert "contact" not in item
    for s in secrets_of(person):
        assert s not in proc.stdout + proc.stderr
    assert len(db.audit_events()) == before                # nothing to audit


def test_show_with_contact_is_audited(cli, db, make_referral, sqlite_url, person):
    ref = make_referral(target=db)
    proc = cli(sqlite_url, "--actor", "worker-77", "referrals", "show", ref, "--with-contact", check=0)
    item = json.loads(proc.stdout)
    assert item["contact"] == person
    last = db.audit_events()[-1]
    assert (last.action, last.actor, last.referral_reference) == ("view_contact", "worker-77", ref)


def test_export_json(cli, db, make_referral, sqlite_url, person, answers):
    refs = {make_referral(target=db), make_referral(target=db, share_answers=False)}
    before = len(db.audit_events())
    proc = cli(sqlite_url, "referrals", "export", "--format", "json", check=0)
    items = json.loads(proc.stdout)
    assert {i["reference"] for i in items} == refs
    by_share = {i["share_answers"]: i for i in items}
    assert by_share[True]["criteria"] == answers
    assert by_share[False]["criteria"] is None
    assert all("contact" not in i for i in items)
    for s in secrets_of(person):
        assert s not in proc.stdout + proc.stderr
    assert len(db.audit_events()) == before


def test_export_csv(cli, db, make_referral, sqlite_url, person, answers):
    shared = make_referral(target=db)
    private = make_referral(target=db, share_answers=False)
    proc = cli(sqlite_url, "referrals", "export", "--format", "csv", check=0)
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    header = next(csv.reader(io.StringIO(proc.stdout)))
    for column in ("reference", "created_at", "channel", "recorded_by", "municipality", "recipient",
                   "status", "score", "unknown", "vulnerable", "criteria_version", "share_answers",
                   "consent.given_at", "consent.text_version", "consent.text_sha256",
                   "consent.withdrawn_at"):
        assert column in header, column
    assert [c for c in header if c.startswith("criteria.")] == [f"criteria.{c}" for c in CRITERIA]
    assert not [c for c in header if c.startswith("contact")]
    assert len(rows) == 2
    by_ref = {r["reference"]: r for r in rows}
    assert set(by_ref) == {shared, private}
    for cid in CRITERIA:
        assert by_ref[shared][f"criteria.{cid}"] == answers[cid]
        assert by_ref[private][f"criteria.{cid}"] == ""
    weak = sum(1 for cid in CRITERIA if answers[cid] == "inadequate")
    assert by_ref[shared]["score"] == str(weak)
    assert by_ref[private]["score"] == ""
    for s in secrets_of(person):
        assert s not in proc.stdout + proc.stderr


def test_export_with_contact_is_audited(cli, db, make_referral, sqlite_url, person):
    ref = make_referral(target=db)
    proc = cli(sqlite_url, "--actor", "worker-55", "referrals", "export", "--format", "csv",
               "--with-contact", check=0)
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    assert len(rows) == 1 and rows[0]["reference"] == ref
    assert rows[0]["contact.name"] == person["name"]
    assert rows[0]["contact.email"] == person["email"]
    assert rows[0]["contact.phone"] == person["phone"]
    last = db.audit_events()[-1]
    assert (last.action, last.actor) == ("export_with_contact", "worker-55")

    proc = cli(sqlite_url, "referrals", "export", "--with-contact", check=0)
    assert json.loads(proc.stdout)[0]["contact"] == person
    last = db.audit_events()[-1]
    assert (last.action, last.actor) == ("export_with_contact", "worker-cli")   # STAPSTEEN_STAFF_ID


def test_export_csv_neutralises_formulas(cli, db, make_referral, sqlite_url):
    make_referral(target=db, contact={"name": "=HYPERLINK(\"http://x\")", "phone": "+32 470 11 22 33"})
    proc = cli(sqlite_url, "referrals", "export", "--format", "csv", "--with-contact", check=0)
    row = next(csv.DictReader(io.StringIO(proc.stdout)))
    assert not row["contact.name"].startswith("=")
    assert row["contact.phone"] == "+32 470 11 22 33"        # a phone number stays as it is


def test_export_to_a_file_is_private(cli, db, make_referral, sqlite_url, tmp_path):
    ref = make_referral(target=db)
    out = tmp_path / "export.json"
    proc = cli(sqlite_url, "referrals", "export", "-o", str(out), "--with-contact", check=0)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert json.loads(out.read_text(encoding="utf-8"))[0]["reference"] == ref
    assert ref not in proc.stdout


# -- changing ------------------------------------------------------------------------------

def test_set_status(cli, db, make_referral, sqlite_url):
    ref = make_referral(target=db)
    proc = cli(sqlite_url, "--actor", "worker-12", "referrals", "set-status", ref, "in_progress", check=0)
    assert "in_progress" in proc.stdout
    assert db.get(ref)["status"] == "in_progress"
    last = db.audit_events()[-1]
    assert (last.action, last.actor, last.referral_reference) == ("set_status", "worker-12", ref)


@pytest.mark.parametrize("status", ["done", "withdrawn"])
def test_set_bad_status(cli, db, make_referral, sqlite_url, status):
    ref = make_referral(target=db)
    before = snapshot(db)
    proc = cli(sqlite_url, "referrals", "set-status", ref, status)
    assert proc.returncode != 0
    assert status in proc.stderr
    assert "in_progress" in proc.stderr                  # the valid choices are named
    assert_no_traceback(proc)
    assert snapshot(db) == before


def test_set_status_of_a_withdrawn_referral(cli, db, make_referral, sqlite_url):
    ref = make_referral(target=db)
    db.withdraw(ref, "self")
    before = snapshot(db)
    proc = cli(sqlite_url, "referrals", "set-status", ref, "closed")
    assert proc.returncode != 0
    assert "withdrawn" in proc.stderr
    assert_no_traceback(proc)
    assert snapshot(db) == before


@pytest.mark.parametrize("args", [
    ["referrals", "show", UNKNOWN_REF],
    ["referrals", "set-status", UNKNOWN_REF, "closed"],
    ["referrals", "withdraw", UNKNOWN_REF, "--yes"],
    ["referrals", "withdraw", UNKNOWN_REF],
])
def test_unknown_reference(cli, db, make_referral, sqlite_url, args):
    make_referral(target=db)
    before = snapshot(db)
    proc = cli(sqlite_url, *args, input="n\n")   # fails before asking
    assert proc.returncode != 0
    assert UNKNOWN_REF in proc.stderr
    assert_no_traceback(proc)
    assert snapshot(db) == before


def test_withdraw_yes(cli, db, make_referral, sqlite_url, person):
    ref = make_referral(target=db)
    keep = make_referral(target=db)
    proc = cli(sqlite_url, "--actor", "worker-5", "referrals", "withdraw", ref.lower(), "--yes", check=0)
    assert ref in proc.stdout
    item = db.get(ref, with_contact=True, actor="test")
    assert item["status"] == "withdrawn"
    assert item["contact"] is None and item["criteria"] is None
    assert item["consent"]["withdrawn_at"]
    withdrawn = [e for e in db.consent_events(ref) if e.state == "withdrawn"]
    assert withdrawn and all(e.recorded_by == "worker-5" for e in withdrawn)
    assert db.get(keep, with_contact=True, actor="test")["contact"] == person


def test_withdraw_asks_first(cli, db, make_referral, sqlite_url):
    ref = make_referral(target=db)
    before = snapshot(db)
    proc = cli(sqlite_url, "referrals", "withdraw", ref, input="n\n")
    assert proc.returncode != 0
    assert snapshot(db) == before
    proc = cli(sqlite_url, "referrals", "withdraw", ref, input="y\n", check=0)
    assert db.get(ref)["status"] == "withdrawn"


# -- retention ------------------------------------------------------------------------------

def test_purge_negative_is_a_usage_error(cli, db, make_referral, sqlite_url):
    make_referral(target=db)
    before = snapshot(db)
    proc = cli(sqlite_url, "purge", "--older-than", "-1")
    assert proc.returncode == 2
    assert "Usage" in proc.stderr and "older-than" in proc.stderr
    assert_no_traceback(proc)
    assert snapshot(db) == before


def test_purge_zero(cli, db, make_referral, sqlite_url):
    import datetime as dt
    now = dt.datetime.now(dt.timezone.utc)
    old = make_referral(target=db, now=now - dt.timedelta(minutes=5))
    ahead = make_referral(target=db, now=now + dt.timedelta(days=1))
    proc = cli(sqlite_url, "--actor", "worker-9", "purge", "--older-than", "0", check=0)
    assert re.search(r"\b1\b", proc.stdout), proc.stdout
    assert [r["reference"] for r in db.list()] == [ahead]
    assert db.consent_events(old)                     # proof of consent stays
    last = db.audit_events()[-1]
    assert (last.action, last.actor) == ("purge", "worker-9")


# -- failures ------------------------------------------------------------------------------

@pytest.mark.parametrize("args", [
    ["referrals", "list"],
    ["referrals", "show", UNKNOWN_REF],
    ["db", "upgrade"],
])
def test_unreachable_postgresql(cli, args):
    proc = cli("postgresql+psycopg2://postgres:hunter2@127.0.0.1:1/stapsteen", *args)
    assert proc.returncode != 0
    assert "database" in proc.stderr.lower()
    assert "STAPSTEEN_DATABASE_URL" in proc.stderr
    assert "hunter2" not in proc.stderr + proc.stdout
    assert_no_traceback(proc)


def test_unusable_sqlite_path(cli, tmp_path):
    blocker = tmp_path / "plain-file"
    blocker.write_text("x")
    proc = cli(f"sqlite:///{blocker}/stapsteen.db", "referrals", "list")
    assert proc.returncode != 0
    assert "database" in proc.stderr.lower()
    assert_no_traceback(proc)


def test_wrong_key_gives_a_clear_message(cli, db, make_referral, sqlite_url):
    from cryptography.fernet import Fernet

    ref = make_referral(target=db)
    proc = cli(sqlite_url, "referrals", "show", ref, "--with-contact",
               env={"STAPSTEEN_SECRET_KEY": Fernet.generate_key().decode()})
    assert proc.returncode != 0
    assert "key" in proc.stderr.lower()
    assert_no_traceback(proc)


# -- the same on PostgreSQL -----------------------------------------------------------------

@pytest.mark.postgres
def test_round_trip_on_postgresql(cli, var_dir, pg_url, make_referral, person):
    s = Store(pg_url)
    try:
        assert json.loads(cli(pg_url, "referrals", "export", check=0).stdout) == []
        ref = make_referral(target=s)
        assert json.loads(cli(pg_url, "referrals", "show", ref, check=0).stdout)["reference"] == ref
        cli(pg_url, "referrals", "set-status", ref, "closed", check=0)
        assert s.get(ref)["status"] == "closed"
        cli(pg_url, "referrals", "withdraw", ref, "--yes", check=0)
        assert s.get(ref, with_contact=True, actor="t")["contact"] is None
        proc = cli(pg_url, "referrals", "export", "--format", "csv", check=0)
        for secret in secrets_of(person):
            assert secret not in proc.stdout
    finally:
        s.engine.dispose()


# -- keys (issue 10) -------------------------------------------------------------------------


def _tokens(store):
    from sqlalchemy import text

    with store.engine.connect() as conn:
        rows = conn.execute(text("SELECT contact_token, answers_token FROM referral ORDER BY id")).all()
    return [bytes(v) for row in rows for v in row if v is not None]


def test_keys_check_and_rotate_with_a_key_file(cli, var_dir, sqlite_url, make_referral, monkeypatch, person, answers):
    from cryptography.fernet import Fernet

    key_file = var_dir / "keys" / "stapsteen.key"
    key_file.parent.mkdir()
    old = Fernet.generate_key().decode()
    key_file.write_text(old + "\n")
    monkeypatch.setenv("STAPSTEEN_SECRET_KEY", "")  # empty: the key file
    monkeypatch.setenv("STAPSTEEN_KEY_FILE", str(key_file))
    s = Store(sqlite_url)
    try:
        refs = [make_referral(target=s), make_referral(target=s, share_answers=False)]
        before = _tokens(s)
        env = {"STAPSTEEN_SECRET_KEY": "", "STAPSTEEN_KEY_FILE": str(key_file)}
        proc = cli(sqlite_url, "keys", "check", env=env, check=0)
        assert "Checked 3 encrypted value(s)" in proc.stdout and "all decrypt" in proc.stdout

        proc = cli(sqlite_url, "keys", "rotate", env=env, check=0)
        assert_no_traceback(proc)
        new, kept = key_file.read_text().strip().split(",")
        assert kept == old and new != old
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
        after = _tokens(s)
        assert len(after) == 3 and not set(after) & set(before)  # every ciphertext changed
        for token in after:
            Fernet(new.encode()).decrypt(token)  # under the new key
        proc = cli(sqlite_url, "keys", "check", env=env, check=0)
        assert "all decrypt (3 under the first key)" in proc.stdout

        from bot import crypto

        crypto.cache_clear()
        assert s.get(refs[0], with_contact=True, actor="t")["contact"] == person
        assert s.get(refs[0])["criteria"] == answers
        assert s.get(refs[1], with_contact=True, actor="t")["contact"] == person
        events = [e for e in s.audit_events() if e.action == "keys.rotated"]
        assert len(events) == 1 and events[0].actor == "worker-cli" and events[0].detail == {"values": 3}
    finally:
        s.engine.dispose()


def test_keys_rotate_with_the_environment_key(cli, db, make_referral, sqlite_url, person):
    from cryptography.fernet import Fernet

    ref = make_referral(target=db)
    old = os.environ["STAPSTEEN_SECRET_KEY"]
    before = _tokens(db)
    proc = cli(sqlite_url, "keys", "rotate", check=0)
    line = next(x for x in proc.stdout.splitlines() if x.startswith("STAPSTEEN_SECRET_KEY="))
    value = line.split("=", 1)[1]
    new, kept = value.split(",")
    assert kept == old
    assert not set(_tokens(db)) & set(before)
    proc = cli(sqlite_url, "keys", "check", env={"STAPSTEEN_SECRET_KEY": value}, check=0)
    assert "all decrypt (2 under the first key)" in proc.stdout
    proc = cli(sqlite_url, "referrals", "show", ref, "--with-contact", env={"STAPSTEEN_SECRET_KEY": new}, check=0)
    assert json.loads(proc.stdout)["contact"] == person
    assert not (Path(os.environ["STAPSTEEN_VAR_DIR"]) / "secret.key").exists()
    Fernet(new.encode())


def test_keys_check_fails_with_a_wrong_key_and_rotate_changes_nothing(cli, db, make_referral, sqlite_url):
    from cryptography.fernet import Fernet

    make_referral(target=db)
    wrong = {"STAPSTEEN_SECRET_KEY": Fernet.generate_key().decode()}
    before = snapshot(db)
    proc = cli(sqlite_url, "keys", "check", env=wrong, check=1)
    assert "2 do NOT decrypt" in proc.stdout
    proc = cli(sqlite_url, "keys", "rotate", env=wrong)
    assert proc.returncode != 0 and "nothing was changed" in proc.stderr
    assert_no_traceback(proc)
    assert snapshot(db) == before


def test_missing_key_file_over_encrypted_data_stops_the_cli(cli, db, make_referral, sqlite_url, var_dir):
    make_referral(target=db)
    proc = cli(sqlite_url, "referrals", "list", env={"STAPSTEEN_SECRET_KEY": ""})
    assert proc.returncode != 0
    assert "STAPSTEEN_SECRET_KEY" in proc.stderr and "secret.key" in proc.stderr
    assert_no_traceback(proc)
    assert not (var_dir / "secret.key").exists()


# -- abuse of the referral (issue 10) -----------------------------------------------------

def test_list_and_export_mark_web_referrals_not_verified(cli, db, make_referral, sqlite_url):
    web, desk = make_referral(target=db), make_referral(target=db, channel="desk", recorded_by="an.peeters")
    lines = {line.split()[0]: line for line in cli(sqlite_url, "referrals", "list", check=0).stdout.splitlines()}
    assert "NOT-VERIFIED" in lines[web] and "NOT-VERIFIED" not in lines[desk] and " verified " in lines[desk]
    items = json.loads(cli(sqlite_url, "referrals", "export", "--format", "json", check=0).stdout)
    assert {i["reference"]: i["verified"] for i in items} == {web: False, desk: True}
    rows = csv.DictReader(io.StringIO(cli(sqlite_url, "referrals", "export", "--format", "csv", check=0).stdout))
    assert {r["reference"]: r["verified"] for r in rows} == {web: "False", desk: "True"}


def test_set_status_abuse_erases_contact_and_answers(cli, db, make_referral, sqlite_url, person):
    ref = make_referral(target=db)
    db.set_status(ref, "in_progress", "worker-1")
    proc = cli(sqlite_url, "--actor", "worker-12", "referrals", "set-status", ref, "abuse",
               "--reason", "not_requested", "--yes", check=0)
    assert "abuse" in proc.stdout and "erased" in proc.stdout
    item = db.get(ref, with_contact=True, actor="test")
    assert (item["status"], item["contact"], item["criteria"], item["score"]) == ("abuse", None, None, None)
    assert (item["reference"], item["channel"]) == (ref, "web")
    mark = [e for e in db.audit_events(ref) if e.action == "mark_abuse"]
    assert [(e.actor, e.detail) for e in mark] == [
        ("worker-12", {"from": "in_progress", "to": "abuse", "reason": "not_requested"})]
    proc = cli(sqlite_url, "referrals", "list", "--status", "abuse", check=0)
    assert ref in proc.stdout
    for s in secrets_of(person):
        assert s not in proc.stdout


@pytest.mark.parametrize("args", [
    ["abuse"],                                            # no reason
    ["abuse", "--reason", "Jan belde kwaad op"],          # free text is not a reason
    ["closed", "--reason", "fake_details"],               # a reason only goes with abuse
])
def test_set_status_abuse_needs_a_reason_from_the_list(cli, db, make_referral, sqlite_url, args):
    ref = make_referral(target=db)
    before = snapshot(db)
    proc = cli(sqlite_url, "referrals", "set-status", ref, *args, "--yes")
    assert proc.returncode != 0 and "reason" in proc.stderr
    assert_no_traceback(proc)
    assert snapshot(db) == before


def test_set_status_abuse_asks_first_and_only_while_open(cli, db, make_referral, sqlite_url):
    ref, closed = make_referral(target=db), make_referral(target=db)
    db.set_status(closed, "closed", "worker-1")
    before = snapshot(db)
    proc = cli(sqlite_url, "referrals", "set-status", ref, "abuse", "--reason", "repeated", input="n\n")
    assert proc.returncode != 0
    proc = cli(sqlite_url, "referrals", "set-status", closed, "abuse", "--reason", "repeated", "--yes")
    assert proc.returncode != 0 and "new or in_progress" in proc.stderr
    assert_no_traceback(proc)
    assert snapshot(db) == before
    cli(sqlite_url, "referrals", "set-status", ref, "abuse", "--reason", "repeated", input="y\n", check=0)
    proc = cli(sqlite_url, "referrals", "set-status", ref, "new")
    assert proc.returncode != 0 and "marked as abuse" in proc.stderr
    assert db.get(ref)["status"] == "abuse"


def test_staff_unlock_lifts_a_desk_lock_out(cli, db, sqlite_url):
    from bot import staff

    staff.add_staff(db, "an.peeters", "OCMW Gent")
    staff.set_password(db, "an.peeters", "een-lang-wachtwoord-123")
    for _ in range(staff.MAX_LOGIN_FAILURES):
        staff.desk_login(db, "an.peeters", "fout-wachtwoord-123")
    assert staff.desk_login(db, "an.peeters", "een-lang-wachtwoord-123").locked
    proc = cli(sqlite_url, "--actor", "coordinator", "staff", "unlock", "an.peeters", check=0)
    assert "unlocked" in proc.stdout
    assert staff.desk_login(db, "an.peeters", "een-lang-wachtwoord-123").member is not None
    assert db.audit_events()[-1].action == "staff_unlock"
    proc = cli(sqlite_url, "staff", "unlock", "niemand")
    assert proc.returncode != 0 and "unknown staff id" in proc.stderr
    assert_no_traceback(proc)
