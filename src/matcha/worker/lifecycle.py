"""What runs beside the Celery consumer in every matcha worker.

A supervisor thread:
- heartbeats into the `workers` table (pid, host, mode, RSS, running jobs);
- sweeps (see `matcha.jobs.sweeper`);
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
import uuid
from dataclasses import dataclass, field
from typing import Any

from celery.signals import worker_ready, worker_shutdown

from matcha.config import get_settings
from matcha.db import get_sessionmaker, upsert, utcnow
from matcha.jobs import records
from matcha.jobs.runner import finished_count, in_flight
from matcha.jobs.sweeper import sweep
from matcha.system.memory import tree_rss_bytes
from matcha.system.models import WorkerRecord

log = logging.getLogger(__name__)
MiB = 1024 * 1024


@dataclass
class WorkerOptions:
    mode: str = "always-on"
    queues: list[str] = field(default_factory=lambda: ["matcha.interactive", "matcha.bulk"])
    concurrency: int = 8
    burst: bool = False
    idle_timeout: float = 10.0
    max_runtime: float | None = None
    max_memory_mib: float | None = None
    heartbeat_interval: float = 5.0
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
        self.worker_id = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"
        self.started = time.monotonic()
        self.started_at = utcnow()
        self.stopped = threading.Event()
        self.stop_reason: str | None = None
        self.restart = False

    def heartbeat(self, status: str = "running") -> None:
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

    def _stop(self, reason: str, *, restart: bool = False) -> None:
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
            self._stop(f"max runtime of {opts.max_runtime:.0f}s reached")
        # The ceiling is checked between jobs, after at least one: a fresh worker above it
        # would otherwise restart forever without doing any work.
        if opts.max_memory_mib is not None and finished_count() and not in_flight():
            rss = tree_rss_bytes() / MiB
            if rss > opts.max_memory_mib:
                self._stop(
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
            self._stop(f"queues drained; idle for {opts.idle_timeout:.0f}s")
        return idle_since

    def run(self) -> None:
        last_beat = last_sweep = 0.0
        idle_since: float | None = None
        while not self.stopped.wait(0.25):
            now = time.monotonic()
            try:
                if now - last_beat >= self.options.heartbeat_interval:
                    self.heartbeat("stopping" if self.stop_reason else "running")
                    last_beat = now
                if now - last_sweep >= self.options.sweep_interval:
                    with get_sessionmaker()() as session:
                        sweep(session)
                    _tidy_broker()
                    last_sweep = now
                idle_since = self._check_limits(idle_since)
            except Exception:
                log.warning("worker supervisor: database unavailable; retrying", exc_info=True)


def _tidy_broker() -> None:
    from matcha.worker.celery_app import is_embedded

    url = get_settings().broker_url
    if is_embedded(url):
        from matcha.worker.embedded_broker import purge_delivered

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
