"""The withdrawal form of the privacy page (web/withdraw.py) through the Flask
test client, on a real SQLite database: code -> choice -> confirmation -> done,
the same answer for every code, CSRF, and the rate limit with its kind 429."""

from __future__ import annotations

import re

import pytest
from markupsafe import escape

from bot import withdrawal
from bot.messages import text
from tests.test_web import app, client, csrf_of, make_referral, no_web_settings, store  # noqa: F401  (fixtures)

UNKNOWN = "STP-2222-3333"
ONE, TWO = {"REMOTE_ADDR": "203.0.113.7"}, {"REMOTE_ADDR": "198.51.100.20"}


def has(html: str, key: str, **values) -> bool:
    return str(escape(text(key, **values))) in html


class Visitor:
    """One browser on the withdrawal form."""

    def __init__(self, client):
        self.client = client
        self.token = csrf_of(client.get("/privacy/withdraw").get_data(as_text=True))

    def post(self, path: str, **form):
        return self.client.post(f"/privacy/withdraw{path}", data={"csrf_token": self.token, **form})

    def withdraw(self, reference: str, choice: str):
        """Every step, checking that nothing is erased before the last one."""
        step = self.post("", reference=reference)
        assert step.status_code == 200, step.get_data(as_text=True)
        html = step.get_data(as_text=True)
        assert 'name="choice" value="all"' in html and 'name="choice" value="answers"' in html
        normalised = re.search(r'name="reference" value="([^"]+)"', html).group(1)
        confirm = self.post("/confirm", reference=normalised, choice=choice)
        assert confirm.status_code == 200
        assert has(confirm.get_data(as_text=True), f"withdraw_page.confirm_{choice}", reference=normalised)
        return self.post("/done", reference=normalised, choice=choice)


def answer_of(resp) -> str:
    return re.search(r'id="withdraw-answer"[^>]*>(.*?)</p>', resp.get_data(as_text=True), re.S).group(1)


def test_the_privacy_page_links_to_the_withdrawal_form(client):
    html = client.get("/privacy").get_data(as_text=True)
    link = re.search(r'<a id="privacy-withdraw-link"[^>]*href="([^"]+)"[^>]*>([^<]+)</a>', html)
    assert link and link.group(1) == "/privacy/withdraw" and link.group(2) == text("privacy_page.withdraw.link")
    page = client.get(link.group(1))
    assert page.status_code == 200 and has(page.get_data(as_text=True), "withdraw_page.lead")


def test_withdrawing_everything_step_by_step(client, store):
    ref = make_referral(store)
    visitor = Visitor(client)
    step = visitor.post("", reference=ref.lower().replace("-", " "))
    assert f'name="reference" value="{ref}"' in step.get_data(as_text=True)
    confirm = visitor.post("/confirm", reference=ref, choice="all")
    assert has(confirm.get_data(as_text=True), "withdraw_page.confirm_all", reference=ref)
    assert store.get(ref)["status"] == "new" and len(store.consent_events(ref)) == 2  # nothing erased yet
    done = visitor.post("/done", reference=ref, choice="all")
    assert done.status_code == 200
    assert answer_of(done) == str(escape(text("withdraw.answered_all", reference=ref)))
    item = store.get(ref, with_contact=True, actor="test")
    assert item["status"] == "withdrawn" and item["contact"] is None and item["criteria"] is None
    methods = {e.method for e in store.consent_events(ref) if e.state == "withdrawn"}
    assert methods == {withdrawal.METHOD_WEB}
    assert "withdraw" in [e.action for e in store.audit_events(ref)]


def test_withdrawing_only_the_answers_keeps_the_referral(client, store):
    ref = make_referral(store)
    done = Visitor(client).withdraw(ref, "answers")
    assert answer_of(done) == str(escape(text("withdraw.answered_answers", reference=ref)))
    item = store.get(ref, with_contact=True, actor="test")
    assert item["status"] == "new" and item["contact"]["name"] == "Jan Peeters" and item["criteria"] is None


@pytest.mark.parametrize("choice", ["all", "answers"])
def test_the_answer_does_not_tell_whether_a_code_exists(client, store, choice):
    ref, gone = make_referral(store), make_referral(store)
    store.withdraw(gone, "test")
    pages = []
    for code in (ref, gone, UNKNOWN):
        resp = Visitor(client).withdraw(code, choice)
        assert resp.status_code == 200
        body = resp.get_data(as_text=True).replace(code, "<code>")
        pages.append(re.sub(r'name="csrf_token" value="[^"]+"|name="csrf-token" content="[^"]+"', "", body))
    assert pages[0] == pages[1] == pages[2]
    unknown = [e for e in store.audit_events() if e.action == "withdraw.unknown_code"]
    assert [(e.referral_reference, e.detail) for e in unknown] == [(None, {"channel": "web", "choice": choice})]


def test_a_wrong_code_or_no_choice_asks_again(client, store):
    ref = make_referral(store)
    visitor = Visitor(client)
    bad = visitor.post("", reference="STP-0000-1111")
    assert bad.status_code == 400 and has(bad.get_data(as_text=True), "withdraw.not_a_reference")
    assert 'aria-invalid="true"' in bad.get_data(as_text=True)
    for path in ("/confirm", "/done"):
        none = visitor.post(path, reference=ref)
        assert none.status_code == 400 and has(none.get_data(as_text=True), "withdraw_page.choose")
        forged = visitor.post(path, reference=ref, choice="cancel")
        assert forged.status_code == 400
    assert store.get(ref)["status"] == "new" and store.get(ref)["criteria"] is not None


def test_the_forms_need_the_csrf_token(client, store):
    ref = make_referral(store)
    resp = client.post("/privacy/withdraw/done", data={"reference": ref, "choice": "all"})
    assert resp.status_code == 400 and has(resp.get_data(as_text=True), "web_error.form_expired")
    assert 'id="withdraw-code-form"' in resp.get_data(as_text=True)  # the form again, not the desk login
    assert store.get(ref)["status"] == "new"


def test_too_many_attempts_get_a_kind_429_and_other_clients_are_still_served(app, store):
    app.config.update(STAPSTEEN_WITHDRAW_LIMIT="3/hour")
    ref = make_referral(store)
    flood = app.test_client()
    flood.environ_base.update(ONE)
    visitor = Visitor(flood)
    for n in range(3):
        assert visitor.post("/done", reference=f"STP-2222-{n + 2}AAA", choice="all").status_code == 200
    resp = visitor.post("/done", reference=ref, choice="all")
    assert resp.status_code == 429 and resp.mimetype == "text/html"
    assert has(resp.get_data(as_text=True), "withdraw_page.too_many")
    assert int(resp.headers["Retry-After"]) > 0
    assert store.get(ref)["status"] == "new"  # refused: nothing looked up
    assert [e.detail for e in store.audit_events() if e.action == "withdraw.rate_limited"] == [{"channel": "web"}]
    assert visitor.post("", reference=ref).status_code == 200  # the earlier steps look nothing up
    other = app.test_client()
    other.environ_base.update(TWO)
    assert Visitor(other).withdraw(ref, "all").status_code == 200
    assert store.get(ref)["status"] == "withdrawn"
