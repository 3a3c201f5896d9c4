"""What the public may see of a position, and what an applicant sends."""

from __future__ import annotations

import uuid
from typing import Annotated

from pydantic import BaseModel, BeforeValidator, ConfigDict

from matcha.applications.schemas import Text
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


def _blank_is_none(value: object) -> object:
    """A form sends an empty field as "": that is no cover note."""
    return None if isinstance(value, str) and not value.strip() else value


class Application(BaseModel):
    """The apply form; `website` is a honeypot that people leave empty. The cover note becomes
    the first note on the application (notes are where recruiters read about an application)."""

    model_config = ConfigDict(extra="ignore")  # multipart forms carry the file too

    name: Name
    email: Email
    phone: Phone | None = None
    resume_text: str | None = None
    cover_note: Annotated[Text | None, BeforeValidator(_blank_is_none)] = None
    website: str | None = None


class Received(BaseModel):
    """The same answer for every accepted application: nothing about other applicants."""

    status: str = "received"
    message: str = "Thank you: your application was received."
