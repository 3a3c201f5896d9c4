"""HTTP routes for interviews."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, status

from matcha.accounts.deps import SessionDep
from matcha.deps import PageDep
from matcha.errors import InvalidInput
from matcha.interviews import service
from matcha.interviews.models import Interview, InterviewStatus, InterviewType
from matcha.interviews.schemas import (
    InterviewAnalysisPublic,
    InterviewCreate,
    InterviewPublic,
    InterviewUpdate,
)
from matcha.replies import Deleted

router = APIRouter(tags=["interviews"])


@router.post(
    "/companies/{company_id}/interviews",
    status_code=status.HTTP_201_CREATED,
    response_model=InterviewPublic,
)
def create_interview(
    company_id: uuid.UUID, data: InterviewCreate, session: SessionDep
) -> Interview:
    """The body may repeat the path's `company_id` (the original frontend does); another
    company there is refused."""
    if data.company_id is not None and data.company_id != company_id:
        raise InvalidInput(
            "company_id in the body must be the company in the path, or left out",
            details={"field": "company_id"},
        )
    return service.create_interview(session, company_id=company_id, data=data)


@router.get("/companies/{company_id}/interviews", response_model=list[InterviewPublic])
def list_interviews(
    company_id: uuid.UUID,
    session: SessionDep,
    page: PageDep,
    interview_type: InterviewType | None = None,
    status: InterviewStatus | None = None,
) -> list[Interview]:
    return list(
        service.list_interviews(
            session, company_id=company_id, page=page, interview_type=interview_type, status=status
        )
    )


@router.get("/interviews/{interview_id}", response_model=InterviewPublic)
def get_interview(interview_id: uuid.UUID, session: SessionDep) -> Interview:
    return service.get_interview(session, interview_id)


@router.get("/interviews/{interview_id}/analysis")
def get_analysis(interview_id: uuid.UUID, session: SessionDep) -> InterviewAnalysisPublic:
    return service.get_analysis(session, interview_id)


@router.patch("/interviews/{interview_id}", response_model=InterviewPublic)
def update_interview(
    interview_id: uuid.UUID, data: InterviewUpdate, session: SessionDep
) -> Interview:
    return service.update_interview(session, interview_id=interview_id, data=data)


@router.post("/interviews/{interview_id}/start", response_model=InterviewPublic)
def start_interview(interview_id: uuid.UUID, session: SessionDep) -> Interview:
    return service.start_interview(session, interview_id=interview_id)


@router.delete("/interviews/{interview_id}")
def delete_interview(interview_id: uuid.UUID, session: SessionDep) -> Deleted:
    service.delete_interview(session, interview_id=interview_id)
    return Deleted(id=interview_id)
