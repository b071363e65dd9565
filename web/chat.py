"""The family side: the chat page, the privacy page and the chat proxy to the
Rasa REST webhook (the browser never talks to Rasa directly)."""

from __future__ import annotations

import re
from typing import Any

import requests
from flask import Blueprint, jsonify, render_template, request
from flask.typing import ResponseReturnValue

from bot import consent
from bot.messages import section, text
from web.common import rasa_http, rasa_url
from web.texts import PRIVACY_TOPIC_KEYS, criteria_total

MAX_MESSAGE = 5000
RASA_TIMEOUT = 60  # seconds; shorter than the browser's TIMEOUT_MS in web/static/chat.js
SENDER_RE = re.compile(r"^[A-Za-z0-9-]{8,64}$")

# The consent notices shown on the privacy page, with the key of their title.
NOTICES: tuple[tuple[str, str], ...] = (
    ("chat_use", "privacy_page.notice.chat_use"),
    (consent.REFERRAL, "privacy_page.notice.referral"),
    (consent.SHARE_ANSWERS, "privacy_page.notice.share_answers"),
)

bp = Blueprint("chat", __name__)


@bp.get("/")
def chat_page() -> ResponseReturnValue:
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


@bp.get("/privacy")
def privacy_page() -> ResponseReturnValue:
    notices = [{"title": text(title_key), "text": consent.notice(kind).text} for kind, title_key in NOTICES]
    return render_template("privacy.html", answers=privacy_answers(), notices=notices)


@bp.post("/api/chat")
def chat_api() -> ResponseReturnValue:
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        return jsonify(error=text("web_error.unreadable")), 400
    sender, message = data.get("sender"), data.get("message")
    if not isinstance(sender, str) or not SENDER_RE.match(sender) or not isinstance(message, str):
        return jsonify(error=text("web_error.unreadable_reload")), 400
    try:
        resp = rasa_http().post(
            f"{rasa_url()}/webhooks/rest/webhook",
            json={"sender": sender, "message": message[:MAX_MESSAGE]},
            timeout=RASA_TIMEOUT,
        )
        resp.raise_for_status()
        messages: Any = resp.json()
    except (requests.RequestException, ValueError):
        return jsonify(error=text("web_error.unreachable")), 503
    messages = messages if isinstance(messages, list) else []
    if not messages:
        # Rasa answered but said nothing (e.g. the action server is down: Rasa
        # logs the error and sends an empty list). Never leave the family in silence.
        messages = no_reply(sender, message[:MAX_MESSAGE])
    return jsonify(messages)


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
