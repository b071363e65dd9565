"""The socket.io channel (what a socket.io web widget uses) gives the same
answers and metadata as the REST webhook."""
from __future__ import annotations

import threading
import uuid

import pytest
import socketio

from tests.harness import payload

pytestmark = [pytest.mark.integration, pytest.mark.slow, pytest.mark.model]


def test_socketio_conversation_with_metadata(servers):
    received, arrived = [], threading.Event()
    client = socketio.Client(reconnection=False)
    session_id = uuid.uuid4().hex

    @client.on("bot_uttered")
    def on_bot(data):
        received.append(data)
        arrived.set()

    client.connect(servers.rasa_url, socketio_path="/socket.io", transports=["polling"], wait_timeout=30)
    try:
        client.emit("session_request", {"session_id": session_id})

        def say(text, until):
            received.clear()
            arrived.clear()
            client.emit("user_uttered", {"message": text, "session_id": session_id})
            for _ in range(60):
                if any(until(m) for m in received):
                    return list(received)
                arrived.wait(1)
                arrived.clear()
            pytest.fail(f"no answer to {text!r}: {received}")

        first = say("hallo", lambda m: "automatische assistent" in (m.get("text") or ""))
        assert any(m.get("quick_replies") for m in first)
        question = say("/affirm", lambda m: m.get("criterion") == "income")
        assert {"criterion": "income", "index": 1, "total": 6} in question
        nxt = say(payload("inadequate"), lambda m: m.get("criterion") == "employment")
        assert {"criterion": "employment", "index": 2, "total": 6} in nxt
    finally:
        client.disconnect()
