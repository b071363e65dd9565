"""The web server (Flask) without a browser: security, the desk and the texts
of the pages (all from the message catalogue), on a real SQLite database.
The browser tests in tests/browser drive it in Chromium."""
from __future__ import annotations

import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml
from markupsafe import Markup, escape

from bot import consent
from bot.criteria import ADEQUATE, INADEQUATE, UNKNOWN, criteria
from bot.messages import CATALOGUE_DIR, catalogue, section, text
from bot.models import STATUSES
from bot.staff import add_staff, set_password
from bot.store import Contact, Store
from web import chat as web_chat
from web import texts as web_texts
from web.app import create_app
from tests.harness import free_port
from tests.test_deployment import REAL, changed, write_deployment
from tests.oracle import answers
from web.common import RASA_HTTP_KEY

WEB = Path(__file__).resolve().parent.parent / "web"

PASSWORD = "een-lang-wachtwoord-123"


@pytest.fixture(autouse=True)
def no_web_settings(monkeypatch):
    """Development mode, no proxies, no Redis, whatever the shell says."""
    for name in ("STAPSTEEN_ENV", "STAPSTEEN_WEB_SECRET", "STAPSTEEN_TRUSTED_PROXIES", "STAPSTEEN_REDIS_URL",
                 "STAPSTEEN_DEPLOYMENT_FILE", "STAPSTEEN_PURGE_INTERVAL_MINUTES", "STAPSTEEN_IDLE_MINUTES"):
        monkeypatch.delenv(name, raising=False)


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
                                 answers=answers("inadequate"), share_answers=True)


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
    assert resp.status_code == 400 and resp.get_json()["error"] == text("web_error.page_expired")


def test_chat_api_with_rasa_down_answers_kindly(client):
    token = csrf_of(client.get("/").get_data(as_text=True))
    resp = client.post("/api/chat", json={"sender": "abcdefgh-1234", "message": "hallo"},
                       headers={"X-CSRFToken": token})
    assert resp.status_code == 503
    assert resp.get_json()["error"] == text("web_error.unreachable")


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
    assert resp.status_code == 401 and str(escape(text("web_error.login_failed"))) in resp.get_data(as_text=True)
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
    page = client.get("/privacy").get_data(as_text=True)
    for kind, title_key in web_chat.NOTICES:
        assert str(escape(text(title_key))) in page
        assert str(escape(consent.notice(kind).text)) in page
    for answer in section("privacy").values():                 # the bot's privacy answers
        assert str(escape(answer)) in page
    assert page.index(str(escape(text("privacy.general")))) < page.index(str(escape(text("privacy.who"))))


# --- texts: every text of the pages comes from the message catalogue -------------------

KEY_CALL = re.compile(r"""\b(?:t|t_html|text)\(\s*(['"])([^'"]+)\1""")     # t('a.b'), text("a.b")
NON_LITERAL_T = re.compile(r"""\bt(?:_html)?\(\s*(?!['"])""")                  # t(name) in a template
SCRIPT_KEY = re.compile(r"""\bsay\(\s*'([^']+)'""")                           # chat.js: say('key')
SCRIPT_TAG = re.compile(r"<script\b([^>]*)>", re.I)
WEB_SECTIONS = tuple(yaml.safe_load((CATALOGUE_DIR / "web.yml").read_text(encoding="utf-8")))


def sources(pattern: str) -> dict:
    return {path.relative_to(WEB).as_posix(): path.read_text(encoding="utf-8") for path in WEB.glob(pattern)}


def web_keys() -> list:
    return [k for k in catalogue() if k.split(".")[0] in WEB_SECTIONS]


def keys_in_code() -> set:
    """The catalogue keys web/ names: literal t()/t_html()/text() keys in the
    templates and the Python code, and the keys of its code -> key tables."""
    found = set()
    for source in {**sources("templates/*.html"), **sources("*.py")}.values():
        found |= {m.group(2) for m in KEY_CALL.finditer(source)}
    for table in (web_texts.STATUS_KEYS, web_texts.VALUE_KEYS, web_texts.PRIVACY_TOPIC_KEYS,
                  dict(web_chat.NOTICES)):
        found |= set(table.values())
    return found


def script_tags(html: str) -> list:
    return SCRIPT_TAG.findall(html)


def json_block(html: str, block_id: str) -> dict:
    m = re.search(rf'<script type="application/json" id="{block_id}">(.*?)</script>', html, re.S)
    assert m, f"no #{block_id} data block in the page"
    return json.loads(m.group(1))


@pytest.fixture
def pages(client, store, worker):
    """Every page of the web (HTML), signed in as a desk worker where needed."""
    open_ref = make_referral(store)
    gone_ref = make_referral(store, name="Els")
    store.withdraw(gone_ref, actor="test")
    result = {"/": client.get("/"), "/privacy": client.get("/privacy"), "/desk/login": client.get("/desk/login"),
              "login failed": login(client, password="fout-wachtwoord-123")}
    login(client)
    for path in ("/desk", "/desk?status=new", "/desk?status=closed", f"/desk/r/{open_ref}?m=1",
                 f"/desk/r/{gone_ref}"):
        result[path] = client.get(path)
    assert all(resp.status_code in (200, 401) for resp in result.values())
    return {path: resp for path, resp in result.items()}


def test_every_text_key_of_the_web_exists_in_the_catalogue():
    keys = keys_in_code()
    assert len(keys) > 100                                     # the scan finds them
    assert sorted(k for k in keys if k not in catalogue()) == []
    script_keys = set(SCRIPT_KEY.findall((WEB / "static" / "chat.js").read_text(encoding="utf-8")))
    assert script_keys and sorted(script_keys - set(section("chat_ui"))) == []


def test_template_text_keys_are_literal():
    for name, source in sources("templates/*.html").items():
        assert not NON_LITERAL_T.search(source), f"{name}: t() with a key built at run time"


def test_every_web_text_is_used():
    used = keys_in_code() | {f"chat_ui.{k}" for k in section("chat_ui")} | {f"desk_ui.{k}" for k in section("desk_ui")}
    referenced = {ref for template in catalogue().values() for ref in re.findall(r"\{([a-z_]+\.[a-z_.]+)\}", template)}
    assert sorted(k for k in web_keys() if k not in used | referenced) == []


def test_status_and_value_labels_cover_every_code():
    assert set(web_texts.STATUS_KEYS) == set(STATUSES)
    assert set(web_texts.VALUE_KEYS) == {INADEQUATE, ADEQUATE, UNKNOWN}
    assert web_texts.labels(web_texts.STATUS_KEYS)["in_progress"] == text("desk.status.in_progress")


def test_every_page_renders_with_texts_of_the_catalogue(pages):
    # Rendering raises on an unknown key (TESTING propagates it), so reaching here means every key exists.
    assert str(escape(text("chat_page.title"))) in pages["/"].get_data(as_text=True)
    assert str(escape(text("desk.login.heading"))) in pages["/desk/login"].get_data(as_text=True)
    listing = pages["/desk"].get_data(as_text=True)
    assert str(escape(text("desk.list.caption_many", count=2))) in listing
    assert str(escape(text("desk.status.withdrawn"))) in listing
    assert str(escape(text("desk.list.empty_status"))) in pages["/desk?status=closed"].get_data(as_text=True)
    assert str(escape(text("desk.list.caption_one_status", count=1, status=text("desk.status.new")))) in \
        pages["/desk?status=new"].get_data(as_text=True)
    detail = [resp.get_data(as_text=True) for path, resp in pages.items() if path.startswith("/desk/r/")]
    assert str(escape(text("desk.detail.status_changed"))) in detail[0]
    assert str(escape(text("desk.detail.status_locked", status=text("desk.status.withdrawn")))) in detail[1]
    assert '<time class="js-localtime"' in detail[1].split('id="withdrawn-notice"')[1].split("</p>")[0]


def test_templates_hold_no_words_outside_the_catalogue():
    """Only t(...) puts words in a page: no text between tags, no text in
    aria-label/title/alt/placeholder attributes, except the UTC marker
    (the body_class blocks hold CSS classes)."""
    jinja = re.compile(r"\{% block body_class %\}.*?\{% endblock %\}|\{#.*?#\}|\{\{.*?\}\}|\{%.*?%\}", re.S)
    for name, source in sources("templates/*.html").items():
        html = jinja.sub(" ", source)
        words = re.findall(r"[^\W\d_]{2,}", re.sub(r"<[^>]*>", " ", html))
        words += [w for value in re.findall(r'\b(?:aria-label|title|alt|placeholder)="([^"]*)"', html)
                  for w in re.findall(r"[^\W\d_]{2,}", value)]
        assert [w for w in words if w not in {"UTC"}] == [], name


def test_web_code_does_not_repeat_catalogue_texts():
    code = {**sources("*.py"), **sources("static/*.js"), **sources("templates/*.html")}
    for key in web_keys():
        value = catalogue()[key]
        if " " in value or len(value) >= 10:
            hits = [name for name, source in code.items() if value in source]
            assert hits == [], f"{key} is written out in {hits}"


def test_chat_texts_are_a_json_data_block_with_the_help_lines(pages):
    helplines = set(section("helpline").values())
    for path in ("/", "/desk"):
        html = pages[path].get_data(as_text=True)
        data = json_block(html, "chat-texts")
        assert data["text"] == section("chat_ui")
        assert set(data["helplines"]) == helplines and "0800 13 500" in data["helplines"]
        assert "{index}" in data["text"]["progress"] and "{total}" in data["text"]["progress"]
        assert data["text"]["person"] == text("button.want_person")
    assert json_block(pages["/desk"].get_data(as_text=True), "desk-texts")["text"] == section("desk_ui")


def test_the_chat_always_shows_where_to_call_in_a_crisis(pages):
    """A crisis message the net does not recognise still finds 112 and 1813:
    under the chat on every page with the chat, without JavaScript, as tel: links."""
    emergency, suicide = text("helpline.emergency"), text("helpline.suicide")
    expected = str(web_texts.t_html("chat_page.safety", emergency=Markup(f'<a href="tel:{emergency}">{emergency}</a>'),
                                    suicide=Markup(f'<a href="tel:{suicide}">{suicide}</a>')))
    for path in ("/", "/desk"):
        html = pages[path].get_data(as_text=True)
        line = re.search(r'<p id="chat-safety" class="chat-safety">(.*?)</p>', html, re.S)
        assert line and line.group(1) == expected, path
        assert "hidden" not in line.group(0) and html.index('id="chat-safety"') > html.index('id="chat-form"')
        assert html.index('id="chat-safety"') < html.index('</section>', html.index('id="chat"'))
    assert 'id="chat-safety"' not in pages["/privacy"].get_data(as_text=True)


def test_the_json_data_block_is_escaped(app, client):
    evil = {"text": {"x": "</script><script>alert(1)</script> & 'quotes' \"too\""}, "helplines": ["112"]}
    app.jinja_env.globals["chat_texts"] = lambda: evil
    html = client.get("/").get_data(as_text=True)
    assert "</script><script>alert(1)" not in html
    assert json_block(html, "chat-texts") == evil


def test_pages_keep_a_strict_csp_and_run_no_inline_script(pages):
    for path, resp in pages.items():
        csp = resp.headers["Content-Security-Policy"]
        assert "unsafe-inline" not in csp and "script-src 'self'" in csp, path
        for attrs in script_tags(resp.get_data(as_text=True)):
            assert "src=" in attrs or 'type="application/json"' in attrs, (path, attrs)


def test_progress_and_scores_count_the_criteria(pages):
    total = len(criteria().ids)
    chat_page = pages["/"].get_data(as_text=True)
    assert f'max="{total}"' in chat_page
    assert str(escape(text("chat_ui.progress", index=1, total=total))) in chat_page
    listing = pages["/desk"].get_data(as_text=True)
    assert str(escape(text("desk.staff_chat.intro", total=total))) in listing
    assert str(escape(text("desk.score", score=total, total=total))) in listing


def test_t_html_escapes_the_text_and_plain_values_but_keeps_markup():
    plain = web_texts.t_html("desk.nav.signed_in", staff_id="<b>x</b>")
    assert "&lt;b&gt;x&lt;/b&gt;" in plain and "<b>" not in plain
    marked = web_texts.t_html("desk.nav.signed_in", staff_id=Markup("<strong>an</strong>"))
    before, after = str(escape(text("desk.nav.signed_in", staff_id="\0"))).split("\0")
    assert marked == Markup(before + "<strong>an</strong>" + after)


# --- the chat proxy keeps its connection to Rasa ---------------------------------------

class FakeRasa(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"           # keep-alive
    seen: list = []

    def do_POST(self):  # noqa: N802 - http.server's name
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        FakeRasa.seen.append((self.client_address, self.headers.get("Cookie"), body["message"]))
        payload = json.dumps([{"recipient_id": body["sender"], "text": "hallo"}]).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.send_header("Set-Cookie", "tracker=one-family; Path=/")
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args):
        pass


@pytest.fixture
def rasa(monkeypatch):
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    FakeRasa.seen = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeRasa)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_chat_proxy_reuses_one_connection_and_keeps_no_cookies(store, rasa):
    app = create_app(store=store, rasa_url=rasa)
    app.config.update(TESTING=True)
    client = app.test_client()
    token = csrf_of(client.get("/").get_data(as_text=True))
    for message in ("hallo", "nog eens"):
        resp = client.post("/api/chat", json={"sender": "abcdefgh-1234", "message": message},
                           headers={"X-CSRFToken": token})
        assert resp.status_code == 200 and resp.get_json()[0]["text"] == "hallo"
    (first, cookie1, _), (second, cookie2, _) = FakeRasa.seen
    assert first == second                                    # same client port: one kept-alive connection
    assert cookie1 is None and cookie2 is None                # a cookie of one family never reaches the next
    assert len(app.extensions[RASA_HTTP_KEY].cookies) == 0
    app.extensions[RASA_HTTP_KEY].close()


class SilentRasa(FakeRasa):
    """Rasa when the action server is down: it answers 200 with an empty list."""

    def do_POST(self):  # noqa: N802 - http.server's name
        self.rfile.read(int(self.headers["Content-Length"]))
        payload = b"[]"
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)


def test_chat_proxy_never_returns_an_empty_reply(store, monkeypatch):
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    server = ThreadingHTTPServer(("127.0.0.1", 0), SilentRasa)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        app = create_app(store=store, rasa_url=f"http://127.0.0.1:{server.server_address[1]}")
        app.config.update(TESTING=True)
        client = app.test_client()
        token = csrf_of(client.get("/").get_data(as_text=True))
        resp = client.post("/api/chat", json={"sender": "abcdefgh-1234", "message": "Gent"},
                           headers={"X-CSRFToken": token})
        assert resp.status_code == 200
        (reply,) = resp.get_json()
        assert reply["text"] == text("web_error.no_reply")
        assert reply["buttons"] == [{"title": text("button.retry"), "payload": "Gent"}]  # sends it again
        app.extensions[RASA_HTTP_KEY].close()
    finally:
        server.shutdown()
        server.server_close()


def test_the_browser_waits_longer_than_the_web_proxy():
    """Timeouts fire inner first: the proxy answers (kindly) before the browser gives up."""
    found = re.search(r"const TIMEOUT_MS = (\d+);", (WEB / "static" / "chat.js").read_text(encoding="utf-8"))
    assert found, "TIMEOUT_MS not found in chat.js"
    assert web_chat.RASA_TIMEOUT * 1000 + 5000 <= int(found.group(1))


# --- several Rasa servers: sticky by sender id, failover -----------------------------------

def no_proxies(monkeypatch):
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)


class Served:
    """A fake server (Rasa or an action server) on a free loopback port, with what it was sent."""

    def __init__(self, delay: float = 0.0, drop: bool = False):
        served = self
        self.senders: list[str] = []
        self.delay, self.drop = delay, drop

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - http.server's name
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                served.senders.append(body["sender"])
                time.sleep(served.delay)
                if served.drop:                                # went away while handling it
                    self.close_connection = True
                    return
                self.answer(json.dumps([{"recipient_id": body["sender"], "text": "hallo"}]).encode())

            def do_GET(self):  # noqa: N802
                self.answer(b'{"status": "ok"}')

            def answer(self, payload):
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def fake_servers(monkeypatch):
    no_proxies(monkeypatch)
    made: list[Served] = []

    def make(delay: float = 0.0, drop: bool = False) -> Served:
        made.append(Served(delay, drop))
        return made[-1]

    yield make
    for served in made:
        served.close()


def chat_client(app):
    app.config.update(TESTING=True)
    client = app.test_client()
    token = csrf_of(client.get("/").get_data(as_text=True))

    def say(sender, message="hallo"):
        return client.post("/api/chat", json={"sender": sender, "message": message}, headers={"X-CSRFToken": token})

    return say


SENDERS = [f"family-{n:04d}" for n in range(40)]


def test_chats_stick_to_one_rasa_server_per_family(store, fake_servers):
    one, two = fake_servers(), fake_servers()
    say = chat_client(create_app(store=store, rasa_url=f"{one.url}, {two.url}/"))
    for sender in SENDERS + SENDERS:
        assert say(sender).status_code == 200
    assert set(one.senders) | set(two.senders) == set(SENDERS)
    assert not set(one.senders) & set(two.senders)             # one family, one server
    assert len(one.senders) >= 20 and len(two.senders) >= 20   # both get families


def test_chats_go_to_the_next_rasa_server_when_one_is_down(store, fake_servers):
    up = fake_servers()
    down = free_port()                                         # nothing listens there
    say = chat_client(create_app(store=store, rasa_url=f"http://127.0.0.1:{down},{up.url}"))
    for sender in SENDERS:
        resp = say(sender)
        assert resp.status_code == 200 and resp.get_json()[0]["text"] == "hallo"
    assert sorted(up.senders) == SENDERS                       # every family answered, none lost


def test_after_a_refused_or_dropped_message_the_next_server_is_asked(store, fake_servers):
    """Refused, or dropped while handling it: the next server goes on with the conversation (the
    lock ticket a dropped message left in Redis only makes it wait until that ticket expires)."""
    dropping, other = fake_servers(drop=True), fake_servers()
    say = chat_client(create_app(store=store, rasa_url=f"{dropping.url},http://127.0.0.1:{free_port()},{other.url}"))
    first = {s: web_chat.zlib.crc32(s.encode()) % 3 for s in SENDERS}
    dropped = next(s for s in SENDERS if first[s] == 0)
    refused = next(s for s in SENDERS if first[s] == 1)
    assert say(dropped).status_code == 200 and dropping.senders == [dropped] and other.senders == [dropped]
    assert say(refused).status_code == 200 and other.senders == [dropped, refused]


def test_a_slow_rasa_server_is_not_asked_again_elsewhere(store, fake_servers, monkeypatch):
    """Reached but too slow: it may still handle the message, so another server must not handle it too."""
    monkeypatch.setattr(web_chat, "RASA_TIMEOUT", 1.5)
    slow, other = fake_servers(delay=3), fake_servers()
    say = chat_client(create_app(store=store, rasa_url=f"{slow.url},{other.url}"))
    sender = next(s for s in SENDERS if web_chat.zlib.crc32(s.encode()) % 2 == 0)   # its first server: slow
    resp = say(sender)
    assert resp.status_code == 503 and resp.get_json()["error"] == text("web_error.unreachable")
    assert slow.senders == [sender] and other.senders == []


def test_one_rasa_url_in_the_old_setting_still_works(store, fake_servers, monkeypatch):
    rasa_server = fake_servers()
    monkeypatch.delenv("STAPSTEEN_RASA_URLS", raising=False)
    monkeypatch.setenv("STAPSTEEN_RASA_URL", rasa_server.url)
    say = chat_client(create_app(store=store))
    assert say("abcdefgh-1234").status_code == 200 and rasa_server.senders == ["abcdefgh-1234"]


# --- health ---------------------------------------------------------------------------------

def test_healthz_says_the_web_process_is_up(client):
    resp = client.get("/healthz")
    assert resp.status_code == 200 and resp.get_data(as_text=True) == "ok"


def test_readyz_is_ready_when_everything_answers(store, fake_servers, monkeypatch):
    monkeypatch.delenv("STAPSTEEN_REDIS_URL", raising=False)
    servers = [fake_servers() for _ in range(4)]
    app = create_app(store=store, rasa_url=f"{servers[0].url},{servers[1].url}",
                     action_urls=f"{servers[2].url},{servers[3].url}")
    resp = app.test_client().get("/readyz")
    assert resp.status_code == 200, resp.get_json()
    assert resp.get_json() == {"status": "ready", "down": [], "checks": {
        "rasa-1": "ok", "rasa-2": "ok", "actions-1": "ok", "actions-2": "ok", "database": "ok"}}


def test_readyz_lists_what_is_down_without_secrets(store, fake_servers, monkeypatch):
    from sqlalchemy import create_engine

    rasa_server = fake_servers()
    secret = "s3cr3t-redis-password"
    monkeypatch.setenv("STAPSTEEN_REDIS_URL", f"redis://:{secret}@127.0.0.1:{free_port()}/0")
    app = create_app(store=store, rasa_url=rasa_server.url, action_urls=f"http://127.0.0.1:{free_port()}")
    client = app.test_client()
    resp = client.get("/readyz")
    assert resp.status_code == 503
    assert resp.get_json()["down"] == ["actions", "redis"]
    assert resp.get_json()["checks"]["rasa"] == "ok" and resp.get_json()["checks"]["database"] == "ok"
    body = resp.get_data(as_text=True)
    assert secret not in body and "127.0.0.1" not in body and "redis://" not in body

    broken = Store(engine=create_engine("sqlite:////nonexistent-stapsteen/dir/x.db"), migrate=False)
    app.extensions["stapsteen_store"] = broken                 # the database cannot be reached
    resp = client.get("/readyz")
    assert resp.status_code == 503 and "database" in resp.get_json()["down"]
    assert "nonexistent" not in resp.get_data(as_text=True)


def test_readyz_checks_rasa(app, monkeypatch):
    monkeypatch.delenv("STAPSTEEN_REDIS_URL", raising=False)
    resp = app.test_client().get("/readyz")                    # Rasa on port 9: down
    assert resp.status_code == 503 and "rasa" in resp.get_json()["down"]


# --- desk sessions that can be ended (issue 10) -------------------------------------------

COOKIE = "stapsteen_session"


def copy_of_the_cookie(app, client):
    other = app.test_client()
    other.set_cookie(COOKIE, client.get_cookie(COOKIE).value)
    return other


def test_logout_ends_every_copy_of_the_session(app, client, store, worker):
    login(client)
    copy = copy_of_the_cookie(app, client)
    assert copy.get("/desk").status_code == 200                  # a copy works like the original
    token = csrf_of(client.get("/desk").get_data(as_text=True))
    assert client.post("/desk/logout", data={"csrf_token": token}).status_code == 302
    assert copy.get("/desk").status_code == 302                  # ... until the logout, anywhere
    assert client.get("/desk").status_code == 302
    assert [e.action for e in store.audit_events()].count("logout") == 1
    login(client)                                                # a new login works again
    assert client.get("/desk").status_code == 200


def test_a_stale_cookie_cannot_log_out_the_new_session(app, client, store, worker):
    login(client)
    stale = copy_of_the_cookie(app, client)
    token = csrf_of(client.get("/desk").get_data(as_text=True))
    client.post("/desk/logout", data={"csrf_token": token})
    login(client)                                                # a new session
    stale_token = csrf_of(stale.get("/desk/login").get_data(as_text=True))
    assert stale.post("/desk/logout", data={"csrf_token": stale_token}).status_code == 302
    assert client.get("/desk").status_code == 200                # the new session goes on
    assert [e.action for e in store.audit_events()].count("logout") == 1


@pytest.mark.parametrize("change", ["password", "removal"])
def test_a_new_password_or_removal_ends_the_sessions_at_once(client, store, worker, change):
    from bot.staff import remove_staff

    login(client)
    assert client.get("/desk").status_code == 200
    if change == "password":
        set_password(store, "an.peeters", "een-ander-lang-wachtwoord")
    else:
        remove_staff(store, "an.peeters")
    assert client.get("/desk").status_code == 302
    if change == "password":
        assert login(client, password="een-ander-lang-wachtwoord").status_code == 302
        assert client.get("/desk").status_code == 200
    else:
        assert login(client).status_code == 401


def test_a_session_ends_after_30_idle_minutes(client, worker, monkeypatch):
    import itsdangerous.timed

    login(client)
    assert client.get("/desk").status_code == 200
    later = time.time() + 29 * 60
    monkeypatch.setattr(itsdangerous.timed, "time", type("Clock", (), {"time": staticmethod(lambda: later)}))
    assert client.get("/desk").status_code == 200                # used within 30 minutes: renewed
    later += 29 * 60
    assert client.get("/desk").status_code == 200
    later += 31 * 60
    assert client.get("/desk").status_code == 302                # 31 minutes without a request


def test_a_session_ends_10_hours_after_login_however_busy(client, worker, monkeypatch):
    import web.common

    login(client)
    assert client.get("/desk").status_code == 200
    later = time.time() + 10 * 3600 + 60
    monkeypatch.setattr(web.common, "time", type("Clock", (), {"time": staticmethod(lambda: later)}))
    assert client.get("/desk").status_code == 302


def test_a_changed_organisation_applies_to_a_running_session(client, store, worker):
    from bot.staff import add_staff as reset

    theirs = make_referral(store, "Antwerpen", "OCMW Antwerpen")
    login(client)
    assert client.get(f"/desk/r/{theirs}").status_code == 404
    reset(store, "an.peeters", "OCMW Antwerpen")                # moved to another organisation
    assert client.get(f"/desk/r/{theirs}").status_code == 200


# --- another organisation's referral: 404, nothing decrypted, nothing audited --------------

def test_another_organisations_referral_is_not_found_and_leaves_no_trace(client, store, worker):
    theirs = make_referral(store, "Antwerpen", "OCMW Antwerpen")
    login(client)
    before = len(store.audit_events())
    assert client.get(f"/desk/r/{theirs}").status_code == 404
    token = csrf_of(client.get("/desk").get_data(as_text=True))
    before = len(store.audit_events())                           # (the list view is audited)
    assert client.get(f"/desk/r/{theirs}").status_code == 404
    resp = client.post(f"/desk/r/{theirs}/status", data={"status": "closed", "csrf_token": token})
    assert resp.status_code == 404 and store.get(theirs)["status"] == "new"
    assert client.get("/desk/r/STP-2222-2222").status_code == 404   # unknown: the same answer
    assert len(store.audit_events()) == before
    assert not store.audit_events(theirs)[1:]                    # only its creation


def test_a_status_change_does_not_read_the_contact_details(client, store, worker):
    mine = make_referral(store)
    login(client)
    token = csrf_of(client.get("/desk").get_data(as_text=True))
    client.post(f"/desk/r/{mine}/status", data={"status": "in_progress", "csrf_token": token})
    assert [e.action for e in store.audit_events(mine)][-1] == "set_status"
    assert "view_contact" not in [e.action for e in store.audit_events(mine)]


# --- the web secret ------------------------------------------------------------------------

STRONG = "kP3v_9QxL2mZ7wR1tY5uB8nC4aD6eF0gH-jKsTqWxYz"   # 43 characters, like secrets.token_urlsafe(32)


@pytest.fixture
def real_deployment(tmp_path, monkeypatch):
    """A filled-in deployment file (production refuses the demo file)."""
    path = write_deployment(tmp_path / "deployment.yml")
    monkeypatch.setenv("STAPSTEEN_DEPLOYMENT_FILE", str(path))
    return path


@pytest.fixture
def production(monkeypatch, var_dir, real_deployment):
    monkeypatch.setenv("STAPSTEEN_ENV", "production")
    monkeypatch.delenv("STAPSTEEN_WEB_SECRET", raising=False)


def test_production_refuses_to_start_without_a_web_secret(production, store, var_dir):
    from web.app import WebConfigError

    with pytest.raises(WebConfigError, match="STAPSTEEN_WEB_SECRET is not set"):
        create_app(store=store)
    assert not (var_dir / "web_secret.key").exists()             # nothing made up in production


@pytest.mark.parametrize("secret", [
    "changeme", "dev", "stapsteen-web-secret-2026-please-change-it-now",
    "a" * 64, "ab" * 32, "Kort-maar-willekeurig-9x", "0123456789abcdef" * 2,
    "x7Kq9mPz2wLr5tYb8nVc4dFg6hJk3sQa1eRu",                     # 36 random symbols: 214 bits
])
def test_production_refuses_a_weak_web_secret(production, store, monkeypatch, secret):
    from web.app import WebConfigError

    monkeypatch.setenv("STAPSTEEN_WEB_SECRET", secret)
    with pytest.raises(WebConfigError, match="STAPSTEEN_WEB_SECRET is too weak"):
        create_app(store=store)


@pytest.mark.parametrize("secret", [STRONG, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                                    "Zq7vQ0kq0cC3v2wq1pM4YtT0bW3k5kX8m3yGQ9v2r1A="])
def test_production_starts_with_a_strong_web_secret(production, store, monkeypatch, secret):
    monkeypatch.setenv("STAPSTEEN_WEB_SECRET", secret)
    assert create_app(store=store).secret_key == secret


def test_the_web_server_stops_with_a_clear_message(production, monkeypatch):
    from web import app as web_app

    monkeypatch.setenv("STAPSTEEN_WEB_SECRET", "changeme")
    with pytest.raises(SystemExit) as stopped:
        web_app.main()
    assert "STAPSTEEN_WEB_SECRET is too weak" in str(stopped.value.code)


def test_a_typo_in_stapsteen_env_stops_the_start(store, monkeypatch):
    from web.app import WebConfigError

    monkeypatch.setenv("STAPSTEEN_ENV", "prod")
    with pytest.raises(WebConfigError, match="STAPSTEEN_ENV must be 'production' or 'development'"):
        create_app(store=store)


def test_development_makes_a_web_secret_once_in_var(store, var_dir, monkeypatch):
    monkeypatch.delenv("STAPSTEEN_ENV", raising=False)
    monkeypatch.delenv("STAPSTEEN_WEB_SECRET", raising=False)
    first = create_app(store=store).secret_key
    path = var_dir / "web_secret.key"
    assert path.stat().st_mode & 0o777 == 0o600
    assert create_app(store=store).secret_key == first == path.read_text().strip()
    monkeypatch.setenv("STAPSTEEN_WEB_SECRET", STRONG)           # the variable wins when set
    assert create_app(store=store).secret_key == STRONG


# --- rate limits ------------------------------------------------------------------------------

ONE, TWO = {"REMOTE_ADDR": "203.0.113.7"}, {"REMOTE_ADDR": "198.51.100.20"}


def family(app, environ):
    """A family's browser at one address: its page, CSRF token and sender id."""
    client = app.test_client()
    client.environ_base.update(environ)
    token = csrf_of(client.get("/").get_data(as_text=True))
    sender = f"family-{environ['REMOTE_ADDR'].replace('.', '-')}"

    def say(message="hallo"):
        return client.post("/api/chat", json={"sender": sender, "message": message}, headers={"X-CSRFToken": token})

    return say


@pytest.fixture
def rasa_app(store, rasa):
    app = create_app(store=store, rasa_url=rasa)
    app.config.update(TESTING=True)
    return app


def test_a_chat_flood_gets_a_kind_429_and_other_families_are_still_served(rasa_app):
    flood, other = family(rasa_app, ONE), family(rasa_app, TWO)
    for _ in range(60):                                          # 60 a minute: far more than anyone types
        assert flood().status_code == 200
    resp = flood()
    assert resp.status_code == 429
    assert resp.get_json() == {"error": text("web_error.too_many")}    # chat.js shows `error`
    assert int(resp.headers["Retry-After"]) > 0
    assert other().status_code == 200                            # another client is still served


def test_reference_guesses_have_a_tighter_limit(rasa_app):
    say = family(rasa_app, ONE)
    for symbol in "23456789AB":
        assert say(f"STP-2222-{symbol}AAA").status_code == 200
    assert say("stp 2222 3bbb").status_code == 429
    assert say("hallo").status_code == 200                       # ordinary messages go on


def test_the_consent_button_has_a_tighter_limit_except_at_the_desk(rasa_app, worker):
    say = family(rasa_app, ONE)
    for _ in range(10):
        assert say("/give_consent").status_code == 200
    assert say("/give_consent").status_code == 429
    assert say("ja").status_code == 200

    desk = rasa_app.test_client()                                # a worker in staff mode, same office address
    desk.environ_base.update(ONE)
    login(desk)
    token = csrf_of(desk.get("/desk").get_data(as_text=True))
    for _ in range(12):
        resp = desk.post("/api/chat", json={"sender": "desk-intake-1", "message": "/give_consent"},
                         headers={"X-CSRFToken": token})
        assert resp.status_code == 200


def test_a_login_flood_gets_a_kind_429_page_and_other_clients_can_log_in(app, worker):
    flood = app.test_client()
    flood.environ_base.update(ONE)
    for _ in range(10):
        assert login(flood, staff_id="niemand", password="fout-wachtwoord").status_code == 401
    resp = login(flood, staff_id="niemand", password="fout-wachtwoord")
    assert resp.status_code == 429 and resp.mimetype == "text/html"
    assert str(escape(text("web_error.too_many_attempts"))) in resp.get_data(as_text=True)
    other = app.test_client()
    other.environ_base.update(TWO)
    assert login(other).status_code == 302


def low_limit(app):
    app.config.update(STAPSTEEN_CHAT_LIMIT="5/minute")
    return app


def test_development_does_not_limit_this_machine_but_production_does(store, rasa, monkeypatch, real_deployment):
    local = family(low_limit(create_app(store=store, rasa_url=rasa)), {"REMOTE_ADDR": "127.0.0.1"})
    assert {local().status_code for _ in range(10)} == {200}
    monkeypatch.setenv("STAPSTEEN_ENV", "production")
    monkeypatch.setenv("STAPSTEEN_WEB_SECRET", STRONG)
    local = family(low_limit(create_app(store=store, rasa_url=rasa)), {"REMOTE_ADDR": "127.0.0.1"})
    assert [local().status_code for _ in range(6)][-2:] == [200, 429]


def test_behind_trusted_proxies_the_client_is_the_forwarded_address(store, rasa, monkeypatch):
    def flood_from_two_clients(app):
        first = family(app, {"REMOTE_ADDR": "10.0.0.1", "HTTP_X_FORWARDED_FOR": "203.0.113.7"})
        second = family(app, {"REMOTE_ADDR": "10.0.0.1", "HTTP_X_FORWARDED_FOR": "198.51.100.20"})
        for _ in range(5):
            first()
        return first().status_code, second().status_code

    assert flood_from_two_clients(low_limit(create_app(store=store, rasa_url=rasa))) == (429, 429)   # one proxy
    monkeypatch.setenv("STAPSTEEN_TRUSTED_PROXIES", "1")
    assert flood_from_two_clients(low_limit(create_app(store=store, rasa_url=rasa))) == (429, 200)
    monkeypatch.setenv("STAPSTEEN_TRUSTED_PROXIES", "veel")
    from web.app import WebConfigError
    with pytest.raises(WebConfigError, match="STAPSTEEN_TRUSTED_PROXIES"):
        create_app(store=store)


def test_the_counters_hold_no_client_address(rasa_app):
    family(rasa_app, ONE)()
    storage = rasa_app.extensions["stapsteen_limiter"]._storage
    assert "203.0.113.7" not in repr(vars(storage))


@pytest.mark.integration
def test_with_redis_the_limits_hold_across_web_processes(store, rasa, monkeypatch, tmp_path):
    from tests.test_tracker_store import start_redis

    proc, url = start_redis(tmp_path)
    try:
        monkeypatch.setenv("STAPSTEEN_REDIS_URL", url)
        one, two = create_app(store=store, rasa_url=rasa), create_app(store=store, rasa_url=rasa)
        for app in (one, two):
            app.config.update(STAPSTEEN_CHAT_LIMIT="10/minute")
        first, second = family(one, ONE), family(two, ONE)
        for n in range(10):
            assert (first if n % 2 else second)().status_code == 200
        assert first().status_code == 429 and second().status_code == 429
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_with_redis_down_the_limits_fall_back_to_memory(store, rasa, monkeypatch):
    monkeypatch.setenv("STAPSTEEN_REDIS_URL", f"redis://127.0.0.1:{free_port()}/0")    # nothing listens
    app = create_app(store=store, rasa_url=rasa)
    app.config.update(STAPSTEEN_CHAT_LIMIT="3/minute")
    say = family(app, ONE)
    assert [say().status_code for _ in range(4)] == [200, 200, 200, 429]
    assert family(app, TWO)().status_code == 200


# --- the desk account locks after five wrong passwords ------------------------------------

def test_five_wrong_passwords_lock_the_account_for_15_minutes(app, store, worker, monkeypatch):
    import datetime as dt

    from bot import staff

    clients = [app.test_client() for _ in range(3)]
    for n, c in enumerate(clients):                               # from several addresses
        c.environ_base.update({"REMOTE_ADDR": f"203.0.113.{n + 1}"})
    for n in range(4):
        resp = login(clients[n % 3], password="fout-wachtwoord-123")
        assert resp.status_code == 401
        assert str(escape(text("web_error.login_failed"))) in resp.get_data(as_text=True)
    resp = login(clients[1], password="fout-wachtwoord-123")
    locked = str(escape(text("web_error.login_failed")))  # a locked account looks like a wrong password
    assert resp.status_code == 401 and locked in resp.get_data(as_text=True)
    resp = login(clients[2])                                      # even the right password
    assert resp.status_code == 401 and locked in resp.get_data(as_text=True)
    events = [(e.actor, e.action, e.detail) for e in store.audit_events()]
    assert events.count(("an.peeters", "desk.login.locked", {"failures": 5, "minutes": 15})) == 1
    assert ("an.peeters", "login_failed", {"locked": True}) in events

    later = staff.utcnow() + dt.timedelta(minutes=16)
    monkeypatch.setattr(staff, "utcnow", lambda: later)
    assert login(clients[0]).status_code == 302                   # 15 minutes later it works again


def test_a_right_password_resets_the_count(app, store, worker):
    for _ in range(4):
        assert login(app.test_client(), password="fout-wachtwoord-123").status_code == 401
    assert login(app.test_client()).status_code == 302
    for _ in range(4):
        assert login(app.test_client(), password="fout-wachtwoord-123").status_code == 401
    assert login(app.test_client()).status_code == 302
    assert "desk.login.locked" not in [e.action for e in store.audit_events()]


# --- the privacy page: who is responsible, rights, retention (issue 10) --------------------

def page_text(client) -> str:
    return client.get("/privacy").get_data(as_text=True)


def has(page: str, key: str, **values) -> bool:
    return str(escape(text(key, **values))) in page


def test_privacy_page_names_the_demo_controller_and_says_it_is_a_demo(client):
    page = page_text(client)
    assert has(page, "privacy_page.demo") and 'id="privacy-demo"' in page
    assert "Voorbeeld-gemeente" in page
    assert "mailto:privacy@voorbeeld-gemeente.be" in page and 'href="tel:090000001"' in page


def test_privacy_page_shows_controller_dpo_and_legal_basis_of_the_deployment_file(store, real_deployment):
    client = create_app(store=store).test_client()
    page = page_text(client)
    assert 'id="privacy-demo"' not in page and "Voorbeeld" not in page
    assert has(page, "privacy_page.controller", controller=REAL["controller"]["name"])
    for part in ("controller", "dpo"):
        for field in ("email", "phone", "address"):
            assert str(escape(REAL[part][field])) in page, (part, field)
    assert str(escape(REAL["dpo"]["name"])) in page
    assert 'href="tel:+3231234568"' in page and 'href="mailto:dpo@zandhoven-oost.be"' in page
    assert has(page, "privacy_page.legal_basis_consent", consent_basis=REAL["legal_basis"]["consent"])
    assert has(page, "privacy_page.legal_basis_health", health_basis=REAL["legal_basis"]["health"])


def test_a_local_authority_sends_complaints_to_the_vtc_caw_brussel_to_the_gba(store, tmp_path, monkeypatch):
    def complaint_section(data):
        path = write_deployment(tmp_path / "deployment.yml", data)
        monkeypatch.setenv("STAPSTEEN_DEPLOYMENT_FILE", str(path))
        page = page_text(create_app(store=store).test_client())
        return page.split('id="privacy-complaint"')[1].split("</section>")[0]

    vtc = complaint_section(REAL)
    assert has(vtc, "privacy_page.authority_vtc", controller=REAL["controller"]["name"])
    assert has(vtc, "privacy_page.vtc.email") and has(vtc, "privacy_page.vtc.address")
    assert "Gegevensbeschermingsautoriteit" not in vtc

    caw = changed(controller__type="non_profit", controller__name="CAW Brussel vzw")
    gba = complaint_section(caw)
    assert has(gba, "privacy_page.authority_gba", controller="CAW Brussel vzw")
    for key in ("privacy_page.gba.address", "privacy_page.gba.email", "privacy_page.gba.phone"):
        assert has(gba, key), key
    assert "Toezichtcommissie" not in gba


def test_privacy_page_lists_every_right_and_how_to_withdraw(client):
    page = page_text(client)
    for right in ("access", "correction", "erasure", "withdrawal", "complaint"):
        assert has(page, f"privacy_page.right.{right}"), right
    assert "toestemming intrekken" in text("privacy_page.right.withdrawal")      # the chat command ...
    assert "referentiecode" in text("privacy_page.right.withdrawal")             # ... with the code
    assert "onthaal" in text("privacy_page.right.withdrawal")                    # or at the desk


def test_privacy_page_says_who_gets_the_data_and_who_does_not(client):
    page = page_text(client)
    defs = criteria()
    assert has(page, "privacy_page.recipients_contact") and has(page, "privacy_page.nobody_else")
    for body in ("Kind en Gezin", "politie", "RVA", "uitkeringen", "verhuurder", "werkgever"):
        assert body in text("privacy_page.nobody_else"), body
    # What the OCMW sees with the answers: the answers, the count and "threshold reached".
    assert has(page, "privacy_page.answers_list.answers", total=len(defs.ids))
    assert has(page, "privacy_page.answers_list.count", total=len(defs.ids))
    assert has(page, "privacy_page.answers_list.threshold", threshold=defs.threshold)
    assert "drempel bereikt" in text("privacy_page.answers_list.threshold", threshold=3).lower()
    assert text("desk.field.threshold").lower() == "drempel bereikt"               # the desk's own word


def test_privacy_page_retention_comes_from_the_code_and_settings(store, monkeypatch):
    monkeypatch.setenv("STAPSTEEN_IDLE_MINUTES", "45")
    page = page_text(create_app(store=store).test_client())
    assert consent.config()["retention_days"] == 365
    assert has(page, "privacy_page.keep_chat", minutes=45)
    assert has(page, "privacy_page.keep_referral", period=text("privacy_page.period.years", years=1))
    assert has(page, "privacy_page.keep_withdrawn", period=text("privacy_page.period.years", years=1))
    assert has(page, "privacy_page.keep_proof")
    assert web_chat.period(30) == text("privacy_page.period.days", days=30)
    assert web_chat.period(730) == text("privacy_page.period.years", years=2)


def test_production_does_not_start_on_the_demo_deployment_file(store, monkeypatch, var_dir):
    from web import app as web_app

    monkeypatch.setenv("STAPSTEEN_ENV", "production")
    monkeypatch.setenv("STAPSTEEN_WEB_SECRET", STRONG)
    with pytest.raises(web_app.WebConfigError, match=r"demo values \(demo: true\)"):
        create_app(store=store)
    with pytest.raises(SystemExit) as stopped:
        web_app.main()
    assert "stapsteen web server: deployment file" in str(stopped.value.code)
    monkeypatch.setenv("STAPSTEEN_DEPLOYMENT_FILE", str(var_dir / "missing.yml"))
    with pytest.raises(web_app.WebConfigError, match="deployment file not found"):
        create_app(store=store)


# --- retention: the web server purges expired referrals itself ---------------------------

def test_the_retention_purge_deletes_expired_referrals_with_an_audit_event(store):
    import datetime as dt

    from web.app import RETENTION_ACTOR, RetentionPurge

    days = consent.config()["retention_days"]
    t0 = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.timezone.utc)
    old = store.create_referral(channel="web", recorded_by="self", municipality="Gent", recipient="OCMW Gent",
                                contact=Contact(name="Jan", phone="+32470111222"), answers=answers("inadequate"),
                                share_answers=True, now=t0)
    young = store.create_referral(channel="web", recorded_by="self", municipality="Gent", recipient="OCMW Gent",
                                  contact=Contact(name="An", phone="+32470111223"), answers=answers("inadequate"),
                                  share_answers=True, now=t0 + dt.timedelta(days=30))
    clock = [t0 + dt.timedelta(days=days - 1)]                     # a clock the test moves
    purger = RetentionPurge(lambda: store, interval=0.01, clock=lambda: clock[0])
    purger.start()
    try:
        deadline = time.monotonic() + 5
        while purger.runs < 2 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert {r["reference"] for r in store.list()} == {old, young}  # nothing expired yet
        clock[0] = t0 + dt.timedelta(days=days, seconds=1)            # the first one expires
        runs = purger.runs
        while purger.runs < runs + 2 and time.monotonic() < deadline:
            time.sleep(0.01)
    finally:
        purger.stop()
        purger.join(2)
    assert not purger.is_alive()
    assert [r["reference"] for r in store.list()] == [young]
    assert store.consent_events(old)                                  # the proof of consent stays
    purges = [e for e in store.audit_events() if e.action == "purge"]
    assert purges and {e.actor for e in purges} == {RETENTION_ACTOR}
    assert {"older_than_days": days, "deleted": 1} in [e.detail for e in purges]


def test_a_failed_purge_keeps_the_thread_alive(store):
    from web.app import RetentionPurge

    calls = []

    def broken_store():
        calls.append(1)
        raise RuntimeError("the database is down")

    purger = RetentionPurge(broken_store, interval=0.01)
    purger.start()
    deadline = time.monotonic() + 5
    while len(calls) < 3 and time.monotonic() < deadline:
        time.sleep(0.01)
    purger.stop()
    purger.join(2)
    assert len(calls) >= 3                                            # it went on after the error


def test_the_web_server_starts_the_retention_purge(var_dir, monkeypatch):
    import waitress

    from web import app as web_app

    served = []
    monkeypatch.setattr(waitress, "serve", lambda app, **kw: served.append(app))
    monkeypatch.setenv("STAPSTEEN_PURGE_INTERVAL_MINUTES", "0.5")
    started = []
    real_start = web_app.start_retention_purge
    monkeypatch.setattr(web_app, "start_retention_purge", lambda app: started.append(real_start(app)) or started[-1])
    web_app.main()
    purger = started[0]
    try:
        assert served and purger.is_alive() and purger.daemon and purger.interval == 30
        deadline = time.monotonic() + 10
        while purger.runs < 1 and time.monotonic() < deadline:
            time.sleep(0.02)
        assert purger.runs >= 1                                       # ran at once, on the app's store
    finally:
        purger.stop()
        purger.join(2)


def test_a_wrong_purge_interval_stops_the_web_server(var_dir, monkeypatch):
    from web import app as web_app

    monkeypatch.setenv("STAPSTEEN_PURGE_INTERVAL_MINUTES", "0")
    with pytest.raises(SystemExit) as stopped:
        web_app.main()
    assert "STAPSTEEN_PURGE_INTERVAL_MINUTES must be a positive number" in str(stopped.value.code)
