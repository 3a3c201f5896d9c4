"""Deleting what a queued or running job works on is refused (409, naming the job), so no job
is left to fail on rows that vanished under it. The jobs engine says which jobs those are (see
matcha.jobport)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy.orm import Session

from matcha.errors import Conflict
from matcha.jobport import ActiveJob, jobs


class JobRunning(Conflict):
    code = "job_running"


def refuse(session: Session, what: str, found: Iterable[ActiveJob]) -> None:
    """JobRunning for the first of `found`, if any."""
    for job in found:
        raise JobRunning(
            f"{what} is in use by {job.kind.replace('_', ' ')} job {job.id} ({job.status}); "
            "wait for it to finish, then delete",
            details={"job_id": str(job.id), "job_kind": job.kind, "job_status": job.status},
        )


def jobs_on(session: Session, subject_ids: Iterable[uuid.UUID]) -> list[ActiveJob]:
    """Queued or running jobs whose subject is one of these ids."""
    return jobs().active_on(session, subject_ids)


def jobs_within_company(session: Session, company_id: uuid.UUID) -> list[ActiveJob]:
    """Queued or running jobs on the company, one of its interviews or one of its positions."""
    return jobs().active_within_company(session, company_id)


def jobs_scoring(session: Session, candidate_id: uuid.UUID) -> list[ActiveJob]:
    """Queued or running matching jobs that score this candidate (all candidates, or named)."""
    return jobs().scoring(session, candidate_id)
