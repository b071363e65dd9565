"""Servers that crash, with real processes started as `make run` and `make run-cluster` start them.

- scripts/supervise.py alone (small fake servers): a crashed server is restarted with a
  back-off and a restart count in its log, given up after repeated fast crashes; a stop
  signal stops them all.
- `scripts/run.sh --instances 2` (Redis, two Rasa servers each with its own action server,
  the web server in front): a Rasa server killed mid-intake is restarted and goes on with
  the same conversation from Redis; one killed while 20 families chat through the web
  server: the web server sends them to the other one and no answer is lost.
- `scripts/run.sh` (one of each, conversations in memory): the action server killed
  mid-intake: a kind message, and after the restart the intake goes on.

Every run.sh gets its own var folder (database, keys, logs) and loopback ports, and is
stopped like Ctrl-C does (SIGINT to its process group): nothing may be left running.
"""

from __future__ import annotations

import os
import random
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
import zlib
from pathlib import Path

import pytest
import requests

from bot import dialogue
from bot.scoring import score_answers
from tests.harness import MODEL, ROOT, customs, free_port, payload, texts, wait_http
from tests.integration.test_faults import Family, kind
from tests.oracle import CRITERIA, TOTAL
from tests.test_tracker_store import redis_binary

SUPERVISE = ROOT / "scripts" / "supervise.py"
VALUES = ("inadequate", "adequate", "unknown")


# --- the supervisor alone ------------------------------------------------------------------------
def supervise(log_dir: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(SUPERVISE), "--log-dir", str(log_dir), *args],
                            stderr=subprocess.PIPE, text=True)


def wait_for(condition, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = condition()
        if found:
            return found
        time.sleep(0.2)
    raise AssertionError(f"{what}: not within {timeout:.0f} s")


def pids(log_dir: Path, name: str) -> list[int]:
    path = log_dir / "supervisor.log"
    log = path.read_text() if path.exists() else ""
    return [int(pid) for pid in re.findall(rf"\b{re.escape(name)} started, pid (\d+)", log)]


def gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


@pytest.mark.integration
def test_the_supervisor_gives_up_on_a_server_that_keeps_crashing(tmp_path):
    proc = supervise(tmp_path, "--limit", "3", "--backoff", "0.1",
                     "--service", "broken", sys.executable, "-c", "import sys; sys.exit(3)",
                     "--service", "steady", sys.executable, "-c", "import time; time.sleep(120)")
    _, stderr = proc.communicate(timeout=60)
    log = (tmp_path / "supervisor.log").read_text()
    assert proc.returncode == 1, log
    assert "broken stopped (exit code 3) after 0 s: restart 1 in 0.1 s" in log
    assert "broken stopped (exit code 3) after 0 s: restart 2 in 0.2 s" in log       # back-off doubles
    assert "broken stopped (exit code 3) 3 times in a row soon after its start: given up" in log
    assert "no broken server left: stopping everything" in stderr                    # also on the terminal
    assert len(pids(tmp_path, "broken")) == 3 and gone(pids(tmp_path, "steady")[0])


@pytest.mark.integration
def test_the_supervisor_restarts_only_the_killed_server_and_stops_all_on_ctrl_c(tmp_path):
    sleeper = [sys.executable, "-c", "import time; time.sleep(120)"]
    proc = supervise(tmp_path, "--backoff", "0.1", "--service", "rasa-1", *sleeper, "--service", "rasa-2", *sleeper)
    try:
        first = wait_for(lambda: pids(tmp_path, "rasa-1"), 30, "rasa-1 started")[0]
        other = wait_for(lambda: pids(tmp_path, "rasa-2"), 30, "rasa-2 started")[0]
        os.kill(first, signal.SIGKILL)
        wait_for(lambda: len(pids(tmp_path, "rasa-1")) == 2, 30, "rasa-1 restarted")
        log = (tmp_path / "supervisor.log").read_text()
        assert f"rasa-1 stopped (exit code {-signal.SIGKILL}) after 0 s: restart 1 in 0.1 s" in log
        assert "(restart 1)" in log and pids(tmp_path, "rasa-2") == [other]            # the other one untouched
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=30) == 0
        assert all(gone(pid) for pid in pids(tmp_path, "rasa-1") + [other])
        assert "restart 2" not in (tmp_path / "supervisor.log").read_text()          # stopping is no crash
    finally:
        if proc.poll() is None:
            proc.kill()


# --- scripts/run.sh ---------------------------------------------------------------------------------
def port_free(port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def free_ports(count: int) -> int:
    """The first of `count` free consecutive loopback ports (run.sh gives instance i the port + i - 1)."""
    for _ in range(100):
        first = free_port()
        if all(port_free(first + i) for i in range(1, count)):
            return first
    raise RuntimeError("no consecutive free ports")


def default_sigint() -> None:
    """Ctrl-C as in a terminal: a pytest-xdist worker ignores SIGINT, and a shell that starts
    with SIGINT ignored cannot trap it (run.sh's Ctrl-C handler would never run)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


class Run:
    """scripts/run.sh with its own var folder, database, keys and loopback ports."""

    def __init__(self, var_dir: Path, instances: int):
        if not MODEL.exists():
            pytest.fail(f"{MODEL} is missing: run `make test` (it trains the model first)")
        self.var_dir, self.log_dir = var_dir, var_dir / "log"
        rasa_port, action_port, web_port = free_ports(instances), free_ports(instances), free_port()
        self.rasa_urls = [f"http://127.0.0.1:{rasa_port + i}" for i in range(instances)]
        self.action_urls = [f"http://127.0.0.1:{action_port + i}" for i in range(instances)]
        self.web_url = f"http://127.0.0.1:{web_port}"
        env = {k: v for k, v in os.environ.items() if not k.startswith("STAPSTEEN_") and k != "TICKET_LOCK_LIFETIME"}
        env.update(STAPSTEEN_VAR_DIR=str(var_dir), STAPSTEEN_RASA_PORT=str(rasa_port),
                   STAPSTEEN_ACTION_PORT=str(action_port), STAPSTEEN_WEB_PORT=str(web_port))
        if instances > 1:
            env["STAPSTEEN_REDIS_SERVER"] = redis_binary()
        self.output = var_dir / "run.out"
        self.proc = subprocess.Popen(
            ["bash", str(ROOT / "scripts" / "run.sh"), *(["--instances", str(instances)] if instances > 1 else [])],
            cwd=ROOT, env=env, stdout=open(self.output, "wb"), stderr=subprocess.STDOUT, start_new_session=True,
            preexec_fn=default_sigint)
        try:
            wait_http(f"{self.web_url}/readyz", [self.proc], timeout=400)
        except RuntimeError as exc:
            self.stop()
            pytest.fail(f"run.sh did not start: {exc}\n{self.output.read_text(errors='replace')[-3000:]}")

    def pid(self, name: str) -> int:
        return pids(self.log_dir, name)[-1]

    def kill(self, name: str) -> int:
        pid = self.pid(name)
        os.kill(pid, signal.SIGKILL)
        return pid

    def wait_restarted(self, name: str, old_pid: int, url: str, timeout: float = 240) -> None:
        def back() -> bool:
            if self.pid(name) == old_pid:
                return False
            try:
                return requests.get(url, timeout=5).status_code == 200
            except requests.RequestException:
                return False

        wait_for(back, timeout, f"{name} restarted by run.sh")

    def stop(self) -> int | None:
        """Like Ctrl-C: SIGINT to the process group; the exit status of run.sh (None: had to be killed)."""
        status = None
        try:
            os.killpg(self.proc.pid, signal.SIGINT)
            status = self.proc.wait(timeout=90)
        except subprocess.TimeoutExpired:
            pass
        except ProcessLookupError:
            status = self.proc.wait(timeout=10)
        try:
            os.killpg(self.proc.pid, 0)
        except ProcessLookupError:
            return status                                        # nothing left of it
        time.sleep(5)                                            # the last ones are still stopping?
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            return status
        self.proc.wait(timeout=10)
        return None


def environ(pid: int) -> dict[str, str]:
    raw = Path(f"/proc/{pid}/environ").read_bytes()
    return dict(item.split("=", 1) for item in raw.decode(errors="replace").split("\0") if "=" in item)


def stopped_cleanly(run: Run) -> None:
    status = run.stop()
    assert status == 0, f"run.sh did not stop everything on Ctrl-C\n{run.output.read_text(errors='replace')[-2000:]}"
    assert "Gestopt." in run.output.read_text()


def plan(seed: int) -> dict[str, str]:
    rng = random.Random(seed)
    return {criterion: rng.choice(VALUES) for criterion in CRITERIA}


def shown_result(reply: list, answers: dict[str, str]) -> None:
    """The result shown counts exactly the answers given."""
    expected = score_answers(answers)
    assert {"score": expected.score, "unknown": expected.unknown, "vulnerable": expected.vulnerable} in customs(reply)
    assert [answers[c] for c in CRITERIA].count("inadequate") == expected.score      # the oracle agrees
    assert dialogue.result(expected).text in texts(reply), reply


def rasa_say(url: str, sender: str, message: str) -> list:
    resp = requests.post(f"{url}/webhooks/rest/webhook", json={"sender": sender, "message": message}, timeout=90)
    assert resp.status_code == 200, resp.text[:300]
    return resp.json()


@pytest.mark.integration
@pytest.mark.model
@pytest.mark.slow
class TestCluster:
    """`scripts/run.sh --instances 2`, shared by the tests of this class (torn down after them)."""

    @pytest.fixture(scope="class")
    def cluster(self, tmp_path_factory):
        run = Run(tmp_path_factory.mktemp("cluster"), instances=2)
        yield run
        stopped_cleanly(run)

    def test_keys_are_made_once_and_shared(self, cluster):
        out = cluster.output.read_text()
        assert "in Redis at redis://127.0.0.1:" in out and "Redis lock store" in out
        tracker, referral = cluster.var_dir / "tracker.key", cluster.var_dir / "secret.key"
        assert tracker.stat().st_mode & 0o777 == 0o600 and referral.stat().st_mode & 0o777 == 0o600
        assert tracker.read_text() != referral.read_text()
        environments = [environ(cluster.pid(name)) for name in ("rasa-1", "rasa-2", "actions-1", "actions-2")]
        for env in environments:                                 # every node reads the same key file and Redis
            assert env["STAPSTEEN_TRACKER_KEY_FILE"] == str(tracker) and "STAPSTEEN_TRACKER_KEY" not in env
            assert env["STAPSTEEN_REDIS_URL"] == environments[0]["STAPSTEEN_REDIS_URL"]
            assert "STAPSTEEN_SECRET_KEY" not in env and env["STAPSTEEN_VAR_DIR"] == str(cluster.var_dir)
        assert (cluster.var_dir / "redis").is_dir() and not list((cluster.var_dir / "redis").iterdir())  # no disk

    def test_a_killed_rasa_server_is_restarted_and_the_intake_goes_on(self, cluster):
        rasa = cluster.rasa_urls[0]
        sender = f"cluster-{uuid.uuid4().hex[:12]}"
        answers = {c: v for c, v in zip(CRITERIA, ["inadequate", "unknown", "inadequate", "adequate", "adequate",
                                                   "inadequate"], strict=True)}
        assert "automatische assistent" in texts(rasa_say(rasa, sender, "hallo"))
        assert customs(rasa_say(rasa, sender, "/affirm"))[-1]["criterion"] == CRITERIA[0]
        for criterion in CRITERIA[:3]:
            reply = rasa_say(rasa, sender, payload(answers[criterion]))
        assert customs(reply)[-1] == {"criterion": CRITERIA[3], "index": 4, "total": TOTAL}

        old = cluster.kill("rasa-1")                             # SIGKILL mid-intake
        ready = wait_for(lambda: (r := requests.get(f"{cluster.web_url}/readyz", timeout=30)).status_code == 503
                         and r.json(), 10, "/readyz says rasa-1 is down")
        assert ready["down"] == ["rasa-1"]
        cluster.wait_restarted("rasa-1", old, f"{rasa}/")
        log = (cluster.log_dir / "supervisor.log").read_text()
        assert re.search(r"rasa-1 stopped \(exit code -9\) after \d+ s: restart 1 in 1 s", log), log

        reply = rasa_say(rasa, sender, payload(answers[CRITERIA[3]]))
        assert "automatische assistent" not in texts(reply)       # not the greeting again ...
        assert customs(reply)[-1] == {"criterion": CRITERIA[4], "index": 5, "total": TOTAL}   # ... the next question
        for criterion in CRITERIA[4:]:
            reply = rasa_say(rasa, sender, payload(answers[criterion]))
        shown_result(reply, answers)                             # the three answers before the crash count
        assert requests.get(f"{cluster.web_url}/readyz", timeout=30).status_code == 200

    def test_twenty_families_go_on_when_a_rasa_server_is_killed(self, cluster):
        families, errors, done = [], [], []
        # Ten families start on each Rasa server (the web server picks it by the hash of the sender id).
        senders = {0: [], 1: []}
        while min(len(s) for s in senders.values()) < 10:
            sender = f"cluster-{uuid.uuid4().hex[:12]}"
            senders[zlib.crc32(sender.encode()) % 2].append(sender)
        for number, sender in enumerate(senders[0][:10] + senders[1][:10]):
            family = Family(cluster.web_url)
            family.sender = sender
            families.append((family, plan(number)))
        messages = threading.Semaphore(0)

        def intake(family: Family, answers: dict[str, str]) -> None:
            try:
                assert "automatische assistent" in texts(family.say("hallo"))
                messages.release()
                reply = family.say("/affirm")
                for criterion in CRITERIA:
                    assert customs(reply)[-1]["criterion"] == criterion, (family.sender, criterion, reply)
                    reply = family.say(payload(answers[criterion], criterion))  # the button, as pressed
                    messages.release()
                shown_result(reply, answers)
                done.append(family.sender)
            except BaseException as exc:  # noqa: BLE001 - reported below
                errors.append(f"{family.sender}: {exc!r}"[:1000])

        threads = [threading.Thread(target=intake, args=pair, daemon=True) for pair in families]
        began = time.monotonic()
        for thread in threads:
            thread.start()
        for _ in range(40):                                      # mid-intake: about a quarter of the messages sent
            assert messages.acquire(timeout=120), "the conversations do not move"
        old = cluster.kill("rasa-2")
        for thread in threads:
            thread.join(timeout=max(1.0, 150 - (time.monotonic() - began)))
        assert errors == []
        assert sorted(done) == sorted(f.sender for f, _ in families)      # every conversation finished
        log = (cluster.log_dir / "supervisor.log").read_text()
        assert re.search(r"rasa-2 stopped \(exit code -9\)", log) and cluster.pid("rasa-2") != old
        web_log = (cluster.log_dir / "web.log").read_text(errors="replace")
        assert "did not answer" in web_log                        # the failover really happened


@pytest.mark.integration
@pytest.mark.model
@pytest.mark.slow
class TestSingle:
    """`scripts/run.sh` as `make run` starts it: one of each, conversations in Rasa's memory."""

    @pytest.fixture(scope="class")
    def single(self, tmp_path_factory):
        run = Run(tmp_path_factory.mktemp("single"), instances=1)
        yield run
        stopped_cleanly(run)

    def test_a_killed_action_server_is_restarted_and_the_intake_goes_on(self, single):
        family = Family(single.web_url)
        assert "automatische assistent" in texts(family.say("hallo"))
        reply = family.say("/affirm")
        for criterion in CRITERIA[:2]:
            assert customs(reply)[-1]["criterion"] == criterion
            reply = family.say(payload("inadequate"))
        assert customs(reply)[-1]["criterion"] == CRITERIA[2]

        old = single.kill("actions")                             # SIGKILL mid-intake
        reply = family.say(payload("unknown"))
        assert kind(reply), reply                                # a kind message, not silence
        assert reply[0]["buttons"][0]["payload"] == payload("unknown")

        single.wait_restarted("actions", old, f"{single.action_urls[0]}/health", timeout=120)
        assert re.search(r"actions stopped \(exit code -9\) after \d+ s: restart 1 in 1 s",
                         (single.log_dir / "supervisor.log").read_text())
        reply = family.say(reply[0]["buttons"][0]["payload"])    # the family presses "Opnieuw proberen"
        assert customs(reply)[-1]["criterion"] == CRITERIA[3], reply       # the same place, answers kept
        for _ in CRITERIA[3:]:
            reply = family.say(payload("adequate"))
        shown_result(reply, dict(zip(CRITERIA, ["inadequate", "inadequate", "unknown", "adequate", "adequate",
                                                "adequate"], strict=True)))
