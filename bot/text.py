"""Small text helpers shared by interpretation and validation."""
from __future__ import annotations

import re
import unicodedata

MAX_INPUT = 1000   # characters we look at; longer input is cut, never an error
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean(text: object) -> str:
    """Text as typed, made safe: str, no control characters, trimmed, capped."""
    if not isinstance(text, str):
        return ""
    return _CONTROL.sub(" ", text).strip()[:MAX_INPUT]


def fold(text: object) -> str:
    """Lower case, no accents, single spaces: for matching phrases."""
    t = unicodedata.normalize("NFKD", clean(text).lower())
    t = "".join(ch for ch in t if not unicodedata.combining(ch))
    t = re.sub(r"[^\w@.+€,/-]+", " ", t)
    return re.sub(r"\s+", " ", t).strip()


def contains_phrase(folded: str, phrase: str) -> int:
    """Index of `phrase` as whole words in folded text, or -1."""
    m = re.search(r"(?<!\w)" + re.escape(fold(phrase)) + r"(?!\w)", folded)
    return m.start() if m else -1
