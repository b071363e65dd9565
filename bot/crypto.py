"""Encryption at rest of contact details and answers (cryptography's Fernet).

Fernet gives authenticated symmetric encryption (AES-128-CBC + HMAC-SHA256)
from a well-kept library. The key comes from STAPSTEEN_SECRET_KEY (one or more
comma-separated keys, the first encrypts: key rotation with MultiFernet) or
from a key file created on first use with 0600 permissions (atomically: it
appears with its key, never empty). A key file holds the same comma-separated
list (after `python -m bot keys rotate`: the new key, then the old ones).

A new key file is never created while the database holds encrypted data: a new
key would make that data unreadable, so the start stops with the reason
(`MissingKeyError`). In production the key comes from the environment or an
explicit STAPSTEEN_KEY_FILE outside the folder of the SQLite database.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any, Protocol

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

from bot import settings


class CryptoKeyError(RuntimeError):
    """The encryption key is missing, unreadable or wrong."""


class MissingKeyError(CryptoKeyError):
    """No key, while the database holds data encrypted with one: no new key is made."""


class _Database(Protocol):
    url: str
    engine: Any


def split_keys(raw: str) -> list[str]:
    return [k.strip() for k in raw.split(",") if k.strip()]


def _sqlite_file(url: str) -> Path | None:
    prefix = "sqlite:///"
    if not url.startswith(prefix) or url[len(prefix) :] in ("", ":memory:"):
        return None
    return Path(url[len(prefix) :].split("?", 1)[0])


def _holds_encrypted_data(engine: Any) -> bool:
    from sqlalchemy.exc import DBAPIError

    from bot.storage.encrypted import holds_encrypted_data

    try:
        return holds_encrypted_data(engine)
    except DBAPIError as exc:
        raise CryptoKeyError(
            "the Stapsteen encryption key is missing and the database cannot be checked for "
            "encrypted data, so no new key is created; check STAPSTEEN_DATABASE_URL"
        ) from exc


def encrypted_data_exists(db: _Database | None = None) -> bool:
    """Whether `db` (if given) or the configured database (STAPSTEEN_DATABASE_URL) holds encrypted values."""
    if db is not None and _holds_encrypted_data(db.engine):
        return True
    url = settings.database_url()
    if db is not None and db.url == url:
        return False
    path = _sqlite_file(url)
    if path is not None and not path.exists():
        return False  # no database yet: never create one just to look
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    from bot.storage.database import engine_options

    engine = create_engine(url, future=True, poolclass=NullPool, **engine_options(url))
    try:
        return _holds_encrypted_data(engine)
    finally:
        engine.dispose()


def _database_folders(db: _Database | None = None) -> list[Path]:
    urls = {settings.database_url(), *([db.url] if db is not None else [])}
    return [p.resolve().parent for p in map(_sqlite_file, urls) if p is not None]


def check_key_location(path: Path, db: _Database | None = None) -> None:
    """Production: the key file must be named explicitly and lie outside the database's folder."""
    if not settings.production():
        return
    where = (
        f"in production ({settings.ENV_ENV}=production) the encryption key must come from "
        f"{settings.SECRET_KEY_ENV} or an explicit {settings.KEY_FILE_ENV} outside the folder of the database"
    )
    if not os.environ.get(settings.KEY_FILE_ENV, "").strip():
        raise CryptoKeyError(f"{where}; the default key file {path} is not used")
    resolved = path.resolve()
    for folder in _database_folders(db):
        if resolved.is_relative_to(folder):
            raise CryptoKeyError(
                f"{where}; {settings.KEY_FILE_ENV}={path} lies in {folder}, next to the SQLite database "
                "(a copy of that folder would hold the data and its key): move the key file elsewhere"
            )


def _missing_key(path: Path) -> MissingKeyError:
    return MissingKeyError(
        f"the Stapsteen encryption key is missing: {settings.SECRET_KEY_ENV} is not set and the key file "
        f"{path} does not exist, but the database holds encrypted referral data. A new key would make "
        f"that data unreadable, so none is created and Stapsteen does not start. Restore the key file "
        f"{path} from its backup, or set {settings.SECRET_KEY_ENV} (or {settings.KEY_FILE_ENV}) to the key used so far."
    )


def _read_or_create_key_file(path: Path) -> bytes:
    try:
        return path.read_bytes().strip()
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    key = Fernet.generate_key()
    # The key file appears complete or not at all, since other processes start at
    # the same moment (run.sh, the servers): the key goes into a private (0600)
    # temporary file in the same folder, which is then hard-linked under the real
    # name. os.link fails when that name exists, so a key another process just
    # put there is never replaced (os.replace would: two processes, two keys);
    # that key is read and used instead.
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(key + b"\n")
            handle.flush()
            os.fsync(handle.fileno())  # never a named but empty key file after a power cut
        try:
            os.link(temp, path)
        except FileExistsError:
            return path.read_bytes().strip()
    finally:
        os.unlink(temp)
    return key


def read_or_create_secret(path: Path) -> str:
    """A random secret kept in a 0600 file (e.g. the web session key)."""
    return _read_or_create_key_file(path).decode()


def _read_or_create_referral_key(path: Path) -> str:
    check_key_location(path)
    try:
        return path.read_text().strip()
    except FileNotFoundError:
        pass
    if encrypted_data_exists():
        raise _missing_key(path)
    return _read_or_create_key_file(path).decode()


def current_keys(keys: str | None = None, key_file: Path | None = None) -> tuple[list[str], Path | None]:
    """The key(s), first one encrypting, and the key file they come from (None: the environment).
    Creates the key file on first use, unless that is refused (see above)."""
    raw = keys if keys is not None else os.environ.get(settings.SECRET_KEY_ENV)
    if raw:
        return split_keys(raw), None
    path = key_file or settings.key_file()
    return split_keys(_read_or_create_referral_key(path)), path


def build_cipher(keys: str | None = None, key_file: Path | None = None) -> MultiFernet:
    found, _path = current_keys(keys, key_file)
    try:
        return MultiFernet([Fernet(k.encode()) for k in found])
    except (ValueError, TypeError) as exc:  # malformed or no key
        raise CryptoKeyError("the Stapsteen encryption key is not a valid Fernet key") from exc


def check_key(db: _Database | None = None) -> None:
    """On start (bot.storage.database.Database.migrate, with that database): stop with the
    reason when the key is malformed, in the wrong place (production) or missing while
    encrypted data exists. Never creates a key."""
    if os.environ.get(settings.SECRET_KEY_ENV):
        build_cipher()
        return
    path = settings.key_file()
    check_key_location(path, db)
    if not path.exists() and encrypted_data_exists(db):
        raise _missing_key(path)


def write_key_file(path: Path, keys: Iterable[str]) -> None:
    """Replace the key file by these keys (first one encrypting), atomically, with 0600."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w") as handle:
            handle.write(",".join(keys) + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        os.unlink(temp)
        raise
    cache_clear()


def cache_clear() -> None:
    """Forget the ciphers read so far (after a key change in this process)."""
    _default_cipher.cache_clear()


@cache
def _default_cipher(env_keys: str | None, key_path: str) -> MultiFernet:
    return build_cipher(env_keys, Path(key_path))


def cipher() -> MultiFernet:
    return _default_cipher(os.environ.get(settings.SECRET_KEY_ENV), str(settings.key_file()))


def encrypt_json(value: Any, fernet: MultiFernet | None = None) -> bytes:
    return (fernet or cipher()).encrypt(json.dumps(value, ensure_ascii=False).encode("utf-8"))


def decrypt_json(token: bytes | None, fernet: MultiFernet | None = None) -> Any:
    if token is None:
        return None
    try:
        return json.loads((fernet or cipher()).decrypt(bytes(token)).decode("utf-8"))
    except InvalidToken as exc:
        raise CryptoKeyError("cannot decrypt stored data: wrong or rotated-out key") from exc
