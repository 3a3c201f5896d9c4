"""Interviews: transcripts and what the analysis found in them."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from matcha.db import Base, IdMixin, TimestampMixin
from matcha.tenancy import OrgOwned

if TYPE_CHECKING:
    from matcha.candidates.models import Candidate


class InterviewType(StrEnum):
    culture = "culture"
    candidate = "candidate"
    screening = "screening"


class InterviewStatus(StrEnum):
    pending = "pending"
    in_progress = "in_progress"
    analyzing = "analyzing"
    completed = "completed"
    failed = "failed"


class Interview(IdMixin, TimestampMixin, OrgOwned, Base):
    __tablename__ = "interviews"

    company_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("companies.id", ondelete="CASCADE"), index=True
    )
    # Who the interview was with (candidate and screening interviews), and for which position:
    # both of the interview's organisation, checked when it is created.
    candidate_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("candidates.id", ondelete="SET NULL"), index=True
    )
    position_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("positions.id", ondelete="SET NULL"), index=True
    )
    interview_type: Mapped[str] = mapped_column(String(20), default=InterviewType.culture)
    interviewer_name: Mapped[str | None] = mapped_column(String(200))
    interviewer_role: Mapped[str | None] = mapped_column(String(200))
    transcript: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default=InterviewStatus.pending, index=True)
    status_reason: Mapped[str | None] = mapped_column(Text)
    raw_culture_data: Mapped[dict[str, Any] | None]
    conversation_analysis: Mapped[dict[str, Any] | None]
    screening_analysis: Mapped[dict[str, Any] | None]
    completed_at: Mapped[datetime | None]
    analyzed_at: Mapped[datetime | None]

    candidate: Mapped[Candidate | None] = relationship(lazy="joined")

    @property
    def candidate_name(self) -> str | None:
        """The name of the person interviewed, when the interview names one."""
        return self.candidate.name if self.candidate is not None else None
