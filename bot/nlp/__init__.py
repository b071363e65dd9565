"""Dutch language processing for Stapsteen.

``bot.nlp.numbers`` is plain Python. ``build_pipeline``/``save_pipeline``
live in ``bot.nlp.pipeline`` and are imported lazily here, so code that only
needs the number parsing does not pay for importing spaCy.
"""

from typing import Any

__all__ = ["build_pipeline", "save_pipeline", "LABELS"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from bot.nlp import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
