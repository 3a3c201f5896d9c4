"""Request and response shapes for companies."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, model_validator

from matcha.culture.schemas import CultureProfilePublic
from matcha.types import BlankAllowed, Label, Name, drop_blanks

_BLANK_IS_ABSENT = ("industry", "size")  # "" from the original frontend's untouched inputs


class CompanyBase(BaseModel):
    name: Name
    industry: Annotated[Name | None, BlankAllowed] = None
    size: Annotated[Label | None, BlankAllowed] = None


class CompanyCreate(CompanyBase):
    model_config = ConfigDict(extra="forbid")

    @model_validator(mode="before")
    @classmethod
    def _blanks(cls, data: Any) -> Any:
        return drop_blanks(data, _BLANK_IS_ABSENT)


class CompanyUpdate(BaseModel):
    """Only the fields sent are changed; `name` cannot be cleared."""

    model_config = ConfigDict(extra="forbid")

    name: Name | None = None
    industry: Annotated[Name | None, BlankAllowed] = None
    size: Annotated[Label | None, BlankAllowed] = None

    @model_validator(mode="before")
    @classmethod
    def _blanks(cls, data: Any) -> Any:
        return drop_blanks(data, _BLANK_IS_ABSENT)

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
