"""The worker's beat: its own thread, and the id its jobs carry (what the sweeper joins on)."""

from __future__ import annotations

import threading
import uuid
from typing import Any

import pytest
from sqlalchemy.orm import Session

from matcha.jobs.engine import records, runner
from matcha.jobs.engine.models import Job
from matcha.jobs.engine.workers import WorkerRecord
from matcha.jobs.registry import JobKind
from matcha.worker import lifecycle
from tests.processes import wait_for


def test_a_claimed_job_names_the_liveness_row_of_its_process(session: Session) -> None:
    supervisor = lifecycle.Supervisor(lifecycle.WorkerOptions())
    supervisor.heartbeat()
    job, _ = records.submit(session, kind=JobKind.match_position, subject_id=uuid.uuid4())
    session.commit()
    # What `runner.execute` records on the job it claims.
    lease = records.claim(session, job.id, worker=runner.worker_name(), lease_seconds=60)
    session.commit()
    assert lease is not None
    session.expire_all()
    row = session.get(Job, job.id)
    assert row is not None and row.worker is not None
    assert session.get(WorkerRecord, row.worker) is not None


def test_the_beat_goes_on_while_a_sweep_hangs(
    system_session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    sweeping = threading.Event()

    def stuck_sweep(_session: Any) -> None:
        sweeping.set()
        release.wait(20)  # a slow database or broker inside one sweep

    monkeypatch.setattr(lifecycle, "sweep", stuck_sweep)
    monkeypatch.setattr(lifecycle, "_tidy_broker", lambda: None)
    options = lifecycle.WorkerOptions(heartbeat_interval=0.05, sweep_interval=0.01)
    supervisor = lifecycle.Supervisor(options)
    supervisor.heartbeat()
    supervisor.start()
    try:
        wait_for(sweeping.is_set, 10, "the sweep to start")
        system_session.expire_all()
        row = system_session.get(WorkerRecord, supervisor.worker_id)
        assert row is not None
        first = row.last_seen_at

        def beaten() -> bool:
            system_session.expire_all()
            again = system_session.get(WorkerRecord, supervisor.worker_id)
            return again is not None and again.last_seen_at > first

        wait_for(beaten, 10, "a beat while the sweep hangs")  # the worker does not look dead
    finally:
        supervisor.stopped.set()
        release.set()
        supervisor.join(10)
