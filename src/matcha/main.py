"""The FastAPI application: routers from each domain, one error shape, a health check."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy import text

from matcha import __version__
from matcha.candidates.router import router as candidates_router
from matcha.companies.router import router as companies_router
from matcha.config import get_settings
from matcha.culture.router import router as culture_router
from matcha.db import get_engine
from matcha.errors import MatchaError
from matcha.interviews.analysis_router import router as analysis_router
from matcha.interviews.router import router as interviews_router
from matcha.jobs.router import router as jobs_router
from matcha.matching.router import router as matching_router
from matcha.positions.router import router as positions_router
from matcha.system.router import router as system_router


def _readable(errors: list[Any]) -> str:
    parts = []
    for err in errors:
        where = ".".join(str(p) for p in err.get("loc", ()) if p != "body") or "body"
        parts.append(f"{where}: {err.get('msg', 'invalid')}")
    return "; ".join(parts)


async def _matcha_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, MatchaError)
    body = {"detail": exc.message, "code": exc.code, **exc.details}
    return JSONResponse(body, status_code=exc.status_code)


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


def create_app(*, background: bool = True) -> FastAPI:
    """Build the API; `background=False` leaves out the mode's worker or sweeper (tests)."""
    app = FastAPI(
        lifespan=lifespan if background else None,
        title="matcha",
        version=__version__,
        description="Learns a company's culture from interviews and matches candidates to it.",
    )
    app.add_exception_handler(MatchaError, _matcha_error)
    app.add_exception_handler(RequestValidationError, _validation_error)

    @app.get("/health", tags=["system"])
    def health() -> dict[str, str]:
        """200 when the API can reach its database."""
        with get_engine().connect() as conn:
            conn.execute(text("SELECT 1"))
        return {"status": "ok"}

    for router in (
        companies_router,
        interviews_router,
        analysis_router,
        culture_router,
        candidates_router,
        positions_router,
        matching_router,
        jobs_router,
        system_router,
    ):
        app.include_router(router, prefix="/api")
    return app


app = create_app()
