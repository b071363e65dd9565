"""The family chat and the staff desk in a real browser (Debian's Chromium,
driven by Playwright), against the real Rasa, action and web servers."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from bot.criteria import criteria
from bot.messages import text
from tests.oracle import answers

pytestmark = [pytest.mark.integration, pytest.mark.slow, pytest.mark.model]

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SHOTS = ROOT / "test-output" / "screenshots"
PASSWORD = "een-lang-wachtwoord-123"
TOTAL = len(criteria().ids)
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip("Chromium not installed: apt-get install chromium chromium-driver (.ci/run does)")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def phone(browser, web):
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="nl-BE")
    page = context.new_page()
    page.dialogs = []
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    yield page
    context.close()


def bot_count(page) -> int:
    return page.locator(".msg-bot").count()


def wait_reply(page, before: int) -> None:
    page.wait_for_function(
        "n => document.querySelectorAll('.msg-bot').length > n"
        " && document.getElementById('chat-typing').hidden", arg=before, timeout=60000)


def click(page, title: str) -> None:
    before = bot_count(page)
    page.locator(".quick-replies").last.get_by_role("button", name=title, exact=True).click()
    wait_reply(page, before)


def click_value(page, value: str) -> None:
    before = bot_count(page)
    page.locator(".quick-replies").last.locator(f'button[data-payload*="{value}"]').first.click()
    wait_reply(page, before)


def type_message(page, message: str) -> None:
    before = bot_count(page)
    page.fill("#chat-input", message)
    page.press("#chat-input", "Enter")
    wait_reply(page, before)


def open_chat(page, web) -> None:
    page.goto(web + "/")
    page.wait_for_selector(".msg-bot", timeout=60000)
    page.wait_for_function("() => document.getElementById('chat-typing').hidden")
    assert text("intro").splitlines()[0] in page.locator(".msg-bot").first.inner_text()


def progress(page) -> str:
    return page.inner_text("#chat-progress-label")


def reference_on(page) -> str:
    page.wait_for_selector(".reference-code", timeout=60000)
    return page.inner_text(".reference-code").strip()


def test_family_clicks_through_to_a_reference(phone, web, servers):
    open_chat(phone, web)
    click(phone, text("button.start_fine"))
    for i in range(1, TOTAL + 1):
        assert progress(phone) == text("chat_ui.progress", index=i, total=TOTAL)
        if i == 3:
            SHOTS.mkdir(parents=True, exist_ok=True)
            phone.screenshot(path=str(SHOTS / "chat-question.png"))
        click_value(phone, "inadequate")
    assert "6 van de 6" in phone.locator(".msg-bot").last.inner_text() or \
        "6 van de 6" in phone.inner_text("#log")
    click(phone, text("button.yes_please"))
    click(phone, text("button.consent_yes"))
    SHOTS.mkdir(parents=True, exist_ok=True)
    click(phone, text("button.share_yes"))
    type_message(phone, "Fatima")
    type_message(phone, "0470 12 34 56")
    type_message(phone, "2000")
    click(phone, text("button.evening"))
    click(phone, text("button.yes_right"))
    ref = reference_on(phone)
    phone.screenshot(path=str(SHOTS / "chat-phone.png"), full_page=False)
    item = servers.store().get(ref, with_contact=True, actor="browser-test")
    assert item["recipient"] == "OCMW Antwerpen" and item["contact"]["name"] == "Fatima"
    assert item["score"] == 6 and item["channel"] == "web"
    # the conversation ended: nothing about it stays in the browser's storage
    assert phone.evaluate("() => window.localStorage.length") == 0
    assert phone.evaluate("() => window.sessionStorage.length") == 0


def test_family_types_free_text(phone, web, servers):
    open_chat(phone, web)
    type_message(phone, "ja dat is goed")
    type_message(phone, "we hebben 1.300 euro per maand")
    assert progress(phone) == text("chat_ui.progress", index=2, total=TOTAL)
    type_message(phone, "ik werk via interim")
    type_message(phone, "ik heb een bachelor")
    type_message(phone, "er is schimmel")
    type_message(phone, "iedereen is gezond")
    type_message(phone, "zeg ik liever niet")
    assert "3 van de 6" in phone.inner_text("#log")
    # Under the input, whatever the chat said: 112 and 1813 to tap.
    safety = phone.locator("#chat-safety")
    safety.scroll_into_view_if_needed()
    assert safety.is_visible()
    assert [a.get_attribute("href") for a in safety.locator("a").all()] == \
        [f"tel:{text('helpline.emergency')}", f"tel:{text('helpline.suicide')}"]
    type_message(phone, "ja graag")
    type_message(phone, "Ja, ik geef toestemming")
    type_message(phone, "nee")
    type_message(phone, "Pieter")
    type_message(phone, "0470 99 88 77")
    type_message(phone, "Gent")
    type_message(phone, "woensdagnamiddag")
    type_message(phone, "ja dat klopt")
    ref = reference_on(phone)
    item = servers.store().get(ref)
    assert item["municipality"] == "Gent" and item["share_answers"] is False and item["criteria"] is None


def test_refusal_stores_nothing(phone, web, servers):
    before = len(servers.store().list())
    open_chat(phone, web)
    click(phone, text("button.start_fine"))
    for _ in range(TOTAL):
        click_value(phone, "inadequate")
    click(phone, text("button.yes_please"))
    click(phone, text("button.deny"))
    assert text("referral.not_wanted") in phone.locator(".msg-bot").last.inner_text()
    assert len(servers.store().list()) == before


def test_keyboard_only(phone, web, servers):
    """The whole conversation with Tab, Enter and typing: no mouse."""
    open_chat(phone, web)

    def focused() -> str:
        return phone.evaluate("() => document.activeElement && (document.activeElement.id"
                              " || document.activeElement.className)")

    def enter_on_focused_button():
        before = bot_count(phone)
        assert "quick-reply" in focused()
        phone.keyboard.press("Enter")
        wait_reply(phone, before)

    def type_in_input(message):
        before = bot_count(phone)
        for _ in range(12):
            if focused() == "chat-input":
                break
            phone.keyboard.press("Tab")
        assert focused() == "chat-input"
        phone.keyboard.type(message)
        phone.keyboard.press("Enter")
        wait_reply(phone, before)

    # On arrival the person tabs (past the skip link and the header) to the first choice.
    for _ in range(15):
        if "quick-reply" in focused():
            break
        phone.keyboard.press("Tab")
    # From then on focus moves to the first new quick reply by itself:
    # "Ja, dat is goed", then the first answer of each question.
    enter_on_focused_button()
    for _ in range(TOTAL):
        enter_on_focused_button()
    enter_on_focused_button()            # "Ja, graag"
    enter_on_focused_button()            # "Ja, ik geef toestemming"
    enter_on_focused_button()            # "Ja, mijn antwoorden mogen mee"
    type_in_input("Sara")
    type_in_input("0470 11 22 33")
    type_in_input("3000")
    type_in_input("na 17 uur")
    enter_on_focused_button()            # "Ja, dat klopt"
    ref = reference_on(phone)
    assert servers.store().get(ref)["municipality"] == "Leuven"
    # focus is visible: the outline of a focused control is not 'none'
    phone.focus("#chat-input")
    outline = phone.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"


def test_markup_is_shown_as_text_and_never_runs(phone, web):
    open_chat(phone, web)
    type_message(phone, "<script>alert(1)</script><img src=x onerror=alert(2)>")
    users = phone.locator(".msg-user .msg-text")
    assert users.last.inner_text() == "<script>alert(1)</script><img src=x onerror=alert(2)>"
    assert phone.locator("#log script, #log img").count() == 0
    phone.wait_for_timeout(300)
    assert phone.dialogs == []


def make_worker_and_referral(servers):
    from bot.staff import add_staff, set_password
    from bot.store import Contact
    store = servers.store()
    add_staff(store, "desk.worker", "OCMW Gent")
    set_password(store, "desk.worker", PASSWORD)
    ref = store.create_referral(channel="web", recorded_by="self", municipality="Gent",
                                recipient="OCMW Gent", contact=Contact(name="Lotte", phone="+32470555666"),
                                answers=answers("inadequate"),
                                share_answers=True)
    return store, ref


def desk_login(page, web, password=PASSWORD):
    page.goto(web + "/desk/login")
    page.fill("#staff_id", "desk.worker")
    page.fill("#password", password)
    page.click("#desk-login-submit")


def test_staff_desk(browser, web, servers):
    store, ref = make_worker_and_referral(servers)
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-BE")
    page = context.new_page()
    desk_login(page, web, password="helemaal-fout-123")
    assert text("web_error.login_failed") in page.inner_text("#login-error")
    desk_login(page, web)
    page.wait_for_selector("#referrals-table")
    assert ref in page.inner_text("#referrals-table")
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "desk.png"), full_page=True)
    page.click(f"text={ref}")
    page.wait_for_selector("#current-status")
    assert "Lotte" in page.inner_text("main")
    page.select_option("select[name=status]", "in_progress")
    page.locator("form[action$='/status'] button[type=submit]").click()
    page.wait_for_selector("#flash-message")
    assert store.get(ref)["status"] == "in_progress"
    actions = [(e.actor, e.action) for e in store.audit_events(ref)]
    assert ("desk.worker", "view_contact") in actions and ("desk.worker", "set_status") in actions
    # a staff-mode conversation in the same page
    from bot.staff import add_staff
    code = add_staff(store, "desk.worker", "OCMW Gent")     # new chat code (shown once)
    page.goto(web + "/desk")
    page.click("#staff-chat-start")
    page.wait_for_selector(".msg-bot", timeout=60000)
    page.wait_for_function("() => document.getElementById('chat-typing').hidden")
    assert text("staff.ask_code") in page.inner_text("#log")
    assert page.get_attribute("#chat-input", "type") == "password"     # the code is not shown
    type_message(page, code)
    assert "desk.worker" in page.inner_text("#log")
    titles = page.locator(".quick-replies").last.locator("button").all_inner_texts()
    assert titles[:3] == ["ontoereikend", "toereikend", "onbekend"]
    context.close()


def run_axe(page) -> list:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("""async () => {
        const r = await axe.run(document, {runOnly: {type: 'tag',
                  values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}});
        return r.violations.map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.length}));
    }""")
    report = SHOTS.parent / "axe.json"
    SHOTS.parent.mkdir(parents=True, exist_ok=True)
    old = json.loads(report.read_text()) if report.exists() else {}
    old[re.sub(r"^https?://[^/]+", "", page.url)] = result
    report.write_text(json.dumps(old, indent=2))
    return [v for v in result if v["impact"] in ("serious", "critical")]


def test_accessibility_check(browser, web, servers):
    if not AXE.exists():
        pytest.skip("axe-core not installed: npm ci (make test does it when npm is available)")
    store, ref = make_worker_and_referral(servers) if not servers.store().list() else (servers.store(), None)
    context = browser.new_context(viewport={"width": 390, "height": 844}, bypass_csp=True)
    page = context.new_page()
    open_chat(page, web)
    click(page, text("button.start_fine"))
    assert run_axe(page) == []
    page.goto(web + "/privacy")
    assert run_axe(page) == []
    page.goto(web + "/desk/login")
    assert run_axe(page) == []
    page.set_viewport_size({"width": 1280, "height": 900})
    try:
        from bot.staff import add_staff, set_password
        add_staff(servers.store(), "axe.worker", "OCMW Gent")
        set_password(servers.store(), "axe.worker", PASSWORD)
    except Exception:
        pass
    page.fill("#staff_id", "axe.worker")
    page.fill("#password", PASSWORD)
    page.click("#desk-login-submit")
    page.wait_for_selector("#referrals-table")
    assert run_axe(page) == []
    link = page.locator(".ref-link").first
    if link.count():
        link.click()
        page.wait_for_selector("#current-status")
        assert run_axe(page) == []
    context.close()


def test_chat_works_at_200_percent_zoom(browser, web):
    # 200% zoom of a 1280 px window = a 640 px CSS viewport at device scale 2
    context = browser.new_context(viewport={"width": 640, "height": 800}, device_scale_factor=2)
    page = context.new_page()
    open_chat(page, web)
    click(page, text("button.start_fine"))
    overflow = page.evaluate("() => document.documentElement.scrollWidth > document.documentElement.clientWidth")
    assert overflow is False
    context.close()


def test_figures_page_for_coordinators(browser, web, servers):
    """The "Cijfers" page: charts as accessible SVG with a table behind each,
    figures under 5 never shown, axe clean, no script; the screenshot for the
    README (docs/screenshots/desk-figures.png is a copy)."""
    from bot.staff import add_staff, set_password
    from tests.figures_sim import seed
    store = servers.store()
    seed(store, "2026-Q3", 25, seed=7, name="Gent")
    add_staff(store, "figures.coordinator", "*")
    set_password(store, "figures.coordinator", PASSWORD)
    context = browser.new_context(viewport={"width": 1280, "height": 1300}, locale="nl-BE", bypass_csp=True)
    page = context.new_page()
    page.goto(web + "/desk/login")
    page.fill("#staff_id", "figures.coordinator")
    page.fill("#password", PASSWORD)
    page.click("#desk-login-submit")
    page.wait_for_selector("#referrals-table")
    page.click("#nav-figures")
    page.wait_for_selector("#period-heading")
    page.goto(web + "/desk/cijfers?gemeente=Gent&periode=2026-Q3")
    page.wait_for_selector("#chart-funnel")
    assert page.inner_text("#period-heading") == text("figures.page.quarter", number=3, year=2026)
    charts = page.locator("svg[role=img]")
    assert charts.count() == 5 + TOTAL
    for i in range(charts.count()):
        labelled = charts.nth(i).get_attribute("aria-labelledby").split()
        assert all(page.locator(f"[id='{name}']").count() == 1 for name in labelled)
    page.keyboard.press("Tab")
    page.locator("#chart-funnel summary").click()
    assert page.locator("#chart-funnel table").is_visible()
    cells = page.locator("main td").evaluate_all("cells => cells.map(c => c.textContent.trim())")
    assert cells and all(c in ("< 5", text("figures.cell.hidden"), text("figures.cell.withheld")) or int(c) >= 5
                         for c in cells)
    assert page.evaluate("() => [...document.scripts].filter(s => !s.src && s.type !== 'application/json').length") == 0
    page.locator("#chart-funnel summary").click()
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "desk-figures.png"))
    if AXE.exists():
        assert run_axe(page) == []
        page.goto(web + "/desk/cijfers?gemeente=Gent&periode=2026-W30")
        page.wait_for_selector("#chart-funnel")
        assert run_axe(page) == []
    overflow = page.evaluate("() => document.documentElement.scrollWidth > document.documentElement.clientWidth")
    assert overflow is False
    context.close()


# --- the chat session, read-aloud on the device, withdrawal (issue 10) ---------------------

def chat_posts(page) -> list:
    """The messages the page sends to /api/chat, as they are sent."""
    sent: list = []
    page.on("request", lambda r: sent.append(json.loads(r.post_data or "{}").get("message"))
            if r.url.endswith("/api/chat") and r.method == "POST" else None)
    return sent


def test_a_bad_token_is_renewed_and_the_message_goes_through(phone, web):
    open_chat(phone, web)
    sent = chat_posts(phone)
    phone.evaluate("() => document.querySelector('meta[name=\"csrf-token\"]').setAttribute('content', 'stale')")
    type_message(phone, "ja dat is goed")
    assert sent == ["ja dat is goed", "ja dat is goed"]          # refused once, sent once more
    assert phone.inner_text("#chat-alert").strip() == ""
    assert phone.get_attribute('meta[name="csrf-token"]', "content") != "stale"
    assert phone.locator(".msg-user .msg-text").last.inner_text() == "ja dat is goed"


def test_an_idled_out_conversation_ends_kindly_and_keeps_the_typed_text(phone, web):
    """After the idle time the browser has dropped the session cookie (it lives as
    long as the conversation): the page says the conversation was closed, keeps
    what was typed and starts again on request."""
    open_chat(phone, web)
    sent = chat_posts(phone)
    phone.context.clear_cookies()                                   # what the browser does after the idle time
    phone.fill("#chat-input", "ik werk via interim")
    phone.press("#chat-input", "Enter")
    phone.wait_for_selector("#chat-start-again")
    assert text("chat_ui.closed") in phone.inner_text("#chat-alert")
    assert text("web_error.page_expired") not in phone.inner_text("main")   # no raw error
    assert phone.input_value("#chat-input") == "ik werk via interim"
    assert phone.locator(".msg-user").count() == 0
    assert sent == ["ik werk via interim"]                             # not sent again to a forgotten conversation
    assert phone.evaluate("() => window.sessionStorage.length") == 0
    phone.click("#chat-start-again")
    phone.wait_for_selector(".msg-bot", timeout=60000)
    phone.wait_for_function("() => document.getElementById('chat-typing').hidden")
    assert text("intro").splitlines()[0] in phone.locator(".msg-bot").first.inner_text()
    assert phone.input_value("#chat-input") == "ik werk via interim"   # still there for the new conversation
    assert phone.inner_text("#chat-alert").strip() == ""
    assert sent[-1] == "/greet"


# Voices as the page sees them: the real speechSynthesis with getVoices and speak replaced.
FAKE_VOICES = """
(voices) => {
  window.__spoken = [];
  const synth = window.speechSynthesis;
  synth.getVoices = () => voices;
  synth.speak = (u) => window.__spoken.push({voice: u.voice && u.voice.name, lang: u.lang});
  // An utterance that accepts a voice object that is not a real SpeechSynthesisVoice.
  window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; this.voice = null; } };
}
"""


def voices_page(browser, web, voices):
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="nl-BE")
    context.add_init_script(f"({FAKE_VOICES})({json.dumps(voices)})")
    page = context.new_page()
    open_chat(page, web)
    return context, page


def test_read_aloud_without_a_voice_on_the_device_says_so_and_does_not_speak(browser, web):
    cloud = [{"name": "Google Nederlands", "lang": "nl-BE", "localService": False},
             {"name": "Cloud NL", "lang": "nl-NL", "localService": False},
             {"name": "Local English", "lang": "en-GB", "localService": True}]
    context, page = voices_page(browser, web, cloud)
    page.locator(".msg-bot .speak").first.click()
    page.wait_for_selector(".speak-note")
    assert page.inner_text(".speak-note") == text("chat_ui.speak_unavailable")
    assert page.evaluate("() => window.__spoken") == []               # never a cloud voice, never the default
    note = page.get_attribute(".speak-note", "id")
    assert page.locator(".msg-bot .speak").first.get_attribute("aria-describedby") == note
    context.close()


def test_read_aloud_uses_a_dutch_voice_on_the_device_nl_be_first(browser, web):
    voices = [{"name": "Cloud BE", "lang": "nl-BE", "localService": False},
              {"name": "Local NL", "lang": "nl-NL", "localService": True},
              {"name": "Local BE", "lang": "nl_BE", "localService": True}]
    context, page = voices_page(browser, web, voices)
    page.locator(".msg-bot .speak").first.click()
    page.wait_for_function("() => window.__spoken.length === 1")
    assert page.evaluate("() => window.__spoken") == [{"voice": "Local BE", "lang": "nl_BE"}]
    assert page.locator(".speak-note").count() == 0
    context.close()


def test_the_withdraw_button_is_always_there_and_sends_the_payload(phone, web):
    open_chat(phone, web)
    sent = chat_posts(phone)
    button = phone.locator("#chat-withdraw")
    assert button.is_visible() and button.inner_text() == text("chat_page.withdraw")
    assert phone.locator("#privacy-link").is_visible()
    before = bot_count(phone)
    button.focus()                                                     # keyboard: focus and Enter
    phone.keyboard.press("Enter")
    wait_reply(phone, before)
    assert sent == ["/withdraw_consent"]
    assert phone.locator(".msg-user .msg-text").last.inner_text() == text("chat_ui.withdraw")
