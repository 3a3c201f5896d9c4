"""jobs/aggregate_culture.py, called directly with the fake provider."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from matcha.culture import service as culture_service
from matcha.errors import Conflict
from matcha.interviews.models import InterviewStatus
from matcha.jobs.aggregate_culture import aggregate_culture
from tests import canned
from tests.fakes import FakeProvider
from tests.jobs import subjects


def test_the_analysed_culture_interviews_make_one_profile(session: Session) -> None:
    owner = subjects.company(session)
    culture = canned.CULTURE.model_dump(mode="json")
    for _ in range(2):
        row = subjects.interview(session, owner, status=InterviewStatus.completed)
        row.raw_culture_data = culture
    subjects.interview(session, owner)  # not analysed yet: left out
    fake = FakeProvider()
    result = aggregate_culture(session, owner.id, ai=fake)
    assert fake.calls == {"aggregate_culture": 1}
    assert result.interview_count == 2
    profile = culture_service.profile_data(session, owner.id)
    assert profile is not None and profile.culture_summary == "2 interviews"


def test_a_company_without_analysed_interviews_is_refused(session: Session) -> None:
    owner = subjects.company(session)
    subjects.interview(session, owner)
    fake = FakeProvider()
    with pytest.raises(Conflict):
        aggregate_culture(session, owner.id, ai=fake)
    assert fake.calls == {}
