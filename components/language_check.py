"""The language check: a message that is not Dutch gets the intent `other_language`.

A thin adapter: bot/language.py decides (Dutch is never taken for another
language; short answers, amounts, names and payloads stay Dutch). Placed after
FallbackClassifier, so it also overrides `nlu_fallback`, and before the crisis
safety net, so a crisis always wins. Button payloads ("/affirm") are never
checked. The detector is loaded in the background when Rasa loads the model.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, PREDICTED_CONFIDENCE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.language import foreign_language, warm_up

OTHER_LANGUAGE = "other_language"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class LanguageCheck(GraphComponent, IntentClassifier):
    """Sets intent `other_language` (confidence 1.0, first in the ranking) when
    bot/language.py says the text is not Dutch."""

    @classmethod
    def required_components(cls) -> list[type]:
        return [IntentClassifier]

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {}

    def __init__(self, config: dict[str, Any]) -> None:
        self.component_config = config

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> LanguageCheck:
        if execution_context is not None and execution_context.model_id:
            warm_up()  # serving a trained model: load the detector now, not on a family's message
        return cls(config)

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT)
            if not isinstance(text, str) or text.lstrip().startswith("/"):
                continue
            if foreign_language(text) is None:
                continue
            intent = {INTENT_NAME_KEY: OTHER_LANGUAGE, PREDICTED_CONFIDENCE_KEY: 1.0}
            others = [i for i in message.get(INTENT_RANKING_KEY) or [] if i.get(INTENT_NAME_KEY) != OTHER_LANGUAGE]
            message.set(INTENT, intent, add_to_output=True)
            message.set(INTENT_RANKING_KEY, [dict(intent)] + others, add_to_output=True)
        return messages
