"""Municipalities of the Flemish Region and the Brussels-Capital Region.

The data lives in ``bot/data/municipalities.csv`` (one row per postcode and
place, situation of 1 January 2025, after the Flemish municipal mergers).

``lookup()`` turns what a user typed (a municipality, a deelgemeente, a
postcode or "9000 Gent") into a :class:`Municipality`, or ``None`` when the
place is unknown, outside Flanders/Brussels, or ambiguous.
"""

from __future__ import annotations

import csv
import difflib
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bot.normalise import strip_accents

DATA_FILE = Path(__file__).parent / "data" / "municipalities.csv"

REGIONS = ("flanders", "brussels")
MAX_INPUT_LENGTH = 100
# Names shorter than this are never typo-corrected (too many near neighbours).
MIN_FUZZY_LENGTH = 6
FUZZY_CUTOFF = 0.88

_POSTCODE_RE = re.compile(r"(?<!\d)(\d{4})(?!\d)")
_NON_ALNUM_RE = re.compile(r"[^0-9a-z]+")
# Filler words people put before a place name ("in Gent", "stad Antwerpen").
_LEADING_FILLERS = ("in", "te", "uit", "stad", "gemeente", "deelgemeente", "dorp")
# "ik woon in Gent", "we wonen nu te Aalst" (applied to the normalised text).
_LIVING_PREFIX_RE = re.compile(
    r"^(?:(?:ik|wij|we|mijn gezin) )?(?:woon|wonen|verblijf|verblijven)(?: nu| momenteel)? (?:in|te) "
)


@dataclass(frozen=True)
class Municipality:
    name: str
    province: str
    region: str  # 'flanders' | 'brussels'
    postcodes: tuple[str, ...]

    @property
    def recipient(self) -> str:
        """Who handles an intake for someone living here."""
        if self.region == "brussels":
            return "CAW Brussel"
        return f"OCMW {self.name}"


@dataclass(frozen=True)
class _Index:
    municipalities: dict[str, Municipality]  # by official name
    by_postcode: dict[str, str]  # postcode -> municipality name
    by_municipality_key: dict[str, str]  # normalised municipality name -> name
    by_place_key: dict[str, frozenset[str]]  # normalised place -> municipality names
    place_names: tuple[str, ...]  # every name as written in the CSV
    all_keys: tuple[str, ...]  # every normalised name, for typo matching


def normalise(text: str) -> str:
    """Lower-case, strip accents, treat hyphens/apostrophes/dots as spaces.

    >>> normalise("Sint-Niklaas") == normalise("sint  niklaas")
    True
    """
    stripped = strip_accents(text)
    words = _NON_ALNUM_RE.sub(" ", stripped.lower()).split()
    # "St-Niklaas", "St. Truiden" -> "sint ..."
    words = ["sint" if w == "st" else w for w in words]
    return " ".join(words)


def _read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        if row["region"] not in REGIONS:
            raise ValueError(f"{path}: unknown region {row['region']!r} in {row}")
        if not re.fullmatch(r"\d{4}", row["postcode"]):
            raise ValueError(f"{path}: bad postcode {row['postcode']!r}")
    return rows


@cache
def _index() -> _Index:
    rows = _read_rows(DATA_FILE)
    postcodes: dict[str, set] = defaultdict(set)
    meta: dict[str, tuple[str, str]] = {}
    by_postcode: dict[str, str] = {}
    place_to_munis: dict[str, set] = defaultdict(set)
    place_names: dict[str, None] = {}
    for row in rows:
        name = row["municipality"]
        postcodes[name].add(row["postcode"])
        meta.setdefault(name, (row["province"], row["region"]))
        previous = by_postcode.setdefault(row["postcode"], name)
        if previous != name:
            raise ValueError(f"postcode {row['postcode']} maps to {previous} and {name}")
        place_to_munis[normalise(row["place"])].add(name)
        place_names[row["place"]] = None
    municipalities = {
        name: Municipality(
            name=name,
            province=meta[name][0],
            region=meta[name][1],
            postcodes=tuple(sorted(codes)),
        )
        for name, codes in sorted(postcodes.items())
    }
    for name in municipalities:
        place_names[name] = None
    by_municipality_key = {normalise(name): name for name in municipalities}
    return _Index(
        municipalities=municipalities,
        by_postcode=by_postcode,
        by_municipality_key=by_municipality_key,
        by_place_key={key: frozenset(v) for key, v in place_to_munis.items()},
        place_names=tuple(sorted(place_names, key=str.lower)),
        all_keys=tuple(sorted(set(by_municipality_key) | set(place_to_munis))),
    )


def all_municipalities() -> list[Municipality]:
    """Every municipality (285 Flemish + 19 Brussels), sorted by name."""
    return list(_index().municipalities.values())


def all_place_names() -> list[str]:
    """Municipality and place names as written (for the entity ruler)."""
    return list(_index().place_names)


def all_postcodes() -> list[str]:
    """Every Flemish and Brussels postcode in the data, sorted."""
    return sorted(_index().by_postcode)


def by_name(name: str) -> Municipality | None:
    """Exact (normalised) municipality name, e.g. ``by_name("sint niklaas")``."""
    idx = _index()
    official = idx.by_municipality_key.get(normalise(name))
    return idx.municipalities[official] if official else None


def _candidates(key: str) -> frozenset[str]:
    """Municipality names a normalised key can mean (exact matches only)."""
    idx = _index()
    official = idx.by_municipality_key.get(key)
    if official:
        # A municipality name beats a homonymous deelgemeente elsewhere
        # ("Tielt" is a municipality and a part of Tielt-Winge).
        return frozenset({official})
    return idx.by_place_key.get(key, frozenset())


def _osa_distance_at_most_one(a: str, b: str) -> bool:
    """True when a and b differ by at most one edit (incl. a transposition)."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diffs = [i for i in range(la) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        return (
            len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]]
        )
    if la > lb:
        a, b = b, a
    # b is one longer than a: deleting one char of b must give a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :]


def _fuzzy(key: str) -> str | None:
    """Resolve one small typo, only when the result is unambiguous."""
    if len(key.replace(" ", "")) < MIN_FUZZY_LENGTH:
        return None
    keys = _index().all_keys
    close = [k for k in keys if _osa_distance_at_most_one(key, k)]
    if not close:
        close = difflib.get_close_matches(key, keys, n=5, cutoff=FUZZY_CUTOFF)
    if not close:
        return None
    found: set = set()
    for k in close:
        found |= _candidates(k)
    return next(iter(found)) if len(found) == 1 else None


def _resolve_name(text: str) -> str | None:
    key = _LIVING_PREFIX_RE.sub("", normalise(text))
    if not key:
        return None
    words = key.split()
    while len(words) > 1 and words[0] in _LEADING_FILLERS:
        words = words[1:]
    key = " ".join(words)
    found = _candidates(key)
    if len(found) == 1:
        return next(iter(found))
    if found:  # several municipalities share this place name: ask again
        return None
    return _fuzzy(key)


def lookup(text: str) -> Municipality | None:
    """Find the Flemish or Brussels municipality the user means.

    Accepts a municipality name, a deelgemeente, a 4-digit postcode, or both
    ("9000 Gent"). Case, accents, hyphens and one small typo (names of six
    letters or more) are tolerated. Returns None for unknown places, Walloon
    postcodes, ambiguous names (e.g. "Meldert") and empty or very long input.
    When a known postcode is given it decides, whatever name comes with it.
    """
    if not isinstance(text, str):
        return None
    text = text.strip()
    if not text or len(text) > MAX_INPUT_LENGTH:
        return None
    idx = _index()
    codes = _POSTCODE_RE.findall(text)
    if codes:
        if len(set(codes)) != 1:
            return None
        official = idx.by_postcode.get(codes[0])
        if official is None:  # Walloon, foreign or non-existent postcode
            return None
        return idx.municipalities[official]
    if re.search(r"\d", text):
        return None  # digits that are no postcode: not a place name
    official = _resolve_name(text)
    return idx.municipalities[official] if official else None
