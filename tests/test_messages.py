"""The message catalogue (bot/data/messages/): one home for every user-facing text.

- every text key the code uses exists, and every key of the catalogue is used;
- keys built at run time belong to a family that is checked against its data;
- `actions/` holds no Dutch sentence;
- one snapshot of the rendered catalogue (tests/snapshots/messages.txt) shows
  reviewers every text in one place. After an intended change, update it with
  `STAPSTEEN_UPDATE_SNAPSHOTS=1 pytest tests/test_messages.py`.
"""
from __future__ import annotations

import ast
import difflib
import os
import re
from pathlib import Path
from typing import Dict, Iterator, Set, Tuple

import pytest
import yaml

from bot import dialogue, messages
from bot.help import keywords
from bot.messages import CatalogueError, catalogue, load_catalogue, preview, text

ROOT = Path(__file__).resolve().parent.parent
CODE_DIRS = ("bot", "actions", "web", "channels")
SNAPSHOT = ROOT / "tests" / "snapshots" / "messages.txt"
KEY_CALLS = {"text", "say", "t", "t_html", "preview"}
SECTION_CALLS = {"section"}


def python_files() -> Iterator[Path]:
    for folder in CODE_DIRS:
        yield from (p for p in (ROOT / folder).rglob("*.py") if "migrations" not in p.parts)


def scan_python() -> Tuple[Set[str], Set[str], Set[str], Set[str]]:
    """(string constants, f-string prefixes, first arguments of text()/say()/t(),
    first arguments of section())."""
    constants: Set[str] = set()
    prefixes: Set[str] = set()
    called: Set[str] = set()
    whole: Set[str] = set()
    for path in python_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
                prefixes.add(str(node.values[0].value))
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                constants.add(node.value)
            if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
                name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
                if name in KEY_CALLS and isinstance(node.args[0].value, str):
                    called.add(node.args[0].value)
                if name in SECTION_CALLS and isinstance(node.args[0].value, str):
                    whole.add(node.args[0].value)
    return constants, prefixes, called, whole


TEMPLATE_KEY = re.compile(r"""\bt(?:_html)?\(\s*['"]([a-z0-9_.]+)['"]""")
TEMPLATE_PREFIX = re.compile(r"""\bt(?:_html)?\(\s*['"]([a-z0-9_.]+\.)['"]\s*~""")


def scan_templates() -> Tuple[Set[str], Set[str]]:
    keys: Set[str] = set()
    prefixes: Set[str] = set()
    for path in (ROOT / "web" / "templates").glob("*.html"):
        source = path.read_text(encoding="utf-8")
        keys |= set(TEMPLATE_KEY.findall(source))
        prefixes |= set(TEMPLATE_PREFIX.findall(source))
    return keys - prefixes, prefixes


def sections() -> Set[str]:
    return {key.split(".", 1)[0] for key in catalogue()}


def test_catalogue_loads_and_is_not_empty():
    assert len(catalogue()) > 100


def test_every_key_used_in_code_exists():
    constants, prefixes, called, _ = scan_python()
    template_keys, template_prefixes = scan_templates()
    tops = sections()
    # Keys reach text() directly, or as button keys in (key, payload) pairs.
    buttons = {c for c in constants if c.startswith("button.")}
    missing = sorted((buttons | called | template_keys) - set(catalogue()))
    assert missing == []
    for prefix in (p for p in prefixes | template_prefixes if p.split(".", 1)[0] in tops and p.endswith(".")):
        assert any(k.startswith(prefix) for k in catalogue()), prefix


def test_every_key_in_the_catalogue_is_used():
    """Used: named in code or a template, quoted by another text, or part of a
    section handed as a whole to a script (section("chat_ui"))."""
    constants, prefixes, called, whole = scan_python()
    template_keys, template_prefixes = scan_templates()
    script_sections = whole
    referenced = {ref for value in catalogue().values() for ref in messages.references(value)}
    used = constants | called | template_keys | referenced
    dynamic = tuple(p for p in prefixes | template_prefixes if p.endswith("."))
    unused = [key for key in catalogue()
              if key not in used and not key.startswith(dynamic)
              and not any(key.startswith(s + ".") for s in script_sections)]
    assert unused == []


def test_keys_built_at_run_time_match_their_data():
    """The families of keys the code builds from data, both ways; and the keys
    the small-talk actions are given."""
    from actions.session import SMALL_TALK

    assert set(SMALL_TALK.values()) <= set(catalogue())
    def family(prefix: str) -> Set[str]:
        return {k[len(prefix):] for k in catalogue() if k.startswith(prefix) and "." not in k[len(prefix):]}

    assert family("privacy.") == set(keywords()["privacy"])
    assert family("crisis.lines.") == set(keywords()["crisis"])
    assert family("contact.ask.") == {s.removeprefix("contact_") for s in dialogue.CONTACT_SLOTS[:-1]}


def test_no_dutch_sentence_in_actions():
    """actions/ only adapts Rasa to bot/: its strings are names, never texts."""
    words = re.compile(r"\b(je|jij|het|een|de|niet|wil|is|van|en|dat|ik|we)\b", re.I)
    found = []
    for path in (ROOT / "actions").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {id(n.body[0].value) for n in ast.walk(tree)
                      if isinstance(n, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                      and n.body and isinstance(n.body[0], ast.Expr)}
        for node in ast.walk(tree):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
                    and " " in node.value and len(words.findall(node.value)) >= 2):
                found.append(f"{path.name}: {node.value!r}")
    assert found == []


def test_placeholders_fill_in_and_missing_values_fail():
    assert text("question.family", index=2, total=7, question="Q?") == "Vraag 2 van 7. Q?"
    with pytest.raises(CatalogueError, match="total"):
        text("question.family", index=2, question="Q?")
    with pytest.raises(CatalogueError, match="unknown text key"):
        text("no.such.key")


def test_a_text_quotes_the_exact_button_title():
    assert f"'{text('button.consent_yes')}'" in text("consent.needs_explicit_yes")


@pytest.mark.parametrize("content, problem", [
    ({"a": {"no": "Nee"}}, "must be a name"),                   # YAML reads `no:` as False
    ({"a": "x {b.c}"}, "refers to unknown text {b.c}"),
    ({"a": ""}, "non-empty text"),
    ({"a": ["x"]}, "non-empty text"),
])
def test_a_broken_catalogue_fails_on_load(tmp_path, content, problem):
    text_of = yaml.safe_dump(content).replace("'no'", "no")
    (tmp_path / "x.yml").write_text(text_of, encoding="utf-8")
    with pytest.raises(CatalogueError, match=re.escape(problem)):
        load_catalogue(tmp_path)


def test_a_key_defined_in_two_files_fails(tmp_path):
    (tmp_path / "a.yml").write_text("s:\n  k: een\n", encoding="utf-8")
    (tmp_path / "b.yml").write_text("s:\n  k: twee\n", encoding="utf-8")
    with pytest.raises(CatalogueError, match="s.k is defined twice"):
        load_catalogue(tmp_path)


def render() -> str:
    lines = []
    for key in sorted(catalogue()):
        body = preview(key).replace("\n", "\n    ")
        lines.append(f"{key}:\n    {body}")
    return "\n".join(lines) + "\n"


def test_snapshot_of_the_rendered_catalogue():
    rendered = render()
    if os.environ.get("STAPSTEEN_UPDATE_SNAPSHOTS") == "1":
        SNAPSHOT.parent.mkdir(exist_ok=True)
        SNAPSHOT.write_text(rendered, encoding="utf-8")
    expected = SNAPSHOT.read_text(encoding="utf-8") if SNAPSHOT.exists() else ""
    diff = "".join(difflib.unified_diff(expected.splitlines(True), rendered.splitlines(True),
                                        "tests/snapshots/messages.txt", "catalogue"))
    assert not diff, ("the catalogue changed; review the diff and update the snapshot with "
                      "STAPSTEEN_UPDATE_SNAPSHOTS=1 pytest tests/test_messages.py\n" + diff)


def test_catalogue_texts_are_short_sentences():
    """Plain Dutch (B1): no sentence in the chat is longer than 30 words."""
    long: Dict[str, int] = {}
    for key in catalogue():
        for sentence in re.split(r"(?<=[.?!])\s+|\n", preview(key)):
            if len(sentence.split()) > 30:
                long[key] = len(sentence.split())
    assert long == {}
