"""The conversation state: what ends a conversation, idle expiry, encryption,
the Rasa tracker store adapter, Redis, and the start-up check that fails loudly.

The plain parts run with a clock the test controls. Redis tests start a
throw-away `redis-server` on a free loopback port that writes nothing to disk
(`--save "" --appendonly no`); without the binary they are skipped, unless
STAPSTEEN_TEST_REDIS_SERVER names it (.ci/run sets it): then they fail.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from bot import conversation_state, dialogue, settings
from bot.conversation_state import (
    ConversationStateError,
    MemoryConversations,
    RedisConversations,
    TrackerCipher,
    TrackerKeyError,
    events_to_keep,
)
from bot.scoring import score_answers
from tests.oracle import answers

ROOT = Path(__file__).resolve().parent.parent
REDIS_ENV = "STAPSTEEN_TEST_REDIS_SERVER"
CONVERSATION_ENV = ("STAPSTEEN_IDLE_MINUTES", "STAPSTEEN_REDIS_URL", "STAPSTEEN_TRACKER_KEY",
                    "STAPSTEEN_TRACKER_KEY_FILE")


@pytest.fixture(autouse=True)
def no_conversation_settings(monkeypatch):
    for name in CONVERSATION_ENV:
        monkeypatch.delenv(name, raising=False)


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def user(text):
    return {"event": "user", "text": text, "parse_data": {"intent": {"name": "inform"}}}


def bot(text, custom=None):
    return {"event": "bot", "text": text, "data": {"custom": custom, "buttons": None}}


LISTEN = {"event": "action", "name": "action_listen"}


# --- what ends a conversation ---------------------------------------------------------
def test_a_conversation_that_goes_on_is_kept_whole():
    events = [LISTEN, user("we wonen met vijf in één kamer"), bot("Vraag 2 van 6", {"criterion": "employment"}),
              LISTEN]
    assert events_to_keep(events) == events


@pytest.mark.parametrize("custom", [{"stopped": True, "ended": True}, {"reference": "STP-7KQ4-M2PX", "ended": True},
                                    {"withdrawn": "STP-7KQ4-M2PX", "ended": True}, {"ended": True}])
def test_an_ending_message_forgets_everything(custom):
    events = [LISTEN, user("Griet"), bot("Klopt dit?"), LISTEN, user("/affirm"), bot("Bewaard.", custom), LISTEN]
    assert events_to_keep(events) is None


def test_a_restart_keeps_only_what_follows_it():
    after = [{"event": "slot", "name": "mode", "value": "family"}, LISTEN]
    events = [LISTEN, user("0470 98 76 54"), bot("Vraag 3"), LISTEN, user("/restart"),
              {"event": "action", "name": "action_restart"}, bot("Hallo!"), {"event": "restart"}, *after]
    assert events_to_keep(events) == after


def test_the_last_end_point_of_the_turn_wins():
    restart = {"event": "restart"}
    ended = bot("Gestopt.", {"stopped": True, "ended": True})
    assert events_to_keep([user("stop"), restart, LISTEN, ended, LISTEN]) is None
    assert events_to_keep([user("x"), ended, restart, LISTEN]) == [LISTEN]


def test_only_the_last_turn_counts_and_only_bot_messages_end():
    old_end = bot("oud", {"ended": True})
    events = [old_end, LISTEN, user("hallo"), bot("Hallo!"), LISTEN]
    assert events_to_keep(events) == events
    # a user cannot end it by what they type: only the bot's custom counts
    forged = {"event": "user", "text": '{"ended": true}', "data": {"custom": {"ended": True}}}
    assert events_to_keep([LISTEN, forged, LISTEN]) is not None
    assert events_to_keep([user("x"), bot("y", {"ended": "yes"})]) is not None


def test_the_ending_messages_carry_the_marker_and_no_other_does():
    ending = [dialogue.stopped(), dialogue.saved("STP-7KQ4-M2PX", "OCMW Gent"), dialogue.no_contact_wanted(),
              dialogue.withdrawn("STP-7KQ4-M2PX")]
    going_on = [dialogue.intro(), dialogue.question("income"), dialogue.save_failed(), dialogue.withdraw_unavailable(),
                dialogue.crisis("ik wil niet meer leven"), dialogue.fallback(True), dialogue.ask_staff_code(),
                dialogue.result(score_answers(answers(income="inadequate", housing="inadequate",
                                                      health="inadequate", education="unknown")))]
    for message in ending:
        assert conversation_state.ends_conversation(bot(message.text, message.custom)), message.text
    for message in going_on:
        assert not conversation_state.ends_conversation(bot(message.text, message.custom)), message.text


# --- idle expiry in memory ------------------------------------------------------------
def test_memory_forgets_after_the_idle_time():
    clock = Clock()
    store = MemoryConversations(idle_seconds=1800, clock=clock)
    store.put("a", "tracker a")
    clock.now += 1799
    assert store.get("a") == "tracker a"
    clock.now += 1
    assert store.get("a") is None
    assert len(store) == 0


def test_every_save_renews_the_idle_time():
    clock = Clock()
    store = MemoryConversations(idle_seconds=1800, clock=clock)
    store.put("a", "1")
    clock.now += 1500
    store.put("a", "2")
    clock.now += 1500
    assert store.get("a") == "2"
    clock.now += 300
    assert store.get("a") is None


def test_reading_does_not_renew_the_idle_time():
    clock = Clock()
    store = MemoryConversations(idle_seconds=100, clock=clock)
    store.put("a", "1")
    clock.now += 60
    assert store.get("a") == "1"
    clock.now += 40
    assert store.get("a") is None


def test_idle_conversations_are_swept_when_any_is_touched():
    clock = Clock()
    store = MemoryConversations(idle_seconds=1800, clock=clock, sweep_seconds=60)
    for i in range(1000):
        store.put(f"family-{i}", "x" * 100)
    clock.now += 1800
    store.put("new", "y")  # a sweep is due: the 1000 idle ones go, untouched
    assert len(store) == 1 and store.keys() == ["new"]


def test_keys_and_delete():
    clock = Clock()
    store = MemoryConversations(idle_seconds=100, clock=clock)
    store.put("a", "1")
    store.put("b", "2")
    clock.now += 50
    store.put("c", "3")
    store.delete("b")
    store.delete("never-there")
    assert sorted(store.keys()) == ["a", "c"]
    clock.now += 50
    assert store.keys() == ["c"]


def test_idle_minutes_setting(monkeypatch):
    assert settings.idle_minutes() == 30
    monkeypatch.setenv("STAPSTEEN_IDLE_MINUTES", "5")
    assert settings.idle_minutes() == 5
    assert conversation_state.open_conversations().idle_seconds == 300
    for bad in ("0", "-1", "dertig", "inf", "nan"):
        monkeypatch.setenv("STAPSTEEN_IDLE_MINUTES", bad)
        with pytest.raises(ConversationStateError, match="STAPSTEEN_IDLE_MINUTES"):
            conversation_state.open_conversations()


def test_memory_is_the_default(monkeypatch):
    store = conversation_state.open_conversations()
    assert isinstance(store, MemoryConversations) and store.idle_seconds == 1800
    assert "in memory" in store.describe() and "30 min" in store.describe()


# --- encryption ---------------------------------------------------------------------------
def test_encryption_round_trip_and_nothing_readable():
    cipher = TrackerCipher(Fernet.generate_key().decode())
    text = json.dumps({"events": [user("mijn nummer is 0470 98 76 54, ik heet Griet")]}, ensure_ascii=False)
    token = cipher.encrypt(text)
    assert b"0470" not in token and b"Griet" not in token and b"events" not in token
    assert cipher.decrypt(token) == text


def test_key_rotation_reads_old_conversations():
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    token = TrackerCipher(old).encrypt("oud gesprek")
    assert TrackerCipher(f"{new},{old}").decrypt(token) == "oud gesprek"


def test_a_wrong_key_gives_a_clear_error():
    token = TrackerCipher(Fernet.generate_key().decode()).encrypt("gesprek")
    with pytest.raises(TrackerKeyError, match="STAPSTEEN_TRACKER_KEY is not the key it was written with"):
        TrackerCipher(Fernet.generate_key().decode()).decrypt(token)


@pytest.mark.parametrize("bad", ["geen-sleutel", ",", "abc,def"])
def test_a_malformed_key_gives_a_clear_error(bad):
    with pytest.raises(TrackerKeyError, match="not a valid Fernet key"):
        TrackerCipher(bad)


def test_the_key_is_required_in_redis_mode_and_never_created(monkeypatch, tmp_path):
    monkeypatch.setenv("STAPSTEEN_VAR_DIR", str(tmp_path))
    monkeypatch.delenv("STAPSTEEN_SECRET_KEY", raising=False)
    monkeypatch.setenv("STAPSTEEN_REDIS_URL", "redis://127.0.0.1:1/0")
    with pytest.raises(TrackerKeyError, match="STAPSTEEN_TRACKER_KEY .*STAPSTEEN_TRACKER_KEY_FILE"):
        conversation_state.open_conversations()
    assert list(tmp_path.iterdir()) == []                     # no key file made
    missing = tmp_path / "shared" / "tracker.key"
    monkeypatch.setenv("STAPSTEEN_TRACKER_KEY_FILE", str(missing))
    with pytest.raises(TrackerKeyError, match="cannot be read"):
        conversation_state.tracker_cipher()
    assert not missing.exists()


def test_the_key_file_is_read(monkeypatch, tmp_path):
    key = Fernet.generate_key().decode()
    path = tmp_path / "tracker.key"
    path.write_text(key + "\n")
    monkeypatch.setenv("STAPSTEEN_TRACKER_KEY_FILE", str(path))
    token = TrackerCipher(key).encrypt("x")
    assert conversation_state.tracker_cipher().decrypt(token) == "x"


def test_the_referral_key_is_refused(monkeypatch, tmp_path):
    key = Fernet.generate_key().decode()
    monkeypatch.setenv("STAPSTEEN_SECRET_KEY", key)
    monkeypatch.setenv("STAPSTEEN_TRACKER_KEY", key)
    with pytest.raises(TrackerKeyError, match="its own key"):
        conversation_state.tracker_cipher()
    # also when the referral key lives in its file
    monkeypatch.delenv("STAPSTEEN_SECRET_KEY")
    key_file = tmp_path / "secret.key"
    key_file.write_text(key + "\n")
    monkeypatch.setenv("STAPSTEEN_KEY_FILE", str(key_file))
    with pytest.raises(TrackerKeyError, match="its own key"):
        conversation_state.tracker_cipher()


def test_a_password_never_shows_in_messages():
    assert conversation_state.shown_url("redis://:geheim@10.0.0.5:6380/2") == "redis://:***@10.0.0.5:6380/2"
    assert conversation_state.shown_url("redis://127.0.0.1:6379/0") == "redis://127.0.0.1:6379/0"


def test_lock_store_parameters_from_the_url():
    params = conversation_state.redis_lock_params("rediss://user:pw@10.0.0.5:6380/3")
    assert params == {"host": "10.0.0.5", "port": 6380, "db": 3, "username": "user", "password": "pw",
                      "use_ssl": True, "key_prefix": "stapsteen"}
    assert conversation_state.redis_lock_params("redis://127.0.0.1")["port"] == 6379
    with pytest.raises(ConversationStateError, match="unix socket"):
        conversation_state.redis_lock_params("unix:///run/redis.sock")
    with pytest.raises(ConversationStateError, match="not a Redis URL"):
        conversation_state.redis_lock_params("http://127.0.0.1:6379")


# --- the Rasa adapter ---------------------------------------------------------------
@pytest.fixture(scope="module")
def domain():
    from rasa.shared.core.domain import Domain

    return Domain.load(str(ROOT / "domain.yml"))


def make_store(domain, conversations):
    from channels.tracker_store import ForgettingTrackerStore

    return ForgettingTrackerStore(domain=domain, conversations=conversations)


def tracker_with(domain, sender, *events):
    from rasa.shared.core.trackers import DialogueStateTracker

    tracker = DialogueStateTracker(sender, domain.slots)
    for event in events:
        tracker.update(event, domain)
    return tracker


def rasa_turn(text, custom=None):
    from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered

    return [UserUttered(text, {"name": "inform", "confidence": 1.0}), ActionExecuted("action_x"),
            BotUttered("antwoord", {"custom": custom}), ActionExecuted("action_listen")]


async def test_adapter_keeps_a_living_conversation(domain):
    from rasa.shared.core.events import SlotSet

    store = make_store(domain, MemoryConversations(1800))
    tracker = tracker_with(domain, "fam", *rasa_turn("we huren een kamer"), SlotSet("housing", "inadequate"))
    await store.save(tracker)
    again = await store.retrieve("fam")
    assert again is not None and again.get_slot("housing") == "inadequate"
    assert [e.as_dict() for e in again.events] == [e.as_dict() for e in tracker.events]
    full = await store.retrieve_full_tracker("fam")
    assert full is not None and len(full.events) == len(tracker.events)
    assert list(await store.keys()) == ["fam"]
    assert await store.exists("fam")


async def test_adapter_forgets_an_ended_conversation(domain):
    from rasa.shared.core.events import SlotSet

    store = make_store(domain, MemoryConversations(1800))
    tracker = tracker_with(domain, "fam", *rasa_turn("Griet"), SlotSet("contact_name", "Griet"))
    await store.save(tracker)
    for event in rasa_turn("/affirm", dialogue.saved("STP-7KQ4-M2PX", "OCMW Gent").custom):
        tracker.update(event, domain)
    await store.save(tracker)
    assert await store.retrieve("fam") is None
    assert await store.retrieve_full_tracker("fam") is None
    assert list(await store.keys()) == []
    new = await store.get_or_create_tracker("fam")
    assert new.get_slot("contact_name") is None and not any(e.as_dict()["event"] == "user" for e in new.events)


async def test_adapter_keeps_only_what_follows_a_restart(domain):
    from rasa.shared.core.events import ActionExecuted, BotUttered, Restarted, SlotSet, UserUttered

    store = make_store(domain, MemoryConversations(1800))
    tracker = tracker_with(domain, "fam", *rasa_turn("0470 98 76 54"), SlotSet("contact_phone", "+32470987654"),
                           UserUttered("/restart", {"name": "restart", "confidence": 1.0}),
                           ActionExecuted("action_restart"), BotUttered("Hallo!"), Restarted(),
                           SlotSet("mode", "family"), ActionExecuted("action_listen"))
    await store.save(tracker)
    kept = await store.retrieve("fam")
    assert kept is not None
    assert [e.as_dict()["event"] for e in kept.events] == ["slot", "action"]
    assert kept.get_slot("mode") == "family" and kept.get_slot("contact_phone") is None
    assert "0470" not in json.dumps([e.as_dict() for e in kept.events])


async def test_adapter_expires_idle_conversations(domain):
    clock = Clock()
    store = make_store(domain, MemoryConversations(1800, clock=clock))
    await store.save(tracker_with(domain, "fam", *rasa_turn("hallo")))
    clock.now += 1800
    assert await store.retrieve("fam") is None
    await store.save(tracker_with(domain, "other", *rasa_turn("hallo")))
    await store.delete("other")
    assert list(await store.keys()) == []


async def test_adapter_sweeps_without_being_asked(domain):
    conversations = MemoryConversations(idle_seconds=0.05, sweep_seconds=0.05)
    store = make_store(domain, conversations)
    await store.save(tracker_with(domain, "fam", *rasa_turn("hallo")))
    assert len(conversations) == 1
    await asyncio.sleep(0.3)
    assert len(conversations) == 0        # gone although nothing touched the store


def test_adapter_errors_are_never_the_kind_rasa_swallows(domain, monkeypatch):
    """Rasa falls back to its in-memory store on ImportError/AttributeError only."""
    from channels.tracker_store import ForgettingTrackerStore

    def broken():
        raise ImportError("No module named 'redis'")

    monkeypatch.setattr(conversation_state, "open_conversations", broken)
    with pytest.raises(ConversationStateError, match="cannot start"):
        ForgettingTrackerStore(domain=domain)


def test_rasa_loads_the_store_of_endpoints_yml(domain):
    from rasa.core.tracker_store import TrackerStore
    from rasa.core.utils import AvailableEndpoints

    from channels.tracker_store import ForgettingTrackerStore

    endpoints = AvailableEndpoints.read_endpoints(str(ROOT / "endpoints.yml"))
    store = TrackerStore.create(endpoints.tracker_store, domain)
    assert type(store) is ForgettingTrackerStore
    assert isinstance(store.conversations, MemoryConversations)
    assert endpoints.lock_store is None         # memory mode: Rasa's in-memory lock store


# --- Redis -----------------------------------------------------------------------------------
def redis_binary() -> str:
    configured = os.environ.get(REDIS_ENV, "").strip()
    if configured:
        if not (shutil.which(configured) or Path(configured).is_file()):
            pytest.fail(f"{REDIS_ENV}={configured} but there is no such program", pytrace=False)
        return configured
    found = shutil.which("redis-server")
    if not found:
        pytest.skip("redis-server not installed (Debian package redis-server; .ci/run installs it)")
    return found


def start_redis(folder: Path, *extra: str, port: int | None = None) -> tuple[subprocess.Popen, str]:
    """A throw-away redis-server on `port` (default: a free loopback port); nothing on disk
    unless `extra` says so."""
    import redis

    from tests.harness import free_port

    port = port or free_port()
    folder.mkdir(parents=True, exist_ok=True)
    args = [redis_binary(), "--port", str(port), "--bind", "127.0.0.1", "--dir", str(folder),
            "--save", "", "--appendonly", "no", *extra]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    url = f"redis://127.0.0.1:{port}/0"
    deadline = time.time() + 15
    while True:
        try:
            redis.Redis.from_url(url).ping()
            return proc, url
        except redis.ConnectionError:
            if proc.poll() is not None or time.time() > deadline:
                proc.kill()
                pytest.fail(f"redis-server did not start: {' '.join(args)}")
            time.sleep(0.1)


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory):
    proc, url = start_redis(tmp_path_factory.mktemp("redis"))
    yield url
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture
def redis_client(redis_url):
    import redis

    client = redis.Redis.from_url(redis_url)
    client.flushdb()
    yield client
    client.close()


@pytest.mark.integration
def test_redis_stores_encrypted_with_the_idle_expiry(redis_client, redis_url):
    key = Fernet.generate_key().decode()
    store = RedisConversations(redis_client, TrackerCipher(key), idle_seconds=1800)
    text = json.dumps({"events": [user("mijn gsm is 0470 98 76 54")]})
    store.put("fam", text)
    raw = redis_client.get("stapsteen:tracker:fam")
    assert raw and b"0470" not in raw and b"gsm" not in raw and b"events" not in raw
    assert 1_790_000 < redis_client.pttl("stapsteen:tracker:fam") <= 1_800_000
    assert store.get("fam") == text and store.keys() == ["fam"]
    with pytest.raises(TrackerKeyError):
        RedisConversations(redis_client, TrackerCipher(Fernet.generate_key().decode()), 1800).get("fam")
    store.delete("fam")
    assert redis_client.exists("stapsteen:tracker:fam") == 0 and store.get("fam") is None


@pytest.mark.integration
def test_redis_forgets_by_itself_after_the_idle_time(redis_client):
    store = RedisConversations(redis_client, TrackerCipher(Fernet.generate_key().decode()), idle_seconds=0.2)
    store.put("fam", "gesprek")
    assert store.get("fam") == "gesprek"
    time.sleep(0.4)
    assert store.get("fam") is None and redis_client.dbsize() == 0


@pytest.mark.integration
def test_redis_mode_from_the_settings(redis_client, redis_url, monkeypatch):
    monkeypatch.setenv("STAPSTEEN_REDIS_URL", redis_url)
    monkeypatch.setenv("STAPSTEEN_TRACKER_KEY", Fernet.generate_key().decode())
    monkeypatch.setenv("STAPSTEEN_IDLE_MINUTES", "10")
    store = conversation_state.open_conversations()
    assert isinstance(store, RedisConversations) and store.idle_seconds == 600
    assert "Redis" in store.describe() and "encrypted" in store.describe()


@pytest.mark.integration
def test_a_redis_that_writes_to_disk_is_refused(tmp_path, monkeypatch):
    proc, url = start_redis(tmp_path / "disk", "--save", "3600 1", "--appendonly", "yes")
    try:
        monkeypatch.setenv("STAPSTEEN_REDIS_URL", url)
        monkeypatch.setenv("STAPSTEEN_TRACKER_KEY", Fernet.generate_key().decode())
        with pytest.raises(ConversationStateError, match='writes to disk.*--save "" --appendonly no'):
            conversation_state.open_conversations()
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.mark.integration
def test_an_unreachable_redis_is_a_clear_error(monkeypatch):
    from tests.harness import free_port

    monkeypatch.setenv("STAPSTEEN_REDIS_URL", f"redis://:pw@127.0.0.1:{free_port()}/0")
    monkeypatch.setenv("STAPSTEEN_TRACKER_KEY", Fernet.generate_key().decode())
    with pytest.raises(ConversationStateError, match=r"Redis at redis://:\*\*\*@127.0.0.1:\d+/0 .* not usable"):
        conversation_state.open_conversations()


# --- fail loudly at start -----------------------------------------------------------------
def run_check(tmp_path, endpoints: str, **env: str) -> subprocess.CompletedProcess:
    path = tmp_path / "endpoints.yml"
    path.write_text(endpoints)
    full_env = {k: v for k, v in os.environ.items() if k not in CONVERSATION_ENV}
    full_env.update(PYTHONPATH=str(ROOT), STAPSTEEN_VAR_DIR=str(tmp_path), **env)
    return subprocess.run([sys.executable, "-m", "channels.startup_check", str(path)], cwd=ROOT, env=full_env,
                          capture_output=True, text=True, timeout=120)


OURS = "tracker_store:\n  type: channels.tracker_store.ForgettingTrackerStore\n"
REDIS_LOCKS = "lock_store:\n  type: channels.tracker_store.RedisLockStore\n"


@pytest.mark.integration
@pytest.mark.parametrize("endpoints, reason", [
    ("tracker_store:\n  type: channels.no_such_module.ForgettingTrackerStore\n",
     "cannot be loaded (ModuleNotFoundError"),
    ("tracker_store:\n  type: channels.tracker_store.NoSuchStore\n", "cannot be loaded (ImportError"),
    ("tracker_store:\n  type: sql\n", "must set tracker_store"),
    ("action_endpoint:\n  url: http://127.0.0.1:5055/webhook\n", "must set tracker_store"),
], ids=["module", "class", "sql", "none"])
def test_start_up_check_fails_loudly(tmp_path, endpoints, reason):
    proc = run_check(tmp_path, endpoints)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert reason in proc.stderr and "Stapsteen start stopped" in proc.stderr


@pytest.mark.integration
def test_start_up_check_passes_and_says_where(tmp_path):
    proc = run_check(tmp_path, (ROOT / "endpoints.yml").read_text())
    assert proc.returncode == 0, proc.stderr
    assert "in memory" in proc.stdout and "30 min" in proc.stdout and "in-memory lock store" in proc.stdout


@pytest.mark.integration
def test_start_up_check_in_redis_mode(tmp_path, redis_url):
    key = Fernet.generate_key().decode()
    proc = run_check(tmp_path, OURS, STAPSTEEN_REDIS_URL=redis_url)
    assert proc.returncode == 1 and "STAPSTEEN_TRACKER_KEY" in proc.stderr
    proc = run_check(tmp_path, OURS, STAPSTEEN_REDIS_URL=redis_url, STAPSTEEN_TRACKER_KEY=key)
    assert proc.returncode == 1 and "no Redis lock_store" in proc.stderr
    proc = run_check(tmp_path, OURS + REDIS_LOCKS, STAPSTEEN_REDIS_URL=redis_url, STAPSTEEN_TRACKER_KEY=key)
    assert proc.returncode == 0, proc.stderr
    assert "in Redis at" in proc.stdout and "Redis lock store" in proc.stdout
    proc = run_check(tmp_path, OURS + REDIS_LOCKS)
    assert proc.returncode == 1 and "STAPSTEEN_REDIS_URL is not set" in proc.stderr


@pytest.mark.integration
def test_run_script_stops_before_starting_anything(tmp_path):
    """scripts/run.sh with a tracker store that cannot load: a clear message, a
    non-zero exit, and no server started (run in a copy with a broken endpoints.yml)."""
    copy = tmp_path / "checkout"
    (copy / "scripts").mkdir(parents=True)
    shutil.copy(ROOT / "scripts" / "run.sh", copy / "scripts" / "run.sh")
    for name in ("bot", "channels", ".venv"):
        (copy / name).symlink_to(ROOT / name)
    (copy / "endpoints.yml").write_text('action_endpoint:\n  url: "http://127.0.0.1:5055/webhook"\n'
                                        "tracker_store:\n  type: channels.tracker_stor.ForgettingTrackerStore\n")
    env = {k: v for k, v in os.environ.items() if k not in CONVERSATION_ENV and k != "STAPSTEEN_VAR_DIR"}
    env.update(STAPSTEEN_ACTION_PORT="1", STAPSTEEN_RASA_PORT="1", STAPSTEEN_WEB_PORT="1")
    proc = subprocess.run(["bash", str(copy / "scripts" / "run.sh")], env=env, capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "channels.tracker_stor.ForgettingTrackerStore" in proc.stderr and "never forgets" in proc.stderr
    assert not (copy / "var" / "log" / "rasa.log").exists()       # stopped before any server


# --- Redis going down later: fail loudly, never a silent local fallback (issue 9) -------------
@pytest.mark.integration
async def test_redis_down_mid_conversation_fails_loudly_through_rasas_failsafe(domain, tmp_path, monkeypatch):
    """Rasa wraps every tracker store in FailSafeTrackerStore, which swallows any
    Exception: an empty new conversation on retrieve, a process-local
    InMemoryTrackerStore on save. ConversationStoreDown passes through it."""
    import redis
    from rasa.core.tracker_store import FailSafeTrackerStore

    from channels.tracker_store import ConversationStoreDown

    proc, url = start_redis(tmp_path / "redis")
    try:
        client = redis.Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2)
        conversations = RedisConversations(client, TrackerCipher(Fernet.generate_key().decode()), 1800)
        store = FailSafeTrackerStore(make_store(domain, conversations))
        await store.save(tracker_with(domain, "fam", *rasa_turn("we wonen met vijf in één kamer")))
        assert (await store.retrieve("fam")) is not None
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    with pytest.raises(ConversationStoreDown):
        await store.retrieve("fam")
    with pytest.raises(ConversationStoreDown):
        await store.save(tracker_with(domain, "fam", *rasa_turn("nog een antwoord")))
    with pytest.raises(ConversationStoreDown):
        await store.keys()
    assert store._fallback_tracker_store is None          # no local store was ever made
    assert not issubclass(ConversationStoreDown, Exception)


@pytest.mark.integration
async def test_the_redis_lock_store_fails_loudly_too(tmp_path, monkeypatch):
    from channels.tracker_store import ConversationStoreDown, RedisLockStore

    proc, url = start_redis(tmp_path / "redis")
    monkeypatch.setenv("STAPSTEEN_REDIS_URL", url)
    locks = RedisLockStore()
    async with locks.lock("fam"):
        pass
    proc.terminate()
    proc.wait(timeout=10)
    with pytest.raises(ConversationStoreDown):
        async with locks.lock("fam"):
            pass


def test_memory_mode_errors_are_unchanged(domain):
    from channels.tracker_store import redis_down_is_loud

    with pytest.raises(KeyError):
        with redis_down_is_loud():
            raise KeyError("not a Redis error")


async def test_rasa_honours_the_action_endpoint_timeout():
    """Rasa 3.6 waits a fixed 300 s for an action; endpoints.yml's
    `action_endpoint: timeout` is honoured once channels.tracker_store is loaded."""
    import yaml
    from rasa.utils.endpoints import EndpointConfig, read_endpoint_config

    import channels.tracker_store  # noqa: F401 - loading it applies the timeout

    async def never_answer(reader, writer):
        await asyncio.sleep(30)

    server = await asyncio.start_server(never_answer, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        endpoint = EndpointConfig(f"http://127.0.0.1:{port}/webhook", timeout=0.5)
        started = time.monotonic()
        with pytest.raises(asyncio.TimeoutError):
            await endpoint.request(json={}, method="post", timeout=300)   # what RemoteAction.run passes
        assert time.monotonic() - started < 5
    finally:
        server.close()
    configured = read_endpoint_config(str(ROOT / "endpoints.yml"), "action_endpoint")
    assert configured is not None and configured.kwargs["timeout"] == 25
    assert yaml.safe_load((ROOT / "endpoints.yml").read_text())["action_endpoint"]["timeout"] < 60  # web/chat.py


# --- a Rasa server killed mid-message: its lock ticket stays behind (Rasa 3.6 lock bug) ---------
@pytest.mark.integration
async def test_a_dead_servers_ticket_never_makes_the_next_message_wait_forever(redis_client, redis_url, monkeypatch):
    """A killed server leaves its ticket in Redis. The next server's ticket, issued less than
    a second later, expires in the same once-a-second check: Rasa 3.6 then waits on a lock
    without tickets for ever. Here the next message goes on once the dead ticket expired."""
    from channels.tracker_store import RedisLockStore

    monkeypatch.setenv("STAPSTEEN_REDIS_URL", redis_url)
    dead, alive = RedisLockStore(), RedisLockStore()
    dead.issue_ticket("fam", lock_lifetime=2)                # killed mid-message: never cleaned up
    started = time.monotonic()

    async def next_message() -> float:
        async with alive.lock("fam", lock_lifetime=2):       # a few ms after the dead one
            assert redis_client.exists("stapsteen:lock:fam")  # held while the message is handled
            return time.monotonic() - started

    waited = await asyncio.wait_for(next_message(), timeout=10)
    assert 1.9 < waited < 5                                  # after the dead ticket, not before
    assert redis_client.exists("stapsteen:lock:fam") == 0    # and nothing left behind


@pytest.mark.integration
async def test_the_redis_lock_still_makes_messages_wait_their_turn(redis_client, redis_url, monkeypatch):
    """The fix for the dead ticket never lets a message in while a live one holds the lock."""
    from channels.tracker_store import RedisLockStore

    monkeypatch.setenv("STAPSTEEN_REDIS_URL", redis_url)
    first, second = RedisLockStore(), RedisLockStore()
    order: list[str] = []

    async def handle(locks: RedisLockStore, name: str, seconds: float) -> None:
        async with locks.lock("fam", lock_lifetime=10):
            order.append(f"{name} in")
            await asyncio.sleep(seconds)
            order.append(f"{name} out")

    holder = asyncio.create_task(handle(first, "first", 1.5))
    await asyncio.sleep(0.1)
    await asyncio.wait_for(asyncio.gather(holder, handle(second, "second", 0)), timeout=10)
    assert order == ["first in", "first out", "second in", "second out"]
    assert redis_client.exists("stapsteen:lock:fam") == 0
