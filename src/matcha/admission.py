"""At most as many requests in flight as the database pool has connections.

A request holds its one pooled connection between steps that each need one of the request
threads (dependencies, the route, the response model's check). With more requests in flight
than connections, every thread can end up waiting for a connection that belongs to a request
that is waiting for a thread: nothing moves until the pool's timeout answers 500. Admitting no
more requests than there are connections makes that impossible; the rest wait here, on the
event loop, holding neither. Event streams are left out: they hold a connection only for each
short read, on threads of their own (matcha.sse), and stay open for minutes.
"""

from __future__ import annotations

from typing import Any

import anyio
from starlette.types import ASGIApp, Receive, Scope, Send

STREAM_SUFFIXES = ("/events", "/live")


class Admission:
    @classmethod
    def install(cls, app: Any, limit: int) -> None:
        """Wrap `app` (a FastAPI/Starlette app) so at most `limit` requests run at once."""
        app.add_middleware(cls, limit=limit)

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit
        self._slots: anyio.Semaphore | None = None  # made on the serving event loop

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].endswith(STREAM_SUFFIXES):
            await self.app(scope, receive, send)
            return
        if self._slots is None:
            self._slots = anyio.Semaphore(self.limit)
        async with self._slots:
            await self.app(scope, receive, send)
