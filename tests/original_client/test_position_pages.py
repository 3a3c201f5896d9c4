"""The original frontend's Positions and PositionDetail pages (client/src/pages/Positions.tsx,
PositionDetail.tsx, components/PositionForm.tsx, PositionCard.tsx, PositionMatchCard.tsx) and the
job-board toggle (JobBoards.tsx): create, list, filter, show, update, match, delete."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from matcha.positions.models import Position
from tests.original_client.conftest import NUMBER, TEXT, Original, reads, strings

LISTS = ("requirements", "responsibilities", "required_skills", "preferred_skills", "benefits")


def _form(company_id: str, **changes: Any) -> dict[str, Any]:
    """PositionForm's body on submit: its initial state with the user's changes; the fields it
    starts as `undefined` are left out by JSON.stringify."""
    body: dict[str, Any] = {
        "company_id": company_id,
        "title": "",
        "salary_currency": "USD",
        "location": "",
        "required_skills": [],
        "preferred_skills": [],
        "requirements": [],
        "responsibilities": [],
        "benefits": [],
        "department": "",
        "reporting_to": "",
        "visa_sponsorship": False,
    }
    return {**body, **changes}


def _position(position: Any) -> None:
    """Every field PositionCard and PositionDetail read of a Position."""
    reads(
        position,
        id=str,
        company_id=str,
        company_name=TEXT,
        title=str,
        salary_min=(int, type(None)),
        salary_max=(int, type(None)),
        salary_currency=str,
        location=TEXT,
        employment_type=TEXT,
        experience_level=TEXT,
        department=TEXT,
        reporting_to=TEXT,
        remote_policy=TEXT,
        visa_sponsorship=bool,
        status=str,
        show_on_job_board=bool,
        created_at=str,
        updated_at=str,
        **dict.fromkeys(LISTS, list),
    )
    assert all(strings(position[name]) for name in LISTS)
    assert len(position["salary_currency"]) == 3  # Intl.NumberFormat throws on anything else


@pytest.fixture
def company(original: Original) -> dict[str, Any]:
    return dict(original.call("/companies", "POST", {"name": "Lumen Labs", "industry": "Design"}))


def test_create_from_the_untouched_form(
    original: Original, company: dict[str, Any], session: Session
) -> None:
    made = original.call("/positions", "POST", _form(company["id"], title="Engineer"))

    _position(made)
    assert made["company_name"] == "Lumen Labs"
    assert (made["salary_currency"], made["benefits"], made["visa_sponsorship"]) == (
        "USD",
        [],
        False,
    )
    assert (made["location"], made["department"], made["reporting_to"]) == (None, None, None)
    assert (made["status"], made["show_on_job_board"]) == ("active", False)
    assert session.scalar(select(func.count()).select_from(Position)) == 1


def test_create_with_every_field_stores_them(
    original: Original, company: dict[str, Any], session: Session
) -> None:
    body = _form(
        company["id"],
        title="Platform Engineer",
        salary_min=60000,
        salary_max=90000,
        salary_currency="EUR",
        location="Lisbon",
        employment_type="full-time",
        experience_level="senior",
        remote_policy="hybrid",
        required_skills=["Python", "PostgreSQL"],
        preferred_skills=["Go"],
        requirements=["5 years of backend work"],
        responsibilities=["Own the job queue"],
        benefits=["Health insurance", "Learning budget"],
        department="Engineering",
        reporting_to="CTO",
        visa_sponsorship=True,
    )

    made = original.call("/positions", "POST", body)

    _position(made)
    for name, value in body.items():
        assert made[name] == value, name
    row = session.get(Position, uuid.UUID(made["id"]))
    assert row is not None
    assert (row.salary_currency, row.benefits, row.reporting_to, row.visa_sponsorship) == (
        "EUR",
        ["Health insurance", "Learning budget"],
        "CTO",
        True,
    )


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"title": ""}, "title"),  # required: the form's submit needs it, the API too
        ({"title": "X", "salary_currency": "EURO"}, "salary_currency"),
        ({"title": "X", "salary_min": 9, "salary_max": 1}, "salary_min"),
        ({"title": "X", "benefits": [""]}, "benefits"),
        ({"title": "X", "visa_sponsorship": "maybe"}, "visa_sponsorship"),
    ],
)
def test_bad_form_is_refused_and_stores_nothing(
    original: Original,
    company: dict[str, Any],
    session: Session,
    changes: dict[str, Any],
    field: str,
) -> None:
    response = original.send("/positions", "POST", _form(company["id"], **changes))

    assert response.status_code == 422
    assert field in response.json()["detail"]
    assert session.scalar(select(func.count()).select_from(Position)) == 0


def test_list_and_its_filters(original: Original, company: dict[str, Any]) -> None:
    """positions.list: status, experience_level, remote_policy, search; only those set."""
    for title, level, remote in (
        ("Data Engineer", "senior", "remote"),
        ("Designer", "mid", "onsite"),
        ("Staff Data Scientist", "lead", "hybrid"),
    ):
        original.call(
            "/positions",
            "POST",
            _form(company["id"], title=title, experience_level=level, remote_policy=remote),
        )

    def titles(query: str = "") -> list[str]:
        listed = original.call(f"/positions{query}")
        for position in listed:
            _position(position)
        return sorted(p["title"] for p in listed)

    assert titles() == ["Data Engineer", "Designer", "Staff Data Scientist"]
    assert titles("?status=active") == titles()
    assert titles("?status=closed") == []
    assert titles("?experience_level=senior") == ["Data Engineer"]
    assert titles("?remote_policy=onsite") == ["Designer"]
    assert titles("?search=data") == ["Data Engineer", "Staff Data Scientist"]
    assert titles("?experience_level=lead&remote_policy=hybrid&search=data") == [
        "Staff Data Scientist"
    ]


def test_detail_page(original: Original, company: dict[str, Any]) -> None:
    made = original.call("/positions", "POST", _form(company["id"], title="Engineer"))

    shown = original.call(f"/positions/{made['id']}")

    _position(shown)
    assert shown["company_name"] == "Lumen Labs"


def test_update_is_put_with_the_fields_sent(
    original: Original, company: dict[str, Any], session: Session
) -> None:
    made = original.call(
        "/positions",
        "POST",
        _form(company["id"], title="Engineer", location="Lisbon", required_skills=["Python"]),
    )

    updated = original.call(
        f"/positions/{made['id']}",
        "PUT",
        {
            "title": "Senior Engineer",
            "salary_currency": "gbp",
            "benefits": ["Pension"],
            "reporting_to": "CTO",
            "visa_sponsorship": True,
            "status": "draft",
            "department": "",
        },
    )

    _position(updated)
    assert (updated["title"], updated["salary_currency"], updated["status"]) == (
        "Senior Engineer",
        "GBP",
        "draft",
    )
    assert (updated["benefits"], updated["reporting_to"], updated["visa_sponsorship"]) == (
        ["Pension"],
        "CTO",
        True,
    )
    # Fields not sent (and "" ones) are unchanged.
    assert (updated["location"], updated["required_skills"]) == ("Lisbon", ["Python"])
    assert updated["department"] is None
    assert original.call(f"/positions/{made['id']}")["title"] == "Senior Engineer"
    refused = original.send(f"/positions/{made['id']}", "PUT", {"salary_currency": None})
    assert refused.status_code == 422


def test_job_board_toggle(original: Original, company: dict[str, Any]) -> None:
    """positions.toggleJobBoard: PATCH with the flag in the query string, no body."""
    made = original.call("/positions", "POST", _form(company["id"], title="Engineer"))

    shown = original.call(f"/positions/{made['id']}/job-board?show_on_job_board=true", "PATCH")
    assert shown["show_on_job_board"] is True
    hidden = original.call(f"/positions/{made['id']}/job-board?show_on_job_board=false", "PATCH")
    assert hidden["show_on_job_board"] is False
    assert original.call(f"/positions/{made['id']}")["show_on_job_board"] is False
    missing = original.send(f"/positions/{made['id']}/job-board", "PATCH")
    assert missing.status_code == 422


def test_run_matching_then_the_ranked_matches(
    original: Original, company: dict[str, Any], candidates: list[dict[str, Any]]
) -> None:
    """positions.match sends `{}`; PositionMatchCard reads each match of getMatches."""
    made = original.call(
        "/positions",
        "POST",
        _form(
            company["id"], title="Engineer", required_skills=["Python"], experience_level="senior"
        ),
    )

    run = original.call(f"/positions/{made['id']}/match", "POST", {})
    listed = original.call(f"/positions/{made['id']}/matches")

    reads(run, status=str, matches=list)
    assert len(listed) == len(candidates)
    scores = [m["overall_score"] for m in listed]
    assert scores == sorted(scores, reverse=True)  # best first
    for match in listed:
        reads(
            match,
            id=str,
            position_id=str,
            candidate_id=str,
            candidate_name=TEXT,
            overall_score=NUMBER,
            skills_match_score=NUMBER,
            experience_match_score=NUMBER,
            culture_fit_score=NUMBER,
            match_reasoning=TEXT,
            skills_breakdown=dict,
            experience_breakdown=dict,
            culture_fit_breakdown=dict,
            created_at=str,
        )
        reads(
            match["skills_breakdown"],
            matched_required=list,
            missing_required=list,
            matched_preferred=list,
            reasoning=str,
        )
        reads(match["experience_breakdown"], candidate_level=str, required_level=str, reasoning=str)
        reads(match["culture_fit_breakdown"], reasoning=str, strengths=list, concerns=list)


def test_delete_answers_json(original: Original, company: dict[str, Any], session: Session) -> None:
    """positions.delete parses the answer before PositionDetail navigates away."""
    made = original.call("/positions", "POST", _form(company["id"], title="Engineer"))

    answer = original.call(f"/positions/{made['id']}", "DELETE")

    assert answer == {"status": "deleted", "id": made["id"]}
    assert original.send(f"/positions/{made['id']}").status_code == 404
    assert session.scalar(select(func.count()).select_from(Position)) == 0
