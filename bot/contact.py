"""Contact details typed in the chat: what counts as a name, a phone number,
an e-mail address, a municipality and a moment, and the minimum-data rule.

Plain Python: the Rasa form validation passes in the text (and the entity the
NLU found, if any) and gets back a clean value or None (ask again).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from bot.municipalities import Municipality, lookup
from bot.nlp.numbers import is_valid_email, normalise_phone
from bot.normalise import clean, said

NONE = "none"  # a contact channel the person does not want to give
MAX_FIELD = 80  # characters of a name or a moment

NAME_PREFIXES = ("mijn naam is ", "ik ben ", "ik heet ", "naam: ")
NO_PHONE = ("geen", "geen telefoon", "nee")
NO_EMAIL = ("geen", "geen e-mail", "nee")


def plain(text: str, limit: int = MAX_FIELD) -> str | None:
    """Free text for a contact field: no markup, no payloads, sensible length."""
    text = clean(text)
    if not text or text.startswith("/") or "<" in text or ">" in text or len(text) > limit:
        return None
    if not any(ch.isalpha() for ch in text):
        return None
    return text


def parse_name(text: str) -> str | None:
    """'Mijn naam is Griet' -> 'Griet'; None when it cannot be a name."""
    text = clean(text)
    for prefix in NAME_PREFIXES:
        if text.lower().startswith(prefix):
            text = text[len(prefix) :]
    return plain(text)


def declines(text: str, intent: str | None, phrases: Sequence[str]) -> bool:
    """The person does not want to give this channel ('nee', 'geen e-mail')."""
    return intent == "deny" or said(text) in phrases


def parse_phone(text: str, entity: str | None = None) -> str | None:
    """A Belgian number in international form, or None."""
    return normalise_phone(entity or text)


def parse_email(text: str, entity: str | None = None) -> str | None:
    email = (entity or clean(text)).strip().lower()
    return email if is_valid_email(email) else None


def parse_municipality(text: str, entity: str | None = None) -> Municipality | None:
    return (lookup(entity) if entity else None) or lookup(clean(text))


def parse_best_time(text: str) -> str | None:
    return plain(text)


def reachable(phone: str | None, email: str | None = None) -> bool:
    """Minimum data: one way to reach the family is needed, one is enough."""
    return any(v not in (None, NONE) for v in (phone, email))


def required_contact_slots(slots: Sequence[str], phone: str | None) -> list[str]:
    """The contact questions still needed: no e-mail question once there is a phone number."""
    if phone not in (None, NONE):
        return [s for s in slots if s != "contact_email"]
    return list(slots)


def details(slot: Callable[[str], Any]) -> dict[str, str | None]:
    """The contact details from the form's slots (`slot(name)` gives a value)."""
    return {field: real(slot(f"contact_{field}")) for field in ("name", "phone", "email", "best_time")}


def real(value: str | None) -> str | None:
    """A slot value as contact data: None for 'not given'."""
    return None if value in (None, NONE) else value
