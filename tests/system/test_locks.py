"""Named expiring locks: one holder at a time, even the same one twice."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.orm import Session

from matcha.db import utcnow
from matcha.system import locks
from matcha.system.models import Lock


def test_a_held_lock_is_refused_to_everyone_until_it_expires(session: Session) -> None:
    assert locks.acquire(session, "launch", "a", seconds=30)
    assert not locks.acquire(session, "launch", "b", seconds=30)
    assert not locks.acquire(session, "launch", "a", seconds=30)  # not re-entrant
    lock = session.get(Lock, "launch")
    assert lock is not None
    lock.expires_at = utcnow() - timedelta(seconds=1)
    session.commit()
    assert locks.acquire(session, "launch", "b", seconds=30)


def test_release_frees_the_lock_for_its_holder_only(session: Session) -> None:
    assert locks.acquire(session, "launch", "a", seconds=30)
    locks.release(session, "launch", "b")
    assert not locks.acquire(session, "launch", "b", seconds=30)
    locks.release(session, "launch", "a")
    assert locks.acquire(session, "launch", "b", seconds=30)
