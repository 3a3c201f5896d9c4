"""HTTP routes for positions."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Response, status

from matcha.applications import service as applications_service
from matcha.deps import PageDep, SessionDep
from matcha.positions import service
from matcha.positions.models import Position
from matcha.positions.schemas import (
    PositionCreate,
    PositionDetail,
    PositionPublic,
    PositionStatus,
    PositionUpdate,
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
) -> list[Position]:
    return list(service.list_positions(session, page=page, company_id=company_id, status=status))


@router.get("/positions/{position_id}", response_model=PositionDetail)
def get_position(position_id: uuid.UUID, session: SessionDep) -> PositionDetail:
    """The position, with its pipeline counts per stage and the average days in each."""
    position = service.get_position(session, position_id)
    return PositionDetail.model_validate(
        {
            **PositionPublic.model_validate(position).model_dump(),
            "pipeline": applications_service.pipeline(session, position_id),
            "days_in_stage": applications_service.days_in_stage(session, position_id),
        }
    )


@router.patch("/positions/{position_id}", response_model=PositionPublic)
def update_position(position_id: uuid.UUID, data: PositionUpdate, session: SessionDep) -> Position:
    return service.update_position(session, position_id=position_id, data=data)


@router.delete("/positions/{position_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_position(position_id: uuid.UUID, session: SessionDep) -> Response:
    service.delete_position(session, position_id=position_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
