"""HTTP routes for positions (one with its pipeline: applications/views.py; the CSV of its
matches: matching/router.py)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, status

from matcha.accounts.deps import SessionDep
from matcha.companies import service as companies_service
from matcha.deps import PageDep
from matcha.positions import service
from matcha.positions.listing import PositionFilters, PositionSort
from matcha.positions.schemas import (
    ExperienceLevel,
    PositionCreate,
    PositionPublic,
    PositionStatus,
    PositionUpdate,
    RemotePolicy,
)
from matcha.replies import Deleted

router = APIRouter(tags=["positions"])


@router.post("/positions", status_code=status.HTTP_201_CREATED)
def create_position(data: PositionCreate, session: SessionDep) -> PositionPublic:
    return service.to_public(session, [service.create_position(session, data=data)])[0]


@router.get("/positions")
def list_positions(
    session: SessionDep,
    page: PageDep,
    company_id: uuid.UUID | None = None,
    status: PositionStatus | None = None,
    experience_level: ExperienceLevel | None = None,
    remote_policy: RemotePolicy | None = None,
    search: Annotated[
        str | None, Query(max_length=500, description="Words of the title, description, …")
    ] = None,
    sort: Annotated[PositionSort | None, Query(description="`-` first for descending")] = None,
) -> list[PositionPublic]:
    filters = PositionFilters(
        company_id=company_id,
        status=status,
        experience_level=experience_level,
        remote_policy=remote_policy,
        search=search,
        sort=sort,
    )
    return service.to_public(session, service.list_positions(session, page=page, filters=filters))


@router.get("/positions/company/{company_id}")
def list_company_positions(
    company_id: uuid.UUID,
    session: SessionDep,
    page: PageDep,
    status: PositionStatus | None = None,
) -> list[PositionPublic]:
    """The company's positions, newest first (the original frontend's path; the same as
    `GET /api/positions?company_id=`, but 404 for an unknown company)."""
    companies_service.get_company(session, company_id)
    rows = service.list_positions(session, page=page, company_id=company_id, status=status)
    return service.to_public(session, rows)


@router.patch("/positions/{position_id}")
def update_position(
    position_id: uuid.UUID, data: PositionUpdate, session: SessionDep
) -> PositionPublic:
    """Change only the fields sent. `PUT` does the same (the original frontend's method)."""
    position = service.update_position(session, position_id=position_id, data=data)
    return service.to_public(session, [position])[0]


router.put(
    "/positions/{position_id}",
    name="update_position_put",
    summary="Update Position (PUT)",
    description="The same partial update as `PATCH`: only the fields sent change.",
)(update_position)


@router.patch("/positions/{position_id}/job-board")
def set_job_board(
    position_id: uuid.UUID,
    session: SessionDep,
    show_on_job_board: Annotated[bool, Query(description="List it on the public job board")],
) -> PositionPublic:
    """Opt the position in to (or out of) the public job board (the original frontend's path;
    `PATCH /api/positions/{id}` with `show_on_job_board` does the same)."""
    position = service.set_job_board(session, position_id=position_id, show=show_on_job_board)
    return service.to_public(session, [position])[0]


@router.delete("/positions/{position_id}")
def delete_position(position_id: uuid.UUID, session: SessionDep) -> Deleted:
    """Delete the position and its match results; 409 while a matching job works on it."""
    service.delete_position(session, position_id=position_id)
    return Deleted(id=position_id)
