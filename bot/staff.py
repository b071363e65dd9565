"""Staff members and their chat codes (argon2 hashes via argon2-cffi).

Codes are created with `python -m bot staff add ID` and shown once; only the
hash is stored, so codes never end up in git or in the database in clear.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from bot.models import StaffMember
from bot.storage.references import random_code
from bot.store import InvalidRequest, StorageError, Store, utcnow

_hasher = PasswordHasher()
STAFF_ID_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{1,62}$")
CODE_LENGTH = 10


def new_code() -> str:
    """A new chat code: symbols without look-alikes, like reference codes."""
    return random_code(CODE_LENGTH)


def _norm_code(code: str) -> str:
    return re.sub(r"[\s-]", "", (code or "")).upper()[:64]


def add_staff(store: Store, staff_id: str, organisation: str | None = None, actor: str = "cli") -> str:
    """Create (or reset) a staff member; returns the new code, shown once."""
    if not STAFF_ID_RE.match(staff_id or ""):
        raise InvalidRequest("staff id: 2-63 characters, lower-case letters, digits, '.', '_' or '-'")
    code = new_code()
    with store.db.session() as s:
        row = s.get(StaffMember, staff_id)
        if row is None:
            row = StaffMember(staff_id=staff_id, created_at=utcnow())
            s.add(row)
        row.code_hash, row.organisation, row.active = _hasher.hash(code), organisation, True
        store.audit_log.record(s, actor, "staff_add", None, {"staff_id": staff_id})
    return code


def remove_staff(store: Store, staff_id: str, actor: str = "cli") -> None:
    with store.db.session() as s:
        row = s.get(StaffMember, staff_id)
        if row is None:
            raise InvalidRequest(f"unknown staff id: {staff_id!r}"[:80])
        row.active = False
        store.audit_log.record(s, actor, "staff_remove", None, {"staff_id": staff_id})


def list_staff(store: Store) -> list[StaffMember]:
    with store.db.session() as s:
        rows = s.execute(select(StaffMember).order_by(StaffMember.staff_id)).scalars().all()
        s.expunge_all()
        return list(rows)


def verify_code(store: Store, code: str) -> str | None:
    """The staff id whose code this is, or None. Codes are unique per person."""
    code = _norm_code(code)
    if len(code) < 6:
        return None
    with store.db.session() as s:
        rows = s.execute(select(StaffMember).where(StaffMember.active.is_(True))).scalars().all()
        for row in rows:
            try:
                if _hasher.verify(row.code_hash, code):
                    return row.staff_id
            except (VerificationError, InvalidHashError):
                continue
    return None


MIN_PASSWORD = 12
_DUMMY_HASH = _hasher.hash("not-a-real-password")


def set_password(store: Store, staff_id: str, password: str, actor: str = "cli") -> None:
    """Set the desk password of a staff member (argon2 hash only)."""
    if len(password or "") < MIN_PASSWORD:
        raise InvalidRequest(f"the password needs at least {MIN_PASSWORD} characters")
    with store.db.session() as s:
        row = s.get(StaffMember, staff_id)
        if row is None:
            raise InvalidRequest(f"unknown staff id: {staff_id!r}"[:80])
        row.password_hash = _hasher.hash(password)
        store.audit_log.record(s, actor, "staff_password", None, {"staff_id": staff_id})


def verify_password(store: Store, staff_id: str, password: str) -> StaffMember | None:
    """The active staff member with this id and password, or None."""
    with store.db.session() as s:
        row = s.get(StaffMember, (staff_id or "")[:64])
        target = row.password_hash if (row is not None and row.active and row.password_hash) else None
        try:
            # Verify against a dummy hash for unknown ids: same time either way.
            ok = _hasher.verify(target or _DUMMY_HASH, (password or "")[:1024]) and target is not None
        except (VerificationError, InvalidHashError):
            ok = False
        if not ok:
            return None
        s.expunge(row)
        return row


# --- staff mode in the chat: the chat code, with a lock-out --------------------
MAX_CODE_ATTEMPTS = 3


@dataclass(frozen=True)
class CodeLogin:
    staff_id: str | None  # set when the code is right
    attempts: int  # wrong attempts so far in this conversation
    locked: bool  # too many wrong attempts: staff mode does not start


def code_login(open_store: Callable[[], Store], code: str, attempts: int) -> CodeLogin:
    """Check a chat code typed after `attempts` wrong ones. A database that is
    down (also when opening it) counts as a wrong code: nothing is unlocked
    without a check."""
    try:
        staff_id = verify_code(open_store(), code)
    except StorageError:
        staff_id = None
    if staff_id:
        return CodeLogin(staff_id, attempts, False)
    attempts += 1
    return CodeLogin(None, attempts, attempts >= MAX_CODE_ATTEMPTS)
