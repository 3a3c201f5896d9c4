"""Offset pagination that keeps list bodies as plain arrays (as the user's clients expect).

The HTTP shell reports the total in `X-Total-Count` and the next page in a `Link` header; this
module knows nothing of HTTP, so services and jobs can page without importing FastAPI.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

T = TypeVar("T")


@dataclass
class Page:
    limit: int
    offset: int
    on_total: Callable[[Page, int, int], None] | None = None  # (page, total, rows returned)

    def _report(self, total: int, returned: int) -> None:
        if self.on_total is not None:
            self.on_total(self, total, returned)

    def fetch(self, session: Session, query: Select[T]) -> Sequence[T]:
        """Run `query` for this page and report the total to whoever asked for it."""
        total = session.scalar(select(func.count()).select_from(query.order_by(None).subquery()))
        rows = session.scalars(query.limit(self.limit).offset(self.offset)).all()
        self._report(total or 0, len(rows))
        return rows


def page_of(items: Sequence[Any], page: Page) -> Sequence[Any]:
    """Paginate an in-memory sequence the same way (for lists computed in Python)."""
    rows = items[page.offset : page.offset + page.limit]
    page._report(len(items), len(rows))
    return rows
