"""The language check: a message that is not Dutch gets the intent `other_language`.

A thin adapter: bot/language.py decides (Dutch is never taken for another
language; short answers, amounts, names and payloads stay Dutch). Placed after
FallbackClassifier, so it also overrides `nlu_fallback`, and before the crisis
safety net, so a crisis always wins. Button payloads ("/affirm") are never
checked. The detector is loaded in the background when Rasa loads the model.
"""

from __future__ import annotations

from rasa.engine.recipes.default_recipe import DefaultV1Recipe

from bot.language import INTENT as OTHER_LANGUAGE
from bot.language import foreign_language, warm_up
from components.common import IntentOverride


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class LanguageCheck(IntentOverride):
    """Sets intent `other_language` (confidence 1.0, first in the ranking) when
    bot/language.py says the text is not Dutch."""

    @classmethod
    def serving(cls) -> None:
        warm_up()  # load the detector now, not on a family's message

    def decide(self, text: str, intent: str | None, confidence: float) -> tuple[str, float] | None:
        return None if foreign_language(text) is None else (OTHER_LANGUAGE, 1.0)
