"""The original frontend's Companies and CompanyDetail pages (client/src/pages/Companies.tsx,
CompanyDetail.tsx): companies, culture profile, interviews, positions and culture matching."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from matcha.companies.models import Company
from matcha.culture.schemas import CultureProfilePublic
from matcha.interviews.models import Interview
from tests.original_client.conftest import NUMBER, TEXT, Original, reads, strings

DIMENSIONS = (
    "collaboration_style",
    "communication",
    "pace",
    "hierarchy",
    "work_life_balance",
    "growth_focus",
    "decision_making",
    "remote_policy",
    "team_size",
)


def _company(company: Any) -> None:
    """What Companies.tsx and CompanyDetail.tsx read of a company."""
    reads(
        company,
        id=str,
        name=str,
        industry=TEXT,
        size=TEXT,
        created_at=str,
        interview_count=int,
        culture_profile=(dict, type(None)),
    )


def test_companies_list_shows_each_company(original: Original, cultured: dict[str, Any]) -> None:
    listed = original.call("/companies")

    assert [c["id"] for c in listed] == [cultured["id"]]
    _company(listed[0])
    assert listed[0]["interview_count"] == 2
    assert listed[0]["culture_profile"]  # "Has profile" on the card


def test_add_company_form_with_blank_industry_and_size(
    original: Original, session: Session
) -> None:
    """The form's untouched inputs are "" (CompanyCreate: name, industry?, size?)."""
    made = original.call("/companies", "POST", {"name": "Acme Corp", "industry": "", "size": ""})

    _company(made)
    assert (made["name"], made["industry"], made["size"]) == ("Acme Corp", None, None)
    assert made["culture_profile"] is None and made["interview_count"] == 0
    filled = original.call(
        "/companies", "POST", {"name": "Kiln", "industry": "Retail", "size": "startup"}
    )
    assert (filled["industry"], filled["size"]) == ("Retail", "startup")
    assert session.scalar(select(func.count()).select_from(Company)) == 2


def test_add_company_without_a_name_is_refused(original: Original, session: Session) -> None:
    response = original.send("/companies", "POST", {"name": "", "industry": "", "size": ""})

    assert response.status_code == 422
    assert isinstance(response.json()["detail"], str)  # the client shows error.detail
    assert session.scalar(select(func.count()).select_from(Company)) == 0


def test_company_detail_shows_the_culture_profile_as_plain_fields(
    original: Original, cultured: dict[str, Any]
) -> None:
    company = original.call(f"/companies/{cultured['id']}")

    _company(company)
    profile = company["culture_profile"]
    reads(
        profile,
        culture_summary=str,
        values=list,
        key_traits=list,
        red_flags_for_candidates=list,
        **dict.fromkeys(DIMENSIONS, str),
    )
    assert profile["culture_summary"] and strings(profile["values"]) and profile["values"]
    assert strings(profile["key_traits"]) and strings(profile["red_flags_for_candidates"])
    # The same values as matcha's nested profile_data ({value, evidence} per dimension).
    for name in DIMENSIONS:
        assert profile[name] == profile["profile_data"][name]["value"]
    assert profile["values"] == profile["profile_data"]["values"]
    assert profile["culture_summary"] == profile["profile_data"]["culture_summary"]


def test_culture_profile_flat_fields_are_not_read_back_as_input() -> None:
    """A flat field sent with a profile never overrides profile_data (it is derived)."""
    profile = CultureProfilePublic.model_validate(
        {
            "id": "00000000-0000-4000-8000-000000000001",
            "company_id": "00000000-0000-4000-8000-000000000002",
            "profile_data": {"pace": {"value": "steady"}, "culture_summary": "Calm."},
            "interview_count": 1,
            "created_at": "2026-01-01T00:00:00Z",
            "updated_at": "2026-01-01T00:00:00Z",
            "pace": "fast_startup",
        }
    )
    assert (profile.pace, profile.culture_summary, profile.hierarchy) == (
        "steady",
        "Calm.",
        "unknown",
    )


def test_company_detail_lists_interviews(original: Original, cultured: dict[str, Any]) -> None:
    interviews = original.call(f"/companies/{cultured['id']}/interviews")

    assert len(interviews) == 2
    for interview in interviews:
        reads(
            interview,
            id=str,
            interview_type=str,
            interviewer_name=TEXT,
            interviewer_role=TEXT,
            status=str,
            created_at=str,
            raw_culture_data=(dict, type(None)),
            screening_analysis=(dict, type(None)),
        )
        assert interview["interview_type"] == "culture" and interview["status"] == "completed"


def test_new_interview_form_sends_company_id_and_blank_names(
    original: Original, cultured: dict[str, Any], session: Session
) -> None:
    """interviews.create spreads the form and adds company_id; the client then navigates to
    /interview/{interview_id}."""
    company = cultured["id"]
    started = original.call(
        f"/companies/{company}/interviews",
        "POST",
        {"interviewer_name": "", "interviewer_role": "", "company_id": company},
    )

    reads(started, interview_id=str)
    interview = original.call(f"/interviews/{started['interview_id']}")
    assert interview["status"] == "pending" and interview["interview_type"] == "culture"
    assert interview["interviewer_name"] is None and interview["interviewer_role"] is None

    screening = original.call(
        f"/companies/{company}/interviews",
        "POST",
        {"interview_type": "screening", "company_id": company},
    )
    assert original.call(f"/interviews/{screening['interview_id']}")["interview_type"] == (
        "screening"
    )
    listed = {i["id"] for i in original.call(f"/companies/{company}/interviews")}
    assert {started["interview_id"], screening["interview_id"]} <= listed


def test_new_interview_for_another_company_in_the_body_is_refused(
    original: Original, cultured: dict[str, Any], session: Session
) -> None:
    other = original.call("/companies", "POST", {"name": "Other"})
    before = session.scalar(select(func.count()).select_from(Interview))

    response = original.send(
        f"/companies/{cultured['id']}/interviews", "POST", {"company_id": other["id"]}
    )

    assert response.status_code == 422
    assert "company_id" in response.json()["detail"]
    assert session.scalar(select(func.count()).select_from(Interview)) == before


def test_aggregate_culture_button(original: Original, cultured: dict[str, Any]) -> None:
    """companies.aggregateCulture: a POST without a body, `{status, profile}` back."""
    answer = original.call(f"/companies/{cultured['id']}/aggregate-culture", "POST")

    reads(answer, status=str, profile=dict)


def test_company_positions_by_the_company_path(
    original: Original, cultured: dict[str, Any]
) -> None:
    """positions.listByCompany: GET /positions/company/{id}[?status=]."""
    company = cultured["id"]
    other = original.call("/companies", "POST", {"name": "Other"})
    for title, status, owner in (
        ("Designer", "active", company),
        ("Writer", "draft", company),
        ("Elsewhere", "active", other["id"]),
    ):
        original.call("/positions", "POST", {"company_id": owner, "title": title})
        if status == "draft":
            made = original.call(f"/positions/company/{owner}")[0]
            original.call(f"/positions/{made['id']}", "PUT", {"status": "draft"})

    listed = original.call(f"/positions/company/{company}")
    drafts = original.call(f"/positions/company/{company}?status=draft")

    assert sorted(p["title"] for p in listed) == ["Designer", "Writer"]
    assert [p["title"] for p in drafts] == ["Writer"]
    assert all(p["company_name"] == "Lumen Labs" for p in listed)
    unknown = original.send("/positions/company/00000000-0000-4000-8000-000000000000")
    assert unknown.status_code == 404


def test_run_matching_then_the_ranked_matches(
    original: Original, cultured: dict[str, Any], candidates: list[dict[str, Any]]
) -> None:
    """matching.run sends `{}` (no candidate_ids); matching.list feeds the Candidate Matches."""
    company = cultured["id"]
    run = original.call(f"/companies/{company}/match", "POST", {})

    reads(run, status=str, matches=list)
    assert len(run["matches"]) == len(candidates)
    listed = original.call(f"/companies/{company}/matches")
    assert [m["id"] for m in listed] == [m["id"] for m in run["matches"]]
    scores = [m["match_score"] for m in listed]
    assert scores == sorted(scores, reverse=True)  # best first
    for match in listed:
        reads(
            match,
            id=str,
            company_id=str,
            candidate_id=str,
            candidate_name=TEXT,
            match_score=NUMBER,
            match_reasoning=TEXT,
            culture_fit_breakdown=dict,
            created_at=str,
        )
        assert 0 <= match["match_score"] <= 100
        for fit in ("collaboration_fit", "pace_fit", "values_alignment", "growth_fit"):
            reads(match["culture_fit_breakdown"][fit], score=NUMBER, reasoning=str)
        reads(match["culture_fit_breakdown"]["work_style_fit"], score=NUMBER, reasoning=str)
    some = original.call(
        f"/companies/{company}/match", "POST", {"candidate_ids": [candidates[0]["id"]]}
    )
    assert [m["candidate_id"] for m in some["matches"]] == [candidates[0]["id"]]


def test_delete_company_answers_json(
    original: Original, cultured: dict[str, Any], session: Session
) -> None:
    """companies.delete parses the answer as `{status}`."""
    answer = original.call(f"/companies/{cultured['id']}", "DELETE")

    assert answer == {"status": "deleted", "id": cultured["id"]}
    assert original.send(f"/companies/{cultured['id']}").status_code == 404
    assert session.scalar(select(func.count()).select_from(Interview)) == 0
