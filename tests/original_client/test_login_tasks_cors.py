"""The original frontend's Login page and AuthContext (client/src/pages/Login.tsx,
context/AuthContext.tsx), the original backend's task-status contract, and the CORS a browser
needs before any of its calls go through."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from matcha.accounts.models import Role
from matcha.config import Settings, get_settings
from matcha.jobs.engine.models import Job, JobStatus
from matcha.main import create_app
from tests.conftest import PASSWORD, Account, make_account
from tests.original_client.conftest import NUMBER, TEXT, Original, reads

ORIGIN = "http://localhost:5174"


@pytest.fixture
def anonymous() -> Iterator[TestClient]:
    with TestClient(create_app(background=False)) as c:
        yield c


def _login(anonymous: TestClient, email: str, password: str = PASSWORD) -> Any:
    """auth.login: JSON `{email, password}`, no token, Content-Type application/json."""
    return anonymous.post("/api/auth/login", json={"email": email, "password": password})


def test_login_answers_the_original_shape(anonymous: TestClient, account: Account) -> None:
    response = _login(anonymous, account.email)

    assert response.status_code == 200, response.text
    token = response.json()
    reads(token, access_token=str, refresh_token=str, token_type=str, expires_in=NUMBER, user=dict)
    reads(
        token["user"], id=str, email=str, role=str, is_active=bool, created_at=str, last_login=TEXT
    )
    assert token["user"]["role"] == "admin" and token["user"]["email"] == account.email
    assert token["user"]["id"] == str(account.user_id)
    # No refresh tokens in matcha: an empty one makes the client log in again, not loop.
    assert token["refresh_token"] == ""
    me = anonymous.get("/api/auth/me", headers={"Authorization": f"Bearer {token['access_token']}"})
    assert me.status_code == 200
    reads(me.json()["user"], id=str, email=str, role=str)
    assert me.json()["user"]["role"] == "admin"


@pytest.mark.parametrize(("role", "shown"), [(Role.recruiter, "client"), (Role.viewer, "client")])
def test_login_names_matcha_roles_as_the_client_knows_them(
    anonymous: TestClient, role: Role, shown: str
) -> None:
    account = make_account(role=role)

    token = _login(anonymous, account.email).json()

    assert token["user"]["role"] == shown
    # AuthContext then takes the role from /auth/me: the same name there, for this session.
    bearer = {"Authorization": f"Bearer {token['access_token']}"}
    me = anonymous.get("/api/auth/me", headers=bearer).json()
    assert (me["user"]["role"], me["role"]) == (shown, role)
    # matcha's own logins and tokens keep matcha's names.
    form = {"username": account.email, "password": PASSWORD}
    own = anonymous.post("/api/auth/token", data=form).json()["access_token"]
    mine = anonymous.get("/api/auth/me", headers={"Authorization": f"Bearer {own}"}).json()
    assert mine["user"]["role"] == role
    assert anonymous.get("/api/auth/me", headers=account.headers).json()["user"]["role"] == role


def test_wrong_password_is_401_with_a_detail(anonymous: TestClient, account: Account) -> None:
    response = _login(anonymous, account.email, "not-the-password")

    assert response.status_code == 401
    assert isinstance(response.json()["detail"], str)  # Login.tsx shows error.detail


def _interview(http: TestClient) -> str:
    """A culture interview with a transcript, ready to be analysed."""
    company = http.post("/api/companies", json={"name": "Lumen Labs"}).json()
    made = http.post(
        f"/api/companies/{company['id']}/interviews", json={"transcript": "Q: How? A: Calmly."}
    )
    return str(made.json()["id"])


def test_async_endpoints_answer_a_task_id(original: Original) -> None:
    queued = original.send(f"/interviews/{_interview(original.http)}/analyze/async", "POST")

    assert queued.status_code == 202
    reads(queued.json(), task_id=str, job_id=str, status=str)
    assert queued.json()["task_id"] == queued.json()["job_id"]
    status = original.call(f"/tasks/{queued.json()['task_id']}/status")
    assert status == {
        "task_id": queued.json()["task_id"],
        "status": "PENDING",
        "result": None,
        "error": None,
        "progress": None,
    }


@pytest.mark.parametrize(
    ("status", "attempts", "state"),
    [
        (JobStatus.queued, 0, "PENDING"),
        (JobStatus.queued, 1, "RETRY"),
        (JobStatus.running, 1, "STARTED"),
        (JobStatus.succeeded, 1, "SUCCESS"),
        (JobStatus.failed, 3, "FAILURE"),
    ],
)
def test_task_status_uses_celerys_names(
    original: Original,
    session: Session,
    account: Account,
    status: JobStatus,
    attempts: int,
    state: str,
) -> None:
    company = original.call("/companies", "POST", {"name": "Lumen Labs"})
    job = Job(
        org_id=account.org_id,
        kind="aggregate_culture",
        subject_id=uuid.UUID(company["id"]),
        status=status,
        attempts=attempts,
        params={},
        result={"status": "aggregated"} if status == JobStatus.succeeded else None,
        error_message="the model timed out" if status == JobStatus.failed else None,
    )
    session.add(job)
    session.commit()

    answer = original.call(f"/tasks/{job.id}/status")

    assert answer["task_id"] == str(job.id) and answer["status"] == state
    if state == "SUCCESS":
        assert answer["result"] == {"status": "aggregated"}
    elif state == "FAILURE":
        assert answer["error"] == "the model timed out"
        assert answer["result"] == {"status": "error", "error": "the model timed out"}
    elif state == "STARTED":
        assert answer["progress"] == {"done": job.progress_done, "total": job.progress_total}
    else:
        assert answer["result"] is None


def test_task_status_of_an_unknown_or_foreign_task_is_404(
    original: Original, account: Account
) -> None:
    assert original.send(f"/tasks/{uuid.uuid4()}/status").status_code == 404
    other = make_account("Org B")
    with TestClient(create_app(background=False), headers=other.headers) as theirs:
        job = theirs.post(f"/api/interviews/{_interview(theirs)}/analyze/async").json()
    assert original.send(f"/tasks/{job['task_id']}/status").status_code == 404


def _app_with_origins(monkeypatch: pytest.MonkeyPatch, origins: str | None) -> TestClient:
    if origins is None:
        monkeypatch.delenv("MATCHA_CORS_ORIGINS", raising=False)
    else:
        monkeypatch.setenv("MATCHA_CORS_ORIGINS", origins)
    get_settings.cache_clear()
    return TestClient(create_app(background=False))


def _preflight(http: TestClient, origin: str = ORIGIN, method: str = "PUT") -> Any:
    return http.options(
        "/api/positions/00000000-0000-4000-8000-000000000000",
        headers={
            "Origin": origin,
            "Access-Control-Request-Method": method,
            "Access-Control-Request-Headers": "authorization,content-type",
        },
    )


def test_preflight_from_an_allowed_origin(
    monkeypatch: pytest.MonkeyPatch, account: Account
) -> None:
    http = _app_with_origins(monkeypatch, f"{ORIGIN}, https://recruit.example.com/")

    answer = _preflight(http)

    assert answer.status_code == 200
    assert answer.headers["access-control-allow-origin"] == ORIGIN
    assert "PUT" in answer.headers["access-control-allow-methods"]
    allowed = answer.headers["access-control-allow-headers"].lower()
    assert "authorization" in allowed and "content-type" in allowed
    assert _preflight(http, "https://recruit.example.com").status_code == 200
    # The call itself, and an error answer, carry the header too (else the browser hides it).
    listed = http.get("/api/companies", headers={"Origin": ORIGIN, **account.headers})
    assert listed.status_code == 200
    assert listed.headers["access-control-allow-origin"] == ORIGIN
    refused = http.get("/api/companies", headers={"Origin": ORIGIN})
    assert refused.status_code == 401
    assert refused.headers["access-control-allow-origin"] == ORIGIN


def test_preflight_from_another_origin_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    http = _app_with_origins(monkeypatch, ORIGIN)

    answer = _preflight(http, "https://evil.example.com")

    assert answer.status_code == 400
    assert "access-control-allow-origin" not in answer.headers


def test_no_cors_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    http = _app_with_origins(monkeypatch, None)

    answer = _preflight(http)

    assert answer.status_code == 405  # no route answers OPTIONS: the browser blocks the call
    assert "access-control-allow-origin" not in answer.headers


@pytest.mark.parametrize(
    "value", ["localhost:5174", "http://localhost:5174/app", "ftp://files.example.com", "*x"]
)
def test_an_origin_that_is_not_one_is_refused_at_startup(value: str) -> None:
    with pytest.raises(ValueError, match="MATCHA_CORS_ORIGINS"):
        Settings(cors_origins=value)  # type: ignore[call-arg]


def test_origins_are_a_comma_separated_list() -> None:
    settings = Settings(cors_origins=" http://a.example:8080/ ,https://b.example,")  # type: ignore[call-arg]

    assert settings.cors_origin_list == ["http://a.example:8080", "https://b.example"]
