"""Organisations own everything: the one place where reads and writes are scoped to one.

A session scoped with `scope(session, org_id)` (every API request's session, and every job's)
- adds `org_id = :org` to every ORM SELECT, UPDATE and DELETE that touches an `OrgOwned` model,
  joins and relationship loads included, so another organisation's rows do not exist for it
  (a lookup by id answers 404, a list leaves them out);
- stamps new `OrgOwned` rows with its organisation, and refuses rows of another one.

Routes and services never filter by organisation by hand. A session that is not scoped sees
every organisation: only system code (the worker's claim, the sweeper, the CLI) uses one, and
it cannot create organisation-owned rows without naming their organisation.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import ForeignKey, String, event
from sqlalchemy.orm import (
    Mapped,
    ORMExecuteState,
    Session,
    UOWTransaction,
    declared_attr,
    mapped_column,
    with_loader_criteria,
)

from matcha.db import INSERT_STAMPS, Base, IdMixin, TimestampMixin

ORG_KEY = "matcha_org_id"


class Organisation(IdMixin, TimestampMixin, Base):
    """A recruiting team: it owns its companies, candidates, results, jobs and users."""

    __tablename__ = "organisations"

    name: Mapped[str] = mapped_column(String(200))


class OrgOwned:
    """Mixin: the row belongs to one organisation (deleted with it)."""

    @declared_attr
    @classmethod
    def org_id(cls) -> Mapped[uuid.UUID]:
        return mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"), index=True)


class CrossOrgWrite(RuntimeError):
    """A scoped session was asked to write a row of another organisation (a bug, not input)."""


def scope(session: Session, org_id: uuid.UUID) -> Session:
    """Confine `session` to one organisation, for the rest of its life."""
    current = session.info.get(ORG_KEY)
    if current is not None and current != org_id:
        raise CrossOrgWrite("a session can't move from one organisation to another")
    session.info[ORG_KEY] = org_id
    return session


def org_of(session: Session) -> uuid.UUID | None:
    """The organisation `session` is scoped to, or None for a system session."""
    org: uuid.UUID | None = session.info.get(ORG_KEY)
    return org


def stamp(session: Session, values: dict[str, Any]) -> dict[str, Any]:
    """Core INSERT values with the session's organisation (for statements the ORM can't see)."""
    org = org_of(session)
    if "org_id" in values:
        if org is not None and values["org_id"] != org:
            raise CrossOrgWrite("the values name another organisation than the session's")
        return values
    if org is None:
        raise CrossOrgWrite("an unscoped session must name the organisation of new rows")
    return {**values, "org_id": org}


def _stamp_owned(session: Session, model: type[Base], values: dict[str, Any]) -> dict[str, Any]:
    return stamp(session, values) if issubclass(model, OrgOwned) else values


INSERT_STAMPS.append(_stamp_owned)


@event.listens_for(Session, "do_orm_execute")
def _only_this_org(state: ORMExecuteState) -> None:
    org = org_of(state.session)
    if org is None or not (state.is_select or state.is_update or state.is_delete):
        return
    state.statement = state.statement.options(
        with_loader_criteria(OrgOwned, lambda cls: cls.org_id == org, include_aliases=True)
    )


@event.listens_for(Session, "before_flush")
def _stamp_new_rows(session: Session, _flush: UOWTransaction, _instances: Any) -> None:
    org = org_of(session)
    for row in session.new:
        if not isinstance(row, OrgOwned):
            continue
        if row.org_id is None:
            if org is None:
                raise CrossOrgWrite(f"a new {type(row).__name__} needs an organisation")
            row.org_id = org
        elif org is not None and row.org_id != org:
            raise CrossOrgWrite(f"a new {type(row).__name__} names another organisation")
