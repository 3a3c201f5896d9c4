"""UI routes answer in HTML: errors become pages, and a missing login becomes a redirect."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any
from urllib.parse import urlencode, urlsplit

from fastapi import APIRouter, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import RedirectResponse
from fastapi.routing import APIRoute
from starlette.exceptions import HTTPException

from matcha.errors import MatchaError, TooManyRequests, Unauthorized
from matcha.web.templating import render_page

LOGIN = "/ui/login"


class LoginRequired(Unauthorized):
    """No valid session cookie: the browser is sent to the login page."""


def safe_next(url: str) -> str:
    """`url` if it is a UI page of this server (a path, no host); "" otherwise, so a crafted
    link can't send someone elsewhere after they log in."""
    parts = urlsplit(url)
    path = parts.path
    if parts.scheme or parts.netloc or not path.startswith("/ui/") or path.startswith(LOGIN):
        return ""
    if "//" in path or "\\" in path:
        return ""
    return path + (f"?{parts.query}" if parts.query else "")


def login_redirect(request: Request) -> RedirectResponse:
    """To the login page, then back here (a form's POST comes back to the page it was on)."""
    if request.method == "GET":
        query = request.url.query
        here = request.url.path + (f"?{query}" if query else "")
    else:
        referer = urlsplit(request.headers.get("referer", ""))
        here = referer.path + (f"?{referer.query}" if referer.query else "")
    target = safe_next(here)
    suffix = f"?{urlencode({'next': target})}" if target else ""
    return RedirectResponse(LOGIN + suffix, status_code=303)


def error_page(request: Request, status: int, title: str, message: str) -> Response:
    return render_page(request, "error.html", status=status, ui=None, title=title, message=message)


def _validation_page(request: Request, exc: RequestValidationError) -> Response:
    if any(err.get("loc", ("",))[0] == "path" for err in exc.errors()):
        return error_page(request, 404, "Not found", "There is no such page.")
    problems = "; ".join(str(err.get("msg", "invalid")) for err in exc.errors())
    return error_page(request, 422, "That did not work", problems)


TITLES = {403: "Not allowed", 404: "Not found", 409: "Not now", 429: "Slow down"}


class UiRoute(APIRoute):
    """An APIRoute whose failures render the error page instead of the API's JSON."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def guarded(request: Request) -> Response:
            try:
                return await handler(request)
            except Unauthorized:
                return login_redirect(request)
            except MatchaError as exc:
                title = TITLES.get(exc.status_code, "That did not work")
                page = error_page(request, exc.status_code, title, exc.message)
                if isinstance(exc, TooManyRequests) and exc.retry_after:
                    page.headers["Retry-After"] = str(exc.retry_after)
                return page
            except RequestValidationError as exc:
                return _validation_page(request, exc)
            except HTTPException as exc:
                title = TITLES.get(exc.status_code, "That did not work")
                return error_page(request, exc.status_code, title, str(exc.detail))

        return guarded


def ui_router() -> APIRouter:
    """A router for UI pages: HTML errors, and left out of the API's OpenAPI schema."""
    return APIRouter(route_class=UiRoute, include_in_schema=False)
