"""The crisis safety net in the NLU pipeline: the classifier can only add to it.

A thin adapter; bot/crisis.py decides (`nlu_verdict`):
- the pattern net finds distress -> intent `crisis`, confidence 1.0, first in
  the ranking, whatever the classifier, the FallbackClassifier or the language
  check said before;
- only the classifier said `crisis`, not above the threshold of data/crisis.yml
  (1.0: never) -> intent `maybe_crisis`: the assistant asks "Gaat het over iets
  dringends?" instead of stopping the questions (an unknown name is not a crisis).
Placed last in the pipeline. Button payloads ("/crisis") never reach NLU.
"""

from __future__ import annotations

from rasa.engine.recipes.default_recipe import DefaultV1Recipe

from bot.crisis import nlu_verdict
from components.common import IntentOverride


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class SafetyNet(IntentOverride):
    """Sets `crisis` when the pattern net fires, `maybe_crisis` when only the
    classifier said `crisis` without enough confidence."""

    def decide(self, text: str, intent: str | None, confidence: float) -> tuple[str, float] | None:
        verdict = nlu_verdict(text, intent, confidence)
        return None if verdict is None else (verdict.intent, verdict.confidence)
