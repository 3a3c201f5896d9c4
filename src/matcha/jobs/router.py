"""HTTP routes for job records: get, list, a live event stream, and retrying a failed job."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator

from fastapi import APIRouter, Query, Response, status
from fastapi.responses import StreamingResponse

from matcha.db import get_sessionmaker
from matcha.deps import AIQuota, PageDep, PrincipalDep, SessionDep
from matcha.jobs import records
from matcha.jobs import service as jobs_service
from matcha.jobs.http import accepted
from matcha.jobs.models import JobKind, JobStatus
from matcha.jobs.schemas import JobAccepted, JobPublic
from matcha.tenancy import scope

router = APIRouter(tags=["jobs"])
TERMINAL = (JobStatus.succeeded, JobStatus.failed)


@router.get("/jobs", response_model=list[JobPublic])
def list_jobs(
    session: SessionDep,
    page: PageDep,
    status: JobStatus | None = None,
    kind: JobKind | None = None,
    subject_id: uuid.UUID | None = None,
) -> list[JobPublic]:
    """Jobs, newest first, optionally filtered."""
    query = records.jobs_query(status=status, kind=kind, subject_id=subject_id)
    return [JobPublic.of(job) for job in page.fetch(session, query)]


@router.get("/jobs/{job_id}", response_model=JobPublic)
def get_job(job_id: uuid.UUID, session: SessionDep) -> JobPublic:
    return JobPublic.of(records.get_job(session, job_id))


def _events(org_id: uuid.UUID, job_id: uuid.UUID, interval: float, timeout: float) -> Iterator[str]:
    last = None
    deadline = time.monotonic() + timeout
    while True:
        with get_sessionmaker()() as session:
            scope(session, org_id)
            job = JobPublic.of(records.get_job(session, job_id))
        state = (job.status, job.progress.done, job.progress.total, job.attempts)
        if state != last:
            last = state
            yield f"event: {job.status}\ndata: {json.dumps(job.model_dump(mode='json'))}\n\n"
        if job.status in TERMINAL:
            return
        if time.monotonic() > deadline:
            yield "event: timeout\ndata: {}\n\n"
            return
        time.sleep(interval)


@router.get("/jobs/{job_id}/events", response_class=StreamingResponse)
def job_events(
    job_id: uuid.UUID,
    session: SessionDep,
    principal: PrincipalDep,
    timeout: float = Query(600, gt=0, le=3600, description="Close the stream after this long"),
) -> StreamingResponse:
    """Server-Sent Events: one event per change of status or progress, until the job ends."""
    records.get_job(session, job_id)  # 404 before the stream starts
    session.close()
    return StreamingResponse(
        _events(principal.org_id, job_id, 0.25, timeout),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )


@router.post(
    "/jobs/{job_id}/retry",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=JobAccepted,
    dependencies=[AIQuota],
)
def retry_job(job_id: uuid.UUID, session: SessionDep, response: Response) -> JobAccepted:
    """Queue a failed job again as a new job (same kind, subject and params); 409 unless it
    failed and no live job for its subject exists."""
    job = jobs_service.retry(session, job_id)
    return accepted(job, True, response)
