"""Live regions: a page section re-rendered on the server and streamed as Server-Sent Events.

The stream polls the database (about once a second), sends the fragment when it changed, and
ends when the browser goes away or after `timeout`; EventSource then reconnects by itself,
which checks the session again (a logged-out browser gets the login page and stops). Streams
hold no request thread and count against the organisation's cap (see matcha.sse).
"""

from __future__ import annotations

import time
import uuid
from collections.abc import AsyncIterator, Callable

import anyio
from fastapi import Request
from fastapi.responses import StreamingResponse
from sqlalchemy.orm import Session

from matcha import sse
from matcha.db import get_sessionmaker
from matcha.tenancy import scope

INTERVAL = 1.0
TIMEOUT = 120.0
MAX_TIMEOUT = sse.MAX_TIMEOUT
RECONNECT_MS = 2000


def event(name: str, html: str) -> str:
    """One SSE message; every line of the fragment becomes a `data:` line."""
    data = "".join(f"data: {line}\n" for line in html.splitlines() or [""])
    return f"event: {name}\n{data}\n"


def _rendered(org_id: uuid.UUID, render: Callable[[Session], str]) -> str:
    with get_sessionmaker()() as session:
        return render(scope(session, org_id))


async def _fragments(
    request: Request,
    org_id: uuid.UUID,
    render: Callable[[Session], str],
    interval: float,
    timeout: float,
) -> AsyncIterator[str]:
    yield f"retry: {RECONNECT_MS}\n\n"
    last = None
    deadline = time.monotonic() + timeout
    quiet_since = time.monotonic()
    while time.monotonic() < deadline and not await request.is_disconnected():
        html = await sse.read(_rendered, org_id, render)
        if html != last:
            last, quiet_since = html, time.monotonic()
            yield event("fragment", html)
        elif time.monotonic() - quiet_since > sse.KEEPALIVE:
            quiet_since = time.monotonic()
            yield sse.KEEPALIVE_LINE
        await anyio.sleep(interval)


def stream(
    request: Request,
    org_id: uuid.UUID,
    render: Callable[[Session], str],
    *,
    interval: float = INTERVAL,
    timeout: float = TIMEOUT,
) -> StreamingResponse:
    """Stream `render(session)` (a session scoped to `org_id`) whenever its HTML changes;
    429 once the organisation holds its cap of open streams."""
    return sse.stream(org_id, _fragments(request, org_id, render, interval, timeout))
