"""Public shape of a culture profile."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import BaseModel, ConfigDict, computed_field

from matcha.ai.schemas import CultureData


class CultureProfilePublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    company_id: uuid.UUID
    profile_data: CultureData
    interview_count: int
    created_at: datetime
    updated_at: datetime

    @computed_field  # type: ignore[prop-decorator]
    @property
    def last_updated(self) -> datetime:
        """The user's original name for the time of the last aggregation."""
        return self.updated_at
