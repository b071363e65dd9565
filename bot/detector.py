"""A second opinion on distress: a small classifier of crisis against everything else, and one of its kind.

The pattern net (bot/crisis.py) is exact on what its rules know and blind to the
rest: on the hardest indirect crisis messages of the eleventh session it missed
about four in ten. This detector learns from examples instead of rules: the
crisis examples of the NLU data and of bot/data/crisis_detector.yml against
every other example there, many of them heavy answers and strong words used
loosely ("mijn baas vermoordt me"), which are not a crisis.

It never stops the questions on its own. bot/crisis.py uses its score for three
things (thresholds in data/crisis.yml, `detector:`):
- a weaker sign of the net (`supported:`) with a high score: a crisis;
- a score above `gentle` on a message the net does not decide: the gentle
  question "Gaat het over iets dringends?", not taken as an answer;
- a score above `gentle_unclear` on a message the assistant did not understand
  anyway: the gentle question instead of "not understood";
- a score above `alone`, with the classifier of the *kind* sure of it (`kind_sure`),
  on a message that names nothing the questions ask about: a crisis of that kind,
  so its help line comes first (bot.crisis.detected_kind).

The classifier of the kind (`kind_classifier`) learns which help a crisis message
needs from the same crisis examples: the kind written next to an example in
bot/data/crisis_detector.yml (`{text, kind}`, the examples the net does not read),
else the kind the pattern net finds in it. It is asked only about messages the
detector already reads as a crisis.

Plain Python and scikit-learn (already there with Rasa): logistic regression on
word and character n-grams of the folded text, trained in a few seconds the
first time it is asked, the same way in every process.

    >>> detector().score("ik heb net al mijn pillen ingenomen") > detector().score("we huren een appartement")
    True
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from bot.normalise import fold

PATH = Path(__file__).parent / "data" / "crisis_detector.yml"
NLU_DIR = Path(__file__).resolve().parent.parent / "data" / "nlu"
CRISIS_INTENT = "crisis"
# Rasa entity annotations: [text](entity), [text]{"entity": ...}, [text][...] -> text
ANNOTATION = re.compile(r"\[([^\]]*)\](?:\([^)]*\)|\{[^}]*\}|\[[^\]]*\])")


def nlu_examples(folder: Path = NLU_DIR) -> dict[str, list[str]]:
    """intent -> its example texts, from Rasa's NLU YAML files (read as plain YAML)."""
    found: dict[str, list[str]] = {}
    for path in sorted(folder.glob("*.yml")):
        for block in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("nlu") or []:
            if "intent" not in block:
                continue
            lines = str(block.get("examples") or "").splitlines()
            texts = [ANNOTATION.sub(r"\1", line.strip()[2:]) for line in lines if line.strip().startswith("- ")]
            found.setdefault(str(block["intent"]), []).extend(t for t in texts if t)
    return found


def _text(entry: object) -> str:
    """An example is its text, or `{text: ..., kind: ...}` (a crisis example with the kind of help it needs)."""
    return str(entry["text"]) if isinstance(entry, dict) else str(entry)


def _raw(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def examples(path: Path = PATH, folder: Path = NLU_DIR) -> tuple[list[str], list[str]]:
    """(crisis texts, other texts) the detector learns from."""
    raw = _raw(path)
    crisis = [_text(t) for t in raw.get("crisis") or []]
    other = [_text(t) for t in raw.get("other") or []]
    for intent, texts in nlu_examples(folder).items():
        (crisis if intent == CRISIS_INTENT else other).extend(texts)
    return crisis, other


def kind_examples(
    path: Path = PATH, folder: Path = NLU_DIR, kind_of: Callable[[str], str | None] | None = None
) -> list[tuple[str, str]]:
    """(text, kind) of the crisis examples, for the classifier of the kind: the kind written next to the
    example (`{text, kind}`: the examples the pattern net does not read), else the most urgent kind the net
    finds in it (bot/crisis.py, with its weaker signs). An example with neither is left out."""
    if kind_of is None:
        from bot.crisis import kinds  # bot.crisis imports this module lazily too

        def kind_of(text: str) -> str | None:
            found = kinds(text, supported=True)
            return found[0] if found else None

    written = [(str(e["text"]), str(e["kind"])) for e in _raw(path).get("crisis") or [] if isinstance(e, dict)]
    plain = [_text(e) for e in _raw(path).get("crisis") or [] if not isinstance(e, dict)]
    plain += nlu_examples(folder).get(CRISIS_INTENT, [])
    found = [(text, kind_of(text)) for text in plain]
    return written + [(text, kind) for text, kind in found if kind]


@dataclass(frozen=True)
class Detector:
    pipeline: Any  # a fitted sklearn Pipeline

    def score(self, text: object) -> float:
        """How much the message reads as a crisis, 0.0 to 1.0."""
        folded = fold(text)
        if not folded.strip():
            return 0.0
        return float(self.pipeline.predict_proba([folded])[0][1])

    def scores(self, texts: Iterable[object]) -> list[float]:
        folded = [fold(t) for t in texts]
        return [float(p[1]) for p in self.pipeline.predict_proba(folded)] if folded else []


@dataclass(frozen=True)
class KindClassifier:
    pipeline: Any  # a fitted sklearn Pipeline

    def kind(self, text: object) -> tuple[str, float]:
        """(the kind of crisis the message most reads as, how sure: 0.0 to 1.0)."""
        probabilities = self.pipeline.predict_proba([fold(text)])[0]
        best = int(probabilities.argmax())
        return str(self.pipeline.classes_[best]), float(probabilities[best])


def _pipeline() -> Any:
    """Logistic regression on word 1-2-grams and character 2-5-grams (within words) of the
    folded text; the classes weighted to their size. Deterministic (lbfgs, no sampling)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline, make_union

    features = make_union(
        TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True),
        TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True),
    )
    return make_pipeline(features, LogisticRegression(C=10, class_weight="balanced", max_iter=2000))


def fit(crisis: list[str], other: list[str]) -> Detector:
    """Crisis (1) against everything else (0)."""
    pipeline = _pipeline()
    pipeline.fit([fold(t) for t in crisis + other], [1] * len(crisis) + [0] * len(other))
    return Detector(pipeline)


def fit_kinds(labelled: list[tuple[str, str]]) -> KindClassifier:
    """Which kind of crisis, among the crisis examples only: it says nothing about whether there is one."""
    pipeline = _pipeline()
    pipeline.fit([fold(text) for text, _ in labelled], [kind for _, kind in labelled])
    return KindClassifier(pipeline)


@lru_cache(maxsize=1)
def detector() -> Detector:
    return fit(*examples())


@lru_cache(maxsize=1)
def kind_classifier() -> KindClassifier:
    return fit_kinds(kind_examples())
