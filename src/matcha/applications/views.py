"""The routes of candidates and positions that show their applications: a candidate with theirs
(and erasing one, which removes them),
a position with its pipeline, a position's matches with each candidate's stage. They live here
because an application names both a candidate and a position (candidates/ and positions/ know
no applications); the URLs and tags are those of the pages they belong to."""

from __future__ import annotations

import uuid

from fastapi import APIRouter

from matcha.accounts.deps import SessionDep
from matcha.applications import erasure
from matcha.applications import public as applications_public
from matcha.applications import service as applications_service
from matcha.applications.schemas import CandidateDetail
from matcha.candidates import service
from matcha.candidates.schemas import CandidatePublic
from matcha.db import get_or_404
from matcha.deps import PageDep
from matcha.matching import service as matching_service
from matcha.matching.schemas import PositionMatchPublic
from matcha.positions import service as positions_service
from matcha.positions.models import Position
from matcha.positions.schemas import PositionDetail

router = APIRouter()


@router.delete("/candidates/{candidate_id}", tags=["candidates"])
def delete_candidate(candidate_id: uuid.UUID, session: SessionDep) -> erasure.Erased:
    """Erase the candidate and every trace of them; says what was removed. 409 while a
    matching job scores them."""
    return erasure.erase_candidate(session, candidate_id=candidate_id)


@router.get("/candidates/{candidate_id}", response_model=CandidateDetail, tags=["candidates"])
def get_candidate(candidate_id: uuid.UUID, session: SessionDep) -> CandidateDetail:
    """The candidate, their applications (position, stage, scores) and their interviews."""
    candidate = service.get_candidate(session, candidate_id)
    return CandidateDetail.model_validate(
        {
            **CandidatePublic.model_validate(candidate).model_dump(),
            "applications": applications_public.public(
                session, applications_service.for_candidate(session, candidate_id)
            ),
            "interviews": applications_public.interviews_of(session, candidate_id),
        }
    )


@router.get("/positions/{position_id}", response_model=PositionDetail, tags=["positions"])
def get_position(position_id: uuid.UUID, session: SessionDep) -> PositionDetail:
    """The position, with its pipeline counts per stage and the average days in each."""
    position = positions_service.get_position(session, position_id)
    return PositionDetail.model_validate(
        {
            **positions_service.to_public(session, [position])[0].model_dump(),
            "pipeline": applications_service.pipeline(session, position_id),
            "days_in_stage": applications_service.days_in_stage(session, position_id),
        }
    )


@router.get(
    "/positions/{position_id}/matches",
    response_model=list[PositionMatchPublic],
    tags=["matching"],
)
def position_matches(
    position_id: uuid.UUID, session: SessionDep, page: PageDep
) -> list[PositionMatchPublic]:
    """Stored matches of the position, best first."""
    get_or_404(session, Position, position_id, label="position")
    matches = matching_service.position_matches(session, position_id, page=page)
    return applications_service.with_stages(session, position_id, matches)
