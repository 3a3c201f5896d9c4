"""Service-level tests for positions."""

from __future__ import annotations

import uuid

import pytest
from pydantic import ValidationError
from sqlalchemy.orm import Session

from matcha.ai.schemas import PositionSpec
from matcha.companies import service as companies_service
from matcha.companies.models import Company
from matcha.companies.schemas import CompanyCreate
from matcha.errors import InvalidInput, NotFound
from matcha.pagination import Page
from matcha.positions import service
from matcha.positions.schemas import PositionCreate, PositionUpdate


@pytest.fixture
def company(session: Session) -> Company:
    return companies_service.create_company(session, data=CompanyCreate(name="Acme"))


def test_create_get_and_spec(session: Session, company: Company) -> None:
    position = service.create_position(
        session,
        data=PositionCreate(
            company_id=company.id,
            title="Data Engineer",
            required_skills=["Spark"],
            preferred_skills=["Scala"],
            experience_level="mid",
            min_years=2,
            max_years=5,
            remote_policy="remote",
            responsibilities=["Pipelines"],
        ),
    )
    fetched = service.get_position(session, position.id)
    spec = service.to_spec(fetched)
    assert spec == PositionSpec(
        title="Data Engineer",
        description="",
        required_skills=["Spark"],
        preferred_skills=["Scala"],
        experience_level="mid",
        min_years=2,
        max_years=5,
        remote_policy="remote",
        requirements=[],
        responsibilities=["Pipelines"],
    )


def test_create_for_unknown_company(session: Session) -> None:
    with pytest.raises(NotFound):
        service.create_position(session, data=PositionCreate(company_id=uuid.uuid4(), title="x"))


def test_schema_rejects_inverted_ranges() -> None:
    with pytest.raises(ValidationError):
        PositionCreate(company_id=uuid.uuid4(), title="x", min_years=3, max_years=1)
    with pytest.raises(ValidationError):
        PositionUpdate(salary_min=10, salary_max=5)


def test_update_checks_ranges_against_stored_values(session: Session, company: Company) -> None:
    position = service.create_position(
        session,
        data=PositionCreate(company_id=company.id, title="x", salary_min=100, salary_max=200),
    )
    with pytest.raises(InvalidInput):
        service.update_position(
            session, position_id=position.id, data=PositionUpdate(salary_max=50)
        )
    assert service.get_position(session, position.id).salary_max == 200
    updated = service.update_position(
        session, position_id=position.id, data=PositionUpdate(salary_max=None, status="closed")
    )
    assert (updated.salary_max, updated.status) == (None, "closed")


def test_list_and_delete(session: Session, company: Company) -> None:
    a = service.create_position(session, data=PositionCreate(company_id=company.id, title="a"))
    service.create_position(
        session, data=PositionCreate(company_id=company.id, title="b", status="draft")
    )
    page = Page(limit=10, offset=0)
    assert len(service.list_positions(session, page=page, company_id=company.id)) == 2
    assert [p.title for p in service.list_positions(session, page=page, status="draft")] == ["b"]
    service.delete_position(session, position_id=a.id)
    with pytest.raises(NotFound):
        service.get_position(session, a.id)
    assert len(service.list_positions(session, page=page)) == 1
