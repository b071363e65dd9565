"""Stop and restart only on words or a sure classifier (bot/intent_guard.py
decides): an unfamiliar answer must not end an intake. Placed after the
FallbackClassifier and before the crisis safety net (a crisis always wins)."""

from __future__ import annotations

from rasa.engine.recipes.default_recipe import DefaultV1Recipe

from bot.intent_guard import guarded
from components.common import IntentOverride


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class IntentGuard(IntentOverride):
    """Sets `nlu_fallback` over a guessed `stop` or `restart`."""

    def decide(self, text: str, intent: str | None, confidence: float) -> tuple[str, float] | None:
        verdict = guarded(text, intent, confidence)
        return None if verdict is None else (verdict, confidence)
