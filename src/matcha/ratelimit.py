"""Fixed-window rate limits kept in the database, so every API process shares them."""

from __future__ import annotations

import math
from datetime import datetime, timedelta
from typing import cast

from sqlalchemy import String, Table, case, func, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from matcha.db import Base, get_engine, insert_for, utcnow
from matcha.errors import TooManyRequests


class RateCounter(Base):
    """How many times `key` was hit in the window that started at `window_start`."""

    __tablename__ = "rate_counters"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    window_start: Mapped[datetime]
    count: Mapped[int] = mapped_column(default=0)


def _window(now: datetime, seconds: int) -> datetime:
    epoch = int(now.timestamp())
    return datetime.fromtimestamp(epoch - epoch % seconds, tz=now.tzinfo)


def hit(key: str, *, seconds: int) -> tuple[int, int]:
    """Count one hit of `key` in its own committed transaction (a failed request still counts);
    returns (hits in this window, seconds until the window ends)."""
    now = utcnow()
    start = _window(now, seconds)
    table = cast(Table, RateCounter.__table__)
    with get_engine().begin() as conn:
        stmt = insert_for(conn.dialect, table).values(key=key, window_start=start, count=1)
        stmt = stmt.on_conflict_do_update(
            index_elements=["key"],
            set_={
                "count": case((table.c.window_start == start, table.c.count + 1), else_=1),
                "window_start": start,
            },
        ).returning(table.c.count)
        count = int(conn.execute(stmt).scalar_one())
    return count, _left(start, now, seconds)


def _left(start: datetime, now: datetime, seconds: int) -> int:
    return max(math.ceil((start + timedelta(seconds=seconds) - now).total_seconds()), 1)


def peek(session: Session, key: str, *, seconds: int) -> tuple[int, int]:
    """(hits of `key` in the current window, seconds until it ends), without counting one."""
    now = utcnow()
    start = _window(now, seconds)
    count = session.scalar(
        select(func.coalesce(func.max(RateCounter.count), 0)).where(
            RateCounter.key == key, RateCounter.window_start == start
        )
    )
    return int(count or 0), _left(start, now, seconds)


def limit(key: str, *, allowed: int, seconds: int, code: str, what: str) -> None:
    """Count a hit; TooManyRequests (HTTP 429, with Retry-After) once past `allowed`."""
    count, left = hit(key, seconds=seconds)
    if count > allowed:
        raise TooManyRequests(
            f"too many {what}: at most {allowed} per {seconds} s; try again in {left} s",
            code=code,
            retry_after=left,
        )
