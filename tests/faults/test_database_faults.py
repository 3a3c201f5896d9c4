"""The database drops the worker's connections in the middle of a job (PostgreSQL)."""

from __future__ import annotations

import os
import time

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from matcha.interviews.models import InterviewStatus
from matcha.jobs.engine.models import JobStatus
from tests.faults.support import (
    TRANSCRIPT,
    Faults,
    assert_done_once,
    complete,
    interview_row,
    job_row,
    new_interviews,
    wait_finished,
)
from tests.processes import wait_for

pytestmark = [pytest.mark.slow, pytest.mark.redis, pytest.mark.postgres]


def terminate_other_backends() -> int:
    """pg_terminate_backend on every backend of the test database but this one."""
    engine = create_engine(os.environ["DATABASE_URL"], poolclass=NullPool)
    try:
        with engine.connect() as conn:
            killed = conn.execute(
                text(
                    "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity"
                    " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
            ).scalar_one()
            conn.commit()
    finally:
        engine.dispose()
    return int(killed)


def test_connections_dropped_mid_job_retry_it_with_nothing_partial(
    postgres_only: None, faults: Faults
) -> None:
    (interview_id,) = new_interviews(1, TRANSCRIPT + "\n#delay=1.5")
    worker = faults.worker()
    job_id = complete(interview_id)
    wait_for(lambda: bool(faults.calls_for(interview_id)), 15, "the first analyzer call")
    assert job_row(job_id).status == JobStatus.running

    dropped = time.monotonic()
    assert terminate_other_backends() >= 1  # the job's session, its heartbeat, the sweeper...

    # Attempt 1 fails at its write and goes back to the queue (with a backoff): nothing of it
    # may be visible in the meantime.
    between: dict[str, object] = {}

    def handed_back() -> bool:
        job = job_row(job_id)
        if job.status == JobStatus.queued and job.attempts == 1:
            interview = interview_row(interview_id)
            between.update(job=job, interview=interview)
            return True
        assert job.status == JobStatus.running, (job.status, job.attempts, job.error_message)
        return False

    wait_for(handed_back, 20, "attempt 1 to be handed back", every=0.05)
    job, interview = between["job"], between["interview"]
    assert job.error_code == "database_unavailable", job.error_message  # type: ignore[attr-defined]
    assert interview.status == InterviewStatus.analyzing  # type: ignore[attr-defined]
    assert interview.raw_culture_data is None  # type: ignore[attr-defined]
    assert interview.conversation_analysis is None  # type: ignore[attr-defined]

    job = wait_finished(job_id, timeout=30)
    assert job.status == JobStatus.succeeded, (job.error_code, job.error_message)
    print(f"done {time.monotonic() - dropped:.1f}s after the connections dropped")
    assert_done_once(faults, interview_id, attempts=2)
    assert "database_unavailable" not in (job.error_message or "")
    assert worker.popen.poll() is None
