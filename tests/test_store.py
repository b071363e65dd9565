"""Storage of referrals, consent events and audit events, on SQLite and PostgreSQL.

Everything goes through a real database (see conftest.py); checks on what is
at rest read the raw rows with plain SQL.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import uuid
from pathlib import Path

import pytest
import yaml
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, event, func, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from bot import consent as consent_mod
from bot import crypto
from bot.consent import PATH as CONSENT_PATH
from bot.criteria import DEFAULT_PATH as CRITERIA_PATH
from bot.models import AppendOnlyError, AuditEvent, Base, ConsentEvent, Referral
from bot.store import (Contact, InvalidRequest, ReferralNotFound, StorageError, StorageUnavailable,
                       Store)
from tests.oracle import CRITERIA, TOTAL

EXPORT_FIELDS = {"reference", "created_at", "channel", "recorded_by", "municipality", "recipient",
                 "status", "criteria", "score", "unknown", "vulnerable", "criteria_version",
                 "share_answers", "consent", "verified"}
CONSENT_FIELDS = {"given_at", "text_version", "text_sha256", "withdrawn_at"}
# STP-XXXX-XXXX, without the look-alikes 0/O and 1/I/L
REFERENCE = re.compile(r"^STP-[A-Z2-9]{4}-[A-Z2-9]{4}$")
LOOK_ALIKES = set("01OIL")
TABLES = ("referral", "consent_event", "audit_event")

T0 = dt.datetime(2026, 3, 4, 9, 30, 15, tzinfo=dt.timezone.utc)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


def parse_iso(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))


def consent_yaml() -> dict:
    return yaml.safe_load(CONSENT_PATH.read_text(encoding="utf-8"))


def criteria_version() -> str:
    return str(yaml.safe_load(CRITERIA_PATH.read_text(encoding="utf-8"))["version"])


def expected_notice_sha(kind: str) -> str:
    """Hash of the notice text as shown before the municipality is known (the
    recipient named by the generic `recipient_phrase`), computed from the YAML,
    not through bot.consent."""
    cfg = consent_yaml()
    raw = cfg["notices"][kind]["text"]
    shown = raw.replace("{recipient}", cfg["recipient_phrase"]).replace("{total}", str(TOTAL))
    return hashlib.sha256(shown.encode("utf-8")).hexdigest()


def shown_text(kind: str) -> str:
    """The exact consent text the family sees in the chat."""
    from bot import dialogue
    message = (dialogue.referral_consent_question() if kind == "referral"
               else dialogue.share_answers_question())
    return message.text


def hand_score(answers: dict) -> tuple:
    weak = unknown = 0
    for cid in CRITERIA:
        if answers[cid] == "inadequate":
            weak += 1
        elif answers[cid] == "unknown":
            unknown += 1
    return weak, unknown, weak >= 3


def raw_rows(store: Store, table: str) -> list:
    with store.engine.connect() as conn:
        return [tuple(bytes(v) if isinstance(v, memoryview) else v for v in row)
                for row in conn.execute(text(f"SELECT * FROM {table}"))]


def as_bytes(value) -> bytes:
    if value is None:
        return b""
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    return str(value).encode("utf-8")


def raw_dump(store: Store) -> bytes:
    """Every value of every row of the three tables, as bytes."""
    return b"\x00".join(as_bytes(v) for table in TABLES for row in raw_rows(store, table) for v in row)


def snapshot(store: Store) -> dict:
    return {t: sorted(repr(r) for r in raw_rows(store, t)) for t in TABLES}


def raw_referral(store: Store, reference: str) -> Referral:
    with Session(store.engine, future=True) as s:
        row = s.execute(select(Referral).where(Referral.reference == reference)).scalar_one()
        s.expunge(row)
        return row


def secret_fragments(person: dict) -> list:
    digits = re.sub(r"\D", "", person["phone"])
    return [person["name"], person["name"].split()[-1], person["phone"], digits, digits[-9:],
            person["email"], person["email"].split("@")[0], person["best_time"]]


# -- create and read back -------------------------------------------------------------

def test_round_trip_get_list_export(store, make_referral, answers, person, db_url):
    ref = make_referral(channel="desk", recorded_by="worker-42", municipality="Antwerpen",
                        recipient="OCMW Antwerpen", now=T0)
    weak, unknown, vulnerable = hand_score(answers)

    # read through a second Store on the same database: it really is stored
    other = Store(db_url)
    try:
        item = other.get(ref)
        listed = other.list()
        exported = other.export()
    finally:
        other.engine.dispose()

    assert set(item) == EXPORT_FIELDS
    assert set(item["consent"]) == CONSENT_FIELDS
    assert item["reference"] == ref
    assert parse_iso(item["created_at"]) == T0
    assert item["created_at"].endswith(("Z", "+00:00"))
    assert item["channel"] == "desk"
    assert item["recorded_by"] == "worker-42"
    assert item["municipality"] == "Antwerpen"
    assert item["recipient"] == "OCMW Antwerpen"
    assert item["status"] == "new"
    assert item["criteria"] == answers
    assert (item["score"], item["unknown"], item["vulnerable"]) == (weak, unknown, vulnerable)
    assert item["criteria_version"] == criteria_version()
    assert item["share_answers"] is True
    assert parse_iso(item["consent"]["given_at"]) == T0
    assert item["consent"]["text_version"] == str(consent_yaml()["version"])
    assert item["consent"]["text_sha256"] == expected_notice_sha("referral")
    assert item["consent"]["withdrawn_at"] is None
    assert "contact" not in item

    assert listed == [item]
    assert exported == [item]
    assert json.loads(json.dumps(exported)) == exported     # JSON-ready as it is


def test_created_at_keeps_the_instant_from_another_timezone(store, make_referral):
    brussels_summer = dt.timezone(dt.timedelta(hours=2))
    local = dt.datetime(2026, 7, 1, 8, 0, 0, tzinfo=brussels_summer)
    ref = make_referral(now=local)
    created = parse_iso(store.get(ref)["created_at"])
    assert created == local
    assert created.utcoffset() == dt.timedelta(0)
    assert raw_referral(store, ref).created_at == dt.datetime(2026, 7, 1, 6, 0, 0, tzinfo=dt.timezone.utc)


def test_get_accepts_the_reference_as_people_type_it(store, make_referral):
    ref = make_referral()
    typed = ref.lower().replace("-", " ")
    assert store.get(typed)["reference"] == ref


def test_get_unknown_reference(store, make_referral):
    make_referral()
    for bad in ("STP-2222-2222", "nonsense", ""):
        with pytest.raises(ReferralNotFound):
            store.get(bad)


def test_list_newest_first_and_filters(store, make_referral):
    a = make_referral(now=T0, recipient="OCMW Gent")
    b = make_referral(now=T0 + dt.timedelta(hours=1), recipient="CAW Brussel")
    c = make_referral(now=T0 + dt.timedelta(hours=2), recipient="OCMW Gent")
    assert [r["reference"] for r in store.list()] == [c, b, a]
    store.set_status(b, "in_progress", "worker-1")
    assert [r["reference"] for r in store.list(status="in_progress")] == [b]
    assert [r["reference"] for r in store.list(status="new")] == [c, a]
    assert [r["reference"] for r in store.list(recipient="OCMW Gent")] == [c, a]
    assert [r["reference"] for r in store.export(status="in_progress")] == [b]
    with pytest.raises(InvalidRequest):
        store.list(status="bogus")


def test_references_are_well_formed_and_unique(store, make_referral):
    refs = [make_referral() for _ in range(200)]
    assert len(set(refs)) == 200
    for ref in refs:
        assert REFERENCE.match(ref), ref
        assert not LOOK_ALIKES & set(ref[4:]), ref
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(DISTINCT reference) FROM referral")).scalar() == 200


def test_reference_collision_is_retried(store, make_referral, monkeypatch):
    first = make_referral()
    before = snapshot(store)
    codes = iter([first, first, "STP-2345-6789"])
    monkeypatch.setattr(store.referrals, "new_reference", lambda: next(codes))
    assert make_referral() == "STP-2345-6789"
    assert store.consent_events(first) and len(store.consent_events(first)) == 2
    assert snapshot(store)["referral"] != before["referral"]
    assert len(raw_rows(store, "referral")) == 2


def test_reference_collision_that_never_ends_stores_nothing(store, make_referral, monkeypatch):
    first = make_referral()
    before = snapshot(store)
    monkeypatch.setattr(store.referrals, "new_reference", lambda: first)
    with pytest.raises(StorageError):
        make_referral()
    assert snapshot(store) == before


def test_without_share_answers_no_answers_or_score_are_stored(store, make_referral):
    ref = make_referral(share_answers=False)
    row = raw_referral(store, ref)
    assert row.share_answers is False
    assert row.answers_token is None
    assert row.score is None and row.unknown_count is None and row.vulnerable is None
    assert row.contact_token is not None
    item = store.get(ref)
    assert item["share_answers"] is False
    assert item["criteria"] is None
    assert item["score"] is None and item["unknown"] is None and item["vulnerable"] is None
    assert [e.kind for e in store.consent_events(ref)] == ["referral"]


def test_with_share_answers_the_answers_are_encrypted(store, make_referral, answers):
    ref = make_referral(share_answers=True)
    row = raw_referral(store, ref)
    assert row.answers_token is not None
    token = bytes(row.answers_token)
    assert b"income" not in token and b"inadequate" not in token
    assert crypto.decrypt_json(token) == answers


def test_no_plaintext_personal_data_at_rest(store, make_referral, person, db_url):
    refs = [make_referral(), make_referral(share_answers=False)]
    store.get(refs[0], with_contact=True, actor="worker-9")      # audited view
    store.export(with_contact=True, actor="worker-9")
    store.set_status(refs[1], "closed", "worker-9")
    dump = raw_dump(store)
    assert refs[0].encode() in dump        # guards the dump itself
    for fragment in secret_fragments(person):
        assert fragment.encode("utf-8") not in dump, fragment
    # and the contact really is there, encrypted
    assert store.get(refs[0], with_contact=True, actor="worker-9")["contact"] == person

    if db_url.startswith("sqlite"):
        store.engine.dispose()
        data = open(db_url[len("sqlite:///"):], "rb").read()
        for fragment in secret_fragments(person):
            assert fragment.encode("utf-8") not in data, fragment


@pytest.mark.parametrize("bad", [
    {"channel": "telegram"},
    {"recorded_by": ""},
    {"municipality": ""},
    {"recipient": ""},
    {"answers": {"income": "inadequate"}},
    {"answers": dict.fromkeys(CRITERIA, "weak")},
])
def test_invalid_create_stores_nothing(store, make_referral, bad):
    make_referral()
    before = snapshot(store)
    with pytest.raises(ValueError):
        make_referral(**bad)
    assert snapshot(store) == before


@pytest.mark.parametrize("contact", [
    {"name": "", "phone": "0470 12 34 56"},
    {"name": "  ", "email": "a@b.be"},
    {"name": "Jan"},
])
def test_contact_needs_a_name_and_a_way_to_reach(contact):
    with pytest.raises(InvalidRequest):
        Contact(**contact)


def test_contact_repr_does_not_leak(person):
    assert person["name"] not in repr(Contact(**person))


# -- consent events ----------------------------------------------------------------------

@pytest.mark.parametrize("channel, method", [("web", consent_mod.METHOD_CHAT),
                                             ("desk", consent_mod.METHOD_DESK)])
def test_consent_events_hold_the_record_of_domain_md(store, make_referral, person, channel, method):
    ref = make_referral(channel=channel, recorded_by="worker-7" if channel == "desk" else "self",
                        recipient="Huis van het Kind Leuven", share_answers=True, now=T0)
    events = store.consent_events(ref)
    assert sorted(e.kind for e in events) == ["referral", "share_answers"]
    cfg = consent_yaml()
    for e in events:
        assert uuid.UUID(e.id).version == 4
        assert e.referral_reference == ref
        assert e.schema_version == str(cfg["schema_version"])
        assert e.language == "nl-BE"
        assert e.jurisdiction == "BE"
        uuid.UUID(e.subject_id)                       # pseudonymous id, not a name
        assert person["name"] not in e.subject_id
        assert e.controller.strip()
        assert e.recipient == "Huis van het Kind Leuven"
        assert e.purpose_code.strip() and e.purpose_text.strip()
        assert "6(1)(a)" in e.legal_basis
        assert e.data_items
        assert isinstance(e.retention_days, int) and e.retention_days > 0
        assert e.withdrawal_method.strip()
        assert e.notice_version == str(cfg["version"])
        # the hash proves the exact text the family was shown
        shown = shown_text(e.kind)
        assert e.notice_sha256 == hashlib.sha256(shown.encode("utf-8")).hexdigest()
        assert e.notice_sha256 == expected_notice_sha(e.kind)
        notice = consent_mod.notice(e.kind, consent_mod.recipient_phrase())
        assert notice.text == shown and notice.sha256 == e.notice_sha256
        assert "{recipient}" not in shown
        assert "explicit" in e.event_type
        assert e.state == "given"
        assert e.occurred_at == T0 and e.occurred_at.utcoffset() == dt.timedelta(0)
        assert e.given_by == "parent"
        assert e.recorded_by == ("worker-7" if channel == "desk" else "self")
        assert e.method == method
    assert len({e.subject_id for e in events}) == 1
    assert len({e.id for e in events}) == 2
    by_kind = {e.kind: e for e in events}
    assert "9(2)(a)" in by_kind["share_answers"].legal_basis     # health data: art. 9
    assert "9(2)(a)" not in by_kind["referral"].legal_basis
    assert by_kind["referral"].notice_sha256 != by_kind["share_answers"].notice_sha256
    assert {"name", "phone", "email"} <= set(by_kind["referral"].data_items)


def test_consent_events_keep_when_and_how_consent_was_given_not_the_save_time(store, make_referral, db_url):
    """The moment of the message that gave each consent (far from the save
    time) and how, read back from the database by a second Store and plain SQL."""
    at_referral = dt.datetime(2024, 12, 2, 9, 0, 0, tzinfo=dt.timezone.utc)
    at_share = at_referral + dt.timedelta(seconds=42)
    before = utcnow()
    ref = make_referral(share_answers=True, given={
        "referral": consent_mod.Indication(at_referral, consent_mod.METHOD_CHAT),
        "share_answers": consent_mod.Indication(at_share, consent_mod.METHOD_TYPED)})
    other = Store(db_url)
    try:
        events = {e.kind: e for e in other.consent_events(ref)}
        item = other.get(ref)
    finally:
        other.engine.dispose()
    assert (events["referral"].occurred_at, events["referral"].method) == (at_referral, "chat_button")
    assert (events["share_answers"].occurred_at, events["share_answers"].method) == (at_share, "typed_phrase")
    assert parse_iso(item["created_at"]) >= before                  # the referral itself: saved now
    assert parse_iso(item["consent"]["given_at"]) == at_referral    # what the desk and the export show
    with store.engine.connect() as conn:
        raw = sorted(conn.execute(text("SELECT kind, method FROM consent_event WHERE referral_reference = :r"),
                                  {"r": ref}).all())
    assert [tuple(r) for r in raw] == [("referral", "chat_button"), ("share_answers", "typed_phrase")]


def test_a_consent_without_a_known_moment_is_recorded_at_the_save_time(store, make_referral):
    """Direct callers (no chat events): the save time, the channel's method."""
    ref = make_referral(channel="desk", recorded_by="worker-7", share_answers=True, now=T0, given={
        "referral": consent_mod.Indication(T0 - dt.timedelta(minutes=3), consent_mod.METHOD_DESK)})
    events = {e.kind: e for e in store.consent_events(ref)}
    assert events["referral"].occurred_at == T0 - dt.timedelta(minutes=3)
    assert (events["share_answers"].occurred_at, events["share_answers"].method) == (T0, consent_mod.METHOD_DESK)


def test_consent_events_name_the_controller_of_the_deployment_file(store, make_referral, tmp_path, monkeypatch):
    from bot import deployment as dep_mod

    data = yaml.safe_load(dep_mod.load_deployment().json())
    data["controller"]["name"] = "Lokaal bestuur Zandhoven-Oost (OCMW Zandhoven-Oost)"
    path = tmp_path / "deployment.yml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    monkeypatch.setenv("STAPSTEEN_DEPLOYMENT_FILE", str(path))
    dep_mod.deployment.cache_clear()
    try:
        ref = make_referral(share_answers=True)
        assert {e.controller for e in store.consent_events(ref)} == {
            "Lokaal bestuur Zandhoven-Oost (OCMW Zandhoven-Oost)"}
        store.withdraw(ref, actor="self")
        assert {e.controller for e in store.consent_events(ref)} == {
            "Lokaal bestuur Zandhoven-Oost (OCMW Zandhoven-Oost)"}
    finally:
        dep_mod.deployment.cache_clear()


def test_referral_notice_tells_the_five_things():
    """domain.md §2: which data, to whom, why, what happens, what next; no changes nothing; withdrawal."""
    t = consent_mod.notice("referral", "OCMW Gent").text.lower()
    for phrase in ("welke gegevens", "aan wie", "waarom", "wat er met je gegevens gebeurt",
                   "wat daarna", "verandert er niets", "intrekken", "ocmw gent"):
        assert phrase in t, phrase
    share = consent_mod.notice("share_answers", "OCMW Gent").text.lower()
    assert "gezondheid" in share and "aparte keuze" in share and "intrekken" in share


def test_each_referral_gets_its_own_subject_id(store, make_referral):
    a, b = make_referral(), make_referral()
    assert {e.subject_id for e in store.consent_events(a)}.isdisjoint(
        {e.subject_id for e in store.consent_events(b)})


@pytest.mark.parametrize("model", [ConsentEvent, AuditEvent])
def test_consent_and_audit_rows_are_append_only(store, make_referral, model):
    make_referral()
    before = snapshot(store)
    with Session(store.engine, future=True) as s:
        row = s.execute(select(model)).scalars().first()
        assert row is not None
        if model is ConsentEvent:
            row.state = "withdrawn"
        else:
            row.action = "nothing_happened"
        with pytest.raises(AppendOnlyError):
            s.flush()
        s.rollback()
    with Session(store.engine, future=True) as s:
        row = s.execute(select(model)).scalars().first()
        s.delete(row)
        with pytest.raises(AppendOnlyError):
            s.commit()
        s.rollback()
    assert snapshot(store) == before


# -- status ------------------------------------------------------------------------------

@pytest.mark.parametrize("status", ["in_progress", "closed", "new"])
def test_set_status(store, make_referral, status):
    ref = make_referral()
    store.set_status(ref.lower(), status, "worker-3")
    assert store.get(ref)["status"] == status
    last = store.audit_events(ref)[-1]
    assert (last.action, last.actor, last.referral_reference) == ("set_status", "worker-3", ref)
    assert last.detail == {"from": "new", "to": status}


@pytest.mark.parametrize("status", ["done", "", "NEW", "withdrawn"])
def test_set_invalid_status_changes_nothing(store, make_referral, status):
    ref = make_referral()
    before = snapshot(store)
    with pytest.raises(InvalidRequest):
        store.set_status(ref, status, "worker-3")
    assert snapshot(store) == before


def test_withdrawn_is_final(store, make_referral):
    ref = make_referral()
    store.withdraw(ref, "self")
    before = snapshot(store)
    for status in ("new", "in_progress", "closed"):
        with pytest.raises(InvalidRequest):
            store.set_status(ref, status, "worker-3")
    assert store.get(ref)["status"] == "withdrawn"
    assert snapshot(store) == before


def test_set_status_unknown_reference(store, make_referral):
    make_referral()
    before = snapshot(store)
    with pytest.raises(ReferralNotFound):
        store.set_status("STP-2222-3333", "closed", "worker-3")
    assert snapshot(store) == before


# -- withdrawal ---------------------------------------------------------------------------

@pytest.mark.parametrize("share", [True, False])
def test_withdraw_erases_contact_and_answers(store, make_referral, person, share):
    ref = make_referral(share_answers=share, now=T0)
    other = make_referral(share_answers=share, now=T0)
    given_before = {(e.id, e.kind, e.state, e.occurred_at) for e in store.consent_events(ref)}
    started = utcnow()

    assert store.withdraw(ref.lower(), "self") == ref

    row = raw_referral(store, ref)
    assert row.contact_token is None and row.answers_token is None
    assert row.score is None and row.unknown_count is None and row.vulnerable is None
    assert row.status == "withdrawn"
    assert row.withdrawn_at is not None and row.withdrawn_at >= started
    with store.engine.connect() as conn:
        raw = conn.execute(text("SELECT * FROM referral WHERE reference = :r"), {"r": ref}).one()
    assert dict(raw._mapping)["contact_token"] is None
    assert dict(raw._mapping)["answers_token"] is None

    events = store.consent_events(ref)
    kinds = ["referral", "share_answers"] if share else ["referral"]
    assert {(e.id, e.kind, e.state, e.occurred_at) for e in events if e.state == "given"} == given_before
    withdrawn = [e for e in events if e.state == "withdrawn"]
    assert sorted(e.kind for e in withdrawn) == kinds
    for e in withdrawn:
        assert e.recorded_by == "self"
        assert e.occurred_at >= started
        assert e.subject_id == next(iter(events)).subject_id

    item = store.get(ref)
    assert item["status"] == "withdrawn"
    assert item["criteria"] is None and item["score"] is None
    assert parse_iso(item["consent"]["withdrawn_at"]) >= started
    assert parse_iso(item["consent"]["given_at"]) == T0
    assert store.get(ref, with_contact=True, actor="worker-1")["contact"] is None

    # the other referral is untouched
    assert store.get(other, with_contact=True, actor="worker-1")["contact"] == person
    assert store.get(other)["status"] == "new"
    assert [e.state for e in store.consent_events(other)] == ["given"] * len(kinds)


def test_withdraw_twice_is_harmless(store, make_referral):
    ref = make_referral()
    store.withdraw(ref, "self")
    events = len(store.consent_events(ref))
    item = store.get(ref)
    assert store.withdraw(ref, "self") == ref
    assert len(store.consent_events(ref)) == events
    assert store.get(ref) == item


def test_withdraw_unknown_reference_changes_nothing(store, make_referral):
    make_referral()
    before = snapshot(store)
    for bad in ("STP-2222-3333", "hallo"):
        with pytest.raises(ReferralNotFound):
            store.withdraw(bad, "self")
    assert snapshot(store) == before


# -- retention ------------------------------------------------------------------------------

def test_purge_removes_old_keeps_recent_and_consent(store, make_referral):
    base = utcnow()
    old = make_referral(now=base - dt.timedelta(days=400))
    edge = make_referral(now=base - dt.timedelta(days=365))     # exactly 365 days: not older
    recent = make_referral(now=base - dt.timedelta(days=10))
    old_events = store.consent_events(old)
    assert old_events

    assert store.purge(365, "cron", now=base) == 1
    assert {r["reference"] for r in store.list()} == {edge, recent}
    with pytest.raises(ReferralNotFound):
        store.get(old)
    # proof of consent stays
    assert {e.id for e in store.consent_events(old)} == {e.id for e in old_events}
    last = store.audit_events()[-1]
    assert (last.action, last.actor, last.referral_reference) == ("purge", "cron", None)
    assert last.detail["deleted"] == 1


def test_purge_with_a_future_now(store, make_referral):
    base = utcnow()
    today = make_referral(now=base)
    later = make_referral(now=base + dt.timedelta(days=50))
    assert store.purge(30, "cron", now=base + dt.timedelta(days=60)) == 1
    assert [r["reference"] for r in store.list()] == [later]
    assert store.consent_events(today)
    assert store.purge(30, "cron", now=base + dt.timedelta(days=60)) == 0


def test_purge_zero_days_and_nothing_to_do(store, make_referral):
    base = utcnow()
    make_referral(now=base - dt.timedelta(seconds=5))
    future = make_referral(now=base + dt.timedelta(days=1))
    assert store.purge(0, "cron", now=base) == 1
    assert [r["reference"] for r in store.list()] == [future]


def test_purge_negative_days(store, make_referral):
    make_referral()
    before = snapshot(store)
    with pytest.raises(InvalidRequest):
        store.purge(-1, "cron")
    assert snapshot(store) == before


# -- audit ------------------------------------------------------------------------------------

def test_audit_trail(store, make_referral, person):
    ref = make_referral(recorded_by="self")
    store.set_status(ref, "in_progress", "worker-1")
    store.get(ref)                                            # no contact: not audited
    assert store.get(ref, with_contact=True, actor="worker-2")["contact"] == person
    store.export()                                            # no contact: not audited
    exported = store.export(with_contact=True, actor="worker-3")
    assert exported[0]["contact"] == person
    store.withdraw(ref, "self")
    store.purge(0, "worker-4", now=utcnow() + dt.timedelta(days=1))

    trail = [(e.action, e.actor, e.referral_reference) for e in store.audit_events()]
    assert trail == [
        ("create", "self", ref),
        ("set_status", "worker-1", ref),
        ("view_contact", "worker-2", ref),
        ("export_with_contact", "worker-3", None),
        ("withdraw", "self", ref),
        ("purge", "worker-4", None),
    ]
    for e in store.audit_events():
        assert e.occurred_at.utcoffset() == dt.timedelta(0)
        assert abs(e.occurred_at - utcnow()) < dt.timedelta(minutes=5)
    assert [e.action for e in store.audit_events(ref)] == ["create", "set_status", "view_contact", "withdraw"]
    dump = json.dumps([e.detail for e in store.audit_events()])
    for fragment in secret_fragments(person):
        assert fragment not in dump


# -- the database is down -------------------------------------------------------------------

@pytest.mark.parametrize("url", [
    "postgresql+psycopg2://postgres@127.0.0.1:1/postgres",
    "postgresql+psycopg2://postgres:secret@127.0.0.1:1/stapsteen",
])
def test_unreachable_postgresql_raises_storage_unavailable(var_dir, url):
    with pytest.raises(StorageUnavailable) as info:
        Store(url)
    assert not isinstance(info.value, DBAPIError)
    assert "secret" not in str(info.value)


def test_sqlite_below_a_file_raises_storage_unavailable(var_dir, tmp_path):
    blocker = tmp_path / "plain-file"
    blocker.write_text("x")
    for url in (f"sqlite:///{blocker}/stapsteen.db", f"sqlite:///{blocker}/sub/stapsteen.db",
                f"sqlite:///{tmp_path}"):              # the last one is a folder
        with pytest.raises(StorageUnavailable):
            Store(url)


def test_database_going_down_later_raises_storage_unavailable(store, make_referral, break_database):
    ref = make_referral()
    break_database()
    calls = [
        lambda: store.list(),
        lambda: store.get(ref),
        lambda: store.export(),
        lambda: store.set_status(ref, "closed", "worker-1"),
        lambda: store.withdraw(ref, "self"),
        lambda: store.purge(0, "cron"),
        lambda: store.consent_events(ref),
        lambda: store.audit_events(),
        lambda: make_referral(),
    ]
    for call in calls:
        with pytest.raises(StorageUnavailable):
            call()


# -- schema ------------------------------------------------------------------------------------

def test_migration_matches_the_models(store):
    with store.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True,
                                                     "compare_server_default": True})
        assert compare_metadata(ctx, Base.metadata) == []


def test_migration_is_at_head_and_idempotent(store, db_url, make_referral):
    from bot.migrate import alembic_config

    ref = make_referral()
    head = ScriptDirectory.from_config(alembic_config(store.engine)).get_current_head()
    with store.engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == head
    again = Store(db_url)          # migrating an up-to-date database changes nothing
    try:
        assert again.get(ref)["reference"] == ref
    finally:
        again.engine.dispose()


def test_downgrade_and_upgrade_again(store):
    from alembic import command

    from bot.migrate import alembic_config, upgrade

    cfg = alembic_config(store.engine)
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
    with store.engine.connect() as conn:
        names = set(conn.dialect.get_table_names(conn))
    assert not names & set(TABLES)
    upgrade(store.engine)
    with store.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(ctx, Base.metadata) == []


def test_reference_is_unique_in_the_schema(store, make_referral):
    ref = make_referral()
    engine = create_engine(store.engine.url, future=True)
    try:
        with pytest.raises(DBAPIError):
            with Session(engine, future=True) as s, s.begin():
                s.add(Referral(reference=ref, created_at=T0, updated_at=T0, channel="web",
                               recorded_by="self", municipality="Gent", recipient="OCMW Gent",
                               status="new", share_answers=False, criteria_version="x"))
        with engine.connect() as conn:
            assert conn.execute(select(func.count()).select_from(Referral)).scalar() == 1
    finally:
        engine.dispose()


# -- queries stay few, however many referrals --------------------------------------------------

class StatementCounter:
    """Counts the SQL statements sent on an engine while active."""

    def __init__(self, engine):
        self.engine = engine
        self.statements: list = []

    def _count(self, conn, cursor, statement, parameters, context, executemany):
        self.statements.append(statement)

    def __enter__(self):
        event.listen(self.engine, "before_cursor_execute", self._count)
        return self

    def __exit__(self, *exc):
        event.remove(self.engine, "before_cursor_execute", self._count)

    @property
    def selects(self) -> list:
        return [s for s in self.statements if s.lstrip().upper().startswith("SELECT")]


def statements_of(store: Store, call) -> list:
    with StatementCounter(store.engine) as counter:
        call()
    return counter.selects


@pytest.mark.parametrize("call", [
    lambda store: store.list(),
    lambda store: store.list(status="new"),
    lambda store: store.list(recipient="OCMW Gent"),
    lambda store: store.export(),
    lambda store: store.export(with_contact=True, actor="worker-1"),
], ids=["list", "list-status", "list-recipient", "export", "export-with-contact"])
def test_listing_takes_the_same_number_of_queries_for_1_or_6_referrals(store, make_referral, call):
    make_referral(now=T0)
    with_one = statements_of(store, lambda: call(store))
    for hours in range(1, 6):
        make_referral(now=T0 + dt.timedelta(hours=hours))
    with_six = statements_of(store, lambda: call(store))
    assert len(call(store)) == 6
    assert len(with_six) == len(with_one), with_six


def test_listing_gives_each_referral_its_own_consent(store, make_referral):
    times = [T0 + dt.timedelta(hours=h) for h in range(4)]
    refs = [make_referral(now=t) for t in times]
    store.withdraw(refs[1], "self")
    items = {item["reference"]: item for item in store.list()}
    assert set(items) == set(refs)
    for ref, created in zip(refs, times, strict=True):
        events = {e.state: e for e in store.consent_events(ref) if e.kind == "referral"}
        consent = items[ref]["consent"]
        assert parse_iso(consent["given_at"]) == events["given"].occurred_at == created
        assert consent["text_sha256"] == events["given"].notice_sha256
        assert consent["text_version"] == events["given"].notice_version
        if ref == refs[1]:
            assert parse_iso(consent["withdrawn_at"]) == events["withdrawn"].occurred_at
        else:
            assert consent["withdrawn_at"] is None and "withdrawn" not in events
        assert items[ref] == store.get(ref)          # the same as read one by one
    assert [item["reference"] for item in store.list(status="withdrawn")] == [refs[1]]


# -- staff members, through the public API of the store -----------------------------------------

def test_staff_codes_and_passwords_through_the_store(store):
    from bot import staff
    from bot.storage.references import ALPHABET

    code = staff.add_staff(store, "an.peeters", "OCMW Gent", actor="admin")
    assert len(code) == staff.CODE_LENGTH and set(code) <= set(ALPHABET)
    assert staff.verify_code(store, code.lower()) == "an.peeters"
    assert staff.verify_code(store, "ABCDEFGHJK") is None
    staff.set_password(store, "an.peeters", "a long enough password", actor="admin")
    member = staff.verify_password(store, "an.peeters", "a long enough password")
    assert member is not None and member.organisation == "OCMW Gent"
    assert staff.verify_password(store, "an.peeters", "a wrong password!") is None
    assert [m.staff_id for m in staff.list_staff(store)] == ["an.peeters"]
    staff.remove_staff(store, "an.peeters", actor="admin")
    assert staff.verify_code(store, code) is None
    with pytest.raises(InvalidRequest):
        staff.remove_staff(store, "nobody", actor="admin")
    trail = [(e.action, e.actor, e.detail) for e in store.audit_events()]
    assert trail == [(action, "admin", {"staff_id": "an.peeters"})
                     for action in ("staff_add", "staff_password", "staff_remove")]


# -- staff chat codes: one lookup, however many staff members (issue 10) ----------------------

@pytest.fixture
def cheap_argon2(monkeypatch):
    """argon2 with tiny costs, so 50 staff members are made quickly; counts the verifications."""
    from argon2 import PasswordHasher

    from bot import staff

    monkeypatch.setattr(staff, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    checked: list = []
    real = staff._argon2_ok
    monkeypatch.setattr(staff, "_argon2_ok", lambda hashed, secret: checked.append(1) or real(hashed, secret))
    return checked


def test_checking_a_chat_code_is_one_select_with_50_staff_members(store, cheap_argon2):
    from bot import staff

    codes = [staff.add_staff(store, f"werker-{n:02d}", "OCMW Gent", actor="admin") for n in range(50)]
    right = statements_of(store, lambda: staff.verify_code(store, codes[37]))
    assert len(right) == 1
    assert staff.verify_code(store, codes[37].lower()) == "werker-37"
    assert len(statements_of(store, lambda: staff.verify_code(store, "ABCDEFGHJK"))) == 1
    assert len(statements_of(store, lambda: staff.code_login(lambda: store, "ABCDEFGHJK", 0))) == 1
    assert len(statements_of(store, lambda: staff.code_login(lambda: store, codes[3], 0))) == 1
    assert cheap_argon2 == []                                      # no argon2 hash per member, none at all


def test_a_chat_code_is_stored_only_as_an_argon2_hash_and_a_keyed_lookup(store):
    from bot import staff
    from bot.models import StaffMember

    code = staff.add_staff(store, "an.peeters", "OCMW Gent")
    with Session(store.engine) as s:
        row = s.get(StaffMember, "an.peeters")
        assert row.code_hash.startswith("$argon2") and code not in row.code_hash
        assert re.fullmatch(r"[0-9a-f]{64}", row.code_lookup)
        assert row.code_lookup != hashlib.sha256(code.encode()).hexdigest()   # keyed, not a plain hash


def test_a_code_made_before_lookup_keys_is_checked_by_argon2_once(store, cheap_argon2):
    from bot import staff

    code = staff.add_staff(store, "an.peeters", "OCMW Gent")
    staff.add_staff(store, "bo.claes", "OCMW Gent")
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE staff_member SET code_lookup = NULL"))
    assert staff.verify_code(store, code) == "an.peeters"
    assert len(cheap_argon2) in (1, 2)                             # the old rows, once
    cheap_argon2.clear()
    assert staff.verify_code(store, code) == "an.peeters"          # now found by its lookup key
    assert staff.verify_code(store, "ABCDEFGHJK") is None
    assert len(cheap_argon2) == 1                                  # only bo.claes's old code is left to try


def test_chat_codes_survive_a_rotation_of_the_referral_key(store, monkeypatch):
    from cryptography.fernet import Fernet

    from bot import staff

    old = Fernet.generate_key().decode()
    monkeypatch.setenv("STAPSTEEN_SECRET_KEY", old)
    code = staff.add_staff(store, "an.peeters", "OCMW Gent")
    new = Fernet.generate_key().decode()
    monkeypatch.setenv("STAPSTEEN_SECRET_KEY", f"{new},{old}")    # the new key first, the old one still there
    assert len(statements_of(store, lambda: staff.verify_code(store, code))) == 1
    monkeypatch.setenv("STAPSTEEN_SECRET_KEY", new)                # the old key gone: the code was re-keyed
    assert staff.verify_code(store, code) == "an.peeters"


def test_migration_0006_keeps_the_staff_members_and_their_codes(store, db_url):
    from alembic import command

    from bot import staff
    from bot.migrate import alembic_config, upgrade

    code = staff.new_code()
    cfg = alembic_config(store.engine)
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0005")
    with store.engine.begin() as conn:
        conn.execute(text("INSERT INTO staff_member (staff_id, code_hash, password_hash, organisation, created_at, "
                          "active) VALUES ('an.peeters', :hash, NULL, 'OCMW Gent', :at, :yes)"),
                     {"hash": staff._hasher.hash(code), "at": T0.replace(tzinfo=None), "yes": True})
    upgrade(store.engine)
    with store.engine.connect() as conn:
        row = conn.execute(text("SELECT code_lookup, session_version, failed_logins, locked_until "
                                "FROM staff_member")).one()
    assert tuple(row) == (None, 0, 0, None)
    assert staff.verify_code(store, code) == "an.peeters"


# -- saving is idempotent per conversation (issue 9) -------------------------------------------

def _count_rows(store: Store, table: str) -> int:
    with store.engine.connect() as conn:
        return conn.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar()


def test_idempotency_key_is_a_hash_of_conversation_and_nonce():
    from bot.store import idempotency_key

    key = idempotency_key("fam-7f3a9c", "1733130000.25")
    assert re.fullmatch(r"[0-9a-f]{64}", key)
    assert "fam-7f3a9c" not in key
    assert key == idempotency_key("fam-7f3a9c", "1733130000.25")
    assert len({key, idempotency_key("fam-7f3a9c", "1733139999.5"), idempotency_key("fam-other", "1733130000.25")}) == 3


def test_a_second_save_with_the_same_key_returns_the_first_reference(store, make_referral):
    first = make_referral(idempotency_key="k" * 64)
    rows = {t: _count_rows(store, t) for t in TABLES}
    again = make_referral(idempotency_key="k" * 64, municipality="Elsene", recipient="CAW Brussel")
    assert again == first
    assert {t: _count_rows(store, t) for t in TABLES} == rows     # nothing new: no row, no consent, no audit
    assert store.get(first)["municipality"] == "Gent"
    other = make_referral(idempotency_key="o" * 64)
    assert other != first
    assert make_referral() != make_referral()                       # without a key: every call is new
    assert _count_rows(store, "referral") == 4


def test_a_save_that_waited_for_the_same_conversation_returns_the_committed_one(store, make_referral):
    """Two saves of one conversation at once: the second looked before the first
    committed, then its insert hits the unique index: it returns the first's reference."""
    first = make_referral(idempotency_key="k" * 64)
    look_up = store.referrals._by_idempotency_key
    calls = []

    def too_early(key):
        calls.append(key)
        return None if len(calls) == 1 else look_up(key)

    store.referrals._by_idempotency_key = too_early
    assert make_referral(idempotency_key="k" * 64) == first
    assert len(calls) == 2 and _count_rows(store, "referral") == 1
    assert _count_rows(store, "consent_event") == len(store.consent_events(first))


def test_idempotency_key_is_unique_in_the_schema(store, make_referral):
    make_referral(idempotency_key="k" * 64)
    engine = create_engine(store.engine.url, future=True)
    try:
        with pytest.raises(DBAPIError):
            with Session(engine, future=True) as s, s.begin():
                s.add(Referral(reference="STP-2222-2222", created_at=T0, updated_at=T0, channel="web",
                               recorded_by="self", municipality="Gent", recipient="OCMW Gent", status="new",
                               share_answers=False, criteria_version="x", idempotency_key="k" * 64))
    finally:
        engine.dispose()


def _lock_database(store: Store):
    """Another connection holding a write lock on the referral table until released."""
    engine = create_engine(store.engine.url, future=True, poolclass=NullPool)
    conn = engine.connect()
    if engine.dialect.name == "sqlite":
        conn.exec_driver_sql("BEGIN EXCLUSIVE")
    else:
        conn.begin()
        conn.exec_driver_sql("LOCK TABLE referral IN ACCESS EXCLUSIVE MODE")

    def release():
        conn.rollback()
        conn.close()
        engine.dispose()
    return release


def test_a_locked_database_fails_within_the_lock_timeout_and_a_retry_stores_one(
        var_dir, db_url, make_referral, monkeypatch):
    import time

    from bot.storage import database

    monkeypatch.setattr(database, "LOCK_TIMEOUT_S", 1)      # the engine reads it when it is made
    store = Store(db_url)
    try:
        release = _lock_database(store)
        try:
            started = time.monotonic()
            with pytest.raises(StorageUnavailable):
                make_referral(target=store, idempotency_key="k" * 64)
            assert time.monotonic() - started < 5           # bounded: never Rasa's or the proxy's timeout
        finally:
            release()
        first = make_referral(target=store, idempotency_key="k" * 64)     # the retry button
        assert make_referral(target=store, idempotency_key="k" * 64) == first  # and the same message again
        assert _count_rows(store, "referral") == 1
    finally:
        store.engine.dispose()


def test_every_database_wait_is_bounded():
    from bot.storage.database import LOCK_TIMEOUT_S, STATEMENT_TIMEOUT_S, engine_options

    assert engine_options("sqlite:///var/x.db") == {"connect_args": {"timeout": LOCK_TIMEOUT_S}}
    pg = engine_options("postgresql+psycopg2://u@h/db")
    assert pg["connect_args"]["connect_timeout"] == LOCK_TIMEOUT_S and pg["pool_timeout"] == LOCK_TIMEOUT_S
    assert f"lock_timeout={LOCK_TIMEOUT_S * 1000}" in pg["connect_args"]["options"]
    assert f"statement_timeout={STATEMENT_TIMEOUT_S * 1000}" in pg["connect_args"]["options"]
    # Inside Rasa's action call timeout (endpoints.yml), with room for a few calls per action.
    timeout = yaml.safe_load((Path(__file__).resolve().parents[1] / "endpoints.yml").read_text())[
        "action_endpoint"]["timeout"]
    assert 2 * LOCK_TIMEOUT_S + STATEMENT_TIMEOUT_S < timeout
