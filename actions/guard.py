"""Every action is guarded: an unexpected exception never leaves an action.

Without this, rasa-sdk answers 500 and Rasa logs the body of that answer, and
the family gets no reply for that action. `Guarded` wraps the `run` of every
subclass (`StapsteenAction`, and `actions.common.StapsteenFormValidation`):
the exception is logged as its type, the place it was raised and the action's
name only (its message and a traceback can quote what the family typed, or
SQL parameters), the family gets the kind generic message, and no event is
returned, so the conversation stays where it was.
"""

from __future__ import annotations

import abc
import functools
import logging
import traceback
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from rasa_sdk import Action, ActionExecutionRejection, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.messages import text

logger = logging.getLogger(__name__)  # never log user text or personal data

UNEXPECTED_ERROR = "error.unexpected"  # the kind generic message (bot/data/messages/conversation.yml)

Run = Callable[[Any, CollectingDispatcher, Tracker, DomainDict], Awaitable[list[EventType]]]


def where(exc: BaseException) -> str:
    """Where `exc` was raised (file:line of the innermost frame): no message, no values."""
    frames = traceback.extract_tb(exc.__traceback__)
    return f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"


def guarded(run: Run) -> Run:
    """`run` that never raises (ActionExecutionRejection, rasa-sdk's own signal, passes)."""

    @functools.wraps(run)
    async def run_guarded(
        self: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        try:
            return await run(self, dispatcher, tracker, domain)
        except ActionExecutionRejection:
            raise
        except Exception as exc:
            logger.error("action %s failed: %s at %s", self.name(), type(exc).__name__, where(exc))
            dispatcher.utter_message(text=text(UNEXPECTED_ERROR))
            return []

    run_guarded.stapsteen_guarded = True  # type: ignore[attr-defined]
    return run_guarded


class Guarded:
    """Mixin of every Stapsteen action: a `run` defined in a subclass is wrapped by `guarded`."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        run = cls.__dict__.get("run")
        if run is not None and not getattr(run, "stapsteen_guarded", False):
            cls.run = guarded(run)  # type: ignore[attr-defined]


class StapsteenAction(Guarded, Action, metaclass=abc.ABCMeta):
    """The base of every custom action: rasa_sdk.Action with a guarded run."""

    @abc.abstractmethod
    def name(self) -> str:
        """Each action names itself."""
