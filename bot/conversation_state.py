"""How long a conversation is kept while it happens, and where (no Rasa imports).

The Rasa tracker is the only place where what a family types lives before
consent. It is kept only while the conversation is alive:

- **Ended** -> forgotten at once. A conversation ends with a message whose
  `custom` carries `"ended": true` (bot/dialogue.py: stopped, referral saved,
  no contact wanted, consent withdrawn). A restart keeps only what follows it.
- **Idle** -> forgotten after `STAPSTEEN_IDLE_MINUTES` (default 30) without a
  message.

Two places, chosen by `STAPSTEEN_REDIS_URL`:

- `MemoryConversations` (default): a dict in the Rasa process, checked for
  expiry on every access and swept periodically, so it cannot grow without bound;
- `RedisConversations`: shared by several Rasa servers; every value encrypted
  with Fernet under its own key (`STAPSTEEN_TRACKER_KEY[_FILE]`, not the
  referral key) and written with an expiry equal to the idle time. Redis must
  not write to disk (`--save "" --appendonly no`): this is checked at start.

The Rasa adapter is channels/tracker_store.py; events are handled here as the
plain dicts Rasa serialises them to ({"event": "bot", "data": {"custom": ...}}).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol
from urllib.parse import urlsplit, urlunsplit

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

from bot import settings

#: The key in a bot message's `custom` that ends the conversation.
ENDED = "ended"
#: Redis key prefixes: conversations and (Rasa's RedisLockStore) locks.
REDIS_PREFIX = "stapsteen"
TRACKER_PREFIX = f"{REDIS_PREFIX}:tracker:"
#: How often the memory store looks for idle conversations without being asked.
SWEEP_SECONDS = 60.0

Event = Mapping[str, Any]


class ConversationStateError(RuntimeError):
    """The conversation store cannot be used as configured (a clear message for the operator)."""


class TrackerKeyError(ConversationStateError):
    """The conversation key is missing, malformed, or not the one a conversation was written with."""


# --- what ends a conversation ---------------------------------------------------
def ends_conversation(event: Event) -> bool:
    """A bot message that ends the conversation (`"ended": true` in its custom)."""
    if event.get("event") != "bot":
        return False
    data = event.get("data")
    custom = data.get("custom") if isinstance(data, Mapping) else None
    return isinstance(custom, Mapping) and custom.get(ENDED) is True


def events_to_keep(events: Sequence[Event]) -> list[Event] | None:
    """What to keep of a conversation after a turn (the events since the last
    user message): everything while it goes on, only what follows a restart of
    this turn, or None when it ended (forget it). The last end point wins."""
    start = 0
    for index in range(len(events) - 1, -1, -1):
        if events[index].get("event") == "user":
            start = index + 1
            break
    keep: list[Event] | None = list(events)
    for index in range(start, len(events)):
        if events[index].get("event") == "restart":
            keep = list(events[index + 1 :])
        elif ends_conversation(events[index]):
            keep = None
    return keep


# --- encryption (Redis mode) ------------------------------------------------------
class TrackerCipher:
    """Fernet over a serialised tracker; several keys for rotation (the first encrypts)."""

    def __init__(self, keys: str):
        try:
            fernets = [Fernet(k.strip().encode()) for k in keys.split(",") if k.strip()]
            if not fernets:
                raise ValueError("no key")
        except (ValueError, TypeError) as exc:
            raise TrackerKeyError(
                f"{settings.TRACKER_KEY_ENV} is not a valid Fernet key (or comma-separated keys)"
            ) from exc
        self._fernet = MultiFernet(fernets)

    def encrypt(self, text: str) -> bytes:
        return self._fernet.encrypt(text.encode("utf-8"))

    def decrypt(self, token: bytes) -> str:
        try:
            return self._fernet.decrypt(token).decode("utf-8")
        except InvalidToken as exc:
            raise TrackerKeyError(
                f"a stored conversation cannot be decrypted: {settings.TRACKER_KEY_ENV} is not the key it "
                "was written with (every Rasa server must use the same key)"
            ) from exc


MAKE_KEY = "python -c 'from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())'"


def tracker_cipher() -> TrackerCipher:
    """The conversation key from the settings. Never created here: each server
    would make its own, and none could read what another wrote."""
    try:
        keys = settings.tracker_keys()
    except ValueError as exc:
        raise TrackerKeyError(str(exc)) from exc
    if not keys:
        raise TrackerKeyError(
            f"{settings.REDIS_URL_ENV} is set, so conversations are stored in Redis, encrypted: set "
            f"{settings.TRACKER_KEY_ENV} (a Fernet key, the same on every server) or {settings.TRACKER_KEY_FILE_ENV} "
            f"(one shared file holding it). Make a key with: {MAKE_KEY}"
        )
    referral_keys = {k.strip() for k in (settings.referral_keys() or "").split(",") if k.strip()}
    if referral_keys & {k.strip() for k in keys.split(",")}:
        raise TrackerKeyError(
            f"{settings.TRACKER_KEY_ENV} must be its own key, not the referral key ({settings.SECRET_KEY_ENV})"
        )
    return TrackerCipher(keys)


# --- where conversations live -------------------------------------------------------
class Conversations(Protocol):
    """A serialised tracker per conversation id, forgotten after the idle time."""

    idle_seconds: float

    def put(self, conversation_id: str, value: str) -> None: ...
    def get(self, conversation_id: str) -> str | None: ...
    def delete(self, conversation_id: str) -> None: ...
    def keys(self) -> list[str]: ...
    def describe(self) -> str: ...


class MemoryConversations:
    """In the Rasa process. Idle conversations are dropped when touched and by
    `sweep()`, which runs on any access once `sweep_seconds` have passed (and
    periodically, scheduled by the adapter)."""

    def __init__(
        self, idle_seconds: float, clock: Callable[[], float] = time.monotonic, sweep_seconds: float = SWEEP_SECONDS
    ):
        self.idle_seconds = idle_seconds
        self.sweep_seconds = min(sweep_seconds, idle_seconds)
        self._clock = clock
        self._items: dict[str, tuple[float, str]] = {}
        self._last_sweep = clock()

    def _alive(self, saved_at: float, now: float) -> bool:
        return now - saved_at < self.idle_seconds

    def _sweep_if_due(self) -> None:
        if self._clock() - self._last_sweep >= self.sweep_seconds:
            self.sweep()

    def sweep(self) -> int:
        """Forget every idle conversation; returns how many."""
        now = self._clock()
        self._last_sweep = now
        idle = [key for key, (saved_at, _) in self._items.items() if not self._alive(saved_at, now)]
        for key in idle:
            del self._items[key]
        return len(idle)

    def put(self, conversation_id: str, value: str) -> None:
        self._sweep_if_due()
        self._items[conversation_id] = (self._clock(), value)

    def get(self, conversation_id: str) -> str | None:
        self._sweep_if_due()
        item = self._items.get(conversation_id)
        if item is None:
            return None
        if not self._alive(item[0], self._clock()):
            del self._items[conversation_id]
            return None
        return item[1]

    def delete(self, conversation_id: str) -> None:
        self._items.pop(conversation_id, None)

    def keys(self) -> list[str]:
        self.sweep()
        return list(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def describe(self) -> str:
        return f"in memory, forgotten at the end or after {self.idle_seconds / 60:g} min idle"


class RedisConversations:
    """In Redis: encrypted, with an expiry equal to the idle time (renewed on every save)."""

    def __init__(self, client: Any, cipher: TrackerCipher, idle_seconds: float, url: str = ""):
        self.client = client
        self.cipher = cipher
        self.idle_seconds = idle_seconds
        self.url = url

    def put(self, conversation_id: str, value: str) -> None:
        expiry_ms = max(1, round(self.idle_seconds * 1000))
        self.client.set(TRACKER_PREFIX + conversation_id, self.cipher.encrypt(value), px=expiry_ms)

    def get(self, conversation_id: str) -> str | None:
        token = self.client.get(TRACKER_PREFIX + conversation_id)
        return None if token is None else self.cipher.decrypt(token)

    def delete(self, conversation_id: str) -> None:
        self.client.delete(TRACKER_PREFIX + conversation_id)

    def keys(self) -> list[str]:
        keys = self.client.scan_iter(match=TRACKER_PREFIX + "*", count=500)
        return [(k.decode() if isinstance(k, bytes) else k)[len(TRACKER_PREFIX) :] for k in keys]

    def describe(self) -> str:
        return f"in Redis at {self.url}, encrypted, expiring after {self.idle_seconds / 60:g} min idle"


# --- Redis --------------------------------------------------------------------------
def shown_url(url: str) -> str:
    """The URL without its password (for messages and logs)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username or ''}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


def redis_client(url: str) -> Any:
    """A client for `url`, checked: reachable, and not writing to disk."""
    import redis

    shown = shown_url(url)
    try:
        client = redis.Redis.from_url(url, socket_timeout=5, socket_connect_timeout=5)
        client.ping()
    except (ValueError, redis.RedisError) as exc:
        raise ConversationStateError(
            f"Redis at {shown} ({settings.REDIS_URL_ENV}) is not usable: {type(exc).__name__}: {exc}"
        ) from exc
    check_not_persistent(client, shown)
    return client


def check_not_persistent(client: Any, shown: str) -> None:
    """Conversations are personal data meant to be forgotten: a Redis that saves
    snapshots (RDB) or an append-only file would keep them on disk beyond the
    conversation and its expiry. Refuse such a server."""
    import redis

    try:
        save = client.config_get("save").get("save", "")
        appendonly = client.config_get("appendonly").get("appendonly", "no")
    except redis.ResponseError:  # CONFIG disabled (managed Redis): the operator answers for it
        return
    if save or appendonly != "no":
        raise ConversationStateError(
            f"Redis at {shown} writes to disk (save={save!r}, appendonly={appendonly!r}): conversations "
            'would outlive their expiry. Start it with --save "" --appendonly no'
        )


def redis_lock_params(url: str) -> dict[str, Any]:
    """Rasa's RedisLockStore arguments for `url` (it takes host, port, db, ... rather than a URL)."""
    from redis.connection import SSLConnection, UnixDomainSocketConnection, parse_url

    try:
        parsed = parse_url(url)
    except ValueError as exc:
        raise ConversationStateError(f"{settings.REDIS_URL_ENV} is not a Redis URL: {exc}") from exc
    if parsed.get("connection_class") is UnixDomainSocketConnection:
        raise ConversationStateError(f"{settings.REDIS_URL_ENV}: the lock store needs host:port, not a unix socket")
    return {
        "host": parsed.get("host", "localhost"),
        "port": int(parsed.get("port", 6379)),
        "db": int(parsed.get("db", 0)),
        "username": parsed.get("username"),
        "password": parsed.get("password"),
        "use_ssl": parsed.get("connection_class") is SSLConnection,
        "key_prefix": REDIS_PREFIX,
    }


def open_conversations() -> MemoryConversations | RedisConversations:
    """The store the settings ask for: Redis when STAPSTEEN_REDIS_URL is set, else memory."""
    try:
        idle_seconds = settings.idle_minutes() * 60
    except ValueError as exc:
        raise ConversationStateError(str(exc)) from exc
    url = settings.redis_url()
    if not url:
        return MemoryConversations(idle_seconds)
    cipher = tracker_cipher()
    return RedisConversations(redis_client(url), cipher, idle_seconds, shown_url(url))
