"""Parsing of amounts, Dutch number words, Belgian phone numbers and e-mail.

All functions take free user text (or an entity value) and return a clean
value, or None when nothing sensible can be read from it. They never raise
on bad input.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from bot.normalise import strip_accents

MAX_AMOUNT = Decimal("1000000")
MAX_TEXT_LENGTH = 500

# --------------------------------------------------------------------------
# Dutch number words
# --------------------------------------------------------------------------

UNITS: dict[str, int] = {
    "nul": 0,
    "een": 1,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
}
TEENS: dict[str, int] = {
    "tien": 10,
    "elf": 11,
    "twaalf": 12,
    "dertien": 13,
    "veertien": 14,
    "vijftien": 15,
    "zestien": 16,
    "zeventien": 17,
    "achttien": 18,
    "negentien": 19,
}
TENS: dict[str, int] = {
    "twintig": 20,
    "dertig": 30,
    "veertig": 40,
    "vijftig": 50,
    "zestig": 60,
    "zeventig": 70,
    "tachtig": 80,
    "negentig": 90,
}
# Words that on their own mean a quantity, beyond the regular ones.
SPECIAL: dict[str, int] = {"geen": 0, "honderd": 100, "duizend": 1000}


def _below_hundred(word: str) -> int | None:
    if word in UNITS:
        return UNITS[word]
    if word in TEENS:
        return TEENS[word]
    if word in TENS:
        return TENS[word]
    # "eenentwintig", "drieentwintig" (from drieëntwintig), "negenennegentig"
    for unit, unit_value in UNITS.items():
        if unit_value == 0 or not word.startswith(unit + "en"):
            continue
        tens = word[len(unit) + 2 :]
        if tens in TENS:
            return TENS[tens] + unit_value
    return None


def _compound(word: str) -> int | None:
    """Parse one accent-free number word such as 'tweeduizendvijfhonderd'."""
    if not word:
        return None
    if word in SPECIAL:
        return SPECIAL[word]
    if "duizend" in word:
        head, _, tail = word.partition("duizend")
        multiplier = _compound(head) if head else 1
        if multiplier is None or not 1 <= multiplier < 1000:
            return None
        rest = _rest(tail, limit=1000)
        return None if rest is None else multiplier * 1000 + rest
    if "honderd" in word:
        head, _, tail = word.partition("honderd")
        multiplier = _below_hundred(head) if head else 1
        if multiplier is None or not 1 <= multiplier < 100:
            return None
        rest = _rest(tail, limit=100)
        return None if rest is None else multiplier * 100 + rest
    return _below_hundred(word)


def _rest(tail: str, limit: int) -> int | None:
    """The part after 'honderd'/'duizend' ('', 'twintig', 'entwintig')."""
    if not tail:
        return 0
    for candidate in (tail, tail[2:] if tail.startswith("en") else None):
        if candidate:
            value = _compound(candidate)
            if value is not None and 0 < value < limit:
                return value
    return None


_THOUSAND_FORMS = "duzend|duisend|dusend|duust|duuzend"
_THOUSAND_SPOKEN = re.compile(rf"(?<=[a-z])(?:{_THOUSAND_FORMS})|\b(?:{_THOUSAND_FORMS})\b")


def _number_word_tokens(text: str) -> list[str]:
    cleaned = strip_accents(text.lower())
    # spoken spellings: "drieduzend" (West-Flemish), "tweeduizend" typed as "tweeduisend", "twee duust"
    cleaned = _THOUSAND_SPOKEN.sub("duizend", cleaned)
    return re.findall(r"[a-z]+|\d+", cleaned)


def parse_number_words(text: str) -> int | None:
    """Read a whole number from digits or Dutch words.

    "drie" -> 3, "twaalf" -> 12, "3" -> 3, "drie kinderen" -> 3,
    "drieëntwintig" -> 23, "tweeduizend vijfhonderd" -> 2500, "geen" -> 0.
    Returns None when there is no number, for negative numbers and for
    fractions ("2,5").
    """
    if not isinstance(text, str) or not text.strip() or len(text) > MAX_TEXT_LENGTH:
        return None
    stripped = text.strip()
    if re.search(r"(?:^|\s)(?:-|min\s)\s*\d", stripped.lower()):
        return None  # negative
    # "1.000" (thousands dots) is a whole number; "2,5" or "1.5" is not
    dotted = re.search(r"(?<![\d.,])(\d{1,3}(?:\.\d{3})+)(?![.,]?\d)", stripped)
    if dotted:
        return int(dotted.group(1).replace(".", ""))
    if re.search(r"\d[.,]\d", stripped):
        return None  # a fraction, not a whole number
    digits = re.search(r"(?<![\d.,])(\d+)(?![.,]?\d)", stripped)
    if digits:
        return int(digits.group(1))
    tokens = _number_word_tokens(stripped)
    start = None
    for i, token in enumerate(tokens):
        if _compound(token) is not None:
            start = i
            break
    if start is None:
        return None
    # join adjacent number words: "twee duizend vijf honderd" -> one compound
    best: int | None = None
    joined = ""
    pending_en = False
    for token in tokens[start:]:
        if token == "en" and not pending_en:
            pending_en = True  # "twee en twintig", "honderd en vijf"
            continue
        candidate = joined + ("en" if pending_en else "") + token
        value = _compound(candidate)
        if value is None:
            break
        joined, best, pending_en = candidate, value, False
    return best


# --------------------------------------------------------------------------
# Money
# --------------------------------------------------------------------------

_CURRENCY = r"(?:€|eur(?:o|o's|os)?\b|euro\b)"
# Belgian notation: "1.250,50", "1 250", "1250", "1250,5", "1250,-";
# also "1250.50" (a dot followed by 1 or 2 digits is a decimal point).
_AMOUNT_RE = re.compile(
    r"(?<![\d.,])"
    r"(?P<sign>-\s*)?"
    r"(?P<int>\d{1,3}(?:\.\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d])|\d+)"
    r"(?:(?P<dec_sep>[.,])(?P<dec>\d{1,2}|-{1,2})(?![\d]))?"
    r"(?![.,]?\d)",
)
_THOUSANDS_SHORT_RE = re.compile(r"\s?k(?![a-z])", re.IGNORECASE)
_CURRENCY_BEFORE_RE = re.compile(_CURRENCY + r"\s*$", re.IGNORECASE)
_CURRENCY_AFTER_RE = re.compile(r"^\s*" + _CURRENCY, re.IGNORECASE)


_LONE_SIZE_WORDS = frozenset({"honderd", "duizend"})  # "duizend keer", "honderd procent": no amount alone


def _word_amounts(text: str) -> list[tuple[int, tuple[Decimal, bool, bool]]]:
    """(position, candidate) for every amount in words of a hundred or more: "veertienhonderd en dan nog
    het groeipakket, samen 2100" names 1400 besides 2100. A lone "honderd" or "duizend" counts only next
    to a currency ("duizend euro"), not in "al duizend keer gezegd"."""
    cleaned = _THOUSAND_SPOKEN.sub("duizend", strip_accents(text.lower()))
    tokens = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[a-z]+", cleaned)]
    found = []
    i = 0
    while i < len(tokens):
        if _compound(tokens[i][2]) is None or tokens[i][2] == "geen":
            i += 1
            continue
        run = [i]
        k = i + 1
        while k < len(tokens):
            if _compound(tokens[k][2]) is not None and tokens[k][2] != "geen":
                run.append(k)
            elif not (tokens[k][2] == "en" and k + 1 < len(tokens) and _compound(tokens[k + 1][2]) is not None):
                break
            k += 1
        words = [tokens[j][2] for j in run]
        i = k
        if not any("honderd" in w or "duizend" in w for w in words):
            continue
        value = parse_number_words(" ".join(words))
        after = cleaned[tokens[run[-1]][1] :]
        currency = bool(_CURRENCY_AFTER_RE.search(after))
        if value is None or value < 100 or (len(words) == 1 and words[0] in _LONE_SIZE_WORDS and not currency):
            continue
        negative = bool(re.search(r"\bmin\s*$", cleaned[: tokens[run[0]][0]]))
        found.append((tokens[run[0]][0], (Decimal(value), currency, negative)))
    return found


def _amount_candidates(text: str) -> list[tuple[Decimal, bool, bool]]:
    """(value, next to a currency marker, negative) for every amount, in digits or in words, in the order
    of the text."""
    found = []
    for match in _AMOUNT_RE.finditer(text):
        integer = re.sub(r"[.\s\u00a0\u202f]", "", match.group("int"))
        dec = match.group("dec")
        if match.group("dec_sep") == "." and dec and not dec.startswith("-"):
            # "1250.50": only a decimal point when no thousands dots came first
            if "." in match.group("int"):
                continue
        fraction = dec if dec and not dec.startswith("-") else ""
        try:
            value = Decimal(f"{integer}.{fraction}" if fraction else integer)
        except InvalidOperation:
            continue
        before = text[: match.start()]
        after = text[match.end() :]
        thousands = _THOUSANDS_SHORT_RE.match(after)
        if thousands:  # "3k netto", "2,5k": chat shorthand for thousands, always money here
            value, after = value * 1000, after[thousands.end() :]
        near_currency = bool(thousands or _CURRENCY_BEFORE_RE.search(before) or _CURRENCY_AFTER_RE.search(after))
        negative = bool(match.group("sign")) or bool(re.search(r"(?:\bmin|-)\s*(?:€\s*)?$", before, re.IGNORECASE))
        found.append((match.start(), (value, near_currency, negative)))
    if not found:
        return [candidate for _, candidate in _word_amounts(text)]  # parse_money reads words on its own
    return [candidate for _, candidate in sorted(found + _word_amounts(text), key=lambda f: f[0])]


def parse_money(text: str) -> Decimal | None:
    """Read an amount in euro written the Belgian way.

    "1.250,50" -> 1250.50, "€ 1 400" -> 1400, "1.400" -> 1400,
    "1400,5" -> 1400.5, "1250" -> 1250, "duizend euro" -> 1000.
    When there are several numbers, the one next to a currency marker wins,
    else the largest. Returns None when there is no amount, or when it is
    negative or absurd (more than 1,000,000).
    """
    if not isinstance(text, str) or not text.strip() or len(text) > MAX_TEXT_LENGTH:
        return None
    candidates = _amount_candidates(text)
    if candidates:
        with_currency = [c for c in candidates if c[1]]
        value, _, negative = with_currency[0] if with_currency else max(candidates, key=lambda c: c[0])
    else:
        words = parse_number_words(text)
        if words is None or words == 0 and "geen" in text.lower():
            return None
        value, negative = Decimal(words), False
    if negative or value < 0 or value > MAX_AMOUNT:
        return None
    return value


# --------------------------------------------------------------------------
# Phone numbers
# --------------------------------------------------------------------------

_PHONE_CANDIDATE_RE = re.compile(r"(?:\+|00)?\d[\d\s./\-()]{6,}\d")


def _normalise_phone_candidate(candidate: str) -> str | None:
    compact = candidate.strip()
    compact = re.sub(r"^(\+32|0032)\s*\(0\)", r"\1", compact)  # +32 (0)470 ...
    if re.search(r"[^\d\s./\-()+]", compact):
        return None
    if "+" in compact[1:] or "(" in compact or ")" in compact:
        return None
    digits = re.sub(r"[\s./\-]", "", compact)
    if digits.startswith("+32"):
        national = digits[3:]
    elif digits.startswith("0032"):
        national = digits[4:]
    elif digits.startswith("0") and not digits.startswith("00"):
        national = digits[1:]
    else:
        return None
    if not national.isdigit():
        return None
    if national.startswith("4"):
        valid = len(national) == 9  # mobile: 04xx xx xx xx
    else:
        valid = len(national) == 8 and national[0] != "0"  # landline: 0x xxx xx xx
    return "+32" + national if valid else None


def normalise_phone(text: str) -> str | None:
    """Belgian phone number -> E.164 ("0470 12 34 56" -> "+32470123456").

    Mobile numbers are 04xx plus six digits, landlines 0 plus eight digits
    ("09 123 45 67", "02/123.45.67"). "+32" and "0032" prefixes are fine.
    Returns None for anything else (foreign numbers included).
    """
    if not isinstance(text, str) or not text.strip() or len(text) > MAX_TEXT_LENGTH:
        return None
    whole = _normalise_phone_candidate(text)
    if whole:
        return whole
    for match in _PHONE_CANDIDATE_RE.finditer(text):
        result = _normalise_phone_candidate(match.group(0))
        if result:
            return result
    return None


# --------------------------------------------------------------------------
# E-mail
# --------------------------------------------------------------------------

_LOCAL_RE = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$")
_LABEL_RE = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$")


def is_valid_email(text: str) -> bool:
    """Pragmatic check: one @, a dot in the domain, no spaces, <= 254 chars."""
    if not isinstance(text, str):
        return False
    address = text.strip()
    if not address or len(address) > 254 or re.search(r"\s", address):
        return False
    if address.count("@") != 1:
        return False
    local, domain = address.split("@")
    if not local or len(local) > 64 or not _LOCAL_RE.match(local):
        return False
    labels = domain.split(".")
    if len(labels) < 2 or not all(_LABEL_RE.match(label) for label in labels):
        return False
    return bool(re.fullmatch(r"[A-Za-z]{2,63}", labels[-1]))
