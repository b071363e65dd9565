"""What the NLU components share: set one intent on top of the classifier's,
for text messages only (button payloads such as "/affirm" never pass here)."""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, PREDICTED_CONFIDENCE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message


class IntentOverride(GraphComponent, IntentClassifier):
    """A component that may replace the predicted intent. Subclasses say which
    in `decide`; the intent they set goes first in the ranking."""

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
    ) -> IntentOverride:
        if execution_context is not None and execution_context.model_id:
            cls.serving()  # a trained model is being loaded to serve messages
        return cls(config)

    @classmethod
    def serving(cls) -> None:
        """Called once when Rasa loads the model to serve it (not in training)."""

    def decide(self, text: str, intent: str | None, confidence: float) -> tuple[str, float] | None:
        """(intent, confidence) to set instead of the classifier's, or None."""
        raise NotImplementedError

    def decide_for(self, message: Message, text: str) -> tuple[str, float] | None:
        """`decide` on the message's text and predicted intent (a subclass may read more of it)."""
        said = message.get(INTENT) or {}
        return self.decide(text, said.get(INTENT_NAME_KEY), float(said.get(PREDICTED_CONFIDENCE_KEY) or 0.0))

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT)
            if not isinstance(text, str) or text.lstrip().startswith("/"):
                continue
            decision = self.decide_for(message, text)
            if decision is None:
                continue
            name, confidence = decision
            intent = {INTENT_NAME_KEY: name, PREDICTED_CONFIDENCE_KEY: confidence}
            others = [i for i in message.get(INTENT_RANKING_KEY) or [] if i.get(INTENT_NAME_KEY) != name]
            message.set(INTENT, intent, add_to_output=True)
            message.set(INTENT_RANKING_KEY, [dict(intent)] + others, add_to_output=True)
        return messages
