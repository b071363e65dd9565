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

The same schema reads a crisis written in English, French, Turkish or Arabic
(data/crisis_languages.yml, one net per language): those nets are tried when
the Dutch net finds nothing, and `crisis_language` tells which net fired.

    >>> kinds("he hit me now, kids crying, please"), crisis_language("he hit me now, kids crying, please")
    (('violence_now',), 'en')
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from bot.language import INTENT as OTHER_LANGUAGE
from bot.normalise import clean, strip_accents

PATH = Path(__file__).parent / "data" / "crisis.yml"
LANGUAGES_PATH = Path(__file__).parent / "data" / "crisis_languages.yml"
DUTCH = "nl"  # the language of the net of PATH
CRISIS, MAYBE_CRISIS = "crisis", "maybe_crisis"  # the intents the net sets

_WORD = r"[a-z0-9]"
# a colon does not end a sentence: "in mijn hoofd: springen van het raam" is one thought
_SENTENCE_END = re.compile(r"[.!?;\n]+")
# "..." and "!!" go on with the same thought: "ons Arne is weg!! ... we vinden hem nergens"
_ELLIPSIS = re.compile(r"\.{2,}|\u2026|!{2,}")
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
    # the classifier's crisis score, second to another intent, that still asks gently (0: never)
    second_guess: float = 0.0
    # the crisis detector's score (bot/detector.py) that asks gently (`detector.gentle`), that also asks
    # on a message in the criteria's own words (`detector.gentle_answer`), and that makes a weaker sign of
    # `supported:` a crisis (`detector.support`); 1.0 or more: never
    detector_gentle: float = 1.0
    detector_gentle_answer: float = 1.0
    detector_support: float = 1.0
    # ... and the score that asks gently instead of "not understood" (`detector.gentle_unclear`)
    detector_gentle_unclear: float = 1.0
    # the score at which the detector decides alone (`detector.alone`; on a message in the criteria's own
    # words `detector.alone_answer`), when the classifier of the kind gives one kind at least this
    # probability (`detector.kind_sure`)
    detector_alone: float = 1.0
    detector_alone_answer: float = 1.0
    detector_kind_sure: float = 1.0
    # ... on a message of at least this many words (`detector.alone_min_words`): on a few words the detector
    # reads one strong word ("hij slaat de bal": 0.96)
    detector_alone_min_words: int = 1
    # spelling keys of several words ("niet mi": "niet meer"), read after the single words, in file order
    phrase_spelling: tuple[tuple[re.Pattern[str], str], ...] = ()
    # signs that decide only when the classifier thought of a crisis too (`supported:` in the data file)
    supported: tuple[Rule, ...] = ()
    # a plea for help ("help me alsjeblieft", "ik heb dringend hulp nodig"; `plea:` in the data file): on a
    # message that was not understood it asks gently, as a detector score of `gentle_unclear` does
    plea: Rule | None = None
    # letters besides a-z and 0-9 that a word may hold (a regular expression range, `letters:` in the
    # data: Arabic script for the Arabic net); empty for the Dutch net
    letters: str = ""
    # characters written another way before reading (`characters:`: Turkish dotless i -> i, Arabic
    # taa marbuta -> haa), after lower case and accents; none for the Dutch net
    characters: tuple[tuple[str, str], ...] = ()


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


def _compile(pattern: str, where: str, word: str = _WORD) -> re.Pattern[str]:
    try:
        return re.compile(rf"(?<!{word})(?:{pattern})(?!{word})")
    except re.error as err:
        raise CrisisDataError(f"{where}: {err}") from None


def verb_forms(parts: str) -> dict[str, list[str]]:
    """All the forms of one verb from its principal parts, "infinitive stem past participle"
    ("slaan sla sloeg geslagen", "knijpen knijp kneep/knepen geknepen"; a slot may give
    several forms with "/"): `now` (stem, stem + t, the
    infinitive, also with a spoken dropped -n: "knijpe"), `done` (past singular and plural,
    the participle, also without its -n). A prefix written with "+" ("dicht+knijpen dicht+knijp
    dicht+kneep dicht+geknepen") gives the verb split ("knijpt ... dicht" is left to the rules),
    written as one word and as two ("dichtgeknepen", "dicht geknepen")."""
    items = parts.split()
    if len(items) != 4:
        raise CrisisDataError(f"verbs: {parts!r} needs infinitive, stem, past and participle")
    out: dict[str, list[str]] = {"now": [], "done": []}

    def add(group: str, form: str) -> None:
        variants = [form.replace("+", ""), form.replace("+", " ")] if "+" in form else [form]
        for v in variants:
            if v not in out[group]:
                out[group].append(v)

    inf, stem, past, part = (slot.split("/") for slot in items)
    for form in inf:
        add("now", form)
        if form.endswith("en"):
            add("now", form[:-1])
    for form in stem:
        add("now", form)
        if form[-1] in "aou" and form[-2:-1] not in ("a", "e", "i", "o", "u", ""):  # "sla" -> "slaat"
            add("now", form + form[-1] + "t")
        elif not form.endswith("t"):
            add("now", form + "t")
    for form in past:
        add("done", form)
    if len(past) == 1:  # the plural, unless written: "kneep/knepen"
        add("done", past[0] + "n" if past[0].endswith("e") else past[0] + "en")
    for form in part:
        add("done", form)
        if form.endswith("en"):
            add("done", form[:-1])
    return out


def _verb_lists(raw: Mapping[str, Any]) -> dict[str, str]:
    """`verbs:` lexicons as word lists: <name> (every form), <name_now>, <name_done>."""
    lists: dict[str, str] = {}
    for name, entries in (raw.get("verbs") or {}).items():
        now: list[str] = []
        done: list[str] = []
        for entry in _as_list(entries):
            forms = verb_forms(entry)
            now += [f for f in forms["now"] if f not in now]
            done += [f for f in forms["done"] if f not in done]
        # longest first: "geslagen" before "geslage"
        lists[f"{name}_now"] = "|".join(sorted(now, key=len, reverse=True))
        lists[f"{name}_done"] = "|".join(sorted(done, key=len, reverse=True))
        lists[name] = "|".join(sorted(set(now) | set(done), key=len, reverse=True))
    return lists


def _resolve(texts: Mapping[str, tuple[str, str]], words: Mapping[str, str]) -> dict[str, str]:
    """The named patterns written out; one may use another (`&height` in `&method`), not itself."""
    done: dict[str, str] = {}

    def resolve(name: str, stack: tuple[str, ...]) -> str:
        if name in done:
            return done[name]
        section, text = texts[name]
        where = f"{section}.{name}"
        if name in stack:
            raise CrisisDataError(f"{where}: uses itself")
        used = {m.group(1): None for m in _REF.finditer(text)}
        for ref in used:
            if ref not in texts:
                raise CrisisDataError(f"{where}: unknown phrase or unless list {ref!r}")
        inner = {ref: resolve(ref, stack + (name,)) for ref in used}
        done[name] = _expand(text, words, inner, where)
        return done[name]

    for name in texts:
        resolve(name, ())
    return done


def _rules(
    raw: Mapping[str, Any],
    section: str,
    kinds: tuple[str, ...],
    words: Mapping[str, str],
    refs: Mapping[str, str],
    word: str = _WORD,
) -> tuple[Rule, ...]:
    """The rules of a section (`rules:` or `supported:`), per kind: `match` or `all`, and `unless`."""
    rules: list[Rule] = []
    for kind, specs in (raw.get(section) or {}).items():
        if kind not in kinds:
            raise CrisisDataError(f"{section}.{kind}: not one of the kinds {list(kinds)}")
        for i, spec in enumerate(specs or []):
            where = f"{section}.{kind}[{i}]"
            patterns = _as_list(spec.get("match")) + _as_list(spec.get("all"))
            if not patterns:
                raise CrisisDataError(f"{where}: needs `match` or `all`")
            unless = _as_list(spec.get("unless"))
            rules.append(
                Rule(
                    kind,
                    tuple(_compile(_expand(p, words, refs, where), where, word) for p in patterns),
                    _compile("|".join(_expand(u, words, refs, where) for u in unless), where, word) if unless else None,
                )
            )
    return tuple(rules)


def build(raw: Mapping[str, Any]) -> Net:
    """The net from the parsed data file (validated: a broken file stops here)."""
    kinds = tuple(raw.get("kinds") or ())
    if not kinds:
        raise CrisisDataError("kinds: at least one kind is needed")
    words = {name: "|".join(_as_list(items)) for name, items in (raw.get("words") or {}).items()}
    for name, forms in _verb_lists(raw).items():
        if name in words:
            raise CrisisDataError(f"verbs.{name}: the name is also a word list")
        words[name] = forms
    texts: dict[str, tuple[str, str]] = {}
    for section in ("phrases", "unless"):  # both are `&name` in a rule, and may use word lists
        for name, text in (raw.get(section) or {}).items():  # and other named patterns
            if name in texts:
                raise CrisisDataError(f"{section}.{name}: the name is used twice")
            texts[name] = (section, str(text))
    refs = _resolve(texts, words)
    letters = str(raw.get("letters") or "")
    word = f"[a-z0-9{letters}]"
    try:
        re.compile(word)
    except re.error as err:
        raise CrisisDataError(f"letters: {err}") from None
    rules = _rules(raw, "rules", kinds, words, refs, word)
    supported = _rules(raw, "supported", kinds, words, refs, word)
    missing = [k for k in kinds if not any(r.kind == k for r in rules)]
    if missing:
        raise CrisisDataError(f"rules: no rule for {missing}")
    now: dict[str, tuple[str, re.Pattern[str]]] = {}
    for kind, spec in (raw.get("now") or {}).items():
        if kind not in kinds or spec.get("kind") not in kinds:
            raise CrisisDataError(f"now.{kind}: both kinds must be in kinds")
        cues = "|".join(_expand(c, words, refs, f"now.{kind}") for c in _as_list(spec.get("cues")))
        now[kind] = (spec["kind"], _compile(cues, f"now.{kind}", word))
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
    second_guess = float(raw.get("classifier_second_guess", 0.0))
    if not 0.0 <= second_guess <= 1.0:
        raise CrisisDataError("classifier_second_guess: must be in [0, 1]")
    detector = raw.get("detector") or {}
    names = ("gentle", "gentle_answer", "support", "gentle_unclear", "alone", "alone_answer", "kind_sure")
    if not isinstance(detector, Mapping) or set(detector) - {*names, "alone_min_words"}:
        raise CrisisDataError("detector: only " + ", ".join((*names, "alone_min_words")))
    limits = {k: float(detector.get(k, 1.0)) for k in names}
    if not all(0.0 < v <= 1.0 for v in limits.values()):
        raise CrisisDataError("detector: every threshold must be in (0, 1]")
    min_words = detector.get("alone_min_words", 1)
    if not isinstance(min_words, int) or isinstance(min_words, bool) or min_words < 1:
        raise CrisisDataError("detector: alone_min_words must be a whole number of at least 1")
    spelling = {str(k): str(v) for k, v in (raw.get("spelling") or {}).items()}
    plea = _plea(raw.get("plea"), words, refs, word)
    phrase_spelling = tuple(
        (re.compile(r"(?<![a-z0-9])" + re.escape(k) + r"(?![a-z0-9])"), v)
        for k, v in spelling.items()
        if " " in k  # in the order written: "niet mi" -> "niet meer" before "haar niet meer zijn" -> "er ..."
    )
    return Net(
        kinds=kinds,
        covers=covers,
        rules=rules,
        supported=supported,
        now=now,
        contractions=contractions,
        spelling={k: v for k, v in spelling.items() if " " not in k},
        k_verbs=frozenset(_as_list(raw.get("k_verbs"))),
        classifier_threshold=threshold,
        second_guess=second_guess,
        detector_gentle=limits["gentle"],
        detector_gentle_answer=limits["gentle_answer"],
        detector_support=limits["support"],
        detector_gentle_unclear=limits["gentle_unclear"],
        detector_alone=limits["alone"],
        detector_alone_answer=limits["alone_answer"],
        detector_kind_sure=limits["kind_sure"],
        detector_alone_min_words=min_words,
        phrase_spelling=phrase_spelling,
        plea=plea,
        letters=letters,
        characters=tuple((str(k), str(v)) for k, v in (raw.get("characters") or {}).items()),
    )


def _plea(spec: Any, words: Mapping[str, str], refs: Mapping[str, str], word: str) -> Rule | None:
    """`plea:` of the data file (`match`, optional `unless`), or None when there is none."""
    if spec is None:
        return None
    if not isinstance(spec, Mapping) or "match" not in spec or set(spec) - {"match", "unless"}:
        raise CrisisDataError("plea: needs `match`, and may have `unless`")
    match = _compile(_expand(str(spec["match"]), words, refs, "plea"), "plea", word)
    unless = spec.get("unless")
    return Rule("plea", (match,), _compile(_expand(str(unless), words, refs, "plea"), "plea", word) if unless else None)


@lru_cache(maxsize=1)
def net() -> Net:
    return build(yaml.safe_load(PATH.read_text(encoding="utf-8")))


def build_languages(raw: Mapping[str, Any], dutch: Net | None = None) -> dict[str, Net]:
    """The nets of the other languages (data/crisis_languages.yml: one top-level mapping per
    language code, each in the schema of crisis.yml), in the order of the file. Their kinds must
    be kinds of the Dutch net: the help lines, the texts and the figures are counted per kind."""
    known = set((dutch or net()).kinds)
    nets: dict[str, Net] = {}
    for code, section in raw.items():
        if code == "version":
            continue
        if not isinstance(section, Mapping) or not re.fullmatch(r"[a-z]{2}", str(code)) or code == DUTCH:
            raise CrisisDataError(f"{code}: a language is a two-letter code (not nl) with a mapping")
        try:
            built = build(section)
        except CrisisDataError as err:
            raise CrisisDataError(f"{code}.{err}") from None
        unknown = [k for k in built.kinds if k not in known]
        if unknown:
            raise CrisisDataError(f"{code}.kinds: {unknown} are not kinds of the Dutch net")
        nets[str(code)] = built
    return nets


@lru_cache(maxsize=1)
def language_nets() -> dict[str, Net]:
    """The nets of the other languages, by language code (en, fr, tr, ar)."""
    return build_languages(yaml.safe_load(LANGUAGES_PATH.read_text(encoding="utf-8")) or {})


# --- reading a message ----------------------------------------------------------------
def _word(token: str, n: Net) -> str:
    if token in n.spelling:
        return n.spelling[token]
    if len(token) > 2 and token[0] == "k":  # "kzie" -> "ik zie", "khob" -> "ik heb" (dialect verb spelled)
        verb = n.spelling.get(token[1:], token[1:])
        if verb in n.k_verbs:
            return "ik " + verb
    return token


@lru_cache(maxsize=8)
def _not_word(letters: str) -> re.Pattern[str]:
    return re.compile(rf"[^a-z0-9{letters}' ]+") if letters else _NOT_WORD


def sentences(message: object, n: Net | None = None) -> list[str]:
    """The message as normalised sentences: lower case, no accents, contractions
    written out, Flemish spelling made standard ("kzie het ni" -> "ik zie het niet")."""
    n = n or net()
    text = strip_accents(clean(message).lower())
    for char, replacement in n.characters:
        text = text.replace(char, replacement)
    text = re.sub(r"[\u2018\u2019\u201b`\u00b4]", "'", text)
    for pattern, replacement in n.contractions:
        text = pattern.sub(replacement, text)
    out = []
    text = _ELLIPSIS.sub(" ", text)  # "ik wil dood... van het lachen" is one sentence
    for part in _SENTENCE_END.split(text):
        part = _REPEAT.sub(r"\1\1", _not_word(n.letters).sub(" ", part)).replace("'", " ")
        words = " ".join(_word(t, n) for t in part.split())
        words = " ".join(words.split())
        for pattern, replacement in n.phrase_spelling:  # "niet mi" -> "niet meer", "as ik" -> "als ik"
            words = pattern.sub(replacement, words)
        if words:
            out.append(words)
    return out


def normalise(message: object) -> str:
    """All sentences of a message on one line (for the `now` cues and for tests)."""
    return " . ".join(sentences(message))


TELEGRAM_WORDS = 4  # sentences this short are also read together with the next one
TELEGRAM_HEAD = 3  # ... and a headline this short with a next sentence of up to TELEGRAM_DETAIL words
TELEGRAM_DETAIL = 8


def _telegram(parts: list[str]) -> list[str]:
    """Two short sentences in a row, read as one: "kasten leeg. kinderen niet gegeten." and "pillen
    genomen. alles op." say one thing in a hurry; so does a headline of a few words and the detail
    after it: "mijn zoon weg. twee uur zoeken, niet bij vrienden, telefoon uit." (blind round 108)."""
    pairs = [
        f"{a} {b}"
        for a, b in zip(parts, parts[1:], strict=False)
        if (len(a.split()) <= TELEGRAM_WORDS and len(b.split()) <= TELEGRAM_WORDS)
        or (len(a.split()) <= TELEGRAM_HEAD and len(b.split()) <= TELEGRAM_DETAIL)
    ]
    # (blind rounds 134-137) a sentence and the two fragments after it, one of them how long it has been: "mijn
    # dochter niet thuis van de les. al 2 uur. gsm uit." (not any three: "ik alleen met 3 kinderen. geen werk. man
    # is weg" is a partner gone)
    tails = [
        f"{a} {b} {c}"
        for a, b, c in zip(parts, parts[1:], parts[2:], strict=False)
        if len(a.split()) <= TELEGRAM_DETAIL
        and len(b.split()) <= TELEGRAM_HEAD
        and len(c.split()) <= TELEGRAM_HEAD
        and (TIME_SINCE.search(b) or TIME_SINCE.search(c))
    ]
    return pairs + tails


# how long something has been going on, in a fragment of its own: "al 2 uur", "half uur", "20 min"
TIME_SINCE = re.compile(r"\b(?:\d+|een|ne|twee|drie|vier|vijf|half|anderhalf) ?(?:uur|uren|u|min|minuten|kwartier)\b")


def _found(n: Net, parts: list[str], rules: tuple[Rule, ...]) -> tuple[str, ...]:
    """The kinds `rules` of net `n` find in the sentences, most urgent first, with `now` and `covers`."""
    read = parts + _telegram(parts)
    found = {rule.kind for rule in rules if any(rule.fires(s) for s in read)}
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


def reading(message: object, supported: bool = False) -> tuple[str | None, tuple[str, ...]]:
    """(the language of the net that fired, the kinds it found); (None, ()) when none did.

    The Dutch net first, unchanged; only when its rules find nothing, the rules of the nets of
    the other languages, in the order of data/crisis_languages.yml. `supported`: then the weaker
    signs (`supported:`), the Dutch net's first. A rule of any net comes before a weaker sign, so
    `is_crisis` and the help lines (`kinds(..., supported=True)`) name the same net and kinds."""
    dutch = net()
    dutch_parts = sentences(message, dutch)
    found = _found(dutch, dutch_parts, dutch.rules)
    if found:
        return DUTCH, found
    others = language_nets()
    parts: dict[str, list[str]] = {}
    for code, other in others.items():
        parts[code] = sentences(message, other)
        found = _found(other, parts[code], other.rules)
        if found:
            return code, found
    if supported:
        found = _found(dutch, dutch_parts, dutch.supported)
        if found:
            return DUTCH, found
        for code, other in others.items():
            found = _found(other, parts[code], other.supported)
            if found:
                return code, found
    return None, ()


def language_kinds(message: object, language: str) -> tuple[str, ...]:
    """The kinds the rules of one language's net find in the message ("nl": the Dutch net), () for
    a language without a net. A message the Dutch net reads (it knows a few French phrases: "j'ai
    pris tous les médicaments") may be read by its own language's net too."""
    n = net() if language == DUTCH else language_nets().get(language)
    return () if n is None else _found(n, sentences(message, n), n.rules)


def kinds(message: object, supported: bool = False) -> tuple[str, ...]:
    """The kinds of crisis a message names, most urgent first; () when none.

    A kind whose help lines a more urgent kind found already gives (`covers`)
    is left out; `now` cues make a kind urgent (suicidal thoughts said with
    "vanavond" -> suicide_now). `supported`: the classifier thought of a
    crisis too, so the weaker signs of `supported:` count when no rule fires
    ("hij slaat de kleine": the kind of help the crisis path should give).
    The Dutch net first; when it finds nothing, the nets of the other
    languages (`reading`)."""
    return reading(message, supported)[1]


def crisis_language(message: object, supported: bool = False) -> str | None:
    """The language of the net that found a crisis in the message: "nl" for the Dutch net,
    "en", "fr", "tr" or "ar" for the others (data/crisis_languages.yml); None when none did."""
    return reading(message, supported)[0]


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
    from bot.interpret import names_a_domain, names_an_amount, rather_not_say  # it does not import this module

    # "laat mijn kinderen hierbuiten": a refusal to answer is an answer too, not an emergency;
    # "ongeveer 1800 denk ik": an amount answers the income question
    return names_a_domain(text) or rather_not_say(text) or names_an_amount(text)


def nlu_verdict(
    text: object, intent: str | None, confidence: float, crisis_score: float = 0.0, detector_score: float | None = None
) -> Verdict | None:
    """The net's correction of the classifier, or None to leave it as it is.

    - the net fires: `crisis` with confidence 1.0, whatever the classifier said
      (also over nlu_fallback or another language);
    - the classifier said `crisis`, first or as a second guess (below), and a
      weaker sign of the net's `supported:` backs it: `crisis`. Neither decides
      alone: an unknown word is no crisis, and "hij slaat" is no crisis either
      in "hij slaat de bal";
    - only the classifier said `crisis`, not above the threshold: `maybe_crisis`,
      so the assistant asks gently instead of stopping the questions (an unknown
      name or an unusual answer is not a crisis). With the threshold at 1.0 the
      classifier alone never stops the questions (data/crisis.yml says why);
    - the classifier put `crisis` second, at `crisis_score` of at least the
      `classifier_second_guess`, and the message names nothing the questions ask
      about (`reads_as_an_answer`): `maybe_crisis` too. Not over another language,
      whose reply in that language names the emergency number already;
    - a weaker sign of `supported:` alone, the classifier not thinking of a crisis
      at all, on a message that names nothing the questions ask about:
      `maybe_crisis` as well (asked gently, not taken as an answer);
    - the crisis detector (bot/detector.py; `detector_score`, computed when None):
      with a weaker sign at `detector.support` or more, on a message that names
      nothing the questions ask about, `crisis`; otherwise at
      `detector.gentle` or more (`gentle_answer` on a message in the criteria's
      own words), `maybe_crisis`. Never over another language.
    """
    if is_crisis(text):
        return Verdict(CRISIS, 1.0)
    n = net()
    second = intent not in (CRISIS, MAYBE_CRISIS, OTHER_LANGUAGE) and 0.0 < n.second_guess <= crisis_score
    if (intent == CRISIS or second) and kinds(text, supported=True):
        return Verdict(CRISIS, max(confidence, crisis_score) if intent == CRISIS else crisis_score)
    score = detector_score
    if intent != OTHER_LANGUAGE and min(n.detector_alone, n.detector_alone_answer) < 1.0:
        score = score if score is not None else _detector_score(text, n)
        if detected_kind(text, score):
            # the detector sure of a crisis and the classifier of the kind sure of its kind, on a message that
            # names nothing the questions ask about: its help lines, whatever the intent classifier said
            return Verdict(CRISIS, score)
    if intent == CRISIS and confidence <= n.classifier_threshold:
        return Verdict(MAYBE_CRISIS, confidence)
    if second and not reads_as_an_answer(text):
        return Verdict(MAYBE_CRISIS, crisis_score)
    if intent == OTHER_LANGUAGE:
        return None
    score = score if score is not None else _detector_score(text, n)
    answer = reads_as_an_answer(text)
    if kinds(text, supported=True) and not answer:
        # a weaker sign with no classifier behind it ("mijne vent is aan t roepen en hij slaat"): too
        # little to stop the questions, too much to take the message as an answer or as not understood
        # (replayed on the code before each blind round 46-60 was read: half the crisis messages the
        # net missed had one; 5 of 1273 answers had one, none of them in the criteria's own words).
        # With the detector, trained on examples and not on rules, sure of it too: a crisis. On a message
        # in the criteria's own words they only ask gently ("de fles lampolie ... niks van gedronken").
        return Verdict(CRISIS, score) if score >= n.detector_support else Verdict(MAYBE_CRISIS, 1.0)
    if score >= (n.detector_gentle_answer if answer else n.detector_gentle):
        # only the detector: asked gently, not taken as an answer
        return Verdict(MAYBE_CRISIS, score)
    return None


def unclear_but_maybe_urgent(text: object) -> bool:
    """A typed message the assistant did not understand (the fallback, or an answer it could not read)
    that the crisis detector scores at `detector.gentle_unclear` or more, or that pleads for help (`plea:`):
    ask "Gaat het over iets dringends?" instead of "not understood". It costs no answer: this one was not
    understood anyway."""
    if not isinstance(text, str) or not text.strip() or text.lstrip().startswith("/"):
        return False
    n = net()
    if n.plea is not None and any(n.plea.fires(s) for s in sentences(text, n)):
        return True  # "help me alsjeblieft": asked, whatever the detector says
    return n.detector_gentle_unclear < 1.0 and _detector_score(text, n) >= n.detector_gentle_unclear


def _uses_detector(n: Net) -> bool:
    return (
        min(
            n.detector_gentle,
            n.detector_gentle_answer,
            n.detector_support,
            n.detector_gentle_unclear,
            n.detector_alone,
            n.detector_alone_answer,
        )
        < 1.0
    )


def warm_up() -> None:
    """Build the net and train the detector now (a server loading its model), not on a family's message."""
    n = net()
    if _uses_detector(n):
        from bot.detector import detector, kind_classifier

        detector()
        if min(n.detector_alone, n.detector_alone_answer) < 1.0:
            kind_classifier()


def detected_kind(text: object, score: float | None = None, *, confirmed: bool = False) -> str | None:
    """The kind of crisis when the detector decides alone, else None: the net reads no crisis and no weaker
    sign in the message, it has `detector.alone_min_words` words or more, the detector scores it at
    `detector.alone` or more (`detector.alone_answer` on a
    message in the criteria's own words, `reads_as_an_answer`; `score`: computed when None) and the
    classifier of the kind gives one kind `detector.kind_sure` or more. "Gaat het over iets dringends?"
    names 112 only; a parent who wrote that her child is not home yet needs 101 first, one with nothing to
    eat the OCMW. `confirmed`: the parent said it is urgent (the gentle question's "yes"), so only the
    classifier of the kind has to be sure (on as many words), whatever the detector scored."""
    n = net()
    if min(n.detector_alone, n.detector_alone_answer) >= 1.0 or not isinstance(text, str):
        return None
    if len(text.split()) < n.detector_alone_min_words or kinds(text, supported=True):
        return None  # a few words, even confirmed, say too little of the kind ("help": all the lines)
    if not confirmed:
        needed = n.detector_alone_answer if reads_as_an_answer(text) else n.detector_alone
        if needed >= 1.0 or (score if score is not None else _detector_score(text, n)) < needed:
            return None
    from bot.detector import kind_classifier

    kind, sure = kind_classifier().kind(text)
    return kind if sure >= n.detector_kind_sure else None


def help_kinds(message: object, *, confirmed: bool = False) -> tuple[str, ...]:
    """The kinds whose help lines a crisis message gets, most urgent first: those the net reads (with its
    weaker signs: the crisis path was chosen already), else the one the detector decided alone
    (`detected_kind`; `confirmed`: the parent said yes to "Gaat het over iets dringends?"); () for the
    general help lines."""
    found = kinds(message, supported=True)
    if found:
        return found
    kind = detected_kind(message, confirmed=confirmed)
    return (kind,) if kind else ()


def _detector_score(text: object, n: Net) -> float:
    """The crisis detector's score, or 0.0 when no threshold of `detector:` uses it (it is then not trained)."""
    if not _uses_detector(n):
        return 0.0
    from bot.detector import detector  # scikit-learn is loaded only when the detector is used

    return detector().score(text)


def supported_crisis(text: object) -> bool:
    """A sign of `supported:` in the message (no rule fired): with the classifier's crisis it decides."""
    return bool(kinds(text, supported=True))
