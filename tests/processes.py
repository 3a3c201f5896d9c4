"""Starting and stopping real processes in tests, always bounded in time."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def wait_for(predicate: Callable[[], bool], timeout: float, what: str, every: float = 0.05) -> None:
    """Poll `predicate` until true, or fail naming `what`."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(every)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


class Proc:
    """A child process whose output goes to a log file we can read."""

    def __init__(self, argv: list[str], log: Path, env: dict[str, str] | None = None) -> None:
        self.log_path = log
        self._log = log.open("wb")
        self.popen = subprocess.Popen(
            argv,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
            env={**os.environ, **(env or {})},
            start_new_session=True,
        )

    @property
    def pid(self) -> int:
        return self.popen.pid

    def output(self) -> str:
        return self.log_path.read_text(errors="replace")

    def wait_for_output(self, text: str, timeout: float = 30) -> None:
        def seen() -> bool:
            if self.popen.poll() is not None:
                raise AssertionError(f"process exited early:\n{self.output()[-3000:]}")
            return text in self.output()

        wait_for(seen, timeout, f"{text!r} in the output of {self.popen.args}")

    def wait(self, timeout: float) -> int:
        """Wait for the process to exit by itself; its exit code (it is killed on timeout)."""
        try:
            self.popen.wait(timeout=timeout)
        finally:
            self.stop()
        return self.popen.returncode

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 20) -> int:
        """Signal the whole process group, escalate to SIGKILL, return the exit code."""
        if self.popen.poll() is None:
            try:
                os.killpg(self.popen.pid, sig)
                self.popen.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                os.killpg(self.popen.pid, signal.SIGKILL)
                self.popen.wait(timeout=10)
            except ProcessLookupError:
                pass
        if not self._log.closed:
            self._log.close()
        return self.popen.returncode


def _started(proc: Proc, ready: str) -> Proc:
    """`proc` once it prints `ready`; stopped (and its log closed) if it never does."""
    try:
        proc.wait_for_output(ready, timeout=30)
    except BaseException:
        proc.stop()
        raise
    return proc


def start_worker(log: Path, env: dict[str, str] | None = None, *args: str) -> Proc:
    """A real worker process (the test harness around `matcha worker`), once it is ready."""
    argv = [
        sys.executable,
        "-m",
        "tests.worker_harness",
        "--concurrency",
        "4",
        "--loglevel",
        "INFO",
        *args,
    ]
    return _started(Proc(argv, log, env), "ready.")


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_api(log: Path, env: dict[str, str], port: int) -> Proc:
    """The API as a real process (`matcha serve` via the harness), once it answers."""
    argv = [sys.executable, "-m", "tests.worker_harness", "serve", "--port", str(port)]
    return _started(Proc(argv, log, env), "Application startup complete")
