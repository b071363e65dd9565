"""Map a free-text (or button) answer to a criterion value.

Used by the Rasa form validation, but plain Python: the NLU result (intent,
confidence, entities) comes in as arguments. Order of evidence:
  1. an exact button title (family or staff buttons);
  2. an amount of money, for income (leefloon rule from bot.scoring);
  3. domain keywords from criteria.yml (negated keywords -> check back);
  4. the NLU intent (answer_problem / answer_fine / refuse_answer), with a
     check back when the classifier is not confident;
  5. a plain yes/no, when the question has a clear polarity.
Nothing matched -> value None: ask again, never guess.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from bot.criteria import ADEQUATE, INADEQUATE, UNKNOWN, VALUES, CriteriaSet, criteria
from bot.normalise import contains_phrase, fold
from bot.scoring import judge_income

CONFIDENT = 0.80  # intent confidence needed to accept without checking back
PLAUSIBLE = 0.40  # below this an intent is ignored
NEGATIONS = ("geen", "niet", "nie", "ni", "nooit", "zonder", "niemand", "niks", "niets")

INTENT_VALUES = {"answer_problem": INADEQUATE, "answer_fine": ADEQUATE, "refuse_answer": UNKNOWN}
STAFF_WORDS = {
    "ontoereikend": INADEQUATE,
    "toereikend": ADEQUATE,
    "onbekend": UNKNOWN,
    "onvoldoende": INADEQUATE,
    "voldoende": ADEQUATE,
}
UNKNOWN_PHRASES = ("zeg ik liever niet", "liever niet", "weet ik niet", "weet het niet", "geen idee", "pas", "onbekend")


@dataclass(frozen=True)
class Interpretation:
    value: str | None  # inadequate | adequate | unknown | None (not understood)
    certain: bool  # False: check back before accepting
    reason: str  # button | amount | keyword | intent | yes_no | none
    amount: Decimal | None = None


NOT_UNDERSTOOD = Interpretation(None, False, "none")


def interpret_answer(
    criterion_id: str,
    text: str,
    *,
    intent: str | None = None,
    confidence: float = 0.0,
    entities: Iterable[Mapping] = (),
    today: dt.date | None = None,
    defs: CriteriaSet | None = None,
) -> Interpretation:
    defs = defs or criteria()
    crit = defs.get(criterion_id)
    folded = fold(text)
    if not folded:
        return NOT_UNDERSTOOD

    # 1. button titles (what a tap sends when the chat sends titles) and staff words
    for option in list(crit.options) + list(defs.staff_options):
        if folded == fold(option.title):
            return Interpretation(option.value, True, "button")
    if folded in STAFF_WORDS:
        return Interpretation(STAFF_WORDS[folded], True, "button")

    # 2. an amount, for income
    if criterion_id == "income":
        amount = _amount(text, entities)
        if amount is not None:
            return Interpretation(judge_income(amount, on=today, defs=defs), True, "amount", amount)

    # 3. domain keywords
    hits: dict[str, list[bool]] = {}
    for value, phrases in crit.keywords.items():
        for phrase in phrases:
            pos = contains_phrase(folded, phrase)
            if pos >= 0:
                negated = _negated(folded, pos) and fold(phrase).split()[0] not in NEGATIONS
                hits.setdefault(value, []).append(negated)
    if any(contains_phrase(folded, p) >= 0 for p in UNKNOWN_PHRASES) and intent in (
        None,
        "refuse_answer",
        "nlu_fallback",
        "deny",
    ):
        hits.setdefault(UNKNOWN, []).append(False)
    clean_hits = {v for v, negs in hits.items() if not all(negs)}
    if len(clean_hits) == 1:
        value = clean_hits.pop()
        negated_somewhere = any(hits[value])
        return Interpretation(value, not negated_somewhere, "keyword")

    # 4. the NLU intent
    if intent in INTENT_VALUES and confidence >= PLAUSIBLE:
        value = INTENT_VALUES[intent]
        # keywords pointing elsewhere make the intent doubtful
        certain = confidence >= CONFIDENT and (not clean_hits or clean_hits == {value})
        return Interpretation(value, certain, "intent")

    # 5. yes / no, when the question has a polarity
    if intent in ("affirm", "deny") and confidence >= PLAUSIBLE and crit.yes_means:
        other = ADEQUATE if crit.yes_means == INADEQUATE else INADEQUATE
        return Interpretation(crit.yes_means if intent == "affirm" else other, confidence >= CONFIDENT, "yes_no")

    if clean_hits:  # contradictory keywords: ask about the first, never guess
        first = next(v for v in VALUES if v in clean_hits)
        return Interpretation(first, False, "keyword")
    return NOT_UNDERSTOOD


def _negated(folded: str, pos: int) -> bool:
    before = folded[:pos].split()[-2:]
    return any(word in NEGATIONS for word in before)


def _amount(text: str, entities: Iterable[Mapping]) -> Decimal | None:
    from bot.nlp.numbers import parse_money

    for ent in entities:
        if ent.get("entity") == "MONEY":
            value = parse_money(str(ent.get("value", "")))
            if value is not None:
                return value
    # No MONEY entity (e.g. "1400 per maand"): a bare number of 3-5 digits is
    # taken as an amount only together with money words.
    folded = fold(text)
    if any(w in folded.split() for w in ("euro", "eur", "€", "per", "maand", "netto")) or "€" in text:
        return parse_money(text)
    return None
