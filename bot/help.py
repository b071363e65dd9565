"""Help at any moment: privacy answers, crisis help lines, routes to a person.

The keywords that pick a privacy answer and the help lines per crisis kind are
in data/help.yml, the crisis patterns in data/crisis.yml and data/crisis_languages.yml
(bot/crisis.py), the texts in the message catalogue (privacy.*, crisis.*, person.*;
other_language_crisis.<code>.* for a crisis written in English, French, Turkish or Arabic).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from bot import crisis
from bot.language import has_dutch_word
from bot.messages import catalogue, text
from bot.normalise import contains_phrase, fold

PATH = Path(__file__).parent / "data" / "help.yml"
GENERAL = "general"
DUTCH = crisis.DUTCH
CRISIS_TEXTS = "other_language_crisis"  # other_language_crisis.<code>.lines.<kind> (messages/other_languages.yml)


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
    found = crisis.help_kinds(message)
    return found[0] if found else GENERAL


def is_crisis(message: str) -> bool:
    """The safety net: True when a message names a crisis, whatever the
    classifier said (used inside the questions and the free-text fields)."""
    return crisis.is_crisis(message)


def crisis_text_languages() -> list[str]:
    """The languages besides Dutch with their own crisis texts (other_language_crisis.<code>.intro)."""
    start, end = CRISIS_TEXTS + ".", ".intro"
    return sorted(key[len(start) : -len(end)] for key in catalogue() if key.startswith(start) and key.endswith(end))


def crisis_reply_language(message: str) -> str:
    """The language of the help lines for `message`: "nl", or the code of a language with crisis texts.

    The language of the net that found the crisis (bot.crisis.crisis_language): a crisis the Dutch
    net finds is answered in Dutch, as before (also the few French phrases it knows, "je veux
    mourir": tests/test_crisis_more.py expects the Dutch lines for them); one that only the net of
    another language finds, in that language, unless the message holds a distinctively Dutch word
    ("help, mijn man hit me now": the person reads Dutch). No net (the classifier alone, the /crisis
    button): Dutch. No language detector: a crisis reply never waits for one to load."""
    found = crisis.crisis_language(message, supported=True)
    if found is None or found == DUTCH or found not in crisis_text_languages() or has_dutch_word(message):
        return DUTCH
    return found


def crisis_lines(message: str, language: str = DUTCH, *, confirmed: bool = False) -> str:
    """The help lines for what the person wrote (domain.md §4): those of the
    most urgent kind, then one line for each other kind the message names;
    in `language` ("nl", or one of `crisis_text_languages`). `confirmed`: the
    person said it is urgent (bot.crisis.help_kinds)."""
    found = crisis.help_kinds(message, confirmed=confirmed) or (GENERAL,)
    if language == DUTCH:
        return "\n".join([text(f"crisis.lines.{found[0]}")] + [text(f"crisis.also.{kind}") for kind in found[1:]])
    return "\n".join(
        [text(f"other_language_crisis.{language}.lines.{found[0]}")]
        + [text(f"other_language_crisis.{language}.also.{kind}") for kind in found[1:]]
    )


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
