"""The lock that lets only one API process launch a worker (liveness rows: jobs/engine)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from matcha.db import Base


class Lock(Base):
    """A named, expiring lock (compare-and-set on `holder`/`expires_at`)."""

    __tablename__ = "locks"

    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    holder: Mapped[str | None] = mapped_column(String(200))
    expires_at: Mapped[datetime | None]
