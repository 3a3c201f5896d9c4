"""Scoring more candidates while a matching job for the same subject is live: there is only
ever one live job per subject, so new candidates join it instead of being dropped. A queued
job takes them into its `candidate_ids`; a running one has read its list already, so they
wait in its `then_candidate_ids` and a follow-up job scores them once it succeeds."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import CursorResult, update
from sqlalchemy.orm import Session

from matcha.db import utcnow
from matcha.jobs.engine import records
from matcha.jobs.engine.models import Job, JobStatus
from matcha.jobs.registry import JobKind

THEN = "then_candidate_ids"
ATTEMPTS = 10  # each lost race means the live job changed meanwhile; it settles within a few


def submit_scoring(
    session: Session,
    *,
    kind: JobKind,
    subject_id: uuid.UUID,
    candidate_ids: list[str],
    max_attempts: int,
) -> tuple[Job, bool]:
    """Queue a job scoring these candidates, or have the live one take them (flushed, in the
    caller's transaction); (job, created)."""
    for _ in range(ATTEMPTS):
        job, created = records.submit(
            session,
            kind=kind,
            subject_id=subject_id,
            params={"candidate_ids": candidate_ids},
            max_attempts=max_attempts,
        )
        if created or _joined(session, job, candidate_ids):
            return job, created
    raise RuntimeError(f"job {job.id} kept changing state")  # pragma: no cover


def _joined(session: Session, job: Job, wanted: list[str]) -> bool:
    """Add the candidates to the live job, compare-and-set on its status and last change;
    False if it changed meanwhile (claimed, finished, reported progress, took others)."""
    session.refresh(job)
    params: dict[str, Any] = dict(job.params or {})
    named = params.get("candidate_ids")
    if named is None:  # it scores every candidate (running: those it read at its start)
        if job.status == JobStatus.queued:
            return True
        named = []
    key = "candidate_ids" if job.status == JobStatus.queued else THEN
    have = [*named, *params.get(THEN, [])] if key == THEN else list(named)
    missing = [c for c in wanted if c not in have]
    if not missing:
        return True
    params[key] = [*params.get(key, []), *missing]
    result: CursorResult[Any] = session.execute(  # type: ignore[assignment]
        update(Job)
        .where(Job.id == job.id, Job.status == job.status, Job.updated_at == job.updated_at)
        .values(params=params, updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    return bool(result.rowcount)


def follow_up(session: Session, job_id: uuid.UUID, max_attempts: int) -> Job | None:
    """After a job succeeded: the job scoring the candidates that joined it while it ran
    (flushed; the caller commits and publishes it), or None."""
    job = session.get(Job, job_id)
    if job is None:
        return None
    session.refresh(job)
    waiting = list((job.params or {}).get(THEN) or [])
    if not waiting:
        return None
    new, created = submit_scoring(
        session,
        kind=JobKind(job.kind),
        subject_id=job.subject_id,
        candidate_ids=waiting,
        max_attempts=max_attempts,
    )
    return new if created else None
