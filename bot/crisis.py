"""The crisis safety net: distress in what Flemish parents type, at any moment.

Plain Python, no Rasa: the patterns are data (data/crisis.yml), the help lines
per kind are in help.yml and the texts in the message catalogue. The NLU can
only add to this net (components/safety_net.py calls `nlu_verdict`), never
switch it off; inside the questions the form validation asks `is_crisis`.

    >>> kinds("kheb er genoeg van, ik wil dood")
    ('suicide',)
    >>> kinds("mijne vent heeft mij ne klop gegeven, hij staat nu aan de deur")
    ('violence_now',)
    >>> kinds("ik word zot van die vragen")
    ()
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from bot.normalise import clean, strip_accents

PATH = Path(__file__).parent / "data" / "crisis.yml"
CRISIS, MAYBE_CRISIS = "crisis", "maybe_crisis"  # the intents the net sets

_WORD = r"[a-z0-9]"
_SENTENCE_END = re.compile(r"[.!?;:\n]+")
_ELLIPSIS = re.compile(r"\.{2,}|\u2026")
_NOT_WORD = re.compile(r"[^a-z0-9' ]+")
_REPEAT = re.compile(r"([a-z])\1{2,}")  # "neeee" -> "nee", "doooood" -> "dood"
_GAP = re.compile(r"<gap(\d)>")
_NAME = re.compile(r"<(\w+)>")
_REF = re.compile(r"&(\w+)")


class CrisisDataError(ValueError):
    """data/crisis.yml is broken: an unknown word list, a bad pattern, a missing kind."""


@dataclass(frozen=True)
class Rule:
    kind: str
    patterns: tuple[re.Pattern[str], ...]  # all must match the same sentence
    unless: re.Pattern[str] | None  # cancels the rule for that sentence

    def fires(self, sentence: str) -> bool:
        if not all(p.search(sentence) for p in self.patterns):
            return False
        return self.unless is None or not self.unless.search(sentence)


@dataclass(frozen=True)
class Net:
    kinds: tuple[str, ...]  # most urgent first
    covers: Mapping[str, frozenset[str]]
    rules: tuple[Rule, ...]
    now: Mapping[str, tuple[str, re.Pattern[str]]]  # kind -> (urgent kind, cues)
    contractions: tuple[tuple[re.Pattern[str], str], ...]
    spelling: Mapping[str, str]
    k_verbs: frozenset[str]
    classifier_threshold: float


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else [str(v) for v in value]


def _expand(pattern: str, words: Mapping[str, str], refs: Mapping[str, str], where: str) -> str:
    pattern = _REF.sub(lambda m: _lookup(refs, m.group(1), where, "phrase or unless list"), pattern)
    pattern = _GAP.sub(lambda m: r"(?:\w+ ){0,%s}" % m.group(1), pattern)
    return _NAME.sub(lambda m: _lookup(words, m.group(1), where, "word list"), pattern)


def _lookup(table: Mapping[str, str], name: str, where: str, what: str) -> str:
    if name not in table:
        raise CrisisDataError(f"{where}: unknown {what} {name!r}")
    return table[name]


def _compile(pattern: str, where: str) -> re.Pattern[str]:
    try:
        return re.compile(rf"(?<!{_WORD})(?:{pattern})(?!{_WORD})")
    except re.error as err:
        raise CrisisDataError(f"{where}: {err}") from None


def build(raw: Mapping[str, Any]) -> Net:
    """The net from the parsed data file (validated: a broken file stops here)."""
    kinds = tuple(raw.get("kinds") or ())
    if not kinds:
        raise CrisisDataError("kinds: at least one kind is needed")
    words = {name: "|".join(_as_list(items)) for name, items in (raw.get("words") or {}).items()}
    refs: dict[str, str] = {}
    for section in ("phrases", "unless"):  # both are `&name` in a rule, and may use word lists
        for name, text in (raw.get(section) or {}).items():
            if name in refs:
                raise CrisisDataError(f"{section}.{name}: the name is used twice")
            refs[name] = _expand(str(text), words, {}, f"{section}.{name}")
    rules: list[Rule] = []
    for kind, specs in (raw.get("rules") or {}).items():
        if kind not in kinds:
            raise CrisisDataError(f"rules.{kind}: not one of the kinds {list(kinds)}")
        for i, spec in enumerate(specs or []):
            where = f"rules.{kind}[{i}]"
            patterns = _as_list(spec.get("match")) + _as_list(spec.get("all"))
            if not patterns:
                raise CrisisDataError(f"{where}: needs `match` or `all`")
            unless = _as_list(spec.get("unless"))
            rules.append(
                Rule(
                    kind,
                    tuple(_compile(_expand(p, words, refs, where), where) for p in patterns),
                    _compile("|".join(_expand(u, words, refs, where) for u in unless), where) if unless else None,
                )
            )
    missing = [k for k in kinds if not any(r.kind == k for r in rules)]
    if missing:
        raise CrisisDataError(f"rules: no rule for {missing}")
    now: dict[str, tuple[str, re.Pattern[str]]] = {}
    for kind, spec in (raw.get("now") or {}).items():
        if kind not in kinds or spec.get("kind") not in kinds:
            raise CrisisDataError(f"now.{kind}: both kinds must be in kinds")
        cues = "|".join(_expand(c, words, refs, f"now.{kind}") for c in _as_list(spec.get("cues")))
        now[kind] = (spec["kind"], _compile(cues, f"now.{kind}"))
    covers = {k: frozenset(_as_list(v)) for k, v in (raw.get("covers") or {}).items()}
    for kind, covered in covers.items():
        if kind not in kinds or not covered <= set(kinds):
            raise CrisisDataError(f"covers.{kind}: unknown kind")
    contractions = tuple(
        (re.compile(r"(?<![a-z0-9])" + re.escape(k) + (r"(?![a-z0-9])" if k[-1].isalnum() else "")), f" {v} ")
        for k, v in ((strip_accents(str(k).lower()), v) for k, v in (raw.get("contractions") or {}).items())
    )
    threshold = float(raw.get("classifier_threshold", 0.9))
    if not 0.0 < threshold <= 1.0:
        raise CrisisDataError("classifier_threshold: must be in (0, 1]")
    return Net(
        kinds=kinds,
        covers=covers,
        rules=tuple(rules),
        now=now,
        contractions=contractions,
        spelling={str(k): str(v) for k, v in (raw.get("spelling") or {}).items()},
        k_verbs=frozenset(_as_list(raw.get("k_verbs"))),
        classifier_threshold=threshold,
    )


@lru_cache(maxsize=1)
def net() -> Net:
    return build(yaml.safe_load(PATH.read_text(encoding="utf-8")))


# --- reading a message ----------------------------------------------------------------
def _word(token: str, n: Net) -> str:
    if token in n.spelling:
        return n.spelling[token]
    if len(token) > 2 and token[0] == "k" and token[1:] in n.k_verbs:  # "kzie" -> "ik zie"
        return "ik " + token[1:]
    return token


def sentences(message: object, n: Net | None = None) -> list[str]:
    """The message as normalised sentences: lower case, no accents, contractions
    written out, Flemish spelling made standard ("kzie het ni" -> "ik zie het niet")."""
    n = n or net()
    text = strip_accents(clean(message).lower())
    text = re.sub(r"[\u2018\u2019\u201b`\u00b4]", "'", text)
    for pattern, replacement in n.contractions:
        text = pattern.sub(replacement, text)
    out = []
    text = _ELLIPSIS.sub(" ", text)  # "ik wil dood... van het lachen" is one sentence
    for part in _SENTENCE_END.split(text):
        part = _REPEAT.sub(r"\1\1", _NOT_WORD.sub(" ", part)).replace("'", " ")
        words = " ".join(_word(t, n) for t in part.split())
        words = " ".join(words.split())
        if words:
            out.append(words)
    return out


def normalise(message: object) -> str:
    """All sentences of a message on one line (for the `now` cues and for tests)."""
    return " . ".join(sentences(message))


def kinds(message: object) -> tuple[str, ...]:
    """The kinds of crisis a message names, most urgent first; () when none.

    A kind whose help lines a more urgent kind found already gives (`covers`)
    is left out; `now` cues make a kind urgent (suicidal thoughts said with
    "vanavond" -> suicide_now)."""
    n = net()
    parts = sentences(message, n)
    found = {rule.kind for rule in n.rules if any(rule.fires(s) for s in parts)}
    if not found:
        return ()
    whole = " . ".join(parts)
    for kind, (urgent, cues) in n.now.items():
        if kind in found and cues.search(whole):
            found.add(urgent)
    ordered = [k for k in n.kinds if k in found]
    covered: set[str] = set()
    result = []
    for kind in ordered:
        if kind in covered:
            continue
        result.append(kind)
        covered |= n.covers.get(kind, frozenset())
    return tuple(result)


def crisis_kind(message: object) -> str | None:
    """The most urgent kind of crisis in a message, or None."""
    found = kinds(message)
    return found[0] if found else None


def is_crisis(message: object) -> bool:
    """True when the net finds distress in the message, whatever the classifier said."""
    return bool(kinds(message))


# --- what the NLU makes of it -------------------------------------------------------------
@dataclass(frozen=True)
class Verdict:
    intent: str
    confidence: float


def reads_as_an_answer(text: object) -> bool:
    """The message names something one of the questions asks about, in the
    words of the criteria's own lists ("zelfstandig kapper", "bediende", "een
    depressie gehad", "niet naar het ziekenhuis"): when only the classifier
    thought of a crisis, it is an answer, not a reason to stop and ask "Gaat het
    over iets dringends?". The pattern net has already looked at it (`is_crisis`
    comes first)."""
    from bot.interpret import names_a_domain, rather_not_say  # bot.interpret does not import this module

    # "laat mijn kinderen hierbuiten": a refusal to answer is an answer too, not an emergency
    return names_a_domain(text) or rather_not_say(text)


def nlu_verdict(text: object, intent: str | None, confidence: float) -> Verdict | None:
    """The net's correction of the classifier, or None to leave it as it is.

    - the net fires: `crisis` with confidence 1.0, whatever the classifier said
      (also over nlu_fallback or another language);
    - only the classifier said `crisis`, not above the threshold: `maybe_crisis`,
      so the assistant asks gently instead of stopping the questions (an unknown
      name or an unusual answer is not a crisis). With the threshold at 1.0 the
      classifier alone never stops the questions (data/crisis.yml says why).
    """
    if is_crisis(text):
        return Verdict(CRISIS, 1.0)
    if intent == CRISIS and confidence <= net().classifier_threshold:
        return Verdict(MAYBE_CRISIS, confidence)
    return None
