"""Companies: create, read, update, delete, and the public view with its culture profile."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any, Literal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from matcha import busy
from matcha.companies.models import Company
from matcha.companies.schemas import (
    CompanyCreate,
    CompanyPublic,
    CompanyUpdate,
)
from matcha.culture.models import CultureProfile
from matcha.culture.schemas import CultureProfilePublic
from matcha.db import get_or_404
from matcha.pagination import Page


def create_company(session: Session, *, data: CompanyCreate) -> Company:
    """Add a company."""
    company = Company(**data.model_dump())
    session.add(company)
    session.commit()
    return company


def get_company(session: Session, company_id: uuid.UUID) -> Company:
    """The company with this id, or NotFound."""
    return get_or_404(session, Company, company_id, label="company")


CompanySort = Literal["name", "-name", "created_at", "-created_at", "industry", "-industry"]
_SORT_COLUMNS: dict[str, Any] = {  # names sort without regard to case; dates as they are
    "name": func.lower(Company.name),
    "created_at": Company.created_at,
    "industry": func.lower(Company.industry),
}


def list_companies(
    session: Session, *, page: Page, search: str | None = None, sort: CompanySort | None = None
) -> Sequence[Company]:
    """One page of companies, newest first or by `sort`; `search` words in name or industry."""
    query = select(Company)
    for word in (search or "").split()[:12]:
        query = query.where(
            or_(
                Company.name.icontains(word, autoescape=True),
                Company.industry.icontains(word, autoescape=True),
            )
        )
    newest: list[Any] = [Company.created_at.desc(), Company.id.desc()]
    if sort is not None:
        key = _SORT_COLUMNS[sort.lstrip("-")]
        query = query.order_by((key.desc() if sort.startswith("-") else key.asc()).nulls_last())
    return page.fetch(session, query.order_by(*newest))


def update_company(session: Session, *, company: Company, data: CompanyUpdate) -> Company:
    """Change only the fields the caller sent."""
    for field, value in data.model_dump(exclude_unset=True).items():
        setattr(company, field, value)
    session.commit()
    return company


def delete_company(session: Session, *, company: Company) -> None:
    """Delete a company; the database cascades to its interviews, positions and results.
    JobRunning while a job works on it, one of its interviews or one of its positions."""
    running = busy.jobs_within_company(session, company.id)
    busy.refuse(session, f"company {company.name}", running)
    session.delete(company)
    session.commit()


def to_public(session: Session, companies: Sequence[Company]) -> list[CompanyPublic]:
    """Companies with their interview counts and culture profiles, in two queries for any page."""
    ids = [c.id for c in companies]
    if not ids:
        return []
    counts = dict(
        session.execute(
            select(Company.id, func.count())
            .join(Company.interviews)
            .where(Company.id.in_(ids))
            .group_by(Company.id)
        ).all()
    )
    profiles = {
        p.company_id: p
        for p in session.scalars(select(CultureProfile).where(CultureProfile.company_id.in_(ids)))
    }
    return [_public(c, counts.get(c.id, 0), profiles.get(c.id)) for c in companies]


def _public(
    company: Company, interview_count: int, profile: CultureProfile | None
) -> CompanyPublic:
    culture = None
    if profile is not None:
        culture = CultureProfilePublic.model_validate(profile)
    return CompanyPublic(
        id=company.id,
        name=company.name,
        industry=company.industry,
        size=company.size,
        created_at=company.created_at,
        updated_at=company.updated_at,
        interview_count=interview_count,
        culture_profile=culture,
    )
