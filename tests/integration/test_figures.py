"""The anonymous figures with the real servers: three intakes over the REST
webhook (one referral, one refusal, one stop), each counted once, also when
its last message is sent again; then what may be shown of them.

Other tests talk to the same servers and database, so this test looks at what
its own conversations added (the difference before and after).
"""
from __future__ import annotations

import datetime as dt
from typing import Dict

import pytest

from bot import figures
from tests.harness import customs, payload, texts
from tests.oracle import CRITERIA, TOTAL, answers

pytestmark = [pytest.mark.integration, pytest.mark.slow, pytest.mark.model]

ORDER = list(CRITERIA)


def totals(servers) -> Dict[str, int]:
    """metric -> count, over every week and channel, of the servers' municipality."""
    out: Dict[str, int] = {}
    for c in servers.store().figures.read(figures.deployment_municipality()):
        out[f"{c.channel}:{c.metric}"] = out.get(f"{c.channel}:{c.metric}", 0) + c.count
    return out


def added(before: Dict[str, int], after: Dict[str, int]) -> Dict[str, int]:
    return {k: after.get(k, 0) - before.get(k, 0) for k in after if after.get(k, 0) != before.get(k, 0)}


def start(servers, sender):
    servers.say(sender, "hallo")
    reply = servers.say(sender, "/affirm")
    assert customs(reply)[-1]["criterion"] == ORDER[0]


def answer_all(servers, sender, values):
    reply = None
    for value in values:
        reply = servers.say(sender, payload(value))
    return reply


def test_three_intakes_are_counted_once_each(servers):
    before = totals(servers)
    referral = answers(income="inadequate", employment="inadequate", housing="inadequate", health="unknown")
    refusal = answers(education="inadequate")

    # 1. a referral, without sharing the answers
    start(servers, "figures-referral")
    reply = answer_all(servers, "figures-referral", referral.values())
    assert {"score": 3, "unknown": 1, "vulnerable": True} in customs(reply)
    servers.say("figures-referral", "/affirm")
    servers.say("figures-referral", "/give_consent")
    servers.say("figures-referral", "/deny")                      # answers not shared
    for message in ("Lien", "0470 11 22 33", "9000", "na 17 uur"):
        servers.say("figures-referral", message)
    last = "/affirm"
    reply = servers.say("figures-referral", last)
    assert any("reference" in c for c in customs(reply)), texts(reply)
    servers.say("figures-referral", last)                          # sent again

    # 2. no contact wanted
    start(servers, "figures-refusal")
    answer_all(servers, "figures-refusal", refusal.values())
    reply = servers.say("figures-refusal", "/deny")
    assert "niets bewaard" in texts(reply)
    servers.say("figures-refusal", "/deny")                        # sent again

    # 3. a stop at the third question
    start(servers, "figures-stop")
    answer_all(servers, "figures-stop", ["adequate", "inadequate"])
    reply = servers.say("figures-stop", "stop")
    assert {"stopped": True, "ended": True} in customs(reply)
    servers.say("figures-stop", "stop")                            # sent again

    got = added(before, totals(servers))
    expected = {"web:started": 3, "web:completed": 2, "web:referral": 1, "web:share_refused": 1,
                "web:consent_refused": 1, f"web:stopped.{ORDER[2]}": 1, "web:signals.3": 1, "web:signals.1": 1}
    for values in (referral, refusal):
        for cid, value in values.items():
            key = f"web:criterion.{cid}.{value}"
            expected[key] = expected.get(key, 0) + 1
    assert got == expected

    # what may be shown of this week, once it is over: every figure under 5 as "< 5"
    week = figures.week_of()
    monday_after = figures.week_day(week, 7) + dt.timedelta(days=1)
    counts = figures.counts_of(servers.store(), figures.deployment_municipality())
    weeks, _ = figures.quarter_tables(counts, figures.deployment_municipality(), figures.quarter_of(week),
                                      today=monday_after)
    [table] = [t for t in weeks if t.period == week]
    values = figures.week_values(counts, week, figures.layout(per_channel=False))
    assert len(table.figures) == len(values) > 3 * TOTAL
    for metric, figure in table.figures.items():
        if values[metric] < figures.SMALL_LIMIT:
            assert figure.text == "< 5" and figure.number is None
    running, _ = figures.quarter_tables(counts, figures.deployment_municipality(), figures.quarter_of(week))
    assert week not in [t.period for t in running]                 # not while the week runs
