"""The header's search box and the filter and sort controls of the list pages."""

from __future__ import annotations

import html
import re

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from matcha.candidates import service as candidates_service
from matcha.candidates.schemas import CandidateCreate
from matcha.companies import service as companies_service
from matcha.companies.schemas import CompanyCreate
from matcha.positions import service as positions_service
from matcha.positions.schemas import PositionCreate


def _page(web: TestClient, path: str) -> str:
    response = web.get(path)
    assert response.status_code == 200, (path, response.text[:300])
    return html.unescape(response.text)


def _rows(page: str) -> list[str]:
    """The names in the list's table, in order."""
    return re.findall(r'<th scope="row"><a href="[^"]+">([^<]+)</a>', page)


def _data(session: Session) -> None:
    for name, resume in (
        ("Priya Sharma", "priya@sharma.example\nSkills: Python, Kubernetes\n2014 - 2024 engineer"),
        ("Tom Nguyen", "tom@nguyen.example\nSkills: React, CSS\n2021 - 2024 developer"),
    ):
        candidates_service.create_candidate(
            session, data=CandidateCreate(name=name, resume_text=resume)
        )
    lumen = companies_service.create_company(
        session, data=CompanyCreate(name="Lumen Labs", industry="Design software")
    )
    for title, level in (("Platform Engineer", "senior"), ("Product Designer", "mid")):
        positions_service.create_position(
            session,
            data=PositionCreate(company_id=lumen.id, title=title, experience_level=level),
        )


def test_the_header_search_finds_candidates_companies_and_positions(
    web: TestClient, logged_in: str, session: Session
) -> None:
    _data(session)
    assert 'action="/ui/search"' in _page(web, "/ui/companies")  # on every page's header
    page = _page(web, "/ui/search?q=priya")
    assert "Priya Sharma" in page and "Tom Nguyen" not in page
    page = _page(web, "/ui/search?q=lumen")
    assert "Lumen Labs" in page and "No candidate holds “lumen”" in page
    page = _page(web, "/ui/search?q=engineer")
    assert "Platform Engineer" in page and "Priya Sharma" in page and "Product Designer" not in page


def test_candidate_list_filters_and_sorts(
    web: TestClient, logged_in: str, session: Session
) -> None:
    _data(session)
    assert _rows(_page(web, "/ui/candidates?q=kubernetes")) == ["Priya Sharma"]
    assert _rows(_page(web, "/ui/candidates?skills=react")) == ["Tom Nguyen"]
    assert _rows(_page(web, "/ui/candidates?min_experience=5")) == ["Priya Sharma"]
    assert _rows(_page(web, "/ui/candidates?sort=name")) == ["Priya Sharma", "Tom Nguyen"]
    assert _rows(_page(web, "/ui/candidates?sort=-name")) == ["Tom Nguyen", "Priya Sharma"]
    page = _page(web, "/ui/candidates?q=nobody")
    assert "No candidate matches “nobody”" in page
    assert web.get("/ui/candidates?sort=salary").status_code == 422


def test_position_and_company_lists_filter_and_sort(
    web: TestClient, logged_in: str, session: Session
) -> None:
    _data(session)
    assert _rows(_page(web, "/ui/positions?experience_level=mid")) == ["Product Designer"]
    assert _rows(_page(web, "/ui/positions?search=platform")) == ["Platform Engineer"]
    assert _rows(_page(web, "/ui/positions?sort=title")) == [
        "Platform Engineer",
        "Product Designer",
    ]
    assert "No position matches" in _page(web, "/ui/positions?status=closed")
    assert _rows(_page(web, "/ui/companies?search=design")) == ["Lumen Labs"]
    assert "No company matches" in _page(web, "/ui/companies?search=acme")


def test_the_forms_blank_fields_mean_not_given(
    web: TestClient, logged_in: str, session: Session
) -> None:
    """A filter form sends every field, the untouched ones empty."""
    _data(session)
    page = _page(web, "/ui/candidates?q=&skills=&min_experience=&max_experience=&education=&sort=")
    assert _rows(page) == ["Tom Nguyen", "Priya Sharma"]
    query = "search=&company_id=&status=&experience_level=&remote_policy=&sort="
    assert len(_rows(_page(web, f"/ui/positions?{query}"))) == 2
    assert _rows(_page(web, "/ui/companies?search=&sort=")) == ["Lumen Labs"]


def test_the_candidate_list_exports_what_it_shows(
    web: TestClient, logged_in: str, session: Session
) -> None:
    _data(session)
    page = _page(web, "/ui/candidates?q=&skills=react&sort=name")
    link = re.search(r'href="(/api/candidates/export[^"]*)"', page)
    assert link is not None
    response = web.get(html.unescape(link.group(1)))  # the session cookie is enough to read
    assert response.status_code == 200
    assert "Tom Nguyen" in response.text and "Priya Sharma" not in response.text
