"""Help at any moment: privacy answers, crisis help lines, routes to a person.

The keywords that pick an answer are in data/help.yml, the texts in the
message catalogue (privacy.*, crisis.*, person.*).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

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
    """The kind of crisis a message names; `general` when no keyword matches."""
    return _pick(keywords()["crisis"], message)


def is_crisis(message: str) -> bool:
    """The keyword safety net: True when a message names a crisis, whatever the
    classifier said (used inside the questions and the free-text fields)."""
    return crisis_kind(message) != GENERAL


def crisis_lines(message: str) -> str:
    """The help lines for what the person wrote (domain.md §4)."""
    return text(f"crisis.lines.{crisis_kind(message)}")


def person_route(municipality: str | None = None, region: str | None = None) -> str:
    if region == "brussels":
        return text("person.brussels")
    if municipality:
        return text("person.known", municipality=municipality)
    return text("person.general")
