"""Side-by-side cost: Stapsteen next to a bare `rasa init` bot on the same machine (issue 12).

  .venv/bin/python scripts/compare_bare.py                       # about 3-4 min on 2 cores
  .venv/bin/python scripts/compare_bare.py --bare-dir /tmp/bare  # build the bare bot there once, then reuse it
  .venv/bin/python scripts/benchmark.py --compare-bare           # the same with the defaults

The bare bot is made by `rasa init --no-prompt` (which trains it) in a temporary folder and
has no action server. Stapsteen runs as scripts/run.sh starts it (action server, Rasa with
endpoints.yml's tracker store, web server) on a copy of the model with a temporary database
and key. Both Rasa servers have --enable-api; all run on free 127.0.0.1 ports until the end.

Rounds: as many messages through each bot over the REST webhook: the real intake for Stapsteen
(scripts/benchmark.py INTAKE, 16 messages to a saved referral), small talk for the bare bot.
Each round runs both in turn (ABBA order) at 1 and 8 concurrent conversations, to share the
noise. Printed: p50/p95 ms per message, messages/s, the ratio Stapsteen/bare.

Breakdown of an intake, message by message, the median of --intakes sequential intakes:
  NLU          POST /model/parse of the same text on the Stapsteen Rasa server;
  actions      the calls from Rasa to the action server, counted and timed by a small proxy
               between them (also in the rounds: one more loopback hop per call);
  policy+rest  REST time - NLU - actions: policy prediction, tracker store, HTTP;
  web          the same message through the web chat API (/api/chat) minus directly over
               REST, in a second conversation interleaved with the first.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import AsyncIterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scripts.benchmark import (  # noqa: E402
    INTAKE,
    MODEL,
    RASA,
    ROOT,
    Conversation,
    customs,
    short,
    table,
    timed_conversation,
)
from tests.harness import free_port, wait_http  # noqa: E402

SMALL_TALK = ("hello", "I am great", "are you a bot?", "bye", "hi", "I am very sad", "yes", "goodbye")
BARE_TALK = tuple(SMALL_TALK[i % len(SMALL_TALK)] for i in range(len(INTAKE)))
LEVELS = (1, 8)


class Processes:
    """Subprocesses with a log each in one folder; `close` stops all of them."""

    def __init__(self, folder: Path, env: dict[str, str]) -> None:
        self.folder, self.env = folder, env
        self.procs: dict[str, subprocess.Popen] = {}

    def start(self, name: str, cmd: list[str], cwd: Path = ROOT, **env: str) -> subprocess.Popen:
        with open(self.folder / f"{name}.log", "wb") as log:
            proc = subprocess.Popen(cmd, cwd=cwd, env={**self.env, **env}, stdout=log, stderr=subprocess.STDOUT)
        self.procs[name] = proc
        return proc

    def failed(self, name: str, why: object) -> SystemExit:
        tail = (self.folder / f"{name}.log").read_text(errors="replace")[-2000:]
        return SystemExit(f"{name}: {why}\n{tail}")

    def wait(self, name: str, url: str, deadline: float) -> None:
        try:
            wait_http(url, [self.procs[name]], timeout=max(deadline - time.monotonic(), 1))
        except RuntimeError as exc:
            raise self.failed(name, exc) from exc

    def close(self) -> None:
        for proc in self.procs.values():
            if proc.poll() is None:
                proc.terminate()
        for proc in self.procs.values():
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def serve_proxy(port: int, upstream: str) -> None:
    """The timing proxy, in a process of its own: forwards every request to the action
    server; GET /calls answers the seconds of each call since the previous GET /calls."""
    from aiohttp import ClientSession, ClientTimeout, web

    calls: list[float] = []

    async def forward(request: web.Request) -> web.Response:
        if request.method == "GET" and request.path == "/calls":
            taken = calls.copy()
            calls.clear()
            return web.json_response(taken)
        body = await request.read()
        start = time.perf_counter()
        async with request.app["http"].request(
            request.method, upstream + request.path_qs, data=body, headers={"Content-Type": request.content_type}
        ) as resp:
            data, status = await resp.read(), resp.status
        calls.append(time.perf_counter() - start)
        return web.Response(body=data, status=status, content_type="application/json")

    async def http_session(app: web.Application) -> AsyncIterator[None]:
        app["http"] = ClientSession(timeout=ClientTimeout(total=60))
        yield
        await app["http"].close()

    app = web.Application(client_max_size=64 * 1024 * 1024)
    app.cleanup_ctx.append(http_session)
    app.router.add_route("*", "/{tail:.*}", forward)
    web.run_app(app, host="127.0.0.1", port=port, print=None, access_log=None)


def rasa_run(model: Path, port: int, *extra: str) -> list[str]:
    return [RASA, "run", "--enable-api", "--model", str(model), "--interface", "127.0.0.1", "--port", str(port), *extra]


def start_stapsteen(procs: Processes, model: Path, deadline: float) -> dict[str, str]:
    """Action server, timing proxy, Rasa and web server; their base URLs."""
    from cryptography.fernet import Fernet

    tmp = procs.folder
    ports = {name: free_port() for name in ("actions", "proxy", "rasa", "web")}
    urls = {name: f"http://127.0.0.1:{port}" for name, port in ports.items()}
    endpoints = (ROOT / "endpoints.yml").read_text()
    if "127.0.0.1:5055" not in endpoints:
        raise SystemExit("endpoints.yml no longer names the action server at 127.0.0.1:5055")
    (tmp / "endpoints.yml").write_text(endpoints.replace("127.0.0.1:5055", f"127.0.0.1:{ports['proxy']}"))
    shutil.copy(model, tmp / "stapsteen.tar.gz")  # the model may be retrained while we run
    procs.env.update(
        STAPSTEEN_VAR_DIR=str(tmp),
        STAPSTEEN_DATABASE_URL=f"sqlite:///{tmp / 'compare.db'}",
        STAPSTEEN_SECRET_KEY=Fernet.generate_key().decode(),
    )
    procs.start("actions", [sys.executable, "-m", "rasa_sdk", "--actions", "actions", "--port", str(ports["actions"])])
    procs.start("proxy", [sys.executable, __file__, "--serve-proxy", str(ports["proxy"]), urls["actions"]])
    credentials = ["--credentials", str(ROOT / "credentials.yml"), "--endpoints", str(tmp / "endpoints.yml")]
    procs.start("rasa", rasa_run(tmp / "stapsteen.tar.gz", ports["rasa"], *credentials))
    procs.start(
        "web", [sys.executable, "-m", "web.app"], STAPSTEEN_WEB_PORT=str(ports["web"]), STAPSTEEN_RASA_URL=urls["rasa"]
    )
    for name, path in (("actions", "/health"), ("proxy", "/calls"), ("rasa", "/"), ("web", "/")):
        procs.wait(name, urls[name] + path, deadline)
    return urls


def bare_model(folder: Path) -> Path | None:
    models = sorted((folder / "models").glob("*.tar.gz"))
    return models[-1] if models else None


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def batch(url: str, script: Sequence[str], level: int, conversations: int) -> tuple[list[float], float]:
    """`conversations` conversations of `script`, `level` at a time: the message times and the wall time."""
    start = time.perf_counter()
    with ThreadPoolExecutor(level) as pool:
        per_conv = list(pool.map(lambda _: timed_conversation(url, script), range(conversations)))
    return [t for times in per_conv for t in times], time.perf_counter() - start


def compare(bots: dict[str, tuple[str, Sequence[str]]], rounds: int, conversations: int, deadline: float) -> None:
    times: dict[tuple[str, int], list[float]] = defaultdict(list)
    wall: dict[tuple[str, int], float] = defaultdict(float)
    for url, script in bots.values():
        timed_conversation(url, script)  # warm-up
    print(
        f"\n== Rounds: {rounds} x (Stapsteen, bare) at concurrency {' and '.join(map(str, LEVELS))}, "
        f"{conversations} conversations of {len(INTAKE)} messages per bot, level and round",
        flush=True,
    )
    for r in range(rounds):
        order = list(bots) if r % 2 == 0 else list(reversed(bots))
        start = time.perf_counter()
        for level in LEVELS:
            for name in order:
                if time.monotonic() > deadline:
                    print(f"  round {r + 1}, {name} at {level}: skipped (time budget)")
                    continue
                lat, seconds = batch(*bots[name], level, conversations)
                times[name, level] += lat
                wall[name, level] += seconds
        print(f"  round {r + 1} of {rounds}: {time.perf_counter() - start:.0f} s", flush=True)

    figures: dict[tuple[str, int], tuple[float, float, float]] = {}
    rows = []
    for level in LEVELS:
        for name in bots:
            lat = times[name, level]
            if lat:
                fig = (statistics.median(lat), percentile(lat, 0.95), len(lat) / wall[name, level])
                figures[name, level] = fig
                rows.append([name, level, len(lat), f"{fig[0] * 1000:.0f}", f"{fig[1] * 1000:.0f}", f"{fig[2]:.1f}"])
    print(table(["bot", "concurrency", "messages", "p50 ms", "p95 ms", "messages/s"], rows, left=1))
    ratios = []
    for level in LEVELS:
        if ("stapsteen", level) in figures and ("bare", level) in figures:
            s, b = figures["stapsteen", level], figures["bare", level]
            ratios.append([level, f"{s[0] / b[0]:.1f}x", f"{s[1] / b[1]:.1f}x", f"{s[2] / b[2]:.2f}x"])
    print("\nratio Stapsteen / bare (per message: higher is costlier; messages/s: lower is slower)")
    print(table(["concurrency", "p50", "p95", "messages/s"], ratios, left=0))


KEYS = ("rest", "nlu", "actions", "calls", "policy", "web")


def cell(key: str, value: float) -> str:
    """A breakdown figure: a count, or seconds as milliseconds."""
    return f"{value:.1f}" if key == "calls" else f"{value * 1000:.1f}"


Intake = tuple[list[dict[str, float]], list[tuple[int, float]], str | None]


def measure_intake(urls: dict[str, str], http: requests.Session) -> Intake:
    """One intake message by message: the parts of each (KEYS, seconds), the policy runs
    [(actions after the message, seconds of one POST .../predict)] and the referral's reference."""
    from tests.integration.test_faults import Family  # the web chat client (CSRF token, cookie)

    conv, family = Conversation(urls["rasa"]), Family(urls["web"])
    tracker = f"{urls['rasa']}/conversations/{conv.sender}"
    parts, policy_runs, reply = [], [], []
    for message in INTAKE:
        start = time.perf_counter()
        http.post(f"{urls['rasa']}/model/parse", json={"text": message}, timeout=60).raise_for_status()
        nlu = time.perf_counter() - start
        http.get(f"{urls['proxy']}/calls", timeout=10)  # forget the calls of the web conversation
        start = time.perf_counter()
        reply = conv.say(message)
        rest = time.perf_counter() - start
        calls = http.get(f"{urls['proxy']}/calls", timeout=10).json()
        start = time.perf_counter()
        family.say(message)
        web = time.perf_counter() - start
        parts.append(
            dict(zip(KEYS, (rest, nlu, sum(calls), len(calls), rest - nlu - sum(calls), web - rest), strict=True))
        )
        events = http.get(f"{tracker}/tracker", timeout=10).json().get("events") or []
        users = [j for j, event in enumerate(events) if event["event"] == "user"]
        if users:  # else the conversation ended and was forgotten (the referral was saved)
            start = time.perf_counter()
            http.post(f"{tracker}/predict", timeout=60).raise_for_status()
            actions = sum(event["event"] == "action" for event in events[users[-1] :])
            policy_runs.append((actions, time.perf_counter() - start))
    conv.close()
    refs = [c["reference"] for c in customs(reply) if "reference" in c]
    return parts, policy_runs, refs[0] if refs else None


def breakdown(urls: dict[str, str], intakes: int, deadline: float) -> None:
    """The median of each part of each message over `intakes` sequential intakes."""
    http = requests.Session()
    runs: list[Intake] = []
    for _ in range(intakes):
        if time.monotonic() > deadline:
            break
        runs.append(measure_intake(urls, http))
    print(f"\n== Breakdown of one intake: ms, the median of {len(runs)} sequential intakes", flush=True)
    if not runs:
        print("skipped (time budget)")
        return
    medians = [{k: statistics.median(run[0][i][k] for run in runs) for k in KEYS} for i in range(len(INTAKE))]
    sums = {k: sum(m[k] for m in medians) for k in KEYS}
    rows = [
        [i, short(message, 30), *(cell(k, m[k]) for k in KEYS)]
        for i, (message, m) in enumerate(zip(INTAKE, medians, strict=True), 1)
    ]
    n = len(INTAKE)
    rows += [
        ["", "total", *(cell(k, sums[k]) for k in KEYS)],
        ["", "per message", *(cell(k, sums[k] / n) for k in KEYS)],
    ]
    print(table(["#", "message", "REST", "NLU", "action calls", "calls", "policy+rest", "web proxy"], rows, left=2))
    share = {k: f"{100 * sums[k] / sums['rest']:.0f} %" for k in ("nlu", "actions", "policy")}
    print(
        f"\nof the REST time: NLU {share['nlu']}, action server {share['actions']} ({sums['calls'] / n:.1f} calls a "
        f"message), policy and the rest {share['policy']}; the web proxy adds {sums['web'] * 1000 / n:.1f} ms a message"
    )
    policy_runs = [r for run in runs for r in run[1]]
    if policy_runs:
        actions, one = statistics.mean(a for a, _ in policy_runs), statistics.median(s for _, s in policy_runs)
        print(
            f"policy: {actions:.1f} predictions a message (actions incl. action_listen); one over the API (POST "
            f"/conversations/<id>/predict, with tracker load and save) {one * 1000:.1f} ms median: "
            f"about {actions * one * 1000:.0f} ms a message"
        )
    refs = [run[2] or "NO (the intake no longer ends in a referral)" for run in runs]
    print(f"referral saved: {', '.join(refs)}")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, default=MODEL, help="Stapsteen's model (default: %(default)s)")
    parser.add_argument("--rounds", type=int, default=2, help="alternating rounds (default: %(default)s)")
    parser.add_argument(
        "--conversations", type=int, default=8, help="conversations per bot, level and round (default: %(default)s)"
    )
    parser.add_argument("--bare-dir", type=Path, help="the bare bot's folder: reused if it has a model, else made")
    parser.add_argument("--intakes", type=int, default=3, help="intakes in the breakdown (default: %(default)s)")
    parser.add_argument("--budget", type=float, default=600, help="seconds for the whole run (default: %(default)s)")
    parser.add_argument("--serve-proxy", nargs=2, metavar=("PORT", "UPSTREAM"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve_proxy:
        serve_proxy(int(args.serve_proxy[0]), args.serve_proxy[1])
        return
    if not args.model.exists():
        raise SystemExit(f"{args.model} is missing: `make model` trains it")
    begin = time.monotonic()
    deadline = begin + args.budget
    print(
        f"date: {time.strftime('%Y-%m-%d %H:%M')}  machine: {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}; model {args.model} "
        f"({time.strftime('%Y-%m-%d %H:%M', time.localtime(args.model.stat().st_mtime))}); budget {args.budget:.0f} s",
        flush=True,
    )
    tmp = Path(tempfile.mkdtemp(prefix="stapsteen-compare-"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("STAPSTEEN_")}  # no Redis etc. of the caller
    env.update(
        PYTHONPATH=str(ROOT),
        RASA_TELEMETRY_ENABLED="false",
        TF_CPP_MIN_LOG_LEVEL="2",
        PYTHONWARNINGS="ignore",
        SANIC_HOST="127.0.0.1",
    )
    procs = Processes(tmp, env)
    try:
        bare = args.bare_dir.resolve() if args.bare_dir else tmp / "bare"
        init = None
        if bare_model(bare) is None:  # train the bare bot while Stapsteen loads
            bare.mkdir(parents=True, exist_ok=True)
            init = procs.start("bare-init", [RASA, "init", "--no-prompt", "--init-dir", str(bare)], cwd=bare)
        urls = start_stapsteen(procs, args.model, deadline)
        print(f"Stapsteen up in {time.monotonic() - begin:.0f} s", flush=True)
        if init is not None:
            try:
                if init.wait(timeout=max(deadline - time.monotonic(), 1)) != 0:
                    raise procs.failed("bare-init", f"rasa init exited with {init.returncode}")
            except subprocess.TimeoutExpired as exc:
                raise procs.failed("bare-init", "time budget") from exc
            print(f"bare bot built by rasa init (training) in {time.monotonic() - begin:.0f} s", flush=True)
        model = bare_model(bare)
        if model is None:
            raise procs.failed("bare-init", f"no model in {bare / 'models'}")
        bare_port = free_port()
        procs.start("bare", rasa_run(model, bare_port), cwd=bare)
        procs.wait("bare", f"http://127.0.0.1:{bare_port}/", deadline)
        print(f"bare bot up ({model.name}); all servers after {time.monotonic() - begin:.0f} s", flush=True)

        bots = {"stapsteen": (urls["rasa"], INTAKE), "bare": (f"http://127.0.0.1:{bare_port}", BARE_TALK)}
        compare(bots, args.rounds, args.conversations, deadline)
        breakdown(urls, args.intakes, deadline)
    finally:
        procs.close()
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"\ntotal time: {time.monotonic() - begin:.0f} s")


if __name__ == "__main__":
    main()
