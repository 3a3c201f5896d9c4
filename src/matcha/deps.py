"""FastAPI dependencies shared by every router."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Query, Request, Response, Security
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from matcha import ratelimit
from matcha.accounts import service as accounts
from matcha.accounts.models import Role
from matcha.accounts.service import Principal
from matcha.config import get_settings
from matcha.db import get_sessionmaker
from matcha.errors import Forbidden, Unauthorized
from matcha.pagination import Page
from matcha.tenancy import scope


def get_db() -> Iterator[Session]:
    """One session per request; services commit what they change, anything else is rolled back.
    Routes take `SessionDep`, the same session scoped to the caller's organisation."""
    session = get_sessionmaker()()
    try:
        yield session
    finally:
        session.rollback()
        session.close()


DbDep = Annotated[Session, Depends(get_db)]
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
bearer = HTTPBearer(
    auto_error=False,
    description="A token from POST /api/auth/token (login) or POST /api/tokens (scripts)",
)


def client_address(request: Request) -> str:
    """The caller's address, the key of per-address limits (logins, registrations)."""
    return request.client.host if request.client else "unknown"


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


def get_page(
    response: Response,
    limit: Annotated[int, Query(ge=1, le=500, description="Items per page")] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000_000, description="Items to skip")] = 0,
) -> Page:
    """Page parameters; the total lands in `X-Total-Count`, the next page in `Link`."""

    def headers(page: Page, total: int, returned: int) -> None:
        response.headers["X-Total-Count"] = str(total)
        if page.offset + returned < total:
            nxt = page.offset + page.limit
            response.headers["Link"] = f'<?limit={page.limit}&offset={nxt}>; rel="next"'

    return Page(limit=limit, offset=offset, on_total=headers)


SessionDep = Annotated[Session, Depends(get_session)]
AdminDep = Annotated[Principal, Depends(require_admin)]
AIQuota = Depends(ai_quota)
PageDep = Annotated[Page, Depends(get_page)]
