"""Abuse of the referral (issue 10): the desk shows which referrals nobody
checked ('Niet geverifieerd'), a worker can mark one as misuse (its contact
details and answers are erased at once), one client cannot file referrals
without end, and the login lock-out tells a guesser nothing.

Through the Flask test client on a real SQLite database; the chat flood goes
through a Rasa stand-in that stores real referrals and answers in the shape of
Rasa's own REST channel."""
from __future__ import annotations

import asyncio
import csv
import io
import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from markupsafe import escape
from sqlalchemy import select

from bot import dialogue, staff
from bot.messages import text
from bot.models import ConsentEvent, Referral
from bot.staff import add_staff, set_password
from bot.store import ABUSE_REASONS, Contact, Store
from tests.oracle import answers
from tests.test_web import PASSWORD, app, client, csrf_of, login, no_web_settings, store  # noqa: F401 (fixtures)
from web.app import create_app
from web.desk import abuse_reason_labels

ONE, TWO = {"REMOTE_ADDR": "203.0.113.7"}, {"REMOTE_ADDR": "198.51.100.20"}


@pytest.fixture
def worker(store):
    add_staff(store, "an.peeters", "OCMW Gent")
    set_password(store, "an.peeters", PASSWORD)
    return "an.peeters"


def referral(store, channel="web", recipient="OCMW Gent", phone="+32470111222"):
    return store.create_referral(channel=channel, recorded_by="self" if channel == "web" else "an.peeters",
                                 municipality="Gent", recipient=recipient,
                                 contact=Contact(name="Jan Peeters", phone=phone),
                                 answers=answers("inadequate"), share_answers=True)


def row_of(page: str, reference: str) -> str:
    match = re.search(r"<tr>\s*<th scope=\"row\">.*?" + re.escape(reference) + r".*?</tr>", page, re.S)
    assert match, f"no row for {reference}"
    return match.group(0)


NOT_VERIFIED = text("desk.verification.not_verified")
HINT = str(escape(text("desk.verification.hint")))


# --- 1. channel and the 'Niet geverifieerd' mark ------------------------------------------------

def test_the_list_marks_web_referrals_not_verified_and_desk_referrals_not(client, store, worker):
    web, desk = referral(store, "web"), referral(store, "desk")
    login(client)
    page = client.get("/desk").get_data(as_text=True)
    web_row, desk_row = row_of(page, web), row_of(page, desk)
    assert text("desk.channel.chat") in web_row and NOT_VERIFIED in web_row and HINT in web_row   # hint as title
    assert text("desk.channel.desk") in desk_row and NOT_VERIFIED not in desk_row


def test_the_detail_of_a_web_referral_tells_the_worker_to_confirm_who_they_speak_to(client, store, worker):
    web, desk = referral(store, "web"), referral(store, "desk")
    login(client)
    page = client.get(f"/desk/r/{web}").get_data(as_text=True)
    notice = re.search(r'<p id="unverified-notice"[^>]*>(.*?)</p>', page, re.S)
    assert notice and NOT_VERIFIED in notice.group(1) and HINT in notice.group(1)
    assert NOT_VERIFIED in re.search(r'<dd id="channel">(.*?)</dd>', page, re.S).group(1)
    page = client.get(f"/desk/r/{desk}").get_data(as_text=True)
    assert 'id="unverified-notice"' not in page and NOT_VERIFIED not in page


def test_the_csv_export_and_the_store_carry_the_mark(client, store, worker):
    web, desk = referral(store, "web"), referral(store, "desk")
    login(client)
    body = client.get("/desk/export.csv").get_data(as_text=True)
    rows = {r["reference"]: r for r in csv.DictReader(io.StringIO(body))}
    assert (rows[web]["channel"], rows[web]["verified"]) == ("web", "False")
    assert (rows[desk]["channel"], rows[desk]["verified"]) == ("desk", "True")
    assert {r["reference"]: r["verified"] for r in store.export()} == {web: False, desk: True}   # JSON export


# --- 2. mark as abuse ---------------------------------------------------------------------------

def mark(client, reference, reason="not_requested", token=None):
    token = token or csrf_of(client.get(f"/desk/r/{reference}").get_data(as_text=True))
    return client.post(f"/desk/r/{reference}/abuse", data={"reason": reason, "csrf_token": token})


def stored(store, reference) -> Referral:
    with store.db.session() as s:
        row = s.execute(select(Referral).where(Referral.reference == reference)).scalar_one()
        s.expunge(row)
        return row


@pytest.mark.parametrize("reason", ABUSE_REASONS)
def test_marking_abuse_erases_contact_and_answers_at_once_and_is_audited(client, store, worker, reason):
    ref = referral(store)
    login(client)
    page = client.get(f"/desk/r/{ref}").get_data(as_text=True)
    assert 'id="abuse-form"' in page and str(escape(abuse_reason_labels()[reason])) in page
    before = stored(store, ref)

    resp = mark(client, ref, reason)
    assert resp.status_code == 302
    row = stored(store, ref)
    assert row.status == "abuse"
    assert (row.contact_token, row.answers_token, row.score, row.unknown_count, row.vulnerable) == (None,) * 5
    assert (row.reference, row.created_at, row.channel, row.municipality, row.recipient) == (
        before.reference, before.created_at, before.channel, before.municipality, before.recipient)
    last = store.audit_events(ref)[-1]
    assert (last.actor, last.action, last.detail) == ("an.peeters", "mark_abuse",
                                                      {"from": "new", "to": "abuse", "reason": reason})

    page = client.get(resp.headers["Location"]).get_data(as_text=True)
    assert str(escape(text("desk.abuse.done"))) in page
    assert str(escape(text("desk.abuse.notice_reason", reason=abuse_reason_labels()[reason]))) in page
    assert "Jan Peeters" not in page and "+32470111222" not in page
    assert 'id="abuse-form"' not in page and 'id="status-form"' not in page       # nothing to change any more
    listing = client.get("/desk?status=abuse").get_data(as_text=True)
    assert ref in listing and text("desk.status.abuse") in row_of(listing, ref)


@pytest.mark.parametrize("reason", ["", "Jan Peeters belde ons kwaad op", "abuse", "NOT_REQUESTED"])
def test_abuse_needs_a_reason_from_the_list_never_free_text(client, store, worker, reason):
    ref = referral(store)
    login(client)
    assert mark(client, ref, reason).status_code == 400
    row = stored(store, ref)
    assert row.status == "new" and row.contact_token is not None
    assert "mark_abuse" not in [e.action for e in store.audit_events(ref)]


def test_abuse_only_from_new_or_in_progress(client, store, worker):
    in_progress, closed, withdrawn = referral(store), referral(store), referral(store)
    store.set_status(in_progress, "in_progress", "an.peeters")
    store.set_status(closed, "closed", "an.peeters")
    store.withdraw(withdrawn, "self")
    login(client)
    token = csrf_of(client.get("/desk").get_data(as_text=True))
    assert 'id="abuse-form"' not in client.get(f"/desk/r/{closed}").get_data(as_text=True)
    for ref in (closed, withdrawn):
        assert mark(client, ref, token=token).status_code == 409
    assert stored(store, closed).status == "closed" and stored(store, closed).contact_token is not None
    assert mark(client, in_progress, token=token).status_code == 302
    # marked once: it stays so, whatever is posted
    assert mark(client, in_progress, token=token).status_code == 409
    resp = client.post(f"/desk/r/{in_progress}/status", data={"status": "new", "csrf_token": token})
    assert resp.status_code == 409 and stored(store, in_progress).status == "abuse"
    assert [e.action for e in store.audit_events(in_progress)].count("mark_abuse") == 1


def test_abuse_needs_the_csrf_token_and_the_own_organisation(client, store, worker):
    mine, other = referral(store), referral(store, recipient="OCMW Aalst")
    login(client)
    assert client.post(f"/desk/r/{mine}/abuse", data={"reason": "fake_details"}).status_code == 400
    token = csrf_of(client.get("/desk").get_data(as_text=True))
    assert mark(client, other, token=token).status_code == 404
    assert stored(store, mine).status == stored(store, other).status == "new"


# --- 3. a referral flood from one client ----------------------------------------------------------

CONSENT_WORDS = "ja, ik geef toestemming"


class ReferralRasa(BaseHTTPRequestHandler):
    """Rasa as far as the web sees it: typed consent stores a real referral, and
    the reply is what Rasa's REST channel makes of bot.dialogue.saved()."""

    protocol_version = "HTTP/1.1"
    store: Store | None = None

    def do_POST(self):  # noqa: N802 - http.server's name
        from rasa.core.channels.channel import CollectingOutputChannel

        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        message = dialogue.say("fallback.rephrase")
        if body["message"] == CONSENT_WORDS:
            ref = referral(self.store)
            message = dialogue.saved(ref, "OCMW Gent")
        out = CollectingOutputChannel()
        asyncio.run(out.send_response(body["sender"], {"text": message.text, "custom": message.custom}))
        payload = json.dumps(out.messages).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args):
        pass


@pytest.fixture
def rasa_app(store, monkeypatch):
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    ReferralRasa.store = store
    server = ThreadingHTTPServer(("127.0.0.1", 0), ReferralRasa)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    app = create_app(store=store, rasa_url=f"http://127.0.0.1:{server.server_address[1]}")
    app.config.update(TESTING=True)
    yield app
    server.shutdown()
    server.server_close()


def browser(app, environ, sender):
    client = app.test_client()
    client.environ_base.update(environ)
    token = csrf_of(client.get("/").get_data(as_text=True))

    def say(message, conversation=""):
        return client.post("/api/chat", json={"sender": f"{sender}{conversation}", "message": message},
                           headers={"X-CSRFToken": token})

    return client, say


def test_a_referral_flood_from_one_client_gets_a_kind_429_and_others_are_still_served(rasa_app, store):
    _, flood = browser(rasa_app, ONE, "flood-conversation-")
    for n in range(5):                                   # typed consent, a new conversation each time
        assert flood("hallo", str(n)).status_code == 200                 # ordinary messages do not count
        resp = flood(CONSENT_WORDS, str(n))
        assert resp.status_code == 200 and resp.get_json()[-1]["custom"]["reference"]
    resp = flood(CONSENT_WORDS, "6")
    assert resp.status_code == 429
    assert resp.get_json() == {"error": text("web_error.too_many_referrals")}
    assert int(resp.headers["Retry-After"]) > 0
    assert len(store.list()) == 5                        # the sixth never reached Rasa
    _, other = browser(rasa_app, TWO, "other-family-1")
    assert other(CONSENT_WORDS).status_code == 200 and len(store.list()) == 6


def test_the_desk_records_many_intakes_from_one_office(rasa_app, store, worker):
    desk, _ = browser(rasa_app, ONE, "desk-")
    login(desk)
    token = csrf_of(desk.get("/desk").get_data(as_text=True))
    for n in range(7):
        resp = desk.post("/api/chat", json={"sender": f"desk-intake-{n}", "message": CONSENT_WORDS},
                         headers={"X-CSRFToken": token})
        assert resp.status_code == 200
    assert len(store.list()) == 7


# --- 4. the lock-out tells a guesser nothing --------------------------------------------------------

def page_of(resp) -> tuple[int, str]:
    """Status and page, without the per-session CSRF token."""
    return resp.status_code, re.sub(r'(value|content)="[A-Za-z0-9._-]{40,}"', '', resp.get_data(as_text=True))


def test_a_locked_account_looks_like_a_wrong_id_and_the_page_says_how_to_get_unlocked(app, store, worker):
    guesser = app.test_client()
    wrong_id = page_of(login(guesser, staff_id="niemand", password="fout-wachtwoord-123"))
    wrong_password = page_of(login(guesser, password="fout-wachtwoord-123"))
    for _ in range(4):
        login(guesser, password="fout-wachtwoord-123")                   # the fifth locks the account
    locked_wrong = page_of(login(guesser, password="fout-wachtwoord-123"))
    locked_right = page_of(login(app.test_client()))                     # even the right password
    assert wrong_id == wrong_password == locked_wrong == locked_right
    status, page = wrong_id
    assert status == 401
    assert str(escape(text("web_error.login_failed"))) in page
    rule = str(escape(text("web_error.login_rule", attempts=staff.MAX_LOGIN_FAILURES, minutes=staff.LOCK_MINUTES)))
    assert rule in page and "5" in rule and "15" in rule
    events = [(e.actor, e.action, e.detail) for e in store.audit_events()]
    assert events.count(("an.peeters", "desk.login.locked", {"failures": 5, "minutes": 15})) == 1   # still audited
    assert ("an.peeters", "login_failed", {"locked": True}) in events


def test_a_locked_account_costs_the_same_password_check_as_an_unknown_id(store, worker, monkeypatch):
    checks = []
    real = staff._argon2_ok
    monkeypatch.setattr(staff, "_argon2_ok", lambda hashed, secret: checks.append(1) or real(hashed, secret))
    for _ in range(staff.MAX_LOGIN_FAILURES):
        staff.desk_login(store, "an.peeters", "fout-wachtwoord-123")
    checks.clear()
    assert staff.desk_login(store, "niemand", PASSWORD).locked is False and len(checks) == 1
    assert staff.desk_login(store, "an.peeters", PASSWORD).locked is True and len(checks) == 2


def test_unlock_lifts_the_lock_out_and_is_audited(store, worker):
    for _ in range(staff.MAX_LOGIN_FAILURES):
        staff.desk_login(store, "an.peeters", "fout-wachtwoord-123")
    assert staff.desk_login(store, "an.peeters", PASSWORD).member is None
    staff.unlock(store, "an.peeters", actor="coordinator")
    assert staff.desk_login(store, "an.peeters", PASSWORD).member is not None
    assert ("coordinator", "staff_unlock", {"staff_id": "an.peeters"}) in [
        (e.actor, e.action, e.detail) for e in store.audit_events()]


def test_withdrawing_a_referral_marked_as_abuse_ends_its_consents_and_keeps_the_mark(client, store, worker):
    reference = referral(store)
    login(client)
    assert mark(client, reference).status_code == 302
    store.withdraw(reference, "self")
    store.withdraw(reference, "self")  # a second time: nothing more
    row = stored(store, reference)
    assert row.status == "abuse" and row.withdrawn_at is not None
    with store.db.session() as s:
        states = s.execute(
            select(ConsentEvent.kind, ConsentEvent.state).where(ConsentEvent.referral_reference == reference)
        ).all()
    assert ("referral", "withdrawn") in states
    assert [e.action for e in store.audit_events(reference)][-2:] == ["withdraw", "withdraw_again"]
