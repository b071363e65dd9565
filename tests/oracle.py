"""The one test oracle of the criterion set: what the tests expect criteria.yml
to define, written down independently of the code that loads it.

Adding a criterion: add it to bot/data/criteria.yml, to domain.yml (slot +
action_ask_<id> + criteria_form), to the NLU data, and here.
"""
from __future__ import annotations

from typing import Dict

#: The criteria, in question order.
CRITERIA = ("income", "employment", "education", "housing", "health", "stimulation")
TOTAL = len(CRITERIA)
THRESHOLD = 3


def answers(default: str = "adequate", **values: str) -> Dict[str, str]:
    """A complete set of answers: `default` for every criterion not given."""
    unknown = set(values) - set(CRITERIA)
    if unknown:
        raise KeyError(f"not a criterion: {', '.join(sorted(unknown))}")
    return {cid: values.get(cid, default) for cid in CRITERIA}
