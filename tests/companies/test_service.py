"""Service-level tests for companies."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy.orm import Session

from matcha.companies import service
from matcha.companies.schemas import CompanyCreate, CompanyUpdate
from matcha.culture.models import CultureProfile
from matcha.errors import NotFound
from matcha.interviews.models import Interview
from matcha.pagination import Page


def test_create_and_get(session: Session) -> None:
    company = service.create_company(session, data=CompanyCreate(name="Acme", size="10"))
    assert service.get_company(session, company.id).name == "Acme"


def test_get_unknown_raises_not_found(session: Session) -> None:
    with pytest.raises(NotFound):
        service.get_company(session, uuid.uuid4())


def test_update_applies_only_sent_fields(session: Session) -> None:
    company = service.create_company(session, data=CompanyCreate(name="Acme", industry="Retail"))
    service.update_company(session, company=company, data=CompanyUpdate(size="200"))
    assert (company.name, company.industry, company.size) == ("Acme", "Retail", "200")


def test_list_pages_newest_first(session: Session) -> None:
    for name in ("a", "b", "c"):
        service.create_company(session, data=CompanyCreate(name=name))
    rows = service.list_companies(session, page=Page(limit=2, offset=0))
    assert len(rows) == 2
    assert rows[0].created_at >= rows[1].created_at


def test_to_public_counts_interviews_per_company(session: Session) -> None:
    a = service.create_company(session, data=CompanyCreate(name="a"))
    b = service.create_company(session, data=CompanyCreate(name="b"))
    session.add_all([Interview(company_id=a.id) for _ in range(3)])
    session.add(CultureProfile(company_id=b.id, profile_data={}, interview_count=1))
    session.commit()

    public = {p.name: p for p in service.to_public(session, [a, b])}

    assert public["a"].interview_count == 3
    assert public["a"].culture_profile is None
    assert public["b"].interview_count == 0
    assert public["b"].culture_profile is not None
    assert service.to_public(session, []) == []


def test_delete(session: Session) -> None:
    company = service.create_company(session, data=CompanyCreate(name="Acme"))
    service.delete_company(session, company=company)
    with pytest.raises(NotFound):
        service.get_company(session, company.id)
