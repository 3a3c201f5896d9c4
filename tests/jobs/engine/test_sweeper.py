"""The sweeper, with time travel: lost publishes, dead workers, exhausted attempts."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from pydantic import ValidationError
from sqlalchemy.orm import Session

from matcha.companies.models import Company
from matcha.config import Settings
from matcha.db import utcnow
from matcha.interviews.models import Interview, InterviewStatus
from matcha.jobs.engine import records
from matcha.jobs.engine.models import Job, JobStatus
from matcha.jobs.engine.sweeper import sweep
from matcha.jobs.engine.workers import WorkerRecord
from matcha.jobs.registry import JobKind


@pytest.fixture
def published(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Job ids the sweeper publishes (recorded instead of sent)."""
    sent: list[str] = []

    def publish(job_id: object, kind: str) -> bool:
        sent.append(str(job_id))
        return True

    monkeypatch.setattr("matcha.jobs.engine.broker.publish", publish)
    return sent


def _job(session: Session, **values: object) -> Job:
    job, _ = records.submit(session, kind=JobKind.match_company, subject_id=uuid.uuid4())
    for key, value in values.items():
        setattr(job, key, value)
    session.commit()
    return job


def _running(
    session: Session,
    *,
    attempts: int,
    max_attempts: int = 3,
    subject: uuid.UUID | None = None,
    kind: JobKind = JobKind.match_company,
) -> Job:
    job, _ = records.submit(
        session, kind=kind, subject_id=subject or uuid.uuid4(), max_attempts=max_attempts
    )
    session.commit()
    lease = records.claim(session, job.id, worker="dead", lease_seconds=1)
    assert lease is not None
    job.attempts = attempts
    job.lease_expires_at = utcnow() - timedelta(seconds=5)  # its worker stopped renewing
    session.commit()
    return job


def test_a_queued_job_nobody_took_is_published_again(
    session: Session, published: list[str]
) -> None:
    # Committed, then the publish was lost (the API died, or the broker dropped it).
    lost = _job(session)
    old = _job(session, dispatched_at=utcnow() - timedelta(minutes=5))
    later = _job(session, next_attempt_at=utcnow() + timedelta(minutes=5))
    assert sweep(session, stale_after=30).republished == [str(old.id)]  # `lost` is not stale yet
    report = sweep(session, stale_after=30, now=utcnow() + timedelta(seconds=31))
    # 31 s on, `old` has again gone unclaimed for longer than 30 s: it is published again too.
    assert set(report.republished) == {str(lost.id), str(old.id)}
    assert str(later.id) not in published


def test_a_second_sweep_does_not_publish_the_same_job_again(
    session: Session, published: list[str]
) -> None:
    job = _job(session, dispatched_at=utcnow() - timedelta(minutes=5))
    now = utcnow()
    sweep(session, stale_after=30, now=now)
    sweep(session, stale_after=30, now=now)
    assert published == [str(job.id)]


def test_a_job_whose_worker_died_is_queued_again(session: Session, published: list[str]) -> None:
    job = _running(session, attempts=1)
    report = sweep(session, stale_after=30)
    session.expire_all()
    row = session.get(Job, job.id)
    assert row is not None and row.status == JobStatus.queued
    assert row.error_code == "lease_expired" and row.lease_token is None
    assert report.requeued == [str(job.id)] and published == [str(job.id)]


def test_a_job_that_used_its_attempts_fails_and_its_interview_too(
    session: Session, published: list[str]
) -> None:
    company = Company(name="Acme")
    session.add(company)
    session.flush()
    interview = Interview(
        company_id=company.id, status=InterviewStatus.analyzing, transcript="Interviewer: hi"
    )
    session.add(interview)
    session.commit()
    job = _running(
        session, attempts=3, max_attempts=3, subject=interview.id, kind=JobKind.analyze_interview
    )
    report = sweep(session, stale_after=30)
    session.expire_all()
    row, again = session.get(Job, job.id), session.get(Interview, interview.id)
    assert row is not None and again is not None
    assert (row.status, row.error_code) == (JobStatus.failed, "max_attempts")
    assert again.status == InterviewStatus.failed and "gave up" in (again.status_reason or "")
    assert report.failed == [str(job.id)] and published == []


def test_a_live_lease_is_left_alone(session: Session, published: list[str]) -> None:
    job = _running(session, attempts=1)
    job.lease_expires_at = utcnow() + timedelta(seconds=60)
    session.commit()
    assert not sweep(session, stale_after=30)
    session.refresh(job)
    assert job.status == JobStatus.running


def test_a_job_past_its_hard_limit_fails_with_timeout(
    session: Session, published: list[str]
) -> None:
    job = _running(session, attempts=1)
    job.lease_expires_at = utcnow() + timedelta(seconds=60)  # still renewed: a hung call
    job.started_at = utcnow() - timedelta(hours=2)
    session.commit()
    report = sweep(session, stale_after=30)
    session.expire_all()
    row = session.get(Job, job.id)
    assert row is not None and (row.status, row.error_code) == (JobStatus.failed, "timeout")
    assert row.lease_token is None and report.failed == [str(job.id)]


# --- a dead worker's jobs start again long before their lease ends ------------------------


def _held_by(session: Session, worker: str, *, attempts: int = 1, max_attempts: int = 3) -> Job:
    """A running job `worker` claimed, its lease good for another minute."""
    job, _ = records.submit(
        session, kind=JobKind.match_position, subject_id=uuid.uuid4(), max_attempts=max_attempts
    )
    session.commit()
    lease = records.claim(session, job.id, worker=worker, lease_seconds=60)
    assert lease is not None
    job.attempts = attempts
    session.commit()
    return job


def _beat(session: Session, worker: str, *, seconds_ago: float) -> None:
    """`worker`'s liveness row, last written `seconds_ago`."""
    seen = utcnow() - timedelta(seconds=seconds_ago)
    session.add(
        WorkerRecord(
            id=worker, host="box", pid=4242, mode="always-on", last_seen_at=seen, started_at=seen
        )
    )
    session.commit()


def test_a_worker_silent_past_dead_after_loses_its_jobs_at_once(
    session: Session, published: list[str]
) -> None:
    job = _held_by(session, "box:4242:dead01")
    _beat(session, "box:4242:dead01", seconds_ago=12)
    old = records.Lease(job.id, job.lease_token or uuid.uuid4(), 1)
    report = sweep(session, stale_after=30, dead_after=10)
    session.expire_all()
    row = session.get(Job, job.id)
    assert row is not None and (row.status, row.error_code) == (JobStatus.queued, "worker_lost")
    assert row.lease_token is None and row.lease_expires_at is None
    assert report.requeued == [str(job.id)] and published == [str(job.id)]  # published again

    # The old run, only slow, tries to write after the break: fenced, nothing changes.
    with pytest.raises(records.LeaseLost):
        records.set_progress(session, old, 5, 10)
    session.rollback()
    session.expire_all()
    row = session.get(Job, job.id)
    assert row is not None and row.status == JobStatus.queued and row.progress_done == 0


def test_a_worker_that_beats_keeps_its_jobs(session: Session, published: list[str]) -> None:
    job = _held_by(session, "box:4242:alive1")
    _beat(session, "box:4242:alive1", seconds_ago=2)
    assert not sweep(session, stale_after=30, dead_after=10)
    session.expire_all()
    row = session.get(Job, job.id)
    assert row is not None and row.status == JobStatus.running and row.lease_token is not None
    assert published == []


def test_a_job_whose_worker_has_no_row_is_left_to_its_lease(
    session: Session, published: list[str]
) -> None:
    # An API process running a sync request keeps no liveness row: only its lease speaks.
    job = _held_by(session, "api-box:77:nobeat")
    assert not sweep(session, stale_after=30, dead_after=10)
    session.expire_all()
    row = session.get(Job, job.id)
    assert row is not None and row.status == JobStatus.running
    # Once the lease lapses, the lease rule takes it back as before.
    report = sweep(session, stale_after=30, dead_after=10, now=utcnow() + timedelta(seconds=61))
    session.expire_all()
    row = session.get(Job, job.id)
    assert row is not None and (row.status, row.error_code) == (JobStatus.queued, "lease_expired")
    assert report.requeued == [str(job.id)]


def test_a_dead_workers_job_on_its_last_attempt_fails(
    session: Session, published: list[str]
) -> None:
    job = _held_by(session, "box:4242:dead02", attempts=3, max_attempts=3)
    _beat(session, "box:4242:dead02", seconds_ago=60)
    report = sweep(session, stale_after=30, dead_after=10)
    session.expire_all()
    row = session.get(Job, job.id)
    assert row is not None and (row.status, row.error_code) == (JobStatus.failed, "max_attempts")
    assert "stopped beating" in (row.error_message or "")
    assert report.failed == [str(job.id)] and published == []


def test_dead_after_shorter_than_two_beats_is_refused() -> None:
    # One late beat must never pass for a death.
    with pytest.raises(ValidationError, match="MATCHA_WORKER_DEAD_AFTER"):
        Settings(worker_heartbeat_seconds=3, worker_dead_after=5)
    assert Settings(worker_heartbeat_seconds=3, worker_dead_after=6).worker_dead_after == 6
