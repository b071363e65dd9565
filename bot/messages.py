"""The catalogue of user-facing text: every sentence the families and the
staff read, keyed by name (bot/data/messages/*.yml).

Keys are dotted paths of the YAML files (`button.resume`, `crisis.intro`).
A text may hold placeholders:
  {total}          a value the caller passes: text("question.family", total=6)
  {button.stop}    another text of the catalogue, by key (so an error text
                   quotes the exact title of the button it refers to)

Versioned texts that are part of a definition stay with that definition:
the criterion questions and buttons in criteria.yml, the consent notices
(hashed and proven) in consent.yml.
"""

from __future__ import annotations

import string
from collections.abc import Iterator, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

CATALOGUE_DIR = Path(__file__).parent / "data" / "messages"


class CatalogueError(ValueError):
    """The catalogue is broken: a duplicate, missing or badly formed key."""


def _flatten(prefix: str, node: Any, out: dict[str, str], source: str) -> None:
    if isinstance(node, Mapping):
        for name, child in node.items():
            if not isinstance(name, str):  # YAML reads `no:`/`yes:` as booleans
                raise CatalogueError(f"{source}: key {name!r} under {prefix or 'the top'} must be a name")
            _flatten(f"{prefix}.{name}" if prefix else str(name), child, out, source)
        return
    if not isinstance(node, str) or not node.strip():
        raise CatalogueError(f"{source}: {prefix} must be a non-empty text")
    if prefix in out:
        raise CatalogueError(f"{source}: {prefix} is defined twice")
    out[prefix] = node


def load_catalogue(folder: Path = CATALOGUE_DIR) -> dict[str, str]:
    """All texts of the *.yml files in `folder`, flattened to dotted keys."""
    texts: dict[str, str] = {}
    for path in sorted(folder.glob("*.yml")):
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        if not isinstance(raw, Mapping):
            raise CatalogueError(f"{path.name}: must hold a mapping")
        _flatten("", raw, texts, path.name)
    for key, value in texts.items():
        for ref in references(value):
            if ref not in texts:
                raise CatalogueError(f"{key} refers to unknown text {{{ref}}}")
    return texts


@lru_cache(maxsize=1)
def catalogue() -> dict[str, str]:
    return load_catalogue()


def placeholders(template: str) -> Iterator[str]:
    """Every {name} of a template."""
    for _literal, field, _spec, _conv in string.Formatter().parse(template):
        if field:
            yield field


def references(template: str) -> Iterator[str]:
    """The {dotted.keys} of a template: other texts of the catalogue."""
    return (f for f in placeholders(template) if "." in f)


class _Formatter(string.Formatter):
    def get_field(self, field_name: str, args: Sequence[Any], kwargs: Mapping[str, Any]) -> tuple[Any, str]:
        if field_name in kwargs:
            return kwargs[field_name], field_name
        if "." in field_name:
            return text(field_name, **kwargs), field_name
        raise CatalogueError(f"no value given for {{{field_name}}}")


_FORMATTER = _Formatter()


def text(key: str, **values: Any) -> str:
    """The text with this key, placeholders filled in."""
    try:
        template = catalogue()[key]
    except KeyError:
        raise CatalogueError(f"unknown text key: {key}") from None
    return _FORMATTER.vformat(template, (), values)


def preview(key: str) -> str:
    """The text with other texts filled in and its own {placeholders} kept:
    what a reviewer reads, and what the chat script fills in itself."""
    template = catalogue()[key]
    keep = {name: "{%s}" % name for name in placeholders(template) if "." not in name}
    return _FORMATTER.vformat(template, (), keep)


def section(prefix: str) -> dict[str, str]:
    """The texts under `prefix` (for the chat script) as `preview` gives them,
    keyed by the rest of the key."""
    start = prefix + "."
    return {key[len(start) :]: preview(key) for key in catalogue() if key.startswith(start)}
