"""Organisation B, holding a valid admin token, walks every route of the OpenAPI schema with
organisation A's ids: each answers 404 (or a list without A's rows), and A's rows are unchanged.
"""

from __future__ import annotations

import json
import re
import uuid
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from matcha.accounts.models import AuthToken, User
from matcha.demo.loader import SAMPLE_DIR
from matcha.imports.models import ImportFile
from matcha.main import create_app
from matcha.models import Base
from matcha.tenancy import OrgOwned
from tests.conftest import Account, make_account

CULTURE = (SAMPLE_DIR / "transcripts" / "lumen_culture_founder.txt").read_text()
RESUME = SAMPLE_DIR / "resumes" / sorted(p.name for p in (SAMPLE_DIR / "resumes").iterdir())[0]
PARAM = re.compile(r"\{(\w+)\}")
# Routes that act on the caller alone and take no ids: walked, but they may succeed.
OWN = {
    ("POST", "/api/auth/register"),
    ("POST", "/api/auth/token"),
    ("POST", "/api/auth/login"),  # the original frontend's login
    ("POST", "/api/auth/logout"),  # would end B's token: checked separately
}
# Path parameters that name no row of A: an import's kind, and A's public job board (which
# anyone may read; it lists nothing of A's until A opts a position in).
NOT_IDS = {"kind": "companies", "org_slug": "org-a"}
# A public form is validated before the position is looked up: the walk's JSON body gets 422,
# the same whether the id exists or not (tests/jobboard checks the 404 with a good form).
FORM_FIRST = {("POST", "/api/public/{org_slug}/positions/{position_id}/apply")}
# Required query parameters, so that only the ids can make the request fail.
QUERY = {("PATCH", "/api/positions/{position_id}/job-board"): "?show_on_job_board=true"}


def _ok(response: Any, status: int = 200) -> Any:
    assert response.status_code == status, response.text
    return response.json()


def _org_a(client: TestClient) -> dict[str, str]:
    """A little of everything in organisation A, made through its API."""
    company = _ok(client.post("/api/companies", json={"name": "Lumen Labs"}), 201)["id"]
    interview = _ok(
        client.post(
            f"/api/companies/{company}/interviews",
            json={"interview_type": "culture", "transcript": CULTURE},
        ),
        201,
    )["id"]
    _ok(client.post(f"/api/interviews/{interview}/analyze"))
    _ok(client.post(f"/api/companies/{company}/aggregate-culture"))
    candidate = _ok(
        client.post("/api/candidates", json={"name": "Ada", "resume_text": RESUME.read_text()}),
        201,
    )["id"]
    position = _ok(
        client.post(
            "/api/positions",
            json={"company_id": company, "title": "Engineer", "required_skills": ["python"]},
        ),
        201,
    )["id"]
    _ok(client.post(f"/api/companies/{company}/match"))
    _ok(client.post(f"/api/positions/{position}/match"))
    job = _ok(client.post(f"/api/companies/{company}/aggregate-culture/async"), 202)["job_id"]
    application = _ok(
        client.post(f"/api/positions/{position}/applications", json={"candidate_id": candidate}),
        201,
    )["id"]
    note = _ok(client.post(f"/api/applications/{application}/notes", json={"body": "Hi"}), 201)
    (token,) = _ok(client.get("/api/tokens"))
    me = _ok(client.get("/api/auth/me"))
    return {
        "company_id": company,
        "interview_id": interview,
        "candidate_id": candidate,
        "position_id": position,
        "job_id": job,
        "task_id": job,  # the same job, by the original backend's name
        "application_id": application,
        "note_id": note["id"],
        "user_id": me["user"]["id"],
        "token_id": token["id"],
    }


def _snapshot(session: Session, org_id: uuid.UUID) -> dict[str, list[dict[str, Any]]]:
    """Every row organisation A owns, column by column."""
    session.expire_all()
    rows: dict[str, list[dict[str, Any]]] = {}
    for mapper in Base.registry.mappers:
        model = mapper.class_
        if not issubclass(model, OrgOwned) and model not in (User, AuthToken):
            continue
        found = session.scalars(select(model).where(model.org_id == org_id)).all()
        columns = [c.key for c in mapper.column_attrs]
        rows[model.__tablename__] = sorted(
            ({c: getattr(r, c) for c in columns} for r in found), key=lambda r: str(r["id"])
        )
    return rows


def _body(method: str, path: str, ids: dict[str, str]) -> dict[str, Any] | None:
    """A body that would be valid, so only the ids can make the request fail."""
    bodies: dict[tuple[str, str], dict[str, Any]] = {
        ("POST", "/api/companies/{company_id}/interviews"): {
            "interview_type": "culture",
            "transcript": CULTURE,
        },
        ("PATCH", "/api/candidates/{candidate_id}"): {"name": "Taken over"},
        ("PATCH", "/api/companies/{company_id}"): {"name": "Taken over"},
        ("PATCH", "/api/interviews/{interview_id}"): {"interviewer_name": "Mallory"},
        ("PATCH", "/api/positions/{position_id}"): {"title": "Taken over"},
        ("PUT", "/api/positions/{position_id}"): {"title": "Taken over"},
        ("PATCH", "/api/users/{user_id}"): {"role": "viewer"},
        ("POST", "/api/positions"): {"company_id": ids["company_id"], "title": "Spy"},
        ("POST", "/api/companies/{company_id}/match"): {"candidate_ids": [ids["candidate_id"]]},
        ("POST", "/api/positions/{position_id}/match"): {"candidate_ids": [ids["candidate_id"]]},
        ("POST", "/api/positions/{position_id}/applications"): {
            "candidate_id": ids["candidate_id"]
        },
        ("POST", "/api/positions/{position_id}/applications/bulk"): {
            "candidate_ids": [ids["candidate_id"]]
        },
        ("PATCH", "/api/applications/{application_id}"): {"stage": "offer"},
        ("POST", "/api/applications/{application_id}/notes"): {"body": "Mallory was here"},
        ("POST", "/api/candidates/{candidate_id}/notes"): {"body": "Mallory was here"},
    }
    return bodies.get((method, path))


def _operations(app_schema: dict[str, Any]) -> list[tuple[str, str]]:
    return [
        (method.upper(), path)
        for path, ops in app_schema["paths"].items()
        for method in ops
        if path.startswith("/api/")
    ]


def test_another_organisation_sees_nothing_and_changes_nothing(
    client: TestClient, account: Account, system_session: Session
) -> None:
    ids = _org_a(client)
    stored = ImportFile(
        org_id=account.org_id, kind="companies", filename="a.csv", content=b"name\nX\n", rows=1
    )
    system_session.add(stored)
    system_session.commit()
    ids["import_id"] = str(stored.id)
    before = _snapshot(system_session, account.org_id)
    assert all(before[t] for t in ("companies", "interviews", "candidates", "jobs"))
    b = make_account("Org B")
    other = TestClient(create_app(background=False), headers=b.headers)
    walked = 0
    for method, path in _operations(other.app.openapi()):  # type: ignore[attr-defined]
        if (method, path) in OWN:
            continue
        names = [n for n in PARAM.findall(path) if n not in NOT_IDS]
        url = path.format(**{n: ids[n] for n in names}, **NOT_IDS) + QUERY.get((method, path), "")
        body = _body(method, path, ids)
        response = other.request(method, url, json=body)
        walked += 1
        text = response.text
        sent = url + json.dumps(body)
        leaked = [n for n, value in ids.items() if value in text and value not in sent]
        assert not leaked, f"{method} {url} shows A's {leaked}: {text[:300]}"
        if (method, path) in FORM_FIRST:
            assert response.status_code == 422, f"{method} {url}: {response.status_code} {text}"
        elif names:
            assert response.status_code == 404, f"{method} {url}: {response.status_code} {text}"
            assert response.json()["code"] == "not_found"
        elif not response.headers.get("content-type", "").startswith("application/json"):
            assert response.status_code == 200  # a template or an export: B's own data
        elif method == "GET" and isinstance(response.json(), list):
            assert response.status_code == 200
            assert all(str(row.get("org_id", b.org_id)) == str(b.org_id) for row in response.json())
        elif (method, path) == ("POST", "/api/positions"):
            assert response.status_code == 404  # A's company named in the body
    assert walked >= 45
    assert _snapshot(system_session, account.org_id) == before
    # B's lists hold only what B made during the walk (no positions: that needed A's company).
    assert other.get("/api/positions").json() == []
    assert other.get(f"/api/jobs?subject_id={ids['company_id']}").json() == []


def test_the_same_resume_in_two_organisations_is_two_candidates(
    client: TestClient, account: Account
) -> None:
    text = RESUME.read_text()
    first = _ok(client.post("/api/candidates", json={"name": "Ada", "resume_text": text}), 201)
    again = client.post("/api/candidates", json={"name": "Ada", "resume_text": text})
    assert again.status_code == 409 and again.json()["code"] == "conflict"  # within one org
    other = TestClient(create_app(background=False), headers=make_account("Org B").headers)
    theirs = _ok(other.post("/api/candidates", json={"name": "Ada", "resume_text": text}), 201)
    assert theirs["id"] != first["id"]


@pytest.mark.parametrize("kind", ["company", "position"])
def test_matching_never_scores_another_organisations_candidates(
    client: TestClient, account: Account, kind: str
) -> None:
    ids = _org_a(client)
    other = TestClient(create_app(background=False), headers=make_account("Org B").headers)
    theirs = _ok(
        other.post(
            "/api/candidates",
            json={"name": "Bob", "resume_text": "Bob. Python and Go engineer, 7 years."},
        ),
        201,
    )["id"]
    subject = ids[f"{kind}_id"]
    result = _ok(client.post(f"/api/{kind.replace('y', 'ie')}s/{subject}/match"))
    assert theirs not in json.dumps(result)
    named = client.post(
        f"/api/{kind.replace('y', 'ie')}s/{subject}/match", json={"candidate_ids": [theirs]}
    )
    assert named.status_code == 404 and theirs in named.json()["detail"]
