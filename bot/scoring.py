"""Scoring of the six criteria, and judging income from an amount."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from bot.criteria import ADEQUATE, INADEQUATE, UNKNOWN, VALUES, CriteriaSet, criteria


@dataclass(frozen=True)
class Score:
    score: int  # number of inadequate criteria
    unknown: int  # number of unknown criteria
    vulnerable: bool  # score >= threshold
    inadequate_ids: tuple[str, ...]  # in question order
    unknown_ids: tuple[str, ...]
    threshold: int
    criteria_version: str


def score_answers(answers: Mapping[str, str], defs: CriteriaSet | None = None) -> Score:
    """Score a complete set of answers (criterion id -> value).

    Raises ValueError when a criterion is missing, unknown or has a value
    outside inadequate/adequate/unknown.
    """
    defs = defs or criteria()
    extra = set(answers) - set(defs.ids)
    if extra:
        raise ValueError(f"unknown criteria: {', '.join(sorted(extra))}")
    missing = [cid for cid in defs.ids if cid not in answers]
    if missing:
        raise ValueError(f"missing answers for: {', '.join(missing)}")
    bad = {cid: v for cid, v in answers.items() if v not in VALUES}
    if bad:
        raise ValueError(f"invalid values: {bad}")
    weak = tuple(cid for cid in defs.ids if answers[cid] == INADEQUATE)
    unknown = tuple(cid for cid in defs.ids if answers[cid] == UNKNOWN)
    return Score(
        score=len(weak),
        unknown=len(unknown),
        vulnerable=len(weak) >= defs.threshold,
        inadequate_ids=weak,
        unknown_ids=unknown,
        threshold=defs.threshold,
        criteria_version=defs.version,
    )


def income_threshold(on: dt.date, children: int | None = None, defs: CriteriaSet | None = None) -> Decimal:
    """Monthly amount under which the available income is inadequate."""
    defs = defs or criteria()
    base = defs.leefloon.amount_on(on)
    extra_children = max(0, (children or 1) - 1)
    return base + defs.leefloon.per_extra_child * extra_children


def judge_income(
    net_monthly: Decimal,
    *,
    debt_repayments: Decimal = Decimal(0),
    groeipakket: Decimal = Decimal(0),
    on: dt.date | None = None,
    children: int | None = None,
    defs: CriteriaSet | None = None,
) -> str:
    """Judge the income criterion from amounts (euro per month).

    Available income = net household income - debt repayments - Groeipakket
    (if the family counted it in). Below the leefloon in force -> inadequate.
    """
    values = (Decimal(net_monthly), Decimal(debt_repayments), Decimal(groeipakket))
    if any(v < 0 for v in values):
        raise ValueError("amounts cannot be negative")
    available = values[0] - values[1] - values[2]
    limit = income_threshold(on or dt.date.today(), children, defs)
    return INADEQUATE if available < limit else ADEQUATE


__all__ = ["Score", "score_answers", "judge_income", "income_threshold", "ADEQUATE", "INADEQUATE", "UNKNOWN"]
