"""jobs/match_company.py, called directly with the fake provider."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from matcha.companies.models import Company
from matcha.errors import Conflict
from matcha.jobs.aggregate_culture import aggregate_culture
from matcha.jobs.match_company import match_company
from tests.fakes import FakeProvider
from tests.jobs import subjects


def _with_profile(session: Session) -> Company:
    owner = subjects.company(session)
    row = subjects.interview(session, owner, status="completed")
    row.raw_culture_data = {"values": ["ownership"]}
    aggregate_culture(session, owner.id, ai=FakeProvider())
    return owner


def test_candidates_are_scored_best_first_and_unchanged_ones_reused(session: Session) -> None:
    owner = _with_profile(session)
    few, many = subjects.candidates(session)
    fake = FakeProvider()
    first = match_company(session, owner.id, ai=fake)
    assert [m.candidate_id for m in first.matches] == [many.id, few.id]
    assert (first.scored, first.reused, fake.calls["match_culture"]) == (2, 0, 2)
    again = match_company(session, owner.id, ai=fake)
    assert (again.scored, again.reused, fake.calls["match_culture"]) == (0, 2, 2)


def test_only_the_named_candidates_are_scored(session: Session) -> None:
    owner = _with_profile(session)
    few, _many = subjects.candidates(session)
    result = match_company(session, owner.id, candidate_ids=[few.id], ai=FakeProvider())
    assert [m.candidate_id for m in result.matches] == [few.id]


def test_a_company_without_a_profile_is_refused(session: Session) -> None:
    owner = subjects.company(session)
    subjects.candidates(session)
    fake = FakeProvider()
    with pytest.raises(Conflict):
        match_company(session, owner.id, ai=fake)
    assert fake.calls == {}
