"""Load test (issue 9): whole family intakes through the web chat under Locust; prints figures, asserts nothing.

  make load                                        # once: .venv-load with Locust (requirements-load.txt)
  .venv/bin/python scripts/load.py --users 5 --minutes 1   # a smoke run
  .venv/bin/python scripts/load.py                 # 40 families for 5 minutes, `scripts/run.sh`
  .venv/bin/python scripts/load.py --instances 2   # the same on `scripts/run.sh --instances 2`
  .venv/bin/python scripts/load.py --compare       # one instance, then two: the ratio

Starts scripts/run.sh on free loopback ports with a temporary var folder (database, keys, logs),
waits for /readyz, runs Locust headless (scripts/locustfile.py: one whole intake per task, 1-3 s
think time) and stops everything as Ctrl-C does. Prints the conversations completed, errors, lost
answers (a result that does not count the answers given), p50/p95 per message, the resident memory
(VmRSS) of each Rasa process at the start, at minute 1 and at the end, and the CPU each process used.
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
LOCUST = ROOT / ".venv-load" / "bin" / "locust"
TICK = os.sysconf("SC_CLK_TCK")


def free_ports(count: int) -> int:
    """The first of `count` free consecutive loopback ports (run.sh gives instance i the port + i - 1)."""
    for _ in range(100):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            first = s.getsockname()[1]
        try:
            for port in range(first, first + count):
                with socket.socket() as s:
                    s.bind(("127.0.0.1", port))
            return first
        except OSError:
            continue
    raise RuntimeError("no free consecutive ports")


def processes(var: Path, group: int) -> dict[str, int]:
    """name -> pid of the servers now running: those of supervisor.log, and Redis."""
    log = (var / "log" / "supervisor.log").read_text()
    found = dict(re.findall(r"supervisor: (\S+) started, pid (\d+)", log))  # the last start of each
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            if os.getpgid(int(pid)) == group and b"redis-server" in Path(f"/proc/{pid}/cmdline").read_bytes():
                found["redis"] = pid
        except OSError:
            pass
    return {name: int(pid) for name, pid in sorted(found.items())}


def sample(pid: int) -> tuple[float, float]:
    """(resident memory in MB, CPU seconds so far) of one process; (nan, nan) when it is gone."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
        stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan"), float("nan")
    rss = int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024  # type: ignore[union-attr]
    return rss, (int(stat[11]) + int(stat[12])) / TICK  # utime + stime


def children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def machine_cpu() -> float:
    """CPU seconds all cores were busy (every process of the machine, not only ours)."""
    ticks = [int(n) for n in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
    return (sum(ticks) - ticks[3] - ticks[4]) / TICK  # less idle and iowait


def start(instances: int, var: Path) -> tuple[subprocess.Popen, str]:
    rasa, action, web = free_ports(instances), free_ports(instances), free_ports(1)
    env = {k: v for k, v in os.environ.items() if not k.startswith("STAPSTEEN_")}
    env.update(STAPSTEEN_VAR_DIR=str(var), STAPSTEEN_RASA_PORT=str(rasa), STAPSTEEN_ACTION_PORT=str(action),
               STAPSTEEN_WEB_PORT=str(web))
    command = ["bash", str(ROOT / "scripts" / "run.sh"), *(["--instances", str(instances)] * (instances > 1))]
    proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=open(var / "run.out", "wb"),
                            stderr=subprocess.STDOUT, start_new_session=True)
    url, deadline = f"http://127.0.0.1:{web}", time.monotonic() + 400
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            if requests.get(f"{url}/readyz", timeout=5).status_code == 200:
                return proc, url
        except requests.RequestException:
            pass
        time.sleep(1)
    stop(proc)
    raise SystemExit(f"run.sh did not start:\n{(var / 'run.out').read_text(errors='replace')[-2000:]}")


def stop(proc: subprocess.Popen) -> None:
    """Like Ctrl-C: SIGINT to run.sh's process group; KILL what is left after 90 s."""
    try:
        os.killpg(proc.pid, signal.SIGINT)
        proc.wait(timeout=90)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    except ProcessLookupError:
        pass


def load_run(instances: int, users: int, minutes: float, rate: float) -> dict:
    var = Path(tempfile.mkdtemp(prefix="stapsteen-load-"))
    load = "{:.2f} {:.2f} {:.2f}".format(*os.getloadavg())
    print(f"\n== {instances} instance(s), {users} families, {minutes:g} min; load average before: {load}", flush=True)
    proc, url = start(instances, var)
    try:
        pids = processes(var, proc.pid)
        before = {name: sample(pid) for name, pid in pids.items()}
        sys.path.insert(0, str(ROOT))
        from bot.messages import text

        env = dict(os.environ, STAPSTEEN_NO_REPLY_TEXT=text("web_error.no_reply"))
        command = [str(LOCUST), "-f", str(ROOT / "scripts" / "locustfile.py"), "--headless", "--only-summary",
                   "-u", str(users), "-r", str(rate), "-t", f"{round(minutes * 60)}s", "--host", url,
                   "--csv", str(var / "locust"), "--loglevel", "WARNING"]
        began = time.monotonic()
        locust = subprocess.Popen(command, cwd=var, env=env, stdout=open(var / "locust.out", "wb"),
                                  stderr=subprocess.STDOUT)
        at_minute_1 = None
        before["locust"], before["whole machine"] = (0, children_cpu()), (0, machine_cpu())
        while locust.poll() is None:
            if at_minute_1 is None and time.monotonic() - began >= 60:
                at_minute_1 = {name: sample(pid) for name, pid in pids.items()}
            time.sleep(1)
        wall = time.monotonic() - began
        after = {name: sample(pid) for name, pid in processes(var, proc.pid).items()}
        # Locust is the one child process that has ended.
        after["locust"], after["whole machine"] = (0, children_cpu()), (0, machine_cpu())
        load_after = os.getloadavg()
    finally:
        stop(proc)
    result = summary(var, minutes, wall, before, at_minute_1 or after, after, pids)
    print("load average at the end: {:.2f} {:.2f} {:.2f}".format(*load_after))
    shutil.rmtree(var, ignore_errors=True)
    return result


def summary(var: Path, minutes: float, wall: float, before, minute_1, after, pids) -> dict:
    """Print the figures of one run (Locust's CSV files, the samples); return them."""
    with open(var / "locust_stats.csv") as f:
        stats = {(row["Type"], row["Name"]): row for row in csv.DictReader(f)}
    with open(var / "locust_failures.csv") as f:
        failures = list(csv.DictReader(f))
    with open(var / "locust_exceptions.csv") as f:
        crashes = sum(int(row["Count"]) for row in csv.DictReader(f))
    intake, chat = stats.get(("intake", "whole"), {}), stats.get(("POST", "POST /api/chat"), {})
    failed = int(intake.get("Failure Count", 0))
    completed = int(intake.get("Request Count", 0)) - failed
    lost = sum(int(row["Occurrences"]) for row in failures if "lost answer" in row["Error"])
    errors = sum(int(row["Failure Count"]) for key, row in stats.items() if key[0] not in ("intake", "")) + crashes
    print(f"conversations completed: {completed} ({completed / minutes:.1f}/min); failed intakes: {failed}")
    print(f"errors: {errors}; lost answers: {lost}")
    print(f"messages: {chat.get('Request Count', 0)}; per message p50 {chat.get('50%')} ms, p95 {chat.get('95%')} ms")
    for name in (n for n in pids if n.startswith("rasa")):
        start_mb, minute_mb, end_mb = before[name][0], minute_1[name][0], after.get(name, (float("nan"),))[0]
        print(f"{name} RSS MB: start {start_mb:.0f}, minute 1 {minute_mb:.0f}, end {end_mb:.0f} "
              f"({(end_mb - minute_mb) / minute_mb * 100:+.1f} % from minute 1)")
    cpu = {name: (after[name][1] - before[name][1]) / wall * 100 for name in after if name in before}
    print(f"CPU over the run (% of one core; {os.cpu_count()} cores): "
          + ", ".join(f"{name} {percent:.0f}" for name, percent in cpu.items()))
    for row in failures[:10]:
        print(f"  failure x{row['Occurrences']}: {row['Name']}: {row['Error'][:200]}")
    return {"per_minute": completed / minutes}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--users", type=int, default=40, help="concurrent families (default 40)")
    parser.add_argument("--minutes", type=float, default=5, help="how long (default 5)")
    parser.add_argument("--rate", type=float, default=0, help="families started per second (default users/10)")
    parser.add_argument("--instances", type=int, choices=(1, 2), default=1)
    parser.add_argument("--compare", action="store_true", help="one instance, then two; print the ratio")
    options = parser.parse_args()
    if not LOCUST.exists():
        raise SystemExit(f"{LOCUST} is missing: run `make load` first")
    rate = options.rate or max(options.users / 10, 1)
    runs = (1, 2) if options.compare else (options.instances,)
    results = [load_run(n, options.users, options.minutes, rate) for n in runs]
    if options.compare:
        one, two = (r["per_minute"] for r in results)
        print(f"\ntwo instances / one: {two / one:.2f}x completed conversations per minute ({two:.1f} vs {one:.1f})")


if __name__ == "__main__":
    main()
