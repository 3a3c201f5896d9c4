"""Public shapes of match results, as the user's clients read them."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from matcha.ai.schemas import PositionWeights


class MatchRequest(BaseModel):
    """Body of every match endpoint: score these candidates, or all of them when omitted."""

    model_config = ConfigDict(extra="forbid")

    candidate_ids: Annotated[list[uuid.UUID], Field(max_length=10_000)] | None = None


class CultureEvidence(BaseModel):
    """How much the culture fit rests on: dimensions known for both the company and the
    candidate (what is actually compared), those known for the company, and its interviews."""

    dimensions_compared: int
    dimensions_known: int
    dimensions_total: int
    interviews: int
    strength: Literal["thin", "moderate", "broad"]


class MatchPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    company_id: uuid.UUID
    candidate_id: uuid.UUID
    candidate_name: str
    match_score: float
    match_reasoning: str
    culture_fit_breakdown: dict[str, Any]
    strengths: list[str]
    concerns: list[str]
    scored_by: str
    created_at: datetime
    updated_at: datetime
    culture_evidence: CultureEvidence | None = None


class PositionMatchPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    position_id: uuid.UUID
    candidate_id: uuid.UUID
    candidate_name: str
    overall_score: float
    skills_match_score: float
    experience_match_score: float
    culture_fit_score: float
    match_reasoning: str
    skills_breakdown: dict[str, Any]
    experience_breakdown: dict[str, Any]
    culture_fit_breakdown: dict[str, Any]
    qualified: bool = Field(
        default=True, description="False when the candidate has none of the required skills."
    )
    weights: PositionWeights | None = Field(
        default=None,
        description="How overall_score weighed skills, experience and culture; null for "
        "matches scored before weights were stored, which used the standard 0.4/0.3/0.3.",
    )
    scored_by: str
    created_at: datetime
    updated_at: datetime
    culture_evidence: CultureEvidence | None = None
    # Where the candidate is in this position's pipeline (null: not in it).
    stage: str | None = None
    application_id: uuid.UUID | None = None
