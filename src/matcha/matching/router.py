"""HTTP routes for company and position matching (sync and async) and their results."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import APIRouter, Response, status

from matcha.applications import service as applications_service
from matcha.companies.models import Company
from matcha.db import get_or_404
from matcha.deps import AIQuota, PageDep, SessionDep
from matcha.jobs import service as jobs_service
from matcha.jobs.http import accepted
from matcha.jobs.models import JobKind
from matcha.jobs.runner import run_sync
from matcha.jobs.schemas import JobAccepted
from matcha.matching import service as matching_service
from matcha.matching.schemas import MatchPublic, MatchRequest, PositionMatchPublic
from matcha.positions.models import Position

router = APIRouter(tags=["matching"])


def _params(body: MatchRequest | None) -> dict[str, Any]:
    if body is None or body.candidate_ids is None:
        return {}
    return {"candidate_ids": [str(i) for i in dict.fromkeys(body.candidate_ids)]}


@router.post("/companies/{company_id}/match", dependencies=[AIQuota])
def match_company(
    company_id: uuid.UUID, session: SessionDep, body: MatchRequest | None = None
) -> dict[str, Any]:
    """Score candidates (all, or `candidate_ids`) against the culture profile; best first."""
    result = run_sync(session, JobKind.match_company, company_id, _params(body))
    return result.model_dump(mode="json")  # type: ignore[attr-defined, no-any-return]


@router.post(
    "/companies/{company_id}/match/async",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=JobAccepted,
    dependencies=[AIQuota],
)
def match_company_async(
    company_id: uuid.UUID,
    session: SessionDep,
    response: Response,
    body: MatchRequest | None = None,
) -> JobAccepted:
    job, created = jobs_service.enqueue(session, JobKind.match_company, company_id, _params(body))
    return accepted(job, created, response)


@router.get("/companies/{company_id}/matches", response_model=list[MatchPublic])
def company_matches(company_id: uuid.UUID, session: SessionDep, page: PageDep) -> list[MatchPublic]:
    """Stored culture matches of the company, best first."""
    get_or_404(session, Company, company_id, label="company")
    return matching_service.company_matches(session, company_id, page=page)


@router.post("/positions/{position_id}/match", dependencies=[AIQuota])
def match_position(
    position_id: uuid.UUID, session: SessionDep, body: MatchRequest | None = None
) -> dict[str, Any]:
    """Score candidates (all, or `candidate_ids`) against the position; best first."""
    result = run_sync(session, JobKind.match_position, position_id, _params(body))
    return result.model_dump(mode="json")  # type: ignore[attr-defined, no-any-return]


@router.post(
    "/positions/{position_id}/match/async",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=JobAccepted,
    dependencies=[AIQuota],
)
def match_position_async(
    position_id: uuid.UUID,
    session: SessionDep,
    response: Response,
    body: MatchRequest | None = None,
) -> JobAccepted:
    job, created = jobs_service.enqueue(session, JobKind.match_position, position_id, _params(body))
    return accepted(job, created, response)


@router.get("/positions/{position_id}/matches", response_model=list[PositionMatchPublic])
def position_matches(
    position_id: uuid.UUID, session: SessionDep, page: PageDep
) -> list[PositionMatchPublic]:
    """Stored matches of the position, best first."""
    get_or_404(session, Position, position_id, label="position")
    matches = matching_service.position_matches(session, position_id, page=page)
    return applications_service.with_stages(session, position_id, matches)
