"""Reference codes of referrals (STP-XXXX-XXXX) and the alphabet of all codes.

The alphabet has no look-alikes (no 0/O, 1/I/L, U), so a code read aloud or
typed from paper comes out right. Staff chat codes use the same alphabet.
"""

from __future__ import annotations

import re
import secrets

ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
PREFIX = "STP"
REFERENCE_LENGTH = 8  # 30^8 ~ 6.6e11 codes: unguessable
MAX_TYPED = 40  # longer input cannot be a reference


def random_code(length: int) -> str:
    """`length` random symbols of ALPHABET (cryptographically secure)."""
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def new_reference() -> str:
    code = random_code(REFERENCE_LENGTH)
    return f"{PREFIX}-{code[:4]}-{code[4:]}"


def normalise_reference(text: str) -> str | None:
    """'stp 7kq4 m2px' -> 'STP-7KQ4-M2PX'; None when it cannot be a reference."""
    if not isinstance(text, str) or len(text) > MAX_TYPED:
        return None
    compact = re.sub(r"[\s\-_.]", "", text.upper())
    if compact.startswith(PREFIX):
        compact = compact[len(PREFIX) :]
    if len(compact) != REFERENCE_LENGTH or any(ch not in ALPHABET for ch in compact):
        return None
    return f"{PREFIX}-{compact[:4]}-{compact[4:]}"
