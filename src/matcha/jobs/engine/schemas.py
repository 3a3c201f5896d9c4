"""Public shape of a job record."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from matcha.jobs.engine import history
from matcha.jobs.engine.models import Job


class JobProgress(BaseModel):
    done: int
    total: int


class JobPublic(BaseModel):
    id: uuid.UUID
    kind: str
    subject_id: uuid.UUID
    subject_label: str | None = Field(
        default=None,
        description="What the job is about: an interview's company, type and interviewer, a "
        "company's name, a position's title",
    )
    mode: str
    status: str
    progress: JobProgress
    attempts: int
    max_attempts: int
    error: str | None = Field(description="Why the job failed (or why its last attempt did)")
    error_code: str | None
    no_retry_reason: str | None = Field(
        default=None,
        description="For a failure that did not use its attempts, why: 'not retried: "
        "configuration error'",
    )
    retry_of: uuid.UUID | None = Field(
        default=None, description="The failed job this one was queued to retry"
    )
    superseded_by: uuid.UUID | None = Field(
        default=None,
        description="For a failed job: the newest later job of the same kind and subject",
    )
    resolved_by: uuid.UUID | None = Field(
        default=None,
        description="For a failed job: the later job of the same kind and subject that "
        "succeeded (the failure needs nothing more)",
    )
    result: dict[str, Any] | None
    params: dict[str, Any]
    worker: str | None
    provider: str | None
    model: str | None
    llm_calls: int
    tokens_in: int
    tokens_out: int
    created_at: datetime
    updated_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
    next_attempt_at: datetime | None

    @classmethod
    def of(
        cls, job: Job, *, label: str | None = None, after: history.Successors | None = None
    ) -> JobPublic:
        return cls(
            id=job.id,
            kind=job.kind,
            subject_id=job.subject_id,
            subject_label=label,
            mode=job.mode,
            status=job.status,
            progress=JobProgress(done=job.progress_done, total=job.progress_total),
            attempts=job.attempts,
            max_attempts=job.max_attempts,
            error=job.error_message,
            error_code=job.error_code,
            no_retry_reason=history.no_retry_reason(job),
            retry_of=job.retry_of,
            superseded_by=after.superseded_by.id if after and after.superseded_by else None,
            resolved_by=after.resolved_by.id if after and after.resolved_by else None,
            result=job.result,
            params=job.params or {},
            worker=job.worker,
            provider=job.provider,
            model=job.model,
            llm_calls=job.llm_calls,
            tokens_in=job.tokens_in,
            tokens_out=job.tokens_out,
            created_at=job.created_at,
            updated_at=job.updated_at,
            started_at=job.started_at,
            finished_at=job.finished_at,
            next_attempt_at=job.next_attempt_at,
        )


def public(session: Session, jobs: Sequence[Job]) -> list[JobPublic]:
    """Jobs as the API shows them, each with its subject's name and, if it failed, what
    superseded it (three or four queries, whatever the number of jobs)."""
    labels = history.subject_labels(session, jobs)
    after = history.successors(session, jobs)
    return [JobPublic.of(j, label=labels.get(j.id), after=after.get(j.id)) for j in jobs]


class JobAccepted(BaseModel):
    """The answer to every async endpoint (202): where to follow the job."""

    job_id: uuid.UUID
    task_id: uuid.UUID = Field(
        description="The same as job_id, for clients of the original backend (see /tasks)"
    )
    status: str
    kind: str
    subject_id: uuid.UUID
    created: bool = Field(description="False when an identical live job was returned instead")
    job: JobPublic
