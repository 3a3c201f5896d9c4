"""Log in (a form that sets the session cookie) and log out (the token is revoked)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Form, Request, Response
from fastapi.responses import RedirectResponse

from matcha.accounts import logins
from matcha.accounts import service as accounts
from matcha.accounts.deps import SESSION_COOKIE
from matcha.config import get_settings
from matcha.deps import DbDep, client_address
from matcha.errors import InvalidInput, TooManyRequests, Unauthorized
from matcha.web.routing import LOGIN, safe_next, ui_router
from matcha.web.session import UiDep, same_origin
from matcha.web.templating import render_page

router = ui_router()
HOME = "/ui/companies"


def _login_page(
    request: Request,
    *,
    status: int = 200,
    error: str = "",
    email: str = "",
    notice: str = "",
    next_url: str = "",
) -> Response:
    return render_page(
        request,
        "login.html",
        status=status,
        ui=None,
        title="Log in",
        error=error,
        email=email,
        notice=notice,
        next=safe_next(next_url or request.query_params.get("next", "")),
        demo_hint=get_settings().dev,
    )


@router.get("/ui/login")
def login_form(request: Request, db: DbDep) -> Response:
    """The login form; someone already logged in goes on to where they were heading."""
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        try:
            accounts.authenticate(db, token)
        except Unauthorized:
            pass
        else:
            return RedirectResponse(safe_next(request.query_params.get("next", "")) or HOME, 303)
    notice = "You are logged out." if "logged_out" in request.query_params else ""
    return _login_page(request, notice=notice)


@router.post("/ui/login")
def login(
    request: Request,
    db: DbDep,
    email: Annotated[str, Form()] = "",
    password: Annotated[str, Form()] = "",
    next: Annotated[str, Form()] = "",
) -> Response:
    """Check the password (logins.login: validated, rate-limited), then set the session cookie."""

    def again(status: int, error: str, *, keep_email: bool = True) -> Response:
        shown = email if keep_email else ""
        return _login_page(request, status=status, error=error, email=shown, next_url=next)

    if not same_origin(request):
        return again(403, "This form came from another site.")
    if not email.strip() or not password:
        return again(422, "Enter your email and password.")
    try:
        issued = logins.login(db, email, password, client=client_address(request))
    except InvalidInput:
        return again(
            422,
            "Enter a valid email and password: no control characters, at most 320 and "
            "256 characters.",
            keep_email=False,
        )
    except TooManyRequests as exc:
        return again(429, exc.message)
    except Unauthorized:
        return again(401, "Wrong email or password.")
    response = RedirectResponse(safe_next(next) or HOME, status_code=303)
    response.set_cookie(
        SESSION_COOKIE,
        issued.token,
        max_age=int(accounts.session_ttl().total_seconds()),
        path="/",
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
    )
    return response


@router.post("/ui/logout")
def logout(ui: UiDep) -> Response:
    """End this session's token now, and forget the cookie."""
    accounts.revoke_current(ui.session, ui.principal)
    response = RedirectResponse(f"{LOGIN}?logged_out=1", status_code=303)
    response.delete_cookie(
        SESSION_COOKIE,
        path="/",
        httponly=True,
        samesite="strict",
        secure=ui.request.url.scheme == "https",
    )
    return response
