"""UI forms: they create what they say, and a mistake re-renders the form with its message."""

from __future__ import annotations

import html

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from matcha.candidates.models import Candidate
from matcha.demo.loader import SAMPLE_DIR, manifest
from matcha.interviews.models import Interview
from matcha.jobs.engine.models import Job
from matcha.positions.models import Position

RESUME = "Ada Lovelace\nada@example.com\nSenior backend engineer\nPython, PostgreSQL, Kubernetes\n"


def _company(web: TestClient, csrf: str, name: str = "Acme") -> str:
    response = web.post("/ui/companies", data={"csrf": csrf, "name": name, "industry": "software"})
    assert response.status_code == 303, response.text
    return str(response.headers["location"]).rsplit("/", 1)[1]


def test_a_company_is_created_and_a_blank_name_is_refused_on_the_form(
    web: TestClient, logged_in: str
) -> None:
    company_id = _company(web, logged_in)
    assert "Acme" in web.get(f"/ui/companies/{company_id}").text
    refused = web.post("/ui/companies", data={"csrf": logged_in, "name": "  ", "size": "11-50"})
    assert refused.status_code == 422
    assert 'aria-invalid="true"' in refused.text and 'id="name-error"' in refused.text
    assert 'value="11-50"' in refused.text  # what was typed stays


def test_an_interview_with_a_transcript_is_queued_for_analysis(
    web: TestClient, logged_in: str, session: Session
) -> None:
    company_id = _company(web, logged_in)
    transcript = (SAMPLE_DIR / manifest()["companies"][0]["interviews"][0]["file"]).read_text()
    response = web.post(
        f"/ui/companies/{company_id}/interviews",
        data={
            "csrf": logged_in,
            "interview_type": "culture",
            "interviewer_name": "Sam",
            "transcript": transcript,
        },
    )
    assert response.status_code == 303
    interview = session.query(Interview).one()
    assert (interview.status, interview.interviewer_name) == ("analyzing", "Sam")
    job = session.query(Job).one()
    assert (job.kind, job.status, job.subject_id) == ("analyze_interview", "queued", interview.id)
    page = web.get(f"/ui/companies/{company_id}").text
    assert "analyzing" in page and "No culture interviews yet" not in page


def test_an_interview_form_error_is_shown_beside_the_field(
    web: TestClient, logged_in: str, session: Session
) -> None:
    company_id = _company(web, logged_in)
    response = web.post(
        f"/ui/companies/{company_id}/interviews",
        data={"csrf": logged_in, "interview_type": "culture", "transcript": "bad \x07 byte"},
    )
    assert response.status_code == 422
    page = html.unescape(response.text)
    assert "control character" in page and 'id="transcript-error"' in page
    assert '<details id="add-interview" class="add" open>' in page
    assert session.query(Interview).count() == 0
    kind = web.post(
        f"/ui/companies/{company_id}/interviews",
        data={"csrf": logged_in, "interview_type": "party"},
    )
    assert kind.status_code == 422 and 'id="interview_type-error"' in kind.text


def test_a_candidate_is_added_from_pasted_text(
    web: TestClient, logged_in: str, session: Session
) -> None:
    response = web.post(
        "/ui/candidates", data={"csrf": logged_in, "name": "Ada", "resume_text": RESUME}
    )
    assert response.status_code == 303
    page = html.unescape(web.get(response.headers["location"]).text)
    assert "Ada" in page and "Python" in page and "PostgreSQL" in page
    again = web.post(
        "/ui/candidates", data={"csrf": logged_in, "name": "Ada", "resume_text": RESUME}
    )
    assert again.status_code == 409 and "already on file" in again.text
    existing = session.query(Candidate).one()
    assert f"/ui/candidates/{existing.id}" in again.text


def test_a_candidate_is_added_from_an_uploaded_file(
    web: TestClient, logged_in: str, session: Session
) -> None:
    response = web.post(
        "/ui/candidates",
        data={"csrf": logged_in},
        files={"file": ("grace-hopper.txt", b"Grace Hopper\nCOBOL, compilers\n", "text/plain")},
    )
    assert response.status_code == 303, response.text
    assert session.query(Candidate).one().name
    wrong = web.post(
        "/ui/candidates",
        data={"csrf": logged_in},
        files={"file": ("photo.png", b"\x89PNG...", "image/png")},
    )
    assert wrong.status_code == 415 and 'id="file-error"' in wrong.text


def test_a_candidate_needs_text_or_a_file_and_a_name_with_text(
    web: TestClient, logged_in: str
) -> None:
    empty = web.post("/ui/candidates", data={"csrf": logged_in, "name": "Ada"})
    assert empty.status_code == 422 and "Paste the résumé" in html.unescape(empty.text)
    nameless = web.post("/ui/candidates", data={"csrf": logged_in, "resume_text": RESUME})
    assert nameless.status_code == 422 and "Enter the candidate" in html.unescape(nameless.text)


def test_a_position_is_created_then_edited(
    web: TestClient, logged_in: str, session: Session
) -> None:
    company_id = _company(web, logged_in)
    form = {
        "csrf": logged_in,
        "company_id": company_id,
        "title": "Backend Engineer",
        "required_skills": "Python, PostgreSQL\nKubernetes",
        "requirements": "Ships small changes, often\nWrites tests",
        "experience_level": "senior",
        "min_years": "4",
        "remote_policy": "remote",
    }
    response = web.post("/ui/positions", data=form)
    assert response.status_code == 303, response.text
    position = session.query(Position).one()
    assert position.required_skills == ["Python", "PostgreSQL", "Kubernetes"]
    assert position.requirements == ["Ships small changes, often", "Writes tests"]
    assert (position.experience_level, position.min_years) == ("senior", 4.0)
    edit = web.get(f"/ui/positions/{position.id}/edit").text
    assert "Python\nPostgreSQL\nKubernetes</textarea>" in edit and 'value="4"' in edit
    changed = web.post(
        f"/ui/positions/{position.id}",
        data={**form, "title": "Staff Engineer", "preferred_skills": "Go", "min_years": ""},
    )
    assert changed.status_code == 303
    session.refresh(position)
    assert (position.title, position.preferred_skills, position.min_years) == (
        "Staff Engineer",
        ["Go"],
        None,
    )


def test_position_form_errors_come_back_on_the_form(
    web: TestClient, logged_in: str, session: Session
) -> None:
    company_id = _company(web, logged_in)
    nothing = web.post("/ui/positions", data={"csrf": logged_in, "title": "X"})
    assert nothing.status_code == 422 and "Choose a company." in nothing.text
    inverted = web.post(
        "/ui/positions",
        data={
            "csrf": logged_in,
            "company_id": company_id,
            "title": "Engineer",
            "min_years": "9",
            "max_years": "2",
        },
    )
    assert inverted.status_code == 422
    assert "min_years (9.0) must not exceed max_years (2.0)" in inverted.text
    assert 'value="9"' in inverted.text
    wrong = web.post(
        "/ui/positions",
        data={"csrf": logged_in, "company_id": company_id, "title": "", "salary_min": "lots"},
    )
    assert wrong.status_code == 422
    assert 'id="title-error"' in wrong.text and 'id="salary_min-error"' in wrong.text
    assert session.query(Position).count() == 0
