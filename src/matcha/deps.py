"""FastAPI dependencies shared by every router."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Query, Response
from sqlalchemy.orm import Session

from matcha.db import get_sessionmaker
from matcha.pagination import Page


def get_session() -> Iterator[Session]:
    """One session per request; services commit what they change, anything else is rolled back."""
    session = get_sessionmaker()()
    try:
        yield session
    finally:
        session.rollback()
        session.close()


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


SessionDep = Annotated[Session, Depends(get_session)]
PageDep = Annotated[Page, Depends(get_page)]
