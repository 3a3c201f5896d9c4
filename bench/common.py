"""What every bench script shares: processes, /proc memory, polling, redis, a fresh database.

The drivers use the standard library only, so they can run under a Python that shares no pages
with the measured processes (`/usr/bin/python3`, as in shared/notes). Anything that needs
matcha, celery or httpx runs in a short-lived venv subprocess (`bench/producer.py`) that is never
part of a measured tree. Every wait is bounded; every process started here is stopped by its
process group and by the pids of its descendants (an on-demand worker lives in its own session).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from clients import http_get, http_post, redis_cmd, redis_ping, use_token

__all__ = ["http_get", "http_post", "redis_cmd", "use_token"]

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
RESULTS = BENCH / "results"
# BENCH_PYTHON: measure another install, e.g. a runtime-only venv without the dev extras.
VENV_PY = os.environ.get("BENCH_PYTHON") or str(ROOT / ".venv" / "bin" / "python")
KiB = 1024
BENCH_SECRET = "bench-only-secret-key-" + "b" * 32
CLEAN_ENV_PREFIXES = ("MATCHA_", "DATABASE_URL", "CELERY_", "REDIS_URL", "BENCH_")


def wait_for(predicate: Callable[[], bool], timeout: float, what: str, every: float = 0.05) -> None:
    """Poll `predicate` until it is true; raise TimeoutError naming `what` otherwise."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(every)
    raise TimeoutError(f"timed out after {timeout:.0f}s waiting for {what}")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def child_env(**extra: str) -> dict[str, str]:
    """The environment without any matcha/celery setting of ours, plus `extra`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(CLEAN_ENV_PREFIXES)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # a normal deployment uses .pyc caches
    env["PYTHONUNBUFFERED"] = "1"
    # What `matcha worker` / `matcha serve` set for themselves (src/matcha/launch.py); the
    # harness starts its processes directly, so it sets it here to measure the same thing.
    env.setdefault("MALLOC_ARENA_MAX", "2")
    # The API refuses to start outside dev mode without a real secret; the bench runs as
    # production does, with its own.
    env["MATCHA_SECRET_KEY"] = BENCH_SECRET
    return {**env, **extra}


# ---------------------------------------------------------------- memory from /proc


@dataclass(frozen=True)
class Mem:
    rss_kib: int
    pss_kib: int
    procs: int

    @property
    def rss_mib(self) -> float:
        return self.rss_kib / KiB

    @property
    def pss_mib(self) -> float:
        return self.pss_kib / KiB

    def __add__(self, other: Mem) -> Mem:
        return Mem(
            self.rss_kib + other.rss_kib, self.pss_kib + other.pss_kib, self.procs + other.procs
        )


def descendants(root: int) -> list[int]:
    """`root` and every process below it, found from each process's ppid in /proc."""
    parents: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        parents.setdefault(ppid, []).append(int(entry.name))
    found, frontier = [root], [root]
    while frontier:
        kids = parents.get(frontier.pop(), [])
        found += kids
        frontier += kids
    return found


def proc_mem(pid: int) -> Mem:
    """RSS and PSS of one process from smaps_rollup (zero if it is gone)."""
    rss = pss = 0
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Rss:"):
                rss = int(line.split()[1])
            elif line.startswith("Pss:"):
                pss = int(line.split()[1])
    except (OSError, ValueError):
        return Mem(0, 0, 0)
    return Mem(rss, pss, 1)


def tree_mem(*roots: int) -> Mem:
    """Memory summed over each root and all its descendants."""
    total = Mem(0, 0, 0)
    for root in roots:
        for pid in descendants(root):
            total = total + proc_mem(pid)
    return total


def cpu_seconds(*roots: int) -> float:
    """User + system CPU time of the trees' live processes (10 ms ticks)."""
    total = 0
    for root in roots:
        for pid in descendants(root):
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


class PeakSampler(threading.Thread):
    """Samples the summed memory of some process trees until stopped; keeps the peak RSS."""

    def __init__(self, roots: Callable[[], list[int]], every: float = 0.1) -> None:
        super().__init__(name="peak-sampler", daemon=True)
        self.roots, self.every = roots, every
        self.peak = Mem(0, 0, 0)
        self.peak_pss_kib = 0
        self.samples = 0
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.is_set():
            mem = tree_mem(*self.roots())
            self.samples += 1
            if mem.rss_kib > self.peak.rss_kib:
                self.peak = mem
            self.peak_pss_kib = max(self.peak_pss_kib, mem.pss_kib)
            self.stopped.wait(self.every)

    def stop(self) -> Mem:
        """Stop sampling; the sample with the highest RSS (PSS: the highest PSS seen)."""
        self.stopped.set()
        self.join(5)
        return Mem(self.peak.rss_kib, self.peak_pss_kib, self.peak.procs)


# ---------------------------------------------------------------- processes


class Proc:
    """A child process in its own session, logging to a file, always stopped in bounded time."""

    def __init__(self, argv: list[str], log: Path, env: dict[str, str], cwd: Path) -> None:
        self.argv, self.log_path = argv, log
        self._log = log.open("wb")
        self.popen = subprocess.Popen(
            argv, stdout=self._log, stderr=subprocess.STDOUT, env=env, cwd=cwd,
            stdin=subprocess.DEVNULL, start_new_session=True,
        )  # fmt: skip

    @property
    def pid(self) -> int:
        return self.popen.pid

    def output(self) -> str:
        return self.log_path.read_text(errors="replace")

    def wait_for_output(self, text: str, timeout: float = 60) -> None:
        def seen() -> bool:
            if self.popen.poll() is not None:
                raise RuntimeError(f"{self.argv} exited early:\n{self.output()[-3000:]}")
            return text in self.output()

        wait_for(seen, timeout, f"{text!r} from {' '.join(self.argv)}")

    def stop(self, timeout: float = 30) -> None:
        """SIGTERM the group and every descendant, then SIGKILL whatever is left."""
        pids = descendants(self.pid) if self.popen.poll() is None else []
        for sig in (signal.SIGTERM, signal.SIGKILL):
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self.pid, sig)
            for pid in pids[1:]:
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.kill(pid, sig)
            try:
                self.popen.wait(timeout=timeout if sig == signal.SIGTERM else 10)
                if all(not Path(f"/proc/{p}").exists() for p in pids[1:]):
                    break
                time.sleep(1)
            except subprocess.TimeoutExpired:
                continue
        self._log.close()


class Stack:
    """Everything one measurement started, stopped in reverse order on exit."""

    def __init__(self, prefix: str = "matcha-bench-") -> None:
        self.dir = Path(tempfile.mkdtemp(prefix=prefix))
        self.procs: list[Proc] = []

    def start(self, name: str, argv: list[str], env: dict[str, str]) -> Proc:
        proc = Proc(argv, self.dir / f"{name}.log", env, self.dir)
        self.procs.append(proc)
        return proc

    def close(self) -> None:
        for proc in reversed(self.procs):
            proc.stop()
        shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self) -> Stack:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # ---- the pieces a measurement needs

    def database(self) -> str:
        """A fresh SQLite database with matcha's schema; returns its URL."""
        url = f"sqlite:///{self.dir / 'matcha.db'}"
        subprocess.run(
            [VENV_PY, "-m", "matcha", "db", "upgrade"], env=child_env(DATABASE_URL=url),
            cwd=self.dir, check=True, capture_output=True, timeout=120,
        )  # fmt: skip
        return url

    def redis(self) -> tuple[Proc, str]:
        """A private redis-server on a free port (never the shared 6379); returns (proc, URL)."""
        port = free_port()
        argv = ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", ""]
        proc = self.start(f"redis-{port}", [*argv, "--appendonly", "no"], child_env())
        wait_for(lambda: redis_ping(port), 10, f"redis-server on {port}")
        return proc, f"redis://127.0.0.1:{port}/0"

    def fake_llm(self, latency: float) -> str:
        """The loopback fake LLM (its own process, never measured); returns its URL."""
        port = free_port()
        argv = [VENV_PY, str(BENCH / "fake_llm.py"), "--port", str(port)]
        self.start("fake-llm", [*argv, "--latency", str(latency)], child_env())
        wait_for(lambda: http_get(f"http://127.0.0.1:{port}/")[0] == 200, 10, "the fake LLM")
        return f"http://127.0.0.1:{port}/v1/generate"

    def producer(self, *args: str, env: dict[str, str]) -> Any:
        """Run bench/producer.py in a venv subprocess and return its JSON output."""
        out = subprocess.run(
            [VENV_PY, str(BENCH / "producer.py"), *args], env=env, cwd=self.dir,
            check=True, capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        return json.loads(out.stdout)


def wait_http_ready(proc: Proc, base: str, timeout: float = 60) -> None:
    def ok() -> bool:
        if proc.popen.poll() is not None:
            raise RuntimeError(f"{proc.argv} exited early:\n{proc.output()[-3000:]}")
        return http_get(f"{base}/health", timeout=1)[0] == 200

    wait_for(ok, timeout, f"{base}/health")


# ---------------------------------------------------------------- numbers


def median(values: list[float]) -> float:
    return float(statistics.median(values)) if values else float("nan")


def save(name: str, data: Any) -> Path:
    """Raw results as JSON under bench/results/ (git ignores it)."""
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"{name}-{time.strftime('%Y%m%d-%H%M%S')}.json"
    path.write_text(json.dumps(data, indent=2, default=str))
    return path


def table(headers: list[str], rows: list[list[Any]]) -> str:
    """A GitHub-markdown table, numbers with one decimal."""

    def cell(v: Any) -> str:
        return f"{v:.1f}" if isinstance(v, float) else str(v)

    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


@contextlib.contextmanager
def timed(label: str) -> Iterator[None]:
    start = time.monotonic()
    yield
    print(f"  ({label}: {time.monotonic() - start:.1f}s)", flush=True)
