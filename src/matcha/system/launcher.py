"""On-demand mode: start a burst worker when work is queued and no worker is alive.

Only one launch happens at a time, even across several API processes: a database lock is held
for the new worker's start-up grace period. The worker drains the queues and exits when idle,
so an idle box spends no memory on it.
"""

from __future__ import annotations

import logging
import subprocess
import sys
import threading
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from matcha.config import get_settings
from matcha.db import get_sessionmaker, utcnow
from matcha.jobs.engine.runner import worker_name
from matcha.jobs.engine.workers import WorkerRecord
from matcha.system import locks

log = logging.getLogger(__name__)
LAUNCH_LOCK = "launch-worker"
STARTUP_GRACE = 20.0


def live_workers(session: Session, *, taking_work: bool = False) -> list[WorkerRecord]:
    """Workers that heartbeated recently and have not stopped; with `taking_work`, only those
    still consuming (a worker on its way out takes no new job)."""
    # The sweeper's rule too: a worker silent for this long is dead and its jobs run elsewhere.
    cutoff = utcnow() - timedelta(seconds=get_settings().worker_dead_after)
    gone = ("stopped", "stopping") if taking_work else ("stopped",)
    return list(
        session.scalars(
            select(WorkerRecord).where(
                WorkerRecord.last_seen_at >= cutoff, WorkerRecord.status.not_in(gone)
            )
        )
    )


def _reap(proc: subprocess.Popen[bytes], holder: str) -> None:
    proc.wait()  # collect the exit status so no zombie is left behind
    # The worker is gone: the next job may start another one at once.
    with get_sessionmaker()() as session:
        locks.release(session, LAUNCH_LOCK, holder)


def launch_worker(idle_timeout: float = 10.0) -> subprocess.Popen[bytes]:
    """Start `matcha worker --burst` as a detached child process (logging to the data dir)."""
    log_dir = get_settings().data_dir
    log_dir.mkdir(parents=True, exist_ok=True)
    with (log_dir / "worker-on-demand.log").open("ab") as out:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "matcha",
                "worker",
                "--burst",
                "--mode",
                "on-demand",
                "--idle-timeout",
                str(idle_timeout),
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
    threading.Thread(
        target=_reap, args=(proc, worker_name()), name="reap-worker", daemon=True
    ).start()
    log.info("on-demand: started worker pid %d", proc.pid)
    return proc


def ensure_worker() -> bool:
    """Start a worker unless one is alive or being started; True if this call started one."""
    with get_sessionmaker()() as session:
        if live_workers(session, taking_work=True):
            return False
        if not locks.acquire(session, LAUNCH_LOCK, worker_name(), seconds=STARTUP_GRACE):
            return False
    launch_worker(get_settings().ondemand_idle_timeout)
    return True
