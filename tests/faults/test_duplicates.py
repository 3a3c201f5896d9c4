"""Duplicate deliveries: the same id many times, many workers, a job outliving the broker's
visibility timeout. Each must be harmless: one result, one set of analyzer calls."""

from __future__ import annotations

import re
import time
from collections import Counter, defaultdict

import pytest
from sqlalchemy import select

from matcha.db import get_sessionmaker
from matcha.interviews.models import Interview, InterviewStatus
from matcha.jobs.engine.models import Job, JobStatus
from tests.faults.support import (
    ONE_SET,
    TRANSCRIPT,
    Faults,
    assert_done_once,
    commit_without_publish,
    complete,
    new_interviews,
    status_counts,
    wait_finished,
)
from tests.processes import wait_for

pytestmark = [pytest.mark.slow, pytest.mark.redis]
RECEIVED = re.compile(r"Task matcha\.analyze_interview\[([0-9a-f-]+)\] received")


def _publish(job_id: object, times: int) -> None:
    from matcha.worker import celery_app

    for _ in range(times):
        celery_app.app.send_task(
            "matcha.analyze_interview", args=[str(job_id)], queue="matcha.interactive"
        )


def test_same_job_delivered_five_times_at_once_runs_once(faults: Faults) -> None:
    (interview_id,) = new_interviews(1, TRANSCRIPT + "\n#delay=0.3")
    job_id = commit_without_publish(interview_id)
    _publish(job_id, 5)
    assert faults.redis.llen() == 5

    worker = faults.worker(concurrency=6)  # takes all five at once
    assert wait_finished(job_id).status == JobStatus.succeeded
    assert_done_once(faults, interview_id, attempts=1)
    wait_for(lambda: worker.output().count("is not claimable") >= 4, 10, "4 deliveries to skip")
    assert len(RECEIVED.findall(worker.output())) >= 5
    print(f"{worker.output().count('is not claimable')} of the deliveries skipped at the claim")


@pytest.mark.timeout(240)
def test_two_workers_two_hundred_jobs_each_done_exactly_once(faults: Faults) -> None:
    total = 200
    interviews = new_interviews(total)
    workers = [faults.worker(f"w{n}", concurrency=4) for n in (1, 2)]
    started = time.monotonic()
    jobs = [complete(i) for i in interviews]

    wait_for(
        lambda: status_counts().get(JobStatus.succeeded, 0) == total,
        150,
        f"{total} jobs to succeed",
        every=0.5,
    )
    elapsed = time.monotonic() - started
    assert status_counts() == {JobStatus.succeeded: total}
    with get_sessionmaker()() as session:
        rows = session.execute(select(Job.id, Job.subject_id, Job.attempts)).all()
        done = session.scalars(
            select(Interview.id).where(
                Interview.status == InterviewStatus.completed,
                Interview.raw_culture_data.is_not(None),
            )
        ).all()
    assert sorted(str(r.id) for r in rows) == sorted(str(j) for j in jobs)
    assert {r.attempts for r in rows} == {1}
    assert sorted(map(str, done)) == sorted(map(str, interviews))

    per_job: dict[str, Counter[str]] = defaultdict(Counter)
    pids = Counter()
    calls = faults.calls()
    for call in calls:
        assert call.attempt == 1, call
        per_job[str(call.job)][call.method] += 1
        pids[call.pid] += 1
    assert len(calls) == total * sum(ONE_SET.values())
    assert set(per_job) == {str(j) for j in jobs}
    assert all(methods == ONE_SET for methods in per_job.values())
    assert set(pids) == {w.pid for w in workers}  # both took a share
    skipped = sum(w.output().count("is not claimable") for w in workers)
    print(f"{total} jobs in {elapsed:.1f}s; per worker {dict(pids)}; {skipped} duplicates skipped")


def test_job_longer_than_the_visibility_timeout_runs_once(faults: Faults) -> None:
    (interview_id,) = new_interviews(1, TRANSCRIPT + "\n#delay=3")  # two calls: 6 s
    worker = faults.worker(
        env={"MATCHA_BROKER_VISIBILITY_TIMEOUT": "3", "MATCHA_FAULT_RESTORE_INTERVAL": "1"}
    )
    job_id = complete(interview_id)
    job = wait_finished(job_id, timeout=30)
    assert job.status == JobStatus.succeeded
    assert_done_once(faults, interview_id, attempts=1)  # the lease was renewed throughout

    # Redis did hand the message out again while the job ran; the copy lost the claim.
    deliveries = Counter(RECEIVED.findall(worker.output()))
    assert max(deliveries.values()) >= 2, worker.output()[-3000:]
    assert "is not claimable" in worker.output()
    print(f"delivered {max(deliveries.values())} times; ran once in {job.attempts} attempt")
