"""Encryption at rest of contact details and answers (cryptography's Fernet).

Fernet gives authenticated symmetric encryption (AES-128-CBC + HMAC-SHA256)
from a well-kept library. The key comes from STAPSTEEN_SECRET_KEY (one or more
comma-separated keys, the first encrypts: key rotation with MultiFernet) or
from a key file created on first use with 0600 permissions (atomically: it
appears with its key, never empty).
"""

from __future__ import annotations

import json
import os
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

from bot import settings


class CryptoKeyError(RuntimeError):
    """The encryption key is missing, unreadable or wrong."""


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


def build_cipher(keys: str | None = None, key_file: Path | None = None) -> MultiFernet:
    raw = keys if keys is not None else os.environ.get(settings.SECRET_KEY_ENV)
    try:
        if raw:
            return MultiFernet([Fernet(k.strip().encode()) for k in raw.split(",") if k.strip()])
        return MultiFernet([Fernet(_read_or_create_key_file(key_file or settings.key_file()))])
    except (ValueError, TypeError) as exc:  # malformed key
        raise CryptoKeyError("the Stapsteen encryption key is not a valid Fernet key") from exc


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
