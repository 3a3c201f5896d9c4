"""The operators' page: status, failed jobs with their reasons and a retry, plan, live stream."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from matcha.companies.models import Company
from matcha.config import get_settings
from matcha.db import get_sessionmaker, utcnow
from matcha.interviews.models import Interview
from matcha.jobs.engine import records
from matcha.jobs.engine.workers import WorkerRecord
from matcha.jobs.registry import JobKind
from matcha.system.status import system_status
from matcha.tenancy import scope
from matcha.web.operators import machine_plan, meminfo
from tests.conftest import Account, make_account


def _failed_job(session: Session) -> str:
    company = Company(name="Acme")
    session.add(company)
    session.flush()
    interview = Interview(company_id=company.id, transcript="Dana: We are remote.", status="failed")
    session.add(interview)
    session.commit()
    job, _ = records.submit(session, kind=JobKind.analyze_interview, subject_id=interview.id)
    session.commit()
    lease = records.claim(session, job.id, worker="tests", lease_seconds=30)
    assert lease is not None
    records.fail(session, lease, code="invalid_output", message="the model answered nonsense")
    session.commit()
    return str(job.id)


def test_failed_jobs_show_their_reason_and_a_retry_button(
    web: TestClient, logged_in: str, session: Session
) -> None:
    job_id = _failed_job(session)
    page = web.get("/ui/operators").text
    assert "invalid_output" in page and "the model answered nonsense" in page
    assert f'data-retry="{job_id}"' in page
    retried = web.post(f"/api/jobs/{job_id}/retry", headers={"X-Requested-With": "matcha"})
    assert retried.status_code == 202, retried.text
    again = web.post(f"/api/jobs/{job_id}/retry", headers={"X-Requested-With": "matcha"})
    assert again.status_code == 409


def _operators_are(org: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MATCHA_OPERATOR_ORG", org)
    get_settings.cache_clear()


def test_the_page_shows_the_mode_queues_and_a_plan_for_this_machine(
    web: TestClient, logged_in: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _operators_are("Org A", monkeypatch)  # the account's organisation
    page = web.get("/ui/operators").text
    for text in ("matcha.interactive", "matcha.bulk", "Workers", "Recent jobs", "matcha plan"):
        assert text in page
    if Path("/proc/meminfo").exists():
        assert "Recommended: <strong>MATCHA_WORKER_MODE=" in page
        assert "MiB of RAM" in page


def test_the_live_stream_sends_the_status_as_html_fragments(
    web: TestClient, logged_in: str, session: Session
) -> None:
    _failed_job(session)
    with web.stream("GET", "/ui/operators/live?timeout=1.5") as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        body = "".join(response.iter_text())
    assert body.startswith("retry: ")
    assert "event: fragment\n" in body and "data: " in body
    fragment = "\n".join(
        line.removeprefix("data: ") for line in body.splitlines() if line.startswith("data: ")
    )
    assert "the model answered nonsense" in fragment and "matcha.bulk" in fragment


def test_the_company_interviews_stream_live(
    web: TestClient, logged_in: str, session: Session
) -> None:
    company = Company(name="Acme")
    session.add(company)
    session.commit()
    url = f"/ui/companies/{company.id}/interviews/live?timeout=1"
    with web.stream("GET", url) as response:
        body = "".join(response.iter_text())
    assert "event: fragment" in body and "No culture interviews yet" in body
    assert web.get(f"/ui/companies/{uuid.uuid4()}/interviews/live").status_code == 404


def test_live_streams_need_a_login(web: TestClient) -> None:
    response = web.get("/ui/operators/live")
    assert response.status_code == 303 and response.headers["location"].startswith("/ui/login")


def test_meminfo_and_the_machine_plan(tmp_path: Path, session: Session) -> None:
    fake = tmp_path / "meminfo"
    fake.write_text(
        "MemTotal:        1000000 kB\nMemAvailable:     200000 kB\nHugePages_Total: 0\n"
    )
    assert meminfo(fake) == {
        "MemTotal": 1000000 / 1024,
        "MemAvailable": 200000 / 1024,
        "HugePages_Total": 0.0,
    }
    assert meminfo(tmp_path / "missing") == {}
    if Path("/proc/meminfo").exists():
        result, facts = machine_plan(system_status(session))
        assert result is not None and facts["free"] >= facts["available"]
        assert result.recommended in (None, "combined", "always-on", "lean", "on-demand")


def _worker(session: Session, running: list[str]) -> WorkerRecord:
    now = utcnow()
    worker = WorkerRecord(
        id="box-7:4242",
        host="box-7",
        pid=4242,
        mode="always-on",
        rss_bytes=77 * 1024 * 1024,
        running_jobs=running,
        started_at=now,
        last_seen_at=now,
    )
    session.add(worker)
    session.commit()
    return worker


def test_only_operators_see_the_machine(
    web: TestClient,
    logged_in: str,
    session: Session,
    system_session: Session,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    other = make_account("Org B")
    with scope(get_sessionmaker()(), other.org_id) as theirs:
        their_job = _failed_job(theirs)
    _worker(system_session, [their_job])
    _operators_are("Operators Ltd", monkeypatch)
    page = web.get("/ui/operators").text
    live = web.get("/ui/operators/live?timeout=0.5").text
    for html in (page, live):
        for secret in ("box-7", "4242", "77.0", "sqla+sqlite", their_job, "matcha plan"):
            assert secret not in html, secret
        assert "Live workers</dt><dd>1<" in html
    _operators_are("Org A", monkeypatch)
    page = web.get("/ui/operators").text
    assert "box-7:4242" in page and "77.0" in page and "sqla+sqlite" in page
    assert "matcha plan" in page


def test_failed_rows_name_their_subject_and_leave_once_resolved(
    web: TestClient, logged_in: str, session: Session
) -> None:
    first = _failed_job(session)
    page = web.get("/ui/operators").text
    assert "Acme: culture interview" in page
    assert "not retried: the model&#39;s answer was invalid" in page and "1/3" not in page
    headers = {"X-Requested-With": "matcha"}
    second = web.post(f"/api/jobs/{first}/retry", headers=headers).json()["job_id"]
    _claim_and(session, second, fail=True)
    page = web.get("/ui/operators").text
    # One row per subject: the retry's failure replaces the first, which lost its button.
    assert f'data-job="{second}"' in page and f'data-job="{first}"' not in page
    assert f'data-retry="{second}"' in page and f'data-retry="{first}"' not in page
    third = web.post(f"/api/jobs/{second}/retry", headers=headers).json()["job_id"]
    _claim_and(session, third, fail=False)
    page = web.get("/ui/operators").text
    assert "No failed jobs." in page and "data-retry" not in page
    assert "resolved by a later run" in page
    refused = web.post(f"/api/jobs/{first}/retry", headers=headers)
    assert refused.status_code == 409 and refused.json()["superseded_by"] == third


def _claim_and(session: Session, job_id: str, *, fail: bool) -> None:
    lease = records.claim(session, uuid.UUID(job_id), worker="tests", lease_seconds=30)
    assert lease is not None
    if fail:
        records.fail(session, lease, code="invalid_output", message="nonsense again")
    else:
        records.succeed(session, lease, {})
    session.commit()


def test_recruiters_read_a_plain_sentence_and_operators_the_cause(
    web: TestClient,
    logged_in: str,
    session: Session,
    account: Account,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    company = Company(name="Acme")
    session.add(company)
    session.flush()
    cause = "GEMINI_API_KEY (or GOOGLE_API_KEY) is not set"
    interview = Interview(
        company_id=company.id, transcript="x", status="failed", status_reason=cause
    )
    session.add(interview)
    session.commit()
    _operators_are("Operators Ltd", monkeypatch)
    for url in (f"/ui/companies/{company.id}", f"/ui/interviews/{interview.id}"):
        page = web.get(url).text
        assert cause not in page and "GEMINI" not in page
        assert "Analysis is unavailable; an operator has been told." in page
    live = web.get(f"/ui/companies/{company.id}/interviews/live?timeout=0.5").text
    assert "GEMINI" not in live and "an operator has been told" in live
    _operators_are("Org A", monkeypatch)
    for url in (f"/ui/companies/{company.id}", f"/ui/interviews/{interview.id}"):
        assert cause in web.get(url).text
