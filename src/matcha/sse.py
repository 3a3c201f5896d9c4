"""Server-Sent Event streams that never hold a request thread.

A stream is an async generator: it sleeps on the event loop and does each short database read
in a worker thread from a small pool of its own (`READ_THREADS`), so any number of open streams
leaves the request threadpool free for everything else (/health included). Each organisation
may hold `MATCHA_MAX_STREAMS_PER_ORG` open streams per API process (then 429 with Retry-After),
and a stream lasts at most `MAX_TIMEOUT` seconds; EventSource reconnects by itself.
"""

from __future__ import annotations

import asyncio
import threading
import uuid
from collections import Counter
from collections.abc import AsyncIterator, Callable
from typing import ParamSpec, TypeVar
from weakref import WeakKeyDictionary

import anyio
import anyio.to_thread
from starlette.responses import StreamingResponse
from starlette.types import Receive, Scope, Send

from matcha.config import get_settings
from matcha.errors import TooManyRequests

MAX_TIMEOUT = 300.0  # seconds: longer asks are refused (422); clients reconnect instead
READ_THREADS = 4  # threads all streams of a process share for their reads
KEEPALIVE = 15.0  # seconds of silence before a comment line keeps proxies from closing
KEEPALIVE_LINE = ": keep-alive\n\n"
RETRY_AFTER = 10
HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}

P = ParamSpec("P")
T = TypeVar("T")

_open: Counter[uuid.UUID] = Counter()
_open_lock = threading.Lock()
_limiters: WeakKeyDictionary[asyncio.AbstractEventLoop, anyio.CapacityLimiter] = WeakKeyDictionary()


def open_streams(org_id: uuid.UUID) -> int:
    """How many streams `org_id` holds open in this process."""
    with _open_lock:
        return _open[org_id]


def _acquire(org_id: uuid.UUID) -> None:
    cap = get_settings().max_streams_per_org
    with _open_lock:
        if _open[org_id] >= cap:
            raise TooManyRequests(
                f"this organisation already has {cap} live streams open on this server: close "
                "some (another tab or script) or poll GET /api/jobs/{id} instead",
                code="too_many_streams",
                retry_after=RETRY_AFTER,
            )
        _open[org_id] += 1


def _release(org_id: uuid.UUID) -> None:
    with _open_lock:
        _open[org_id] -= 1
        if _open[org_id] <= 0:
            del _open[org_id]


class _Stream(StreamingResponse):
    """A streaming response that gives its organisation's slot back however it ends."""

    def __init__(self, content: AsyncIterator[str], org_id: uuid.UUID) -> None:
        super().__init__(content, media_type="text/event-stream", headers=HEADERS)
        self.org_id = org_id
        self.released = False

    def release(self) -> None:
        if not self.released:
            self.released = True
            _release(self.org_id)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await super().__call__(scope, receive, send)
        finally:
            self.release()


def stream(org_id: uuid.UUID, events: AsyncIterator[str]) -> StreamingResponse:
    """Serve `events` as text/event-stream, counted against `org_id`'s cap (429 past it)."""
    _acquire(org_id)
    return _Stream(events, org_id)


def _limiter() -> anyio.CapacityLimiter:
    loop = asyncio.get_running_loop()
    limiter = _limiters.get(loop)
    if limiter is None:
        limiter = _limiters[loop] = anyio.CapacityLimiter(READ_THREADS)
    return limiter


async def read(fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """Run a short blocking read (a database query) off the event loop, in the streams' pool."""
    return await anyio.to_thread.run_sync(lambda: fn(*args, **kwargs), limiter=_limiter())
