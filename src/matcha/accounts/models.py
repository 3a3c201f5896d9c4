"""Organisations own all data; users belong to one; tokens stand for a user or a script."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from matcha.db import Base, IdMixin, TimestampMixin
from matcha.tenancy import Organisation, OrgOwned

__all__ = ["AuthToken", "Organisation", "Role", "TokenKind", "User"]


class Role(StrEnum):
    admin = "admin"  # everything a recruiter does, and manages users and API tokens
    recruiter = "recruiter"  # reads and writes the organisation's data, runs AI jobs
    viewer = "viewer"  # reads only


class TokenKind(StrEnum):
    session = "session"  # from logging in; expires after MATCHA_SESSION_TTL minutes
    api = "api"  # for scripts; lives until revoked (or its optional expiry)


class User(IdMixin, TimestampMixin, OrgOwned, Base):
    __tablename__ = "users"
    __table_args__ = (UniqueConstraint("email"),)

    email: Mapped[str] = mapped_column(String(320))
    name: Mapped[str | None] = mapped_column(String(200))
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(20), default=Role.recruiter)
    disabled: Mapped[bool] = mapped_column(default=False)


class AuthToken(IdMixin, TimestampMixin, OrgOwned, Base):
    """A bearer token. Only its keyed digest is stored; the token itself is shown once."""

    __tablename__ = "auth_tokens"

    digest: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(10))
    # The user who logged in, or the admin who made the API token: removing or disabling them
    # ends the token, and a token never acts with a higher role than theirs.
    user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str | None] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    expires_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]
    last_used_at: Mapped[datetime | None]
