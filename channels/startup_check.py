"""Check the conversation stores of an endpoints file before Rasa starts.

    python -m channels.startup_check var/endpoints.yml

Rasa replaces a custom tracker store it cannot import by its in-memory store,
which never forgets, with only a warning. This builds the stores exactly as
Rasa will (same files, same environment, same code) and exits with status 1
and a clear message when Rasa would not use Stapsteen's own tracker store,
when the store cannot start (Redis unreachable or writing to disk, the
conversation key missing), or when Redis mode lacks the Redis lock store.
scripts/run.sh runs it; on success it prints one line saying where
conversations are kept.
"""

from __future__ import annotations

import os
import sys
import warnings

EXPECTED = "channels.tracker_store.ForgettingTrackerStore"
BUILT_IN = {"redis", "mongod", "sql", "dynamo", "in_memory"}


class CheckFailed(Exception):
    pass


def check(endpoints_file: str) -> str:
    """What the endpoints give; raises CheckFailed with the reason."""
    os.environ.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")
    with warnings.catch_warnings():  # Rasa's libraries warn on import
        warnings.simplefilter("ignore")
        from rasa.core.lock_store import LockStore, RedisLockStore
        from rasa.core.tracker_store import InMemoryTrackerStore, TrackerStore
        from rasa.core.utils import AvailableEndpoints
        from rasa.shared.utils.common import class_from_module_path

    from bot import settings

    endpoints = AvailableEndpoints.read_endpoints(endpoints_file)
    config = endpoints.tracker_store
    kind = config.type if config else None
    if not kind or kind.lower() in BUILT_IN:
        raise CheckFailed(
            f"{endpoints_file} must set tracker_store: type: {EXPECTED} (found {kind or 'none'}): Rasa's own "
            "stores keep conversations forever"
        )
    try:
        store_class = class_from_module_path(kind)
    except Exception as exc:  # noqa: BLE001 - any import failure: Rasa would fall back silently
        raise CheckFailed(
            f"the tracker store {kind!r} of {endpoints_file} cannot be loaded ({type(exc).__name__}: {exc}); "
            "Rasa would silently use its in-memory store, which never forgets a conversation"
        ) from exc
    if f"{store_class.__module__}.{store_class.__name__}" != EXPECTED:
        raise CheckFailed(f"the tracker store of {endpoints_file} is {kind}, not {EXPECTED}")
    try:
        store = TrackerStore.create(config)
        locks = LockStore.create(endpoints.lock_store)
    except Exception as exc:  # noqa: BLE001 - report any start-up failure as Rasa would meet it
        raise CheckFailed(str(exc)) from exc
    if isinstance(store, InMemoryTrackerStore) or type(store) is not store_class:
        raise CheckFailed(f"Rasa would use {type(store).__name__} instead of {kind}")
    redis_mode = settings.redis_url() is not None
    if redis_mode != isinstance(locks, RedisLockStore):
        raise CheckFailed(
            f"{settings.REDIS_URL_ENV} is set but {endpoints_file} has no Redis lock_store "
            "(type: channels.tracker_store.RedisLockStore)"
            if redis_mode
            else f"{endpoints_file} has a Redis lock_store but {settings.REDIS_URL_ENV} is not set"
        )
    if isinstance(locks, RedisLockStore):
        try:
            locks.red.ping()
        except Exception as exc:  # noqa: BLE001
            raise CheckFailed(f"the Redis lock store is not reachable: {type(exc).__name__}: {exc}") from exc
    lock_text = "Redis lock store" if redis_mode else "in-memory lock store"
    return f"conversations: {store.conversations.describe()}; {lock_text}"


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m channels.startup_check ENDPOINTS_FILE", file=sys.stderr)
        return 2
    try:
        print(check(argv[0]))
    except CheckFailed as exc:
        print(f"Stapsteen start stopped: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
