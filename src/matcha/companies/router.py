"""HTTP routes for companies."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query, status

from matcha.accounts.deps import SessionDep
from matcha.companies import service
from matcha.companies.models import Company
from matcha.companies.schemas import CompanyCreate, CompanyPublic, CompanyUpdate
from matcha.deps import PageDep
from matcha.replies import Deleted

router = APIRouter(tags=["companies"])


def valid_company_id(company_id: uuid.UUID, session: SessionDep) -> Company:
    """The company named in the path, or 404. Either way the transaction ends here, returning
    the connection to the pool before the route waits for a thread (see accounts.authenticate)."""
    try:
        company = service.get_company(session, company_id)
    except Exception:
        session.rollback()
        raise
    session.commit()
    return company


ValidCompany = Annotated[Company, Depends(valid_company_id)]


@router.post("/companies", status_code=status.HTTP_201_CREATED)
def create_company(data: CompanyCreate, session: SessionDep) -> CompanyPublic:
    company = service.create_company(session, data=data)
    return service.to_public(session, [company])[0]


@router.get("/companies")
def list_companies(
    session: SessionDep,
    page: PageDep,
    search: Annotated[
        str | None, Query(max_length=500, description="Words of name or industry")
    ] = None,
    sort: Annotated[service.CompanySort | None, Query(description="`-` first: descending")] = None,
) -> list[CompanyPublic]:
    rows = service.list_companies(session, page=page, search=search, sort=sort)
    return service.to_public(session, rows)


@router.get("/companies/{company_id}")
def get_company(company: ValidCompany, session: SessionDep) -> CompanyPublic:
    return service.to_public(session, [company])[0]


@router.patch("/companies/{company_id}")
def update_company(
    data: CompanyUpdate, company: ValidCompany, session: SessionDep
) -> CompanyPublic:
    company = service.update_company(session, company=company, data=data)
    return service.to_public(session, [company])[0]


@router.delete("/companies/{company_id}")
def delete_company(company: ValidCompany, session: SessionDep) -> Deleted:
    """Delete the company with its interviews, positions and results; 409 while a job works
    on any of them."""
    company_id = company.id
    service.delete_company(session, company=company)
    return Deleted(id=company_id)
