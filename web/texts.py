"""The web's texts come from the message catalogue (bot/data/messages/web.yml).

Templates call the globals `t` (plain text, autoescaped) and `t_html` (a
sentence around HTML such as a <time>) with a literal catalogue key and the
values of its {placeholders}.
The browser scripts get their texts as JSON data blocks (`chat_texts()`,
`desk_texts()`), never as inline script, so the CSP stays strict.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask import Flask
from markupsafe import Markup, escape

from bot.criteria import criteria
from bot.messages import section, text

# Labels of codes, keyed by code. The keys are written out (not built) so a
# test can check that each of them exists in the catalogue.
STATUS_KEYS: Mapping[str, str] = {
    "new": "desk.status.new",
    "in_progress": "desk.status.in_progress",
    "closed": "desk.status.closed",
    "withdrawn": "desk.status.withdrawn",
}
VALUE_KEYS: Mapping[str, str] = {
    "inadequate": "desk.value.inadequate",
    "adequate": "desk.value.adequate",
    "unknown": "desk.value.unknown",
}
PRIVACY_TOPIC_KEYS: Mapping[str, str] = {
    "general": "privacy_page.topic.general",
    "who": "privacy_page.topic.who",
    "retention": "privacy_page.topic.retention",
}


def labels(keys: Mapping[str, str]) -> dict[str, str]:
    """{code: label} for a mapping of {code: catalogue key}."""
    return {code: text(key) for code, key in keys.items()}


def status_label(status: str) -> str:
    return text(STATUS_KEYS[status])


def t_html(key: str, **values: Any) -> Markup:
    """The text as HTML: the text itself and plain values are escaped, Markup
    values (e.g. a macro's output) are kept as they are."""
    marks = {name: f"\x00{name}\x00" for name in values}
    html = str(escape(text(key, **marks)))
    for name, value in values.items():
        html = html.replace(f"\x00{name}\x00", str(escape(value)))
    return Markup(html)


def helpline_numbers() -> list[str]:
    """The help-line numbers the bot's texts contain (helpline.* in the catalogue)."""
    return sorted(set(section("helpline").values()), key=lambda n: (-len(n), n))


def chat_texts() -> dict[str, Any]:
    """What chat.js reads from <script type="application/json" id="chat-texts">."""
    return {"text": section("chat_ui"), "helplines": helpline_numbers()}


def desk_texts() -> dict[str, Any]:
    """What desk.js reads from <script type="application/json" id="desk-texts">."""
    return {"text": section("desk_ui")}


def criteria_total() -> int:
    """How many criteria the questions go through (the progress bar, the score)."""
    return len(criteria().ids)


def install_texts(app: Flask) -> None:
    """Make the catalogue available to the templates."""
    app.jinja_env.globals.update(t=text, t_html=t_html, chat_texts=chat_texts, desk_texts=desk_texts)
