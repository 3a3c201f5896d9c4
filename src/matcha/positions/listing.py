"""Position lists: filters on status, level, remote policy and words, and a sort."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal, get_args

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from matcha.pagination import Page
from matcha.positions.models import Position
from matcha.positions.schemas import ExperienceLevel, PositionStatus, RemotePolicy

PositionSort = Literal[
    "title",
    "-title",
    "created_at",
    "-created_at",
    "updated_at",
    "-updated_at",
    "status",
    "-status",
    "experience_level",
    "-experience_level",
    "min_years",
    "-min_years",
]
SORTS: tuple[str, ...] = get_args(PositionSort)
_COLUMNS: dict[str, Any] = {
    "title": func.lower(Position.title),
    "created_at": Position.created_at,
    "updated_at": Position.updated_at,
    "status": Position.status,
    "experience_level": Position.experience_level,
    "min_years": Position.min_years,
}
SEARCHED = (Position.title, Position.description, Position.department, Position.location)


@dataclass(frozen=True)
class PositionFilters:
    company_id: uuid.UUID | None = None
    status: PositionStatus | None = None
    experience_level: ExperienceLevel | None = None
    remote_policy: RemotePolicy | None = None
    search: str | None = None
    sort: PositionSort | None = None

    @property
    def active(self) -> bool:
        """Whether anything but the company narrows the list."""
        fields = (self.status, self.experience_level, self.remote_policy)
        return any(fields) or bool((self.search or "").strip())


def statement(f: PositionFilters) -> Select[Position]:
    """The filtered, sorted query (newest first unless `sort` says otherwise)."""
    query = select(Position)
    for name in ("company_id", "status", "experience_level", "remote_policy"):
        value = getattr(f, name)
        if value is not None:
            query = query.where(getattr(Position, name) == value)
    for word in (f.search or "").split()[:12]:
        query = query.where(or_(*(c.icontains(word, autoescape=True) for c in SEARCHED)))
    newest: list[Any] = [Position.created_at.desc(), Position.id.desc()]
    if f.sort is None:
        return query.order_by(*newest)
    key = _COLUMNS[f.sort.lstrip("-")]
    first = key.desc() if f.sort.startswith("-") else key.asc()
    return query.order_by(first.nulls_last(), *newest)


def list_positions(session: Session, *, page: Page, filters: PositionFilters) -> Sequence[Position]:
    """One page of positions matching `filters`."""
    return page.fetch(session, statement(filters))
