"""Who is browsing: the session cookie, its CSRF token, and the org-scoped DB session of a page.

The cookie holds the same opaque session token as `Authorization: Bearer` (matcha.accounts.deps
reads it for /api calls too). A page's form can't send `X-Requested-With`, so UI forms carry a
hidden token derived from the session token instead; another site can read neither.
"""

from __future__ import annotations

import hmac
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse
from sqlalchemy.orm import Session

from matcha.accounts import service as accounts
from matcha.accounts import tokens
from matcha.accounts.deps import CSRF_HEADER, SESSION_COOKIE
from matcha.accounts.models import Role
from matcha.accounts.service import Principal
from matcha.deps import SAFE_METHODS, DbDep
from matcha.errors import Forbidden, Unauthorized
from matcha.tenancy import scope
from matcha.web.routing import LoginRequired
from matcha.web.templating import render_page

CSRF_FIELD = "csrf"


def csrf_token(session_token: str) -> str:
    """The hidden form field that proves a POST came from one of our pages: the same keyed
    digest as a stored token's, of another message."""
    return tokens.digest("csrf:" + session_token)


def same_origin(request: Request) -> bool:
    """False when the browser says the request comes from another site's page."""
    origin = request.headers.get("origin")
    if origin is None:  # not sent by every browser for same-origin form posts
        return True
    hosts = {request.headers.get("host"), request.headers.get("x-forwarded-host")}
    return origin.split("://", 1)[-1] in hosts - {None}


async def posted_csrf(request: Request) -> AsyncIterator[str | None]:
    """The CSRF field of a posted form (read here, async; the form is cached for the route,
    and its uploaded files are closed after it, even when the request is refused)."""
    content_type = request.headers.get("content-type", "")
    is_form = content_type.startswith(("application/x-www-form-urlencoded", "multipart/form-data"))
    if request.method in SAFE_METHODS or not is_form:
        yield None
        return
    form = await request.form()
    try:
        value = form.get(CSRF_FIELD)
        yield value if isinstance(value, str) else None
    finally:
        await form.close()


@dataclass
class Ui:
    """Everything a page needs: the scoped session, who is browsing, and how to render."""

    request: Request
    session: Session
    principal: Principal
    email: str
    org_name: str
    csrf: str

    @property
    def can_write(self) -> bool:
        """Recruiters and admins; a viewer sees no write buttons."""
        return self.principal.at_least(Role.recruiter)

    def require_writer(self) -> None:
        if not self.can_write:
            raise Forbidden(f"a {self.principal.role} can only read")

    def render(self, name: str, *, status: int = 200, **context: Any) -> HTMLResponse:
        return render_page(self.request, name, status=status, ui=self, **context)


def get_ui(request: Request, db: DbDep, csrf: Annotated[str | None, Depends(posted_csrf)]) -> Ui:
    """The browsing user from the session cookie (else the login page); a POST must carry the
    form's CSRF token or `X-Requested-With`, and come from this site."""
    token = request.cookies.get(SESSION_COOKIE)
    if not token:
        raise LoginRequired("log in first")
    try:
        principal = accounts.authenticate(db, token)
    except Unauthorized as exc:
        raise LoginRequired(exc.message) from None
    expected = csrf_token(token)
    if request.method not in SAFE_METHODS:
        proven = CSRF_HEADER in request.headers or (
            csrf is not None and hmac.compare_digest(csrf, expected)
        )
        if not proven or not same_origin(request):
            raise Forbidden("this form is stale or came from another site: reload the page")
    session = scope(db, principal.org_id)
    org, user = accounts.me(session, principal)
    session.commit()  # hand the connection back before the page's own thread (see authenticate)
    return Ui(request, session, principal, user.email, org.name, expected)


UiDep = Annotated[Ui, Depends(get_ui)]
