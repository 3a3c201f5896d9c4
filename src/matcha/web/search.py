"""The header's search box: candidates, companies and positions that hold the words."""

from __future__ import annotations

from typing import Annotated

from fastapi import Query, Response

from matcha.candidates import service as candidates_service
from matcha.candidates.listing import CandidateFilters
from matcha.companies import service as companies_service
from matcha.pagination import Page
from matcha.positions import service as positions_service
from matcha.positions.listing import PositionFilters
from matcha.web.routing import ui_router
from matcha.web.session import UiDep

router = ui_router()
SHOWN = 10


def _page(totals: dict[str, int], kind: str) -> Page:
    return Page(SHOWN, 0, on_total=lambda _p, total, _n: totals.__setitem__(kind, total))


@router.get("/ui/search")
def search(ui: UiDep, q: Annotated[str, Query(max_length=500)] = "") -> Response:
    """The best few of each kind, with a link to the whole filtered list."""
    totals: dict[str, int] = {}
    words = q.strip()
    candidates = companies = positions = []
    if words:
        candidates = list(
            candidates_service.list_candidates(
                ui.session, page=_page(totals, "candidates"), filters=CandidateFilters(q=words)
            )
        )
        companies = companies_service.to_public(
            ui.session,
            companies_service.list_companies(
                ui.session, page=_page(totals, "companies"), search=words
            ),
        )
        positions = list(
            positions_service.list_positions(
                ui.session, page=_page(totals, "positions"), filters=PositionFilters(search=words)
            )
        )
    return ui.render(
        "search.html",
        title=f"Search: {words}" if words else "Search",
        q=words,
        candidates=candidates,
        companies=companies,
        positions=positions,
        totals=totals,
    )
