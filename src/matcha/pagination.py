"""Offset pagination that keeps list bodies as plain arrays (as the user's clients expect).

The total goes in `X-Total-Count`, and the next page in a `Link: <…>; rel="next"` header.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from fastapi import Response
from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

T = TypeVar("T")


@dataclass
class Page:
    limit: int
    offset: int
    response: Response | None = None

    def fetch(self, session: Session, query: Select[T]) -> Sequence[T]:
        """Run `query` for this page and record the total in the response headers."""
        total = session.scalar(select(func.count()).select_from(query.order_by(None).subquery()))
        rows = session.scalars(query.limit(self.limit).offset(self.offset)).all()
        if self.response is not None:
            self.response.headers["X-Total-Count"] = str(total or 0)
            if self.offset + len(rows) < (total or 0):
                nxt = self.offset + self.limit
                self.response.headers["Link"] = f'<?limit={self.limit}&offset={nxt}>; rel="next"'
        return rows


def page_of(items: Sequence[Any], page: Page) -> Sequence[Any]:
    """Paginate an in-memory sequence the same way (for lists computed in Python)."""
    if page.response is not None:
        page.response.headers["X-Total-Count"] = str(len(items))
    return items[page.offset : page.offset + page.limit]
