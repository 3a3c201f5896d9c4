"""The runner: one path for sync and worker runs; failures end with a reason."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy.orm import Session

from matcha.companies.models import Company
from matcha.errors import Conflict, InvalidInput, TransientError
from matcha.interviews.models import Interview, InterviewStatus
from matcha.jobs.engine import records, runner
from matcha.jobs.engine.models import Job, JobStatus
from matcha.jobs.registry import JobKind
from tests.fakes import FakeProvider


def _interview(
    session: Session,
    *,
    status: str = InterviewStatus.analyzing,
    transcript: str | None = "Interviewer: Hi?\nAlex: We ship weekly.",
) -> Interview:
    company = Company(name="Acme")
    session.add(company)
    session.flush()
    interview = Interview(
        company_id=company.id, interview_type="culture", status=status, transcript=transcript
    )
    session.add(interview)
    session.commit()
    return interview


def _queue_analysis(session: Session, interview: Interview) -> Job:
    job, _ = records.submit(session, kind=JobKind.analyze_interview, subject_id=interview.id)
    session.commit()
    return job


def test_execute_runs_the_job_and_records_its_result(
    session: Session, fake_ai: FakeProvider
) -> None:
    interview = _interview(session)
    job = _queue_analysis(session, interview)
    assert runner.execute(job.id, worker="test") == JobStatus.succeeded
    session.expire_all()
    job = session.get(Job, job.id)
    interview = session.get(Interview, interview.id)
    assert job is not None and interview is not None
    assert job.status == JobStatus.succeeded and job.attempts == 1 and job.worker == "test"
    assert job.result is not None and job.result["status"] == "completed"
    assert (job.progress_done, job.progress_total) == (1, 1)
    assert interview.status == InterviewStatus.completed
    assert interview.raw_culture_data is not None
    assert interview.raw_culture_data["pace"]["value"] == "steady"


def test_a_second_delivery_does_nothing(session: Session, fake_ai: FakeProvider) -> None:
    job = _queue_analysis(session, _interview(session))
    assert runner.execute(job.id) == JobStatus.succeeded
    assert runner.execute(job.id) is None
    assert fake_ai.calls["extract_culture"] == 1


def test_a_failing_job_fails_with_its_message_and_the_interview_too(
    session: Session, fake_ai: FakeProvider
) -> None:
    interview = _interview(session)
    job = _queue_analysis(session, interview)
    fake_ai.fail_with = RuntimeError("the analyzer broke")
    assert runner.execute(job.id) == JobStatus.failed
    session.expire_all()
    job_row, interview_row = session.get(Job, job.id), session.get(Interview, interview.id)
    assert job_row is not None and interview_row is not None
    assert job_row.error_code == "internal_error"
    assert "the analyzer broke" in (job_row.error_message or "")
    assert interview_row.status == InterviewStatus.failed
    assert "the analyzer broke" in (interview_row.status_reason or "")


def test_transient_errors_are_retried_until_attempts_run_out(
    session: Session, fake_ai: FakeProvider
) -> None:
    interview = _interview(session)
    job = _queue_analysis(session, interview)
    job.max_attempts = 2
    session.commit()
    fake_ai.fail_with = TransientError("provider said 503", code="provider_unavailable")
    assert runner.execute(job.id) == JobStatus.queued
    session.expire_all()
    row = session.get(Job, job.id)
    assert row is not None and row.next_attempt_at is not None and row.attempts == 1
    assert row.error_code == "provider_unavailable"
    row.next_attempt_at = None  # time travel: the retry is due
    session.commit()
    assert runner.execute(job.id) == JobStatus.failed
    session.expire_all()
    row = session.get(Job, job.id)
    assert row is not None and row.error_code == "max_attempts" and row.attempts == 2
    assert session.get(Interview, interview.id).status == InterviewStatus.failed  # type: ignore[union-attr]


def test_run_sync_rejects_bad_input_before_writing_anything(
    session: Session, fake_ai: FakeProvider
) -> None:
    interview = _interview(session, status=InterviewStatus.pending, transcript="   ")
    with pytest.raises(InvalidInput):
        runner.run_sync(session, JobKind.analyze_interview, interview.id, {})
    assert session.query(Job).count() == 0
    assert sum(fake_ai.calls.values()) == 0


def test_run_sync_answers_409_while_a_job_for_the_subject_is_live(
    session: Session, fake_ai: FakeProvider
) -> None:
    interview = _interview(session)
    live = _queue_analysis(session, interview)
    with pytest.raises(Conflict) as err:
        runner.run_sync(session, JobKind.analyze_interview, interview.id, {})
    assert err.value.details["job_id"] == str(live.id)


def test_run_sync_records_a_failed_run(session: Session, fake_ai: FakeProvider) -> None:
    interview = _interview(session, status=InterviewStatus.completed)
    fake_ai.fail_with = RuntimeError("boom")
    with pytest.raises(RuntimeError):
        runner.run_sync(session, JobKind.analyze_interview, interview.id, {})
    session.expire_all()
    jobs = session.query(Job).all()
    assert [(j.mode, j.status, j.error_code) for j in jobs] == [
        ("sync", "failed", "internal_error")
    ]
    session.refresh(interview)
    assert interview.status == InterviewStatus.completed  # a failed re-analysis keeps the old one


def test_unknown_job_id_is_not_claimable(session: Session) -> None:
    assert runner.execute(uuid.uuid4()) is None


def test_a_job_past_its_soft_limit_stops_at_its_next_progress_report(
    session: Session, fake_ai: FakeProvider, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dataclasses

    from matcha.jobs.common import Progress
    from matcha.jobs.registry import JOBS

    interview = _interview(session)
    job = _queue_analysis(session, interview)
    spec = JOBS[JobKind.analyze_interview]

    def reports_first(
        s: Session, sid: uuid.UUID, p: dict[str, object], progress: Progress
    ) -> object:
        progress(0, 1)  # as a matching job does before each candidate
        return spec.run(s, sid, p, progress)

    monkeypatch.setitem(
        JOBS,
        JobKind.analyze_interview,
        dataclasses.replace(spec, soft_limit=-1, run=reports_first),  # type: ignore[arg-type]
    )
    assert runner.execute(job.id) == JobStatus.failed
    session.expire_all()
    row = session.get(Job, job.id)
    assert row is not None and row.error_code == "timeout"
    assert "soft limit" in (row.error_message or "")
    assert fake_ai.calls["extract_culture"] == 0  # stopped before the model was called
    again = session.get(Interview, interview.id)
    assert again is not None and again.status == InterviewStatus.failed


def test_the_visibility_timeout_outlasts_every_job() -> None:
    from matcha.config import get_settings
    from matcha.jobs.registry import longest_hard_limit

    assert get_settings().broker_visibility_timeout > longest_hard_limit()
