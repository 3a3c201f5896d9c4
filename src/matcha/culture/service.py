"""Reading culture profiles (aggregation writes them; see matcha.jobs.aggregate_culture)."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from matcha.ai.schemas import CultureData
from matcha.culture.models import CultureProfile


def get_profile(session: Session, company_id: uuid.UUID) -> CultureProfile | None:
    """The company's profile row, or None before its first aggregation."""
    return session.scalars(
        select(CultureProfile).where(CultureProfile.company_id == company_id)
    ).first()


def profile_data(session: Session, company_id: uuid.UUID) -> CultureData | None:
    """The company's aggregated culture, validated, or None before the first aggregation."""
    row = get_profile(session, company_id)
    return CultureData.model_validate(row.profile_data) if row is not None else None
