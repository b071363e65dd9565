"""The anonymous figures (bot/figures.py, bot/storage/figures.py): what is
counted, once per conversation, from the real actions; how it is stored (SQLite
and PostgreSQL), that no row can point to a family; and what may be shown of
it: no figure under 5, and no figure under 5 that can be worked out from the
others (an attacker with every published figure and every relation between
them, solving integer programs), in every output (tables, JSON, CSV, the CLI).
"""
from __future__ import annotations

import copy
import datetime as dt
import itertools
import json
import os
import random
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any, Dict, List, Optional

import numpy as np
import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from scipy.optimize import Bounds, LinearConstraint, milp
from sqlalchemy import inspect, select

import actions.common as common
from actions.criteria import ValidateCriteriaForm
from actions.help import ActionCrisis
from actions.referral import ActionSaveReferral
from actions.session import ActionStartQuestions, ActionStop
from actions.staff import ActionStaffReady
from bot import figures
from bot.criteria import DEFAULT_PATH, load_criteria
from bot.crisis import net
from bot.messages import catalogue, text
from bot.models import FigureCount
from bot.storage.database import InvalidRequest
from tests import figures_sim
from tests.oracle import CRITERIA, TOTAL, answers

ROOT = Path(__file__).resolve().parent.parent
DOMAIN: Dict[str, Any] = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
TODAY = dt.date(2026, 11, 29)                 # a Sunday: week 48 is still running
MONDAY = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.timezone.utc)


def counts_in(store, municipality: str = "") -> Dict[str, int]:
    """metric -> count over every week and channel."""
    out: Dict[str, int] = {}
    for c in store.figures.read(municipality):
        out[c.metric] = out.get(c.metric, 0) + c.count
    return {m: n for m, n in out.items() if n}


# -- weeks and quarters ----------------------------------------------------------------------

def test_the_week_is_the_belgian_calendar_week():
    sunday_late = dt.datetime(2026, 11, 29, 23, 30, tzinfo=dt.timezone.utc)     # Monday 00:30 in Brussels
    assert figures.week_of(sunday_late) == "2026-W49"
    assert figures.week_of(dt.datetime(2026, 11, 29, 22, 30, tzinfo=dt.timezone.utc)) == "2026-W48"
    assert figures.week_of(dt.datetime(2025, 12, 29, 12, tzinfo=dt.timezone.utc)) == "2026-W01"
    with pytest.raises(ValueError):
        figures.week_of(dt.datetime(2026, 1, 1))


def test_every_week_belongs_to_one_quarter_by_its_thursday():
    weeks = [w for q in ("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4") for w in figures.weeks_of_quarter(q)]
    assert weeks == [f"2026-W{n:02d}" for n in range(1, 54)]       # 2026 has 53 ISO weeks
    assert figures.weeks_of_quarter("2026-Q1")[0] == "2026-W01"    # starts on Monday 29 December 2025
    assert figures.quarter_of("2026-W14") == "2026-Q2" and figures.quarter_of("2026-W13") == "2026-Q1"
    assert figures.next_quarter("2026-Q4") == "2027-Q1"
    assert figures.period_days("2026-Q1") == (dt.date(2025, 12, 29), dt.date(2026, 3, 29))
    assert figures.is_over("2026-W47", TODAY) and not figures.is_over("2026-W48", TODAY)
    assert not figures.is_over("2026-Q4", TODAY) and figures.is_over("2026-Q3", TODAY)


# -- what is counted ---------------------------------------------------------------------------

def test_the_cells_come_from_criteria_yml_and_the_crisis_net():
    metrics = figures.counted_metrics()
    assert [m for m in metrics if m.startswith("signals.")] == [f"signals.{n}" for n in range(TOTAL + 1)]
    assert [m for m in metrics if m.startswith("stopped.")] == [f"stopped.{c}" for c in CRITERIA]
    assert {m for m in metrics if m.startswith("crisis.")} == {f"crisis.{k}" for k in (*net().kinds, "general")}
    assert len([m for m in metrics if m.startswith("criterion.")]) == 3 * TOTAL


def test_a_seventh_criterion_needs_no_code(tmp_path):
    raw = yaml.safe_load(DEFAULT_PATH.read_text(encoding="utf-8"))
    extra = copy.deepcopy(raw["criteria"][0])
    extra["id"] = "mobility"
    raw["criteria"].append(extra)
    path = tmp_path / "criteria.yml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    seven = load_criteria(path)
    metrics = figures.counted_metrics(seven)
    assert "signals.7" in metrics and "criterion.mobility.unknown" in metrics and "stopped.mobility" in metrics
    all_weak = {cid: "inadequate" for cid in seven.ids}
    assert figures.end_increments(all_weak, figures.REFERRAL, defs=seven)["signals.7"] == 1
    lay = figures.layout(seven)
    assert ("criterion.mobility.inadequate", 1) in lay.equal[-1] or any(
        ("criterion.mobility.inadequate", 1) in form for form in lay.equal)


def test_the_labels_of_every_kind_exist():
    for kind in figures.crisis_kinds():
        assert text(f"figures.crisis.{kind}")
    assert {k.split(".")[2] for k in catalogue() if k.startswith("figures.crisis.")} == set(figures.crisis_kinds())


def test_what_the_end_of_an_intake_adds():
    weak3 = answers(income="inadequate", employment="inadequate", housing="inadequate", health="unknown")
    assert figures.end_increments(weak3, figures.REFERRAL, share_refused=True) == {
        "completed": 1, "signals.3": 1, "referral": 1, "share_refused": 1,
        **{f"criterion.{c}.{v}": 1 for c, v in weak3.items()}}
    refused = figures.end_increments(answers(), figures.CONSENT_REFUSED)
    assert refused["consent_refused"] == 1 and refused["signals.0"] == 1 and "referral" not in refused
    midway = figures.end_increments({"income": "inadequate"}, figures.STOPPED, stage="employment")
    assert midway == {"stopped.employment": 1}                      # no answers counted: not complete
    after = figures.end_increments(answers(), figures.STOPPED)      # after the result: complete, no referral
    assert after == {"completed": 1, "signals.0": 1, **{f"criterion.{c}.adequate": 1 for c in CRITERIA}}
    # an outcome that needs every answer, without them: a stop at the first open question
    assert figures.end_increments({"income": "adequate"}, figures.REFERRAL) == {"stopped.employment": 1}
    # a stage that does not fit the answers
    assert figures.end_increments({"income": "adequate"}, figures.STOPPED, stage="income") == \
        {"stopped.employment": 1}
    assert figures.end_increments(answers(), figures.STOPPED, stage="housing") == after
    with pytest.raises(ValueError):
        figures.end_increments(answers(), "something")


@pytest.mark.parametrize("requested, given, stage", [
    ("income", {}, "income"),
    ("housing", {c: "adequate" for c in CRITERIA[:3]}, "housing"),
    ("housing", {c: "adequate" for c in CRITERIA if c != "housing"}, "housing"),   # changing an answer
    (None, {c: "adequate" for c in CRITERIA[:2]}, CRITERIA[2]),          # after a crisis: no question asked
    (None, answers(), None),                                              # every question answered
    ("contact_phone", answers(), None),
])
def test_where_a_conversation_stopped(requested, given, stage):
    assert figures.stop_stage(requested, given) == stage


# -- counting once per conversation ------------------------------------------------------------

@pytest.fixture
def fig_store(var_dir, sqlite_url, monkeypatch):
    from bot.store import Store
    monkeypatch.setenv("STAPSTEEN_MUNICIPALITY", "sint-niklaas")
    s = Store(sqlite_url)
    yield s
    s.engine.dispose()


def test_a_crisis_the_detector_decided_alone_is_counted_under_its_kind(fig_store):
    """bot.crisis.help_kinds: the kind of the classifier of the kind (tests/test_detector.py ALONE), not `general`."""
    from tests.test_detector import ALONE

    text, kind, _ = ALONE[0]
    assert figures.record_crisis(fig_store, None, channel="web", message=text) == [figures.CRISIS_MARK + kind]


def test_the_municipality_is_the_deployments_own(fig_store):
    assert figures.deployment_municipality() == "Sint-Niklaas"      # spelled as the official name
    figures.record_start(fig_store, None, channel="web")
    assert fig_store.figures.municipalities() == ["Sint-Niklaas"]


def test_each_marker_counts_once(fig_store):
    marks = figures.record_start(fig_store, None, channel="web", now=MONDAY)
    assert marks == ["start"]
    assert figures.record_start(fig_store, marks, channel="web", now=MONDAY) is None      # retried
    assert figures.record_start(fig_store, [], channel="web", already_started=True) is None
    end = dict(channel="web", answers=answers(), outcome=figures.REFERRAL, now=MONDAY)
    assert figures.record_end(fig_store, marks, started=False, **end) is None             # never started
    marks = figures.record_end(fig_store, marks, started=True, **end)
    assert marks == ["start", "end"]
    assert figures.record_end(fig_store, marks, started=True, **end) is None              # retried
    marks = figures.record_crisis(fig_store, marks, channel="web", message="ik wil niet meer leven")
    assert marks == ["start", "end", "crisis:suicide"]
    assert figures.record_crisis(fig_store, marks, channel="web", message="kwil ni meer leven") is None
    marks = figures.record_crisis(fig_store, marks, channel="web", message="mijn man slaat mij en ik wil dood")
    assert marks is not None and marks[-1] == "crisis:violence"
    got = counts_in(fig_store, "Sint-Niklaas")
    assert (got["started"], got["completed"], got["referral"], got["crisis.suicide"], got["crisis.violence"]) == \
        (1, 1, 1, 1, 1)


def test_counting_never_stops_a_conversation(tmp_path, var_dir):
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the database folder should be")

    def broken():
        from bot.store import Store
        return Store(f"sqlite:///{blocker / 'db' / 'x.db'}")

    assert figures.record_start(broken, [], channel="web") is None
    with pytest.raises(ValueError):
        figures.record_start(broken, [], channel="telefoon")


# -- from the real actions ---------------------------------------------------------------------

@pytest.fixture
def action_db(var_dir, tmp_path, monkeypatch):
    monkeypatch.delenv("STAPSTEEN_MUNICIPALITY", raising=False)
    url = f"sqlite:///{tmp_path / 'actions' / 'db.sqlite'}"
    monkeypatch.setenv("STAPSTEEN_DATABASE_URL", url)
    monkeypatch.setattr(common, "_store", None)
    from bot.store import Store
    reader = Store(url)
    yield reader
    reader.engine.dispose()
    if common._store is not None:
        common._store.engine.dispose()


def tracker(slots: Optional[Dict[str, Any]] = None, text_: str = "", intent: Optional[str] = None,
            form: Optional[str] = None) -> Tracker:
    latest = {"text": text_, "intent": {"name": intent, "confidence": 0.99} if intent else {}, "entities": []}
    all_slots = {name: spec.get("initial_value") for name, spec in DOMAIN["slots"].items()}
    all_slots.update(slots or {})
    events = [{"event": "action", "name": "action_listen"}, {"event": "user", "text": text_, "parse_data": latest}]
    return Tracker("figures-test", all_slots, latest, events, False, None, {"name": form} if form else {},
                   "action_listen")


async def run(action_cls, t: Tracker) -> List[Dict[str, Any]]:
    return await action_cls().run(CollectingDispatcher(), t, DOMAIN)


def counted_event(events) -> Optional[list]:
    found = [e["value"] for e in events if e.get("event") == "slot" and e.get("name") == "counted"]
    return found[-1] if found else None


def test_the_domain_keeps_the_markers_in_the_conversation():
    spec = DOMAIN["slots"]["counted"]
    assert spec["type"] == "list" and spec["influence_conversation"] is False
    assert spec["mappings"] == [{"type": "custom"}]


async def test_a_family_from_start_to_referral(action_db):
    events = await run(ActionStartQuestions, tracker(intent="affirm"))
    assert counted_event(events) == ["start"]
    again = await run(ActionStartQuestions, tracker({"chat_consent": True, "counted": ["start"]}, intent="affirm"))
    assert counted_event(again) is None
    slots = {**answers(income="inadequate", education="inadequate", housing="inadequate"), "mode": "family",
             "chat_consent": True, "counted": ["start"], "referral_consent": "yes", "share_answers": "no",
             "contact_name": "Griet", "contact_phone": "+32470123456", "contact_municipality": "Gent",
             "contact_best_time": "na 17 uur", "contact_confirmed": "yes"}
    events = await run(ActionSaveReferral, tracker(slots))
    assert counted_event(events) == ["start", "end"]
    assert counts_in(action_db) == {"started": 1, "completed": 1, "signals.3": 1, "referral": 1, "share_refused": 1,
                                    **{f"criterion.{c}.{v}": 1 for c, v in answers(
                                        income="inadequate", education="inadequate", housing="inadequate").items()}}
    # a retried message in the same conversation (the markers are there): nothing more
    await run(ActionSaveReferral, tracker({**slots, "counted": ["start", "end"]}))
    assert counts_in(action_db)["referral"] == 1


async def test_no_contact_and_stop_are_counted_once(action_db):
    refused = {**answers(), "chat_consent": True, "counted": ["start"], "referral_consent": "no"}
    assert counted_event(await run(ActionSaveReferral, tracker(refused))) == ["start", "end"]
    stop = {**{c: "adequate" for c in CRITERIA[:2]}, "chat_consent": True, "counted": ["start"],
            "requested_slot": CRITERIA[2]}
    events = await run(ActionStop, tracker(stop, "stop", "stop", form="criteria_form"))
    assert events[-1] == {"event": "slot", "timestamp": None, "name": "counted", "value": ["start", "end"]}
    # the same 'stop' again, after the conversation was forgotten: a new conversation that never started
    assert counted_event(await run(ActionStop, tracker({}, "stop", "stop"))) is None
    assert counts_in(action_db) == {"completed": 1, "signals.0": 1, "consent_refused": 1,
                                    f"stopped.{CRITERIA[2]}": 1,
                                    **{f"criterion.{c}.adequate": 1 for c in CRITERIA}}


async def test_the_desk_counts_on_its_own_channel(action_db):
    from bot.staff import add_staff
    add_staff(action_db, "an.peeters", "OCMW Gent")
    events = await run(ActionStaffReady, tracker({"staff_code": "ok", "staff_id": "an.peeters"}))
    assert counted_event(events) == ["start"]
    assert [(c.channel, c.metric) for c in action_db.figures.read() if c.count] == [("desk", "started")]


async def test_crisis_help_is_counted_per_kind_and_conversation(action_db):
    events = await run(ActionCrisis, tracker({}, "ik wil niet meer leven", "crisis"))
    assert counted_event(events) == ["crisis:suicide"]
    events = await run(ActionCrisis, tracker({"counted": ["crisis:suicide"]}, "ik wil niet meer leven", "crisis"))
    assert counted_event(events) is None
    events = await run(ActionCrisis, tracker({"counted": ["crisis:suicide"]}, "/crisis", "crisis"))
    assert counted_event(events) == ["crisis:suicide", "crisis:general"]
    # inside the questions, where the form validation finds the crisis
    t = tracker({"requested_slot": "housing", "housing": "mijn man slaat mij"}, "mijn man slaat mij",
                "answer_problem", form="criteria_form")
    t.slots_to_validate = lambda: {"housing": "mijn man slaat mij"}
    events = await ValidateCriteriaForm().run(CollectingDispatcher(), t, DOMAIN)
    assert counted_event(events) == ["crisis:violence"]
    assert counts_in(action_db) == {"crisis.suicide": 1, "crisis.general": 1, "crisis.violence": 1}


# -- storage ---------------------------------------------------------------------------------------

def test_every_count_touches_every_cell_of_its_week_and_channel(store):
    metrics = figures.counted_metrics()
    store.figures.add("Gent", "2026-W05", "web", {"started": 1}, metrics)
    rows = store.figures.read("Gent")
    assert sorted(r.metric for r in rows) == sorted(metrics)
    assert {r.metric: r.count for r in rows if r.count} == {"started": 1}
    store.figures.add("Gent", "2026-W05", "web", {"started": 1, "referral": 1}, metrics)
    assert {r.metric: r.count for r in store.figures.read("Gent") if r.count} == {"started": 2, "referral": 1}


def test_concurrent_counts_are_never_lost(store):
    metrics = figures.counted_metrics()
    store.figures.add("Gent", "2026-W05", "web", {}, metrics)

    def work():
        for _ in range(10):
            store.figures.add("Gent", "2026-W05", "web", {"started": 1}, metrics)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert {r.metric: r.count for r in store.figures.read("Gent") if r.count} == {"started": 40}


@pytest.mark.parametrize("week, channel, increments", [
    ("2026-5", "web", {"started": 1}), ("2026-W05", "telefoon", {"started": 1}),
    ("2026-W05", "web", {"naam": 1}), ("2026-W05", "web", {"started": -1})])
def test_the_store_refuses_what_is_not_a_count(store, week, channel, increments):
    with pytest.raises(InvalidRequest):
        store.figures.add("Gent", week, channel, increments, figures.counted_metrics())


def test_no_row_holds_anything_that_identifies_a_family(store, monkeypatch, person):
    """The table has only the cell key and a count: no id, no time finer than
    the week, no free text; the rows are the same whether one family or fifty
    were counted; nothing the family typed or said reaches it."""
    columns = {c["name"] for c in inspect(store.engine).get_columns("figure_count")}
    assert columns == {"municipality", "week", "channel", "metric", "count"}
    assert {c.name for c in FigureCount.__table__.primary_key.columns} == columns - {"count"}
    monkeypatch.setenv("STAPSTEEN_MUNICIPALITY", "Gent")
    rng = random.Random(3)
    figures_sim.conversation(store, "2026-W10", rng)
    keys_one = {(r.municipality, r.week, r.channel, r.metric) for r in store.figures.read()}
    for _ in range(50):
        figures_sim.conversation(store, "2026-W10", rng)
    rows = store.figures.read()
    keys_many = {(r.municipality, r.week, r.channel, r.metric) for r in rows}
    assert keys_many <= keys_one | {(m, w, ch, x) for m, w, _, x in keys_one for ch in ("web", "desk")}
    vocabulary = set(figures.counted_metrics())
    for r in rows:
        assert r.municipality == "Gent" and r.week == "2026-W10" and r.channel in ("web", "desk")
        assert r.metric in vocabulary and isinstance(r.count, int)
    dumped = json.dumps([r.__dict__ for r in rows])
    for value in person.values():
        assert value.lower() not in dumped.lower()
    with store.engine.connect() as conn:
        assert len(conn.execute(select(FigureCount)).all()) == len(rows)


# -- what may be shown ---------------------------------------------------------------------------

class Attacker:
    """Everything published about one quarter, and every relation between the
    figures that holds for any conversations (written down here, apart from
    bot/figures.py). Can it pin a figure shown as "< 5" to one value?"""

    def __init__(self, tables: List[dict]):
        self.index: Dict[tuple, int] = {}
        self.lb: List[float] = []
        self.ub: List[float] = []
        self.rows: List[tuple] = []
        self.small: List[tuple] = []
        weeks = [t for t in tables if t["type"] == "week"]
        quarter = [t for t in tables if t["type"] == "quarter"]
        metrics = {m for t in tables if t["type"] == "week" for m in t["figures"]}
        for t in tables:
            if t.get("withheld"):           # nothing known about it, but its figures still add up to the quarter
                t = {**t, "figures": dict.fromkeys(metrics if t["type"] == "week" else (), "withheld")}
            for metric, value in t["figures"].items():
                key = (t["period"], metric)
                self.index[key] = len(self.lb)
                if isinstance(value, int):
                    self.lb.append(value), self.ub.append(value)
                elif value == "< 5":
                    self.lb.append(0), self.ub.append(4)
                    self.small.append(key)
                elif value == "withheld":
                    self.lb.append(0), self.ub.append(np.inf)
                else:
                    assert value == text("figures.cell.hidden")
                    self.lb.append(5), self.ub.append(np.inf)
        present = {p for p, _ in self.index}
        for period in present:
            self.period(period, {m for p, m in self.index if p == period})
        for q in quarter:
            for metric in q["figures"]:
                if all((w["period"], metric) in self.index for w in weeks):
                    self.equal({(q["period"], metric): -1, **{(w["period"], metric): 1 for w in weeks}})
        self.constraint = None

    def equal(self, coef, high=0.0, low=0.0):
        if all(k in self.index for k in coef):
            self.rows.append((coef, low, high))

    def period(self, p, present):
        def sum_is(total, parts):
            if total in present and all(x in present for x in parts):
                self.equal({(p, total): -1, **{(p, x): 1 for x in parts}})
        for c in CRITERIA:
            sum_is("completed", [f"criterion.{c}.{v}" for v in ("inadequate", "adequate", "unknown")])
        sum_is("completed", [f"signals.{n}" for n in range(TOTAL + 1)])
        sum_is("stopped", [f"stopped.{c}" for c in CRITERIA])
        self.equal({(p, "referral"): 1, (p, "consent_refused"): 1, (p, "completed"): -1}, low=-np.inf)
        for m in ("started", "completed", "referral"):
            sum_is(m, [f"{m}.web", f"{m}.desk"])
        weak = {(p, f"criterion.{c}.inadequate"): 1 for c in CRITERIA}
        self.equal({**weak, **{(p, f"signals.{n}"): -n for n in range(1, TOTAL + 1)}})
        self.equal({(p, "share_refused"): 1, (p, "referral"): -1}, low=-np.inf)
        for size in range(1, TOTAL):          # Gale-Ryser: a 0/1 table families x criteria exists
            for chosen in itertools.combinations(CRITERIA, size):
                self.equal({**{(p, f"criterion.{c}.inadequate"): 1 for c in chosen},
                            **{(p, f"signals.{n}"): -min(n, size) for n in range(1, TOTAL + 1)}}, low=-np.inf)

    def range_of(self, key) -> tuple:
        """The smallest and the largest value the figure can have (two integer programs)."""
        n = len(self.lb)
        if self.constraint is None:
            a = np.zeros((len(self.rows), n))
            for r, (coef, _, _) in enumerate(self.rows):
                for k, c in coef.items():
                    a[r, self.index[k]] += c
            self.constraint = LinearConstraint(a, [r[1] for r in self.rows], [r[2] for r in self.rows])
        out = []
        for sign in (1, -1):
            c = np.zeros(n)
            c[self.index[key]] = sign
            bounds = Bounds(self.lb, [min(u, 10**6) for u in self.ub])
            res = milp(c, integrality=np.ones(n), bounds=bounds, constraints=self.constraint)
            if res.status == 2:     # HiGHS's presolve in scipy 1.10 is sometimes wrong about that
                res = milp(c, integrality=np.ones(n), bounds=bounds, constraints=self.constraint,
                           options={"presolve": False})
            assert res.status == 0, res.message
            out.append(round(res.x[self.index[key]]))
        return tuple(out)


def simulated(per_week: int, seed: int, quarter: str = "2026-Q1", store=None):
    """Counters of one municipality, as `python -m bot figures` reads them."""
    counts: Dict[tuple, int] = {}

    class Memory:          # the storage unit, in memory (the database is tested above)
        def add(self, municipality, week, channel, increments, cells):
            for m, n in increments.items():
                counts[(week, channel, m)] = counts.get((week, channel, m), 0) + n

    class FakeStore:
        figures = Memory()

    figures_sim.seed(store or FakeStore(), quarter, per_week, seed=seed)
    return counts


def published(counts, quarter="2026-Q1", today=dt.date(2026, 6, 1)):
    weeks, whole = figures.quarter_tables(counts, "Gent", quarter, today=today)
    return figures.as_json([*weeks, *([whole] if whole else [])])


def test_the_attacker_breaks_a_table_with_only_small_figures_hidden():
    """Without secondary suppression, 'completed' minus the shown answers gives
    the hidden ones: the attack works, so the next tests mean something."""
    table = {"period": "2026-W05", "type": "week", "figures": {
        "completed": 7, "criterion.income.inadequate": 7, "criterion.income.adequate": "< 5",
        "criterion.income.unknown": "< 5"}}
    attacker = Attacker([table])
    assert attacker.range_of(("2026-W05", "criterion.income.adequate")) == (0, 0)


@pytest.mark.parametrize("per_week, seed", [(2, 1), (6, 2), (15, 3), (40, 4)])
def test_no_small_figure_can_be_worked_out(per_week, seed):
    counts = simulated(per_week, seed)
    tables = published(counts)
    assert len(tables) == 14 and tables[-1]["type"] == "quarter"
    attacker = Attacker(tables)
    rng = random.Random(seed)
    at_risk = attacker.small if len(attacker.small) <= 25 else rng.sample(attacker.small, 25)
    # every small figure of the quarter, and a sample of those of its weeks
    at_risk = sorted(set(at_risk) | {k for k in attacker.small if k[0] == "2026-Q1"})
    truth = {}
    for week in figures.weeks_of_quarter("2026-Q1"):
        truth.update({(week, m): v for m, v in figures.week_values(counts, week, figures.layout()).items()})
    for key in at_risk:
        low, high = attacker.range_of(key)
        if key in truth:
            assert low <= truth[key] <= high                      # the attacker's model is right
        assert low < high, f"{key} can be worked out: {low}"


@pytest.mark.parametrize("seed", range(6))
def test_no_small_figure_of_a_week_can_be_worked_out(seed):
    """Many single weeks, every small figure attacked."""
    rng = random.Random(seed)
    counts = simulated(rng.choice([1, 3, 5, 8, 12, 25]), seed)
    week = figures.weeks_of_quarter("2026-Q1")[rng.randrange(13)]
    tables = [t for t in published(counts, today=dt.date(2026, 3, 15)) if t["period"] == week]
    attacker = Attacker(tables)
    for key in attacker.small:
        low, high = attacker.range_of(key)
        assert low < high, f"{key} can be worked out"


def test_no_figure_under_5_is_ever_shown():
    for per_week, seed in ((2, 1), (6, 2), (15, 3)):           # as above: computed once (bot.figures caches)
        counts = simulated(per_week, seed)
        lay = figures.layout(per_channel=False)
        weeks, whole = figures.quarter_tables(counts, "Gent", "2026-Q1", today=dt.date(2026, 6, 1))
        for t in weeks:
            true = figures.week_values(counts, t.period, lay)
            for m, f in t.figures.items():
                assert (f.number is None) == (f.state != "shown")
                if true[m] < 5:
                    assert f.state == "small" and f.text == "< 5" and f.value == "< 5"
                else:
                    assert f.state in ("shown", "hidden") and (f.number in (None, true[m]))
        assert whole is not None
        for item in figures.as_json([*weeks, whole]):
            assert all(v == "< 5" or v == text("figures.cell.hidden") or (isinstance(v, int) and v >= 5)
                       for v in item["figures"].values())
        for line in figures.as_csv([*weeks, whole]).splitlines()[1:]:
            value = line.rsplit(",", 1)[1]
            assert value in ("< 5", text("figures.cell.hidden")) or int(value) >= 5


def test_weeks_and_quarters_appear_when_they_are_over_and_never_change():
    counts = simulated(2, 1)
    mid, _ = figures.quarter_tables(counts, "Gent", "2026-Q1", today=dt.date(2026, 2, 12))
    assert [t.period for t in mid] == [f"2026-W{n:02d}" for n in range(1, 7)]       # W07 is running
    late, whole = figures.quarter_tables(counts, "Gent", "2026-Q1", today=dt.date(2026, 3, 29))
    assert whole is None and len(late) == 12                                        # Sunday of W13
    after, whole = figures.quarter_tables(counts, "Gent", "2026-Q1", today=dt.date(2026, 3, 30))
    assert whole is not None and len(after) == 13
    assert after[:6] == mid                  # a published week never changes, whatever came after it


# -- the command line ---------------------------------------------------------------------------------

def cli(env: Dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, **env, "PYTHONWARNINGS": "ignore"}, timeout=300)


def test_cli_prints_the_suppressed_figures(store, db_url):
    if not db_url.startswith("sqlite"):
        pytest.skip("the CLI is tested on SQLite")
    figures_sim.seed(store, "2026-Q1", 2, seed=1)
    env = {"STAPSTEEN_DATABASE_URL": db_url}
    out = cli(env, "figures", "--from", "2026-01-01", "--to", "2026-03-31", "--format", "json")
    assert out.returncode == 0, out.stderr
    items = json.loads(out.stdout)
    assert [i["period"] for i in items] == [f"2026-W{n:02d}" for n in range(1, 14)] + ["2026-Q1"]
    assert items[-1]["type"] == "quarter" and items[-1]["from"] == "2025-12-29" and items[-1]["to"] == "2026-03-29"
    values = [v for i in items for v in i["figures"].values()]
    assert "< 5" in values and all(v in ("< 5", text("figures.cell.hidden")) or v >= 5 for v in values)
    assert items == published(simulated(2, 1))                     # the same as the page and the tests
    csv_out = cli(env, "figures", "--from", "2026-01-26", "--to", "2026-02-08", "--format", "csv")
    assert csv_out.returncode == 0
    lines = csv_out.stdout.splitlines()
    assert lines[0] == "municipality,period,type,from,to,metric,value"
    assert {line.split(",")[1] for line in lines[1:]} == {"2026-W05", "2026-W06"}      # weeks only: no whole quarter
    week5 = next(i for i in items if i["period"] == "2026-W05")
    assert [line.split(",", 5)[5] for line in lines[1:] if ",2026-W05," in line] == \
        [f"{m},{v}" for m, v in week5["figures"].items()]
    bad = cli(env, "figures", "--from", "2026-03-31", "--to", "2026-01-01")
    assert bad.returncode != 0 and "before" in bad.stderr


def test_postgresql_cannot_tell_which_cells_one_conversation_changed(store):
    """Every count rewrites every cell of its week and channel in one
    transaction: PostgreSQL's xmin (the transaction that last wrote a row) is
    then the same for all of them."""
    if store.engine.dialect.name != "postgresql":
        pytest.skip("xmin is PostgreSQL's")
    metrics = figures.counted_metrics()
    store.figures.add("Gent", "2026-W05", "web", {"started": 1}, metrics)
    store.figures.add("Gent", "2026-W05", "web", {"referral": 1, "criterion.income.inadequate": 1}, metrics)
    with store.engine.connect() as conn:
        xmins = conn.exec_driver_sql("SELECT DISTINCT xmin::text FROM figure_count").all()
    assert len(xmins) == 1


# -- the "Cijfers" page of the desk ---------------------------------------------------------------

PASSWORD = "een-lang-wachtwoord-123"


@pytest.fixture
def desk(var_dir, sqlite_url, monkeypatch):
    from bot.staff import add_staff, set_password
    from bot.store import Store
    from web.app import create_app
    monkeypatch.delenv("STAPSTEEN_MUNICIPALITY", raising=False)
    store = Store(sqlite_url)
    figures_sim.seed(store, "2026-Q3", 6, seed=11)
    for staff_id, organisation in (("coord", "*"), ("worker", "OCMW Gent")):
        add_staff(store, staff_id, organisation)
        set_password(store, staff_id, PASSWORD)
    app = create_app(store=store, rasa_url="http://127.0.0.1:9")
    app.config.update(TESTING=True)
    yield store, app.test_client()
    store.engine.dispose()


def sign_in(client, staff_id):
    import re
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/desk/login").get_data(as_text=True))
    assert token
    client.post("/desk/login", data={"staff_id": staff_id, "password": PASSWORD, "csrf_token": token.group(1)})


def cells_of(html: str) -> List[str]:
    import html as html_
    import re
    return [html_.unescape(c.strip()) for c in re.findall(r"<td[^>]*>([^<]*)</td>", html)]


def test_the_page_is_for_coordinators_only(desk):
    store, client = desk
    assert client.get("/desk/cijfers").status_code == 302                 # not signed in
    sign_in(client, "worker")
    resp = client.get("/desk/cijfers")
    html = resp.get_data(as_text=True)
    assert resp.status_code == 403 and text("figures.page.not_allowed") in html
    assert "<svg" not in html and 'id="nav-figures"' not in client.get("/desk").get_data(as_text=True)


def test_the_page_draws_accessible_charts_of_suppressed_figures(desk):
    import re
    from web.common import CSP
    store, client = desk
    sign_in(client, "coord")
    resp = client.get("/desk/cijfers?periode=2026-Q3")
    html = resp.get_data(as_text=True)
    assert resp.status_code == 200 and resp.headers["Content-Security-Policy"] == CSP
    assert 'id="nav-figures"' in html and "Gent" in html
    svgs = re.findall(r"<svg[^>]*>.*?</svg>", html, re.S)
    assert len(svgs) == 5 + TOTAL                       # funnel, refusals, signals, stops, help lines + per criterion
    for svg in svgs:
        ids = re.search(r'role="img" aria-labelledby="([^"]+) ([^"]+)"', svg)
        assert ids and f'<title id="{ids.group(1)}">' in svg and f'<desc id="{ids.group(2)}">' in svg
    assert html.count("<table") >= len(svgs) + 2        # a table behind every chart, per channel, per week
    assert all("src=" in tag or 'type="application/json"' in tag for tag in re.findall(r"<script[^>]*>", html))
    assert "style=" not in html
    for cell in cells_of(html):
        assert cell in ("< 5", text("figures.cell.hidden"), text("figures.cell.withheld")) or int(cell) >= 5, cell
    weeks = re.findall(r'<tr><th scope="row">(Week \d+ van 2026)</th>', html)
    assert len(weeks) == 13
    assert ("coord", "view_figures") in [(e.actor, e.action) for e in store.audit_events()]


def test_the_page_shows_a_week_and_says_when_a_period_is_still_running(desk):
    store, client = desk
    sign_in(client, "coord")
    week = client.get("/desk/cijfers?periode=2026-W30").get_data(as_text=True)
    assert text("figures.page.week", number=30, year=2026) in week and "<svg" in week
    running = client.get(f"/desk/cijfers?periode={figures.quarter_of(figures.week_of())}").get_data(as_text=True)
    assert 'id="figures-running"' in running and "<svg" not in running
    for bad in ("nonsense", "2026-W99", "2026-Q5", "1999-Q1", "<script>"):
        resp = client.get(f"/desk/cijfers?periode={bad}")                        # falls back to a quarter
        assert resp.status_code == 200 and 'id="period-heading"' in resp.get_data(as_text=True)
