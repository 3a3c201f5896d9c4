"""The operators' page: status, failed jobs with their reasons and a retry, plan, live stream."""

from __future__ import annotations

import uuid
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from matcha.companies.models import Company
from matcha.interviews.models import Interview
from matcha.jobs import records
from matcha.jobs.models import JobKind
from matcha.system.status import system_status
from matcha.web.operators import machine_plan, meminfo


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


def test_the_page_shows_the_mode_queues_and_a_plan_for_this_machine(
    web: TestClient, logged_in: str
) -> None:
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
