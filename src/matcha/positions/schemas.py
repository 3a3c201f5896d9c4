"""Request and response shapes for positions."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from matcha.types import BlankAllowed, BlanksAbsent, Name

ExperienceLevel = Literal["entry", "mid", "senior", "lead", "executive"]
RemotePolicy = Literal["remote", "hybrid", "onsite"]
EmploymentType = Literal["full-time", "part-time", "contract", "internship", "temporary"]
PositionStatus = Literal["active", "closed", "draft"]

# Multi-line prose: tabs and newlines are fine, other control characters are not.
Description = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True, max_length=20_000, pattern=r"^[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f]*$"
    ),
]
Item = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True, min_length=1, max_length=500, pattern=r"^[^\x00-\x1f\x7f]*$"
    ),
]
Items = Annotated[list[Item], Field(max_length=100)]
Years = Annotated[float, Field(ge=0, le=80)]
Salary = Annotated[int, Field(ge=0, le=100_000_000)]
# An ISO 4217 code; the original frontend formats salaries with it.
Currency = Annotated[
    str, StringConstraints(strip_whitespace=True, to_upper=True, pattern=r"^[A-Za-z]{3}$")
]

# Fields a PATCH may not set to null (they have no "absent" value in the database).
_NOT_NULL = (
    "title",
    "required_skills",
    "preferred_skills",
    "requirements",
    "responsibilities",
    "benefits",
    "salary_currency",
    "visa_sponsorship",
)


def _check_ranges(values: dict[str, Any]) -> None:
    """min ≤ max for years and salary, whenever both are known."""
    for low, high in (("min_years", "max_years"), ("salary_min", "salary_max")):
        lo, hi = values.get(low), values.get(high)
        if lo is not None and hi is not None and lo > hi:
            raise ValueError(f"{low} ({lo}) must not exceed {high} ({hi})")


class PositionBase(BaseModel):
    title: Name
    description: Annotated[Description | None, BlankAllowed] = None
    required_skills: Items = Field(default_factory=list)
    preferred_skills: Items = Field(default_factory=list)
    experience_level: Annotated[ExperienceLevel | None, BlankAllowed] = None
    min_years: Annotated[Years | None, BlankAllowed] = None
    max_years: Annotated[Years | None, BlankAllowed] = None
    remote_policy: Annotated[RemotePolicy | None, BlankAllowed] = None
    requirements: Items = Field(default_factory=list)
    responsibilities: Items = Field(default_factory=list)
    location: Annotated[Name | None, BlankAllowed] = None
    employment_type: Annotated[EmploymentType | None, BlankAllowed] = None
    salary_min: Annotated[Salary | None, BlankAllowed] = None
    salary_max: Annotated[Salary | None, BlankAllowed] = None
    department: Annotated[Name | None, BlankAllowed] = None
    status: Annotated[PositionStatus, BlankAllowed] = "active"
    show_on_job_board: bool = False
    salary_currency: Annotated[Currency, BlankAllowed] = "USD"
    benefits: Items = Field(default_factory=list)
    reporting_to: Annotated[Name | None, BlankAllowed] = None
    visa_sponsorship: bool = False


class PositionCreate(PositionBase, BlanksAbsent):
    model_config = ConfigDict(extra="forbid")

    company_id: uuid.UUID

    @model_validator(mode="after")
    def _ranges(self) -> PositionCreate:
        _check_ranges(self.model_dump())
        return self


class PositionUpdate(BlanksAbsent):
    """Only the fields sent are changed; ranges are checked against the stored values too."""

    model_config = ConfigDict(extra="forbid")

    title: Name | None = None
    description: Annotated[Description | None, BlankAllowed] = None
    required_skills: Items | None = None
    preferred_skills: Items | None = None
    experience_level: Annotated[ExperienceLevel | None, BlankAllowed] = None
    min_years: Annotated[Years | None, BlankAllowed] = None
    max_years: Annotated[Years | None, BlankAllowed] = None
    remote_policy: Annotated[RemotePolicy | None, BlankAllowed] = None
    requirements: Items | None = None
    responsibilities: Items | None = None
    location: Annotated[Name | None, BlankAllowed] = None
    employment_type: Annotated[EmploymentType | None, BlankAllowed] = None
    salary_min: Annotated[Salary | None, BlankAllowed] = None
    salary_max: Annotated[Salary | None, BlankAllowed] = None
    department: Annotated[Name | None, BlankAllowed] = None
    status: Annotated[PositionStatus | None, BlankAllowed] = None
    show_on_job_board: bool | None = None
    salary_currency: Annotated[Currency | None, BlankAllowed] = None
    benefits: Items | None = None
    reporting_to: Annotated[Name | None, BlankAllowed] = None
    visa_sponsorship: bool | None = None

    @model_validator(mode="after")
    def _no_nulls_and_ranges(self) -> PositionUpdate:
        sent = self.model_dump(exclude_unset=True)
        for field in (*_NOT_NULL, "status", "show_on_job_board"):
            if field in sent and sent[field] is None:
                raise ValueError(f"{field} cannot be null")
        _check_ranges(sent)
        return self


class PositionPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    company_id: uuid.UUID
    title: str
    description: str | None
    required_skills: list[str]
    preferred_skills: list[str]
    experience_level: ExperienceLevel | None
    min_years: float | None
    max_years: float | None
    remote_policy: RemotePolicy | None
    requirements: list[str]
    responsibilities: list[str]
    location: str | None
    employment_type: EmploymentType | None
    salary_min: int | None
    salary_max: int | None
    department: str | None
    status: PositionStatus
    show_on_job_board: bool
    salary_currency: str
    benefits: list[str]
    reporting_to: str | None
    visa_sponsorship: bool
    company_name: str | None = Field(
        default=None, description="The company's name (what the original frontend shows)"
    )
    created_at: datetime
    updated_at: datetime


class PositionDetail(PositionPublic):
    """A position with its pipeline: applications per stage, and their average days there."""

    pipeline: dict[str, int]
    days_in_stage: dict[str, float]
