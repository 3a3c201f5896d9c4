"""`GET /api/tasks/{task_id}/status`: a job in the shape the original backend's Celery tasks had,
for clients written against it (`task_id` is the `job_id` every async endpoint answers)."""

from __future__ import annotations

import uuid
from typing import Any, Literal

from fastapi import APIRouter
from pydantic import BaseModel, Field

from matcha.deps import SessionDep
from matcha.jobs.engine import records
from matcha.jobs.engine.models import Job, JobStatus
from matcha.jobs.engine.schemas import JobProgress

router = APIRouter(tags=["jobs"])

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


@router.get("/tasks/{task_id}/status")
def task_status(task_id: uuid.UUID, session: SessionDep) -> TaskStatus:
    """The job's state under Celery's names (PENDING, RETRY, STARTED, SUCCESS, FAILURE); the
    full record is at `GET /api/jobs/{id}`. An unknown id is 404, not Celery's PENDING."""
    job = records.get_job(session, task_id)
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
