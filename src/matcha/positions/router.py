"""HTTP routes for positions (one with its pipeline: applications/views.py; the CSV of its
matches: matching/router.py)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from matcha.accounts.deps import SessionDep
from matcha.deps import PageDep
from matcha.positions import service
from matcha.positions.listing import PositionFilters, PositionSort
from matcha.positions.models import Position
from matcha.positions.schemas import (
    ExperienceLevel,
    PositionCreate,
    PositionPublic,
    PositionStatus,
    PositionUpdate,
    RemotePolicy,
)

router = APIRouter(tags=["positions"])


@router.post("/positions", status_code=status.HTTP_201_CREATED, response_model=PositionPublic)
def create_position(data: PositionCreate, session: SessionDep) -> Position:
    return service.create_position(session, data=data)


@router.get("/positions", response_model=list[PositionPublic])
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
) -> list[Position]:
    filters = PositionFilters(
        company_id=company_id,
        status=status,
        experience_level=experience_level,
        remote_policy=remote_policy,
        search=search,
        sort=sort,
    )
    return list(service.list_positions(session, page=page, filters=filters))


@router.patch("/positions/{position_id}", response_model=PositionPublic)
def update_position(position_id: uuid.UUID, data: PositionUpdate, session: SessionDep) -> Position:
    return service.update_position(session, position_id=position_id, data=data)


@router.delete("/positions/{position_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_position(position_id: uuid.UUID, session: SessionDep) -> Response:
    service.delete_position(session, position_id=position_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
