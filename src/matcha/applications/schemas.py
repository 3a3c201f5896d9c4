"""Request and response shapes for applications, their history, and notes."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from matcha.applications.models import RejectionReason, Stage
from matcha.candidates.schemas import CandidatePublic
from matcha.types import Label

MAX_BULK = 100
_ALLOWED_CONTROLS = frozenset("\n\r\t")


def _no_controls(value: str) -> str:
    if any((ord(c) < 32 and c not in _ALLOWED_CONTROLS) or ord(c) == 127 for c in value):
        raise ValueError("must not contain control characters")
    return value


# Free text (a note, why a candidate was rejected): lines allowed, control bytes not.
Text = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=5000),
    AfterValidator(_no_controls),
]


class ApplicationCreate(BaseModel):
    """Add a candidate to a position's pipeline (`applied` unless a stage is given)."""

    model_config = ConfigDict(extra="forbid")

    candidate_id: uuid.UUID
    stage: Stage = Stage.applied
    source: Label | None = None
    reason: RejectionReason | None = None  # needed when the stage is `rejected`
    note: Text | None = None


class ApplicationBulkCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    candidate_ids: Annotated[list[uuid.UUID], Field(min_length=1, max_length=MAX_BULK)]
    source: Label | None = None


class ApplicationMove(BaseModel):
    """Move an application to another stage; `rejected` needs a reason from the list."""

    model_config = ConfigDict(extra="forbid")

    stage: Stage
    reason: RejectionReason | None = None
    note: Text | None = None


class NoteCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    body: Text


class EventPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    kind: str
    from_stage: Stage | None
    to_stage: Stage
    reason: str | None
    note: str | None
    actor_id: uuid.UUID | None
    actor: str
    created_at: datetime


class Scores(BaseModel):
    """The latest position match of the candidate (0–100 each)."""

    overall: float
    skills: float
    experience: float
    culture: float
    scored_at: datetime


class ApplicationPublic(BaseModel):
    id: uuid.UUID
    position_id: uuid.UUID
    position_title: str
    candidate_id: uuid.UUID
    candidate_name: str
    stage: Stage
    stage_changed_at: datetime
    days_in_stage: float
    source: str | None
    rejection_reason: str | None
    rejection_note: str | None
    screening_interview_id: uuid.UUID | None
    screening_score: float | None
    screening_recommendation: str | None
    suggested_stage: Stage | None
    scores: Scores | None
    history: list[EventPublic]
    created_at: datetime
    updated_at: datetime


class BulkItem(BaseModel):
    candidate_id: uuid.UUID
    status: str  # created, exists, not_found
    application_id: uuid.UUID | None = None
    detail: str | None = None


class BulkResult(BaseModel):
    created: int
    results: list[BulkItem]


class NotePublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    candidate_id: uuid.UUID
    application_id: uuid.UUID | None
    author_id: uuid.UUID | None
    author: str
    body: str
    created_at: datetime


class CandidateInterview(BaseModel):
    """An interview with the candidate, and what its screening found."""

    id: uuid.UUID
    company_id: uuid.UUID
    company_name: str
    position_id: uuid.UUID | None
    interview_type: str
    status: str
    screening_score: float | None
    recommendation: str | None
    summary: str | None
    created_at: datetime
    analyzed_at: datetime | None


class CandidateDetail(CandidatePublic):
    """A candidate with where they stand: their applications and their interviews."""

    applications: list[ApplicationPublic]
    interviews: list[CandidateInterview]
