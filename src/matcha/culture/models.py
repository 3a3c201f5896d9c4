"""Culture profiles: one per company, aggregated from its culture interviews."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from matcha.db import Base, IdMixin, TimestampMixin
from matcha.tenancy import OrgOwned


class CultureProfile(IdMixin, TimestampMixin, OrgOwned, Base):
    __tablename__ = "culture_profiles"

    company_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("companies.id", ondelete="CASCADE"), unique=True
    )
    profile_data: Mapped[dict[str, Any]]
    interview_count: Mapped[int] = mapped_column(default=0)
