"""Queueing jobs: the row commits first (with any domain change), then the id is published."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.orm import Session

from matcha.config import get_settings
from matcha.db import get_or_404, utcnow
from matcha.errors import Conflict, InvalidInput, NotFound
from matcha.interviews import service as interviews_service
from matcha.interviews.models import Interview, InterviewStatus
from matcha.jobs import analyze_interview
from matcha.jobs.engine import broker, history, joining, records
from matcha.jobs.engine.models import Job, JobStatus
from matcha.jobs.registry import JOBS, JobKind
from matcha.tenancy import scope


def _commit_and_publish(session: Session, job: Job, created: bool) -> tuple[Job, bool]:
    session.commit()
    if created:
        broker.publish(job.id, job.kind)
    return job, created


def scope_to_subject(session: Session, kind: JobKind, subject_id: uuid.UUID) -> Session:
    """Scope a system session (the CLI's) to the organisation that owns a job's subject."""
    spec = JOBS[kind]
    subject = session.get(spec.subject, subject_id)
    if subject is None:
        raise NotFound(spec.subject.__name__.lower(), subject_id)
    return scope(session, subject.org_id)


def enqueue(
    session: Session,
    kind: JobKind,
    subject_id: uuid.UUID,
    params: dict[str, Any],
    *,
    retry_of: uuid.UUID | None = None,
) -> tuple[Job, bool]:
    """Check the request, then queue it; a live job for the same subject is returned instead."""
    JOBS[kind].accept(session, subject_id, params)
    job, created = records.submit(
        session,
        kind=kind,
        subject_id=subject_id,
        params=params,
        max_attempts=get_settings().job_max_attempts,
        retry_of=retry_of,
    )
    return _commit_and_publish(session, job, created)


def enqueue_scoring(
    session: Session, kind: JobKind, subject_id: uuid.UUID, candidate_ids: list[uuid.UUID]
) -> tuple[Job, bool]:
    """Queue a matching job for these candidates, or have the subject's live one take them
    (see joining.py), so that they are scored even while a job for the subject is live."""
    wanted = [str(c) for c in candidate_ids]
    JOBS[kind].accept(session, subject_id, {"candidate_ids": wanted})
    job, created = joining.submit_scoring(
        session,
        kind=kind,
        subject_id=subject_id,
        candidate_ids=wanted,
        max_attempts=get_settings().job_max_attempts,
    )
    return _commit_and_publish(session, job, created)


def complete_interview(
    session: Session, interview_id: uuid.UUID, *, transcript: str | None
) -> tuple[Job, bool]:
    """End an interview: store its transcript, mark it `analyzing` and queue its analysis."""
    interview = get_or_404(session, Interview, interview_id, label="interview")
    if interview.status in (InterviewStatus.completed, InterviewStatus.failed):
        raise Conflict(
            f"the interview is already {interview.status}: use /analyze to analyse it again"
        )
    if transcript is not None:
        if interview.status == InterviewStatus.analyzing:
            raise Conflict("the interview is being analysed; its transcript can't change now")
        interview.transcript = interviews_service.validate_transcript(transcript)
    if not (interview.transcript or "").strip():
        raise InvalidInput("the interview has no transcript: send one in the body")
    if interview.status != InterviewStatus.analyzing:
        interview.status = InterviewStatus.analyzing
        interview.status_reason = None
        interview.completed_at = utcnow()
    job, created = records.submit(
        session,
        kind=analyze_interview.SPEC.kind,
        subject_id=interview.id,
        max_attempts=get_settings().job_max_attempts,
    )
    return _commit_and_publish(session, job, created)


def retry(session: Session, job_id: uuid.UUID) -> Job:
    """Queue a failed job again, as a new job for the same kind, subject and params that names
    it in `retry_of`; Conflict if it has not failed, or if a later job for the subject
    superseded it (a live one will do; a succeeded one resolved it)."""
    job = records.get_job(session, job_id)
    if job.status != JobStatus.failed:
        raise Conflict(
            f"job {job.id} is {job.status}: only a failed job can be retried",
            details={"status": job.status},
        )
    kind = JobKind(job.kind)
    after = history.successors(session, [job]).get(job.id)
    if after is not None:
        _superseded(job, after)
    live = records.active_job(session, kind, job.subject_id)
    if live is not None:
        raise Conflict(
            f"job {live.id} for the same {kind} subject is already {live.status}",
            details={"job_id": str(live.id), "status": live.status},
        )
    new, created = enqueue(session, kind, job.subject_id, dict(job.params or {}), retry_of=job.id)
    if not created:  # another request queued it between our check and our submit
        raise Conflict(
            f"job {new.id} for the same {kind} subject is already {new.status}",
            details={"job_id": str(new.id), "status": new.status},
        )
    return new


def _superseded(job: Job, after: history.Successors) -> None:
    """409: a later job made this failure moot; name it (the one that succeeded, if any)."""
    later = after.resolved_by or after.superseded_by
    assert later is not None
    message = f"job {job.id} was superseded by job {later.id}, which "
    if later.status == JobStatus.succeeded:
        message += "succeeded: nothing to retry"
    elif later.status == JobStatus.failed:
        message += "failed too: retry that one instead"
    else:
        message += f"is already {later.status}"
    raise Conflict(
        message,
        details={"job_id": str(later.id), "status": later.status, "superseded_by": str(later.id)},
    )
