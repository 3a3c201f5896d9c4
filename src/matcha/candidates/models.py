"""Candidates: a résumé and the profile parsed from it."""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from matcha.db import Base, IdMixin, TimestampMixin
from matcha.search import fulltext
from matcha.tenancy import OrgOwned


class Candidate(IdMixin, TimestampMixin, OrgOwned, Base):
    __tablename__ = "candidates"
    __table_args__ = (UniqueConstraint("org_id", "resume_hash"),)  # a résumé once per org

    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320))
    phone: Mapped[str | None] = mapped_column(String(50))
    resume_text: Mapped[str] = mapped_column(Text)
    resume_hash: Mapped[str] = mapped_column(String(64))
    skills: Mapped[list[Any]] = mapped_column(default=list)
    experience_years: Mapped[float] = mapped_column(default=0.0)
    education: Mapped[list[Any]] = mapped_column(default=list)
    parsed_data: Mapped[dict[str, Any]] = mapped_column(default=dict)


# The database's full-text index of candidates is created and dropped with their table.
fulltext.attach(Candidate.__table__)  # type: ignore[arg-type]
