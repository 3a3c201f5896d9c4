"""FastAPI dependencies that know who is calling: the principal behind a token or the web
UI's cookie, the gate every data route passes, the session scoped to the caller's
organisation, and the organisation's AI allowance."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request, Security
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from matcha import ratelimit
from matcha.accounts import service as accounts
from matcha.accounts.models import Role
from matcha.accounts.service import Principal
from matcha.config import get_settings
from matcha.deps import SAFE_METHODS, DbDep
from matcha.errors import Forbidden, Unauthorized
from matcha.tenancy import scope

bearer = HTTPBearer(
    auto_error=False,
    description="A token from POST /api/auth/token (login) or POST /api/tokens (scripts)",
)

SESSION_COOKIE = "matcha_session"
CSRF_HEADER = "X-Requested-With"


def current_principal(
    request: Request,
    db: DbDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Security(bearer)],
) -> Principal:
    """Who is calling, from `Authorization: Bearer <token>` or the web UI's session cookie;
    401 without a valid token. A cookie alone can't write unless the request also carries
    `X-Requested-With` (which no other site's page can add), so forged forms get 403."""
    if credentials is not None:
        return accounts.authenticate(db, credentials.credentials)
    cookie = request.cookies.get(SESSION_COOKIE)
    if cookie is None:
        raise Unauthorized(
            "send 'Authorization: Bearer <token>': log in at POST /api/auth/token to get one"
        )
    principal = accounts.authenticate(db, cookie)
    if request.method not in SAFE_METHODS and CSRF_HEADER not in request.headers:
        raise Forbidden(f"a request authenticated by cookie must send {CSRF_HEADER}")
    return principal


PrincipalDep = Annotated[Principal, Depends(current_principal)]


def authorize(request: Request, principal: PrincipalDep) -> Principal:
    """Every data route's gate: a viewer reads, a recruiter or admin also writes."""
    if request.method not in SAFE_METHODS and not principal.at_least(Role.recruiter):
        raise Forbidden(f"a {principal.role} can only read")
    return principal


def require_admin(principal: PrincipalDep) -> Principal:
    if not principal.at_least(Role.admin):
        raise Forbidden("only an admin manages users and API tokens")
    return principal


def get_session(db: DbDep, principal: PrincipalDep) -> Session:
    """The request's session, confined to the caller's organisation (see matcha.tenancy)."""
    return scope(db, principal.org_id)


def ai_quota(principal: PrincipalDep, db: DbDep) -> None:
    """Count an AI request against the organisation's per-minute allowance (429 past it), on
    the request's own session: it commits, so call it before the request changes anything."""
    ratelimit.limit(
        db,
        "ai",
        str(principal.org_id),
        allowed=get_settings().ai_requests_per_minute,
        seconds=60,
        what="AI requests for this organisation",
    )


SessionDep = Annotated[Session, Depends(get_session)]
AdminDep = Annotated[Principal, Depends(require_admin)]
AIQuota = Depends(ai_quota)
