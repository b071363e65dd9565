"""Consent: the notices with versions and hashes (single source: data/consent.yml),
what counts as explicit consent in the chat (a button or an explicit typed
phrase, never a plain 'ja'), and when and how it was given (from the events of
the conversation)."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping, Sequence
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

# How consent was indicated (see `method_of`).
METHOD_CHAT = "chat_button"  # the consent button (its payload)
METHOD_TYPED = "typed_phrase"  # the explicit phrase, typed
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

# The payload of the consent buttons (referral and share_answers): the intent
# give_consent, so that the classifier needs no new intent. Only the payload
# itself counts: a typed "ja" that the classifier takes for give_consent does not.
CONSENT_PAYLOAD = "/give_consent"

# The slot that holds each consent in the chat.
SLOT_OF = {REFERRAL: "referral_consent", SHARE_ANSWERS: "share_answers"}

# The typed phrases that count as explicit consent, one a line (the catalogue).
_PHRASE_KEYS = {REFERRAL: "consent.typed_yes.referral", SHARE_ANSWERS: "consent.typed_yes.share_answers"}
_JA = "ja "


def _core(phrase: str) -> str:
    """A phrase compared without its leading 'ja' ('Ja, ik geef toestemming.' -> 'ik geef toestemming')."""
    return said(phrase).removeprefix(_JA)


def explicit_phrases(kind: str) -> frozenset[str]:
    """The typed phrases that count as explicit consent of `kind`, as compared:
    the button titles and their close variants (catalogue, consent.typed_yes.*),
    with or without a leading 'ja'. A plain 'ja', 'ok' or 'goed' never does."""
    lines = text(_PHRASE_KEYS[kind]).splitlines()
    return frozenset(core for core in (_core(line) for line in lines) if core and core != "ja")


def is_payload(typed: str) -> bool:
    """A button payload ('/intent' or '/intent{...}'), not typed words."""
    return typed.strip().startswith("/")


def consent_answer(kind: str, typed: str, intent: str | None) -> str | None:
    """YES only for the consent button's payload or an explicit typed phrase,
    NO for a refusal, None otherwise (check back: a plain 'ja' at any confidence)."""
    if typed.strip().split("{", 1)[0] == CONSENT_PAYLOAD or (
        not is_payload(typed) and _core(typed) in explicit_phrases(kind)
    ):
        return YES
    if intent == "deny" or said(typed) in _refusals():
        return NO
    return None


def _refusals() -> frozenset[str]:
    """The titles of the 'no' buttons, typed."""
    return frozenset(said(text(key)) for key in ("button.deny", "button.share_no"))


def referral_consent_answer(typed: str, intent: str | None) -> str | None:
    """The consent to pass on name and contact details: YES, NO or None (check back)."""
    return consent_answer(REFERRAL, typed, intent)


def share_answers_answer(typed: str, intent: str | None) -> str | None:
    """The separate consent to pass on the answers (health data, GDPR art. 9):
    YES, NO or None (check back), as explicit as the referral consent."""
    return consent_answer(SHARE_ANSWERS, typed, intent)


# --- when and how consent was given (from the conversation's events) -------------
_RESETS = ("restart", "session_started", "reset_slots")


@dataclass(frozen=True)
class Indication:
    """When (UTC, to the second) and how (METHOD_*) a person gave a consent."""

    at: dt.datetime
    method: str


def method_of(typed: str, staff: bool) -> str:
    """How consent was indicated: confirmed by the intake worker at the desk
    (staff mode), a button (its payload) or typed words."""
    if staff:
        return METHOD_DESK
    return METHOD_CHAT if is_payload(typed) else METHOD_TYPED


def indication(events: Sequence[Mapping[str, Any]], slot: str, staff: bool) -> Indication | None:
    """The user message that gave the consent held in `slot`: the last one
    after which the slot turned YES (a later re-validation that keeps YES is
    not a new consent; NO, None or a restart in between is). None when the
    events do not show it. `events`: Rasa's tracker events, as dicts."""
    last_user: Mapping[str, Any] | None = None
    given: Mapping[str, Any] | None = None
    value: Any = None
    for event in events:
        name = event.get("event")
        if name == "user":
            last_user = event
        elif name == "slot" and event.get("name") == slot:
            new = event.get("value")
            if new != YES:
                given = None
            elif value != YES:
                given = last_user
            value = new
        elif name in _RESETS:
            last_user = given = value = None
    if given is None or not isinstance(given.get("timestamp"), (int, float)):
        return None
    at = dt.datetime.fromtimestamp(int(given["timestamp"]), dt.timezone.utc)
    return Indication(at=at, method=method_of(str(given.get("text") or ""), staff))


def indications(events: Sequence[Mapping[str, Any]], staff: bool) -> dict[str, Indication]:
    """Per consent kind (REFERRAL, SHARE_ANSWERS) that the events show as given: when and how."""
    found = {kind: indication(events, slot, staff) for kind, slot in SLOT_OF.items()}
    return {kind: value for kind, value in found.items() if value is not None}
