"""Anonymous figures for local child-poverty policy: what is counted, and what
may be shown of it (plain Python, no Rasa imports).

**What is counted.** Per (deployment municipality, ISO week, channel web/desk),
these counters and nothing else (`counted_metrics`):

- `started`: the family agreed to the chat and the questions began (the worker
  logged in, at the desk);
- at the end of a conversation (referral saved, no contact wanted, stop):
  `completed` when every question was answered, then `signals.<n>` (how many
  criteria were inadequate, 0..N with N from criteria.yml) and
  `criterion.<id>.<value>` (inadequate / adequate / unknown); `referral` (with
  `share_refused` when the answers were not to be shared) or
  `consent_refused`; or, for a stop before the last answer, `stopped.<id>`
  (the question it stopped at);
- `crisis.<kind>`: help lines shown, per kind of crisis (bot/crisis.py; `general`
  when no kind was named).

The municipality is the deployment's own (`STAPSTEEN_MUNICIPALITY`), never the
family's; the week is the Belgian calendar week. No conversation id, no time
finer than the week, no free text, no row per family (bot/storage/figures.py).

**Once per conversation.** The actions pass the conversation's slot `counted`
(a list of markers: `start`, `end`, `crisis:<kind>`) and set it to what a
`record_*` function returns. A retried message finds its marker and adds
nothing. The markers live in the conversation, so they are forgotten with it
and shared by every server that handles it; nothing that could point back to a
conversation is kept with the figures.

**What may be shown** (`publish`). Only weeks that are over, and quarters that
are over (a running week, watched day by day, would show single families).
Any figure under 5 is shown as "< 5". Totals and parts are linked (`layout`:
completed = inadequate + adequate + unknown per criterion = the histogram;
started = web + desk; a quarter = its weeks; ...), so a small figure could
be worked out from the others: every publication is audited as an attacker
would (integer linear programming over all published figures and all their
relations), and while some small figure has only one possible value another
figure is hidden too ("afgeschermd"; secondary suppression). A week is audited
on its own and never changes; a quarter is audited with its weeks as they
were published, hiding only quarter figures.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import logging
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Generic, TypeVar, Union
from zoneinfo import ZoneInfo

from bot import crisis, settings
from bot.criteria import VALUES, CriteriaSet, criteria
from bot.messages import text
from bot.municipalities import by_name
from bot.scoring import score_answers
from bot.storage.database import StorageError

if TYPE_CHECKING:  # pragma: no cover
    from bot.store import Store

logger = logging.getLogger(__name__)  # never log user text or personal data

#: Figures under this are never shown.
SMALL_LIMIT = 5
TIMEZONE = ZoneInfo("Europe/Brussels")

WEB, DESK = "web", "desk"
CHANNELS = (WEB, DESK)

STARTED, COMPLETED, STOPPED = "started", "completed", "stopped"
REFERRAL, CONSENT_REFUSED, SHARE_REFUSED = "referral", "consent_refused", "share_refused"
OUTCOMES = (REFERRAL, CONSENT_REFUSED, STOPPED)
#: Crisis help without a kind the net names (the classifier alone, or the /crisis button): all lines.
GENERAL_CRISIS = "general"
#: Published per channel as well (the rest for both channels together).
CHANNEL_SPLIT = (STARTED, COMPLETED, REFERRAL)

#: The conversation slot that holds the markers, and the markers.
COUNTED_SLOT = "counted"
START_MARK, END_MARK, CRISIS_MARK = "start", "end", "crisis:"

# Cell states of a publication.
SHOWN, SMALL, HIDDEN, WITHHELD = "shown", "small", "hidden", "withheld"
WEEK, QUARTER = "week", "quarter"


# --- the cells ------------------------------------------------------------------------------
def stages(defs: CriteriaSet | None = None) -> tuple[str, ...]:
    """Where an intake can stop before its last answer: at a question (criterion id, in question order)."""
    return tuple((defs or criteria()).ids)


def crisis_kinds() -> tuple[str, ...]:
    """The kinds of crisis help (bot/crisis.py, most urgent first) and `general`."""
    return (*crisis.net().kinds, GENERAL_CRISIS)


def counted_metrics(defs: CriteriaSet | None = None) -> tuple[str, ...]:
    """Every counter of one week and channel, in a fixed order."""
    defs = defs or criteria()
    return (
        STARTED,
        COMPLETED,
        *(f"{STOPPED}.{s}" for s in stages(defs)),
        *(f"signals.{n}" for n in range(len(defs.ids) + 1)),
        *(f"criterion.{c}.{v}" for c in defs.ids for v in VALUES),
        REFERRAL,
        CONSENT_REFUSED,
        SHARE_REFUSED,
        *(f"crisis.{k}" for k in crisis_kinds()),
    )


# --- weeks and quarters -----------------------------------------------------------------------
def week_of(moment: dt.datetime | None = None) -> str:
    """The ISO week of a moment in Belgian time: '2026-W05'."""
    moment = moment or dt.datetime.now(dt.timezone.utc)
    if moment.tzinfo is None:
        raise ValueError("naive datetime: pass an aware datetime")
    year, week, _ = moment.astimezone(TIMEZONE).isocalendar()
    return f"{year}-W{week:02d}"


def week_day(week: str, day: int) -> dt.date:
    """Day `day` (1 = Monday ... 7 = Sunday) of an ISO week '2026-W05'."""
    try:
        year, number = int(week[:4]), int(week[6:])
        if week[4:6] != "-W" or len(week) != 8:
            raise ValueError
        return dt.date.fromisocalendar(year, number, day)
    except ValueError:
        raise ValueError(f"not an ISO week: {week!r}") from None


def week_of_date(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def quarter_of(week: str) -> str:
    """The quarter a week belongs to: the one of its Thursday (the ISO rule for years)."""
    thursday = week_day(week, 4)
    return f"{thursday.year}-Q{(thursday.month - 1) // 3 + 1}"


def quarter_of_date(day: dt.date) -> str:
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def quarter_start(quarter: str) -> dt.date:
    try:
        year, number = int(quarter[:4]), int(quarter[6:])
        if quarter[4:6] != "-Q" or len(quarter) != 7 or not 1 <= number <= 4:
            raise ValueError
    except ValueError:
        raise ValueError(f"not a quarter: {quarter!r}") from None
    return dt.date(year, 3 * (number - 1) + 1, 1)


def weeks_of_quarter(quarter: str) -> list[str]:
    """The ISO weeks whose Thursday falls in the quarter (13 or 14)."""
    start = quarter_start(quarter)
    thursday = start + dt.timedelta(days=(3 - start.weekday()) % 7)
    weeks = []
    while quarter_of_date(thursday) == quarter:
        weeks.append(week_of_date(thursday))
        thursday += dt.timedelta(days=7)
    return weeks


def next_quarter(quarter: str) -> str:
    start = quarter_start(quarter)
    return quarter_of_date(dt.date(start.year + 1, 1, 1) if start.month == 10 else start.replace(month=start.month + 3))


def period_days(period: str) -> tuple[dt.date, dt.date]:
    """First and last day of a week or a quarter (a quarter: from the Monday of its first week)."""
    if "-W" in period:
        return week_day(period, 1), week_day(period, 7)
    weeks = weeks_of_quarter(period)
    return week_day(weeks[0], 1), week_day(weeks[-1], 7)


def is_over(period: str, today: dt.date) -> bool:
    """True when the last day of the week or quarter is before `today`."""
    return period_days(period)[1] < today


def today_in_belgium() -> dt.date:
    return dt.datetime.now(TIMEZONE).date()


def deployment_municipality() -> str:
    """STAPSTEEN_MUNICIPALITY, spelled as the official name when it is one."""
    raw = settings.municipality()
    known = by_name(raw) if raw else None
    return known.name if known else raw


# --- what one moment adds -------------------------------------------------------------------
def stop_stage(requested_slot: str | None, answers: Mapping[str, Any], defs: CriteriaSet | None = None) -> str | None:
    """The question a conversation stopped at: the one being asked, or the
    first one not answered; None when every question was answered (a stop
    after the result counts as a complete intake without a referral)."""
    defs = defs or criteria()
    missing = [c for c in defs.ids if answers.get(c) not in VALUES]
    if not missing:
        return None
    return requested_slot if requested_slot in missing else missing[0]


def end_increments(
    answers: Mapping[str, Any],
    outcome: str,
    *,
    stage: str | None = None,
    share_refused: bool = False,
    defs: CriteriaSet | None = None,
) -> dict[str, int]:
    """What the end of one conversation adds. `answers` (criterion -> value)
    count only when all are there; an outcome that needs them (a referral, no
    contact wanted) without them counts as a stop at the first open question."""
    defs = defs or criteria()
    if outcome not in OUTCOMES:
        raise ValueError(f"outcome must be one of {OUTCOMES}")
    known = {c: str(answers[c]) for c in defs.ids if answers.get(c) in VALUES}
    complete = len(known) == len(defs.ids)
    out: dict[str, int] = {}
    if complete:
        out[COMPLETED] = 1
        out[f"signals.{score_answers(known, defs).score}"] = 1
        for cid, value in known.items():
            out[f"criterion.{cid}.{value}"] = 1
    if outcome == REFERRAL and complete:
        out[REFERRAL] = 1
        if share_refused:
            out[SHARE_REFUSED] = 1
    elif outcome == CONSENT_REFUSED and complete:
        out[CONSENT_REFUSED] = 1
    elif not complete:
        where = stage if stage in defs.ids and stage not in known else stop_stage(None, known, defs)
        out[f"{STOPPED}.{where}"] = 1
    return out


# --- counting, once per conversation ----------------------------------------------------------
StoreOrFactory = Union["Store", Callable[[], "Store"]]


def _record(
    store: StoreOrFactory,
    counted: Sequence[str] | None,
    marks: Sequence[str],
    channel: str,
    increments: Mapping[str, int],
    now: dt.datetime | None,
) -> list[str] | None:
    """Add `increments` unless every mark is already in `counted`. Returns the
    new value of the slot `counted`, or None when nothing was counted (already
    counted, or the database is down: figures never stop a conversation)."""
    if channel not in CHANNELS:
        raise ValueError(f"channel must be one of {CHANNELS}")
    before = [str(m) for m in (counted or [])]
    new = [m for m in marks if m not in before]
    if not new:
        return None
    try:
        db = store() if callable(store) else store  # a factory: opening the database may fail too
        db.figures.add(deployment_municipality(), week_of(now), channel, increments, counted_metrics())
    except StorageError as exc:
        logger.error("counting the anonymous figures failed: %s", type(exc).__name__)
        return None
    return before + new


def record_start(
    store: StoreOrFactory,
    counted: Sequence[str] | None,
    *,
    channel: str,
    already_started: bool = False,
    now: dt.datetime | None = None,
) -> list[str] | None:
    """The questions begin (the family agreed to the chat; a worker logged in)."""
    if already_started:
        return None
    return _record(store, counted, [START_MARK], channel, {STARTED: 1}, now)


def record_end(
    store: StoreOrFactory,
    counted: Sequence[str] | None,
    *,
    channel: str,
    started: bool,
    answers: Mapping[str, Any],
    outcome: str,
    stage: str | None = None,
    share_refused: bool = False,
    now: dt.datetime | None = None,
) -> list[str] | None:
    """The conversation ends: a referral, no contact wanted, or a stop. Only a
    conversation whose questions began (`started`) is counted."""
    if not started:
        return None
    increments = end_increments(answers, outcome, stage=stage, share_refused=share_refused)
    return _record(store, counted, [END_MARK], channel, increments, now)


def record_crisis(
    store: StoreOrFactory,
    counted: Sequence[str] | None,
    *,
    channel: str,
    message: str,
    now: dt.datetime | None = None,
    confirmed: bool = False,
) -> list[str] | None:
    """Help lines were shown for `message`: one count per kind of crisis and
    conversation (bot/crisis.py names the kinds; none named: `general`)."""
    kinds = crisis.help_kinds(message, confirmed=confirmed) or (GENERAL_CRISIS,)
    before = {str(m) for m in (counted or [])}
    fresh = [k for k in kinds if CRISIS_MARK + k not in before]
    if not fresh:
        return None
    return _record(store, counted, [CRISIS_MARK + k for k in fresh], channel, {f"crisis.{k}": 1 for k in fresh}, now)


# --- the published tables and their relations -------------------------------------------------
#: A linear form over figures: sum of coefficient * figure.
Form = tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class Layout:
    """The figures of one published period, and every linear relation between
    them that holds for any conversations (an attacker may use all of them)."""

    metrics: tuple[str, ...]
    #: forms that are 0
    equal: tuple[Form, ...]
    #: forms that are at most 0
    at_most: tuple[Form, ...]


def _sum_is(total: str, parts: Iterable[str]) -> Form:
    return ((total, -1), *((p, 1) for p in parts))


def layout(defs: CriteriaSet | None = None, *, per_channel: bool = True) -> Layout:
    """The figures of a quarter (`per_channel`: a few also per channel) or of a
    week (without: a week per channel would show too few families).

    Relations: per channel; per criterion and for the histogram (they add up
    to `completed`); the stops; the inadequate answers counted both ways (per
    criterion and in the histogram); `share_refused` <= `referral`;
    `referral` + `consent_refused` <= `completed`; and the Gale-Ryser inequalities, which say
    exactly which combinations of histogram and per-criterion counts some
    families can have: for every set S of criteria, the inadequate answers on
    S are at most the sum over families of min(their signals, |S|)."""
    defs = defs or criteria()
    ids = defs.ids
    counted = counted_metrics(defs)
    split = {m: tuple(f"{m}.{ch}" for ch in CHANNELS) for m in CHANNEL_SPLIT} if per_channel else {}
    stops = tuple(f"{STOPPED}.{s}" for s in stages(defs))
    metrics: list[str] = []
    for m in counted:
        if m == stops[0]:
            metrics.append(STOPPED)
        metrics.append(m)
        metrics.extend(split.get(m, ()))
    signals = [f"signals.{n}" for n in range(len(ids) + 1)]
    inadequate = [f"criterion.{c}.inadequate" for c in ids]
    equal = [_sum_is(m, parts) for m, parts in split.items()]
    equal += [_sum_is(COMPLETED, (f"criterion.{c}.{v}" for v in VALUES)) for c in ids]
    equal.append(_sum_is(COMPLETED, signals))
    equal.append(_sum_is(STOPPED, stops))
    equal.append((*((m, 1) for m in inadequate), *((s, -n) for n, s in enumerate(signals) if n)))
    at_most: list[Form] = [((SHARE_REFUSED, 1), (REFERRAL, -1)), ((REFERRAL, 1), (CONSENT_REFUSED, 1), (COMPLETED, -1))]
    for size in range(1, len(ids)):
        for chosen in itertools.combinations(inadequate, size):
            at_most.append((*((m, 1) for m in chosen), *((s, -min(n, size)) for n, s in enumerate(signals) if n)))
    return Layout(tuple(metrics), tuple(equal), tuple(at_most))


CountKey = tuple[str, str, str]  # (week, channel, metric)


def week_values(counts: Mapping[CountKey, int], week: str, lay: Layout) -> dict[str, int]:
    """The published figures of one week, from its counters."""
    values: dict[str, int] = {}
    for m in lay.metrics:
        if m == STOPPED:
            continue
        metric, _, channel = m.rpartition(".")
        if metric in CHANNEL_SPLIT and channel in CHANNELS:
            values[m] = counts.get((week, channel, metric), 0)
        else:
            values[m] = sum(counts.get((week, ch, m), 0) for ch in CHANNELS)
    stops = [m for m in lay.metrics if m.startswith(STOPPED + ".")]
    values[STOPPED] = sum(values[m] for m in stops)
    return {m: values[m] for m in lay.metrics}


PeriodForm = tuple[tuple[tuple[str, str], int], ...]


def in_period(
    period: str, forms: Iterable[Form], values: Mapping[tuple[str, str], int], equal: bool
) -> list[PeriodForm]:
    """The forms of a layout over the figures of one period, those that hold
    for its figures (one that does not, e.g. in a week when criteria.yml
    changed, tells an attacker nothing)."""
    out = []
    for form in forms:
        total = sum(c * values[(period, m)] for m, c in form)
        if total == 0 or (not equal and total < 0):
            out.append(tuple(((period, m), c) for m, c in form))
    return out


# --- the audit: can a small figure be worked out? ----------------------------------------------
K = TypeVar("K", bound=Hashable)
BIG = 10**6  # no upper bound an attacker knows for a hidden figure
AUDIT_SECONDS = 30  # per program; one not solved in time counts as unsafe (more is hidden)
TRY_CANDIDATES = 4  # figures tried one by one before hiding the smallest anyway


def _bounds(state: str) -> tuple[int, int]:
    return {SMALL: (0, SMALL_LIMIT - 1), HIDDEN: (SMALL_LIMIT, BIG), WITHHELD: (0, BIG)}[state]


class _System(Generic[K]):
    """What an attacker knows, as integer bounds on the figures not shown:
    rows of relations (matrix `a`, bounds `lo` <= a x <= `hi`) and bounds per
    figure (`lb`, `ub`), with the true values `x0` (always a solution).
    `extra`: shown figures to treat as unknown too (with the bounds of a
    hidden figure), for `release`."""

    def __init__(
        self,
        values: Mapping[K, int],
        states: Mapping[K, str],
        equal: Iterable[Sequence[tuple[K, int]]],
        at_most: Iterable[Sequence[tuple[K, int]]],
        extra: Iterable[K] = (),
    ) -> None:
        import numpy as np
        from scipy.sparse import coo_matrix

        unknown = {k for k, s in states.items() if s != SHOWN} | set(extra)
        index: dict[K, int] = {}
        rr: list[int] = []
        cc: list[int] = []
        vv: list[float] = []
        lo: list[float] = []
        hi: list[float] = []
        for forms, is_equal in ((equal, True), (at_most, False)):
            for form in forms:
                const = 0
                terms: dict[int, int] = {}
                for key, c in form:
                    if key in unknown:
                        i = index.setdefault(key, len(index))
                        terms[i] = terms.get(i, 0) + c
                    else:
                        const += c * values[key]
                terms = {i: c for i, c in terms.items() if c}
                if not terms:
                    continue
                row = len(lo)
                for i, c in terms.items():
                    rr.append(row)
                    cc.append(i)
                    vv.append(float(c))
                lo.append(-const if is_equal else -np.inf)
                hi.append(-const)
        self.keys: list[K] = list(index)
        self.index = index
        n = len(self.keys)
        self.a = coo_matrix((vv, (rr, cc)), shape=(len(lo), n)).tocsr()
        self.lo, self.hi = np.array(lo, dtype=float), np.array(hi, dtype=float)
        bounds = [_bounds(states[k]) if states[k] != SHOWN else (SMALL_LIMIT, BIG) for k in self.keys]
        self.lb = np.array([b[0] for b in bounds], dtype=float)
        self.ub = np.array([b[1] for b in bounds], dtype=float)
        self.x0 = np.array([values[k] for k in self.keys], dtype=float)
        y = self.a @ self.x0
        if not (np.all(y >= self.lo - 1e-9) and np.all(y <= self.hi + 1e-9)):
            raise ValueError("the figures do not satisfy their own relations")

    def components(self) -> list[tuple[Any, Any]]:
        """(rows, columns) of the independent parts of the system."""
        import numpy as np
        from scipy.sparse import coo_matrix
        from scipy.sparse.csgraph import connected_components

        m, n = self.a.shape
        coo = self.a.tocoo()
        graph = coo_matrix((np.ones(len(coo.row)), (coo.row, m + coo.col)), shape=(m + n, m + n))
        _, labels = connected_components(graph, directed=False)
        out = []
        for label in np.unique(labels[m:]):
            cols = np.flatnonzero(labels[m:] == label)
            rows = np.flatnonzero(labels[:m] == label)
            out.append((rows, cols))
        return out


def _solve(c: Any, integrality: Any, bounds: Any, constraint: Any, options: dict[str, Any]) -> Any:
    from scipy.optimize import milp

    res = milp(c, integrality=integrality, bounds=bounds, constraints=constraint, options=dict(options))
    if res.status == 2:  # the problems here always have a solution: HiGHS's presolve (scipy 1.10) was wrong
        res = milp(
            c, integrality=integrality, bounds=bounds, constraints=constraint, options={**options, "presolve": False}
        )
    return res


def release(
    values: Mapping[K, int],
    states: Mapping[K, str],
    equal: Sequence[Sequence[tuple[K, int]]],
    at_most: Sequence[Sequence[tuple[K, int]]],
    at_risk: K,
    candidates: Sequence[K],
    cost: Mapping[K, float] | None = None,
) -> list[K] | None:
    """The cheapest set of the shown `candidates` to hide so that `at_risk`
    gets a second possible value (one integer program per direction), or None
    when no choice of them is enough. `cost`: of hiding each (default 1; the
    smaller figure wins a tie)."""
    import numpy as np
    from scipy.optimize import Bounds, LinearConstraint
    from scipy.sparse import coo_matrix, hstack, vstack

    free = [k for k in candidates if states[k] == SHOWN]
    system = _System(values, states, equal, at_most, extra=free)
    if at_risk not in system.index:
        return None
    free = [k for k in free if k in system.index]
    n, m = len(system.keys), len(free)
    big = 2 * max([SMALL_LIMIT, *values.values()])
    # a figure not chosen keeps its value: -big * h <= x - value <= big * h
    link_r, link_c, link_v = [], [], []
    for j, k in enumerate(free):
        link_r += [j, j, m + j, m + j]
        link_c += [system.index[k], n + j, system.index[k], n + j]
        link_v += [1.0, -big, 1.0, big]
    base = hstack([system.a, coo_matrix((system.a.shape[0], m))])
    link = coo_matrix((link_v, (link_r, link_c)), shape=(2 * m, n + m))
    value = np.array([values[k] for k in free], dtype=float)
    lo = np.concatenate([system.lo, np.full(m, -np.inf), value])
    hi = np.concatenate([system.hi, value, np.full(m, np.inf)])
    constraint = LinearConstraint(vstack([base, link]).tocsr(), lo, hi)
    top = max(values[k] for k in free) if free else 1
    price = np.concatenate([np.zeros(n), [(cost or {}).get(k, 1.0) + values[k] / (10 * top) for k in free]])
    best: list[K] | None = None
    p, x0 = system.index[at_risk], values[at_risk]
    for low, high in ((x0 + 1, system.ub[p]), (system.lb[p], x0 - 1)):
        if low > high:
            continue
        lower, upper = np.concatenate([system.lb, np.zeros(m)]), np.concatenate([system.ub, np.ones(m)])
        lower[p], upper[p] = low, high
        res = _solve(price, np.ones(n + m), Bounds(lower, upper), constraint, {"time_limit": AUDIT_SECONDS})
        if res.x is None:
            continue
        chosen = [k for j, k in enumerate(free) if res.x[n + j] > 0.5]
        if best is None or len(chosen) < len(best):
            best = chosen
    return best


def determined(
    values: Mapping[K, int],
    states: Mapping[K, str],
    equal: Iterable[Sequence[tuple[K, int]]],
    at_most: Iterable[Sequence[tuple[K, int]]] = (),
    only: Iterable[K] | None = None,
) -> set[K]:
    """The figures under 5 (or those of `only`) that are not shown but have only one possible value,
    given every shown figure, what the others are known to be (< 5: 0-4;
    hidden: 5 or more; withheld: anything) and every relation (forms that are
    0, forms that are at most 0). Exact: integer linear programming (scipy's
    HiGHS). A figure is proven safe by a second solution of the whole system
    in which it has another value."""
    system = _System(values, states, equal, at_most)
    targets = {i for k, i in system.index.items() if values[k] < SMALL_LIMIT}
    if only is not None:
        targets &= {system.index[k] for k in only if k in system.index}
    found: set[K] = set()
    for rows, cols in system.components():
        todo = [j for j, i in enumerate(cols) if i in targets]
        if todo:
            found |= {system.keys[cols[j]] for j in _single_valued(system, rows, cols, todo)}
    return found


def _single_valued(system: _System, rows: Any, cols: Any, targets: list[int]) -> list[int]:
    """The targets (positions in `cols`) with one possible value in this part
    of the system. Each round solves one program: a solution that gives as many
    open targets as possible another value (a binary per target and direction);
    those are safe. A round that moves none, solved to optimality, proves the
    rest single-valued."""
    import numpy as np
    from scipy.optimize import Bounds, LinearConstraint
    from scipy.sparse import coo_matrix, hstack, vstack

    a = system.a[rows][:, cols]
    lo, hi = system.lo[rows], system.hi[rows]
    lb, ub, x0 = system.lb[cols], system.ub[cols], system.x0[cols]
    n = len(cols)
    todo = sorted(targets)
    single: list[int] = []
    while todo:
        ups = [i for i in todo if x0[i] < ub[i]]
        downs = [i for i in todo if x0[i] > lb[i]]
        m = len(ups) + len(downs)
        # x_i - (x0_i + 1) u_i >= 0 ; x_i + (ub_i - x0_i + 1) d_i <= ub_i ; u_i + d_i <= 1
        extra_r, extra_c, extra_v, extra_lo, extra_hi = [], [], [], [], []
        for j, i in enumerate(ups):
            extra_r += [j, j]
            extra_c += [i, n + j]
            extra_v += [1.0, -(x0[i] + 1)]
            extra_lo.append(0.0)
            extra_hi.append(np.inf)
        for j, i in enumerate(downs):
            row = len(ups) + j
            extra_r += [row, row]
            extra_c += [i, n + len(ups) + j]
            extra_v += [1.0, ub[i] - x0[i] + 1]
            extra_lo.append(-np.inf)
            extra_hi.append(ub[i])
        pair = {i: [n + j] for j, i in enumerate(ups)}
        for j, i in enumerate(downs):
            pair.setdefault(i, []).append(n + len(ups) + j)
        both = [cols_ for cols_ in pair.values() if len(cols_) == 2]
        for j, cols_ in enumerate(both):
            row = m + j
            extra_r += [row, row]
            extra_c += cols_
            extra_v += [1.0, 1.0]
            extra_lo.append(-np.inf)
            extra_hi.append(1.0)
        moves = coo_matrix((extra_v, (extra_r, extra_c)), shape=(m + len(both), n + m))
        matrix = vstack([hstack([a, coo_matrix((a.shape[0], m))]), moves]).tocsr()
        constraint = LinearConstraint(matrix, np.concatenate([lo, extra_lo]), np.concatenate([hi, extra_hi]))
        bounds = Bounds(np.concatenate([lb, np.zeros(m)]), np.concatenate([ub, np.ones(m)]))
        c = np.concatenate([np.zeros(n), -np.ones(m)])
        options = {"time_limit": AUDIT_SECONDS, "mip_rel_gap": 0.5}  # any solution moving targets will do
        res = _solve(c, np.ones(n + m), bounds, constraint, options)
        moved = set()
        if res.x is not None:
            x = np.round(res.x[:n])
            moved = {i for i in todo if x[i] != x0[i]}
        if not moved:
            if res.status != 0:  # not proven: be safe
                logger.warning("the audit of the figures did not finish (%s); hiding more", res.message)
            single += todo
            break
        todo = [i for i in todo if i not in moved]
    return single


def protect(
    values: Mapping[K, int],
    equal: Sequence[Sequence[tuple[K, int]]],
    at_most: Sequence[Sequence[tuple[K, int]]],
    movable: Sequence[K],
    fixed: Mapping[K, str] | None = None,
) -> dict[K, str] | None:
    """States for the `movable` figures: under 5 -> small; the rest shown, unless
    it must be hidden so that no small figure (movable or `fixed`) has only one
    possible value. None when even hiding every movable figure is not enough.

    Which figure to hide: one that shares a relation with the figure at risk
    (else the nearest through relations of figures not shown), the smallest
    first. Then the audit runs again."""
    states: dict[K, str] = dict(fixed or {})
    for k in movable:
        states[k] = SMALL if values[k] < SMALL_LIMIT else SHOWN
    allowed = set(movable)
    order = {k: i for i, k in enumerate(movable)}
    around: dict[K, set[K]] = defaultdict(set)
    for form in (*equal, *at_most):
        group = {k for k, _ in form}
        for k in group:
            around[k] |= group
    # Hiding a figure that is in many sums (a total like `completed`) costs more:
    # each of those sums then needs another hidden figure, here or in the quarter.
    sums: dict[K, int] = defaultdict(int)
    for form in equal:
        for k, _ in form:
            sums[k] += 1
    cost = {k: 1.0 + 0.5 * max(0, sums[k] - 2) for k in movable}

    def candidates(start: K) -> list[K]:
        """Shown figures that could be hidden for `start`: those in a relation
        with it, else the nearest through relations of figures not shown; the
        smallest first (but not exactly 5: hidden means 5 or more, so a 5
        hidden gives no room below it)."""
        seen, frontier = {start}, {start}
        while frontier:
            ring = set().union(*(around[k] for k in frontier)) - seen
            shown = [k for k in ring if k in allowed and states[k] == SHOWN]
            if shown:
                return sorted(shown, key=lambda k: (values[k] == SMALL_LIMIT, cost[k], values[k], order[k]))
            seen |= ring
            frontier = {k for k in ring if states.get(k) != SHOWN}
        return []

    def hide_for(at_risk: K) -> bool:
        """Hide the first nearby figure that makes `at_risk` safe on its own,
        else the fewest figures that do it together (`release`)."""
        for k in candidates(at_risk)[:TRY_CANDIDATES]:
            states[k] = HIDDEN
            if not determined(values, states, equal, at_most, only=[at_risk]):
                return True
            states[k] = SHOWN
        chosen = release(values, states, equal, at_most, at_risk, [k for k in movable if states[k] == SHOWN], cost)
        for k in chosen or []:
            states[k] = HIDDEN
        return bool(chosen)

    single: set[K] | None = None
    while True:
        # Hiding one more figure never makes a figure that was safe unsafe (the
        # solution that proved it safe still fits), so only the others are audited again.
        single = determined(values, states, equal, at_most, only=single)
        if not single:
            return {k: states[k] for k in movable}
        progress = False
        for n, at_risk in enumerate(sorted(single, key=repr)):
            # the first is at risk; a later one may have been made safe by this round already
            if n == 0 or determined(values, states, equal, at_most, only=[at_risk]):
                progress = hide_for(at_risk) or progress
        if not progress:
            return None


# --- publication ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Figure:
    """One published figure: the number, or why it is not shown."""

    number: int | None
    state: str  # shown | small | hidden

    @property
    def text(self) -> str:
        if self.state == SHOWN:
            return str(self.number)
        return text(f"figures.cell.{self.state}")

    @property
    def value(self) -> int | str:
        """For CSV and JSON: the number, or "< 5" / the hidden mark."""
        return self.number if self.number is not None else self.text


@dataclass(frozen=True)
class Table:
    """The published figures of one week or quarter of one municipality."""

    municipality: str
    period: str
    kind: str  # week | quarter
    withheld: bool = False
    figures: Mapping[str, Figure] = field(default_factory=dict)

    @property
    def days(self) -> tuple[dt.date, dt.date]:
        return period_days(self.period)

    def __getitem__(self, metric: str) -> Figure:
        return self.figures[metric]


def _tables(
    municipality: str, periods: Sequence[str], kind: str, states: Mapping[tuple[str, str], str] | None, values: Any
) -> list[Table]:
    out = []
    for period in periods:
        if states is None:
            out.append(Table(municipality, period, kind, withheld=True))
            continue
        figures = {m: Figure(values[(p, m)] if s == SHOWN else None, s) for (p, m), s in states.items() if p == period}
        out.append(Table(municipality, period, kind, figures=figures))
    return out


@lru_cache(maxsize=64)
def _quarter(
    municipality: str,
    quarter: str,
    closed: tuple[str, ...],
    quarter_over: bool,
    counts: tuple[tuple[CountKey, int], ...],
    week_lay: Layout,
    quarter_lay: Layout,
) -> tuple[tuple[Table, ...], Table | None]:
    """The published weeks (those in `closed`) of a quarter, and the quarter when it is over."""
    data = dict(counts)
    values: dict[tuple[str, str], int] = {}
    equal: list[PeriodForm] = []
    at_most: list[PeriodForm] = []
    fixed: dict[tuple[str, str], str] = {}
    weeks: list[Table] = []
    for week in closed:
        for m, v in week_values(data, week, week_lay).items():
            values[(week, m)] = v
        week_equal = in_period(week, week_lay.equal, values, equal=True)
        week_at_most = in_period(week, week_lay.at_most, values, equal=False)
        keys = [(week, m) for m in week_lay.metrics]
        states = protect(values, week_equal, week_at_most, keys)
        if states is None:  # not seen in the tests: then nothing of the week is shown
            logger.warning("a week of figures could not be protected and is withheld")
        fixed.update(states or dict.fromkeys(keys, WITHHELD))
        equal += week_equal
        at_most += week_at_most
        weeks.extend(_tables(municipality, [week], WEEK, states, values))
    if not quarter_over:
        return tuple(weeks), None
    keys = [(quarter, m) for m in quarter_lay.metrics]
    for m in quarter_lay.metrics:
        values[(quarter, m)] = 0
    for week in closed:
        for m, v in week_values(data, week, quarter_lay).items():
            values[(quarter, m)] += v
    equal += in_period(quarter, quarter_lay.equal, values, equal=True)
    equal += [(((quarter, m), -1), *(((w, m), 1) for w in closed)) for m in week_lay.metrics]
    at_most += in_period(quarter, quarter_lay.at_most, values, equal=False)
    states_q = protect(values, equal, at_most, keys, fixed)
    if states_q is None:
        logger.warning("the figures of a quarter could not be protected and are withheld")
    return tuple(weeks), _tables(municipality, [quarter], QUARTER, states_q, values)[0]


def quarter_tables(
    counts: Mapping[CountKey, int],
    municipality: str,
    quarter: str,
    *,
    today: dt.date | None = None,
    defs: CriteriaSet | None = None,
    with_quarter: bool = True,
) -> tuple[list[Table], Table | None]:
    """The weeks of `quarter` that are over, and the quarter itself once it is
    over (and asked for: the weeks are the same without it), as published for
    one municipality (`counts`: its counters)."""
    today = today or today_in_belgium()
    weeks = weeks_of_quarter(quarter)
    closed = tuple(w for w in weeks if is_over(w, today))
    relevant = tuple(sorted((k, v) for k, v in counts.items() if k[0] in closed and v))
    published, whole = _quarter(
        municipality,
        quarter,
        closed,
        with_quarter and closed == tuple(weeks),
        relevant,
        layout(defs, per_channel=False),
        layout(defs),
    )
    return list(published), whole


def counts_of(store: Store, municipality: str) -> dict[CountKey, int]:
    return {(c.week, c.channel, c.metric): c.count for c in store.figures.read(municipality)}


def municipalities(store: Store) -> list[str]:
    """The municipalities with figures; the deployment's own first."""
    own = deployment_municipality()
    found = set(store.figures.municipalities())
    return [own, *sorted(found - {own})] if own in found or not found else sorted(found)


def publish(
    store: Store,
    date_from: dt.date,
    date_to: dt.date,
    *,
    municipality: str | None = None,
    today: dt.date | None = None,
    defs: CriteriaSet | None = None,
) -> list[Table]:
    """What may be shown of [date_from, date_to]: every week that is over whose
    Thursday falls in it, and every quarter that is over and lies in it whole,
    per municipality (all with figures, or one)."""
    if date_to < date_from:
        raise ValueError("--to is before --from")
    today = today or today_in_belgium()
    out: list[Table] = []
    for name in [municipality] if municipality is not None else municipalities(store):
        counts = counts_of(store, name)
        quarter = quarter_of(week_of_date(date_from))
        last = quarter_of(week_of_date(date_to))
        while True:
            inside = date_from <= week_day(weeks_of_quarter(quarter)[0], 4)
            inside = inside and week_day(weeks_of_quarter(quarter)[-1], 4) <= date_to
            weeks, whole = quarter_tables(counts, name, quarter, today=today, defs=defs, with_quarter=inside)
            out += [t for t in weeks if date_from <= week_day(t.period, 4) <= date_to]
            if whole is not None:
                out.append(whole)
            if quarter == last:
                break
            quarter = next_quarter(quarter)
    return out


# --- output for the local child-poverty platform ------------------------------------------------
def as_json(tables: Iterable[Table]) -> list[dict[str, Any]]:
    """One object per published week or quarter; figures under 5 as "< 5"."""
    out = []
    for t in tables:
        first, last = t.days
        item: dict[str, Any] = {
            "municipality": t.municipality,
            "period": t.period,
            "type": t.kind,
            "from": first.isoformat(),
            "to": last.isoformat(),
            "withheld": t.withheld,
            "figures": {m: f.value for m, f in t.figures.items()},
        }
        out.append(item)
    return out


CSV_FIELDS = ("municipality", "period", "type", "from", "to", "metric", "value")


def as_csv(tables: Iterable[Table]) -> str:
    """One line per figure (a withheld period: one line with an empty metric)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_FIELDS)
    for item in as_json(tables):
        head = [item["municipality"], item["period"], item["type"], item["from"], item["to"]]
        if item["withheld"]:
            writer.writerow([*head, "", text("figures.cell.withheld")])
        for metric, value in item["figures"].items():
            writer.writerow([*head, metric, value])
    return buffer.getvalue()
