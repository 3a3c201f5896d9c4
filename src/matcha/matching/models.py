"""Match results: one row per company×candidate and per position×candidate, upserted."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint, true
from sqlalchemy.orm import Mapped, mapped_column

from matcha.db import Base, IdMixin, TimestampMixin
from matcha.tenancy import OrgOwned


class MatchResult(IdMixin, TimestampMixin, OrgOwned, Base):
    """A candidate's fit with a company's culture."""

    __tablename__ = "match_results"
    __table_args__ = (UniqueConstraint("company_id", "candidate_id"),)

    company_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("companies.id", ondelete="CASCADE"), index=True
    )
    candidate_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("candidates.id", ondelete="CASCADE"), index=True
    )
    match_score: Mapped[float]
    match_reasoning: Mapped[str] = mapped_column(Text)
    culture_fit_breakdown: Mapped[dict[str, Any]]
    strengths: Mapped[list[Any]] = mapped_column(default=list)
    concerns: Mapped[list[Any]] = mapped_column(default=list)
    input_hash: Mapped[str | None] = mapped_column(String(64))
    scored_by: Mapped[str] = mapped_column(String(100), default="embedded")


class PositionMatchResult(IdMixin, TimestampMixin, OrgOwned, Base):
    """A candidate's fit with a position: skills, experience and culture."""

    __tablename__ = "position_match_results"
    __table_args__ = (UniqueConstraint("position_id", "candidate_id"),)

    position_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("positions.id", ondelete="CASCADE"), index=True
    )
    candidate_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("candidates.id", ondelete="CASCADE"), index=True
    )
    overall_score: Mapped[float]
    skills_match_score: Mapped[float]
    experience_match_score: Mapped[float]
    culture_fit_score: Mapped[float]
    match_reasoning: Mapped[str] = mapped_column(Text)
    skills_breakdown: Mapped[dict[str, Any]]
    experience_breakdown: Mapped[dict[str, Any]]
    culture_fit_breakdown: Mapped[dict[str, Any]]
    # False when the candidate has none of the position's required skills; listed after the rest.
    qualified: Mapped[bool] = mapped_column(default=True, server_default=true())
    weights: Mapped[dict[str, Any] | None]  # None (rows from before it): POSITION_WEIGHTS
    input_hash: Mapped[str | None] = mapped_column(String(64))
    scored_by: Mapped[str] = mapped_column(String(100), default="embedded")
