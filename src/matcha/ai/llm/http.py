"""The one retry layer for model calls: a pooled httpx client and a concurrency cap per provider.

Job-level retries (the runner requeues a `TransientError` with backoff) sit above this layer and
count whole jobs, not HTTP attempts; nothing else retries HTTP. httpx is imported on first use so
that importing a provider module stays cheap, and without its command-line tool (`_httpx`).
"""

from __future__ import annotations

import random
import sys
import threading
import time
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from types import ModuleType
from typing import TYPE_CHECKING, Any

from matcha.ai import usage
from matcha.errors import ProviderError, TransientError

if TYPE_CHECKING:
    import httpx

# Backoff before retry n (0-based): uniform(0, min(BACKOFF_CAP, BACKOFF_BASE * 2**n)), i.e.
# "full jitter", so many threads or workers hit by the same 429 do not retry in lockstep.
BACKOFF_BASE = 1.0
BACKOFF_CAP = 20.0
# A Retry-After longer than this is not slept in a worker thread: the job is requeued with
# `retry_after`, so the wait lives in the database (next_attempt_at) instead.
MAX_INLINE_WAIT = 30.0
CONNECT_TIMEOUT_CAP = 10.0
DETAIL_CHARS = 300
sleep = time.sleep  # module-level so tests can record the waits instead of sleeping


def _httpx() -> ModuleType:
    """httpx without `httpx._main`, its command-line tool.

    httpx imports that tool whenever click, rich and pygments are installed (typer installs them),
    which costs a worker 3.6 MiB (measured); a None in sys.modules makes the import fail, and
    httpx handles that failure by design. Nothing in matcha runs the `httpx` command.
    """
    sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]
    import httpx

    return httpx


def backoff(attempt: int) -> float:
    """Seconds to wait before retry `attempt` (0-based) when the server gave no Retry-After."""
    return random.uniform(0.0, min(BACKOFF_CAP, BACKOFF_BASE * 2.0**attempt))


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Retry-After as seconds: delta-seconds or an HTTP date; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def _google_retry_delay(payload: Any) -> float | None:
    """Gemini puts the wait in the error body (google.rpc.RetryInfo retryDelay "37s")."""
    error = payload.get("error") if isinstance(payload, dict) else None
    details = error.get("details") if isinstance(error, dict) else None
    for item in details if isinstance(details, list) else []:
        delay = item.get("retryDelay") if isinstance(item, dict) else None
        if isinstance(delay, str) and delay.endswith("s"):
            try:
                return max(0.0, float(delay[:-1]))
            except ValueError:
                return None
    return None


def _detail(response: httpx.Response) -> tuple[str, Any]:
    """The provider's own error message (both wire formats use {"error": {"message"}})."""
    try:
        payload: Any = response.json()
    except ValueError:
        return response.text[:DETAIL_CHARS], None
    error = payload.get("error") if isinstance(payload, dict) else None
    if isinstance(error, dict) and isinstance(error.get("message"), str):
        return error["message"][:DETAIL_CHARS], payload
    return str(payload)[:DETAIL_CHARS], payload


def classify(name: str, response: httpx.Response) -> TransientError:
    """A non-2xx response as a retryable error, or raise the final ProviderError it means."""
    status = response.status_code
    detail, payload = _detail(response)
    message = f"{name} returned HTTP {status}: {detail}"
    if status in (401, 403):
        raise ProviderError(message + " (check the API key or token)", code="auth_failed")
    retry_after = parse_retry_after(response.headers.get("retry-after"))
    if retry_after is None:
        retry_after = _google_retry_delay(payload)
    if status == 429:
        return TransientError(message, code="rate_limited", retry_after=retry_after)
    if status == 408:
        return TransientError(message, code="timeout", retry_after=retry_after)
    if status >= 500:
        return TransientError(message, code="provider_unavailable", retry_after=retry_after)
    raise ProviderError(message, code="bad_request")


class Transport:
    """One provider's HTTP path: shared pooled client, `concurrency` slots, bounded retries."""

    def __init__(self, name: str, *, timeout: float, max_retries: int, concurrency: int) -> None:
        self.name = name
        self.timeout = timeout
        self.max_retries = max_retries
        self.concurrency = concurrency
        self._slots = threading.BoundedSemaphore(concurrency)
        self._lock = threading.Lock()
        self._client: httpx.Client | None = None

    def client(self) -> httpx.Client:
        """The pooled client, built (and httpx imported) on the first call."""
        with self._lock:
            if self._client is None:
                httpx = _httpx()
                self._client = httpx.Client(
                    timeout=httpx.Timeout(
                        self.timeout, connect=min(self.timeout, CONNECT_TIMEOUT_CAP)
                    ),
                    limits=httpx.Limits(
                        max_connections=self.concurrency,
                        max_keepalive_connections=self.concurrency,
                    ),
                    headers={"user-agent": "matcha"},
                )
            return self._client

    def close(self) -> None:
        """Close the pooled connections (tests, and processes that swap settings)."""
        with self._lock:
            if self._client is not None:
                self._client.close()
                self._client = None

    def post_json(
        self, url: str, *, model: str, headers: dict[str, str], body: dict[str, Any]
    ) -> dict[str, Any]:
        """POST `body` and return the JSON reply, retrying transient failures with backoff."""
        attempt = 0
        while True:
            usage.before_call(self.name, model)  # budget_exceeded: no call is made
            result = self._attempt(url, headers, body)
            if not isinstance(result, TransientError):
                return result
            wait = result.retry_after
            if wait is not None and wait > MAX_INLINE_WAIT:
                raise result  # a long wait belongs to the job queue, not to a sleeping thread
            if attempt >= self.max_retries:
                raise TransientError(
                    f"{result.message} (after {attempt + 1} attempts)",
                    code=result.code,
                    retry_after=wait,
                )
            sleep(wait if wait is not None else backoff(attempt))
            attempt += 1

    def _attempt(
        self, url: str, headers: dict[str, str], body: dict[str, Any]
    ) -> dict[str, Any] | TransientError:
        """One HTTP call inside a concurrency slot: the reply, or the transient error it gave."""
        httpx = _httpx()
        client = self.client()
        try:
            with self._slots:
                response = client.post(url, headers=headers, json=body)
        except httpx.TimeoutException as exc:
            return TransientError(
                f"{self.name} did not answer within {self.timeout:g} s ({type(exc).__name__})",
                code="timeout",
            )
        except (httpx.UnsupportedProtocol, httpx.InvalidURL) as exc:
            raise ProviderError(
                f"{self.name}: bad base URL {url!r}: {exc}", code="not_configured"
            ) from exc
        except httpx.TransportError as exc:
            return TransientError(
                f"{self.name} unreachable: {type(exc).__name__}: {exc}",
                code="provider_unavailable",
            )
        if not response.is_success:
            return classify(self.name, response)
        try:
            payload = response.json()
        except ValueError:
            payload = None
        if not isinstance(payload, dict):
            return TransientError(
                f"{self.name} answered HTTP {response.status_code} without a JSON object",
                code="provider_unavailable",
            )
        return payload


_shared: dict[tuple[str, float, int, int], Transport] = {}
_shared_lock = threading.Lock()


def shared_transport(name: str) -> Transport:
    """The process-wide transport of provider `name`, so every thread shares one cap and pool."""
    from matcha.config import get_settings

    settings = get_settings()
    key = (name, settings.llm_timeout, settings.llm_max_retries, settings.llm_concurrency)
    with _shared_lock:
        transport = _shared.get(key)
        if transport is None:
            transport = _shared[key] = Transport(
                name,
                timeout=settings.llm_timeout,
                max_retries=settings.llm_max_retries,
                concurrency=settings.llm_concurrency,
            )
        return transport


def close_shared() -> None:
    """Close and forget every shared transport (tests and benches that swap servers)."""
    with _shared_lock:
        transports = list(_shared.values())
        _shared.clear()
    for transport in transports:
        transport.close()
