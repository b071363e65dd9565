"""Simulated conversations for the anonymous figures (bot/figures.py), counted
through the same `record_*` calls the actions make, at moments in past weeks.

Used by the unit tests, the web and browser tests (the "Cijfers" page and its
screenshot) and to make the example output in the README.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import os
import random
from typing import Dict, Iterator, List, Optional

from bot import figures, settings
from tests.oracle import CRITERIA

# How often a criterion is inadequate / unknown in the simulation (roughly the
# Kind en Gezin profile: income and education weigh most).
WEAK = {"income": 0.55, "employment": 0.45, "education": 0.4, "housing": 0.35, "health": 0.2, "stimulation": 0.15}
UNKNOWN = 0.07
CRISIS = {"suicide": "ik wil niet meer leven", "violence": "mijn man slaat mij",
          "food": "we hebben vandaag niets te eten", "general": "help"}


@contextlib.contextmanager
def municipality(name: str) -> Iterator[None]:
    """Count as the deployment of `name` (STAPSTEEN_MUNICIPALITY) for a while."""
    before = os.environ.get(settings.MUNICIPALITY_ENV)
    os.environ[settings.MUNICIPALITY_ENV] = name
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(settings.MUNICIPALITY_ENV, None)
        else:
            os.environ[settings.MUNICIPALITY_ENV] = before


def moment_in(week: str, rng: random.Random) -> dt.datetime:
    day = figures.week_day(week, rng.randint(1, 7))
    local = dt.datetime(day.year, day.month, day.day, rng.randint(8, 21), rng.randint(0, 59),
                        tzinfo=figures.TIMEZONE)
    return local.astimezone(dt.timezone.utc)


def answers(rng: random.Random) -> Dict[str, str]:
    out = {}
    for cid in CRITERIA:
        r = rng.random()
        out[cid] = "unknown" if r < UNKNOWN else "inadequate" if r < UNKNOWN + WEAK[cid] else "adequate"
    return out


def conversation(store, week: str, rng: random.Random) -> List[str]:
    """One simulated conversation in `week`; returns its `counted` slot at the end."""
    now = moment_in(week, rng)
    channel = figures.DESK if rng.random() < 0.2 else figures.WEB
    counted: Optional[List[str]] = figures.record_start(store, [], channel=channel, now=now)
    assert counted is not None
    if rng.random() < 0.03:
        kind = rng.choice(sorted(CRISIS))
        counted = figures.record_crisis(store, counted, channel=channel, message=CRISIS[kind], now=now) or counted
    r = rng.random()
    if r < 0.08:                                        # left without a word: idle, forgotten
        return counted
    given = answers(rng)
    if r < 0.25:                                        # stopped at a question
        at = rng.randrange(len(CRITERIA))
        part = {c: given[c] for c in CRITERIA[:at]}
        return figures.record_end(store, counted, channel=channel, started=True, answers=part,
                                  outcome=figures.STOPPED, stage=CRITERIA[at], now=now) or counted
    score = sum(v == "inadequate" for v in given.values())
    r = rng.random()
    if r < 0.08:
        outcome, stage = figures.STOPPED, None          # stopped after the result
    elif r < (0.85 if score >= 3 else 0.4):
        outcome, stage = figures.REFERRAL, None
    else:
        outcome, stage = figures.CONSENT_REFUSED, None
    return figures.record_end(store, counted, channel=channel, started=True, answers=given, outcome=outcome,
                              stage=stage, share_refused=rng.random() < 0.3, now=now) or counted


def seed(store, quarter: str, per_week: int, *, seed: int = 1, name: str = "Gent") -> int:
    """About `per_week` conversations in every week of `quarter`, counted for
    municipality `name`. Returns how many."""
    rng = random.Random(seed)
    total = 0
    with municipality(name):
        for week in figures.weeks_of_quarter(quarter):
            for _ in range(max(0, round(rng.gauss(per_week, per_week / 4)))):
                conversation(store, week, rng)
                total += 1
    return total
