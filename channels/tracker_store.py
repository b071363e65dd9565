"""Rasa adapters for bot/conversation_state.py (endpoints.yml).

- `ForgettingTrackerStore`: keeps a conversation only while it is alive. After
  every turn it forgets a conversation that ended, or keeps only what follows
  a restart; idle conversations expire. In memory, or in Redis (encrypted,
  with an expiry) when STAPSTEEN_REDIS_URL is set.
- `RedisLockStore`: Rasa's RedisLockStore on STAPSTEEN_REDIS_URL, so that two
  messages of one conversation are never processed at once, on any server;
  without Rasa 3.6's endless wait behind the ticket of a killed server.

Rasa replaces a custom tracker store that fails to import (ImportError,
AttributeError) by its own in-memory store, which never forgets, with only a
warning: `python -m channels.startup_check` stops the start-up instead, and
errors raised here are never of those two types.

Redis down, later on: Rasa wraps every tracker store in FailSafeTrackerStore,
which on any `Exception` starts a new, empty conversation (retrieve) and keeps
it in a process-local InMemoryTrackerStore (save), silently; and an exception
that does reach Rasa's REST channel is logged with the text the family typed.
So here a Redis error becomes `ConversationStoreDown`, a BaseException that no
`except Exception` of Rasa catches: the HTTP connection to Rasa closes without
an answer, the web proxy (web/chat.py) answers 503 with the kind
"web_error.unreachable" text, and nothing is kept anywhere until Redis is back.

Importing this module applies channels/rasa_fixes.py (the action call
timeout, no user text in warnings, the action results checked against a
compiled schema): Rasa loads it in every Stapsteen Rasa server.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import Iterator
from typing import Any

from rasa.core import lock_store
from rasa.core.brokers.broker import EventBroker
from rasa.core.lock import Ticket, TicketLock
from rasa.core.tracker_store import TrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker, get_trackers_for_conversation_sessions

from bot import conversation_state, settings
from bot.conversation_state import ConversationStateError, MemoryConversations
from channels import rasa_fixes

logger = logging.getLogger(__name__)  # never log user text or personal data

rasa_fixes.apply()


# --- Redis down: fail loudly --------------------------------------------------------
class ConversationStoreDown(BaseException):  # noqa: N818 - not an error Rasa may handle
    """Redis cannot be reached. A BaseException on purpose: Rasa's
    `except Exception` would otherwise start an empty conversation in a local
    store without a word (see the module docstring)."""


def _is_redis_error(exc: Exception) -> bool:
    try:
        import redis
    except ImportError:  # memory mode without the package: no Redis errors
        return False
    return isinstance(exc, redis.RedisError)


@contextlib.contextmanager
def redis_down_is_loud() -> Iterator[None]:
    try:
        yield
    except Exception as exc:
        if not _is_redis_error(exc):
            raise
        # The type only: what Redis says names hosts, never user text, but keep it short.
        logger.error("the conversation store (Redis) cannot be reached: %s", type(exc).__name__)
        raise ConversationStoreDown(type(exc).__name__) from None


class ForgettingTrackerStore(TrackerStore):
    """The conversation state, forgotten at its end or after the idle time."""

    def __init__(
        self,
        domain: Domain | None = None,
        host: str | None = None,
        event_broker: EventBroker | None = None,
        conversations: conversation_state.Conversations | None = None,
        **kwargs: Any,
    ) -> None:
        try:
            self.conversations = conversation_state.open_conversations() if conversations is None else conversations
        except (ImportError, AttributeError) as exc:  # Rasa would swallow these and fall back silently
            raise ConversationStateError(f"the conversation store cannot start: {exc!r}") from exc
        self._sweeping = False
        super().__init__(domain, event_broker, **kwargs)
        logger.info("Stapsteen tracker store: %s", self.conversations.describe())

    async def save(self, tracker: DialogueStateTracker) -> None:
        await self.stream_events(tracker)
        self._schedule_sweep()
        kept = conversation_state.events_to_keep([event.as_dict() for event in tracker.events])
        with redis_down_is_loud():
            if kept is None:
                self.conversations.delete(tracker.sender_id)
                return
            self.conversations.put(tracker.sender_id, json.dumps({"name": tracker.sender_id, "events": kept}))

    async def retrieve(self, sender_id: str) -> DialogueStateTracker | None:
        return self._retrieve(sender_id, all_sessions=False)

    async def retrieve_full_tracker(self, conversation_id: str) -> DialogueStateTracker | None:
        return self._retrieve(conversation_id, all_sessions=True)

    def _retrieve(self, sender_id: str, all_sessions: bool) -> DialogueStateTracker | None:
        with redis_down_is_loud():
            stored = self.conversations.get(sender_id)
        if stored is None:
            return None
        tracker = self.deserialise_tracker(sender_id, stored)
        if tracker is None or all_sessions:
            return tracker
        sessions = get_trackers_for_conversation_sessions(tracker)
        return sessions[-1] if len(sessions) > 1 else tracker

    async def keys(self) -> list[str]:
        with redis_down_is_loud():
            return self.conversations.keys()

    async def delete(self, sender_id: str) -> None:
        """Forget one conversation (not part of Rasa's interface)."""
        with redis_down_is_loud():
            self.conversations.delete(sender_id)

    def _schedule_sweep(self) -> None:
        """In memory: forget idle conversations also when no message comes in."""
        conversations = self.conversations
        if self._sweeping or not isinstance(conversations, MemoryConversations):
            return
        loop = asyncio.get_running_loop()

        def sweep() -> None:
            conversations.sweep()
            loop.call_later(conversations.sweep_seconds, sweep)

        loop.call_later(conversations.sweep_seconds, sweep)
        self._sweeping = True


class RedisLockStore(lock_store.RedisLockStore):
    """Rasa's RedisLockStore, connected to STAPSTEEN_REDIS_URL (Redis mode)."""

    def __init__(self, endpoint_config: Any = None, **kwargs: Any) -> None:
        url = settings.redis_url()
        if not url:
            raise ConversationStateError(f"the Redis lock store is configured but {settings.REDIS_URL_ENV} is not set")
        super().__init__(**conversation_state.redis_lock_params(url))

    # Every Redis call of Rasa's lock store goes through these three: Redis down
    # fails loudly here too (Rasa's REST channel would log the message text).
    def get_lock(self, conversation_id: str) -> Any:
        with redis_down_is_loud():
            return super().get_lock(conversation_id)

    def save_lock(self, lock: Any) -> None:
        with redis_down_is_loud():
            super().save_lock(lock)

    def delete_lock(self, conversation_id: str) -> None:
        with redis_down_is_loud():
            super().delete_lock(conversation_id)

    # Rasa 3.6 bug: a server killed mid-message leaves its ticket in Redis until it
    # expires. The next message waits behind it, checking once a second, and its
    # own ticket, issued less than about a second after the dead one, expires
    # within the same check. Rasa's loop then finds a lock without tickets: not
    # gone (which would end the wait with LockError) yet never "now serving" its
    # number, so the message waits for ever (the web proxy answers 503; the lock
    # key stays behind). Rasa's `_acquire_lock` below, with one change: a waiting
    # message whose ticket expired while nobody else holds or awaits the lock takes
    # it again under the same ticket number, as if its ticket had outlived the dead
    # one's. The ticket is put back so that a later message still waits its turn
    # and `cleanup` (same number) removes it; it lives Rasa's default lifetime, the
    # one Rasa's callers ask for (they never pass `lock_lifetime`).
    async def _acquire_lock(self, conversation_id: str, ticket: int, wait_time_in_seconds: float) -> TicketLock:
        while True:
            lock = self.get_lock(conversation_id)
            if not lock:  # deleted: only when nobody waited, so our ticket had expired (Rasa: LockError)
                break
            lock.remove_expired_tickets()
            if not lock.is_someone_waiting():  # ours expired too, nobody holds it: the fix
                lock.tickets.append(Ticket(ticket, time.time() + lock_store.LOCK_LIFETIME))
                self.save_lock(lock)
                return lock
            if not lock.is_locked(ticket):
                return lock
            await asyncio.sleep(wait_time_in_seconds)
            self.update_lock(conversation_id)
        raise lock_store.LockError("Could not acquire the lock of a conversation (its ticket expired).")
