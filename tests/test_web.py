"""The web server (Flask) without a browser: security and the desk, on a real
SQLite database. The browser tests in tests/browser drive it in Chromium."""
from __future__ import annotations

import re

import pytest

from bot.staff import add_staff, set_password
from bot.store import Contact, Store
from web.app import create_app

ORDER = ["income", "employment", "education", "housing", "health", "stimulation"]
PASSWORD = "een-lang-wachtwoord-123"


@pytest.fixture
def store(var_dir, sqlite_url):
    return Store(sqlite_url)


@pytest.fixture
def app(store):
    # Rasa is not running on port 9: the chat proxy must fail kindly.
    app = create_app(store=store, rasa_url="http://127.0.0.1:9")
    app.config.update(TESTING=True)
    return app


@pytest.fixture
def client(app):
    return app.test_client()


def make_referral(store, municipality="Gent", recipient="OCMW Gent", name="Jan Peeters"):
    return store.create_referral(channel="web", recorded_by="self", municipality=municipality,
                                 recipient=recipient, contact=Contact(name=name, phone="+32470111222"),
                                 answers=dict.fromkeys(ORDER, "inadequate"), share_answers=True)


def csrf_of(html: str) -> str:
    m = re.search(r'name="csrf[-_]token"[^>]*(?:content|value)="([^"]+)"', html)
    assert m, "no CSRF token in the page"
    return m.group(1)


def login(client, staff_id="an.peeters", password=PASSWORD):
    token = csrf_of(client.get("/desk/login").get_data(as_text=True))
    return client.post("/desk/login", data={"staff_id": staff_id, "password": password, "csrf_token": token})


@pytest.fixture
def worker(store):
    add_staff(store, "an.peeters", "OCMW Gent")
    set_password(store, "an.peeters", PASSWORD)
    return "an.peeters"


def test_pages_send_a_strict_content_security_policy(client):
    resp = client.get("/")
    assert resp.status_code == 200
    csp = resp.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
    assert resp.headers["X-Content-Type-Options"] == "nosniff"
    assert "<script>" not in resp.get_data(as_text=True)          # no inline scripts


def test_chat_api_needs_the_csrf_token(client):
    resp = client.post("/api/chat", json={"sender": "abcdefgh-1234", "message": "hallo"})
    assert resp.status_code == 400 and "pagina" in resp.get_json()["error"]


def test_chat_api_with_rasa_down_answers_kindly(client):
    token = csrf_of(client.get("/").get_data(as_text=True))
    resp = client.post("/api/chat", json={"sender": "abcdefgh-1234", "message": "hallo"},
                       headers={"X-CSRFToken": token})
    assert resp.status_code == 503
    assert "niet bereikbaar" in resp.get_json()["error"]


@pytest.mark.parametrize("body", [{"sender": "x", "message": "hallo"}, {"sender": "abcdefgh-1234"},
                                  {"sender": "abcdefgh-1234", "message": 5}, ["hallo"]])
def test_chat_api_rejects_bad_requests(client, body):
    token = csrf_of(client.get("/").get_data(as_text=True))
    resp = client.post("/api/chat", json=body, headers={"X-CSRFToken": token})
    assert resp.status_code == 400 and resp.get_json()["error"]


def test_desk_requires_login(client, store):
    ref = make_referral(store)
    for path in ("/desk", f"/desk/r/{ref}", "/desk/export.csv"):
        resp = client.get(path)
        assert resp.status_code == 302 and resp.headers["Location"].endswith("/desk/login")


def test_wrong_password_is_refused_and_audited(client, store, worker):
    resp = login(client, password="fout-wachtwoord-123")
    assert resp.status_code == 401 and "klopt niet" in resp.get_data(as_text=True)
    assert client.get("/desk").status_code == 302
    assert [e.action for e in store.audit_events()][-1] == "login_failed"


def test_login_sets_a_safe_cookie_and_shows_own_referrals(client, store, worker):
    mine = make_referral(store)
    other = make_referral(store, "Antwerpen", "OCMW Antwerpen")
    resp = login(client)
    assert resp.status_code == 302
    cookie = resp.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    page = client.get("/desk").get_data(as_text=True)
    assert mine in page and other not in page
    assert "Jan Peeters" not in page                          # no contact data in the list
    assert client.get(f"/desk/r/{other}").status_code == 404   # other organisation


def test_detail_shows_contact_and_is_audited(client, store, worker):
    ref = make_referral(store, name="<b>Jan</b>")
    login(client)
    page = client.get(f"/desk/r/{ref}").get_data(as_text=True)
    assert "&lt;b&gt;Jan&lt;/b&gt;" in page and "<b>Jan</b>" not in page   # text, never HTML
    assert ("an.peeters", "view_contact", ref) in [(e.actor, e.action, e.referral_reference)
                                                  for e in store.audit_events()]


def test_status_change_needs_csrf_and_is_audited(client, store, worker):
    ref = make_referral(store)
    login(client)
    assert client.post(f"/desk/r/{ref}/status", data={"status": "closed"}).status_code == 400
    assert store.get(ref)["status"] == "new"
    token = csrf_of(client.get(f"/desk/r/{ref}").get_data(as_text=True))
    resp = client.post(f"/desk/r/{ref}/status", data={"status": "in_progress", "csrf_token": token})
    assert resp.status_code == 302
    assert store.get(ref)["status"] == "in_progress"
    assert [e.action for e in store.audit_events(ref)][-1] == "set_status"


def test_csv_export_is_audited_and_has_no_contact(client, store, worker):
    ref = make_referral(store)
    login(client)
    resp = client.get("/desk/export.csv")
    body = resp.get_data(as_text=True)
    assert resp.mimetype == "text/csv" and ref in body and "+32470111222" not in body
    assert body.splitlines()[0].startswith("reference,created_at")
    assert [e.action for e in store.audit_events()][-1] == "export_csv"


def test_logout_ends_the_session(client, store, worker):
    login(client)
    token = csrf_of(client.get("/desk").get_data(as_text=True))
    client.post("/desk/logout", data={"csrf_token": token})
    assert client.get("/desk").status_code == 302


def test_privacy_page_shows_the_consent_texts(client):
    from bot import consent
    page = client.get("/privacy").get_data(as_text=True)
    assert "beroepsgeheim" in page and consent.notice("chat_use").text.splitlines()[0] in page
