"""The family side: the chat page, the privacy page and the chat proxy to the
Rasa REST webhook (the browser never talks to Rasa directly).

Several Rasa servers (STAPSTEEN_RASA_URLS, sharing the conversations in Redis):
a conversation goes to the server its sender id hashes to, so one family
usually stays on one server, and to the next one when that server cannot be
reached or drops the connection before answering; the next server goes on with
the same conversation from Redis. A server that is reached but answers too late
or with an error is not retried: it may still be handling the message, and a
second server would handle the same answer twice.

A server that went away while handling a message leaves that message's lock
ticket in Redis until it expires (TICKET_LOCK_LIFETIME); the next server waits
for that, and no longer (channels/tracker_store.py RedisLockStore), so it is
asked at once.

A long intake never breaks: every chat message renews the session cookie (and
with it the CSRF token's session), and the session remembers when the
conversation last had a message. The tracker store forgets a conversation
after STAPSTEEN_IDLE_MINUTES without a message; a message after that long gets
`chat_closed` (web/common.py, status 410): a kind text and a fresh token, and
chat.js offers to start again, keeping what the family typed. When the cookie
itself is gone by then (it lives as long as the conversation), the CSRF error
says `session_lost` and chat.js, which knows its conversation had begun, shows
the same kind end.
"""

from __future__ import annotations

import hashlib
import logging
import re
import time
import zlib
from typing import Any

import requests
from flask import Blueprint, current_app, jsonify, render_template, request, session
from flask.typing import ResponseReturnValue

from bot import consent, settings
from bot.criteria import criteria
from bot.deployment import Deployment, deployment
from bot.messages import section, text
from web.common import chat_closed, rasa_http, rasa_urls, staff_seen, staff_session_valid
from web.texts import PRIVACY_TOPIC_KEYS, criteria_total

MAX_MESSAGE = 5000
RASA_TIMEOUT = 60  # seconds for one message, failover included; shorter than the browser's TIMEOUT_MS (chat.js)
CONNECT_TIMEOUT = 3  # seconds to reach a Rasa server before trying the next one
SENDER_RE = re.compile(r"^[A-Za-z0-9-]{8,64}$")
CHAT_KEY = "chat"  # in the session: [conversation digest, time of its last message]

# The consent notices shown on the privacy page, with the key of their title.
NOTICES: tuple[tuple[str, str], ...] = (
    ("chat_use", "privacy_page.notice.chat_use"),
    (consent.REFERRAL, "privacy_page.notice.referral"),
    (consent.SHARE_ANSWERS, "privacy_page.notice.share_answers"),
)

DEPLOYMENT_KEY = "stapsteen_deployment"  # the deployment checked by create_app (bot/deployment.py)

bp = Blueprint("chat", __name__)
logger = logging.getLogger(__name__)  # never log the sender id or what a family wrote


@bp.get("/")
def chat_page() -> ResponseReturnValue:
    session.permanent = True  # the cookie slides with activity (web/common.py)
    return render_template("chat.html", mode="family", criteria_total=criteria_total())


def privacy_answers() -> list[dict[str, str | None]]:
    """The privacy answers of the bot, `general` first; a heading where the
    catalogue has one for the topic."""
    answers = section("privacy")
    order = sorted(answers, key=lambda name: name != "general")
    return [
        {"heading": text(PRIVACY_TOPIC_KEYS[name]) if name in PRIVACY_TOPIC_KEYS else None, "text": answers[name]}
        for name in order
    ]


def period(days: int) -> str:
    """A retention period in words: whole years as years, else days."""
    return (
        text("privacy_page.period.years", years=days // 365)
        if days % 365 == 0
        else text("privacy_page.period.days", days=days)
    )


def privacy_facts() -> dict[str, object]:
    """What the privacy page fills in: who is responsible (the deployment file) and the
    real values of the code and the settings (retention, idle time, criteria)."""
    dep: Deployment = current_app.extensions.get(DEPLOYMENT_KEY) or deployment()
    minutes = settings.idle_minutes()
    return {
        "deployment": dep,
        "authority": dep.authority,
        "total": len(criteria().ids),
        "threshold": criteria().threshold,
        "idle_minutes": int(minutes) if minutes == int(minutes) else minutes,
        "period": period(int(consent.config()["retention_days"])),
        "proof_period": period(int(consent.config()["proof_retention_days"])),
    }


@bp.get("/privacy")
def privacy_page() -> ResponseReturnValue:
    notices = [{"title": text(title_key), "text": consent.notice(kind).text} for kind, title_key in NOTICES]
    return render_template("privacy.html", answers=privacy_answers(), notices=notices, facts=privacy_facts())


@bp.post("/api/chat")
def chat_api() -> ResponseReturnValue:
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        return jsonify(error=text("web_error.unreadable")), 400
    sender, message = data.get("sender"), data.get("message")
    if not isinstance(sender, str) or not SENDER_RE.match(sender) or not isinstance(message, str):
        return jsonify(error=text("web_error.unreadable_reload")), 400
    now = time.time()
    if conversation_idled_out(sender, now):
        return chat_closed()
    try:
        messages = ask_rasa(sender, message[:MAX_MESSAGE])
    except (requests.RequestException, ValueError):
        return jsonify(error=text("web_error.unreachable")), 503
    conversation_seen(sender, now)
    messages = messages if isinstance(messages, list) else []
    if not messages:
        # Rasa answered but said nothing (e.g. the action server is down: Rasa
        # logs the error and sends an empty list). Never leave the family in silence.
        messages = no_reply(sender, message[:MAX_MESSAGE])
    return jsonify(messages)


def conversation_digest(sender: str) -> str:
    """What the session keeps of the sender id: enough to tell conversations apart."""
    return hashlib.sha256(sender.encode()).hexdigest()[:16]


def conversation_idled_out(sender: str, now: float) -> bool:
    """This conversation had no message for STAPSTEEN_IDLE_MINUTES, so the tracker
    store forgot it. Counted from when its last message arrived, which is before
    the tracker saved it: the page says "closed" rather than go on with a
    conversation the server no longer has. A new conversation (after "start
    again") has another sender id and starts afresh."""
    last = session.get(CHAT_KEY)
    if not (isinstance(last, list) and len(last) == 2 and last[0] == conversation_digest(sender)):
        return False
    if now - float(last[1]) < settings.idle_minutes() * 60:
        return False
    session.pop(CHAT_KEY)
    return True


def conversation_seen(sender: str, now: float) -> None:
    """A message reached Rasa: the conversation and the session go on from `now`
    (the session cookie is renewed on this response)."""
    session.permanent = True
    session[CHAT_KEY] = [conversation_digest(sender), now]
    if staff_session_valid(now):
        staff_seen(now)  # an intake in the desk keeps the worker signed in


def rasa_order(sender: str) -> list[str]:
    """The Rasa servers in the order to try for this conversation: first the one
    its sender id hashes to (stable across web server restarts), then the next."""
    urls = rasa_urls()
    first = zlib.crc32(sender.encode()) % len(urls)
    return urls[first:] + urls[:first]


def ask_rasa(sender: str, message: str) -> Any:
    """Rasa's reply (parsed JSON); fails over to the next server only when one
    is not reached or goes away before answering (see the module docstring)."""
    deadline = time.monotonic() + RASA_TIMEOUT
    failure: requests.RequestException = requests.ConnectionError("no Rasa server")
    for index, url in enumerate(rasa_order(sender)):
        left = deadline - time.monotonic()
        if left < 1:
            break
        try:
            resp = rasa_http().post(
                f"{url}/webhooks/rest/webhook",
                json={"sender": sender, "message": message},
                timeout=(min(CONNECT_TIMEOUT, left), left),
            )
        except requests.ConnectionError as exc:  # refused, connect timeout, or dropped before any answer
            logger.warning("Rasa server %s did not answer (%s); trying the next one", url, type(exc).__name__)
            failure = exc
            continue
        if index:
            logger.info("a conversation moved to Rasa server %s", url)
        resp.raise_for_status()
        return resp.json()
    raise failure


def no_reply(sender: str, message: str) -> list[dict[str, Any]]:
    """One kind bot message with a button that sends the same message again.

    The tracker keeps the earlier answers, so the retry simply goes on."""
    return [
        {
            "recipient_id": sender,
            "text": text("web_error.no_reply"),
            "buttons": [{"title": text("button.retry"), "payload": message}],
        }
    ]
