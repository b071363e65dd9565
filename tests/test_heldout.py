"""The held-out evaluation set (tests/data/heldout/): its format, its counts, and
that none of its sentences is in the training data.

The set measures the assistant on sentences it was not trained on
(`scripts/benchmark.py` runs it over the real servers). It is only honest while
no held-out sentence also occurs, after folding (lower case, no accents, no
punctuation), in `data/**/*.yml` (NLU examples, synonyms, lookups, rules,
stories) or in `bot/data/criteria.yml` / `bot/data/help.yml` (keywords, button
titles). A failure lists the leaks: rewrite the held-out sentence (or remove it
from the training data), never copy it the other way.

The loader and the checks are plain functions: the benchmark uses them too.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from collections import Counter
from pathlib import Path

import yaml

from bot.detector import ANNOTATION
from bot.normalise import fold
from tests.oracle import CRITERIA

ROOT = Path(__file__).resolve().parent.parent
HELDOUT = ROOT / "tests" / "data" / "heldout"

VALUES = ("inadequate", "adequate", "unknown", "check")
TAGS = ("clean", "spreektaal", "non_native", "multi_topic")
#: optional `source` of an item -> its round (README.md): round-2 was written after round-1's failures were seen,
#: round-3 after round-2's, round-4 after round-3's (blind: a round's failures are not read before its
#: first figures are reported).
LAST_ROUND = 177
ROUNDS = tuple(f"round-{n}" for n in range(1, LAST_ROUND + 1))
SOURCES = {None: "round-1", "old-answers": "round-1", **{r: r for r in ROUNDS[1:]}}
#: kind of crisis -> the help lines accepted as the FIRST one named (domain.md §4, issue 8).
CRISIS_FIRST = {
    "suicide_now": {"112"},
    "suicidal_thoughts": {"1813"},
    "violence_now": {"101", "112"},
    "violence_past": {"1712"},
    "missing_child": {"101"},
    "poisoning": {"112"},
    "no_food": {"OCMW"},
}
MIN_PER_CRITERION = 30
MIN_CRISIS = 30
MIN_NON_CRISIS = 30
MIN_INFORMAL_SHARE = 0.40  # spreektaal + non_native among all held-out answers


def key(text: object) -> str:
    """The comparison form: folded (bot.normalise.fold), without any punctuation."""
    return " ".join(re.sub(r"[^\w€]+|_", " ", fold(text)).split())


# ---------------------------------------------------------------- loading


def load(folder: Path = HELDOUT) -> dict:
    """{"answers": {criterion: [item]}, "crisis": [item], "non_crisis": [item]}."""

    def read(name: str, section: str):
        data = yaml.safe_load((folder / name).read_text(encoding="utf-8")) or {}
        return data.get(section)

    return {
        "answers": read("answers.yml", "answers"),
        "crisis": read("crisis.yml", "crisis"),
        "non_crisis": read("non_crisis.yml", "non_crisis"),
    }


def round_of(item: dict) -> str:
    """The round of a held-out item: "round-1" (no source, or old-answers), or "round-2" to "round-4"."""
    return SOURCES.get(item.get("source"), str(item.get("source")))


def sentences(data: dict) -> list[tuple[str, str]]:
    """(where, text) of every held-out sentence, e.g. ("answers.yml income #3", "...")."""
    out = []
    for cid, items in (data.get("answers") or {}).items():
        for i, item in enumerate(items or [], 1):
            out.append((f"answers.yml {cid} #{i}", str(item.get("text", ""))))
    for section in ("crisis", "non_crisis"):
        for i, item in enumerate(data.get(section) or [], 1):
            out.append((f"{section}.yml #{i}", str(item.get("text", ""))))
    return out


def answer_id(criterion: str, text: str) -> str:
    """A held-out answer's stable id in raters.yml: its criterion and text, hashed (the file does not
    repeat the sentences)."""
    return hashlib.sha1(f"{criterion}|{text}".encode()).hexdigest()[:12]


def load_raters(folder: Path = HELDOUT) -> dict:
    """raters.yml: {"raters": {name: what}, "labels": {answer id: {rater: value}}}, or empty ones."""
    path = folder / "raters.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else {}
    labels = {}
    for row in (data or {}).get("labels") or []:
        row = dict(row)
        labels[str(row.pop("id"))] = row
    return {"raters": (data or {}).get("raters") or {}, "labels": labels}


def rater_problems(data: dict, raters: dict) -> list[str]:
    """Every id of raters.yml names a held-out answer, every label is a value, every rater is declared."""
    ids = {answer_id(cid, item["text"]) for cid, items in data["answers"].items() for item in items}
    problems = []
    for aid, row in raters["labels"].items():
        if aid not in ids:
            problems.append(f"raters.yml {aid}: no held-out answer has this id")
        for name, value in row.items():
            if name not in raters["raters"]:
                problems.append(f"raters.yml {aid}: rater {name!r} is not declared under `raters:`")
            if value not in VALUES:
                problems.append(f"raters.yml {aid}: value {value!r} not in {VALUES}")
    return problems


# ---------------------------------------------------------------- format


def format_problems(data: dict) -> list[str]:
    """Everything wrong with the format and the counts; [] when the set is valid."""
    problems: list[str] = []

    def check_text(where: str, item: object) -> bool:
        if not isinstance(item, dict):
            problems.append(f"{where}: not a mapping")
            return False
        if not isinstance(item.get("text"), str) or not item["text"].strip():
            problems.append(f"{where}: text missing or empty")
        if item.get("tag") not in TAGS:
            problems.append(f"{where}: tag {item.get('tag')!r} not in {TAGS}")
        if item.get("source") not in SOURCES:
            problems.append(f"{where}: source {item.get('source')!r} not in {sorted(filter(None, SOURCES))}")
        return True

    answers = data.get("answers")
    if not isinstance(answers, dict):
        problems.append("answers.yml: no `answers:` mapping")
        answers = {}
    if set(answers) != set(CRITERIA):
        problems.append(f"answers.yml: criteria {sorted(answers)} != {sorted(CRITERIA)}")
    tags: Counter = Counter()
    for cid, items in answers.items():
        items = items or []
        if len(items) < MIN_PER_CRITERION:
            problems.append(f"answers.yml {cid}: {len(items)} answers, at least {MIN_PER_CRITERION} needed")
        for i, item in enumerate(items, 1):
            where = f"answers.yml {cid} #{i}"
            if not check_text(where, item):
                continue
            tags[item.get("tag")] += 1
            if item.get("value") not in VALUES:
                problems.append(f"{where}: value {item.get('value')!r} not in {VALUES}")
    total = sum(tags.values())
    if total and (tags["spreektaal"] + tags["non_native"]) / total < MIN_INFORMAL_SHARE:
        problems.append(f"answers.yml: only {tags['spreektaal'] + tags['non_native']} of {total} answers "
                        f"are spreektaal or non_native (at least {MIN_INFORMAL_SHARE:.0%})")

    crisis = data.get("crisis")
    if not isinstance(crisis, list):
        problems.append("crisis.yml: no `crisis:` list")
        crisis = []
    if len(crisis) < MIN_CRISIS:
        problems.append(f"crisis.yml: {len(crisis)} sentences, at least {MIN_CRISIS} needed")
    kinds = Counter()
    for i, item in enumerate(crisis, 1):
        where = f"crisis.yml #{i}"
        if not check_text(where, item):
            continue
        kind = item.get("kind")
        kinds[kind] += 1
        if kind not in CRISIS_FIRST:
            problems.append(f"{where}: kind {kind!r} not in {sorted(CRISIS_FIRST)}")
            continue
        first = item.get("first")
        if not isinstance(first, list) or not first or set(map(str, first)) != CRISIS_FIRST[kind]:
            problems.append(f"{where}: first {first!r} must be {sorted(CRISIS_FIRST[kind])} for {kind}")
    missing = sorted(set(CRISIS_FIRST) - set(kinds))
    if missing:
        problems.append(f"crisis.yml: no sentence of kind {', '.join(missing)}")

    non_crisis = data.get("non_crisis")
    if not isinstance(non_crisis, list):
        problems.append("non_crisis.yml: no `non_crisis:` list")
        non_crisis = []
    if len(non_crisis) < MIN_NON_CRISIS:
        problems.append(f"non_crisis.yml: {len(non_crisis)} sentences, at least {MIN_NON_CRISIS} needed")
    for i, item in enumerate(non_crisis, 1):
        where = f"non_crisis.yml #{i}"
        if check_text(where, item) and item.get("at", "any") not in (*CRITERIA, "any"):
            problems.append(f"{where}: at {item.get('at')!r} must be a criterion id or `any`")

    seen: dict[str, str] = {}
    for where, text in sentences(data):
        k = key(text)
        if k in seen:
            problems.append(f"{where}: the same sentence as {seen[k]} ({text!r})")
        seen.setdefault(k, where)
    return problems


# ---------------------------------------------------------------- leaks


def _strings(node: object):
    """Every string in a YAML tree, multi-line strings split into lines, list bullets and
    entity annotations removed (Rasa's `examples: |` blocks)."""
    if isinstance(node, str):
        for line in node.splitlines():
            line = line.strip()
            if line.startswith("- "):
                line = line[2:]
            yield ANNOTATION.sub(r"\1", line)
    elif isinstance(node, dict):
        for k, v in node.items():
            yield from _strings(k)
            yield from _strings(v)
    elif isinstance(node, list):
        for v in node:
            yield from _strings(v)


def training_sentences(root: Path = ROOT) -> dict[str, list[str]]:
    """key(sentence) -> the files it is in, for everything the assistant learns from or
    matches against: data/**/*.yml, and criteria.yml + help.yml (keywords, buttons) + crisis_detector.yml
    (the crisis detector's own examples)."""
    files = sorted((root / "data").rglob("*.yml")) + sorted((root / "data").rglob("*.yaml"))
    files += [root / "bot" / "data" / name for name in ("criteria.yml", "help.yml", "crisis_detector.yml")]
    found: dict[str, list[str]] = {}
    for path in files:
        if not path.exists():
            continue
        tree = yaml.safe_load(path.read_text(encoding="utf-8"))
        for text in _strings(tree):
            k = key(text)
            where = str(path.relative_to(root))
            if k and where not in found.setdefault(k, []):
                found[k].append(where)
    return found


def leaks(data: dict, root: Path = ROOT) -> list[str]:
    """Held-out sentences that also occur in the training data or the keywords."""
    known = training_sentences(root)
    return [f"{where}: {text!r} is also in {', '.join(known[key(text)])}"
            for where, text in sentences(data) if key(text) in known]


# ---------------------------------------------------------------- tests


def test_heldout_format_and_counts():
    problems = format_problems(load())
    assert not problems, "\n".join(problems)


def test_second_raters_label_held_out_answers_only():
    raters = load_raters()
    assert len(raters["labels"]) >= 300 and len(raters["raters"]) >= 2
    problems = rater_problems(load(), raters)
    assert not problems, "\n".join(problems)


def test_rater_check_finds_an_unknown_id_value_or_rater():
    data = load()
    first = data["answers"]["income"][0]
    raters = {"raters": {"A": "a second social worker"},
              "labels": {answer_id("income", first["text"]): {"A": "fine", "Z": "adequate"}, "0" * 12: {"A": "check"}}}
    problems = "\n".join(rater_problems(data, raters))
    assert "'fine' not in" in problems and "rater 'Z'" in problems and "000000000000: no held-out answer" in problems
    assert not rater_problems(data, {"raters": {"A": ""}, "labels": {answer_id("income", first["text"]): {"A": "check"}}})


def test_no_heldout_sentence_in_training_data():
    found = leaks(load())
    assert not found, (f"{len(found)} held-out sentence(s) leaked into the training data or keywords "
                       "(rewrite them in tests/data/heldout/):\n" + "\n".join(found))


def test_key_folds_case_accents_and_punctuation():
    assert key("Kzit  in 't BSO, één jaar!") == key("kzit in t bso een jaar")
    assert key("1.450 €") == "1 450 €"


def _copy_project(tmp_path: Path) -> Path:
    """The training data and the criteria/help files, copied to tmp_path."""
    shutil.copytree(ROOT / "data", tmp_path / "data")
    (tmp_path / "bot" / "data").mkdir(parents=True)
    for name in ("criteria.yml", "help.yml", "crisis_detector.yml"):
        shutil.copy(ROOT / "bot" / "data" / name, tmp_path / "bot" / "data" / name)
    return tmp_path


def test_leak_check_finds_a_heldout_sentence_added_to_the_nlu_data(tmp_path):
    root = _copy_project(tmp_path)
    data = load()
    victim = data["answers"]["housing"][1]["text"]
    # Another spelling of the same sentence, with an entity annotation, in a new NLU file.
    words = key(victim).upper().split()
    annotated = f"[{words[0]}](something) " + " ".join(words[1:]) + " !"
    (root / "data" / "nlu" / "leak.yml").write_text(
        'version: "3.1"\nnlu:\n- intent: answer_problem\n  examples: |\n    - ' + annotated + "\n",
        encoding="utf-8")
    found = sorted(set(leaks(data, root)) - set(leaks(data, ROOT)))
    assert len(found) == 1 and "answers.yml housing #2" in found[0] and "leak.yml" in found[0], found


def test_leak_check_finds_a_heldout_crisis_message_added_to_the_detector_examples(tmp_path):
    root = _copy_project(tmp_path)
    data = load()
    victim = data["crisis"][0]["text"]
    path = root / "bot" / "data" / "crisis_detector.yml"
    examples = yaml.safe_load(path.read_text(encoding="utf-8"))
    examples["crisis"].append(victim.upper())
    path.write_text(yaml.safe_dump(examples, allow_unicode=True), encoding="utf-8")
    found = sorted(set(leaks(data, root)) - set(leaks(data, ROOT)))
    assert len(found) == 1 and "crisis.yml #1" in found[0] and "crisis_detector.yml" in found[0], found


def test_leak_check_finds_a_training_sentence_or_button_added_to_the_heldout_set(tmp_path):
    data = load()
    criteria = yaml.safe_load((ROOT / "bot" / "data" / "criteria.yml").read_text(encoding="utf-8"))
    button = criteria["criteria"][0]["options"][0]["title"]
    nlu_file = sorted((ROOT / "data" / "nlu").glob("*.yml"))[0]
    block = next(item["examples"] for item in yaml.safe_load(nlu_file.read_text(encoding="utf-8"))["nlu"]
                 if "intent" in item)
    example = next(t for t in _strings(block) if len(key(t).split()) >= 2)
    heldout = tmp_path / "heldout"
    shutil.copytree(HELDOUT, heldout)
    with (heldout / "non_crisis.yml").open("a", encoding="utf-8") as f:
        f.write(f"  - {{text: {json.dumps(example.upper())}, at: any, tag: clean}}\n")
        f.write(f"  - {{text: {json.dumps(button + '.')}, at: any, tag: clean}}\n")
    found = [f for f in leaks(load(heldout)) if f not in leaks(data)]
    assert len(found) == 2 and all(f.startswith("non_crisis.yml") for f in found), found
    assert "bot/data/criteria.yml" in found[1], found


def test_format_check_reports_bad_values_tags_kinds_and_counts(tmp_path):
    heldout = tmp_path / "heldout"
    shutil.copytree(HELDOUT, heldout)
    data = load(heldout)
    data["answers"]["income"][0]["value"] = "fine"
    data["answers"]["health"][0]["tag"] = "formal"
    data["answers"]["education"] = data["answers"]["education"][:5]
    data["crisis"][0]["first"] = ["106"]
    data["crisis"][1]["source"] = f"round-{LAST_ROUND + 1}"
    data["crisis"] = data["crisis"][:20]
    data["non_crisis"][0]["at"] = "weather"
    data["non_crisis"].append({"text": data["non_crisis"][1]["text"].upper(), "tag": "clean"})
    problems = "\n".join(format_problems(data))
    for expected in ("value 'fine'", "tag 'formal'", "education: 5 answers", "first ['106']",
                     "crisis.yml: 20 sentences", "at 'weather'", f"source 'round-{LAST_ROUND + 1}'", "the same sentence as"):
        assert expected in problems, (expected, problems)
