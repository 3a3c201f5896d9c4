"""Public shape of a job record."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field

from matcha.jobs.models import Job


class JobProgress(BaseModel):
    done: int
    total: int


class JobPublic(BaseModel):
    id: uuid.UUID
    kind: str
    subject_id: uuid.UUID
    mode: str
    status: str
    progress: JobProgress
    attempts: int
    max_attempts: int
    error: str | None = Field(description="Why the job failed (or why its last attempt did)")
    error_code: str | None
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
    def of(cls, job: Job) -> JobPublic:
        return cls(
            id=job.id,
            kind=job.kind,
            subject_id=job.subject_id,
            mode=job.mode,
            status=job.status,
            progress=JobProgress(done=job.progress_done, total=job.progress_total),
            attempts=job.attempts,
            max_attempts=job.max_attempts,
            error=job.error_message,
            error_code=job.error_code,
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


class JobAccepted(BaseModel):
    """The answer to every async endpoint (202): where to follow the job."""

    job_id: uuid.UUID
    status: str
    kind: str
    subject_id: uuid.UUID
    created: bool = Field(description="False when an identical live job was returned instead")
    job: JobPublic
