"""HTTP routes for stored match results (matching itself is a job: see jobs/routes.py)."""

from __future__ import annotations

import uuid

from fastapi import APIRouter

from matcha.accounts.deps import SessionDep
from matcha.applications import service as applications_service
from matcha.companies.models import Company
from matcha.db import get_or_404
from matcha.deps import PageDep
from matcha.matching import service as matching_service
from matcha.matching.schemas import MatchPublic, PositionMatchPublic
from matcha.positions.models import Position

router = APIRouter(tags=["matching"])


@router.get("/companies/{company_id}/matches", response_model=list[MatchPublic])
def company_matches(company_id: uuid.UUID, session: SessionDep, page: PageDep) -> list[MatchPublic]:
    """Stored culture matches of the company, best first."""
    get_or_404(session, Company, company_id, label="company")
    return matching_service.company_matches(session, company_id, page=page)


@router.get("/positions/{position_id}/matches", response_model=list[PositionMatchPublic])
def position_matches(
    position_id: uuid.UUID, session: SessionDep, page: PageDep
) -> list[PositionMatchPublic]:
    """Stored matches of the position, best first."""
    get_or_404(session, Position, position_id, label="position")
    matches = matching_service.position_matches(session, position_id, page=page)
    return applications_service.with_stages(session, position_id, matches)
