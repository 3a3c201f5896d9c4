"""HTTP routes that analyse interviews: now (sync), or queued when an interview ends."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Body, Response, status
from pydantic import BaseModel, ConfigDict

from matcha.db import get_or_404
from matcha.deps import AIQuota, SessionDep
from matcha.interviews.models import Interview
from matcha.interviews.schemas import InterviewPublic
from matcha.jobs.engine import service as jobs_service
from matcha.jobs.engine.http import accepted
from matcha.jobs.engine.models import JobKind
from matcha.jobs.engine.runner import run_sync
from matcha.jobs.engine.schemas import JobAccepted

router = APIRouter(tags=["interviews"])


class CompleteRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    transcript: str | None = None


@router.post(
    "/interviews/{interview_id}/analyze",
    response_model=InterviewPublic,
    dependencies=[AIQuota],
)
def analyze_interview(interview_id: uuid.UUID, session: SessionDep) -> Interview:
    """Analyse the transcript now and return the interview with its analysis."""
    run_sync(session, JobKind.analyze_interview, interview_id, {})
    interview = get_or_404(session, Interview, interview_id, label="interview")
    session.refresh(interview)
    return interview


@router.post(
    "/interviews/{interview_id}/complete",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=JobAccepted,
    dependencies=[AIQuota],
)
def complete_interview(
    interview_id: uuid.UUID,
    session: SessionDep,
    response: Response,
    body: Annotated[CompleteRequest | None, Body()] = None,
) -> JobAccepted:
    """End the interview: it becomes `analyzing` and its analysis is queued."""
    transcript = body.transcript if body is not None else None
    job, created = jobs_service.complete_interview(session, interview_id, transcript=transcript)
    return accepted(job, created, response)


@router.post(
    "/interviews/{interview_id}/analyze/async",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=JobAccepted,
    dependencies=[AIQuota],
)
def analyze_interview_async(
    interview_id: uuid.UUID, session: SessionDep, response: Response
) -> JobAccepted:
    """Queue a (re-)analysis of an interview that already has its transcript."""
    job, created = jobs_service.enqueue(session, JobKind.analyze_interview, interview_id, {})
    return accepted(job, created, response)
