"""Encryption at rest of contact details and answers (cryptography's Fernet).

Fernet gives authenticated symmetric encryption (AES-128-CBC + HMAC-SHA256)
from a well-kept library. The key comes from STAPSTEEN_SECRET_KEY (one or more
comma-separated keys, the first encrypts: key rotation with MultiFernet) or
from a key file created on first use with 0600 permissions.
"""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

from bot import settings


class CryptoKeyError(RuntimeError):
    """The encryption key is missing, unreadable or wrong."""


def _read_or_create_key_file(path: Path) -> bytes:
    if path.exists():
        return path.read_bytes().strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    key = Fernet.generate_key()
    # O_EXCL: never overwrite a key another process just wrote.
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_bytes().strip()
    with os.fdopen(fd, "wb") as handle:
        handle.write(key + b"\n")
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
