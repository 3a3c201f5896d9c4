"""HTTP routes: register, log in and out, who am I; users and API tokens for admins."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response, status
from fastapi.security import OAuth2PasswordRequestForm

from matcha import ratelimit
from matcha.accounts import logins, service
from matcha.accounts.deps import AdminDep, PrincipalDep, SessionDep
from matcha.accounts.models import AuthToken, Role, User
from matcha.accounts.schemas import (
    ORIGINAL_ROLES,
    ORIGINAL_SESSION,
    ApiTokenCreate,
    ApiTokenCreated,
    ApiTokenPublic,
    LoginRequest,
    Me,
    OrganisationPublic,
    OriginalMe,
    OriginalMeUser,
    OriginalTokenResponse,
    OriginalUser,
    Registered,
    RegisterRequest,
    TokenResponse,
    UserCreate,
    UserPublic,
    UserUpdate,
)
from matcha.accounts.service import Issued
from matcha.config import get_settings
from matcha.deps import DbDep, client_address

router = APIRouter(tags=["accounts"])


def _token(issued: Issued) -> TokenResponse:
    return TokenResponse(
        access_token=issued.token,
        expires_at=issued.row.expires_at,
        expires_in=service.expires_in(issued.row.expires_at),
        role=Role(issued.row.role),
    )


@router.post("/auth/register", status_code=status.HTTP_201_CREATED)
def register(data: RegisterRequest, request: Request, db: DbDep) -> Registered:
    """Create an organisation and its first user (an admin), and log them in. A taken email
    answers 409 without naming it; every attempt counts against the caller's address."""
    settings = get_settings()
    ratelimit.limit(
        db,
        "register:ip",
        client_address(request),
        allowed=settings.register_attempts,
        seconds=settings.register_window_seconds,
        what="registrations from this address",
    )
    org, user, issued = service.register(db, data)
    return Registered(
        **_token(issued).model_dump(),
        organisation=OrganisationPublic.model_validate(org),
        user=UserPublic.model_validate(user),
    )


@router.post("/auth/token")
def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()], request: Request, db: DbDep
) -> TokenResponse:
    """Log in with `username` (the email) and `password`, form-encoded as OAuth2 asks. 422 for
    control characters or an overlong field, 401 for wrong credentials, 429 past the limits."""
    issued = logins.login(db, form.username, form.password, client=client_address(request))
    return _token(issued)


@router.post("/auth/login")
def login_json(data: LoginRequest, request: Request, db: DbDep) -> OriginalTokenResponse:
    """Log in with a JSON `{email, password}`, the original frontend's way; the same checks
    and limits as `/auth/token`, answered in the original backend's shape."""
    issued = logins.login(
        db, data.email, data.password, client=client_address(request), name=ORIGINAL_SESSION
    )
    user = db.get(User, issued.row.user_id)
    assert user is not None, "a token was just issued for this user"
    return OriginalTokenResponse(
        access_token=issued.token,
        expires_in=service.expires_in(issued.row.expires_at),
        expires_at=issued.row.expires_at,
        user=OriginalUser(
            id=user.id,
            email=user.email,
            role=ORIGINAL_ROLES[Role(issued.row.role)],
            is_active=not user.disabled,
            created_at=user.created_at,
            last_login=None,
        ),
    )


@router.post("/auth/logout", status_code=status.HTTP_204_NO_CONTENT)
def logout(principal: PrincipalDep, db: DbDep) -> Response:
    """End the token this request was made with."""
    service.revoke_current(db, principal)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/auth/me", response_model=Me | OriginalMe)
def whoami(principal: PrincipalDep, session: SessionDep) -> Me:
    """The caller's organisation, user and token. For a session begun at `/auth/login` (the
    original frontend's), `user.role` is in that frontend's names (admin, client)."""
    org, user = service.me(session, principal)
    public = UserPublic.model_validate(user)
    token = session.get(AuthToken, principal.token_id)
    if token is not None and token.name == ORIGINAL_SESSION:
        shown = ORIGINAL_ROLES[Role(user.role)]
        return OriginalMe(
            organisation=OrganisationPublic.model_validate(org),
            user=OriginalMeUser(**{**public.model_dump(), "role": shown}),
            role=principal.role,
            token_kind=principal.token_kind,
        )
    return Me(
        organisation=OrganisationPublic.model_validate(org),
        user=public,
        role=principal.role,
        token_kind=principal.token_kind,
    )


@router.get("/users")
def list_users(_admin: AdminDep, session: SessionDep) -> list[UserPublic]:
    return [UserPublic.model_validate(u) for u in service.list_users(session)]


@router.post("/users", status_code=status.HTTP_201_CREATED)
def create_user(data: UserCreate, admin: AdminDep, session: SessionDep) -> UserPublic:
    """Add a user. Whether an email is taken is no secret to this answer, so attempts are
    limited per organisation (MATCHA_USER_CREATE_ATTEMPTS per MATCHA_USER_CREATE_WINDOW)."""
    settings = get_settings()
    ratelimit.limit(
        session,
        "users:org",
        str(admin.org_id),
        allowed=settings.user_create_attempts,
        seconds=settings.user_create_window_seconds,
        what="new users for this organisation",
    )
    return UserPublic.model_validate(service.add_user(session, admin.org_id, data))


@router.patch("/users/{user_id}")
def update_user(
    user_id: uuid.UUID, data: UserUpdate, _admin: AdminDep, session: SessionDep
) -> UserPublic:
    return UserPublic.model_validate(service.update_user(session, user_id, data))


@router.delete("/users/{user_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_user(user_id: uuid.UUID, admin: AdminDep, session: SessionDep) -> Response:
    service.delete_user(session, admin, user_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/tokens")
def list_tokens(_admin: AdminDep, session: SessionDep) -> list[ApiTokenPublic]:
    """The organisation's API tokens (never the tokens themselves)."""
    return [ApiTokenPublic.model_validate(t) for t in service.list_api_tokens(session)]


@router.post("/tokens", status_code=status.HTTP_201_CREATED)
def create_token(data: ApiTokenCreate, admin: AdminDep, session: SessionDep) -> ApiTokenCreated:
    """A long-lived token for scripts; the response is the only time it is shown."""
    issued = service.create_api_token(session, admin, data)
    public = ApiTokenPublic.model_validate(issued.row)
    return ApiTokenCreated(**public.model_dump(), token=issued.token)


@router.delete("/tokens/{token_id}")
def revoke_token(token_id: uuid.UUID, _admin: AdminDep, session: SessionDep) -> ApiTokenPublic:
    """Revoke an API token: it stops working at once."""
    return ApiTokenPublic.model_validate(service.revoke_api_token(session, token_id))
