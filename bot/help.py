"""Help at any moment: privacy answers, crisis help lines, routes to a person.

The keywords that pick a privacy answer and the help lines per crisis kind are
in data/help.yml, the crisis patterns in data/crisis.yml (bot/crisis.py), the
texts in the message catalogue (privacy.*, crisis.*, person.*).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from bot import crisis
from bot.messages import text
from bot.normalise import contains_phrase, fold

PATH = Path(__file__).parent / "data" / "help.yml"
GENERAL = "general"


@lru_cache(maxsize=1)
def keywords() -> dict[str, dict[str, list[str]]]:
    return yaml.safe_load(PATH.read_text(encoding="utf-8"))


def _pick(topics: dict[str, list[str]], message: str) -> str:
    folded = fold(message)
    for name, words in topics.items():
        if any(contains_phrase(folded, k) >= 0 for k in words):
            return name
    return GENERAL


def privacy_topic(question: str) -> str:
    return _pick(keywords()["privacy"], question)


def privacy_answer(question: str) -> str:
    return text(f"privacy.{privacy_topic(question)}")


def crisis_kind(message: str) -> str:
    """The most urgent kind of crisis a message names (bot/crisis.py);
    `general` when the net finds none (the classifier alone said crisis)."""
    found = crisis.kinds(message, supported=True)
    return found[0] if found else GENERAL


def is_crisis(message: str) -> bool:
    """The safety net: True when a message names a crisis, whatever the
    classifier said (used inside the questions and the free-text fields)."""
    return crisis.is_crisis(message)


def crisis_lines(message: str) -> str:
    """The help lines for what the person wrote (domain.md §4): those of the
    most urgent kind, then one line for each other kind the message names."""
    found = crisis.kinds(message, supported=True) or (GENERAL,)
    return "\n".join([text(f"crisis.lines.{found[0]}")] + [text(f"crisis.also.{kind}") for kind in found[1:]])


def helplines(kind: str) -> list[str]:
    """The help-line keys of a kind in the order its text gives them (help.yml):
    the first is the first line to call."""
    return list(keywords()["crisis"][kind])


def person_route(municipality: str | None = None, region: str | None = None) -> str:
    if region == "brussels":
        return text("person.brussels")
    if municipality:
        return text("person.known", municipality=municipality)
    return text("person.general")
