"""Benchmark: prints NLU and dialogue figures (not a test).

  .venv/bin/python scripts/benchmark.py [--skip-train] [--skip-cv] [--skip-load]

1. Training time (`rasa train --force` into a temporary folder).
2. NLU: intent F1 from 3-fold cross-validation (`rasa test nlu`), and the
   accuracy of mapping held-out free-text answers (tests/data/answers.yml) to
   criterion values with the trained model + bot.interpret.
3. Latency p50/p95 per message and messages per second over the REST webhook,
   complete button conversations at 1, 8 and 32 concurrent conversations.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
RASA = str(Path(sys.executable).parent / "rasa")
MODEL = ROOT / "models" / "stapsteen.tar.gz"


def training_time() -> float:
    with tempfile.TemporaryDirectory() as out:
        start = time.perf_counter()
        subprocess.run([RASA, "train", "--force", "--quiet", "--out", out], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return time.perf_counter() - start


def intent_f1() -> float:
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([RASA, "test", "nlu", "--nlu", "data/nlu", "--cross-validation", "--folds", "3",
                        "--out", out], cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        report = json.loads((Path(out) / "intent_report.json").read_text())
        return report["weighted avg"]["f1-score"]


def answer_accuracy() -> dict:
    import yaml
    from rasa.core.agent import Agent
    from bot.interpret import interpret_answer

    data = yaml.safe_load((ROOT / "tests" / "data" / "answers.yml").read_text())
    agent = Agent.load(str(MODEL))
    total = right = wrong = asked_back = not_understood = 0
    for cid, by_value in data.items():
        for expected, texts in by_value.items():
            for text in texts:
                parsed = asyncio.run(agent.parse_message(text))
                got = interpret_answer(cid, text, intent=parsed["intent"]["name"],
                                       confidence=parsed["intent"]["confidence"],
                                       entities=parsed.get("entities", []))
                total += 1
                if got.value is None:
                    not_understood += 1
                elif not got.certain:
                    asked_back += 1
                elif got.value == expected:
                    right += 1
                else:
                    wrong += 1
    return {"answers": total, "accepted_correct": right, "accepted_wrong": wrong,
            "checked_back": asked_back, "not_understood": not_understood,
            "accuracy_of_accepted": right / max(1, right + wrong)}


def load_test(levels=(1, 8, 32)) -> list:
    import requests
    sys.path.insert(0, str(ROOT / "tests"))
    from harness import free_port, wait_http  # reuse the test harness

    from cryptography.fernet import Fernet
    tmp = Path(tempfile.mkdtemp())
    a_port, r_port = free_port(), free_port()
    (tmp / "endpoints.yml").write_text(f'action_endpoint:\n  url: "http://127.0.0.1:{a_port}/webhook"\n')
    env = dict(os.environ, PYTHONPATH=str(ROOT), SANIC_HOST="127.0.0.1", STAPSTEEN_VAR_DIR=str(tmp),
               STAPSTEEN_DATABASE_URL=f"sqlite:///{tmp / 'b.db'}",
               STAPSTEEN_SECRET_KEY=Fernet.generate_key().decode())
    procs = [subprocess.Popen([sys.executable, "-m", "rasa_sdk", "--actions", "actions", "--port", str(a_port)],
                              cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL),
             subprocess.Popen([RASA, "run", "--model", str(MODEL), "--interface", "127.0.0.1", "--port",
                               str(r_port), "--endpoints", str(tmp / "endpoints.yml")],
                              cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    url = f"http://127.0.0.1:{r_port}/webhooks/rest/webhook"
    answer = lambda v: "/answer" + json.dumps({"criterion_value": v})
    script = (["hallo", "/affirm"] + [answer("inadequate")] * 6 +
              ["/affirm", "/give_consent", "/affirm", "An", "0470 12 34 56", "9000", "na 17 uur", "/affirm"])

    def conversation(_):
        sender, times = uuid.uuid4().hex, []
        with requests.Session() as s:
            for message in script:
                t0 = time.perf_counter()
                r = s.post(url, json={"sender": sender, "message": message}, timeout=120)
                r.raise_for_status()
                times.append(time.perf_counter() - t0)
        return times

    results = []
    try:
        wait_http(f"http://127.0.0.1:{a_port}/health", procs)
        wait_http(f"http://127.0.0.1:{r_port}/", procs)
        conversation(0)   # warm-up
        for level in levels:
            start = time.perf_counter()
            with ThreadPoolExecutor(level) as pool:
                per_conv = list(pool.map(conversation, range(max(level, 4))))
            wall = time.perf_counter() - start
            lat = sorted(t for times in per_conv for t in times)
            results.append({"concurrency": level, "messages": len(lat),
                            "p50_ms": round(statistics.median(lat) * 1000),
                            "p95_ms": round(lat[int(0.95 * (len(lat) - 1))] * 1000),
                            "messages_per_s": round(len(lat) / wall, 1)})
    finally:
        for p in procs:
            p.terminate()
            p.wait(timeout=30)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--skip-train", action="store_true")
    parser.add_argument("--skip-cv", action="store_true")
    parser.add_argument("--skip-load", action="store_true")
    args = parser.parse_args()
    print(f"date: {time.strftime('%Y-%m-%d')}  machine: {platform.machine()}, {os.cpu_count()} cores, "
          f"{platform.platform()}")
    if not args.skip_train:
        print(f"training time: {training_time():.1f} s")
    if not args.skip_cv:
        print(f"NLU intent F1 (weighted, 3-fold cross-validation): {intent_f1():.3f}")
    print("free-text answers -> criterion values (held-out):", json.dumps(answer_accuracy()))
    if not args.skip_load:
        for row in load_test():
            print("REST latency:", json.dumps(row))


if __name__ == "__main__":
    main()
