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


def guarded(text: object, intent: str | None, confidence: float) -> str | None:
    """NOT_UNDERSTOOD when `intent` is guarded, below the confidence needed and
    none of its cue words is in `text`; None to leave the classifier's intent."""
    minimum, cues = _config()
    if intent not in cues or confidence >= minimum:
        return None
    tokens = spoken(text).split()
    for cue in cues[intent]:
        n = len(cue)
        if any(tuple(tokens[i : i + n]) == cue for i in range(len(tokens) - n + 1)):
            return None
    return NOT_UNDERSTOOD
