"""The crisis safety net in the NLU pipeline: the classifier can only add to it.

A thin adapter; bot/crisis.py decides (`nlu_verdict`):
- the pattern net finds distress -> intent `crisis`, confidence 1.0, first in
  the ranking, whatever the classifier, the FallbackClassifier or the language
  check said before;
- the classifier said `crisis` (first, or second at `classifier_second_guess`)
  and a weaker sign of the net's `supported:` backs it -> `crisis`;
- only the classifier said `crisis`, not above the threshold of data/crisis.yml
  (1.0: never) -> intent `maybe_crisis`: the assistant asks "Gaat het over iets
  dringends?" instead of stopping the questions (an unknown name is not a crisis);
- only the classifier said `crisis`, and the message is an answer in the
  criteria's own deciding words ("zelfstandig kapper") -> the classifier's next
  guess: an answer, not a reason to stop and ask;
- the classifier put `crisis` second, at `classifier_second_guess` or more, and
  the message names nothing the questions ask about -> `maybe_crisis` too;
- the crisis detector (bot/detector.py), trained on examples, adds to the net:
  with a weaker sign of the net -> `crisis`; alone, sure of it and with the classifier
  of the kind sure of one kind -> `crisis` (its help lines); otherwise -> `maybe_crisis`.
Placed last in the pipeline. Button payloads ("/crisis") never reach NLU.
"""

from __future__ import annotations

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, PREDICTED_CONFIDENCE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.crisis import CRISIS, is_crisis, nlu_verdict, reads_as_an_answer, supported_crisis, warm_up
from components.common import IntentOverride


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class SafetyNet(IntentOverride):
    """Sets `crisis` when the pattern net fires, `maybe_crisis` when only the
    classifier said `crisis` without enough confidence."""

    @classmethod
    def serving(cls) -> None:
        warm_up()  # the net and the crisis detector (bot/detector.py), before the first message

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text, said = message.get(TEXT), message.get(INTENT) or {}
            if (
                said.get(INTENT_NAME_KEY) == CRISIS
                and isinstance(text, str)
                and not text.lstrip().startswith("/")
                and not is_crisis(text)
                and not supported_crisis(text)
                and reads_as_an_answer(text)
            ):
                # only the classifier, on an answer in the criteria's own words: its next guess
                ranking = [i for i in message.get(INTENT_RANKING_KEY) or [] if i.get(INTENT_NAME_KEY) != CRISIS]
                if ranking:
                    message.set(INTENT, dict(ranking[0]), add_to_output=True)
                    message.set(INTENT_RANKING_KEY, ranking + [dict(said)], add_to_output=True)
        return super().process(messages)

    def decide_for(self, message: Message, text: str) -> tuple[str, float] | None:
        said = message.get(INTENT) or {}
        # the classifier's own crisis score, also when another intent came first (a second guess)
        score = next(
            (
                float(i.get(PREDICTED_CONFIDENCE_KEY) or 0.0)
                for i in message.get(INTENT_RANKING_KEY) or []
                if i.get(INTENT_NAME_KEY) == CRISIS
            ),
            0.0,
        )
        verdict = nlu_verdict(text, said.get(INTENT_NAME_KEY), float(said.get(PREDICTED_CONFIDENCE_KEY) or 0.0), score)
        return None if verdict is None else (verdict.intent, verdict.confidence)

    def decide(self, text: str, intent: str | None, confidence: float) -> tuple[str, float] | None:
        verdict = nlu_verdict(text, intent, confidence)
        return None if verdict is None else (verdict.intent, verdict.confidence)
