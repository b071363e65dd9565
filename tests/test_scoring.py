"""Scoring of the six criteria and judging income from amounts.

The expectations are written from shared/domain.md, not read back from the
implementation: six criteria in a fixed order, vulnerable ('kansarm') at 3 or
more weak criteria, unknown answers counted apart and never weak, income weak
below the leefloon category 3 (EUR 1.776,07 since 2025-02-01) after taking off
debt repayments and the Groeipakket.
"""
from __future__ import annotations

import datetime as dt
import itertools
import math
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from bot.criteria import DEFAULT_PATH, CriteriaError, load_criteria
from bot.scoring import judge_income, score_answers

from tests.oracle import CRITERIA, THRESHOLD, TOTAL

# From domain.md, written out by hand.
LEEFLOON_CAT3_2025_02 = Decimal("1776.07")
LEEFLOON_CAT2_2025_02 = Decimal("1314.20")
IN_FORCE = dt.date(2025, 2, 1)


def all_same(value):
    return {cid: value for cid in CRITERIA}


# -- all 3^n combinations ---------------------------------------------------------

def test_threshold_in_the_data_is_three():
    assert load_criteria().threshold == THRESHOLD
    assert yaml.safe_load(DEFAULT_PATH.read_text(encoding="utf-8"))["threshold"] == THRESHOLD


def test_all_combinations():
    version = yaml.safe_load(DEFAULT_PATH.read_text(encoding="utf-8"))["version"]
    combos = list(itertools.product(["inadequate", "adequate", "unknown"], repeat=TOTAL))
    assert len(combos) == 3 ** TOTAL
    seen_vulnerable = 0
    for combo in combos:
        # Build the dict in *reverse* order: the result order must come from
        # the criteria definition, not from the caller's dict.
        answers = {cid: value for cid, value in reversed(list(zip(CRITERIA, combo)))}
        weak, unknown = [], []
        for cid in CRITERIA:
            if answers[cid] == "inadequate":
                weak.append(cid)
            elif answers[cid] == "unknown":
                unknown.append(cid)
        result = score_answers(answers)
        label = dict(zip(CRITERIA, combo))
        assert result.score == len(weak), label
        assert result.unknown == len(unknown), label
        assert result.vulnerable is (len(weak) >= THRESHOLD), label
        assert tuple(result.inadequate_ids) == tuple(weak), label
        assert tuple(result.unknown_ids) == tuple(unknown), label
        assert result.threshold == THRESHOLD, label
        assert result.criteria_version == version, label
        seen_vulnerable += result.vulnerable
    # sum over k >= threshold of C(n, k) * 2^(n-k); for 6 and 3: 160 + 60 + 12 + 1 = 233
    assert seen_vulnerable == sum(math.comb(TOTAL, k) * 2 ** (TOTAL - k) for k in range(THRESHOLD, TOTAL + 1))


@pytest.mark.parametrize("weak_count", range(TOTAL + 1))
def test_boundary_at_the_threshold(weak_count):
    vulnerable = weak_count >= THRESHOLD
    answers = {cid: ("inadequate" if i < weak_count else "adequate") for i, cid in enumerate(CRITERIA)}
    assert score_answers(answers).vulnerable is vulnerable


def test_unknown_never_counts_as_weak():
    answers = all_same("unknown")
    answers["income"] = answers["housing"] = "inadequate"
    result = score_answers(answers)
    assert (result.score, result.unknown, result.vulnerable) == (2, 4, False)
    assert tuple(result.unknown_ids) == ("employment", "education", "health", "stimulation")


def test_threshold_comes_from_the_data(tmp_path):
    raw = yaml.safe_load(DEFAULT_PATH.read_text(encoding="utf-8"))
    raw["threshold"] = 2
    raw["version"] = "test-threshold-2"
    path = tmp_path / "criteria.yml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    defs = load_criteria(path)
    answers = all_same("adequate")
    answers["health"] = answers["stimulation"] = "inadequate"
    result = score_answers(answers, defs)
    assert result.vulnerable is True
    assert result.threshold == 2
    assert result.criteria_version == "test-threshold-2"
    assert score_answers(answers).vulnerable is False   # the real data: 3


# -- invalid input ------------------------------------------------------------------

@pytest.mark.parametrize("missing", CRITERIA)
def test_missing_answer_is_an_error(missing):
    answers = all_same("adequate")
    del answers[missing]
    with pytest.raises(ValueError, match=missing):
        score_answers(answers)


def test_empty_answers_are_an_error():
    with pytest.raises(ValueError):
        score_answers({})


def test_extra_criterion_is_an_error():
    answers = all_same("adequate")
    answers["wealth"] = "inadequate"
    with pytest.raises(ValueError, match="wealth"):
        score_answers(answers)


@pytest.mark.parametrize("bad", ["weak", "", None, "INADEQUATE", "ja", 1, True])
def test_invalid_value_is_an_error(bad):
    answers = all_same("adequate")
    answers["housing"] = bad
    with pytest.raises(ValueError):
        score_answers(answers)


# -- income from amounts ------------------------------------------------------------

def test_leefloon_in_the_data_matches_domain():
    amounts = load_criteria().leefloon.amounts
    row = [a for a in amounts if a.valid_from == IN_FORCE]
    assert row, "no leefloon row valid from 2025-02-01"
    assert row[0].category_3 == LEEFLOON_CAT3_2025_02
    assert load_criteria().leefloon.comparator_category == 3


@pytest.mark.parametrize("net, expected", [
    ("0", "inadequate"),
    ("1000", "inadequate"),
    ("1776.06", "inadequate"),
    ("1776.07", "adequate"),      # equal to the leefloon is not below it
    ("1776.08", "adequate"),
    ("2500", "adequate"),
])
def test_income_against_leefloon_category_3(net, expected):
    assert judge_income(Decimal(net), on=IN_FORCE, children=1) == expected


def test_income_accepts_int_and_string_amounts():
    assert judge_income(1776, on=IN_FORCE) == "inadequate"
    assert judge_income("1777", on=IN_FORCE) == "adequate"


def test_debt_repayments_are_subtracted():
    assert judge_income(Decimal("2000"), on=IN_FORCE) == "adequate"
    assert judge_income(Decimal("2000"), debt_repayments=Decimal("300"), on=IN_FORCE) == "inadequate"
    # 2000 - 223.93 = 1776.07: exactly the leefloon
    assert judge_income(Decimal("2000"), debt_repayments=Decimal("223.93"), on=IN_FORCE) == "adequate"
    assert judge_income(Decimal("2000"), debt_repayments=Decimal("223.94"), on=IN_FORCE) == "inadequate"


def test_groeipakket_is_subtracted():
    assert judge_income(Decimal("1900"), on=IN_FORCE) == "adequate"
    assert judge_income(Decimal("1900"), groeipakket=Decimal("200"), on=IN_FORCE) == "inadequate"


def test_debt_and_groeipakket_together():
    # 2100 - 200 - 150 = 1750 < 1776.07
    assert judge_income(Decimal("2100"), debt_repayments=Decimal("200"), groeipakket=Decimal("150"),
                        on=IN_FORCE) == "inadequate"
    # 2200 - 200 - 150 = 1850
    assert judge_income(Decimal("2200"), debt_repayments=Decimal("200"), groeipakket=Decimal("150"),
                        on=IN_FORCE) == "adequate"


@pytest.mark.parametrize("field", ["net", "debt_repayments", "groeipakket"])
def test_negative_amounts_are_rejected(field):
    kwargs = {"debt_repayments": Decimal(0), "groeipakket": Decimal(0)}
    net = Decimal("1500")
    if field == "net":
        net = Decimal("-1")
    else:
        kwargs[field] = Decimal("-0.01")
    with pytest.raises(ValueError):
        judge_income(net, on=IN_FORCE, **kwargs)


def test_date_before_any_leefloon_row_is_a_criteria_error():
    with pytest.raises(CriteriaError, match="2025-01-31"):
        judge_income(Decimal("1500"), on=dt.date(2025, 1, 31))


def _criteria_file(tmp_path: Path, **leefloon_changes) -> Path:
    raw = yaml.safe_load(DEFAULT_PATH.read_text(encoding="utf-8"))
    raw["leefloon"].update(leefloon_changes)
    path = tmp_path / "criteria.yml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return path


def test_per_extra_child_setting_is_applied(tmp_path):
    defs = load_criteria(_criteria_file(tmp_path, per_extra_child="100"))
    # 3 children: 1776.07 + 2 * 100 = 1976.07
    assert judge_income(Decimal("1976.06"), on=IN_FORCE, children=3, defs=defs) == "inadequate"
    assert judge_income(Decimal("1976.07"), on=IN_FORCE, children=3, defs=defs) == "adequate"
    # one child, or not told: the base amount
    assert judge_income(Decimal("1800"), on=IN_FORCE, children=1, defs=defs) == "adequate"
    assert judge_income(Decimal("1800"), on=IN_FORCE, defs=defs) == "adequate"
    # the real data: no adjustment for children (a setting, 0 today)
    assert judge_income(Decimal("1900"), on=IN_FORCE, children=3) == "adequate"


def test_the_row_in_force_on_the_date_is_used(tmp_path):
    raw_amounts = [  # deliberately out of date order in the file
        {"valid_from": dt.date(2025, 9, 1), "category_1": "900.00",
         "category_2": "1350.00", "category_3": "1820.00"},
        {"valid_from": IN_FORCE, "category_1": "876.13",
         "category_2": "1314.20", "category_3": "1776.07"},
    ]
    defs = load_criteria(_criteria_file(tmp_path, amounts=raw_amounts))
    assert judge_income(Decimal("1800"), on=dt.date(2025, 8, 31), defs=defs) == "adequate"
    assert judge_income(Decimal("1800"), on=dt.date(2025, 9, 1), defs=defs) == "inadequate"
    assert judge_income(Decimal("1820"), on=dt.date(2030, 1, 1), defs=defs) == "adequate"


def test_comparator_category_is_a_setting(tmp_path):
    defs = load_criteria(_criteria_file(tmp_path, comparator_category=2))
    assert judge_income(LEEFLOON_CAT2_2025_02, on=IN_FORCE, defs=defs) == "adequate"
    assert judge_income(LEEFLOON_CAT2_2025_02 - Decimal("0.01"), on=IN_FORCE, defs=defs) == "inadequate"
