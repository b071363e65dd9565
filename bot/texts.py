"""Texts that carry rules or facts: privacy answers, help lines, routes to a
person (single source: data/texts.yml)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, List, Optional

import yaml

from bot.text import contains_phrase, fold

PATH = Path(__file__).parent / "data" / "texts.yml"


@lru_cache(maxsize=1)
def texts() -> Dict[str, Any]:
    return yaml.safe_load(PATH.read_text(encoding="utf-8"))


def _pick(sections: Dict[str, Dict[str, Any]], question: str, fallback: str) -> str:
    folded = fold(question)
    for name, section in sections.items():
        if any(contains_phrase(folded, k) >= 0 for k in section.get("keywords", [])):
            return name
    return fallback


def privacy_answer(question: str) -> str:
    sections = texts()["privacy"]
    return sections[_pick(sections, question, "general")]["text"]


def crisis_kind(message: str) -> str:
    return _pick(texts()["crisis"]["kinds"], message, "general")


def crisis_lines(message: str) -> List[str]:
    """The help lines for what the person wrote (domain.md §4)."""
    return list(texts()["crisis"]["kinds"][crisis_kind(message)]["lines"])


def person_route(municipality: Optional[str] = None, region: Optional[str] = None) -> str:
    person = texts()["person"]
    if region == "brussels":
        return person["brussels"]
    if municipality:
        return person["known"].format(municipality=municipality)
    return person["general"]
