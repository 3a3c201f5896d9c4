"""Domain errors. Services raise these; the HTTP and CLI shells translate them."""

from __future__ import annotations


class MatchaError(Exception):
    """Base for errors a caller can act on; `code` is stable and machine-readable."""

    code = "error"
    status_code = 400

    def __init__(self, message: str, *, details: dict[str, object] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = details or {}


class NotFound(MatchaError):
    code = "not_found"
    status_code = 404

    def __init__(self, kind: str, ident: object) -> None:
        super().__init__(f"{kind} {ident} not found", details={"kind": kind, "id": str(ident)})


class Conflict(MatchaError):
    code = "conflict"
    status_code = 409


class InvalidInput(MatchaError):
    code = "invalid_input"
    status_code = 422


class PayloadTooLarge(MatchaError):
    code = "payload_too_large"
    status_code = 413


class UnsupportedMedia(MatchaError):
    code = "unsupported_media_type"
    status_code = 415


class JobTimeout(MatchaError):
    """A job ran past its time limit; it stops cleanly and does not retry."""

    code = "timeout"
    status_code = 504


class ProviderError(MatchaError):
    """An AI provider failed in a way retrying won't fix: `code` says what a person should do
    (`auth_failed`, `invalid_output`, `bad_request`, `budget_exceeded`, `not_configured`)."""

    status_code = 502

    def __init__(self, message: str, *, code: str) -> None:
        super().__init__(message)
        self.code = code


class TransientError(MatchaError):
    """A failure worth retrying later (a provider's 429 or 5xx, a timeout, a lost connection)."""

    code = "transient"
    status_code = 503

    def __init__(self, message: str, *, code: str = "transient", retry_after: float | None = None):
        super().__init__(message)
        self.code = code
        self.retry_after = retry_after


class Unauthorized(MatchaError):
    """No valid credentials: missing, expired, revoked or forged (HTTP 401)."""

    code = "unauthorized"
    status_code = 401


class Forbidden(MatchaError):
    """Valid credentials whose role does not allow this (HTTP 403)."""

    code = "forbidden"
    status_code = 403


class TooManyRequests(MatchaError):
    """A rate limit or quota is used up; `retry_after` seconds until it frees (HTTP 429)."""

    status_code = 429

    def __init__(self, message: str, *, code: str, retry_after: int | None = None) -> None:
        super().__init__(message, details={"retry_after": retry_after} if retry_after else None)
        self.code = code
        self.retry_after = retry_after
