"""HTTP routes for stored match results and their CSV (matching itself is a job: see
jobs/routes.py; a position's matches with each candidate's stage: applications/views.py)."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Response

from matcha.accounts.deps import SessionDep
from matcha.companies.models import Company
from matcha.db import get_or_404
from matcha.deps import PageDep
from matcha.exports.http import CSV_RESPONSE, csv_download
from matcha.matching import export
from matcha.matching import service as matching_service
from matcha.matching.schemas import MatchPublic
from matcha.positions import service as positions_service

router = APIRouter()


@router.get("/companies/{company_id}/matches", response_model=list[MatchPublic], tags=["matching"])
def company_matches(company_id: uuid.UUID, session: SessionDep, page: PageDep) -> list[MatchPublic]:
    """Stored culture matches of the company, best first."""
    get_or_404(session, Company, company_id, label="company")
    return matching_service.company_matches(session, company_id, page=page)


@router.get(
    "/positions/{position_id}/matches/export",
    response_class=Response,
    responses=CSV_RESPONSE,
    tags=["positions"],
)
def export_matches(position_id: uuid.UUID, session: SessionDep) -> Response:
    """The position's ranked matches with scores and skills, as CSV."""
    position = positions_service.get_position(session, position_id)
    text = export.position_matches_csv(session, position_id=position_id)
    return csv_download(text, export.filename(position.title, "matches"))
