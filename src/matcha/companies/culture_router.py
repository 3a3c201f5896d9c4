"""HTTP route for a company's culture profile (aggregating it is a job: see jobs/routes.py).
It lives with companies because it answers 404 for an unknown company; culture/ knows none."""

from __future__ import annotations

import uuid

from fastapi import APIRouter

from matcha.accounts.deps import SessionDep
from matcha.companies.models import Company
from matcha.culture import service as culture_service
from matcha.culture.models import CultureProfile
from matcha.culture.schemas import CultureProfilePublic
from matcha.db import get_or_404
from matcha.errors import NotFound

router = APIRouter(tags=["culture"])


@router.get("/companies/{company_id}/culture-profile", response_model=CultureProfilePublic)
def get_culture_profile(company_id: uuid.UUID, session: SessionDep) -> CultureProfile:
    get_or_404(session, Company, company_id, label="company")
    profile = culture_service.get_profile(session, company_id)
    if profile is None:
        raise NotFound("culture profile of company", company_id)
    return profile
