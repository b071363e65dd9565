"""Faults a family must not notice, with real processes over HTTP.

The action server stopped mid-intake: the web chat never answers with silence
but with one kind message from the catalogue (and a button that sends the same
message again); once the action server is back, the intake goes on at the same
question with the earlier answers kept (the tracker keeps them).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
import requests
from cryptography.fernet import Fernet

from bot.messages import text
from tests.harness import MODEL, ROOT, VENV_BIN, customs, free_port, payload, texts, wait_http
from tests.oracle import CRITERIA
from tests.test_tracker_store import CONVERSATION_ENV

pytestmark = [pytest.mark.integration, pytest.mark.model, pytest.mark.slow]


class Stack:
    """Rasa and the web server; the action server only when asked for."""

    def __init__(self, var_dir: Path):
        self.var_dir = var_dir
        env = {k: v for k, v in os.environ.items() if k not in CONVERSATION_ENV}
        self.env = dict(env, PYTHONPATH=str(ROOT), RASA_TELEMETRY_ENABLED="false", TF_CPP_MIN_LOG_LEVEL="2",
                        SANIC_HOST="127.0.0.1", PYTHONWARNINGS="ignore", STAPSTEEN_VAR_DIR=str(var_dir),
                        STAPSTEEN_DATABASE_URL=f"sqlite:///{var_dir / 'stapsteen.db'}",
                        STAPSTEEN_SECRET_KEY=Fernet.generate_key().decode())
        self.action_port, rasa_port, web_port = free_port(), free_port(), free_port()
        endpoints = var_dir / "endpoints.yml"      # as scripts/run.sh makes it
        endpoints.write_text((ROOT / "endpoints.yml").read_text()
                             .replace("127.0.0.1:5055", f"127.0.0.1:{self.action_port}"))
        self.logs = [var_dir / "rasa.log", var_dir / "web.log"]
        self.rasa = subprocess.Popen(
            [str(VENV_BIN / "rasa"), "run", "--model", str(MODEL), "--interface", "127.0.0.1",
             "--port", str(rasa_port), "--credentials", str(ROOT / "credentials.yml"),
             "--endpoints", str(endpoints)],
            cwd=ROOT, env=self.env, stdout=open(self.logs[0], "wb"), stderr=subprocess.STDOUT)
        self.web = subprocess.Popen(
            [sys.executable, "-m", "web.app"], cwd=ROOT, stdout=open(self.logs[1], "wb"), stderr=subprocess.STDOUT,
            env=dict(self.env, STAPSTEEN_WEB_PORT=str(web_port), STAPSTEEN_RASA_URL=f"http://127.0.0.1:{rasa_port}"))
        self.actions: subprocess.Popen | None = None
        self.web_url = f"http://127.0.0.1:{web_port}"
        try:
            wait_http(f"http://127.0.0.1:{rasa_port}/", [self.rasa])
            wait_http(f"{self.web_url}/", [self.web], timeout=60)
        except RuntimeError as exc:
            self.close()
            pytest.fail(f"servers did not start: {exc}\n{self.logs[0].read_text(errors='replace')[-2000:]}")

    def start_actions(self) -> None:
        log = self.var_dir / f"actions-{len(self.logs)}.log"
        self.logs.append(log)
        self.actions = subprocess.Popen(
            [sys.executable, "-m", "rasa_sdk", "--actions", "actions", "--port", str(self.action_port)],
            cwd=ROOT, env=self.env, stdout=open(log, "wb"), stderr=subprocess.STDOUT)
        wait_http(f"http://127.0.0.1:{self.action_port}/health", [self.actions], timeout=120)

    def kill_actions(self) -> None:
        assert self.actions
        self.actions.kill()
        self.actions.wait(timeout=20)
        self.actions = None

    def close(self) -> None:
        for proc in (self.actions, self.rasa, self.web):
            if proc and proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    proc.kill()


class Family:
    """One family in the web chat: its cookie, CSRF token and sender id."""

    def __init__(self, web_url: str):
        self.url = web_url
        self.http = requests.Session()
        self.http.trust_env = False
        page = self.http.get(f"{web_url}/", timeout=30).text
        found = re.search(r'name="csrf[-_]token"[^>]*(?:content|value)="([^"]+)"', page)
        assert found, "no CSRF token in the chat page"
        self.token = found.group(1)
        self.sender = f"fault-{uuid.uuid4().hex[:12]}"

    def say(self, message: str) -> list:
        resp = self.http.post(f"{self.url}/api/chat", json={"sender": self.sender, "message": message},
                              headers={"X-CSRFToken": self.token}, timeout=120)
        assert resp.status_code == 200, resp.text[:300]
        reply = resp.json()
        assert reply, "an empty reply: the family sees silence"
        return reply


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    if not MODEL.exists():
        pytest.fail(f"{MODEL} is missing: run `make test` (it trains the model first)")
    stack = Stack(tmp_path_factory.mktemp("faults"))
    yield stack
    stack.close()


def kind(reply: list) -> bool:
    return [m.get("text") for m in reply] == [text("web_error.no_reply")]


def test_action_server_down_gets_a_kind_message_and_the_intake_goes_on(stack):
    family = Family(stack.web_url)
    # Started without an action server: even the greeting comes from an action.
    reply = family.say("hallo")
    assert kind(reply), reply
    assert reply[0]["buttons"] == [{"title": text("button.retry"), "payload": "hallo"}]

    stack.start_actions()
    reply = family.say(reply[0]["buttons"][0]["payload"])        # the retry button
    assert "automatische assistent" in texts(reply), reply
    reply = family.say("/affirm")
    assert customs(reply) and customs(reply)[-1]["criterion"] == CRITERIA[0], reply
    for criterion in CRITERIA[1:3]:                              # two answers, the third question
        reply = family.say(payload("inadequate"))
        assert customs(reply)[-1]["criterion"] == criterion

    stack.kill_actions()                                         # killed mid-intake
    reply = family.say(payload("adequate"))
    assert kind(reply), reply
    assert reply[0]["buttons"][0]["payload"] == payload("adequate")

    stack.start_actions()
    reply = family.say(reply[0]["buttons"][0]["payload"])        # the family presses the retry button
    assert customs(reply)[-1]["criterion"] == CRITERIA[3], reply  # same place, earlier answers kept
    for _ in CRITERIA[3:]:
        reply = family.say(payload("adequate"))
    # The score counts all six answers, the two given before the crash included.
    assert [(c["score"], c["unknown"]) for c in customs(reply) if "score" in c] == [(2, 0)], reply
