"""Candidates joining a live matching job: a queued one takes them into its list, a running one
keeps them for a follow-up job, and nothing is asked twice."""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from matcha.jobs.engine import joining, records
from matcha.jobs.engine.models import Job, JobStatus
from matcha.jobs.registry import JobKind

KIND = JobKind.match_position


def _submit(session: Session, subject: uuid.UUID, *ids: str) -> tuple[Job, bool]:
    job, created = joining.submit_scoring(
        session, kind=KIND, subject_id=subject, candidate_ids=list(ids), max_attempts=3
    )
    session.commit()
    session.refresh(job)
    return job, created


def test_a_queued_job_takes_new_candidates_once(session: Session) -> None:
    subject = uuid.uuid4()
    first, created = _submit(session, subject, "a")
    assert created and first.params == {"candidate_ids": ["a"]}
    again, created = _submit(session, subject, "b", "a")
    assert not created and again.id == first.id
    assert again.params == {"candidate_ids": ["a", "b"]}
    assert _submit(session, subject, "b")[0].params == {"candidate_ids": ["a", "b"]}


def test_a_queued_job_for_every_candidate_needs_no_list(session: Session) -> None:
    subject = uuid.uuid4()
    everyone, _ = records.submit(session, kind=KIND, subject_id=subject, params={})
    session.commit()
    job, created = _submit(session, subject, "a")
    assert not created and job.id == everyone.id and job.params == {}


def test_a_running_job_keeps_them_for_a_follow_up(session: Session) -> None:
    subject = uuid.uuid4()
    first, _ = _submit(session, subject, "a")
    lease = records.claim(session, first.id, worker="w", lease_seconds=30)
    session.commit()
    assert lease is not None
    for ids in (("b",), ("a", "b", "c")):  # "a" is being scored; "b" waits already
        job, created = _submit(session, subject, *ids)
        assert not created and job.id == first.id
    assert first.params == {"candidate_ids": ["a"], joining.THEN: ["b", "c"]}
    records.succeed(session, lease, {})
    session.commit()
    after = joining.follow_up(session, first.id, 3)
    session.commit()
    assert after is not None and after.id != first.id
    assert (after.status, after.params) == (JobStatus.queued, {"candidate_ids": ["b", "c"]})


def test_no_follow_up_without_waiting_candidates(session: Session) -> None:
    first, _ = _submit(session, uuid.uuid4(), "a")
    lease = records.claim(session, first.id, worker="w", lease_seconds=30)
    assert lease is not None
    records.succeed(session, lease, {})
    session.commit()
    assert joining.follow_up(session, first.id, 3) is None
    assert joining.follow_up(session, uuid.uuid4(), 3) is None  # an unknown job
