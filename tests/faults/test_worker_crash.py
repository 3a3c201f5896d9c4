"""A worker process SIGKILLed in the middle of a job: once (recovered), and on every attempt."""

from __future__ import annotations

import signal
import time

import pytest

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

pytestmark = [pytest.mark.slow, pytest.mark.redis]


def test_worker_killed_mid_job_is_recovered_by_a_new_worker(faults: Faults) -> None:
    (interview_id,) = new_interviews(1, TRANSCRIPT + "\n#crash-once #delay=0.4")
    first = faults.worker("first")
    job_id = complete(interview_id)

    first.popen.wait(timeout=20)  # the worker kills itself in the middle of the first call
    assert first.popen.returncode == -signal.SIGKILL
    died = time.monotonic()
    assert job_row(job_id).status == JobStatus.running  # nobody is left to say otherwise

    faults.worker("second")
    job = wait_finished(job_id, timeout=30)
    recovered = time.monotonic() - died
    assert job.status == JobStatus.succeeded, (job.error_code, job.error_message)
    assert_done_once(faults, interview_id, attempts=2)
    first_attempt = [c.method for c in faults.calls_for(interview_id) if c.attempt == 1]
    assert first_attempt == ["extract_culture"]  # the call it died in
    print(f"recovered {recovered:.1f}s after the kill")


@pytest.mark.parametrize("fault_settings", [{"MATCHA_JOB_MAX_ATTEMPTS": "2"}])
def test_poison_job_fails_with_max_attempts_and_spares_the_rest(
    faults: Faults, fault_settings: dict[str, str]
) -> None:
    max_attempts = 2
    (normal,) = new_interviews(1, TRANSCRIPT + "\n#delay=0")
    (poison,) = new_interviews(1, TRANSCRIPT + "\n#crash #delay=0.4")
    normal_job = complete(normal)
    poison_job = complete(poison)
    assert job_row(poison_job).max_attempts == max_attempts

    # A process supervisor: start the worker again whenever it dies, at most K+2 times.
    worker = faults.worker("supervised", wait_ready=False)
    restarts, started = 0, time.monotonic()

    def settled() -> bool:
        nonlocal worker, restarts
        if worker.popen.poll() is not None:
            assert restarts < max_attempts + 2, f"still crashing after {restarts} restarts"
            restarts += 1
            worker = faults.worker("supervised", wait_ready=False)
        statuses = {job_row(j).status for j in (normal_job, poison_job)}
        return statuses <= {JobStatus.succeeded, JobStatus.failed}

    wait_for(settled, 60, "both jobs to end", every=0.1)
    elapsed = time.monotonic() - started

    job = job_row(poison_job)
    assert job.status == JobStatus.failed
    assert job.error_code == "max_attempts" and job.attempts == max_attempts, job.error_message
    interview = interview_row(poison)
    assert interview.status == InterviewStatus.failed and interview.status_reason
    poison_calls = faults.calls_for(poison)
    assert sorted(c.attempt for c in poison_calls) == [1, 2]  # one fatal call per attempt
    assert len({c.pid for c in poison_calls}) == 2  # each in a different worker process
    assert restarts == max_attempts  # the worker after the last crash is alive and well
    assert worker.popen.poll() is None
    assert_done_once(faults, normal)
    print(f"poison job failed after {restarts} restarts in {elapsed:.1f}s")
