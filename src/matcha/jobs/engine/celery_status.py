"""A job in the shape the original backend's Celery tasks had (`GET /api/tasks/{task_id}/status`,
see router.py), for clients written against it: `task_id` is the `job_id` every async endpoint
answers."""

from __future__ import annotations

import uuid
from typing import Any, Literal

from pydantic import BaseModel, Field

from matcha.jobs.engine.models import Job, JobStatus
from matcha.jobs.engine.schemas import JobProgress

CeleryState = Literal["PENDING", "RETRY", "STARTED", "SUCCESS", "FAILURE"]


def celery_state(job: Job) -> CeleryState:
    """Celery's name for the job's state: a queued job that already failed an attempt and
    waits for the next one is RETRY."""
    match job.status:
        case JobStatus.queued:
            return "RETRY" if job.attempts > 0 else "PENDING"
        case JobStatus.running:
            return "STARTED"
        case JobStatus.succeeded:
            return "SUCCESS"
        case _:
            return "FAILURE"


class TaskStatus(BaseModel):
    task_id: uuid.UUID
    status: CeleryState
    result: dict[str, Any] | None = Field(
        default=None,
        description="When done: the job's result, or {status: error, error} for a failure",
    )
    error: str | None = None
    progress: JobProgress | None = Field(default=None, description="While it runs")


def task_status(job: Job) -> TaskStatus:
    """The job under Celery's state names, with its result when done or its progress while it
    runs (the full record is `GET /api/jobs/{id}`)."""
    state = celery_state(job)
    reply = TaskStatus(task_id=job.id, status=state)
    if state == "SUCCESS":
        reply.result = job.result
    elif state == "FAILURE":
        reply.error = job.error_message
        reply.result = {"status": "error", "error": job.error_message}
    elif state == "STARTED":
        reply.progress = JobProgress(done=job.progress_done, total=job.progress_total)
    return reply
