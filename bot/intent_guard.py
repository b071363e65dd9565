"""Intents that end or reset an intake need words, not a guess.

Plain Python, no Rasa (components/intent_guard.py adapts it). The intents,
their cue words and the confidence needed without a cue are data
(data/guarded_intents.yml).

    >>> guarded("HBO5 boekhouden", "stop", 0.39)
    'nlu_fallback'
    >>> guarded("ik wil stoppe", "stop", 0.39) is None
    True
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from bot.normalise import spoken

PATH = Path(__file__).parent / "data" / "guarded_intents.yml"
NOT_UNDERSTOOD = "nlu_fallback"  # Rasa's intent for a message it did not understand


@lru_cache(maxsize=1)
def _config() -> tuple[float, dict[str, tuple[tuple[str, ...], ...]]]:
    data = yaml.safe_load(PATH.read_text(encoding="utf-8"))
    cues = {intent: tuple(tuple(w.split()) for w in words) for intent, words in data["intents"].items()}
    return float(data["min_confidence"]), cues


@lru_cache(maxsize=1)
def _words_needed() -> frozenset[str]:
    data = yaml.safe_load(PATH.read_text(encoding="utf-8"))
    return frozenset(data.get("words_needed") or ())


@lru_cache(maxsize=1)
def _never_with() -> dict[str, tuple[tuple[str, ...], ...]]:
    data = yaml.safe_load(PATH.read_text(encoding="utf-8"))
    return {intent: tuple(tuple(w.split()) for w in words) for intent, words in (data.get("never_with") or {}).items()}


@lru_cache(maxsize=1)
def _refusal_rules() -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    data = yaml.safe_load(PATH.read_text(encoding="utf-8"))
    return frozenset(data.get("refusal_is_not") or ()), tuple(tuple(w.split()) for w in data.get("whole_intake") or ())


def _refuses_one_question(text: object, intent: str | None, tokens: list[str]) -> bool:
    """A refusal to answer (bot.interpret.rather_not_say) that does not name the whole intake."""
    from bot.interpret import rather_not_say  # bot.interpret is heavy; only needed for a guarded intent

    intents, whole = _refusal_rules()
    return intent in intents and not _says(tokens, whole) and rather_not_say(text)


def _says(tokens: list[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    return any(tuple(tokens[i : i + len(p)]) == p for p in phrases for i in range(len(tokens) - len(p) + 1))


def guarded(text: object, intent: str | None, confidence: float) -> str | None:
    """NOT_UNDERSTOOD when `intent` is guarded, none of its cue words is in `text` and the
    classifier is below the confidence needed (or the intent always needs its words);
    None to leave the classifier's intent."""
    minimum, cues = _config()
    if intent not in cues or str(text or "").lstrip().startswith("/"):
        return None  # not guarded, or a button's payload ("/change_answer{...}"): what the family chose
    tokens = spoken(text).split()
    if _says(tokens, _never_with().get(intent, ())):
        # "vandaag stop ik alles, ook mijn leven": never taken as a wish to end the intake, however sure
        return NOT_UNDERSTOOD
    if _refuses_one_question(text, intent, tokens):
        # "Geen zin om te antwoorden.": inside a question read as the answer (unknown), however sure
        return NOT_UNDERSTOOD
    if _says(tokens, cues[intent]) or (confidence >= minimum and intent not in _words_needed()):
        return None
    return NOT_UNDERSTOOD


def said_in_words(text: object, intent: str) -> bool:
    """The message names the guarded `intent` in its own words ("ik wil stoppen", "genoeg"), not only
    in the classifier's guess."""
    _, cues = _config()
    return _says(spoken(text).split(), cues.get(intent, ()))
