"""Worker liveness rows: which worker holds which jobs, and whether it still beats (the sweeper
reads them to recover the jobs of dead workers)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from matcha.db import Base, utcnow


class WorkerRecord(Base):
    """One worker process, as it last reported itself (a heartbeat every few seconds)."""

    __tablename__ = "workers"

    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    host: Mapped[str] = mapped_column(String(200))
    pid: Mapped[int]
    mode: Mapped[str] = mapped_column(String(20))
    queues: Mapped[list[Any]] = mapped_column(default=list)
    concurrency: Mapped[int] = mapped_column(default=1)
    status: Mapped[str] = mapped_column(String(20), default="running")
    rss_bytes: Mapped[int] = mapped_column(default=0)
    running_jobs: Mapped[list[Any]] = mapped_column(default=list)
    jobs_done: Mapped[int] = mapped_column(default=0)
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    stopped_at: Mapped[datetime | None]
