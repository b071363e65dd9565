"""A second opinion on distress: a small classifier of crisis against everything else.

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
  anyway: the gentle question instead of "not understood".

Plain Python and scikit-learn (already there with Rasa): logistic regression on
word and character n-grams of the folded text, trained in a few seconds the
first time it is asked, the same way in every process.

    >>> detector().score("ik heb net al mijn pillen ingenomen") > detector().score("we huren een appartement")
    True
"""

from __future__ import annotations

import re
from collections.abc import Iterable
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


def examples(path: Path = PATH, folder: Path = NLU_DIR) -> tuple[list[str], list[str]]:
    """(crisis texts, other texts) the detector learns from."""
    raw: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    crisis = [str(t) for t in raw.get("crisis") or []]
    other = [str(t) for t in raw.get("other") or []]
    for intent, texts in nlu_examples(folder).items():
        (crisis if intent == CRISIS_INTENT else other).extend(texts)
    return crisis, other


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


def fit(crisis: list[str], other: list[str]) -> Detector:
    """Logistic regression on word 1-2-grams and character 2-5-grams (within words) of the
    folded text; the two classes weighted to their size. Deterministic (lbfgs, no sampling)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline, make_union

    features = make_union(
        TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True),
        TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True),
    )
    pipeline = make_pipeline(features, LogisticRegression(C=10, class_weight="balanced", max_iter=2000))
    pipeline.fit([fold(t) for t in crisis + other], [1] * len(crisis) + [0] * len(other))
    return Detector(pipeline)


@lru_cache(maxsize=1)
def detector() -> Detector:
    return fit(*examples())
