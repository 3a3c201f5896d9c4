"""Deleting what a queued or running job works on is refused (409, naming the job), so no job
is left to fail on rows that vanished under it."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from matcha.errors import Conflict
from matcha.jobs.engine.models import ACTIVE_STATUSES, Job

CANDIDATE_JOBS = ("match_company", "match_position")  # the jobs that take candidate_ids


class JobRunning(Conflict):
    code = "job_running"


def refuse(session: Session, what: str, jobs: Iterable[Job]) -> None:
    """JobRunning for the first of `jobs`, if any."""
    for job in jobs:
        raise JobRunning(
            f"{what} is in use by {job.kind.replace('_', ' ')} job {job.id} ({job.status}); "
            "wait for it to finish, then delete",
            details={"job_id": str(job.id), "job_kind": job.kind, "job_status": job.status},
        )


def jobs_on(session: Session, subject_ids: Iterable[uuid.UUID]) -> list[Job]:
    """Queued or running jobs whose subject is one of these ids."""
    ids = list(subject_ids)
    if not ids:
        return []
    query = select(Job).where(Job.subject_id.in_(ids), Job.status.in_(ACTIVE_STATUSES))
    return list(session.scalars(query.order_by(Job.created_at)))


def jobs_scoring(session: Session, candidate_id: uuid.UUID) -> list[Job]:
    """Queued or running matching jobs that score this candidate (all candidates, or named)."""
    query = select(Job).where(Job.kind.in_(CANDIDATE_JOBS), Job.status.in_(ACTIVE_STATUSES))
    found = []
    for job in session.scalars(query.order_by(Job.created_at)):
        named = (job.params or {}).get("candidate_ids")
        if named is None or str(candidate_id) in {str(i) for i in named}:
            found.append(job)
    return found
