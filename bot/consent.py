"""Consent notices with versions and hashes (single source: data/consent.yml)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from bot.criteria import criteria
from bot.messages import text
from bot.normalise import said

PATH = Path(__file__).parent / "data" / "consent.yml"

# Kinds of notice. Consent is recorded per referral for REFERRAL and SHARE_ANSWERS.
CHAT_USE = "chat_use"  # answers used during the chat only, nothing kept
REFERRAL = "referral"  # name and contact details to the recipient
SHARE_ANSWERS = "share_answers"  # the six answers (health included) too

# Consent states (ISO/IEC TS 27560 vocabulary).
GIVEN, WITHDRAWN = "given", "withdrawn"

# How consent was indicated.
METHOD_CHAT = "chat_button"
METHOD_DESK = "verbal_at_desk_confirmed_by_staff"


@dataclass(frozen=True)
class Notice:
    kind: str
    version: str
    text: str
    sha256: str
    purpose_code: str
    purpose_text: str
    legal_basis: str
    data_items: tuple[str, ...]


@lru_cache(maxsize=1)
def config() -> dict[str, Any]:
    return yaml.safe_load(PATH.read_text(encoding="utf-8"))


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def notice(kind: str, recipient: str | None = None, total: int | None = None) -> Notice:
    """The exact notice text for `kind`, rendered for `recipient` and the number
    of questions (`total`, default: the criteria in force), with its hash."""
    cfg = config()
    raw = cfg["notices"][kind]
    if total is None:
        total = len(criteria().ids)
    text = raw["text"].format(recipient=recipient if recipient is not None else recipient_phrase(), total=total)
    return Notice(
        kind=kind,
        version=str(cfg["version"]),
        text=text,
        sha256=sha256_text(text),
        purpose_code=raw["purpose_code"],
        purpose_text=raw["purpose_text"],
        legal_basis=raw["legal_basis"],
        data_items=tuple(raw["data_items"]),
    )


def recipient_phrase() -> str:
    """How the recipient is named in the notices shown before the municipality
    is known. The hash stored with a consent event is of this exact text."""
    return config()["recipient_phrase"]


# --- answers to the consent questions in the chat --------------------------------
YES, NO = "yes", "no"


def explicit_phrases() -> tuple[str, ...]:
    """Typed phrases that count as explicit consent: the button's own title, and
    its core without 'ja'. A plain 'ja' or 'ok' never does."""
    button = said(text("button.consent_yes"))
    return (button, button.removeprefix("ja "))


def referral_consent_answer(typed: str, intent: str | None) -> str | None:
    """YES only for the consent button (intent give_consent) or its exact phrase,
    NO for a refusal, None when the answer is not explicit (ask again)."""
    if intent == "give_consent" or said(typed) in explicit_phrases():
        return YES
    if intent == "deny":
        return NO
    return None


def share_answers_answer(intent: str | None) -> str | None:
    """The separate consent to pass on the answers: YES, NO or None (ask again)."""
    if intent in ("affirm", "give_consent"):
        return YES
    if intent == "deny":
        return NO
    return None
