"""The FastAPI application: routers from each domain, one error shape, a health check."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict
from sqlalchemy import text
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from matcha import __version__
from matcha.accounts.deps import authorize
from matcha.accounts.router import router as accounts_router
from matcha.admission import Admission
from matcha.applications.router import router as applications_router
from matcha.applications.views import router as application_views_router
from matcha.candidates.router import router as candidates_router
from matcha.companies.culture_router import router as company_culture_router
from matcha.companies.router import router as companies_router
from matcha.config import get_settings
from matcha.db import get_engine
from matcha.errors import MatchaError, TooManyRequests, Unauthorized
from matcha.headers import SecurityHeaders
from matcha.imports.router import router as imports_router
from matcha.interviews.router import router as interviews_router
from matcha.jobboard.router import router as jobboard_router
from matcha.jobs import port as jobs_port
from matcha.jobs.engine.router import router as jobs_router
from matcha.jobs.routes import router as ai_jobs_router
from matcha.limits import BodySizeLimit
from matcha.matching.router import router as matching_router
from matcha.positions.router import router as positions_router
from matcha.system.router import router as system_router
from matcha.web.router import router as web_router
from matcha.worker import publish as worker_publish


def _readable(errors: list[Any]) -> str:
    parts = []
    for err in errors:
        where = ".".join(str(p) for p in err.get("loc", ()) if p != "body") or "body"
        parts.append(f"{where}: {err.get('msg', 'invalid')}")
    return "; ".join(parts)


async def _matcha_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, MatchaError)
    body = {"detail": exc.message, "code": exc.code, **exc.details}
    headers = {}
    if isinstance(exc, Unauthorized):
        headers["WWW-Authenticate"] = "Bearer"
    if isinstance(exc, TooManyRequests) and exc.retry_after:
        headers["Retry-After"] = str(exc.retry_after)
    return JSONResponse(body, status_code=exc.status_code, headers=headers)


def _allowed_methods(request: Request) -> str:
    """Every method some route serves at this path (Starlette names only the first route's)."""
    methods: set[str] = set()
    for route in request.app.routes:
        match, _ = route.matches({**request.scope, "method": "GET"})
        if match != Match.NONE:
            methods |= set(getattr(route, "methods", None) or ())
    return ", ".join(sorted(methods))


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    headers = dict(exc.headers or {})
    if exc.status_code == 405:
        headers["Allow"] = _allowed_methods(request)
    detail = exc.detail
    if exc.status_code == 400 and detail == "There was an error parsing the body":
        detail = "the request body could not be parsed (is it UTF-8 JSON or a valid form?)"
    body = {"detail": detail, "code": f"http_{exc.status_code}"}
    return JSONResponse(body, status_code=exc.status_code, headers=headers)


async def _validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = [{k: v for k, v in e.items() if k in ("loc", "msg", "type")} for e in exc.errors()]
    body = {"detail": _readable(errors), "code": "validation_error", "errors": errors}
    return JSONResponse(body, status_code=422)


@asynccontextmanager
async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
    """Background work that lives with the API process, by worker mode."""
    settings = get_settings()
    embedded = sweeper = None
    if settings.worker_mode == "combined":
        from matcha.worker.embedded import EmbeddedWorker

        embedded = EmbeddedWorker(settings.worker_concurrency)
        embedded.start()
    elif settings.worker_mode == "on-demand":
        from matcha.system.ondemand import OnDemandSweeper

        sweeper = OnDemandSweeper()
        sweeper.start()
    try:
        yield
    finally:
        if embedded is not None:
            embedded.stop()
        if sweeper is not None:
            sweeper.stopped.set()


class ErrorBody(BaseModel):
    """Every error matcha answers with: a sentence for people, a code for programs."""

    model_config = ConfigDict(extra="allow")

    detail: str
    code: str


class ValidationErrorBody(ErrorBody):
    errors: list[dict[str, Any]] = []


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody, "description": text}
    for code, text in (
        (400, "The body could not be parsed"),
        (401, "No valid bearer token"),
        (403, "The token's role does not allow this"),
        (404, "No such object"),
        (409, "The object's state does not allow this now"),
        (413, "The body or a field is too large"),
        (415, "A file of a type matcha does not read"),
        (429, "A rate limit or the job queue's cap is reached (see Retry-After)"),
    )
}


def _openapi_with_real_errors(app: FastAPI) -> dict[str, Any]:
    """FastAPI's schema, with its 422 body replaced by the one matcha actually sends."""
    if app.openapi_schema is None:
        schema = get_openapi(
            title=app.title, version=app.version, description=app.description, routes=app.routes
        )
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        components["HTTPValidationError"] = ValidationErrorBody.model_json_schema(
            ref_template="#/components/schemas/{model}"
        )
        app.openapi_schema = schema
    return app.openapi_schema


def create_app(*, background: bool = True, api_docs: bool | None = None) -> FastAPI:
    """Build the API; `background=False` leaves out the mode's worker or sweeper (tests), and
    `api_docs` overrides MATCHA_API_DOCS (/docs, /redoc, /openapi.json).
    Outside dev mode it refuses a missing, default or weak secret key (InsecureConfig)."""
    settings = get_settings()
    settings.signing_key()
    worker_publish.plug()  # queued jobs go to the broker (its client loads on the first send)
    jobs_port.plug()  # deletes, erasure and the job board ask the jobs engine
    docs = settings.docs_enabled if api_docs is None else api_docs
    app = FastAPI(
        lifespan=lifespan if background else None,
        responses=ERROR_RESPONSES,
        title="matcha",
        version=__version__,
        description="Learns a company's culture from interviews and matches candidates to it.",
        openapi_url="/openapi.json" if docs else None,
        docs_url="/docs" if docs else None,
        redoc_url="/redoc" if docs else None,
    )
    BodySizeLimit.install(app, settings.max_body_bytes)
    Admission.install(app, settings.db_pool_size + settings.db_max_overflow)
    # Outermost, so even the body limit's 413 carries the headers.
    docs_paths = (app.docs_url, app.redoc_url, app.swagger_ui_oauth2_redirect_url)
    SecurityHeaders.install(app, [p for p in docs_paths if p and docs])
    if settings.cors_origin_list:
        # Outermost of all: a browser's preflight is answered before authentication, and every
        # answer (errors included) names the allowed origin. Bearer tokens, not cookies.
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origin_list,
            allow_methods=["GET", "POST", "PUT", "PATCH", "DELETE"],
            allow_headers=["Authorization", "Content-Type"],
            expose_headers=["Location", "Retry-After"],
            max_age=600,
        )
    app.add_exception_handler(MatchaError, _matcha_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)

    @app.get("/health", tags=["system"])
    def health() -> dict[str, str]:
        """200 when the API can reach its database."""
        with get_engine().connect() as conn:
            conn.execute(text("SELECT 1"))
        return {"status": "ok"}

    for router in (
        companies_router,
        interviews_router,
        company_culture_router,
        candidates_router,
        positions_router,
        matching_router,
        application_views_router,
        ai_jobs_router,
        applications_router,
        imports_router,
        jobs_router,
        system_router,
    ):
        app.include_router(router, prefix="/api", dependencies=[Depends(authorize)])
    app.include_router(accounts_router, prefix="/api")
    app.include_router(jobboard_router, prefix="/api")  # public: no token, listed positions only
    app.include_router(web_router)  # the web UI: /ui pages (and / redirects there)
    app.openapi = lambda: _openapi_with_real_errors(app)  # type: ignore[method-assign]
    return app


app = create_app()
