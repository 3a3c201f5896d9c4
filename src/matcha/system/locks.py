"""Named expiring locks in the database: works across processes and hosts on any backend."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from matcha.db import utcnow
from matcha.system.models import Lock


def acquire(session: Session, name: str, holder: str, *, seconds: float) -> bool:
    """Take `name` for `seconds` if it is free or expired; commits. Not re-entrant."""
    now = utcnow()
    until = now + timedelta(seconds=seconds)
    result = session.execute(
        update(Lock)
        .where(
            Lock.name == name,
            (Lock.expires_at.is_(None)) | (Lock.expires_at < now),
        )
        .values(holder=holder, expires_at=until)
    )
    if result.rowcount == 1:  # type: ignore[attr-defined]
        session.commit()
        return True
    session.rollback()
    if session.get(Lock, name) is not None:
        return False
    try:
        session.add(Lock(name=name, holder=holder, expires_at=until))
        session.commit()
    except IntegrityError:  # another process created it first
        session.rollback()
        return False
    return True


def release(session: Session, name: str, holder: str) -> None:
    """Give `name` back, if we hold it."""
    session.execute(
        update(Lock).where(Lock.name == name, Lock.holder == holder).values(expires_at=None)
    )
    session.commit()
