"""Every UI page renders the demo data, shows clear empty states, and respects roles and orgs."""

from __future__ import annotations

import html
import re
import uuid

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from matcha.accounts.models import Role
from matcha.culture import service as culture_service
from matcha.demo.loader import Sample
from matcha.interviews.models import Interview
from matcha.matching import service as matching_service
from tests.conftest import Account, make_account
from tests.web.conftest import add_user, login


def _ok(web: TestClient, path: str) -> str:
    response = web.get(path)
    assert response.status_code == 200, (path, response.status_code, response.text[:500])
    assert response.headers["content-type"].startswith("text/html")
    return html.unescape(response.text)


def _text(page: str) -> str:
    """What a person reads: the page without its tags, whitespace collapsed."""
    return " ".join(re.sub(r"<[^>]+>", " ", page).split()).replace(" .", ".")


def test_every_page_renders_the_demo(
    web: TestClient, logged_in: str, demo: Sample, session: Session
) -> None:
    companies = _ok(web, "/ui/companies")
    assert "Lumen Labs" in companies and "Northwind Assurance" in companies
    for company_id in demo.companies.values():
        _ok(web, f"/ui/companies/{company_id}")
    for interview_id in demo.interviews:
        _ok(web, f"/ui/interviews/{interview_id}")
    assert "Aisha Bello" in _ok(web, "/ui/candidates")
    for candidate_id in demo.candidates[:3]:
        _ok(web, f"/ui/candidates/{candidate_id}")
    assert "Senior Backend Engineer (Go)" in _ok(web, "/ui/positions")
    for position_id in demo.positions:
        _ok(web, f"/ui/positions/{position_id}")
        _ok(web, f"/ui/positions/{position_id}/edit")
    _ok(web, "/ui/candidates/new")
    _ok(web, "/ui/positions/new")
    operators = _ok(web, "/ui/operators")
    assert "combined" in operators and "match position" in operators


def test_the_company_page_shows_culture_evidence_matches_and_job_buttons(
    web: TestClient, logged_in: str, demo: Sample, session: Session
) -> None:
    company_id = demo.companies["lumen"]
    page = _ok(web, f"/ui/companies/{company_id}")
    culture = culture_service.profile_data(session, company_id)
    assert culture is not None
    assert culture.culture_summary in page
    for name in ("collaboration", "work-life balance", "company size"):
        assert name in page.lower()
    remote = culture.remote_policy
    assert remote.value == "fully_remote" and "Fully remote work" in page
    assert remote.evidence[0] in page  # the transcript sentence behind the value
    best = matching_service.company_matches(session, company_id)[0]
    assert best.candidate_name in page and "Fit by dimension" in page
    assert "Values" in page and "Work style" in page
    assert not re.search(r"\b(async_first|fully_remote|highly_collaborative)\b", _text(page))
    assert "Culture fit rests on" in page and "dimensions known for both" in page
    assert "Overall " in page and "% work style (" in page
    assert f'data-run="/api/companies/{company_id}/aggregate-culture/async"' in page
    assert f'data-run="/api/companies/{company_id}/match/async"' in page
    assert f'data-live="/ui/companies/{company_id}/interviews/live"' in page
    assert "completed" in page and "Add an interview" in page


def test_the_interview_page_puts_the_transcript_beside_its_analysis(
    web: TestClient, logged_in: str, demo: Sample, session: Session
) -> None:
    interviews = {i.id: i for i in session.query(Interview)}
    screening = next(i for i in interviews.values() if i.interview_type == "screening")
    culture = next(i for i in interviews.values() if i.interview_type == "culture")
    page = _ok(web, f"/ui/interviews/{screening.id}")
    assert "Transcript" in page and "Screening" in page and "Recommendation" in page
    assert "critical thinking" in page and "Conversation analysis" in page
    page = _ok(web, f"/ui/interviews/{culture.id}")
    assert "Culture data" in page and "Topics covered" in page
    first_line = (culture.transcript or "").splitlines()[0].partition(":")[2].strip()
    assert first_line[:40] in page


def test_the_position_page_ranks_candidates_with_skills_and_scores(
    web: TestClient, logged_in: str, demo: Sample, session: Session
) -> None:
    position_id = demo.positions[0]
    page = _ok(web, f"/ui/positions/{position_id}")
    matches = matching_service.position_matches(session, position_id)
    assert matches and page.index(matches[0].candidate_name) < page.index(
        matches[-1].candidate_name
    )
    for column in ("Overall", "Skills", "Experience", "Culture"):
        assert f">{column}</th>" in page
    assert "Matched required" in page and "Missing required" in page
    assert f'data-run="/api/positions/{position_id}/match/async"' in page
    best = matches[0]
    made = (
        f"Overall {best.overall_score:.0f} from 40% skills ({best.skills_match_score:.0f}) + "
        f"30% experience ({best.experience_match_score:.0f}) + "
        f"30% culture ({best.culture_fit_score:.0f})."
    )
    assert made in page  # how Overall was composed
    assert "Culture fit rests on" in page


def test_the_candidate_page_shows_the_parsed_profile(
    web: TestClient, logged_in: str, demo: Sample
) -> None:
    page = _ok(web, f"/ui/candidates/{demo.candidates[0]}")
    for heading in ("Skills", "Work history", "Education", "Résumé text", "Work style"):
        assert heading in page


def test_empty_states_say_what_to_do(web: TestClient, logged_in: str) -> None:
    assert "No companies yet: add one below." in _text(_ok(web, "/ui/companies"))
    assert "No candidates yet: add one from a résumé." in _text(_ok(web, "/ui/candidates"))
    positions = _text(_ok(web, "/ui/positions"))
    assert "a position belongs to a company, and there are none: add a company first" in positions
    created = web.post("/ui/companies", data={"csrf": logged_in, "name": "Acme"})
    company = _text(_ok(web, created.headers["location"]))
    assert "No culture interviews yet: add one." in company
    assert "No culture profile yet" in company and "No positions yet: add one." in company
    assert "No matches yet: matching needs the culture profile first." in company
    operators = _text(_ok(web, "/ui/operators"))
    assert "No jobs yet" in operators and "No failed jobs." in operators
    assert "No job is running." in operators


def test_a_viewer_sees_no_write_buttons(
    web: TestClient, account: Account, demo: Sample, session: Session
) -> None:
    csrf = login(web, add_user(session, account, Role.viewer))
    company_id = demo.companies["lumen"]
    pages = [
        f"/ui/companies/{company_id}",
        "/ui/companies",
        "/ui/candidates",
        "/ui/positions",
        f"/ui/positions/{demo.positions[0]}",
        f"/ui/interviews/{demo.interviews[0]}",
        "/ui/operators",
    ]
    for path in pages:
        page = _ok(web, path)
        for write in ("data-run=", "data-retry=", "Add an interview", "Add a company"):
            assert write not in page, (path, write)
        assert "Add a candidate" not in page and ">Edit</a>" not in page, path
        assert "viewer" in page
    assert web.get("/ui/candidates/new").status_code == 403
    refused = web.post("/ui/companies", data={"csrf": csrf, "name": "Nope"})
    assert refused.status_code == 403 and "can only read" in refused.text


def test_another_organisations_ids_are_404_pages(
    web: TestClient, logged_in: str, demo: Sample
) -> None:
    other = make_account("Org B")
    with TestClient(web.app, follow_redirects=False) as theirs:
        login(theirs, other.email)
        for path in (
            f"/ui/companies/{demo.companies['lumen']}",
            f"/ui/interviews/{demo.interviews[0]}",
            f"/ui/candidates/{demo.candidates[0]}",
            f"/ui/positions/{demo.positions[0]}",
            f"/ui/positions/{demo.positions[0]}/edit",
            f"/ui/companies/{demo.companies['lumen']}/interviews/live",
            f"/ui/companies/{uuid.uuid4()}",
            "/ui/companies/not-a-uuid",
        ):
            response = theirs.get(path)
            assert response.status_code == 404, path
            assert "Not found" in response.text and "<!doctype html>" in response.text
        assert "Lumen Labs" not in theirs.get("/ui/companies").text


def test_static_files_are_served_with_a_version(web: TestClient) -> None:
    from matcha.web.templating import static_version

    css = web.get(f"/ui/static/app.css?v={static_version()}")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    assert "immutable" in css.headers["cache-control"]
    js = web.get("/ui/static/app.js")
    assert js.status_code == 200 and js.headers["cache-control"] == "no-cache"
    assert "EventSource" in js.text and "X-Requested-With" in js.text
    assert web.get("/ui/static/../main.py").status_code == 404
    assert web.get("/ui/static/secret.txt").status_code == 404


def test_each_culture_value_shows_its_confidence_interviews_and_disagreement(
    web: TestClient, logged_in: str, session: Session
) -> None:
    """Issue 14: a recruiter sees how sure a value is, which interviews it rests on, and that
    two interviews said hybrid while one said fully remote."""
    company = _created_company(session)
    ids = [
        _analysed_interview(session, company, "hybrid", 0.55, "We are in two days a week."),
        _analysed_interview(session, company, "fully_remote", 0.3, "The rest is remote."),
        _analysed_interview(session, company, "hybrid", 0.5, "Tuesdays in the office."),
    ]
    from matcha.ai.embedded.provider import EmbeddedProvider
    from matcha.jobs.aggregate_culture import aggregate_culture

    aggregate_culture(session, company, ai=EmbeddedProvider())
    session.commit()
    page = _ok(web, f"/ui/companies/{company}")
    card = page[page.index('data-dimension="remote_policy"') :]
    card = card[: card.index("</section>")]
    text = _text(card)
    assert "Hybrid work, some days in the office" in text
    assert re.search(r"Confidence: (high|medium|low)", text)
    assert re.search(r'title="confidence 0\.\d\d of 1"', card)
    assert "Interviews disagree: 2 interviews said hybrid work, some days in the office; " in text
    assert "1 said fully remote work" in text
    for interview_id in ids:
        assert f'href="/ui/interviews/{interview_id}"' in card
    pace = page[page.index('data-dimension="pace"') :]
    assert "not stated" in _text(pace[: pace.index("</section>")])


def _created_company(session: Session) -> uuid.UUID:
    from matcha.companies.models import Company

    company = Company(name="Ferry Lane")
    session.add(company)
    session.commit()
    return company.id


def _analysed_interview(
    session: Session, company: uuid.UUID, value: str, confidence: float, sentence: str
) -> uuid.UUID:
    from matcha.ai.schemas import CultureData, Dimension
    from matcha.interviews.models import InterviewStatus

    data = CultureData(
        remote_policy=Dimension(value=value, evidence=[sentence], confidence=confidence)
    )
    row = Interview(
        company_id=company,
        interview_type="culture",
        status=InterviewStatus.completed,
        raw_culture_data=data.model_dump(mode="json"),
    )
    session.add(row)
    session.commit()
    return row.id
