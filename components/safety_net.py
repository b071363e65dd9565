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

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, PREDICTED_CONFIDENCE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.crisis import nlu_verdict


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class SafetyNet(GraphComponent, IntentClassifier):
    """Sets `crisis` when the pattern net fires, `maybe_crisis` when only the
    classifier said `crisis` without enough confidence."""

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
    ) -> SafetyNet:
        return cls(config)

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT)
            if not isinstance(text, str) or text.lstrip().startswith("/"):
                continue
            said = message.get(INTENT) or {}
            verdict = nlu_verdict(text, said.get(INTENT_NAME_KEY), float(said.get(PREDICTED_CONFIDENCE_KEY) or 0.0))
            if verdict is None:
                continue
            intent = {INTENT_NAME_KEY: verdict.intent, PREDICTED_CONFIDENCE_KEY: verdict.confidence}
            others = [i for i in message.get(INTENT_RANKING_KEY) or [] if i.get(INTENT_NAME_KEY) != verdict.intent]
            message.set(INTENT, intent, add_to_output=True)
            message.set(INTENT_RANKING_KEY, [dict(intent)] + others, add_to_output=True)
        return messages
