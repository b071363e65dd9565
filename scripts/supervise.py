"""Keep Stapsteen's servers running: restart one that stops, stop all on Ctrl-C.

    python scripts/supervise.py --log-dir var/log \\
        --service actions .venv/bin/python -m rasa_sdk ... \\
        --service rasa .venv/bin/rasa run ... \\
        --service web .venv/bin/python -m web.app

scripts/run.sh starts it. Each server writes to LOG_DIR/NAME.log. A server that
stops while it should run (a crash, a kill, any exit) is started again after a
back-off (1, 2, 4 ... at most 30 s); its restart count is in LOG_DIR/supervisor.log
(and on stderr). A server that stops within FAST_SECONDS of its start counts as a
fast crash; after LIMIT fast crashes in a row it is given up. When no server of a
kind is left (the kind is the name before "-": rasa-1 and rasa-2 are both "rasa"),
the supervisor stops the others and exits with status 1. SIGINT, SIGTERM or SIGHUP
stop every server (TERM, then KILL after STOP_SECONDS) and exit with status 0.
"""

from __future__ import annotations

import argparse
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import IO

FAST_SECONDS = 120.0  # Rasa loads its model for up to a minute: a crash before this is "fast"
LIMIT = 5  # fast crashes in a row before a server is given up
MAX_BACKOFF = 30.0
STOP_SECONDS = 20.0
POLL_SECONDS = 0.2


class Service:
    def __init__(self, name: str, command: list[str], log_dir: Path):
        self.name, self.command = name, command
        self.kind = name.split("-")[0]
        self.log_path = log_dir / f"{name}.log"
        self.proc: subprocess.Popen[bytes] | None = None
        self.started = 0.0
        self.restarts = 0
        self.fast_crashes = 0
        self.restart_at: float | None = None
        self.given_up = False

    def start(self) -> None:
        with open(self.log_path, "ab") as log:  # the child keeps its own copy of the file
            self.proc = subprocess.Popen(self.command, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        self.started = time.monotonic()
        self.restart_at = None


class Supervisor:
    def __init__(self, services: list[Service], log: IO[str], limit: int, backoff: float, fast_seconds: float):
        self.services, self.log_file = services, log
        self.limit, self.backoff, self.fast_seconds = limit, backoff, fast_seconds
        self.stopping = False

    def log(self, message: str, loud: bool = False) -> None:
        line = f"{time.strftime('%Y-%m-%d %H:%M:%S')} supervisor: {message}"
        print(line, file=self.log_file, flush=True)
        if loud:
            print(line, file=sys.stderr, flush=True)

    def stop_signal(self, signum: int, frame: object) -> None:
        self.stopping = True

    def run(self) -> int:
        for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            signal.signal(signum, self.stop_signal)
        for service in self.services:
            self.start(service)
        status = 0
        while not self.stopping:
            now = time.monotonic()
            for service in self.services:
                if service.proc is not None and service.proc.poll() is not None:
                    self.stopped(service, now)
                elif service.restart_at is not None and now >= service.restart_at:
                    self.start(service)
            lost = sorted({s.kind for s in self.services} - {s.kind for s in self.services if not s.given_up})
            if lost:
                self.log(f"no {'/'.join(lost)} server left: stopping everything", loud=True)
                status = 1
                break
            time.sleep(POLL_SECONDS)
        self.stop_all()
        return status

    def start(self, service: Service) -> None:
        service.start()
        assert service.proc is not None
        again = f" (restart {service.restarts})" if service.restarts else ""
        self.log(f"{service.name} started, pid {service.proc.pid}{again}")

    def stopped(self, service: Service, now: float) -> None:
        """A server stopped while it should run: plan its restart, or give it up."""
        assert service.proc is not None
        code, ran = service.proc.returncode, now - service.started
        service.proc = None
        if self.stopping:
            return
        service.fast_crashes = service.fast_crashes + 1 if ran < self.fast_seconds else 1
        if service.fast_crashes >= self.limit:
            service.given_up = True
            self.log(
                f"{service.name} stopped (exit code {code}) {service.fast_crashes} times in a row soon after its "
                f"start: given up; see {service.log_path}",
                loud=True,
            )
            return
        delay = min(self.backoff * 2 ** (service.fast_crashes - 1), MAX_BACKOFF)
        service.restarts += 1
        service.restart_at = now + delay
        self.log(
            f"{service.name} stopped (exit code {code}) after {ran:.0f} s: restart {service.restarts} in {delay:g} s",
            loud=True,
        )

    def stop_all(self) -> None:
        running = [s for s in reversed(self.services) if s.proc is not None and s.proc.poll() is None]
        for service in running:  # the web server first, the action servers last
            assert service.proc is not None
            service.proc.terminate()
        deadline = time.monotonic() + STOP_SECONDS
        for service in running:
            assert service.proc is not None
            try:
                service.proc.wait(timeout=max(deadline - time.monotonic(), 0.1))
            except subprocess.TimeoutExpired:
                self.log(f"{service.name} did not stop in {STOP_SECONDS:.0f} s: killed")
                service.proc.kill()
                service.proc.wait()
        self.log("all servers stopped")


def parse(argv: list[str]) -> tuple[argparse.Namespace, list[tuple[str, list[str]]]]:
    """The options, then `--service NAME COMMAND...` groups (a command runs up to the next --service)."""
    first = argv.index("--service") if "--service" in argv else len(argv)
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--log-dir", type=Path, required=True)
    parser.add_argument("--limit", type=int, default=LIMIT, help="fast crashes in a row before giving up")
    parser.add_argument("--backoff", type=float, default=1.0, help="seconds before the first restart")
    parser.add_argument("--fast-seconds", type=float, default=FAST_SECONDS)
    options = parser.parse_args(argv[:first])
    services: list[tuple[str, list[str]]] = []
    for arg in argv[first:]:
        if arg == "--service":
            services.append(("", []))
        elif not services[-1][0]:
            services[-1] = (arg, [])
        else:
            services[-1][1].append(arg)
    if not services or any(not name or not command for name, command in services):
        parser.error("give at least one --service NAME COMMAND...")
    return options, services


def main(argv: list[str]) -> int:
    options, specs = parse(argv)
    options.log_dir.mkdir(parents=True, exist_ok=True)
    services = [Service(name, command, options.log_dir) for name, command in specs]
    with open(options.log_dir / "supervisor.log", "a", encoding="utf-8") as log:
        return Supervisor(services, log, options.limit, options.backoff, options.fast_seconds).run()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
