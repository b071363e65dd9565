"""Locust user for scripts/load.py: each task is one whole family intake through the web chat.

The family opens the chat page (cookie + CSRF token), greets, agrees, answers the six
questions with random button values, checks the result it is shown against those answers,
then asks for a referral and fills it in (consent, name, phone, postcode, best time, confirm)
until the referral reference is shown: 16 messages, 1-3 s think time between them.
Runs in .venv-load (Locust only, no project code).

Request names in the statistics: "POST /api/chat" (every message), "intake" "whole"
(one per intake; a failure says why: "lost answer ..." when the result does not count
the answers given, otherwise an error).
"""

from __future__ import annotations

import json
import os
import random
import re
import time
import uuid

from locust import HttpUser, between, task

CRITERIA = ("income", "employment", "education", "housing", "health", "stimulation")
THRESHOLD = 3
VALUES = ("inadequate", "adequate", "unknown")
REFERRAL = ("/affirm", "/give_consent", "/give_consent", "An", "0470 12 34 56", "9000", "na 17 uur", "/affirm")
NO_REPLY = os.environ.get("STAPSTEEN_NO_REPLY_TEXT", "")  # the web server's kind error message (load.py)


class IntakeFailed(Exception):
    pass


def customs(reply: list) -> list[dict]:
    return [m["custom"] for m in reply if isinstance(m.get("custom"), dict)]


def answer(value: str) -> str:
    return "/answer" + json.dumps({"criterion_value": value})


class Family(HttpUser):
    wait_time = between(1, 3)

    def say(self, message: str) -> list:
        with self.client.post("/api/chat", json={"sender": self.sender, "message": message},
                              headers={"X-CSRFToken": self.token}, name="POST /api/chat",
                              timeout=120, catch_response=True) as resp:
            reply = resp.json() if resp.status_code == 200 else None
            if not reply or not any(m.get("text") or m.get("custom") for m in reply):
                resp.failure(f"HTTP {resp.status_code}, empty or no reply")
                raise IntakeFailed(f"no reply to {message!r}")
            if NO_REPLY and any(m.get("text") == NO_REPLY for m in reply):
                resp.failure("the kind error message (Rasa or the action server did not answer)")
                raise IntakeFailed(f"error message after {message!r}")
        self.wait()  # think time before the next message
        return reply

    @task
    def intake(self) -> None:
        began = time.perf_counter()
        self.sender = f"load-{uuid.uuid4().hex[:12]}"
        plan = {c: random.choice(VALUES) for c in CRITERIA}
        try:
            page = self.client.get("/", name="GET / (chat page)").text
            found = re.search(r'name="csrf[-_]token"[^>]*(?:content|value)="([^"]+)"', page)
            if not found:
                raise IntakeFailed("no CSRF token in the chat page")
            self.token = found.group(1)
            self.say("hallo")
            reply = self.say("/affirm")
            for criterion in CRITERIA:
                asked = [c.get("criterion") for c in customs(reply) if "index" in c]
                if asked[-1:] != [criterion]:
                    raise IntakeFailed(f"lost answer: asked {asked} instead of {criterion}")
                reply = self.say(answer(plan[criterion]))
            score = sum(v == "inadequate" for v in plan.values())
            expected = {"score": score, "unknown": sum(v == "unknown" for v in plan.values()),
                        "vulnerable": score >= THRESHOLD}
            shown = [c for c in customs(reply) if "score" in c]
            if shown != [expected]:
                raise IntakeFailed(f"lost answer: result {shown}, expected {expected}")
            for message in REFERRAL:
                reply = self.say(message)
            if not any("reference" in c for c in customs(reply)):
                raise IntakeFailed(f"no referral reference at the end: {reply}")
            failure = None
        except IntakeFailed as exc:
            failure = exc
        self.environment.events.request.fire(request_type="intake", name="whole", exception=failure, context={},
                                             response_time=(time.perf_counter() - began) * 1000, response_length=0)
