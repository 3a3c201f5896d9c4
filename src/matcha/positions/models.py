"""Positions: open roles a company hires for."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import ForeignKey, String, Text, false, text
from sqlalchemy.orm import Mapped, mapped_column

from matcha.db import Base, IdMixin, TimestampMixin
from matcha.tenancy import OrgOwned


class Position(IdMixin, TimestampMixin, OrgOwned, Base):
    __tablename__ = "positions"

    company_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("companies.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    required_skills: Mapped[list[Any]] = mapped_column(default=list)
    preferred_skills: Mapped[list[Any]] = mapped_column(default=list)
    experience_level: Mapped[str | None] = mapped_column(String(20))
    min_years: Mapped[float | None]
    max_years: Mapped[float | None]
    remote_policy: Mapped[str | None] = mapped_column(String(20))
    requirements: Mapped[list[Any]] = mapped_column(default=list)
    responsibilities: Mapped[list[Any]] = mapped_column(default=list)
    location: Mapped[str | None] = mapped_column(String(200))
    employment_type: Mapped[str | None] = mapped_column(String(20))
    salary_min: Mapped[int | None]
    salary_max: Mapped[int | None]
    salary_currency: Mapped[str] = mapped_column(String(3), default="USD", server_default="USD")
    benefits: Mapped[list[Any]] = mapped_column(default=list, server_default=text("'[]'"))
    reporting_to: Mapped[str | None] = mapped_column(String(200))
    visa_sponsorship: Mapped[bool] = mapped_column(default=False, server_default=false())
    department: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20), default="active")
    # Listed on the organisation's public job board (/jobs/{org}) while active.
    show_on_job_board: Mapped[bool] = mapped_column(default=False, server_default=false())
