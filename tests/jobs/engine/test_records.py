"""Job records: deduplicated submit, compare-and-set claim, fenced writes."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from sqlalchemy.orm import Session

from matcha.db import utcnow
from matcha.jobs.engine import records
from matcha.jobs.engine.models import Job, JobStatus
from matcha.jobs.registry import JobKind


def _queued(session: Session, subject: uuid.UUID | None = None) -> Job:
    job, created = records.submit(
        session, kind=JobKind.match_company, subject_id=subject or uuid.uuid4()
    )
    session.commit()
    assert created
    return job


def test_submit_returns_the_live_job_for_the_same_subject(session: Session) -> None:
    subject = uuid.uuid4()
    first = _queued(session, subject)
    again, created = records.submit(session, kind=JobKind.match_company, subject_id=subject)
    assert not created and again.id == first.id
    other, created = records.submit(session, kind=JobKind.match_position, subject_id=subject)
    assert created and other.id != first.id


def test_a_finished_job_does_not_block_a_new_one(session: Session) -> None:
    subject = uuid.uuid4()
    first = _queued(session, subject)
    lease = records.claim(session, first.id, worker="w", lease_seconds=30)
    assert lease is not None
    records.succeed(session, lease, {})
    session.commit()
    second, created = records.submit(session, kind=JobKind.match_company, subject_id=subject)
    assert created and second.id != first.id


def test_only_one_claim_wins(session: Session) -> None:
    job = _queued(session)
    first = records.claim(session, job.id, worker="a", lease_seconds=30)
    second = records.claim(session, job.id, worker="b", lease_seconds=30)
    session.commit()
    assert first is not None and second is None
    session.refresh(job)
    assert (job.status, job.attempts, job.worker) == (JobStatus.running, 1, "a")


def test_a_job_waiting_for_its_retry_time_is_not_claimed(session: Session) -> None:
    job = _queued(session)
    job.next_attempt_at = utcnow() + timedelta(minutes=5)
    session.commit()
    assert records.claim(session, job.id, worker="a", lease_seconds=30) is None


def test_writes_with_a_stale_lease_are_refused(session: Session) -> None:
    job = _queued(session)
    stale = records.claim(session, job.id, worker="a", lease_seconds=30)
    assert stale is not None
    # The lease lapses and the job is handed to another run (what the sweeper does).
    records.retry_later(session, stale, code="lease_expired", message="worker died", at=utcnow())
    fresh = records.claim(session, job.id, worker="b", lease_seconds=30)
    session.commit()
    assert fresh is not None and fresh.attempt == 2
    with pytest.raises(records.LeaseLost):
        records.succeed(session, stale, {"from": "stale"})
    with pytest.raises(records.LeaseLost):
        records.set_progress(session, stale, 1, 2)
    records.succeed(session, fresh, {"from": "fresh"})
    session.commit()
    session.refresh(job)
    assert job.status == JobStatus.succeeded and job.result == {"from": "fresh"}


def test_jobs_query_filters(session: Session) -> None:
    subject = uuid.uuid4()
    _queued(session, subject)
    _queued(session)
    rows = session.scalars(records.jobs_query(status=None, kind=None, subject_id=subject)).all()
    assert [r.subject_id for r in rows] == [subject]
    assert (
        session.scalars(
            records.jobs_query(status=JobStatus.succeeded, kind=None, subject_id=None)
        ).all()
        == []
    )
