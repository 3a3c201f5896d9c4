"""jobs/analyze_interview.py, called directly with the fake provider."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from matcha.errors import Conflict, InvalidInput
from matcha.interviews.models import InterviewStatus
from matcha.jobs.analyze_interview import analyze_interview, mark_failed
from tests import canned
from tests.fakes import FakeProvider
from tests.jobs import subjects


def test_a_culture_interview_gets_its_culture_and_a_review(session: Session) -> None:
    fake = FakeProvider()
    row = subjects.interview(session, subjects.company(session))
    result = analyze_interview(session, row.id, ai=fake)
    assert fake.calls == {"extract_culture": 1, "analyze_conversation": 1}
    assert row.status == InterviewStatus.completed and row.analyzed_at is not None
    assert row.raw_culture_data is not None
    assert row.raw_culture_data["values"] == canned.CULTURE.values
    assert row.screening_analysis is None
    assert result.summary()["culture_summary"] == canned.CULTURE.culture_summary


def test_a_screening_interview_is_screened_not_read_for_culture(session: Session) -> None:
    fake = FakeProvider()
    row = subjects.interview(session, subjects.company(session), kind="screening")
    result = analyze_interview(session, row.id, ai=fake)
    assert fake.calls == {"analyze_screening": 1, "analyze_conversation": 1}
    assert row.raw_culture_data is None
    assert result.summary()["recommendation"] == canned.SCREENING.recommendation


@pytest.mark.parametrize(
    ("status", "transcript", "error"),
    [
        (InterviewStatus.in_progress, "Hi", Conflict),
        (InterviewStatus.analyzing, "  ", InvalidInput),
    ],
)
def test_an_interview_not_ready_is_refused_without_a_call(
    session: Session, status: str, transcript: str, error: type[Exception]
) -> None:
    fake = FakeProvider()
    row = subjects.interview(
        session, subjects.company(session), status=status, transcript=transcript
    )
    with pytest.raises(error):
        analyze_interview(session, row.id, ai=fake)
    assert fake.calls == {}
    assert row.status == status


def test_a_failed_analysis_marks_only_an_analysing_interview(session: Session) -> None:
    owner = subjects.company(session)
    analysing = subjects.interview(session, owner)
    done = subjects.interview(session, owner, status=InterviewStatus.completed)
    mark_failed(session, analysing.id, "the model was down")
    mark_failed(session, done.id, "the model was down")
    assert (analysing.status, analysing.status_reason) == ("failed", "the model was down")
    assert done.status == InterviewStatus.completed
