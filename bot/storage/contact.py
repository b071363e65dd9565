"""Contact details of a family, as stored (encrypted) with a referral."""

from __future__ import annotations

from dataclasses import dataclass

from bot.storage.database import InvalidRequest

CONTACT_FIELDS = ("name", "phone", "email", "best_time")


@dataclass(frozen=True)
class Contact:
    name: str
    phone: str | None = None
    email: str | None = None
    best_time: str | None = None

    def __post_init__(self) -> None:
        if not (self.name or "").strip():
            raise InvalidRequest("a name is required")
        if not (self.phone or self.email):
            raise InvalidRequest("a phone number or an e-mail address is required")

    def as_dict(self) -> dict[str, str | None]:
        return {f: getattr(self, f) for f in CONTACT_FIELDS}

    def __repr__(self) -> str:  # never leak personal data into logs
        return "Contact(<redacted>)"
