"""The API process dies between its database commit and its publish."""

from __future__ import annotations

import time

import pytest

from matcha.jobs.engine.models import JobStatus
from tests.faults.support import (
    Faults,
    assert_done_once,
    commit_without_publish,
    new_interviews,
    wait_finished,
)

pytestmark = [pytest.mark.slow, pytest.mark.redis]


def test_job_committed_but_never_published_is_published_by_the_sweeper(faults: Faults) -> None:
    worker = faults.worker()
    (interview_id,) = new_interviews(1)
    job_id = commit_without_publish(interview_id)  # ...and the API process is gone
    committed = time.monotonic()
    assert faults.redis.llen() == 0  # no message anywhere

    job = wait_finished(job_id, timeout=20)
    assert job.status == JobStatus.succeeded
    assert_done_once(faults, interview_id, attempts=1)
    latency = time.monotonic() - committed
    # published by a sweep once the job was `stale_after` (1.5 s) old
    assert latency >= 1.5
    assert f"republished=['{job_id}']" in worker.output()
    print(f"done {latency:.1f}s after the commit")
