"""What the public may see of a position, and what an applicant sends."""

from __future__ import annotations

import uuid

from pydantic import BaseModel, ConfigDict

from matcha.candidates.schemas import Email, Phone
from matcha.types import Name


class BoardPosition(BaseModel):
    """A listed position: no internal fields (no status, ids of other rows, or matches)."""

    id: uuid.UUID
    title: str
    company: str
    description: str | None
    location: str | None
    department: str | None
    remote_policy: str | None
    employment_type: str | None
    experience_level: str | None
    salary_min: int | None
    salary_max: int | None
    required_skills: list[str]
    preferred_skills: list[str]
    requirements: list[str]
    responsibilities: list[str]


class Board(BaseModel):
    organisation: str
    slug: str
    positions: list[BoardPosition]


class Application(BaseModel):
    """The apply form; `website` is a honeypot that people leave empty."""

    model_config = ConfigDict(extra="ignore")  # multipart forms carry the file too

    name: Name
    email: Email
    phone: Phone | None = None
    resume_text: str | None = None
    website: str | None = None


class Received(BaseModel):
    """The same answer for every accepted application: nothing about other applicants."""

    status: str = "received"
    message: str = "Thank you: your application was received."
