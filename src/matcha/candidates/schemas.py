"""Request and response shapes for candidates."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    computed_field,
    model_validator,
)

from matcha.types import Name

Email = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True,
        max_length=320,
        pattern=r"^[^@\s\x00-\x1f\x7f]+@[^@\s\x00-\x1f\x7f]+$",
    ),
]
Phone = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True, min_length=3, max_length=50, pattern=r"^\+?[0-9][0-9 ().\-/x]*$"
    ),
]


class CandidateBase(BaseModel):
    name: Name
    email: Email | None = None
    phone: Phone | None = None


class CandidateCreate(CandidateBase):
    model_config = ConfigDict(extra="forbid")

    # Checked by service.clean_resume_text (stripped, non-empty, bounded, no control bytes).
    resume_text: Annotated[str, StringConstraints(min_length=1, pattern=r"\S")]


class CandidateUpdate(BaseModel):
    """Only the fields sent change; a new résumé text is parsed again (skills, years, …)."""

    model_config = ConfigDict(extra="forbid")

    name: Name | None = None
    email: Email | None = None
    phone: Phone | None = None
    resume_text: Annotated[str, StringConstraints(min_length=1, pattern=r"\S")] | None = None

    @model_validator(mode="after")
    def _not_null(self) -> CandidateUpdate:
        for field in ("name", "resume_text"):
            if field in self.model_fields_set and getattr(self, field) is None:
                raise ValueError(f"{field} cannot be null")
        return self


class CandidateUploadFields(BaseModel):
    """Optional form fields sent with an uploaded résumé; they win over what the parser finds.

    Not `extra="forbid"`: FastAPI validates the whole multipart form against this model, `file`
    included. Other parts are ignored, and nothing here can be mass-assigned anyway.
    """

    name: Name | None = None
    email: Email | None = None
    phone: Phone | None = None


class EducationPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    degree: str | None = None
    field: str | None = None
    institution: str | None = None
    year: int | None = None


class CandidatePublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    name: str
    email: str | None
    phone: str | None
    skills: list[str]
    experience_years: float
    education: list[EducationPublic]
    resume_text: str
    parsed_data: dict[str, Any]
    created_at: datetime
    updated_at: datetime


class UploadError(BaseModel):
    filename: str
    detail: str
    code: str
    existing_id: uuid.UUID | None = None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def file(self) -> str:
        """The same as `filename` (the original frontend's name)."""
        return self.filename

    @computed_field  # type: ignore[prop-decorator]
    @property
    def error(self) -> str:
        """The same as `detail` (the original frontend's name)."""
        return self.detail


class BulkUploadResult(BaseModel):
    """The candidates made and the files refused; the counts and ids repeat them in the
    original frontend's names."""

    created: list[CandidatePublic] = Field(default_factory=list)
    errors: list[UploadError] = Field(default_factory=list)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def success_count(self) -> int:
        return len(self.created)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def error_count(self) -> int:
        return len(self.errors)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def imported_ids(self) -> list[uuid.UUID]:
        return [c.id for c in self.created]
