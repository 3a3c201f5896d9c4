"""HTTP routes for job records: get, list, a live event stream, and retrying a failed job."""

from __future__ import annotations

import time
import uuid
from collections.abc import AsyncIterator
from typing import Annotated

import anyio
from fastapi import APIRouter, Query, Request, Response, status
from fastapi.responses import StreamingResponse

from matcha import sse
from matcha.accounts.deps import AIQuota, PrincipalDep, SessionDep
from matcha.db import get_sessionmaker
from matcha.deps import PageDep
from matcha.errors import NotFound
from matcha.jobs.engine import celery_status, history, records
from matcha.jobs.engine import service as jobs_service
from matcha.jobs.engine.http import accepted
from matcha.jobs.engine.models import Job, JobStatus
from matcha.jobs.engine.schemas import JobAccepted, JobPublic, public
from matcha.jobs.registry import JobKind
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
    stuck: Annotated[
        bool,
        Query(
            description="Only failures that no later job of the same kind and subject "
            "superseded (what still needs a person)"
        ),
    ] = False,
) -> list[JobPublic]:
    """Jobs, newest first, optionally filtered."""
    query = records.jobs_query(status=status, kind=kind, subject_id=subject_id)
    if stuck:
        stuck_ids = history.stuck_failures().with_only_columns(Job.id).order_by(None)
        query = query.where(Job.id.in_(stuck_ids))
    return public(session, list(page.fetch(session, query)))


@router.get("/jobs/{job_id}", response_model=JobPublic)
def get_job(job_id: uuid.UUID, session: SessionDep) -> JobPublic:
    return public(session, [records.get_job(session, job_id)])[0]


@router.get("/tasks/{task_id}/status")
def task_status(task_id: uuid.UUID, session: SessionDep) -> celery_status.TaskStatus:
    """The job under Celery's state names (PENDING, RETRY, STARTED, SUCCESS, FAILURE), as the
    original backend answered; the same job as `/jobs/{id}`. An unknown id is 404, not
    Celery's PENDING."""
    return celery_status.task_status(records.get_job(session, task_id))


def _job_event(
    org_id: uuid.UUID, job_id: uuid.UUID, last: tuple[object, ...] | None
) -> tuple[tuple[object, ...], str, str | None]:
    """(state, status, the job as JSON if its state is not `last`), in a short session."""
    with get_sessionmaker()() as session:
        scope(session, org_id)
        job = records.get_job(session, job_id)
        state = (job.status, job.progress_done, job.progress_total, job.attempts)
        if state == last:
            return state, job.status, None
        return state, job.status, public(session, [job])[0].model_dump_json()


async def _events(
    request: Request, org_id: uuid.UUID, job_id: uuid.UUID, interval: float, timeout: float
) -> AsyncIterator[str]:
    last: tuple[object, ...] | None = None
    deadline = time.monotonic() + timeout
    quiet_since = time.monotonic()
    while not await request.is_disconnected():
        try:
            last, job_status, body = await sse.read(_job_event, org_id, job_id, last)
        except NotFound:  # the job went (its organisation was deleted)
            return
        if body is not None:
            quiet_since = time.monotonic()
            yield f"event: {job_status}\ndata: {body}\n\n"
        if job_status in TERMINAL:
            return
        now = time.monotonic()
        if now > deadline:
            yield "event: timeout\ndata: {}\n\n"
            return
        if now - quiet_since > sse.KEEPALIVE:
            quiet_since = now
            yield sse.KEEPALIVE_LINE
        await anyio.sleep(interval)


@router.get("/jobs/{job_id}/events", response_class=StreamingResponse)
def job_events(
    job_id: uuid.UUID,
    request: Request,
    session: SessionDep,
    principal: PrincipalDep,
    timeout: float = Query(
        sse.MAX_TIMEOUT,
        gt=0,
        le=sse.MAX_TIMEOUT,
        description="Close the stream after this long (an `event: timeout`); reconnect for more",
    ),
) -> StreamingResponse:
    """Server-Sent Events: one event per change of status or progress, until the job ends.
    An organisation may keep MATCHA_MAX_STREAMS_PER_ORG streams open (then 429)."""
    records.get_job(session, job_id)  # 404 before the stream starts
    session.close()
    return sse.stream(principal.org_id, _events(request, principal.org_id, job_id, 0.25, timeout))


@router.post(
    "/jobs/{job_id}/retry",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=JobAccepted,
    dependencies=[AIQuota],
)
def retry_job(job_id: uuid.UUID, session: SessionDep, response: Response) -> JobAccepted:
    """Queue a failed job again as a new job (same kind, subject and params, `retry_of` this
    one); 409 unless it failed and no later job of its kind and subject superseded it (the
    answer names that job)."""
    job = jobs_service.retry(session, job_id)
    return accepted(job, True, response)
