"""The family chat keeps working during a long intake (issue 10).

Through the real Flask app (test client), a real fake-Rasa HTTP server and a
clock the test moves: `time.time`, which the session cookie's signature
(itsdangerous), the CSRF token (Flask-WTF) and web/ all read.

- every chat message renews the session, so an active conversation never
  breaks, however long it takes;
- after STAPSTEEN_IDLE_MINUTES without a message (the tracker store forgot the
  conversation) the next message never reaches Rasa: the session cookie lived
  as long as the conversation, so the answer says `session_lost` (or, when the
  cookie outlives a shorter idle time, `closed`, status 410), with a fresh
  token, and a new conversation goes on with it;
- a token that is no longer valid while the session lives gets status 400 and
  a fresh token, which works (chat.js sends the message once more with it);
- the desk keeps its own 30 idle minutes whatever the conversation idle time.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from email.utils import parsedate_to_datetime

import pytest

from bot.messages import text
from tests.test_web import PASSWORD, csrf_of, fake_servers, login, no_web_settings  # noqa: F401 (fixtures)
from web.app import create_app

MINUTE = 60.0


@pytest.fixture
def clock(monkeypatch):
    """The wall clock, moved by the test: clock.advance(minutes)."""

    class Clock:
        def __init__(self) -> None:
            self.now = time.time()

        def time(self) -> float:
            return self.now

        def advance(self, minutes: float) -> None:
            self.now += minutes * MINUTE

    clock = Clock()
    monkeypatch.setattr(time, "time", clock.time)
    return clock


@pytest.fixture
def rasa(fake_servers):  # noqa: F811 (the fixture imported above)
    return fake_servers()


@pytest.fixture
def make_app(store, rasa):
    def make():
        app = create_app(store=store, rasa_url=rasa.url)
        app.config.update(TESTING=True)
        return app

    return make


@pytest.fixture
def store(var_dir, sqlite_url):
    from bot.store import Store

    return Store(sqlite_url)


class Family:
    """A family's browser: the page's token, the session cookie, a conversation id."""

    def __init__(self, app, sender: str = "family-0001") -> None:
        self.client = app.test_client()
        self.token = csrf_of(self.client.get("/").get_data(as_text=True))
        self.sender = sender

    def say(self, message: str = "hallo", token: str | None = None):
        return self.client.post(
            "/api/chat",
            json={"sender": self.sender, "message": message},
            headers={"X-CSRFToken": self.token if token is None else token},
        )


def renewed_cookie(resp) -> bool:
    return any(h.startswith("stapsteen_session=") for h in resp.headers.getlist("Set-Cookie"))


def test_an_active_conversation_keeps_working_for_50_minutes(make_app, rasa, clock):
    family = Family(make_app())
    for minute in range(0, 60, 10):  # a message every 10 minutes, well past the 30 idle minutes
        resp = family.say(f"antwoord {minute}")
        assert resp.status_code == 200, (minute, resp.get_json())
        assert resp.get_json()[0]["text"] == "hallo"
        assert renewed_cookie(resp), minute  # each message renews the session cookie
        clock.advance(10)
    assert rasa.senders == [family.sender] * 6


@pytest.mark.parametrize("idle", [30, 45])
def test_the_session_cookie_lives_as_long_as_the_conversation(make_app, clock, monkeypatch, idle):
    """The browser drops the cookie when the conversation is forgotten, not before and not much later."""
    monkeypatch.setenv("STAPSTEEN_IDLE_MINUTES", str(idle))
    family = Family(make_app())
    resp = family.say()
    cookie = next(h for h in resp.headers.getlist("Set-Cookie") if h.startswith("stapsteen_session="))
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    expires = parsedate_to_datetime(re.search(r"Expires=([^;]+)", cookie).group(1))
    left = (expires - dt.datetime.now(dt.timezone.utc)).total_seconds() / MINUTE
    assert idle - 1 <= left <= idle + 1


@pytest.mark.parametrize("idle", [30, 45])
def test_after_the_idle_time_the_session_is_gone_and_the_page_gets_a_fresh_token(
    make_app, rasa, clock, monkeypatch, idle
):
    """The cookie lived as long as the conversation: the server says `session_lost`
    (chat.js, whose conversation had begun, shows the kind end) and gives a token
    for the new conversation."""
    monkeypatch.setenv("STAPSTEEN_IDLE_MINUTES", str(idle))
    family = Family(make_app())
    assert family.say().status_code == 200
    clock.advance(idle - 1)
    assert family.say().status_code == 200  # within the idle time: goes on
    clock.advance(idle + 1)
    resp = family.say("mijn antwoord")
    body = resp.get_json()
    assert resp.status_code == 400 and body["session_lost"] is True
    assert body["error"] == text("web_error.page_expired")
    assert len(rasa.senders) == 2  # the message did not go to a conversation the server forgot
    # "Opnieuw beginnen": a new conversation with the fresh token works at once
    family.token, family.sender = body["csrf_token"], "family-0002"
    assert family.say("/greet").status_code == 200
    assert rasa.senders[-1] == "family-0002"


def test_a_conversation_kept_shorter_than_the_cookie_gets_the_kind_end(make_app, rasa, clock, monkeypatch):
    """STAPSTEEN_IDLE_MINUTES=10: the cookie still lives (the desk's 30 minutes), the server says `closed`."""
    monkeypatch.setenv("STAPSTEEN_IDLE_MINUTES", "10")
    family = Family(make_app())
    assert family.say().status_code == 200
    clock.advance(9)
    assert family.say().status_code == 200
    clock.advance(11)
    resp = family.say("mijn antwoord")
    body = resp.get_json()
    assert resp.status_code == 410 and body["closed"] is True
    assert body["error"] == text("chat_ui.closed")
    assert len(rasa.senders) == 2
    family.token, family.sender = body["csrf_token"], "family-0002"  # a new conversation goes on at once
    assert family.say("/greet").status_code == 200
    clock.advance(5)
    assert family.say().status_code == 200
    assert rasa.senders[-2:] == ["family-0002", "family-0002"]


def test_a_browser_that_dropped_the_expired_cookie_gets_a_fresh_token(make_app, clock):
    family = Family(make_app())
    assert family.say().status_code == 200
    clock.advance(31)
    family.client.delete_cookie("stapsteen_session")
    resp = family.say()
    assert resp.status_code == 400 and resp.get_json()["session_lost"] is True
    family.token, family.sender = resp.get_json()["csrf_token"], "family-0002"
    assert family.say().status_code == 200


def test_a_bad_token_on_a_live_page_gets_a_fresh_one_that_works(make_app, rasa, clock):
    family = Family(make_app())
    assert family.say().status_code == 200
    clock.advance(5)
    for bad in ("", "not-a-token", family.token[:-4] + "AAAA"):
        resp = family.say(token=bad)
        body = resp.get_json()
        assert resp.status_code == 400 and body["error"] == text("web_error.page_expired")
        assert body["session_lost"] is False  # the conversation is still there
        assert family.say(token=body["csrf_token"]).status_code == 200  # chat.js sends it once more
    assert len(rasa.senders) == 4  # the refused messages never reached Rasa


def test_a_token_older_than_its_time_limit_gets_a_fresh_one(make_app, clock):
    """An intake running for more than 10 hours (the token's own time limit) goes on."""
    family = Family(make_app())
    for _ in range(61):  # a message every 10 minutes for 10 hours
        assert family.say().status_code == 200
        clock.advance(10)
    resp = family.say()
    assert resp.status_code == 400
    assert family.say(token=resp.get_json()["csrf_token"]).status_code == 200


def test_the_desk_keeps_its_30_idle_minutes_when_conversations_are_kept_longer(make_app, worker, clock, monkeypatch):
    monkeypatch.setenv("STAPSTEEN_IDLE_MINUTES", "45")
    client = make_app().test_client()
    login(client)
    assert client.get("/desk").status_code == 200
    clock.advance(29)
    assert client.get("/desk").status_code == 200
    clock.advance(31)
    assert client.get("/desk").status_code == 302


def test_an_intake_in_the_desk_keeps_the_worker_signed_in(make_app, worker, clock):
    client = make_app().test_client()
    login(client)
    token = csrf_of(client.get("/desk").get_data(as_text=True))
    for _ in range(5):  # a staff-mode conversation in the desk page, 40 minutes
        clock.advance(10)
        resp = client.post("/api/chat", json={"sender": "desk-0001", "message": "x"}, headers={"X-CSRFToken": token})
        assert resp.status_code == 200
    assert client.get("/desk").status_code == 200


@pytest.fixture
def worker(store):
    from bot.staff import add_staff, set_password

    add_staff(store, "an.peeters", "OCMW Gent")
    set_password(store, "an.peeters", PASSWORD)
    return "an.peeters"
