"""The public job board: only opted-in active positions, no token needed, an apply flow that
creates or finds the candidate and queues their match, and its abuse limits."""

from __future__ import annotations

import html
import uuid
from collections.abc import Iterator

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from matcha.candidates.models import Candidate
from matcha.config import get_settings
from matcha.jobs.engine import joining, records, runner
from matcha.jobs.engine.models import Job
from matcha.jobs.registry import JobKind
from tests.conftest import make_account

SLUG = "org-a"  # "Org A", the test account's organisation


@pytest.fixture
def public() -> Iterator[TestClient]:
    """The app as the public sees it: no token, no cookie."""
    from matcha.main import create_app

    with TestClient(create_app(background=False), follow_redirects=False) as c:
        yield c


def _positions(client: TestClient) -> dict[str, str]:
    company = client.post("/api/companies", json={"name": "Acme"}).json()["id"]
    out = {}
    for title, listed, status in (
        ("Backend Engineer", True, "active"),
        ("Secret Role", False, "active"),
        ("Closed Role", True, "closed"),
    ):
        body = {
            "company_id": company,
            "title": title,
            "required_skills": ["Python"],
            "show_on_job_board": listed,
            "status": status,
        }
        response = client.post("/api/positions", json=body)
        assert response.status_code == 201, response.text
        out[title] = response.json()["id"]
    return out


def _apply(public: TestClient, position: str, **fields: str) -> httpx.Response:
    data = {"name": "Ada Quill", "email": "ada@example.com", **fields}
    return public.post(f"/api/public/{SLUG}/positions/{position}/apply", data=data)


def test_the_board_lists_only_opted_in_active_positions(
    client: TestClient, public: TestClient
) -> None:
    ids = _positions(client)
    board = public.get(f"/api/public/{SLUG}/positions")
    assert board.status_code == 200
    assert [p["title"] for p in board.json()["positions"]] == ["Backend Engineer"]
    assert "status" not in board.json()["positions"][0]  # nothing internal
    for title in ("Secret Role", "Closed Role"):
        assert public.get(f"/api/public/{SLUG}/positions/{ids[title]}").status_code == 404
    assert public.get("/api/public/nobody/positions").status_code == 404
    page = html.unescape(public.get(f"/jobs/{SLUG}").text)
    assert "Backend Engineer" in page and "Secret Role" not in page
    assert public.get(f"/jobs/{SLUG}/{ids['Secret Role']}").status_code == 404


def test_apply_creates_or_finds_the_candidate_and_queues_their_match(
    client: TestClient, public: TestClient, session: Session
) -> None:
    ids = _positions(client)
    position = ids["Backend Engineer"]
    response = _apply(public, position, resume_text="Ada Quill\nSkills: Python, SQL")
    assert response.status_code == 202, response.text
    first = response.json()
    candidate = session.scalars(select(Candidate)).one()
    assert candidate.email == "ada@example.com" and "Python" in candidate.skills
    job = session.scalars(select(Job).where(Job.kind == JobKind.match_position)).one()
    assert str(job.subject_id) == position
    assert job.params == {"candidate_ids": [str(candidate.id)]}
    # Known by email (in any case): found, not created again; the answer is the same.
    job.status = "succeeded"
    session.commit()
    again = _apply(public, position, email="ADA@example.com", resume_text="Other text")
    assert again.json() == first
    assert session.scalar(select(func.count()).select_from(Candidate)) == 1
    # A résumé file works too.
    file = {"file": ("grace.txt", b"Grace Hopper\nSkills: COBOL", "text/plain")}
    made = public.post(
        f"/api/public/{SLUG}/positions/{position}/apply",
        data={"name": "Grace Hopper", "email": "grace@example.com"},
        files=file,
    )
    assert made.status_code == 202, made.text
    assert session.scalar(select(func.count()).select_from(Candidate)) == 2


def test_bad_applications_are_refused_and_write_nothing(
    client: TestClient, public: TestClient, session: Session
) -> None:
    ids = _positions(client)
    position = ids["Backend Engineer"]
    assert _apply(public, position).status_code == 422  # no résumé
    assert _apply(public, position, email="nope", resume_text="x").status_code == 422
    closed = _apply(public, ids["Closed Role"], resume_text="Ada\nSkills: Go")
    assert closed.status_code == 404
    # The honeypot: a bot that fills it gets the same answer, and nothing is stored.
    bot = _apply(public, position, resume_text="Bot\nSkills: Go", website="http://spam")
    assert bot.status_code == 202
    assert session.scalar(select(func.count()).select_from(Candidate)) == 0
    assert session.scalar(select(func.count()).select_from(Job)) == 0


@pytest.fixture
def tight_limits(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("MATCHA_APPLY_PER_ADDRESS", "2")
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def test_applications_are_rate_limited_per_address(
    client: TestClient, public: TestClient, tight_limits: None
) -> None:
    position = _positions(client)["Backend Engineer"]
    for i in range(2):
        ok = _apply(public, position, email=f"p{i}@example.com", resume_text=f"P{i}\nSkills: Go")
        assert ok.status_code == 202
    third = _apply(public, position, email="p3@example.com", resume_text="P3\nSkills: Go")
    assert third.status_code == 429
    assert third.json()["code"] == "rate_limited" and third.headers["Retry-After"]


def test_the_apply_page_confirms_plainly_and_other_orgs_boards_are_apart(
    client: TestClient, public: TestClient, session: Session
) -> None:
    position = _positions(client)["Backend Engineer"]
    page = html.unescape(public.get(f"/jobs/{SLUG}/{position}").text)
    assert "Send my application" in page and 'name="website"' in page
    response = public.post(
        f"/jobs/{SLUG}/{position}",
        data={"name": "Ada Quill", "email": "ada@example.com", "resume_text": "Ada\nSkills: Go"},
    )
    assert response.status_code == 200 and "Thank you" in response.text
    bad = public.post(f"/jobs/{SLUG}/{position}", data={"name": "", "email": "x"})
    assert bad.status_code == 422 and 'aria-invalid="true"' in bad.text
    other = make_account("Org B")
    assert public.get("/api/public/org-b/positions").json()["positions"] == []
    assert public.get(f"/api/public/org-b/positions/{position}").status_code == 404
    assert public.get(f"/api/public/{other.org_id}/positions").status_code == 200
    assert uuid.UUID(position)


def test_applying_puts_the_candidate_in_the_pipeline_once_with_their_cover_note(
    client: TestClient, public: TestClient, session: Session
) -> None:
    position = _positions(client)["Backend Engineer"]
    note = "I have run Python services for ten years."
    response = _apply(public, position, resume_text="Ada Quill\nSkills: Python", cover_note=note)
    assert response.status_code == 202, response.text
    apps = client.get(f"/api/positions/{position}/applications").json()
    assert [(a["candidate_name"], a["stage"], a["source"]) for a in apps] == [
        ("Ada Quill", "applied", "job board")
    ]
    assert apps[0]["history"][0]["actor"] == "applicant (job board)"
    notes = client.get(f"/api/applications/{apps[0]['id']}/notes").json()
    assert [(n["body"], n["author"]) for n in notes] == [(note, "applicant (job board)")]
    # Again with the same email (and the same note): no second application, no second note.
    again = _apply(public, position, email="ADA@example.com", resume_text="x", cover_note=note)
    assert again.status_code == 202
    assert len(client.get(f"/api/positions/{position}/applications").json()) == 1
    assert len(client.get(f"/api/applications/{apps[0]['id']}/notes").json()) == 1
    # A blank cover note is no note; one too long is refused and writes nothing.
    blank = _apply(
        public, position, name="Bo", email="bo@example.com", resume_text="Bo\nSkills: Go",
        cover_note="  ",
    )  # fmt: skip
    assert blank.status_code == 202
    too_long = _apply(
        public,
        position,
        email="cy@example.com",
        resume_text="Cy\nSkills: Go",
        cover_note="x" * 5001,
    )
    assert too_long.status_code == 422
    assert session.scalar(select(func.count()).select_from(Candidate)) == 2
    apps = client.get(f"/api/positions/{position}/applications").json()
    assert sorted(a["candidate_name"] for a in apps) == ["Ada Quill", "Bo"]


def test_a_second_applicant_joins_the_queued_match_job(
    client: TestClient, public: TestClient, session: Session
) -> None:
    position = _positions(client)["Backend Engineer"]
    _apply(public, position, resume_text="Ada Quill\nSkills: Python")
    _apply(public, position, email="bo@example.com", resume_text="Bo Lind\nSkills: Go")
    job = session.scalars(select(Job).where(Job.kind == JobKind.match_position)).one()
    ids = set(session.scalars(select(Candidate.id)))
    assert job.status == "queued" and {uuid.UUID(c) for c in job.params["candidate_ids"]} == ids


def test_the_apply_form_takes_a_cover_note(
    client: TestClient, public: TestClient, session: Session
) -> None:
    position = _positions(client)["Backend Engineer"]
    assert 'name="cover_note"' in public.get(f"/jobs/{SLUG}/{position}").text
    data = {
        "name": "Ada Quill",
        "email": "ada@example.com",
        "resume_text": "Ada\nSkills: Go",
        "cover_note": "Keen to join.",
    }
    assert public.post(f"/jobs/{SLUG}/{position}", data=data).status_code == 200
    apps = client.get(f"/api/positions/{position}/applications").json()
    assert [a["stage"] for a in apps] == ["applied"]
    notes = client.get(f"/api/applications/{apps[0]['id']}/notes").json()
    assert [n["body"] for n in notes] == ["Keen to join."]
    bad = public.post(f"/jobs/{SLUG}/{position}", data={**data, "cover_note": "x" * 5001})
    assert bad.status_code == 422 and 'aria-invalid="true"' in bad.text


def test_an_applicant_during_a_running_match_is_scored_by_a_follow_up_job(
    client: TestClient, public: TestClient, session: Session
) -> None:
    position = _positions(client)["Backend Engineer"]
    _apply(public, position, resume_text="Ada Quill\nSkills: Python")
    first = session.scalars(select(Job).where(Job.kind == JobKind.match_position)).one()
    lease = records.claim(session, first.id, worker="test", lease_seconds=60)
    session.commit()
    assert lease is not None  # running now: it has read its candidate list
    for _ in range(2):
        bo_form = {"name": "Bo Lind", "email": "bo@example.com"}
        assert _apply(public, position, **bo_form, resume_text="Bo\nSkills: Go").status_code == 202
    session.expire_all()
    bo = session.scalars(select(Candidate.id).where(Candidate.name == "Bo Lind")).one()
    assert first.params[joining.THEN] == [str(bo)]  # once, though Bo applied twice
    # The run ends; the follow-up job scores Bo.
    session.execute(update(Job).where(Job.id == first.id).values(status="queued"))
    session.commit()
    assert runner.execute(first.id, worker="test") == "succeeded"
    session.expire_all()
    jobs = session.scalars(select(Job).where(Job.kind == JobKind.match_position)).all()
    (after,) = [j for j in jobs if j.id != first.id]
    assert after.status == "queued" and after.params == {"candidate_ids": [str(bo)]}
    assert runner.execute(after.id, worker="test") == "succeeded"
    scored = client.get(f"/api/positions/{position}/matches").json()
    assert {m["candidate_name"] for m in scored} >= {"Bo Lind"}
