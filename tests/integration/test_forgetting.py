"""The tracker store that forgets, with the real servers over HTTP.

Rasa runs with its HTTP API on loopback, protected by a random token (in these
tests only; `make run` keeps it off), so that the test reads what the store
holds: GET /conversations/<id>/tracker. One action server for the module and
one Rasa server at a time: first in memory (the default), then on a
throw-away Redis (tests/test_tracker_store.py starts it), then a second Rasa
process on the same Redis.
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
import requests
from cryptography.fernet import Fernet

from bot.conversation_state import TRACKER_PREFIX, TrackerCipher
from tests.harness import MODEL, ROOT, VENV_BIN, customs, free_port, payload, texts, wait_http
from tests.oracle import CRITERIA, TOTAL
from tests.test_tracker_store import CONVERSATION_ENV, redis_url  # noqa: F401  (fixture)

pytestmark = [pytest.mark.integration, pytest.mark.slow, pytest.mark.model]

TOKEN = secrets.token_hex(24)  # hex: never starts with "-", which rasa's argparse would read as an option
NAME, PHONE, PHONE_E164 = "Griet Zwijsen", "0470 98 76 54", "+32470987654"
PERSONAL = (NAME, "Zwijsen", PHONE, PHONE_E164, "470987654")


class Rasa:
    def __init__(self, port: int, proc: subprocess.Popen, log_path: Path):
        self.url = f"http://127.0.0.1:{port}"
        self.proc = proc
        self.log_path = log_path

    def say(self, sender: str, message: str) -> list:
        resp = requests.post(f"{self.url}/webhooks/rest/webhook", json={"sender": sender, "message": message},
                             timeout=60)
        assert resp.status_code == 200, resp.text[:300]
        return resp.json()

    def tracker(self, sender: str) -> dict:
        """What the tracker store holds for `sender`, through Rasa's HTTP API."""
        resp = requests.get(f"{self.url}/conversations/{sender}/tracker",
                            params={"token": TOKEN, "include_events": "ALL"}, timeout=30)
        assert resp.status_code == 200, resp.text[:300]
        return resp.json()

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


class Stack:
    """The action server, and one Rasa server at a time (memory or Redis mode)."""

    def __init__(self, var_dir: Path):
        self.var_dir = var_dir
        env = {k: v for k, v in os.environ.items() if k not in CONVERSATION_ENV}
        self.env = dict(env, PYTHONPATH=str(ROOT), RASA_TELEMETRY_ENABLED="false", TF_CPP_MIN_LOG_LEVEL="2",
                        SANIC_HOST="127.0.0.1", PYTHONWARNINGS="ignore", STAPSTEEN_VAR_DIR=str(var_dir),
                        STAPSTEEN_DATABASE_URL=f"sqlite:///{var_dir / 'stapsteen.db'}",
                        STAPSTEEN_SECRET_KEY=Fernet.generate_key().decode())
        self.tracker_key = Fernet.generate_key().decode()
        self.action_port = free_port()
        self.logs: list[Path] = [var_dir / "actions.log"]
        self.actions = subprocess.Popen(
            [sys.executable, "-m", "rasa_sdk", "--actions", "actions", "--port", str(self.action_port)],
            cwd=ROOT, env=self.env, stdout=open(self.logs[0], "wb"), stderr=subprocess.STDOUT)
        self.rasa: Rasa | None = None
        self.mode: str | None = None
        self.redis_url: str | None = None

    def endpoints(self, mode: str) -> Path:
        """Made as scripts/run.sh makes var/endpoints.yml."""
        text = (ROOT / "endpoints.yml").read_text().replace("127.0.0.1:5055", f"127.0.0.1:{self.action_port}")
        if mode == "redis":
            text += "\nlock_store:\n  type: channels.tracker_store.RedisLockStore\n"
        path = self.var_dir / f"endpoints-{mode}.yml"
        path.write_text(text)
        return path

    def mode_env(self, mode: str) -> dict:
        if mode == "memory":
            return dict(self.env)
        assert self.redis_url
        return dict(self.env, STAPSTEEN_REDIS_URL=self.redis_url, STAPSTEEN_TRACKER_KEY=self.tracker_key)

    def start(self, mode: str) -> Rasa:
        if self.rasa and self.mode == mode and self.rasa.proc.poll() is None:
            return self.rasa
        self.stop_rasa()
        endpoints, env = self.endpoints(mode), self.mode_env(mode)
        check = subprocess.run([sys.executable, "-m", "channels.startup_check", str(endpoints)], cwd=ROOT,
                               env=env, capture_output=True, text=True, timeout=120)
        assert check.returncode == 0, check.stderr
        port = free_port()
        log_path = self.var_dir / f"rasa-{len(self.logs)}.log"
        self.logs.append(log_path)
        proc = subprocess.Popen(
            [str(VENV_BIN / "rasa"), "run", "--model", str(MODEL), "--interface", "127.0.0.1", "--port", str(port),
             "--credentials", str(ROOT / "credentials.yml"), "--endpoints", str(endpoints),
             "--enable-api", "--auth-token", TOKEN],
            cwd=ROOT, env=env, stdout=open(log_path, "wb"), stderr=subprocess.STDOUT)
        try:
            wait_http(f"http://127.0.0.1:{self.action_port}/health", [self.actions])
            wait_http(f"http://127.0.0.1:{port}/", [proc])
        except RuntimeError as exc:
            proc.kill()
            pytest.fail(f"Rasa did not start: {exc}\n{log_path.read_text(errors='replace')[-2000:]}")
        self.rasa, self.mode = Rasa(port, proc, log_path), mode
        return self.rasa

    def restart(self) -> Rasa:
        """Stop this Rasa server and start another one in the same mode."""
        assert self.mode
        mode = self.mode
        self.stop_rasa()
        return self.start(mode)

    def stop_rasa(self) -> None:
        if self.rasa:
            self.rasa.stop()
        self.rasa = self.mode = None

    def close(self) -> None:
        self.stop_rasa()
        self.actions.terminate()
        self.actions.wait(timeout=20)


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    if not MODEL.exists():
        pytest.fail(f"{MODEL} is missing: run `make test` (it trains the model first)")
    stack = Stack(tmp_path_factory.mktemp("forgetting"))
    yield stack
    stack.close()
    for log in stack.logs:          # personal data never reaches the logs
        text = log.read_text(errors="replace")
        assert not any(p in text for p in PERSONAL), f"personal data in {log.name}"


@pytest.fixture
def memory(stack):
    return stack.start("memory")


@pytest.fixture
def redis_mode(stack, redis_url):  # noqa: F811
    stack.redis_url = redis_url.rsplit("/", 1)[0] + "/1"      # its own database on the test server
    return stack.start("redis")


@pytest.fixture
def database(stack, monkeypatch):
    """The database the action server writes, read through bot/."""
    from bot.store import Store

    for key in ("STAPSTEEN_VAR_DIR", "STAPSTEEN_DATABASE_URL", "STAPSTEEN_SECRET_KEY"):
        monkeypatch.setenv(key, stack.env[key])
    store = Store(stack.env["STAPSTEEN_DATABASE_URL"])
    yield store
    store.engine.dispose()


# --- a conversation, step by step ------------------------------------------------------------
def start(rasa, sender):
    assert "automatische assistent" in texts(rasa.say(sender, "hallo"))
    assert customs(rasa.say(sender, "/affirm"))[-1]["criterion"] == CRITERIA[0]


def answer(rasa, sender, values):
    reply: list = []
    for value in values:
        reply = rasa.say(sender, payload(value))
    return reply


def to_the_contact_details(rasa, sender):
    """A whole intake up to the summary; three weak answers."""
    start(rasa, sender)
    reply = answer(rasa, sender, ["inadequate", "inadequate", "adequate", "inadequate", "adequate", "adequate"])
    assert {"score": 3, "unknown": 0, "vulnerable": True} in customs(reply)
    rasa.say(sender, "/affirm")                                 # contact wanted
    rasa.say(sender, "/give_consent")
    rasa.say(sender, "/give_consent")                           # share the answers (its own explicit button)
    assert "telefoon" in texts(rasa.say(sender, NAME)).lower()
    assert "gemeente" in texts(rasa.say(sender, PHONE)).lower()
    assert "wanneer" in texts(rasa.say(sender, "9000")).lower()
    assert "Klopt dit?" in texts(rasa.say(sender, "na 17 uur"))


def user_texts(state: dict) -> list[str]:
    return [e.get("text") or "" for e in state["events"] if e["event"] == "user"]


def assert_forgotten(rasa, sender, fresh: dict, *words: str):
    """The store holds nothing of the conversation: GET shows a new tracker."""
    state = rasa.tracker(sender)
    dump = json.dumps(state, ensure_ascii=False)
    assert user_texts(state) == [], user_texts(state)
    assert not [e for e in state["events"] if e["event"] == "bot"]
    assert state["slots"] == fresh["slots"]
    for word in (*PERSONAL, *words):
        assert word not in dump, word


def ended(reply) -> bool:
    return any(c.get("ended") is True for c in customs(reply))


# --- memory (the default of `make run`) ------------------------------------------------------------
def test_a_saved_referral_leaves_nothing_in_rasa(memory, sender, database):
    fresh = memory.tracker(f"fresh-{uuid.uuid4().hex}")
    to_the_contact_details(memory, sender)
    alive = memory.tracker(sender)                              # kept while it goes on ...
    assert PHONE in user_texts(alive) and alive["slots"]["contact_phone"] == PHONE_E164
    reply = memory.say(sender, "/affirm")
    references = [c["reference"] for c in customs(reply) if "reference" in c]
    assert references and ended(reply)
    assert_forgotten(memory, sender, fresh)                     # ... and gone once the reference is shown
    assert database.get(references[0])["municipality"] == "Gent"


def test_stop_forgets_and_restart_begins_again(memory, sender):
    fresh = memory.tracker(f"fresh-{uuid.uuid4().hex}")
    start(memory, sender)
    memory.say(sender, "we wonen met zeven in een studio")
    reply = memory.say(sender, "stop")
    assert "niets bewaard" in texts(reply) and ended(reply)
    assert_forgotten(memory, sender, fresh, "zeven in een studio")
    assert "automatische assistent" in texts(memory.say(sender, "/restart"))


def test_no_contact_wanted_forgets(memory, sender):
    fresh = memory.tracker(f"fresh-{uuid.uuid4().hex}")
    start(memory, sender)
    reply = answer(memory, sender, ["inadequate"] * TOTAL)
    assert customs(reply)[-1]["score"] == TOTAL
    reply = memory.say(sender, "/deny")
    assert ended(reply)
    assert_forgotten(memory, sender, fresh)


def test_a_restart_keeps_nothing_of_before(memory, sender):
    fresh = memory.tracker(f"fresh-{uuid.uuid4().hex}")
    start(memory, sender)
    assert customs(memory.say(sender, "we hebben 1.400 euro per maand"))[-1]["criterion"] == CRITERIA[1]
    assert memory.tracker(sender)["slots"]["income"] == "inadequate"
    assert "automatische assistent" in texts(memory.say(sender, "/restart"))
    state = memory.tracker(sender)                              # all events, not only those after the restart
    assert user_texts(state) == [] and "1.400" not in json.dumps(state)
    assert state["slots"] == fresh["slots"]
    start(memory, sender)                                       # and it goes on


def test_a_withdrawal_forgets(memory, sender, database):
    from bot.store import Contact

    fresh = memory.tracker(f"fresh-{uuid.uuid4().hex}")
    ref = database.create_referral(channel="web", recorded_by="self", municipality="Gent", recipient="OCMW Gent",
                                   contact=Contact(name="Jan", phone="+32470000000"),
                                   answers=dict.fromkeys(CRITERIA, "adequate"), share_answers=True)
    assert "referentiecode" in texts(memory.say(sender, "ik wil mijn toestemming intrekken"))
    assert ref in texts(memory.say(sender, ref))                    # the choice (the confirmation)
    reply = memory.say(sender, '/inform{"withdraw_choice": "all"}')
    assert "ingetrokken" in texts(reply)
    # Forgotten up to the answer; only the number of codes checked stays (bot/withdrawal.py lock).
    state = memory.tracker(sender)
    dump = json.dumps(state, ensure_ascii=False)
    assert user_texts(state) == [] and not [e for e in state["events"] if e["event"] == "bot"]
    assert state["slots"] == {**fresh["slots"], "mode": "family", "withdraw_attempts": 1.0}
    for word in (ref, "Jan"):
        assert word not in dump, word


# --- Redis ------------------------------------------------------------------------------------------
def redis_client(stack):
    import redis

    assert stack.redis_url
    return redis.Redis.from_url(stack.redis_url)


def test_redis_holds_it_encrypted_with_an_expiry_and_forgets_it(redis_mode, stack, sender):
    client = redis_client(stack)
    to_the_contact_details(redis_mode, sender)
    raw = client.get(TRACKER_PREFIX + sender)
    assert raw is not None
    for plain in (*PERSONAL, "na 17 uur", '"event"', "contact_phone"):
        assert plain.encode() not in raw, plain
    readable = TrackerCipher(stack.tracker_key).decrypt(raw)    # it is there, encrypted
    assert PHONE_E164 in readable
    assert 1_700_000 < client.pttl(TRACKER_PREFIX + sender) <= 1_800_000      # 30 min idle
    reply = redis_mode.say(sender, "/affirm")
    assert ended(reply) and any("reference" in c for c in customs(reply))
    assert client.exists(TRACKER_PREFIX + sender) == 0


def test_the_lock_store_is_redis(redis_mode, stack, sender):
    """A lock held in Redis for this conversation (as another Rasa server would
    hold it) makes this server wait until it expires."""
    from rasa.core.lock import TicketLock

    client = redis_client(stack)
    held = TicketLock(sender)
    held.issue_ticket(4)                                        # held for 4 s by "another server"
    client.set(f"stapsteen:lock:{sender}", held.dumps())
    began = time.monotonic()
    reply = redis_mode.say(sender, "hallo")
    waited = time.monotonic() - began
    assert "automatische assistent" in texts(reply)
    assert waited >= 3, f"answered after {waited:.1f} s: the Redis lock was not used"
    assert client.exists(f"stapsteen:lock:{sender}") == 0       # released after the message


def test_a_conversation_survives_a_restart_of_rasa(redis_mode, stack, sender):
    start(redis_mode, sender)
    reply = answer(redis_mode, sender, ["inadequate", "inadequate", "inadequate"])
    assert customs(reply)[-1] == {"criterion": CRITERIA[3], "index": 4, "total": TOTAL}
    other = stack.restart()                                     # a new Rasa process, same Redis
    assert other is not redis_mode
    reply = other.say(sender, payload("adequate"))
    assert customs(reply)[-1] == {"criterion": CRITERIA[4], "index": 5, "total": TOTAL}     # the same question
    reply = answer(other, sender, ["adequate", "unknown"])
    assert {"score": 3, "unknown": 1, "vulnerable": True} in customs(reply)                # earlier answers kept


def test_rasa_refuses_redis_mode_without_its_key(stack, redis_url):  # noqa: F811
    """Even started by hand (without the start-up check), Rasa stops with the reason."""
    env = dict(stack.env, STAPSTEEN_REDIS_URL=redis_url)
    log = stack.var_dir / "rasa-no-key.log"
    stack.logs.append(log)
    proc = subprocess.run(
        [str(VENV_BIN / "rasa"), "run", "--model", str(MODEL), "--interface", "127.0.0.1",
         "--port", str(free_port()), "--endpoints", str(stack.endpoints("redis"))],
        cwd=ROOT, env=env, stdout=open(log, "wb"), stderr=subprocess.STDOUT, timeout=180)
    assert proc.returncode != 0
    assert "set STAPSTEEN_TRACKER_KEY" in log.read_text(errors="replace")
