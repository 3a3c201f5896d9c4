"""Logging in with a password, limited per email and per address.

Each attempt is counted before its password is checked, by one atomic upsert per limit that
returns the new count, and that count is committed at once. However many attempts arrive
together, each sees a different count, so at most MATCHA_LOGIN_ATTEMPTS wrong passwords per
email are ever checked in a window; the rest get 429 whatever the password. A successful login
takes its attempt back, so the limits count failures.
"""

from __future__ import annotations

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from matcha import ratelimit
from matcha.accounts import passwords
from matcha.accounts.models import Role, TokenKind, User
from matcha.accounts.schemas import LoginRequest
from matcha.accounts.service import Issued, issue, session_ttl
from matcha.config import get_settings
from matcha.errors import InvalidInput, TooManyRequests, Unauthorized


def credentials(email: str, password: str) -> LoginRequest:
    """The login's email (normalised) and password, or InvalidInput (HTTP 422, nothing
    counted): control characters, an email over 320 or a password over 256 characters."""
    try:
        return LoginRequest(email=email, password=password)
    except ValidationError as exc:
        problems = "; ".join(f"{e['loc'][0]}: {e['msg']}" for e in exc.errors())
        raise InvalidInput(f"not a valid login: {problems}") from None


def login(
    session: Session, email: str, password: str, *, client: str, name: str | None = None
) -> Issued:
    """A session token for the user (`name`d, e.g. by the login route it came through);
    Unauthorized for a wrong password, an unknown email or a disabled user; TooManyRequests
    once the email or the address used up its attempts."""
    given = credentials(email, password)
    settings = get_settings()
    window = settings.login_window_seconds
    limits = (
        ("login:email", given.email, settings.login_attempts),
        ("login:ip", client, settings.login_attempts * 5),
    )
    hits = [
        (ratelimit.hit(session, kind, who, seconds=window), allowed)
        for kind, who, allowed in limits
    ]
    user = session.scalar(select(User).where(User.email == given.email))
    # Counted for good; and no connection or row lock is held during the slow hash check.
    session.commit()
    over = [done.retry_after for done, allowed in hits if done.count > allowed]
    if over:
        raise TooManyRequests(
            f"too many failed logins: try again in {max(over)} s",
            code="rate_limited",
            retry_after=max(over),
        )
    ok, new_hash = passwords.verify(given.password, user.password_hash if user else None)
    if user is None or not ok or user.disabled:
        raise Unauthorized("wrong email or password")
    for done, _allowed in hits:
        ratelimit.refund(session, done)
    if new_hash is not None:
        user.password_hash = new_hash
    issued = issue(
        session, user, TokenKind.session, role=Role(user.role), ttl=session_ttl(), name=name
    )
    session.commit()
    return issued
