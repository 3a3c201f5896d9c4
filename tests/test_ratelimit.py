"""Rate-limit counters: fixed-length keys, one atomic count per hit, on the caller's connection."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from matcha import db, ratelimit
from matcha.errors import TooManyRequests

ODD = ["", "a", "x" * 10_000, "nul\x00byte", "\udcff lone surrogate", "ünïcødé@例え.jp"]


@pytest.fixture
def one_connection(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """An engine with a single connection: a second checkout would time out in 2 s."""
    names = {"MATCHA_DB_POOL_SIZE": "1", "MATCHA_DB_MAX_OVERFLOW": "0"}
    for name, value in {**names, "MATCHA_DB_POOL_TIMEOUT": "2"}.items():
        monkeypatch.setenv(name, value)
    db.reset_caches()
    yield
    for name in (*names, "MATCHA_DB_POOL_TIMEOUT"):
        monkeypatch.delenv(name)
    db.reset_caches()


@pytest.mark.parametrize("identity", ODD)
def test_keys_have_a_fixed_length_whatever_the_identity(identity: str) -> None:
    key = ratelimit.key("login:email", identity)
    assert len(key) == len("login:email:") + 64 and key.isprintable()
    assert key != ratelimit.key("login:email", identity + "x")


@pytest.mark.parametrize("identity", ODD)
def test_any_identity_is_counted(system_session: Session, identity: str) -> None:
    counts = [
        ratelimit.hit(system_session, "login:email", identity, seconds=60).count for _ in range(3)
    ]
    system_session.commit()
    assert counts == [1, 2, 3]


def test_a_hit_uses_the_sessions_own_connection(one_connection: None) -> None:
    with db.get_sessionmaker()() as session:
        session.execute(text("SELECT 1"))  # the request's connection is checked out
        for _ in range(3):
            ratelimit.limit(session, "ai", "org", allowed=3, seconds=60, what="things")
        with pytest.raises(TooManyRequests) as blocked:
            ratelimit.limit(session, "ai", "org", allowed=3, seconds=60, what="things")
    assert blocked.value.code == "rate_limited" and blocked.value.retry_after is not None
    assert 1 <= blocked.value.retry_after <= 60


def test_simultaneous_hits_each_get_their_own_count() -> None:
    def one(_: int) -> int:
        with db.get_sessionmaker()() as session:
            done = ratelimit.hit(session, "login:email", "ada@example.com", seconds=300)
            session.commit()
            return done.count

    with ThreadPoolExecutor(12) as threads:
        counts = sorted(threads.map(one, range(48)))
    assert counts == list(range(1, 49))


def test_a_refund_takes_one_back_in_its_own_window_only(
    system_session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = ratelimit.hit(system_session, "login:ip", "10.0.0.1", seconds=60)
    second = ratelimit.hit(system_session, "login:ip", "10.0.0.1", seconds=60)
    ratelimit.refund(system_session, second)
    assert ratelimit.hit(system_session, "login:ip", "10.0.0.1", seconds=60).count == 2
    # A minute later the window has moved: the count starts again, and an old refund is void.
    later = first.window_start + timedelta(seconds=61)
    monkeypatch.setattr(ratelimit, "utcnow", lambda: later)
    assert ratelimit.hit(system_session, "login:ip", "10.0.0.1", seconds=60).count == 1
    ratelimit.refund(system_session, first)
    assert ratelimit.hit(system_session, "login:ip", "10.0.0.1", seconds=60).count == 2
    system_session.commit()
