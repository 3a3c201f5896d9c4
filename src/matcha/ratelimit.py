"""Fixed-window rate limits kept in the database, so every API process shares them.

A hit runs on the caller's session, never on a connection of its own: a request that held one
pooled connection while waiting for a second could starve the pool (and /health) under load.
Counting and checking are one statement (an upsert that returns the new count), so concurrent
requests each see a different count and no more than `allowed` of them get through.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import cast

from sqlalchemy import String, Table, case, update
from sqlalchemy.orm import Mapped, Session, mapped_column

from matcha.db import Base, insert_for, utcnow
from matcha.errors import TooManyRequests


class RateCounter(Base):
    """How many times `key` was hit in the window that started at `window_start`."""

    __tablename__ = "rate_counters"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    window_start: Mapped[datetime]
    count: Mapped[int] = mapped_column(default=0)


@dataclass(frozen=True)
class Hit:
    """One counted hit: the count it made, and when its window ends."""

    key: str
    count: int
    window_start: datetime
    retry_after: int  # seconds until the window ends


def key(kind: str, identity: str) -> str:
    """A fixed-length key: `kind` and a digest of `identity`, however long or odd it is."""
    digest = hashlib.sha256(identity.encode("utf-8", "surrogatepass")).hexdigest()
    return f"{kind}:{digest}"


def _window(now: datetime, seconds: int) -> datetime:
    epoch = int(now.timestamp())
    return datetime.fromtimestamp(epoch - epoch % seconds, tz=now.tzinfo)


def _left(start: datetime, now: datetime, seconds: int) -> int:
    return max(math.ceil((start + timedelta(seconds=seconds) - now).total_seconds()), 1)


def hit(session: Session, kind: str, identity: str, *, seconds: int) -> Hit:
    """Count one hit in the session's transaction (the caller commits) and return it. On
    PostgreSQL the counter's row stays locked until then, so commit soon."""
    now = utcnow()
    start = _window(now, seconds)
    table = cast(Table, RateCounter.__table__)
    name = key(kind, identity)
    stmt = insert_for(session.get_bind().dialect, table).values(key=name, window_start=start)
    stmt = stmt.values(count=1).on_conflict_do_update(
        index_elements=["key"],
        set_={
            "count": case((table.c.window_start == start, table.c.count + 1), else_=1),
            "window_start": start,
        },
    )
    count = int(session.execute(stmt.returning(table.c.count)).scalar_one())
    return Hit(name, count, start, _left(start, now, seconds))


def refund(session: Session, done: Hit) -> None:
    """Take back `done` (in the caller's transaction), unless its window has passed."""
    session.execute(
        update(RateCounter)
        .where(
            RateCounter.key == done.key,
            RateCounter.window_start == done.window_start,
            RateCounter.count > 0,
        )
        .values(count=RateCounter.count - 1)
    )


def limit(
    session: Session, kind: str, identity: str, *, allowed: int, seconds: int, what: str
) -> None:
    """Count a hit and commit it (a request that fails later still counts); TooManyRequests
    (HTTP 429, with Retry-After) once past `allowed`. The session must have nothing pending."""
    done = hit(session, kind, identity, seconds=seconds)
    session.commit()
    if done.count > allowed:
        raise too_many(what, allowed=allowed, seconds=seconds, retry_after=done.retry_after)


def too_many(what: str, *, allowed: int, seconds: int, retry_after: int) -> TooManyRequests:
    return TooManyRequests(
        f"too many {what}: at most {allowed} per {seconds} s; try again in {retry_after} s",
        code="rate_limited",
        retry_after=retry_after,
    )
