"""What runs beside the Celery consumer in every matcha worker.

A beat thread writes the worker's liveness row (pid, host, mode, RSS, running jobs) every
MATCHA_WORKER_HEARTBEAT seconds; it does nothing else, so a slow sweep never makes a live worker
look dead (the sweeper restarts the jobs of a worker silent for MATCHA_WORKER_DEAD_AFTER).
A supervisor thread:
- sweeps (see `matcha.jobs.engine.sweeper`);
- decides when a worker should stop: a burst worker once the queues are drained, a scheduled
  one at its time limit, a lean one above its memory ceiling.

Stopping is Celery's warm shutdown, the same as SIGTERM: no new job is taken, running jobs
finish, and messages reserved but not started go back to the broker.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from celery.signals import worker_ready, worker_shutdown

from matcha.config import get_settings
from matcha.db import get_sessionmaker, upsert, utcnow
from matcha.jobs.engine import records
from matcha.jobs.engine.runner import finished_count, in_flight, worker_name
from matcha.jobs.engine.sweeper import sweep
from matcha.jobs.engine.workers import WorkerRecord
from matcha.system.memory import tree_rss_bytes

log = logging.getLogger(__name__)
MiB = 1024 * 1024
TIDY_INTERVAL = 30.0  # seconds between purges of the embedded broker's delivered messages


@dataclass
class WorkerOptions:
    mode: str = "always-on"
    queues: list[str] = field(default_factory=lambda: ["matcha.interactive", "matcha.bulk"])
    concurrency: int = 8
    burst: bool = False
    idle_timeout: float = 10.0
    max_runtime: float | None = None
    max_memory_mib: float | None = None
    heartbeat_interval: float = field(
        default_factory=lambda: get_settings().worker_heartbeat_seconds
    )
    sweep_interval: float = field(default_factory=lambda: get_settings().sweep_interval)


OPTIONS = WorkerOptions()


def configure(options: WorkerOptions) -> None:
    """Set the options the next worker started in this process will use."""
    global OPTIONS
    OPTIONS = options


def request_stop() -> None:
    """Ask the Celery consumer in this process for a warm shutdown (as SIGTERM does)."""
    from celery.worker import state

    state.should_stop = 0


class Supervisor(threading.Thread):
    def __init__(self, options: WorkerOptions) -> None:
        super().__init__(name="matcha-supervisor", daemon=True)
        self.options = options
        self.worker_id = worker_name()  # the name its jobs carry in `jobs.worker`
        self.started = time.monotonic()
        self.started_at = utcnow()
        self.stopped = threading.Event()
        self.stop_reason: str | None = None
        self.restart = False
        self._beat_lock = threading.Lock()
        self._final = False  # "stopped" is written: no later beat may overwrite it

    def heartbeat(self, status: str = "running") -> None:
        with self._beat_lock:
            if self._final:
                return
            self._write_beat(status)
            self._final = status == "stopped"

    def _write_beat(self, status: str) -> None:
        now = utcnow()
        values: dict[str, Any] = {
            "id": self.worker_id,
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "mode": self.options.mode,
            "queues": self.options.queues,
            "concurrency": self.options.concurrency,
            "status": status,
            "rss_bytes": tree_rss_bytes(),
            "running_jobs": [str(j) for j in in_flight()],
            "jobs_done": finished_count(),
            "started_at": self.started_at,
            "last_seen_at": now,
            "stopped_at": now if status == "stopped" else None,
        }
        with get_sessionmaker()() as session:
            upsert(session, WorkerRecord, values, conflict=("id",))
            session.commit()

    def _wind_down(self, reason: str, *, restart: bool = False) -> None:
        if self.stop_reason is None:
            log.info("worker stopping: %s", reason)
            self.stop_reason, self.restart = reason, restart
            request_stop()
            try:
                self.heartbeat("stopping")  # at once: an on-demand API may start a successor
            except Exception:
                log.warning("could not record that the worker is stopping", exc_info=True)

    def _check_limits(self, idle_since: float | None) -> float | None:
        opts, now = self.options, time.monotonic()
        if opts.max_runtime is not None and now - self.started >= opts.max_runtime:
            self._wind_down(f"max runtime of {opts.max_runtime:.0f}s reached")
        # The ceiling is checked between jobs, after at least one: a fresh worker above it
        # would otherwise restart forever without doing any work.
        if opts.max_memory_mib is not None and finished_count() and not in_flight():
            rss = tree_rss_bytes() / MiB
            if rss > opts.max_memory_mib:
                self._wind_down(
                    f"RSS {rss:.0f} MiB above the {opts.max_memory_mib:.0f} MiB ceiling",
                    restart=True,
                )
        if not opts.burst:
            return None
        with get_sessionmaker()() as session:
            busy = bool(in_flight()) or records.due_jobs_exist(session)
        if busy:
            return None
        idle_since = idle_since if idle_since is not None else now
        if now - idle_since >= opts.idle_timeout:
            self._wind_down(f"queues drained; idle for {opts.idle_timeout:.0f}s")
        return idle_since

    def beat_forever(self) -> None:
        """The beat thread's loop: one liveness write every `heartbeat_interval`."""
        while not self.stopped.wait(self.options.heartbeat_interval):
            try:
                self.heartbeat("stopping" if self.stop_reason else "running")
            except Exception:
                log.warning("worker heartbeat: database unavailable; retrying", exc_info=True)

    def run(self) -> None:
        threading.Thread(target=self.beat_forever, name="matcha-beat", daemon=True).start()
        last_sweep = last_tidy = 0.0
        idle_since: float | None = None
        while not self.stopped.wait(0.25):
            now = time.monotonic()
            try:
                if now - last_sweep >= self.options.sweep_interval:
                    with get_sessionmaker()() as session:
                        sweep(session)
                    last_sweep = now
                if now - last_tidy >= TIDY_INTERVAL:
                    _tidy_broker()
                    last_tidy = now
                idle_since = self._check_limits(idle_since)
            except Exception:
                log.warning("worker supervisor: database unavailable; retrying", exc_info=True)


def _tidy_broker() -> None:
    from matcha.worker.embedded_broker import is_embedded, purge_delivered

    url = get_settings().broker_url
    if is_embedded(url):
        purge_delivered(url)


SUPERVISOR: Supervisor | None = None


def start_supervisor() -> None:
    """Start heartbeats, sweeps and stop rules for the worker running in this process."""
    global SUPERVISOR
    SUPERVISOR = Supervisor(OPTIONS)
    try:
        SUPERVISOR.heartbeat()
    except Exception:
        log.warning("first heartbeat failed", exc_info=True)
    SUPERVISOR.start()


@worker_ready.connect
def _on_ready(**_: Any) -> None:
    start_supervisor()  # `celery worker` and `matcha worker` send this; a bare controller doesn't


@worker_shutdown.connect
def _on_shutdown(**_: Any) -> None:
    if SUPERVISOR is None:
        return
    SUPERVISOR.stopped.set()
    try:
        SUPERVISOR.heartbeat("stopped")
    except Exception:
        log.warning("could not record the worker's stop", exc_info=True)
