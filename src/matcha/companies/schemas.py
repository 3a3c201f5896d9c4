"""Request and response shapes for companies."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, model_validator

from matcha.culture.schemas import CultureProfilePublic
from matcha.types import BlankAllowed, BlanksAbsent, Label, Name


class CompanyBase(BaseModel):
    name: Name
    industry: Annotated[Name | None, BlankAllowed] = None
    size: Annotated[Label | None, BlankAllowed] = None


class CompanyCreate(CompanyBase, BlanksAbsent):
    model_config = ConfigDict(extra="forbid")


class CompanyUpdate(BlanksAbsent):
    """Only the fields sent are changed; `name` cannot be cleared."""

    model_config = ConfigDict(extra="forbid")

    name: Name | None = None
    industry: Annotated[Name | None, BlankAllowed] = None
    size: Annotated[Label | None, BlankAllowed] = None

    @model_validator(mode="after")
    def _name_not_null(self) -> CompanyUpdate:
        if "name" in self.model_fields_set and self.name is None:
            raise ValueError("name cannot be null")
        return self


class CompanyPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    name: str
    industry: str | None
    size: str | None
    created_at: datetime
    updated_at: datetime
    interview_count: int = 0
    culture_profile: CultureProfilePublic | None = None
