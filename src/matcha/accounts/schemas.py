"""Request and response shapes for registration, login, users and API tokens."""

from __future__ import annotations

import re
import uuid
from datetime import datetime
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)

from matcha.accounts.models import Role, TokenKind
from matcha.accounts.passwords import MAX_PASSWORD, MIN_PASSWORD
from matcha.types import Name

MAX_EMAIL = 320
# C0 and C1 controls, DEL, and the Unicode line and paragraph separators: PostgreSQL refuses NUL
# and the rest have no place in an address (they break logs, mail headers and CSVs).
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _no_control(value: Any) -> Any:
    """Checked before whitespace is stripped, so a leading tab is refused too."""
    if isinstance(value, str) and _CONTROL.search(value):
        raise ValueError("must not contain control characters")
    return value


# The before-validator is listed last so that it wraps (runs before) the constraints.
Email = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True,
        to_lower=True,
        max_length=MAX_EMAIL,
        pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$",
    ),
    BeforeValidator(_no_control),
]
# What a login may send as its username: the same normalisation as Email, and no control
# characters, but any shape, so a mistyped address is just a failed (and counted) login.
LoginEmail = Annotated[
    str,
    StringConstraints(strip_whitespace=True, to_lower=True, min_length=1, max_length=MAX_EMAIL),
    BeforeValidator(_no_control),
]
Password = Annotated[str, Field(min_length=MIN_PASSWORD, max_length=MAX_PASSWORD)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RegisterRequest(Strict):
    organisation: Name = Field(description="The new organisation's name")
    email: Email
    password: Password
    name: Name | None = None


class LoginRequest(Strict):
    """A login's username and password; no stored password is longer than MAX_PASSWORD."""

    email: LoginEmail
    password: Annotated[str, Field(min_length=1, max_length=MAX_PASSWORD)]


class OrganisationPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    name: str
    created_at: datetime


class UserPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    email: str
    name: str | None
    role: Role
    disabled: bool
    created_at: datetime


class TokenResponse(BaseModel):
    """A bearer token: send it as `Authorization: Bearer <access_token>`."""

    access_token: str
    token_type: str = "bearer"
    expires_at: datetime | None
    expires_in: int | None = Field(description="Seconds until it expires")
    role: Role


# The original frontend's roles: it shows its pages by these. matcha's recruiters and viewers
# are its "client" users (a viewer's writes are still refused with 403).
ORIGINAL_ROLES: dict[Role, str] = {
    Role.admin: "admin",
    Role.recruiter: "client",
    Role.viewer: "client",
}


# The name of the session tokens `POST /api/auth/login` issues: `GET /api/auth/me` answers
# them with the user's role in the original frontend's names, which it reads from there.
ORIGINAL_SESSION = "original frontend"


class OriginalUser(BaseModel):
    """The user as the original frontend's login reads it."""

    id: uuid.UUID
    email: str
    role: str = Field(description="admin or client (matcha's recruiter and viewer)")
    is_active: bool
    created_at: datetime
    last_login: datetime | None = Field(description="Always null: matcha does not record it")


class OriginalTokenResponse(BaseModel):
    """`POST /api/auth/login`'s answer, in the original backend's shape. matcha has no refresh
    tokens: `refresh_token` is empty, so the client logs in again when the session ends."""

    access_token: str
    refresh_token: str = ""
    token_type: str = "bearer"
    expires_in: int | None = Field(description="Seconds until it expires")
    expires_at: datetime | None
    user: OriginalUser


class Registered(TokenResponse):
    organisation: OrganisationPublic
    user: UserPublic


class Me(BaseModel):
    organisation: OrganisationPublic
    user: UserPublic
    role: Role = Field(description="What this token may do (an API token's role)")
    token_kind: TokenKind


class OriginalMeUser(UserPublic):
    role: str = Field(  # type: ignore[assignment]
        description="The original frontend's name for it: admin, or client (recruiter, viewer)"
    )


class OriginalMe(Me):
    """`/auth/me` for a session begun at `/auth/login`: the user's role in the original
    frontend's names; the token's `role` beside it stays matcha's."""

    user: OriginalMeUser


class UserCreate(Strict):
    email: Email
    password: Password
    role: Role = Role.recruiter
    name: Name | None = None


class UserUpdate(Strict):
    """Only the fields sent are changed; `name` alone may be cleared with null."""

    role: Role | None = None
    disabled: bool | None = None
    name: Name | None = None
    password: Password | None = None

    @model_validator(mode="after")
    def _no_nulls(self) -> UserUpdate:
        for field in ("role", "disabled", "password"):
            if field in self.model_fields_set and getattr(self, field) is None:
                raise ValueError(f"{field} cannot be null")
        return self


class ApiTokenCreate(Strict):
    name: Name = Field(description="What the token is for, e.g. 'nightly import'")
    role: Role = Role.recruiter
    expires_in_days: int | None = Field(
        default=None, ge=1, le=3650, description="Leave out for a token that lives until revoked"
    )


class ApiTokenPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    name: str | None
    role: Role
    user_id: uuid.UUID = Field(description="The admin who made it")
    created_at: datetime
    expires_at: datetime | None
    revoked_at: datetime | None
    last_used_at: datetime | None


class ApiTokenCreated(ApiTokenPublic):
    token: str = Field(description="Shown once: matcha keeps only a digest of it")
