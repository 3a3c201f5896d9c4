"""Positions: open roles a company hires for, and their spec for matching."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from matcha import busy
from matcha.ai.schemas import PositionSpec
from matcha.companies import service as companies_service
from matcha.companies.models import Company
from matcha.db import get_or_404
from matcha.errors import InvalidInput
from matcha.pagination import Page
from matcha.positions import listing
from matcha.positions.models import Position
from matcha.positions.schemas import (
    PositionCreate,
    PositionPublic,
    PositionStatus,
    PositionUpdate,
)


def create_position(session: Session, *, data: PositionCreate) -> Position:
    """Add a position to an existing company (NotFound otherwise)."""
    companies_service.get_company(session, data.company_id)
    position = Position(**data.model_dump())
    session.add(position)
    session.commit()
    return position


def get_position(session: Session, position_id: uuid.UUID) -> Position:
    """The position with this id, or NotFound."""
    return get_or_404(session, Position, position_id, label="position")


def list_positions(
    session: Session,
    *,
    page: Page,
    company_id: uuid.UUID | None = None,
    status: PositionStatus | None = None,
    filters: listing.PositionFilters | None = None,
) -> Sequence[Position]:
    """One page of positions, newest first, for one company or status, or with `filters`."""
    base = filters or listing.PositionFilters()
    if company_id is not None:
        base = replace(base, company_id=company_id)
    if status is not None:
        base = replace(base, status=status)
    return listing.list_positions(session, page=page, filters=base)


def to_public(session: Session, positions: Sequence[Position]) -> list[PositionPublic]:
    """Positions as the API shows them, each with its company's name (one query for any page)."""
    ids = {p.company_id for p in positions}
    names = dict(session.execute(select(Company.id, Company.name).where(Company.id.in_(ids))).all())
    public = [PositionPublic.model_validate(p) for p in positions]
    return [p.model_copy(update={"company_name": names.get(p.company_id)}) for p in public]


def set_job_board(session: Session, *, position_id: uuid.UUID, show: bool) -> Position:
    """List the position on the organisation's public job board, or take it off."""
    position = get_position(session, position_id)
    position.show_on_job_board = show
    session.commit()
    return position


def update_position(session: Session, *, position_id: uuid.UUID, data: PositionUpdate) -> Position:
    """Change only the fields sent; InvalidInput if a range would end up inverted."""
    position = get_position(session, position_id)
    changes = data.model_dump(exclude_unset=True)
    merged: dict[str, Any] = {
        f: changes.get(f, getattr(position, f))
        for f in ("min_years", "max_years", "salary_min", "salary_max")
    }
    for low, high in (("min_years", "max_years"), ("salary_min", "salary_max")):
        lo, hi = merged[low], merged[high]
        if lo is not None and hi is not None and lo > hi:
            raise InvalidInput(
                f"{low} ({lo}) must not exceed {high} ({hi})", details={"field": low}
            )
    for field, value in changes.items():
        setattr(position, field, value)
    session.commit()
    return position


def delete_position(session: Session, *, position_id: uuid.UUID) -> None:
    """Delete a position; the database cascades to its match results. JobRunning while a
    matching job works on it."""
    position = get_position(session, position_id)
    busy.refuse(session, f"position {position.title}", busy.jobs_on(session, [position.id]))
    session.delete(position)
    session.commit()


def to_spec(position: Position) -> PositionSpec:
    """What matching needs to know about a position, independent of how it is stored."""
    return PositionSpec.model_validate(
        {
            "title": position.title,
            "description": position.description or "",
            "required_skills": list(position.required_skills or []),
            "preferred_skills": list(position.preferred_skills or []),
            "experience_level": position.experience_level,
            "min_years": position.min_years,
            "max_years": position.max_years,
            "remote_policy": position.remote_policy,
            "requirements": list(position.requirements or []),
            "responsibilities": list(position.responsibilities or []),
        }
    )
