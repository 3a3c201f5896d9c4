"""Registration, login, token checks, and the admin's management of users and API tokens."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from matcha.accounts import passwords, tokens
from matcha.accounts.models import AuthToken, Organisation, Role, TokenKind, User
from matcha.accounts.schemas import (
    ApiTokenCreate,
    RegisterRequest,
    UserCreate,
    UserUpdate,
)
from matcha.config import get_settings
from matcha.db import get_or_404, utcnow
from matcha.errors import (
    Conflict,
    Forbidden,
    NotFound,
    Unauthorized,
)

RANK = {Role.viewer: 0, Role.recruiter: 1, Role.admin: 2}
LAST_USED_EVERY = timedelta(minutes=1)  # how stale `last_used_at` may get (saves a write)


@dataclass(frozen=True)
class Principal:
    """Who is calling: the organisation everything is scoped to, and what they may do."""

    org_id: uuid.UUID
    user_id: uuid.UUID
    role: Role
    token_id: uuid.UUID
    token_kind: TokenKind

    def at_least(self, role: Role) -> bool:
        return RANK[self.role] >= RANK[role]


@dataclass(frozen=True)
class Issued:
    token: str
    row: AuthToken


def issue(
    session: Session,
    user: User,
    kind: TokenKind,
    *,
    role: Role,
    ttl: timedelta | None,
    name: str | None = None,
) -> Issued:
    token = tokens.new_token(kind)
    row = AuthToken(
        digest=tokens.digest(token),
        kind=kind,
        org_id=user.org_id,
        user_id=user.id,
        role=role,
        name=name,
        expires_at=utcnow() + ttl if ttl is not None else None,
    )
    session.add(row)
    return Issued(token, row)


def session_ttl() -> timedelta:
    return timedelta(minutes=get_settings().session_ttl_minutes)


def register(session: Session, data: RegisterRequest) -> tuple[Organisation, User, Issued]:
    """A new organisation with its first user, an admin, logged in."""
    if get_settings().registration == "closed":
        raise Forbidden("registration is closed on this server: ask its operator for an account")
    org = Organisation(name=data.organisation)
    session.add(org)
    session.flush()
    user = create_user(
        session,
        org.id,
        UserCreate(email=data.email, password=data.password, role=Role.admin, name=data.name),
    )
    issued = issue(session, user, TokenKind.session, role=Role.admin, ttl=session_ttl())
    session.commit()
    return org, user, issued


def create_user(session: Session, org_id: uuid.UUID, data: UserCreate) -> User:
    """Add a user to `org_id` (flushed, not committed). Emails are unique across the server."""
    user = User(
        org_id=org_id,
        email=data.email,
        name=data.name,
        role=data.role,
        password_hash=passwords.hash_password(data.password),
    )
    try:
        with session.begin_nested():
            session.add(user)
    except IntegrityError:
        # Never echo the address: the caller learns only that it is taken (see README).
        raise Conflict("a user with this email already exists") from None
    return user


def add_user(session: Session, org_id: uuid.UUID, data: UserCreate) -> User:
    """An admin adds a user to their organisation."""
    user = create_user(session, org_id, data)
    session.commit()
    return user


def add_user_to_named_org(
    session: Session, org_name: str, data: UserCreate, *, create: bool = False
) -> User:
    """The operator's way in (CLI): add a user to the organisation called `org_name`."""
    orgs = session.scalars(select(Organisation).where(Organisation.name == org_name)).all()
    if len(orgs) > 1:
        raise Conflict(f"{len(orgs)} organisations are called {org_name!r}")
    if not orgs and not create:
        names = session.scalars(select(Organisation.name).order_by(Organisation.name)).all()
        raise NotFound("organisation", f"{org_name!r} (there are: {', '.join(names) or 'none'})")
    org = orgs[0] if orgs else Organisation(name=org_name)
    session.add(org)
    session.flush()
    return add_user(session, org.id, data)


def authenticate(session: Session, token: str) -> Principal:
    """The principal a bearer token stands for, or Unauthorized (missing, forged, expired,
    revoked, or its user removed or disabled)."""
    if len(token) > tokens.MAX_TOKEN_CHARS or not token.startswith(tuple(tokens.PREFIX.values())):
        raise Unauthorized("the bearer token is not a matcha token")
    found = session.execute(
        select(AuthToken, User)
        .join(User, User.id == AuthToken.user_id)
        .where(AuthToken.digest == tokens.digest(token))
    ).first()
    if found is None:
        raise Unauthorized("the bearer token is not valid")
    row, user = found
    now = utcnow()
    if row.revoked_at is not None:
        raise Unauthorized("the token was revoked")
    if row.expires_at is not None and row.expires_at <= now:
        raise Unauthorized("the token has expired: log in again")
    if user.disabled:
        raise Unauthorized("the token's user is disabled")
    if row.last_used_at is None or now - row.last_used_at > LAST_USED_EVERY:
        session.execute(update(AuthToken).where(AuthToken.id == row.id).values(last_used_at=now))
    role = Role(user.role) if row.kind == TokenKind.session else _lower(row.role, user.role)
    # Always end the transaction, which returns the connection to the pool: FastAPI runs each
    # dependency on a thread of its own, and a request that held a connection while waiting for
    # its next thread could starve the pool once every thread waits for a connection.
    session.commit()
    return Principal(row.org_id, user.id, role, row.id, TokenKind(row.kind))


def _lower(a: str, b: str) -> Role:
    return min(Role(a), Role(b), key=RANK.__getitem__)


def revoke_current(session: Session, principal: Principal) -> None:
    """Log out: the token that made this request stops working now."""
    session.execute(
        update(AuthToken).where(AuthToken.id == principal.token_id).values(revoked_at=utcnow())
    )
    session.commit()


def me(session: Session, principal: Principal) -> tuple[Organisation, User]:
    org = get_or_404(session, Organisation, principal.org_id, label="organisation")
    return org, get_or_404(session, User, principal.user_id, label="user")


# --- the admin's pages (the session is scoped to the admin's organisation) -------------------


def list_users(session: Session) -> Sequence[User]:
    return session.scalars(select(User).order_by(User.created_at, User.id)).all()


def _admins(session: Session) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(User)
            .where(User.role == Role.admin, User.disabled.is_(False))
        )
        or 0
    )


def update_user(session: Session, user_id: uuid.UUID, data: UserUpdate) -> User:
    """Change what the admin sent; a new password or disabling ends the user's sessions."""
    user = get_or_404(session, User, user_id, label="user")
    changes = data.model_dump(exclude_unset=True)
    demotes = changes.get("role", user.role) != Role.admin or changes.get("disabled") is True
    if user.role == Role.admin and not user.disabled and demotes and _admins(session) <= 1:
        raise Conflict("this is the organisation's last admin: make another admin first")
    if "password" in changes:
        user.password_hash = passwords.hash_password(changes.pop("password"))
        _end_sessions(session, user.id)
    for field, value in changes.items():
        setattr(user, field, value)
    if user.disabled:
        _end_sessions(session, user.id)
    session.commit()
    return user


def _end_sessions(session: Session, user_id: uuid.UUID) -> None:
    session.execute(
        update(AuthToken)
        .where(AuthToken.user_id == user_id, AuthToken.revoked_at.is_(None))
        .where(AuthToken.kind == TokenKind.session)
        .values(revoked_at=utcnow())
    )


def delete_user(session: Session, principal: Principal, user_id: uuid.UUID) -> None:
    """Remove a user; every token they hold or made ends with them."""
    user = get_or_404(session, User, user_id, label="user")
    if user.id == principal.user_id:
        raise Conflict("you can't remove yourself: another admin can")
    if user.role == Role.admin and not user.disabled and _admins(session) <= 1:
        raise Conflict("this is the organisation's last admin")
    session.delete(user)
    session.commit()


def list_api_tokens(session: Session) -> Sequence[AuthToken]:
    return session.scalars(
        select(AuthToken)
        .where(AuthToken.kind == TokenKind.api)
        .order_by(AuthToken.created_at.desc(), AuthToken.id)
    ).all()


def create_api_token(session: Session, principal: Principal, data: ApiTokenCreate) -> Issued:
    user = get_or_404(session, User, principal.user_id, label="user")
    ttl = timedelta(days=data.expires_in_days) if data.expires_in_days else None
    issued = issue(session, user, TokenKind.api, role=data.role, ttl=ttl, name=data.name)
    session.commit()
    return issued


def revoke_api_token(session: Session, token_id: uuid.UUID) -> AuthToken:
    row = session.scalar(
        select(AuthToken).where(AuthToken.id == token_id, AuthToken.kind == TokenKind.api)
    )
    if row is None:
        raise NotFound("token", token_id)
    if row.revoked_at is None:
        row.revoked_at = utcnow()
        session.commit()
    return row


def expires_in(expires_at: datetime | None) -> int | None:
    if expires_at is None:
        return None
    return max(int((expires_at - utcnow()).total_seconds()), 0)
