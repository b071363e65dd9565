"""Start the real action server and Rasa server for conversation tests.

They talk over HTTP exactly as the web chat does (REST webhook), with their own
SQLite database and key in a temporary folder. Needs the trained model
(`make test` trains it first).
"""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
import requests
from cryptography.fernet import Fernet

ROOT = Path(__file__).resolve().parents[1]
MODEL = ROOT / "models" / "stapsteen.tar.gz"
VENV_BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_http(url: str, procs, timeout: float = 240.0) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        for p in procs:
            if p.poll() is not None:
                raise RuntimeError(f"a server exited early with code {p.returncode}")
        try:
            if requests.get(url, timeout=2).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.5)
    raise RuntimeError(f"{url} did not come up in {timeout} s")


class Servers:
    def __init__(self, rasa_url: str, env: dict, var_dir: Path):
        self.rasa_url = rasa_url
        self.env = env
        self.var_dir = var_dir

    def say(self, sender: str, message: str):
        resp = requests.post(f"{self.rasa_url}/webhooks/rest/webhook",
                             json={"sender": sender, "message": message}, timeout=60)
        assert resp.status_code == 200, resp.text[:300]
        return resp.json()

    def store(self):
        """The same database the servers write to, read through bot/."""
        from bot.store import Store
        return Store(self.env["STAPSTEEN_DATABASE_URL"])


@pytest.fixture(scope="session")
def servers(tmp_path_factory):
    if not MODEL.exists():
        pytest.fail(f"{MODEL} is missing: run `make test` (it trains the model first)")
    var_dir = tmp_path_factory.mktemp("servers")
    action_port, rasa_port = free_port(), free_port()
    endpoints = var_dir / "endpoints.yml"
    endpoints.write_text(f'action_endpoint:\n  url: "http://127.0.0.1:{action_port}/webhook"\n')
    env = dict(os.environ,
               PYTHONPATH=str(ROOT), RASA_TELEMETRY_ENABLED="false", TF_CPP_MIN_LOG_LEVEL="2",
               SANIC_HOST="127.0.0.1", STAPSTEEN_VAR_DIR=str(var_dir),
               STAPSTEEN_DATABASE_URL=f"sqlite:///{var_dir / 'stapsteen.db'}",
               STAPSTEEN_SECRET_KEY=Fernet.generate_key().decode())
    logs = [open(var_dir / "actions.log", "wb"), open(var_dir / "rasa.log", "wb")]
    procs = [
        subprocess.Popen([sys.executable, "-m", "rasa_sdk", "--actions", "actions",
                          "--port", str(action_port)], cwd=ROOT, env=env,
                         stdout=logs[0], stderr=subprocess.STDOUT),
        subprocess.Popen([str(VENV_BIN / "rasa"), "run", "--model", str(MODEL), "--interface", "127.0.0.1",
                          "--port", str(rasa_port), "--credentials", str(ROOT / "credentials.yml"),
                          "--endpoints", str(endpoints)], cwd=ROOT, env=env,
                         stdout=logs[1], stderr=subprocess.STDOUT),
    ]
    try:
        wait_http(f"http://127.0.0.1:{action_port}/health", procs)
        wait_http(f"http://127.0.0.1:{rasa_port}/", procs)
        # The test process reads the same database and key as the servers.
        for key in ("STAPSTEEN_VAR_DIR", "STAPSTEEN_DATABASE_URL", "STAPSTEEN_SECRET_KEY"):
            os.environ[key] = env[key]
        yield Servers(f"http://127.0.0.1:{rasa_port}", env, var_dir)
    except RuntimeError as exc:
        for log in logs:
            log.flush()
        tail = (var_dir / "rasa.log").read_text(errors="replace")[-2000:]
        pytest.fail(f"servers did not start: {exc}\n{tail}")
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()
        for log in logs:
            log.close()
        # Personal data must never reach the logs.
        for name in ("actions.log", "rasa.log"):
            text = (var_dir / name).read_text(errors="replace")
            assert "0470 12 34 56" not in text and "+32470123456" not in text, f"phone number in {name}"


@pytest.fixture
def sender():
    return f"test-{uuid.uuid4().hex[:12]}"


def texts(messages) -> str:
    return "\n".join(m.get("text", "") for m in messages if m.get("text"))


def customs(messages):
    return [m["custom"] for m in messages if isinstance(m.get("custom"), dict)]


def payload(value: str, criterion: str | None = None) -> str:
    """An answer button's payload; the question buttons name their criterion too."""
    entities = {"criterion_value": value} if criterion is None else {"criterion_value": value, "criterion": criterion}
    return "/answer" + json.dumps(entities)


@pytest.fixture(scope="session")
def web(servers):
    """The web server (family chat + staff desk) in front of the real servers."""
    port = free_port()
    env = dict(servers.env, STAPSTEEN_WEB_PORT=str(port), STAPSTEEN_RASA_URL=servers.rasa_url)
    log = open(servers.var_dir / "web.log", "wb")
    proc = subprocess.Popen([sys.executable, "-m", "web.app"], cwd=ROOT, env=env,
                            stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_http(f"http://127.0.0.1:{port}/", [proc], timeout=60)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        log.close()
