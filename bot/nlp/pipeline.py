"""The Dutch spaCy pipeline that Rasa's SpacyNLP loads.

``build_pipeline()`` starts from ``nl_core_news_sm`` when that package is
installed, else from ``spacy.blank("nl")`` plus a lookup lemmatizer (tables
from spacy-lookups-data). Either way an ``entity_ruler`` is added with token
patterns for MONEY, NUMBER, MUNICIPALITY, PHONE and EMAIL.

Only built-in components are used, so a pipeline written by
``save_pipeline()`` loads with a plain ``spacy.load(path)`` in a process that
never imports this package (which is what Rasa does).

With ``nl_core_news_sm`` the ruler sits *before* its statistical "ner": the
ner keeps entities that are already set and only labels the tokens around
them, so ruler entities always win while the model still finds e.g. PERSON.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import cast

import spacy
from spacy.language import Language
from spacy.pipeline import EntityRuler

from bot.municipalities import all_place_names, all_postcodes, lookup
from bot.nlp import numbers
from bot.normalise import strip_accents

SM_MODEL = "nl_core_news_sm"
RULER_NAME = "entity_ruler"
LABELS = ("MONEY", "NUMBER", "MUNICIPALITY", "PHONE", "EMAIL")

# Place names that are also ordinary Dutch words ("meer", "halen", "doel",
# "boom", "geel"...). In running text they only count as MUNICIPALITY when
# written with a capital and not at the start of a sentence; with a postcode
# in front ("2400 Mol") they always count.
COMMON_WORD_PLACES = frozenset(
    """
    appels as asper baal balen beek beert berg bevel bever boom burcht burst
    damme doel donk duffel eke elen elst erpe essen geel gestel gits grazen
    halen ham hamme haren hees heffen heks herten hove jeuk kalken kessel
    kluizen kozen laar laken landen lauw lauwe lede leest leut lier linden lint
    lo lot mal marke mater meer melden menen mere moen mol muizen olmen outer
    paal peer perk proven reet ruien schaffen schoten sluizen stene veulen
    voeren voorde voort vorsen vorst wakken wange weelde welle wellen werken
    wichelen wortel zande zele zeveren zolder kapellen malle schelle
    """.split()
)

CURRENCY_WORDS = ["€", "euro", "eur", "euros", "euro's"]
PERIOD_WORDS = ["maand", "jaar", "week", "maand.", "jaar."]

# One token that is an amount in Belgian (or plain) notation.
AMOUNT_TOKEN = r"^(\d{1,3}(\.\d{3})+|\d+)(,(\d{1,2}|-{1,2}))?$|^\d+\.\d{1,2}$"
# Same, but at least two digits (for "2000 per maand" without currency).
BIG_AMOUNT_TOKEN = r"^(\d{1,3}(\.\d{3})+|\d{2,})(,(\d{1,2}|-{1,2}))?$"
AMOUNT_WITH_CURRENCY_TOKEN = r"^\d[\d.,]*(€|euro|eur)$"
PLAIN_NUMBER_TOKEN = r"^(\d{1,6}|\d{1,3}(\.\d{3})+|\d+,\d+)$"
# Whole phone number in one token: 0470123456, +32470123456, 0470/12.34.56
PHONE_TOKEN = (
    r"^(\+32|0032|0)[1-9]\d{7,8}$"
    r"|^(\+32|0032|0)\d{1,3}[/.\-]\d{2,7}([/.\-]\d{2,3})*$"
)
COUNTRY_CODES = ["+32", "0032"]
YEAR_LIKE = (1900, 2099)


# --------------------------------------------------------------------------
# number words
# --------------------------------------------------------------------------


def _number_words() -> list[str]:
    """0-99 in words (with and without diaeresis), plus honderd/duizend.

    "een" is left out on purpose: it is mostly the article ("een kind").
    """
    words = [w for w in numbers.UNITS if w != "een"]
    words += ["één", "eén", "éen"]
    words += list(numbers.TEENS) + list(numbers.TENS)
    for unit, value in numbers.UNITS.items():
        if value == 0:
            continue
        for tens in numbers.TENS:
            joint = "ën" if unit.endswith("e") else "en"
            words.append(f"{unit}{joint}{tens}")
            words.append(f"{unit}en{tens}")
    words += ["honderd", "duizend"]
    return sorted(set(words))


# --------------------------------------------------------------------------
# patterns
# --------------------------------------------------------------------------


def _name_variants(name: str) -> list[str]:
    """Ways people write a place name: accents, hyphens, 'St-', "'s"."""
    variants = {name, strip_accents(name)}
    for v in list(variants):
        variants.add(v.replace("-", " "))
    for v in list(variants):
        for prefix in ("Sint-", "Sint "):
            if v.startswith(prefix):
                rest = v[len(prefix) :]
                variants.update({f"St-{rest}", f"St {rest}", f"St. {rest}", f"St.-{rest}"})
        if v.startswith("'s"):
            variants.add(v[1:])  # "s-Gravenwezel"
    return sorted(variants)


def _tokens(nlp: Language, text: str) -> list[str]:
    return [t.text for t in nlp.make_doc(text)]


def bare_postcodes() -> list[str]:
    """Postcodes that are a MUNICIPALITY even without a place name after them.

    Codes that read like years (1900-2099: "in 2018", "sinds 1980") are left
    out; "2018 Antwerpen" still matches through the postcode+name patterns.
    """
    return [code for code in all_postcodes() if not YEAR_LIKE[0] <= int(code) <= YEAR_LIKE[1]]


def _municipality_patterns(nlp: Language) -> list[dict]:
    patterns: list[dict] = []
    for code in bare_postcodes():
        place = lookup(code)
        if place is not None:  # every bare postcode names one municipality
            patterns.append({"label": "MUNICIPALITY", "pattern": [{"TEXT": code}], "id": place.name})
    seen = set()
    for name in all_place_names():
        # ent_id = the municipality, unless the name is ambiguous ("Meldert")
        found = lookup(name)
        ent_id = found.name if found else None
        common = name.lower() in COMMON_WORD_PLACES
        for variant in _name_variants(name):
            toks = _tokens(nlp, variant)
            lowered: list[dict[str, object]] = [{"LOWER": t.lower()} for t in toks]
            alone: list[dict[str, object]]
            if common and len(toks) == 1:
                alone = [{"ORTH": toks[0], "IS_SENT_START": False}]
            else:
                alone = lowered
            # any 4-digit token in front; lookup() checks the postcode later
            with_code = [{"SHAPE": "dddd"}] + lowered
            # with a postcode the id is left out: the postcode decides
            for pattern, pattern_id in ((alone, ent_id), (with_code, None)):
                key = json.dumps(pattern, sort_keys=True)
                if key in seen:
                    continue
                seen.add(key)
                entry = {"label": "MUNICIPALITY", "pattern": pattern}
                if pattern_id:
                    entry["id"] = pattern_id
                patterns.append(entry)
    return patterns


def _money_patterns(number_words: list[str]) -> list[dict]:
    amount = {"TEXT": {"REGEX": AMOUNT_TOKEN}}
    big_amount = {"TEXT": {"REGEX": BIG_AMOUNT_TOKEN}}
    currency = {"LOWER": {"IN": CURRENCY_WORDS}}
    small_group = {"TEXT": {"REGEX": r"^\d{1,3}$"}}
    group = {"TEXT": {"REGEX": r"^\d{3}(,(\d{1,2}|-{1,2}))?$"}}
    word = {"LOWER": {"IN": number_words + ["een"]}, "OP": "+"}
    pats = [
        [currency, amount],  # € 1.250,50 | €1250 | EUR 1250
        [amount, currency],  # 1400 euro | 1400€ | 1.400,00 €
        [currency, small_group, group],  # € 1 400
        [small_group, group, currency],  # 1 400 euro
        [{"LOWER": {"REGEX": AMOUNT_WITH_CURRENCY_TOKEN}}],  # 1250euro
        [word, currency],  # duizend euro | twee duizend euro
        [big_amount, {"LOWER": {"IN": ["per", "p/", "/"]}}, {"LOWER": {"IN": PERIOD_WORDS}}],
        [big_amount, {"LOWER": {"IN": ["netto", "bruto"]}}],
    ]
    return [{"label": "MONEY", "pattern": p} for p in pats]


def _number_patterns(number_words: list[str]) -> list[dict]:
    return [
        {"label": "NUMBER", "pattern": [{"LOWER": {"IN": number_words}}]},
        {"label": "NUMBER", "pattern": [{"TEXT": {"REGEX": PLAIN_NUMBER_TOKEN, "NOT_IN": bare_postcodes()}}]},
    ]


def _phone_patterns() -> list[dict]:
    def rx(expr: str) -> dict:
        return {"TEXT": {"REGEX": expr}}

    country = {"TEXT": {"IN": COUNTRY_CODES}}
    pats = [
        [rx(PHONE_TOKEN)],
        [rx(r"^0\d{1,3}$"), rx(r"^\d{2,3}$"), rx(r"^\d{2}$"), rx(r"^\d{2}$")],
        [rx(r"^0\d{3}$"), rx(r"^\d{3}$"), rx(r"^\d{3}$")],
        [rx(r"^0\d{1,3}$"), rx(r"^\d{6,7}$")],
        [country, rx(r"^\d{1,3}$"), rx(r"^\d{2,3}$"), rx(r"^\d{2}$"), rx(r"^\d{2}$")],
        [country, rx(r"^\d{3}$"), rx(r"^\d{3}$"), rx(r"^\d{3}$")],
        [country, rx(r"^\d{8,9}$")],
        # +32 (0)470 12 34 56 -> "+32" "(" "0)470" ...
        [country, {"ORTH": "("}, rx(r"^0\)\d{1,3}$"), rx(r"^\d{2,3}$"), rx(r"^\d{2}$"), rx(r"^\d{2}$")],
        # (0470) 12 34 56
        [{"ORTH": "("}, rx(r"^0\d{1,3}$"), {"ORTH": ")"}, rx(r"^\d{2,3}$"), rx(r"^\d{2}$"), rx(r"^\d{2}$")],
    ]
    return [{"label": "PHONE", "pattern": p} for p in pats]


def _email_patterns() -> list[dict]:
    return [{"label": "EMAIL", "pattern": [{"LIKE_EMAIL": True}]}]


def entity_patterns(nlp: Language) -> list[dict]:
    """Every entity ruler pattern (token patterns only, no phrase patterns)."""
    number_words = _number_words()
    return (
        _money_patterns(number_words)
        + _number_patterns(number_words)
        + _phone_patterns()
        + _email_patterns()
        + _municipality_patterns(nlp)
    )


# --------------------------------------------------------------------------
# build / save
# --------------------------------------------------------------------------


def _base_pipeline(base: str | None) -> tuple[Language, str]:
    """The base pipeline and a short description of it."""
    if base == "auto":
        base = SM_MODEL if spacy.util.is_package(SM_MODEL) else None
    if base is None:
        nlp = spacy.blank("nl")
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        # loads the Dutch lookup table from spacy-lookups-data (offline)
        nlp.initialize()
        return nlp, "blank nl + lookup lemmatizer"
    return spacy.load(base), str(base)


def build_pipeline(base: str | None = "auto") -> Language:
    """Build the Stapsteen Dutch pipeline.

    base="auto": nl_core_news_sm when installed, else a blank Dutch pipeline
    with a lookup lemmatizer; base=None: always blank; any other string is
    passed to spacy.load (a package name or a path).
    """
    nlp, source = _base_pipeline(base)
    ruler_config = {"overwrite_ents": True, "validate": False, "phrase_matcher_attr": None}
    if "ner" in nlp.pipe_names:
        ruler = nlp.add_pipe("entity_ruler", name=RULER_NAME, before="ner", config=ruler_config)
    else:
        ruler = nlp.add_pipe("entity_ruler", name=RULER_NAME, config=ruler_config)
    cast(EntityRuler, ruler).add_patterns(entity_patterns(nlp))
    nlp.meta["name"] = "stapsteen_nl"
    nlp.meta["version"] = "1.0.0"
    nlp.meta["description"] = f"Stapsteen Dutch pipeline: {source} + entity_ruler ({', '.join(LABELS)})"
    return nlp


def save_pipeline(output: str | Path, base: str | None = "auto") -> Path:
    """Build the pipeline and write it to ``output`` (for spacy.load).

    The pipeline is written to a temporary directory next to ``output`` and
    then renamed into place, so ``output`` never holds a half-written
    pipeline. An existing pipeline at ``output`` is replaced.
    """
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    nlp = build_pipeline(base)
    tmp = Path(tempfile.mkdtemp(prefix=f".{output.name}.", dir=output.parent))
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o777 & ~umask)  # mkdtemp makes it 0700
    old: Path | None = None
    try:
        nlp.to_disk(tmp)
        if output.exists():
            old = output.with_name(f".{output.name}.old-{os.getpid()}")
            os.replace(output, old)
        os.replace(tmp, output)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        if old is not None and not output.exists():
            os.replace(old, output)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
    return output


def entities(nlp: Language, text: str) -> list[tuple]:
    """(label, text) of every entity; handy in tests and the shell."""
    return [(ent.label_, ent.text) for ent in nlp(text).ents]


__all__ = ["LABELS", "build_pipeline", "save_pipeline", "entity_patterns", "entities"]
