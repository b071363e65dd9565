"""Staff members: their chat codes, desk passwords, desk sessions and lock-outs.

Codes are created with `python -m bot staff add ID` and shown once. The
database holds only an argon2 hash of a code and its lookup key: an
HMAC-SHA256 under a server key derived from the referral key (every server
that reads the database has it), so checking a typed code is one indexed
query, not one argon2 hash per staff member, and a stolen database alone does
not let anyone test codes. Desk passwords are argon2 hashes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
from collections.abc import Callable
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import or_, select, update

from bot import crypto, settings
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


LOOKUP_CONTEXT = b"stapsteen staff chat code lookup v1"


def _lookup_keys() -> list[bytes]:
    """The HMAC keys of the chat codes, one per referral key (the first one is
    current; the others keep codes made before a key rotation findable)."""
    raw = settings.referral_keys()
    if raw is None:
        crypto.cipher()  # makes the key file on first use, as the referral store would
        raw = settings.referral_keys()
    keys = [k.strip() for k in (raw or "").split(",") if k.strip()]
    if not keys:
        raise crypto.CryptoKeyError("no Stapsteen key to protect the staff chat codes")
    return [hmac.new(k.encode(), LOOKUP_CONTEXT, hashlib.sha256).digest() for k in keys]


def code_lookup(code: str, key: bytes) -> str:
    """The lookup key of a (normalised) chat code: HMAC-SHA256, hex."""
    return hmac.new(key, code.encode(), hashlib.sha256).hexdigest()


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
        row.code_lookup = code_lookup(code, _lookup_keys()[0])
        store.audit_log.record(s, actor, "staff_add", None, {"staff_id": staff_id})
    return code


def remove_staff(store: Store, staff_id: str, actor: str = "cli") -> None:
    with store.db.session() as s:
        row = s.get(StaffMember, staff_id)
        if row is None:
            raise InvalidRequest(f"unknown staff id: {staff_id!r}"[:80])
        row.active = False
        row.session_version = (row.session_version or 0) + 1  # their desk sessions end now
        store.audit_log.record(s, actor, "staff_remove", None, {"staff_id": staff_id})


def list_staff(store: Store) -> list[StaffMember]:
    with store.db.session() as s:
        rows = s.execute(select(StaffMember).order_by(StaffMember.staff_id)).scalars().all()
        s.expunge_all()
        return list(rows)


def verify_code(store: Store, code: str) -> str | None:
    """The staff id whose code this is, or None. Codes are unique per person.

    One SELECT, however many staff members: the code's lookup key (under each
    key, for codes made before a key rotation) in the unique index. Only codes
    made before lookup keys existed (NULL) are checked by their argon2 hash, in
    the same query; a match fills in (or renews) the key, so that happens once."""
    code = _norm_code(code)
    if len(code) < 6:
        return None
    lookups = [code_lookup(code, key) for key in _lookup_keys()]
    with store.db.session() as s:
        rows = (
            s.execute(
                select(StaffMember).where(
                    StaffMember.active.is_(True),
                    or_(StaffMember.code_lookup.in_(lookups), StaffMember.code_lookup.is_(None)),
                )
            )
            .scalars()
            .all()
        )
        found = next((row for row in rows if row.code_lookup in lookups), None)
        if found is None:
            found = next((row for row in rows if row.code_lookup is None and _argon2_ok(row.code_hash, code)), None)
        if found is None:
            return None
        if found.code_lookup != lookups[0]:
            found.code_lookup = lookups[0]
        return str(found.staff_id)


def _argon2_ok(hashed: str, secret: str) -> bool:
    try:
        return bool(_hasher.verify(hashed, secret))
    except (VerificationError, InvalidHashError):
        return False


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
        row.session_version = (row.session_version or 0) + 1  # their desk sessions end now
        row.failed_logins, row.locked_until = 0, None
        store.audit_log.record(s, actor, "staff_password", None, {"staff_id": staff_id})


def verify_password(store: Store, staff_id: str, password: str) -> StaffMember | None:
    """The active staff member with this id and password, or None (also while
    the account is locked; a wrong password counts towards the lock-out)."""
    return desk_login(store, staff_id, password).member


# --- the desk login, with a lock-out of the account -----------------------------
MAX_LOGIN_FAILURES = 5  # wrong passwords in a row that lock the account ...
LOCK_MINUTES = 15  # ... for this long (audit event `desk.login.locked`)


@dataclass(frozen=True)
class DeskLogin:
    member: StaffMember | None  # set when the id and password are right and the account is not locked
    locked: bool  # the account is locked (already, or by this attempt): no password is checked


def desk_login(store: Store, staff_id: str, password: str, now: dt.datetime | None = None) -> DeskLogin:
    """Check a desk login. After MAX_LOGIN_FAILURES wrong passwords in a row the
    account is locked for LOCK_MINUTES (also for the right password), and the
    lock is audited. The count is raised in the database (atomic), so it holds
    across web processes; unknown ids and locked accounts cost the same argon2
    check, and unknown ids lock nothing. The desk shows one text for every
    failure, so a guesser cannot tell a locked account from a wrong id."""
    now = now or utcnow()
    staff_id = (staff_id or "")[:64]
    with store.db.session() as s:
        row = s.get(StaffMember, staff_id)
        usable = row is not None and row.active and bool(row.password_hash)
        if usable and row.locked_until is not None and row.locked_until > now:
            # The same argon2 work as any other attempt: a locked account must not
            # answer faster than an unknown id (the page says the same for both).
            _argon2_ok(_DUMMY_HASH, (password or "")[:1024])
            return DeskLogin(None, locked=True)
        ok = _argon2_ok(row.password_hash if usable else _DUMMY_HASH, (password or "")[:1024]) and usable
        if ok:
            row.failed_logins, row.locked_until = 0, None
            s.flush()
            s.expunge(row)
            return DeskLogin(row, locked=False)
        if not usable:
            return DeskLogin(None, locked=False)
        s.execute(
            update(StaffMember)
            .where(StaffMember.staff_id == staff_id)
            .values(failed_logins=StaffMember.failed_logins + 1)
            .execution_options(synchronize_session=False)
        )
        failures = s.execute(select(StaffMember.failed_logins).where(StaffMember.staff_id == staff_id)).scalar_one()
        if failures < MAX_LOGIN_FAILURES:
            return DeskLogin(None, locked=False)
        s.execute(
            update(StaffMember)
            .where(StaffMember.staff_id == staff_id)
            .values(failed_logins=0, locked_until=now + dt.timedelta(minutes=LOCK_MINUTES))
            .execution_options(synchronize_session=False)
        )
        store.audit_log.record(
            s, staff_id, "desk.login.locked", None, {"failures": failures, "minutes": LOCK_MINUTES}, now=now
        )
        return DeskLogin(None, locked=True)


def unlock(store: Store, staff_id: str, actor: str = "cli") -> None:
    """Lift a lock-out before its time (the coordinator, `python -m bot staff unlock`)."""
    with store.db.session() as s:
        row = s.get(StaffMember, (staff_id or "")[:64])
        if row is None:
            raise InvalidRequest(f"unknown staff id: {staff_id!r}"[:80])
        row.failed_logins, row.locked_until = 0, None
        store.audit_log.record(s, actor, "staff_unlock", None, {"staff_id": row.staff_id})


# --- desk sessions: valid while their version matches the member's ---------------


def session_member(store: Store, staff_id: str, version: object) -> StaffMember | None:
    """The active member a desk session belongs to, or None when the session was
    ended (logout anywhere, a new password, removal). One query per request."""
    if not isinstance(version, int) or not staff_id:
        return None
    with store.db.session() as s:
        row = s.get(StaffMember, staff_id[:64])
        if row is None or not row.active or not row.password_hash or row.session_version != version:
            return None
        s.expunge(row)
        return row


def end_sessions(store: Store, staff_id: str) -> None:
    """End every desk session of a member (every copy of every cookie)."""
    with store.db.session() as s:
        s.execute(
            update(StaffMember)
            .where(StaffMember.staff_id == (staff_id or "")[:64])
            .values(session_version=StaffMember.session_version + 1)
            .execution_options(synchronize_session=False)
        )


# --- staff mode in the chat: the chat code, with a lock-out --------------------
MAX_CODE_ATTEMPTS = 3


@dataclass(frozen=True)
class CodeLogin:
    staff_id: str | None  # set when the code is right
    attempts: int  # wrong attempts so far in this conversation
    locked: bool  # too many wrong attempts: staff mode does not start


def code_login(open_store: Callable[[], Store], code: str, attempts: int) -> CodeLogin:
    """Check a chat code typed after `attempts` wrong ones (one query, see
    verify_code). A database that is down (also when opening it) counts as a
    wrong code: nothing is unlocked without a check. Wrong codes and the
    lock-out are audited (never the code, nor the conversation).

    Blocking (database, sometimes argon2): the action server runs it in a thread."""
    store: Store | None = None
    try:
        store = open_store()
        staff_id = verify_code(store, code)
    except (StorageError, crypto.CryptoKeyError):
        staff_id = None
    if staff_id:
        return CodeLogin(staff_id, attempts, False)
    attempts += 1
    login = CodeLogin(None, attempts, attempts >= MAX_CODE_ATTEMPTS)
    if store is not None:
        action = "chat.staff_code.locked" if login.locked else "chat.staff_code.failed"
        try:
            store.audit("chat", action, None, {"attempts": attempts})
        except StorageError:
            pass  # the database went away between the check and the audit: nothing was unlocked
    return login
