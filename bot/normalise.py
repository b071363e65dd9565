"""Text normalisation shared by interpretation, validation and lookups.

The one place where accents are folded (`strip_accents`); everything that
compares what people type with a phrase, a place name or a number word uses it.
"""

from __future__ import annotations

import re
import unicodedata

MAX_INPUT = 1000  # characters we look at; longer input is cut, never an error
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def strip_accents(text: str) -> str:
    """'één café' -> 'een cafe' (case kept)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def clean(text: object) -> str:
    """Text as typed, made safe: str, no control characters, trimmed, capped."""
    if not isinstance(text, str):
        return ""
    return _CONTROL.sub(" ", text).strip()[:MAX_INPUT]


def fold(text: object) -> str:
    """Lower case, no accents, single spaces: for matching phrases."""
    t = strip_accents(clean(text).lower())
    t = re.sub(r"[^\w@.+€,/-]+", " ", t)
    return re.sub(r"\s+", " ", t).strip()


def said(text: object) -> str:
    """Typed text for comparing with a short phrase: folded, without commas and
    dots ('Ja, ik geef toestemming.' -> 'ja ik geef toestemming')."""
    return " ".join(re.sub(r"[,.]", " ", fold(text)).split())


def contains_phrase(folded: str, phrase: str) -> int:
    """Index of `phrase` as whole words in folded text, or -1."""
    m = re.search(r"(?<!\w)" + re.escape(fold(phrase)) + r"(?!\w)", folded)
    return m.start() if m else -1
