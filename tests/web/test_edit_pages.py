"""Editing and deleting in the UI: forms through the API's schemas, a confirmation page
before every delete, the erasure report, and a 409 page while a job works on the row."""

from __future__ import annotations

import html
import uuid

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from matcha.accounts.models import Role
from matcha.applications import notes
from matcha.applications import service as applications_service
from matcha.applications.schemas import ApplicationCreate
from matcha.candidates import service as candidates_service
from matcha.candidates.models import Candidate
from matcha.candidates.schemas import CandidateCreate
from matcha.companies import service as companies_service
from matcha.companies.models import Company
from matcha.companies.schemas import CompanyCreate
from matcha.interviews import service as interviews_service
from matcha.interviews.models import Interview
from matcha.interviews.schemas import InterviewCreate
from matcha.jobs.engine.models import Job
from matcha.positions import service as positions_service
from matcha.positions.models import Position
from matcha.positions.schemas import PositionCreate
from tests.conftest import Account
from tests.web.conftest import add_user, login

RESUME = "Ada Quill\nada@quill.example\nSkills: Python, SQL\n2015 - 2024 Backend engineer"


def _text(web: TestClient, path: str, status: int = 200) -> str:
    response = web.get(path)
    assert response.status_code == status, (path, response.text[:300])
    return html.unescape(response.text)


def _candidate(session: Session) -> Candidate:
    data = CandidateCreate(name="Ada Quill", resume_text=RESUME)
    return candidates_service.create_candidate(session, data=data)


def test_edit_a_candidate_and_the_profile_is_parsed_again(
    web: TestClient, logged_in: str, session: Session
) -> None:
    row = _candidate(session)
    page = _text(web, f"/ui/candidates/{row.id}/edit")
    assert "Ada Quill" in page and "Backend engineer" in page
    form = {
        "csrf": logged_in,
        "name": "Ada Q. Quill",
        "email": "",
        "phone": "",
        "resume_text": "Ada Quill\nSkills: Rust, Kubernetes\n2010 - 2024 Platform engineer",
    }
    response = web.post(f"/ui/candidates/{row.id}", data=form)
    assert response.status_code == 303, response.text[:500]
    session.expire_all()
    saved = session.get(Candidate, row.id)
    assert saved is not None and saved.name == "Ada Q. Quill" and saved.email is None
    assert "Kubernetes" in saved.skills and "Python" not in saved.skills
    bad = web.post(f"/ui/candidates/{row.id}", data={**form, "email": "not-an-email"})
    assert bad.status_code == 422 and 'aria-invalid="true"' in bad.text
    again = web.post(f"/ui/candidates/{row.id}/reparse", data={"csrf": logged_in})
    assert again.status_code == 303


def test_deleting_a_candidate_asks_first_then_reports_the_erasure(
    web: TestClient, logged_in: str, session: Session
) -> None:
    row = _candidate(session)
    cid = row.id
    assert f'href="/ui/candidates/{row.id}/delete"' in _text(web, f"/ui/candidates/{row.id}")
    page = _text(web, f"/ui/candidates/{row.id}/delete")
    assert "Delete candidate Ada Quill?" in page and "0 culture matches" in page
    assert session.get(Candidate, row.id) is not None  # asking deletes nothing
    assert web.post(f"/ui/candidates/{row.id}/delete", data={}).status_code == 403  # no CSRF
    done = web.post(f"/ui/candidates/{row.id}/delete", data={"csrf": logged_in})
    assert done.status_code == 200
    assert "Ada Quill was erased" in html.unescape(done.text)
    session.expire_all()
    assert session.get(Candidate, cid) is None


def test_the_erasure_pages_count_applications_and_notes(
    web: TestClient, logged_in: str, session: Session
) -> None:
    row = _candidate(session)
    company = companies_service.create_company(session, data=CompanyCreate(name="Acme"))
    position = positions_service.create_position(
        session, data=PositionCreate(company_id=company.id, title="Backend")
    )
    actor = applications_service.Actor(None, "test")
    app = applications_service.create_application(
        session, position_id=position.id, data=ApplicationCreate(candidate_id=row.id), actor=actor
    )
    notes.add_application_note(session, application_id=app.id, body="Good call", author=actor)
    notes.add_candidate_note(session, candidate_id=row.id, body="Prefers mornings", author=actor)
    page = _text(web, f"/ui/candidates/{row.id}/delete")
    assert "1 application (with their stage history) and 2 notes about them" in page
    done = web.post(f"/ui/candidates/{row.id}/delete", data={"csrf": logged_in})
    text = html.unescape(done.text)
    assert done.status_code == 200
    assert "1 application (with their stage history) and 2 notes about them" in text
    assert "0 import reports" in text


def test_edit_and_delete_a_company_position_and_interview(
    web: TestClient, logged_in: str, session: Session
) -> None:
    company = companies_service.create_company(session, data=CompanyCreate(name="Acme"))
    position = positions_service.create_position(
        session, data=PositionCreate(company_id=company.id, title="Backend")
    )
    interview = interviews_service.create_interview(
        session, company_id=company.id, data=InterviewCreate(interviewer_name="Sam")
    )
    ids = (company.id, position.id, interview.id)
    company_id = company.id
    response = web.post(
        f"/ui/companies/{company.id}",
        data={"csrf": logged_in, "name": "Acme Ltd", "industry": "Logistics", "size": ""},
    )
    assert response.status_code == 303
    response = web.post(
        f"/ui/interviews/{interview.id}",
        data={"csrf": logged_in, "interviewer_name": "Sam Lee", "interviewer_role": "CTO"},
    )
    assert response.status_code == 303
    session.expire_all()
    assert session.get(Company, company.id).name == "Acme Ltd"  # type: ignore[union-attr]
    assert session.get(Interview, interview.id).interviewer_role == "CTO"  # type: ignore[union-attr]
    assert "Delete position Backend?" in _text(web, f"/ui/positions/{position.id}/delete")
    assert "1 interview" in _text(web, f"/ui/companies/{company.id}/delete")
    _text(web, f"/ui/interviews/{interview.id}/delete")
    for path, goes_to in (
        (f"/ui/interviews/{ids[2]}/delete", f"/ui/companies/{company_id}"),
        (f"/ui/positions/{ids[1]}/delete", "/ui/positions"),
        (f"/ui/companies/{company_id}/delete", "/ui/companies"),
    ):
        response = web.post(path, data={"csrf": logged_in})
        assert response.status_code == 303 and response.headers["location"] == goes_to
    session.expire_all()
    models = (Company, Position, Interview)
    assert [session.get(m, i) for m, i in zip(models, ids, strict=True)] == [None] * 3


def test_a_delete_while_a_job_runs_shows_which_job(
    web: TestClient, logged_in: str, session: Session
) -> None:
    company = companies_service.create_company(session, data=CompanyCreate(name="Acme"))
    job = Job(kind="aggregate_culture", subject_id=company.id, status="running")
    session.add(job)
    session.commit()
    company_id, job_id = company.id, job.id
    response = web.post(f"/ui/companies/{company_id}/delete", data={"csrf": logged_in})
    assert response.status_code == 409
    assert str(job_id) in response.text and "aggregate culture" in response.text
    session.expire_all()
    assert session.get(Company, company_id) is not None


def test_a_viewer_sees_no_edit_or_delete(
    web: TestClient, account: Account, session: Session
) -> None:
    row = _candidate(session)
    login(web, add_user(session, account, Role.viewer))
    page = _text(web, f"/ui/candidates/{row.id}")
    assert "/delete" not in page and "/edit" not in page
    _text(web, f"/ui/candidates/{row.id}/delete", status=403)
    _text(web, f"/ui/candidates/{row.id}/edit", status=403)
    assert uuid.UUID(str(row.id))
