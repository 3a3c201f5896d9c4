"""Companies: the organisations whose culture matcha learns."""

from __future__ import annotations

from typing import Any

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from matcha.db import Base, IdMixin, TimestampMixin
from matcha.tenancy import OrgOwned


class Company(IdMixin, TimestampMixin, OrgOwned, Base):
    __tablename__ = "companies"

    name: Mapped[str] = mapped_column(String(200))
    industry: Mapped[str | None] = mapped_column(String(200))
    size: Mapped[str | None] = mapped_column(String(100))

    # Its interviews, named through the mapper registry rather than imported (interviews/
    # depends on companies/, not the reverse); for joins such as the interview count, never
    # loaded on its own.
    interviews: Mapped[list[Any]] = relationship("Interview", viewonly=True, lazy="raise")
