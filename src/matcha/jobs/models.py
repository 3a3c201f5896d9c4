"""The job record: the database, not the broker, is the source of truth for every AI job run."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from matcha.db import Base, IdMixin, TimestampMixin
from matcha.tenancy import OrgOwned


class JobKind(StrEnum):
    analyze_interview = "analyze_interview"
    aggregate_culture = "aggregate_culture"
    match_company = "match_company"
    match_position = "match_position"
    import_csv = "import_csv"


class JobStatus(StrEnum):
    queued = "queued"
    running = "running"
    succeeded = "succeeded"
    failed = "failed"


ACTIVE_STATUSES = (JobStatus.queued, JobStatus.running)
_ACTIVE = text("status IN ('queued', 'running')")


class Job(IdMixin, TimestampMixin, OrgOwned, Base):
    __tablename__ = "jobs"
    __table_args__ = (
        # At most one live job per (kind, subject): asking twice returns the first.
        Index(
            "uq_jobs_active_subject",
            "kind",
            "subject_id",
            unique=True,
            sqlite_where=_ACTIVE,
            postgresql_where=_ACTIVE,
        ),
        Index("ix_jobs_status_next_attempt", "status", "next_attempt_at"),
    )

    kind: Mapped[str] = mapped_column(String(40))
    subject_id: Mapped[uuid.UUID] = mapped_column(index=True)
    mode: Mapped[str] = mapped_column(String(10), default="async")
    params: Mapped[dict[str, Any]] = mapped_column(default=dict)
    status: Mapped[str] = mapped_column(String(20), default=JobStatus.queued, index=True)
    progress_done: Mapped[int] = mapped_column(default=0)
    progress_total: Mapped[int] = mapped_column(default=1)  # matching sets it to N candidates
    attempts: Mapped[int] = mapped_column(default=0)
    max_attempts: Mapped[int] = mapped_column(default=3)
    error_code: Mapped[str | None] = mapped_column(String(60))
    error_message: Mapped[str | None] = mapped_column(Text)
    result: Mapped[dict[str, Any] | None]
    worker: Mapped[str | None] = mapped_column(String(200))
    # What the run spent on models (zero with the embedded analyzer).
    provider: Mapped[str | None] = mapped_column(String(40))
    model: Mapped[str | None] = mapped_column(String(200))
    llm_calls: Mapped[int] = mapped_column(default=0)
    tokens_in: Mapped[int] = mapped_column(default=0)
    tokens_out: Mapped[int] = mapped_column(default=0)
    # The failed job this one was queued to retry (POST /api/jobs/{id}/retry), if any.
    retry_of: Mapped[uuid.UUID | None]
    lease_token: Mapped[uuid.UUID | None]
    lease_expires_at: Mapped[datetime | None]
    next_attempt_at: Mapped[datetime | None]
    dispatched_at: Mapped[datetime | None]
    started_at: Mapped[datetime | None]
    finished_at: Mapped[datetime | None]
