"""Applications (a candidate on a position), their stage history, and notes."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from matcha.db import Base, IdMixin, TimestampMixin, utcnow
from matcha.tenancy import OrgOwned


class Stage(StrEnum):
    applied = "applied"
    screening = "screening"
    interview = "interview"
    offer = "offer"
    hired = "hired"
    rejected = "rejected"
    withdrawn = "withdrawn"


PIPELINE = (Stage.applied, Stage.screening, Stage.interview, Stage.offer, Stage.hired)
OPEN = (Stage.applied, Stage.screening, Stage.interview, Stage.offer)
CLOSED = (Stage.rejected, Stage.withdrawn)


class RejectionReason(StrEnum):
    skills = "skills"
    experience = "experience"
    culture = "culture"
    compensation = "compensation"
    screening = "screening"
    position_filled = "position_filled"
    no_response = "no_response"
    other = "other"


class Application(IdMixin, TimestampMixin, OrgOwned, Base):
    """A candidate in a position's pipeline: once per candidate and position."""

    __tablename__ = "applications"
    __table_args__ = (UniqueConstraint("position_id", "candidate_id"),)

    position_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("positions.id", ondelete="CASCADE"), index=True
    )
    candidate_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("candidates.id", ondelete="CASCADE"), index=True
    )
    stage: Mapped[str] = mapped_column(String(20), default=Stage.applied, index=True)
    stage_changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    source: Mapped[str | None] = mapped_column(String(100))
    rejection_reason: Mapped[str | None] = mapped_column(String(30))
    rejection_note: Mapped[str | None] = mapped_column(Text)
    screening_interview_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("interviews.id", ondelete="SET NULL")
    )
    screening_score: Mapped[float | None]
    screening_recommendation: Mapped[str | None] = mapped_column(String(20))
    suggested_stage: Mapped[str | None] = mapped_column(String(20))

    events: Mapped[list[ApplicationEvent]] = relationship(
        order_by="ApplicationEvent.created_at, ApplicationEvent.seq",
        cascade="all, delete-orphan",
        passive_deletes=True,
        lazy="selectin",
    )


class ApplicationEvent(IdMixin, OrgOwned, Base):
    """One change to an application: who, when, from which stage to which, and why."""

    __tablename__ = "application_events"

    application_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), index=True
    )
    seq: Mapped[int] = mapped_column(default=0)  # orders events of the same instant
    kind: Mapped[str] = mapped_column(String(20))  # added, moved, screening
    from_stage: Mapped[str | None] = mapped_column(String(20))
    to_stage: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str | None] = mapped_column(String(30))
    note: Mapped[str | None] = mapped_column(Text)
    actor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    actor: Mapped[str] = mapped_column(String(320))  # an email, or what acted (a screening)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Note(IdMixin, TimestampMixin, OrgOwned, Base):
    """Free text about a candidate, or about one of their applications."""

    __tablename__ = "notes"

    candidate_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("candidates.id", ondelete="CASCADE"), index=True
    )
    application_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), index=True
    )
    author_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    author: Mapped[str] = mapped_column(String(320))
    body: Mapped[str] = mapped_column(Text)
