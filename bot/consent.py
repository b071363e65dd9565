"""Consent notices with versions and hashes (single source: data/consent.yml)."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, Optional, Tuple

import yaml

PATH = Path(__file__).parent / "data" / "consent.yml"

# Kinds of consent recorded per referral.
REFERRAL = "referral"          # name and contact details to the recipient
SHARE_ANSWERS = "share_answers"  # the six answers (health included) too

# Consent states (ISO/IEC TS 27560 vocabulary).
GIVEN, REFUSED, WITHDRAWN, EXPIRED, REQUESTED = "given", "refused", "withdrawn", "expired", "requested"

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
    data_items: Tuple[str, ...]


@lru_cache(maxsize=1)
def config() -> Dict[str, Any]:
    return yaml.safe_load(PATH.read_text(encoding="utf-8"))


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def notice(kind: str, recipient: Optional[str] = None) -> Notice:
    """The exact notice text for `kind`, rendered for `recipient`, with its hash."""
    cfg = config()
    raw = cfg["notices"][kind]
    text = raw["text"].format(recipient=recipient if recipient is not None else recipient_phrase())
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
