"""jobs/match_position.py, called directly with the fake provider."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy.orm import Session

from matcha.errors import NotFound
from matcha.jobs.match_position import match_position
from tests.fakes import FakeProvider
from tests.jobs import subjects


def test_candidates_are_scored_best_first_and_unchanged_ones_reused(session: Session) -> None:
    role = subjects.position(session, subjects.company(session))
    few, many = subjects.candidates(session)
    fake = FakeProvider()
    first = match_position(session, role.id, ai=fake)
    assert [m.candidate_id for m in first.matches] == [many.id, few.id]
    assert (first.scored, first.reused, fake.calls["match_position"]) == (2, 0, 2)
    again = match_position(session, role.id, ai=fake)
    assert (again.scored, again.reused, fake.calls["match_position"]) == (0, 2, 2)


def test_only_the_named_candidates_are_scored(session: Session) -> None:
    role = subjects.position(session, subjects.company(session))
    _few, many = subjects.candidates(session)
    result = match_position(session, role.id, candidate_ids=[many.id], ai=FakeProvider())
    assert [m.candidate_id for m in result.matches] == [many.id]


def test_an_unknown_position_is_not_found(session: Session) -> None:
    fake = FakeProvider()
    with pytest.raises(NotFound):
        match_position(session, uuid.uuid4(), ai=fake)
    assert fake.calls == {}
