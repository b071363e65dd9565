"""The criteria as versioned data, loaded from bot/data/criteria.yml.

criteria.yml is the only source of the criterion set, its order and its
count: the questions are asked in file order, "Vraag N van {total}" counts
them, and the Rasa form takes its required slots from here. The file is
validated on load with pydantic: a broken file raises `CriteriaError` with a
message that names the problem.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, Field, conint, root_validator, validator

from bot import settings
from bot.datafile import load_model

DEFAULT_PATH = Path(__file__).parent / "data" / "criteria.yml"

ID_PATTERN = r"^[a-z][a-z_]{1,30}$"  # a criterion id is also a Rasa slot name
INADEQUATE, ADEQUATE, UNKNOWN = "inadequate", "adequate", "unknown"
VALUES = (INADEQUATE, ADEQUATE, UNKNOWN)


class CriteriaError(ValueError):
    """The criteria definition file is missing or invalid."""


class _Strict(BaseModel):
    class Config:
        extra = "forbid"
        allow_mutation = False


class Option(_Strict):
    title: str = Field(..., min_length=1, max_length=80)
    value: str

    @validator("value")
    def _known_value(cls, v: str) -> str:
        if v not in VALUES:
            raise ValueError(f"value must be one of {', '.join(VALUES)}, not {v!r}")
        return v


class Criterion(_Strict):
    id: str = Field(..., regex=ID_PATTERN)
    label: str = Field(..., min_length=1)
    family_question: str = Field(..., min_length=1)
    staff_question: str = Field(..., min_length=1)
    why: str = Field(..., min_length=1)
    explain: str | None = None  # the question in other words, for "wat bedoel je?"
    options: list[Option] = Field(..., min_items=2)
    weak_items: list[str] = Field(..., min_items=1)
    yes_means: str | None = None  # meaning of a plain 'ja' to the family question
    keywords: dict[str, list[str]] = Field(default_factory=dict)  # value -> phrases
    check_back: dict[str, str]  # value -> "Begrijp ik goed dat <...>?"

    @validator("yes_means")
    def _yes_means_value(cls, v: str | None) -> str | None:
        if v is not None and v not in (INADEQUATE, ADEQUATE):
            raise ValueError("yes_means must be inadequate, adequate or null")
        return v

    @validator("keywords", "check_back")
    def _keys_are_values(cls, mapping: dict) -> dict:
        bad = [k for k in mapping if k not in VALUES]
        if bad:
            raise ValueError(f"keys must be values ({', '.join(VALUES)}), not {', '.join(bad)}")
        return mapping

    @validator("check_back")
    def _check_back_complete(cls, mapping: dict[str, str]) -> dict[str, str]:
        missing = [v for v in VALUES if not mapping.get(v)]
        if missing:
            raise ValueError(f"check_back text missing for {', '.join(missing)}")
        return mapping

    @validator("options")
    def _all_values_reachable(cls, options: list[Option]) -> list[Option]:
        present = {o.value for o in options}
        missing = [v for v in VALUES if v not in present]
        if missing:
            raise ValueError(f"no button for value(s) {', '.join(missing)}")
        titles = [o.title for o in options]
        if len(titles) != len(set(titles)):
            raise ValueError("button titles must be unique")
        return options


class LeefloonAmount(_Strict):
    valid_from: dt.date
    category_1: Decimal
    category_2: Decimal
    category_3: Decimal


class Leefloon(_Strict):
    comparator_category: int = Field(3, ge=1, le=3)
    per_extra_child: Decimal = Decimal(0)
    amounts: list[LeefloonAmount] = Field(..., min_items=1)

    @validator("amounts")
    def _sorted_unique(cls, amounts: list[LeefloonAmount]) -> list[LeefloonAmount]:
        dates = [a.valid_from for a in amounts]
        if len(dates) != len(set(dates)):
            raise ValueError("two leefloon rows with the same valid_from date")
        return sorted(amounts, key=lambda a: a.valid_from)

    def amount_on(self, day: dt.date) -> Decimal:
        """The monthly leefloon of the comparator category in force on `day`."""
        in_force = [a for a in self.amounts if a.valid_from <= day]
        if not in_force:
            raise CriteriaError(f"no leefloon amount in force on {day.isoformat()}")
        return getattr(in_force[-1], f"category_{self.comparator_category}")


class CriteriaSet(_Strict):
    version: str = Field(..., min_length=1)
    effective_date: dt.date
    source: str = ""
    threshold: conint(ge=1)  # type: ignore[valid-type]
    staff_options: list[Option]
    criteria: list[Criterion]
    leefloon: Leefloon

    @validator("criteria")
    def _unique_ids(cls, criteria: list[Criterion]) -> list[Criterion]:
        ids = [c.id for c in criteria]
        twice = sorted({i for i in ids if ids.count(i) > 1})
        if twice:
            raise ValueError(f"criterion ids must be unique; twice: {', '.join(twice)}")
        if not ids:
            raise ValueError("at least one criterion is needed")
        return criteria

    @root_validator(skip_on_failure=True)
    def _threshold_fits(cls, values: dict) -> dict:
        count = len(values["criteria"])
        if values["threshold"] > count:
            raise ValueError(f"threshold {values['threshold']} is more than the {count} criteria")
        return values

    @property
    def ids(self) -> list[str]:
        return [c.id for c in self.criteria]

    def get(self, criterion_id: str) -> Criterion:
        for c in self.criteria:
            if c.id == criterion_id:
                return c
        raise KeyError(criterion_id)

    def index_of(self, criterion_id: str) -> int:
        """1-based position of the criterion in the question order."""
        return self.ids.index(criterion_id) + 1

    def labels(self) -> dict[str, str]:
        return {c.id: c.label for c in self.criteria}


def load_criteria(path: Path | None = None) -> CriteriaSet:
    """Load and validate a criteria file. Raises CriteriaError on any problem."""
    path = Path(path) if path else DEFAULT_PATH
    return load_model(path, CriteriaSet, CriteriaError, "criteria file")


@lru_cache(maxsize=1)
def criteria() -> CriteriaSet:
    """The criteria in force (cached): bot/data/criteria.yml, or the file named
    by STAPSTEEN_CRITERIA_FILE (tests, a pilot with a new version)."""
    return load_criteria(settings.criteria_file())
