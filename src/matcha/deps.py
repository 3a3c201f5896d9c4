"""FastAPI dependencies shared by every router that know nothing of the caller: the database
session, the client's address, paging. Who is calling (and the session scoped to their
organisation) is accounts' business: see matcha.accounts.deps."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Query, Request, Response
from sqlalchemy.orm import Session

from matcha.db import get_sessionmaker
from matcha.pagination import Page


def get_db() -> Iterator[Session]:
    """One session per request; services commit what they change, anything else is rolled back.
    Routes take `SessionDep` (accounts.deps), the same session scoped to the caller's
    organisation."""
    session = get_sessionmaker()()
    try:
        yield session
    finally:
        session.rollback()
        session.close()


DbDep = Annotated[Session, Depends(get_db)]
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def client_address(request: Request) -> str:
    """The caller's address, the key of per-address limits (logins, registrations)."""
    return request.client.host if request.client else "unknown"


def get_page(
    response: Response,
    limit: Annotated[int, Query(ge=1, le=500, description="Items per page")] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000_000, description="Items to skip")] = 0,
) -> Page:
    """Page parameters; the total lands in `X-Total-Count`, the next page in `Link`."""

    def headers(page: Page, total: int, returned: int) -> None:
        response.headers["X-Total-Count"] = str(total)
        if page.offset + returned < total:
            nxt = page.offset + page.limit
            response.headers["Link"] = f'<?limit={page.limit}&offset={nxt}>; rel="next"'

    return Page(limit=limit, offset=offset, on_total=headers)


PageDep = Annotated[Page, Depends(get_page)]
