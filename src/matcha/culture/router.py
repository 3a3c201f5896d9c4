"""HTTP routes for culture profiles and culture aggregation (sync and async)."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import APIRouter, Response, status

from matcha.companies.models import Company
from matcha.culture import service as culture_service
from matcha.culture.models import CultureProfile
from matcha.culture.schemas import CultureProfilePublic
from matcha.db import get_or_404
from matcha.deps import AIQuota, SessionDep
from matcha.errors import NotFound
from matcha.jobs.aggregate_culture import CultureAggregation
from matcha.jobs.engine import service as jobs_service
from matcha.jobs.engine.http import accepted
from matcha.jobs.engine.models import JobKind
from matcha.jobs.engine.runner import run_sync
from matcha.jobs.engine.schemas import JobAccepted

router = APIRouter(tags=["culture"])


@router.post("/companies/{company_id}/aggregate-culture", dependencies=[AIQuota])
def aggregate_culture(company_id: uuid.UUID, session: SessionDep) -> dict[str, Any]:
    """Merge the company's analysed culture interviews into its profile, now."""
    result = run_sync(session, JobKind.aggregate_culture, company_id, {})
    assert isinstance(result, CultureAggregation)
    return result.model_dump(mode="json")


@router.post(
    "/companies/{company_id}/aggregate-culture/async",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=JobAccepted,
    dependencies=[AIQuota],
)
def aggregate_culture_async(
    company_id: uuid.UUID, session: SessionDep, response: Response
) -> JobAccepted:
    """Queue the aggregation; follow it at the returned Location."""
    job, created = jobs_service.enqueue(session, JobKind.aggregate_culture, company_id, {})
    return accepted(job, created, response)


@router.get("/companies/{company_id}/culture-profile", response_model=CultureProfilePublic)
def get_culture_profile(company_id: uuid.UUID, session: SessionDep) -> CultureProfile:
    get_or_404(session, Company, company_id, label="company")
    profile = culture_service.get_profile(session, company_id)
    if profile is None:
        raise NotFound("culture profile of company", company_id)
    return profile
