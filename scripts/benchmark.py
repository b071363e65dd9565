"""Benchmark: prints figures of the assistant over the real servers (not a test).

  .venv/bin/python scripts/benchmark.py                      # --accuracy --crisis (about 5 min)
  .venv/bin/python scripts/benchmark.py --all                # everything (about 20 min on 2 cores)
  .venv/bin/python scripts/benchmark.py --crisis --limit 5   # a quick smoke run

Parts (choose any; without a part flag: --accuracy --crisis):

  --accuracy  The held-out answers (tests/data/heldout/answers.yml) over the REST webhook:
              "/greet", "/affirm", the other criteria answered with the button payload
              `adequate`, the criterion under test with the free text. The reply is a
              check-back (custom has "check_back": its value), the same question again
              (not understood), a crisis (false alarm), or the next question: the value was
              taken silently, and which one is read from the result's custom at the end
              (score 1 -> inadequate, unknown 1 -> unknown, both 0 -> adequate). Per
              criterion, per tag and per expected value: right, checked back to the right /
              another value, not understood, silent wrong (a wrong value taken without a
              check-back; for an answer labelled `check`, any value taken without one),
              false crisis. The silent wrong answers are listed. Then, on the answers that
              independent raters labelled again (tests/data/heldout/raters.yml), how often
              two people give the same value, and the assistant with each of them.
  --crisis    Crisis recall (tests/data/heldout/crisis.yml): each sentence at a question
              (seeded random) or, one in five, as the first message of a conversation. Hit =
              custom {"crisis": true} AND the first help line named in the reply's text is
              the expected one (112 / 101 / 1813 / 1712 / OCMW ...). Misses are listed.
              And false alarms on tests/data/heldout/non_crisis.yml (sent as answers).
  --latency   REST latency p50/p95 per message and messages per second, complete button
              conversations at 1, 8 and 32 concurrent conversations.
  --nlu-cv    NLU intent F1 (weighted) by seeded 3-fold cross-validation (`rasa test nlu
              --cross-validation --folds 3`): several minutes.
  --train     Training time (`rasa train --force` into a temporary folder): several minutes.
  --all       All of them.
  --compare-bare  Only the side-by-side cost against a bare `rasa init` bot (scripts/compare_bare.py).
  --net       Only the rules alone, offline, per round (minutes; no servers, no model): what the pattern
              net (bot/crisis.py) catches without the classifier and its false alarms, the same with
              the crisis detector, and the held-out answers as bot/interpret.py reads them alone.

The servers (action server + `rasa run`) are started on free loopback ports with a
temporary database, key and folder, as tests/harness.py does, on a copy of the model.
Conversations run in parallel (--workers). The whole run is bounded by --budget
seconds: what did not start in time is reported as skipped.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
os.environ.setdefault("PYTHONWARNINGS", "ignore")
RASA = str(Path(sys.executable).parent / "rasa")
MODEL = ROOT / "models" / "stapsteen.tar.gz"
PARTS = ("accuracy", "crisis", "latency", "nlu_cv", "train")
DEFAULT_PARTS = ("accuracy", "crisis")

# Help lines as they may be written in a reply, most specific first (domain.md §4).
HELP_LINES = (
    ("116 000", r"116[\s.]?000"),
    ("070 245 245", r"070[\s/.]?245[\s.]?245"),
    ("0800 13 500", r"0800[\s.]?13[\s.]?500"),
    ("1813", r"1813"),
    ("1712", r"1712"),
    ("1733", r"1733"),
    ("112", r"112"),
    ("101", r"101"),
    ("106", r"106"),
    ("102", r"102"),
    ("OCMW", r"OCMW"),
    ("CAW", r"CAW"),
)
_HELP_LINE = re.compile("|".join(f"(?P<l{i}>(?<![\\w]){rx}(?![\\w]))" for i, (_, rx) in enumerate(HELP_LINES)))


def first_help_line(text: str) -> str | None:
    """The help line named first in a text ('112', '1813', 'OCMW', ...), or None."""
    m = _HELP_LINE.search(text)
    if not m:
        return None
    return next(HELP_LINES[int(name[1:])][0] for name, v in m.groupdict().items() if v is not None)


# ------------------------------------------------------------------ servers


@contextmanager
def running_servers(model: Path):
    """The action server and the Rasa server on free loopback ports, with a temporary
    database, key and run-time folder; yields the Rasa base URL."""
    import requests  # noqa: F401 - fail early when the venv is incomplete
    from cryptography.fernet import Fernet

    from tests.harness import free_port, wait_http

    tmp = Path(tempfile.mkdtemp(prefix="stapsteen-bench-"))
    model_copy = tmp / "model.tar.gz"
    shutil.copy(model, model_copy)  # the model may be retrained while we run
    a_port, r_port = free_port(), free_port()
    # As in production (endpoints.yml): our tracker store, which also applies channels/rasa_fixes.py.
    (tmp / "endpoints.yml").write_text(f'action_endpoint:\n  url: "http://127.0.0.1:{a_port}/webhook"\n'
                                       "tracker_store:\n  type: channels.tracker_store.ForgettingTrackerStore\n")
    env = dict(os.environ, PYTHONPATH=str(ROOT), SANIC_HOST="127.0.0.1", STAPSTEEN_VAR_DIR=str(tmp),
               STAPSTEEN_DATABASE_URL=f"sqlite:///{tmp / 'bench.db'}",
               STAPSTEEN_SECRET_KEY=Fernet.generate_key().decode())
    logs = [open(tmp / "actions.log", "wb"), open(tmp / "rasa.log", "wb")]
    procs = [
        subprocess.Popen([sys.executable, "-m", "rasa_sdk", "--actions", "actions", "--port", str(a_port)],
                         cwd=ROOT, env=env, stdout=logs[0], stderr=subprocess.STDOUT),
        subprocess.Popen([RASA, "run", "--model", str(model_copy), "--interface", "127.0.0.1",
                          "--port", str(r_port), "--credentials", str(ROOT / "credentials.yml"),
                          "--endpoints", str(tmp / "endpoints.yml")],
                         cwd=ROOT, env=env, stdout=logs[1], stderr=subprocess.STDOUT),
    ]
    try:
        start = time.perf_counter()
        try:
            wait_http(f"http://127.0.0.1:{a_port}/health", procs)
            wait_http(f"http://127.0.0.1:{r_port}/", procs)
        except RuntimeError as exc:
            for log in logs:
                log.flush()
            tail = (tmp / "rasa.log").read_text(errors="replace")[-2000:]
            raise SystemExit(f"servers did not start: {exc}\n{tail}") from exc
        print(f"servers up in {time.perf_counter() - start:.0f} s (model {model}, "
              f"{time.strftime('%Y-%m-%d %H:%M', time.localtime(model.stat().st_mtime))})", flush=True)
        yield f"http://127.0.0.1:{r_port}"
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            try:
                p.wait(timeout=30)
            except subprocess.TimeoutExpired:
                p.kill()
        for log in logs:
            log.close()
        shutil.rmtree(tmp, ignore_errors=True)


class Conversation:
    """One conversation over the REST webhook."""

    def __init__(self, url: str):
        import requests

        self.url = f"{url}/webhooks/rest/webhook"
        self.sender = f"bench-{uuid.uuid4().hex[:12]}"
        self.session = requests.Session()
        self.messages = 0
        self.asked: list[str] = []  # the criteria whose question was asked, in order

    def say(self, message: str) -> list:
        r = self.session.post(self.url, json={"sender": self.sender, "message": message}, timeout=60)
        r.raise_for_status()
        self.messages += 1
        reply = r.json() or []
        asked = question_of(reply)
        if asked:
            self.asked.append(asked)
        return reply

    def close(self) -> None:
        self.session.close()


def payload(value: str) -> str:
    return "/answer" + json.dumps({"criterion_value": value})


def customs(reply: list) -> list[dict]:
    return [m["custom"] for m in reply if isinstance(m.get("custom"), dict)]


def texts(reply: list) -> str:
    return "\n".join(m["text"] for m in reply if m.get("text"))


def question_of(reply: list) -> str | None:
    """The criterion whose question the reply asks (the last one), or None."""
    asked = [c["criterion"] for c in customs(reply) if "criterion" in c and "index" in c]
    return asked[-1] if asked else None


def check_back_of(reply: list) -> str | None:
    values = [c["check_back"] for c in customs(reply) if "check_back" in c]
    return values[-1] if values else None


def result_of(reply: list) -> dict | None:
    results = [c for c in customs(reply) if "score" in c and "unknown" in c]
    return results[-1] if results else None


def is_crisis(reply: list) -> bool:
    return any(c.get("crisis") is True for c in customs(reply))


#: Rounds whose sentences are not printed (--hide): a blind round stays blind while its figures are read.
HIDDEN: set[str] = set()


def shown(item: dict) -> str:
    """The sentence of a held-out item as the lists print it, or a placeholder for a hidden round."""
    from tests.test_heldout import round_of

    rnd = round_of(item)
    return f"<{rnd}: hidden>" if rnd in HIDDEN else repr(item["text"])


def maybe_crisis_of(reply: list) -> bool:
    """The gentle question "Gaat het over iets dringends?" (only the classifier thought of a crisis)."""
    return any(c.get("maybe_crisis") is True for c in customs(reply))


def language_of(reply: list) -> str | None:
    """The language of an 'I only write Dutch' reply (bot.dialogue.other_language), or None."""
    return next((c["language"] for c in customs(reply) if c.get("language")), None)


def other_language_line(results: list[dict], what: str) -> None:
    """Held-out items written in another language (`language:`): by design (issue 8, part 3) the
    reply comes in that language, naming 112 and the way to an interpreter; counted as misses."""
    written = [r for r in results if r.get("language")]
    if written:
        same = sum(1 for r in written if r["observed"].get("language") == r["language"])
        print(f"\nWritten in another language (`language:` in the held-out files): {len(written)} {what}; "
              f"{same} got the reply in that language (it names 112 and the way to an interpreter). "
              "Counted above as they came out.")


def short(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def start_at(conv: Conversation, criteria: list[str], at: str) -> list:
    """Greet, agree, answer the questions before `at` with `adequate`; returns the reply
    that asks `at`'s question."""
    conv.say("/greet")
    reply = conv.say("/affirm")
    for _ in range(len(criteria) + 1):
        asked = question_of(reply)
        if asked == at:
            return reply
        if asked is None:
            raise RuntimeError(f"no question where {at!r} was expected: {short(texts(reply))!r}")
        reply = conv.say(payload("adequate"))
    raise RuntimeError(f"question {at!r} never came")


# ------------------------------------------------------------------ held-out answers


def observe_answer(url: str, criteria: list[str], cid: str, text: str) -> dict:
    """What the assistant does with one free-text answer to `cid`'s question."""
    conv = Conversation(url)
    try:
        start_at(conv, criteria, cid)
        reply = conv.say(text)
        if is_crisis(reply):
            return {"outcome": "false_crisis", "messages": conv.messages}
        checked = check_back_of(reply)
        if checked is not None:
            return {"outcome": "checked_back", "value": checked, "messages": conv.messages}
        asked, result = question_of(reply), result_of(reply)
        if any(c.get("stopped") for c in customs(reply)) or (asked is None and result is None):
            # the conversation stopped, or went elsewhere (a route to a person, privacy, another language)
            return {"outcome": "other", "reply": short(texts(reply)), "language": language_of(reply),
                    "messages": conv.messages}
        if asked == cid:  # the same question again (the fallback re-asks it)
            return {"outcome": "not_understood", "reply": short(texts(reply)), "messages": conv.messages}
        for _ in range(len(criteria) + 1):
            if result is not None:
                break
            if asked is None:
                raise RuntimeError(f"no question and no result: {short(texts(reply))!r}")
            reply = conv.say(payload("adequate"))
            asked, result = question_of(reply), result_of(reply)
        if result is None:
            raise RuntimeError("no result after the last question")
        score, unknown = result.get("score"), result.get("unknown")
        value = {(1, 0): "inadequate", (0, 1): "unknown", (0, 0): "adequate"}.get((score, unknown))
        if value is None:  # another criterion was changed too (multi-topic answer)
            value = f"mixed(score={score},unknown={unknown})"
        skipped = [c for c in criteria if c not in conv.asked]  # filled from the answer itself
        return {"outcome": "silent", "value": value, "not_asked": skipped, "messages": conv.messages}
    finally:
        conv.close()


def grade(expected: str, observed: dict) -> str:
    """right | cb_right | cb_other | not_understood | other | silent_wrong | false_crisis | error | skipped"""
    outcome = observed["outcome"]
    if outcome in ("false_crisis", "not_understood", "other", "error", "skipped"):
        return outcome
    if outcome == "checked_back":
        if expected == "check":
            return "right"
        return "cb_right" if observed["value"] == expected else "cb_other"
    return "right" if observed["value"] == expected else "silent_wrong"


ACCURACY_COLUMNS = ("right", "cb_right", "cb_other", "not_understood", "other", "silent_wrong", "false_crisis")
ACCURACY_HEADERS = ("n", "right", "%", "right+cb", "%", "cb right value", "cb other value", "not understood",
                    "other", "silent wrong", "false crisis", "error/skipped")


def accuracy_rows(results: list[dict], group: Callable[[dict], str], order: Iterable[str]) -> list[list]:
    by: dict[str, Counter] = defaultdict(Counter)
    for r in results:
        by[group(r)][r["grade"]] += 1
        by["all"][r["grade"]] += 1
    rows = []
    for name in [*order, "all"]:
        c = by.get(name)
        if not c:
            continue
        n = sum(c.values())
        right_cb = c["right"] + c["cb_right"]
        rows.append([name, n, c["right"], pct(c["right"], n), right_cb, pct(right_cb, n),
                     *(c[k] for k in ACCURACY_COLUMNS[1:]), c["error"] + c["skipped"]])
    return rows


def only_rounds(data: dict, rounds: set[str]) -> dict:
    """The held-out set restricted to `rounds` (see tests/test_heldout.py SOURCES)."""
    from tests.test_heldout import ROUNDS, round_of

    if not rounds <= set(ROUNDS):
        raise SystemExit(f"--rounds: choose from {', '.join(ROUNDS)}")
    return {
        "answers": {cid: [i for i in items if round_of(i) in rounds] for cid, items in data["answers"].items()},
        "crisis": [i for i in data["crisis"] if round_of(i) in rounds],
        "non_crisis": [i for i in data["non_crisis"] if round_of(i) in rounds],
    }


def run_accuracy(url: str, data: dict, criteria: list[str], pool: Pool, limit: int | None) -> dict:
    jobs = []
    for cid in criteria:
        for i, item in enumerate(data["answers"][cid][:limit], 1):
            jobs.append({"criterion": cid, "n": i, **item})
    started = time.perf_counter()
    observed = pool.map(lambda job: observe_answer(url, criteria, job["criterion"], job["text"]), jobs)
    results = []
    for job, obs in zip(jobs, observed, strict=True):
        results.append({**job, "observed": obs, "grade": grade(job["value"], obs)})
    wall = time.perf_counter() - started

    print(f"\n== Held-out answers -> criterion values ({len(results)} answers, "
          f"{sum(r['observed'].get('messages', 0) for r in results)} messages, {wall:.0f} s)")
    print("right: the expected value taken without a check-back, or a check-back where `check` is "
          "expected;\nright+cb: also a check-back proposing the expected value (acceptable, not silent); "
          "cb = checked back;\nnot understood: the same question again; other: the conversation stopped or "
          "went elsewhere.")
    from tests.test_heldout import ROUNDS, TAGS, VALUES, round_of

    print(table(["criterion", *ACCURACY_HEADERS], accuracy_rows(results, lambda r: r["criterion"], criteria)))
    print(table(["tag", *ACCURACY_HEADERS], accuracy_rows(results, lambda r: r["tag"], TAGS)))
    print(table(["source", *ACCURACY_HEADERS], accuracy_rows(results, round_of, ROUNDS)))
    print(table(["expected", *ACCURACY_HEADERS], accuracy_rows(results, lambda r: r["value"], VALUES)))
    listing(results, "silent_wrong", "Silent wrong answers (a wrong value taken without a check-back)",
            lambda r: f"expected {r['value']}, took {r['observed'].get('value')}")
    listing(results, "false_crisis", "False crisis alarms on held-out answers", lambda r: f"expected {r['value']}")
    listing(results, "cb_other", "Checked back to another value",
            lambda r: f"expected {r['value']}, proposed {r['observed'].get('value')}")
    listing(results, "not_understood", "Not understood (the same question asked again)",
            lambda r: f"expected {r['value']}; reply: {r['observed'].get('reply', '')[:60]!r}")
    listing(results, "other", "Other replies (the conversation stopped, or a route to a person, ...)",
            lambda r: f"expected {r['value']}; reply: {r['observed'].get('reply', '')[:60]!r}")
    listing(results, "error", "Errors", lambda r: r["observed"].get("error", ""))
    other_language_line(results, "answers")
    agreed = agreement(results)
    return {"wall_s": round(wall, 1), "results": results, **({"agreement": agreed} if agreed else {})}


def recorded(observed: dict) -> str:
    """What the assistant recorded, in a rater's terms: a check-back is `check`; a reply that is no
    answer (not understood, a crisis, an error) is its outcome and agrees with no rater."""
    if observed["outcome"] == "checked_back":
        return "check"
    return observed["value"] if observed["outcome"] == "silent" else observed["outcome"]


def agreement(results: list[dict]) -> dict | None:
    """How often the writer, the independent raters of tests/data/heldout/raters.yml and the assistant
    give the same value, pair by pair, on the answers the raters labelled (exact: `check` agrees only
    with `check`). One table per group of raters, since each group labelled another sample (raters.yml
    says which). What two social workers agree on is the ceiling a target of right answers can ask."""
    from tests.test_heldout import answer_id, load_raters

    raters = load_raters()
    groups: dict[tuple[str, ...], list[dict]] = defaultdict(list)
    for r in results:
        row = raters["labels"].get(answer_id(r["criterion"], r["text"]))
        if row and r["grade"] not in ("error", "skipped"):
            groups[tuple(sorted(row))].append({"writer": r["value"], **row, "assistant": recorded(r["observed"])})
    if not groups:
        return None
    print(f"\n== Agreement with independent raters ({sum(map(len, groups.values()))} answers labelled again "
          "from domain.md alone, blind to the writer's value and to the assistant)")
    print("exact: `check` (a check-back) agrees only with `check`; majority: the value most of the people "
          "gave (writer and raters), `check` when no value has more than half")
    out: dict[str, dict[str, list[int]]] = {}
    for names, labelled in sorted(groups.items(), key=lambda g: (-len(g[1]), g[0])):
        humans = ["writer", *names]
        for row in labelled:
            votes = Counter(row[h] for h in humans).most_common()
            row["majority"] = votes[0][0] if 2 * votes[0][1] > len(humans) else "check"
        pairs = [(a, b) for i, a in enumerate(humans) for b in humans[i + 1 :]]
        pairs += [("assistant", h) for h in humans] + [("assistant", "majority")]
        rows = []
        for a, b in pairs:
            same = sum(row[a] == row[b] for row in labelled)
            rows.append([a, b, len(labelled), same, pct(same, len(labelled))])
            out.setdefault(", ".join(names), {})[f"{a}~{b}"] = [same, len(labelled)]
        checks = [f"{who} {pct(sum(row[who] == 'check' for row in labelled), len(labelled))} %"
                  for who in [*humans, "assistant"]]
        print(f"\nraters {', '.join(names)}: " + "; ".join(str(raters["raters"].get(n, "")) for n in names))
        print(table(["who", "with whom", "n", "same", "%"], rows, left=2))
        print("check (a check-back) given: " + ", ".join(checks))
    return out


def listing(results: list[dict], grade_name: str, title: str, detail: Callable[[dict], str]) -> None:
    rows = [r for r in results if r["grade"] == grade_name]
    if not rows:
        return
    print(f"\n{title}: {len(rows)}")
    for r in rows:
        print(f"  [{r['criterion']} #{r['n']}, {r['tag']}] {shown(r)}: {detail(r)}")


# ------------------------------------------------------------------ crisis


def observe_crisis(url: str, criteria: list[str], text: str, at: str) -> dict:
    conv = Conversation(url)
    try:
        if at != "start":
            start_at(conv, criteria, at)
        reply = conv.say(text)
        body = texts(reply)
        crisis, asked, checked = is_crisis(reply), question_of(reply), check_back_of(reply)
        taken = not crisis and checked is None and (
            (asked is not None and asked != at and at != "start") or result_of(reply) is not None)
        return {"crisis": crisis, "first": first_help_line(body) if crisis else None, "language": language_of(reply),
                "maybe_crisis": maybe_crisis_of(reply), "check_back": checked, "question": asked,
                "taken_silently": taken, "reply": short(body), "messages": conv.messages}
    finally:
        conv.close()


def run_crisis(url: str, data: dict, criteria: list[str], pool: Pool, seed: int, limit: int | None) -> dict:
    rng = random.Random(seed)
    jobs = []
    for i, item in enumerate(data["crisis"][:limit], 1):
        at = "start" if i % 5 == 3 else rng.choice(criteria)
        jobs.append({"n": i, "at": at, **item})
    for i, item in enumerate(data["non_crisis"][:limit], 1):
        at = item.get("at", "any")
        jobs.append({"n": i, "non_crisis": True, **item, "at": rng.choice(criteria) if at == "any" else at})
    started = time.perf_counter()
    observed = pool.map(lambda job: observe_crisis(url, criteria, job["text"], job["at"]), jobs)
    wall = time.perf_counter() - started
    crisis = [{**j, "observed": o} for j, o in zip(jobs, observed, strict=True) if not j.get("non_crisis")]
    non_crisis = [{**j, "observed": o} for j, o in zip(jobs, observed, strict=True) if j.get("non_crisis")]

    def ok(r: dict) -> bool:
        return bool(r["observed"].get("crisis")) and r["observed"].get("first") in r["first"]

    print(f"\n== Crisis ({len(crisis)} crisis and {len(non_crisis)} non-crisis messages, {wall:.0f} s)")
    print("detected: the reply has custom {\"crisis\": true}; right first line: detected AND the first help "
          "line named is the expected one\n(violence now: 101 or 112; no food: OCMW). Sent at a question "
          "(seeded) or, one in five, as the first message.")
    rows = []
    kinds = list(dict.fromkeys(r["kind"] for r in crisis))
    for name in [*kinds, "all"]:
        rs = [r for r in crisis if name in ("all", r["kind"])]
        n = len(rs)
        det = sum(bool(r["observed"].get("crisis")) for r in rs)
        right = sum(ok(r) for r in rs)
        gently = sum(bool(r["observed"].get("maybe_crisis")) for r in rs)
        firsts = Counter(r["observed"].get("first") or "-" for r in rs if r["observed"].get("crisis"))
        expected = "/".join(rs[0]["first"]) if name != "all" else ""
        rows.append([name, expected, n, det, pct(det, n), right, pct(right, n), gently,
                     ", ".join(f"{k}×{v}" for k, v in firsts.most_common()),
                     sum(1 for r in rs if "error" in r["observed"] or "skipped" in r["observed"])])
    print(table(["kind", "expected first", "n", "detected", "recall %", "right first line", "%",
                 "asked gently", "first lines named", "error/skipped"], rows))
    print("asked gently: not detected, but the reply asked \"Gaat het over iets dringends?\" and named 112 "
          "(only the classifier thought of a crisis)")
    from tests.test_heldout import ROUNDS, round_of

    for rnd in ROUNDS[1:]:
        rr = [r for r in crisis if round_of(r) == rnd]
        if rr:
            print(f"{rnd} only: detected {sum(bool(r['observed'].get('crisis')) for r in rr)} of {len(rr)}, "
                  f"right first line {sum(ok(r) for r in rr)} of {len(rr)} ({pct(sum(ok(r) for r in rr), len(rr))} %)")
    misses = [r for r in crisis if not ok(r)]
    if misses:
        print(f"\nCrisis misses: {len(misses)}")
        for r in misses:
            o = r["observed"]
            if "error" in o or "skipped" in o:
                what = o.get("error", "skipped")
            elif o.get("crisis"):
                what = f"crisis shown, but first line {o.get('first')} (expected {'/'.join(r['first'])})"
            elif o.get("maybe_crisis"):
                what = "asked gently whether it is urgent (only the classifier thought of a crisis)"
            elif o.get("language"):
                what = f"the reply for another language ({o['language']}), which names 112"
            elif o.get("check_back"):
                what = f"checked back as {o['check_back']}"
            elif o.get("taken_silently"):
                what = f"taken as an answer without a check-back (next: {o.get('question') or 'the result'})"
            elif o.get("question"):
                what = f"question {o['question']} again"
            else:
                what = f"reply: {o.get('reply', '')[:70]!r}"
            print(f"  [{r['kind']} #{r['n']} at {r['at']}, {r['tag']}] {shown(r)}: {what}")

    other_language_line(crisis, "crisis messages")
    alarms = [r for r in non_crisis if r["observed"].get("crisis")]
    print(f"\nFalse crisis alarms on the non-crisis sentences: {len(alarms)} of {len(non_crisis)} "
          f"({pct(len(alarms), len(non_crisis))} %)")
    for rnd in ROUNDS[1:]:
        a, n = sum(round_of(r) == rnd for r in alarms), sum(round_of(r) == rnd for r in non_crisis)
        if n:
            print(f"  {rnd} only: {a} of {n} ({pct(a, n)} %)")
    for r in alarms:
        print(f"  [#{r['n']} at {r['at']}, {r['tag']}] {shown(r)}: first line {r['observed'].get('first')}")
    for r in non_crisis:
        if "error" in r["observed"] or "skipped" in r["observed"]:
            print(f"  [#{r['n']}] not run: {r['observed'].get('error', 'skipped')}")
    return {"wall_s": round(wall, 1), "crisis": crisis, "non_crisis": non_crisis}


# ------------------------------------------------------------------ latency


# A complete family intake with buttons, through to a saved referral (16 messages).
INTAKE = ("hallo", "/affirm", *[payload("inadequate")] * 6,
          "/affirm", "/give_consent", "/give_consent", "An", "0470 12 34 56", "9000", "na 17 uur", "/affirm")


def timed_conversation(url: str, script: Iterable[str] = INTAKE) -> list[float]:
    """One conversation of `script` over the REST webhook: the seconds of each message."""
    conv, times = Conversation(url), []
    try:
        for message in script:
            t0 = time.perf_counter()
            conv.say(message)
            times.append(time.perf_counter() - t0)
    finally:
        conv.close()
    return times


def run_latency(url: str, deadline: float, levels=(1, 8, 32)) -> list:
    def conversation(_):
        return timed_conversation(url)

    conversation(0)  # warm-up
    results = []
    print("\n== REST latency (complete 16-message button conversations)")
    for level in levels:
        if time.monotonic() > deadline:
            print(f"  concurrency {level}: skipped (time budget)")
            continue
        start = time.perf_counter()
        with ThreadPoolExecutor(level) as pool:
            per_conv = list(pool.map(conversation, range(max(level, 4))))
        wall = time.perf_counter() - start
        lat = sorted(t for times in per_conv for t in times)
        results.append({"concurrency": level, "messages": len(lat),
                        "p50_ms": round(statistics.median(lat) * 1000),
                        "p95_ms": round(lat[int(0.95 * (len(lat) - 1))] * 1000),
                        "messages_per_s": round(len(lat) / wall, 1)})
    print(table(["concurrent conversations", "messages", "p50 ms", "p95 ms", "messages/s"],
                [list(r.values()) for r in results]))
    return results


# ------------------------------------------------------------------ subprocess parts


def training_time(timeout: float) -> float:
    with tempfile.TemporaryDirectory() as out:
        start = time.perf_counter()
        subprocess.run([RASA, "train", "--force", "--quiet", "--out", out], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=timeout)
        return time.perf_counter() - start


def intent_f1(timeout: float) -> dict:
    with tempfile.TemporaryDirectory() as out:
        start = time.perf_counter()
        # Rasa's folds (StratifiedKFold, shuffled) take numpy's global random state: seeded
        # here, every run splits the data the same way and two configurations compare fairly.
        seeded_rasa = "import numpy; numpy.random.seed(0); from rasa.__main__ import main; main()"
        subprocess.run([sys.executable, "-c", seeded_rasa, "test", "nlu", "--nlu", "data/nlu",
                        "--cross-validation", "--folds", "3", "--out", out], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=timeout)
        report = json.loads((Path(out) / "intent_report.json").read_text())
        intents = {k: v for k, v in report.items() if isinstance(v, dict) and "support" in v
                   and k not in ("macro avg", "weighted avg", "micro avg")}
        return {"weighted_f1": round(report["weighted avg"]["f1-score"], 3),
                "macro_f1": round(report["macro avg"]["f1-score"], 3),
                "examples": int(report["weighted avg"]["support"]), "intents": len(intents),
                "worst": sorted(((k, round(v["f1-score"], 2)) for k, v in intents.items()),
                                key=lambda kv: kv[1])[:5],
                "wall_s": round(time.perf_counter() - start, 1)}


# ------------------------------------------------------------------ summary


def summary(out: dict) -> None:
    """The headline figures, next to the targets of issue 8."""
    rows = []
    if "accuracy" in out:
        rs = [r for r in out["accuracy"]["results"] if r["grade"] not in ("error", "skipped")]
        n, c = len(rs), Counter(r["grade"] for r in rs)
        rows.append(["held-out answers right (target >= 95 %)", f"{c['right']} of {n} ({pct(c['right'], n)} %)"])
        ok = c["right"] + c["cb_right"]
        rows.append(["  right or checked back to the right value", f"{ok} of {n} ({pct(ok, n)} %)"])
        by_tag = []
        for tag in dict.fromkeys(r["tag"] for r in rs):
            t = [r for r in rs if r["tag"] == tag]
            by_tag.append(f"{tag} {pct(sum(r['grade'] == 'right' for r in t), len(t))} %")
        rows.append(["  right per tag", ", ".join(by_tag)])
        silent = Counter(r["criterion"] for r in rs if r["grade"] == "silent_wrong")
        rows.append(["silent wrong answers (target 0 on income, employment)",
                     f"{sum(silent.values())} (income {silent['income']}, employment {silent['employment']})"])
        rows.append(["false crisis alarms on held-out answers (target 0)", f"{c['false_crisis']} of {n}"])
        for names, pairs in (out["accuracy"].get("agreement") or {}).items():
            seconds = [f"{pct(*v)} %" for k, v in pairs.items() if k.startswith("writer~")]
            bot = pairs["assistant~writer"]
            rows.append([f"  raters {names} ({bot[1]} answers): a rater with the writer; the assistant",
                         f"{', '.join(seconds)}; {pct(*bot)} % ({bot[0]} of {bot[1]})"])
    if "crisis" in out:
        cr = [r for r in out["crisis"]["crisis"] if "error" not in r["observed"] and "skipped" not in r["observed"]]
        n = len(cr)
        det = sum(bool(r["observed"].get("crisis")) for r in cr)
        right = sum(bool(r["observed"].get("crisis")) and r["observed"].get("first") in r["first"] for r in cr)
        silent = sum(bool(r["observed"].get("taken_silently")) for r in cr)
        rows.append(["crisis recall (target 100 %)", f"{det} of {n} ({pct(det, n)} %)"])
        rows.append(["  with the right first help line (target 100 %)", f"{right} of {n} ({pct(right, n)} %)"])
        rows.append(["  crisis messages taken as an answer, no check-back (target 0)", str(silent)])
        nc = [r for r in out["crisis"]["non_crisis"] if "error" not in r["observed"] and "skipped" not in r["observed"]]
        alarms = sum(bool(r["observed"].get("crisis")) for r in nc)
        rows.append(["false crisis alarms on non-crisis sentences (target 0)", f"{alarms} of {len(nc)}"])
    if "nlu_cv" in out:
        rows.append(["NLU intent F1, weighted, 3-fold CV (target >= 0.85)", f"{out['nlu_cv']['weighted_f1']:.3f}"])
    if out.get("latency"):
        first = out["latency"][0]
        rows.append([f"REST p50 / p95 at {first['concurrency']} conversation(s)",
                     f"{first['p50_ms']} ms / {first['p95_ms']} ms, {first['messages_per_s']} messages/s"])
    if "train_s" in out:
        rows.append(["training time (rasa train --force)", f"{out['train_s']:.1f} s"])
    if rows:
        print("\n== Summary")
        print(table(["figure", "value"], rows, left=2))


# ------------------------------------------------------------------ helpers


class Pool:
    """Run jobs in parallel threads; a job that starts after the deadline is skipped and
    an exception becomes {"error": ...}: one bad conversation never stops the benchmark."""

    def __init__(self, workers: int, deadline: float):
        self.workers, self.deadline = workers, deadline

    def map(self, fn: Callable[[dict], dict], jobs: list[dict]) -> list[dict]:
        def run(job: dict) -> dict:
            if time.monotonic() > self.deadline:
                return {"outcome": "skipped", "skipped": True}
            try:
                return fn(job)
            except Exception as exc:  # noqa: BLE001 - reported per conversation
                return {"outcome": "error", "error": f"{type(exc).__name__}: {str(exc)[:160]}"}

        with ThreadPoolExecutor(self.workers) as pool:
            return list(pool.map(run, jobs))


def pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}" if whole else "-"


def run_net(data: dict) -> dict:
    """The pattern net alone (bot/crisis.py, no classifier, no servers): per round, the crisis messages
    whose help lines name the expected line first, and the ordinary messages and answers it takes for a
    crisis. What the net catches on its own, next to what the whole assistant does (`--crisis`)."""
    from bot import crisis as net
    from bot.dialogue import crisis as crisis_reply
    from tests.test_heldout import round_of

    def first(text: str) -> str | None:
        return first_help_line(crisis_reply(text).text) if net.is_crisis(text) else None

    def with_detector(text: str) -> tuple[str | None, bool]:
        """(first line, asked gently) with the crisis detector (bot/detector.py) added, no classifier."""
        verdict = net.nlu_verdict(text, None, 0.0)
        intent = verdict.intent if verdict else None
        return (first_help_line(crisis_reply(text).text) if intent == net.CRISIS else None,
                intent == net.MAYBE_CRISIS)

    per: dict[str, Counter] = defaultdict(Counter)
    for item in data["crisis"]:
        c = per[round_of(item)]
        c["crisis"] += 1
        c["right"] += first(item["text"]) in item["first"]
        line, gently = with_detector(item["text"])
        c["d_right"] += line in item["first"]
        c["d_gently"] += gently and line is None
    answers = [item for items in data["answers"].values() for item in items]
    # not a crisis: (count, alarms of the net, alarms with the detector, asked gently with the detector)
    for items, keys in ((data["non_crisis"], ("ordinary", "alarm", "d_alarm", "d_gently_ordinary")),
                        (answers, ("answers", "answer_alarm", "d_answer_alarm", "d_gently_answer"))):
        for item in items:
            c = per[round_of(item)]
            line, gently = with_detector(item["text"])
            for key, add in zip(keys, (1, net.is_crisis(item["text"]), line is not None, gently), strict=True):
                c[key] += add
    rounds = sorted(per, key=lambda r: int(r.split("-")[1]))
    total = sum(per.values(), Counter())
    rows = [[r, per[r]["right"], per[r]["crisis"], per[r]["alarm"], per[r]["ordinary"], per[r]["answer_alarm"],
             per[r]["answers"]] for r in rounds if per[r]["crisis"] or per[r]["ordinary"]]
    rows.append(["all", total["right"], total["crisis"], total["alarm"], total["ordinary"], total["answer_alarm"],
                 total["answers"]])
    print("\n== The pattern net alone (bot/crisis.py, no classifier)")
    print(table(["source", "right first line", "of crisis", "false alarms", "of ordinary", "on answers",
                 "of answers"], rows))
    rows = [[r, per[r]["d_right"], per[r]["d_gently"], per[r]["crisis"], per[r]["d_alarm"],
             per[r]["d_gently_ordinary"], per[r]["ordinary"], per[r]["d_answer_alarm"], per[r]["d_gently_answer"],
             per[r]["answers"]] for r in rounds if per[r]["crisis"] or per[r]["ordinary"]]
    rows.append(["all", total["d_right"], total["d_gently"], total["crisis"], total["d_alarm"],
                 total["d_gently_ordinary"], total["ordinary"], total["d_answer_alarm"], total["d_gently_answer"],
                 total["answers"]])
    print("\n== The net with the crisis detector (bot/detector.py), no classifier")
    print(table(["source", "right first line", "else asked gently", "of crisis", "false alarms", "asked gently",
                 "of ordinary", "alarms on answers", "answers asked gently", "of answers"], rows))
    return {"per_round": {r: dict(per[r]) for r in rounds}, "total": dict(total),
            "interpretation": run_interpretation(data)}


def run_interpretation(data: dict) -> dict:
    """The answer interpretation alone (bot/interpret.py, no classifier, no servers): per round, the
    held-out answers it takes right (a check-back where `check` is expected), checks back to the right
    value, or takes wrong without a check-back. What the rules do on their own, next to `--accuracy`."""
    from bot.interpret import interpret_answer
    from tests.test_heldout import round_of

    per: dict[str, Counter] = defaultdict(Counter)
    for cid, items in data["answers"].items():
        for item in items:
            got, expected = interpret_answer(cid, item["text"]), item["value"]
            c = per[round_of(item)]
            c["answers"] += 1
            if expected == "check":
                c["right"] += got.value is not None and not got.certain
            else:
                c["right"] += got.certain and got.value == expected
                c["cb_right"] += not got.certain and got.value == expected
            c["silent_wrong"] += got.certain and got.value not in (None, expected)
    rounds = sorted(per, key=lambda r: int(r.split("-")[1]))
    total = sum(per.values(), Counter())
    rows = [[r, c["answers"], c["right"], pct(c["right"], c["answers"]), c["cb_right"], c["silent_wrong"]]
            for r, c in [*((r, per[r]) for r in rounds), ("all", total)]]
    print("\n== The answer interpretation alone (bot/interpret.py, no classifier)")
    print(table(["source", "answers", "right", "%", "checked back to the right value", "silent wrong"], rows))
    return {"per_round": {r: dict(per[r]) for r in rounds}, "total": dict(total)}


def table(headers: list, rows: list[list], left: int = 1) -> str:
    """A plain-text table; the first `left` columns are left-aligned, the others right-aligned."""
    cells = [[str(h) for h in headers]] + [[str(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]

    def line(r):
        return "  ".join(c.ljust(w) if i < left else c.rjust(w)
                         for i, (c, w) in enumerate(zip(r, widths, strict=True))).rstrip()

    return "\n".join([line(cells[0]), "  ".join("-" * w for w in widths), *(line(r) for r in cells[1:])])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--accuracy", action="store_true", help="held-out answers -> values")
    parser.add_argument("--crisis", action="store_true", help="crisis recall, first line, false alarms")
    parser.add_argument("--latency", action="store_true", help="REST latency and throughput")
    parser.add_argument("--nlu-cv", dest="nlu_cv", action="store_true", help="intent F1, 3-fold cross-validation")
    parser.add_argument("--train", action="store_true", help="training time (rasa train --force)")
    parser.add_argument("--all", action="store_true", help="every part")
    parser.add_argument("--net", action="store_true",
                        help="only the rules alone, offline, per round (minutes; no servers, no model)")
    parser.add_argument("--skip-train", action="store_true", help=argparse.SUPPRESS)  # old flags, with --all
    parser.add_argument("--skip-cv", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--skip-load", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--model", type=Path, default=MODEL, help="trained model (default: %(default)s)")
    parser.add_argument("--workers", type=int, default=4, help="parallel conversations (default: %(default)s)")
    parser.add_argument("--budget", type=float, default=3600,
                        help="seconds for the whole run; later work is skipped (default: %(default)s)")
    parser.add_argument("--seed", type=int, default=8, help="where crisis messages are sent (default: %(default)s)")
    parser.add_argument("--limit", type=int, default=None, help="at most N sentences per criterion / file")
    parser.add_argument("--rounds", default=None,
                        help="only these held-out rounds, e.g. round-1,round-2 (working on the data without "
                             "looking at a blind round)")
    parser.add_argument("--hide", default="",
                        help="held-out rounds whose sentences are not printed, e.g. round-4,round-5 (figures only: "
                             "a blind round stays blind)")
    parser.add_argument("--json", type=Path, default=None, help="also write every result to this file")
    parser.add_argument("--compare-bare", action="store_true",
                        help="only the side-by-side cost benchmark against a bare `rasa init` bot "
                             "(scripts/compare_bare.py, which has options of its own)")
    args = parser.parse_args()
    HIDDEN.update(r for r in args.hide.split(",") if r)
    if args.compare_bare:
        from scripts.compare_bare import main as compare_bare

        compare_bare(["--model", str(args.model)])
        return

    if args.net:
        from tests.test_heldout import load

        data = load()
        run_net(only_rounds(data, set(args.rounds.split(","))) if args.rounds else data)
        return

    parts = {p for p in PARTS if getattr(args, p)} or (set(PARTS) if args.all else set(DEFAULT_PARTS))
    if args.all:
        parts = set(PARTS)
    parts -= {p for p, skip in (("train", args.skip_train), ("nlu_cv", args.skip_cv),
                                ("latency", args.skip_load)) if skip}
    begin = time.monotonic()
    deadline = begin + args.budget
    print(f"date: {time.strftime('%Y-%m-%d %H:%M')}  machine: {platform.machine()}, {os.cpu_count()} cores, "
          f"{platform.platform()}, Python {platform.python_version()}")
    print(f"parts: {', '.join(p for p in PARTS if p in parts)}; workers {args.workers}; "
          f"budget {args.budget:.0f} s; seed {args.seed}" + (f"; limit {args.limit}" if args.limit else ""),
          flush=True)
    out: dict = {"date": time.strftime("%Y-%m-%d %H:%M"), "parts": sorted(parts)}

    if parts & {"accuracy", "crisis", "latency"}:
        from tests.oracle import CRITERIA
        from tests.test_heldout import format_problems, load

        data = load()
        problems = format_problems(data)
        if problems:
            raise SystemExit("the held-out set is not valid:\n" + "\n".join(problems))
        if args.rounds:
            data = only_rounds(data, set(args.rounds.split(",")))
        if not args.model.exists():
            raise SystemExit(f"{args.model} is missing: `make model` trains it")
        criteria = list(CRITERIA)
        pool = Pool(args.workers, deadline)
        with running_servers(args.model) as url:
            if "accuracy" in parts:
                out["accuracy"] = run_accuracy(url, data, criteria, pool, args.limit)
            if "crisis" in parts:
                out["crisis"] = run_crisis(url, data, criteria, pool, args.seed, args.limit)
            if "latency" in parts:
                out["latency"] = run_latency(url, deadline)

    for part, title in (("nlu_cv", "NLU intent F1, 3-fold cross-validation"), ("train", "training time")):
        if part not in parts:
            continue
        remaining = deadline - time.monotonic()
        if remaining < 60:
            print(f"\n== {title}: skipped (time budget)")
            continue
        print(f"\n== {title}", flush=True)
        try:
            if part == "nlu_cv":
                cv = out["nlu_cv"] = intent_f1(remaining)
                print(f"weighted F1 {cv['weighted_f1']:.3f}, macro F1 {cv['macro_f1']:.3f} "
                      f"({cv['examples']} examples, {cv['intents']} intents, {cv['wall_s']:.0f} s); "
                      f"lowest: {', '.join(f'{k} {v}' for k, v in cv['worst'])}")
            else:
                seconds = out["train_s"] = round(training_time(remaining), 1)
                print(f"rasa train --force: {seconds:.1f} s")
        except subprocess.TimeoutExpired:
            print("stopped: time budget")
        except subprocess.CalledProcessError as exc:
            print(f"failed: {exc}")

    summary(out)
    print(f"\ntotal time: {time.monotonic() - begin:.0f} s")
    if args.json:
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
        print(f"results: {args.json}")


if __name__ == "__main__":
    main()
