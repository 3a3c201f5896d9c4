"""Matching cost control: top-K pre-ranking and the input-hash cache, with a counting provider."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from matcha.candidates import service as candidates_service
from matcha.candidates.schemas import CandidateCreate
from matcha.companies.models import Company
from matcha.config import get_settings
from matcha.demo.loader import SAMPLE_DIR, manifest
from matcha.jobs.match_position import match_position
from matcha.jobs.scoring import PRERANK
from matcha.matching.models import PositionMatchResult
from matcha.positions.models import Position
from tests.fakes import FakeProvider


@pytest.fixture
def top_k(monkeypatch: pytest.MonkeyPatch) -> Iterator[int]:
    monkeypatch.setenv("MATCHA_MATCH_TOP_K", "3")
    get_settings.cache_clear()
    yield 3
    get_settings.cache_clear()


@pytest.fixture
def position(session: Session) -> Position:
    company = Company(name="Acme")
    session.add(company)
    session.flush()
    row = Position(
        company_id=company.id,
        title="Senior Go engineer",
        required_skills=["Go", "Kubernetes", "PostgreSQL"],
        experience_level="senior",
    )
    session.add(row)
    session.commit()
    for item in manifest()["candidates"][:8]:
        candidates_service.create_candidate(
            session,
            data=CandidateCreate(
                name=item["name"], resume_text=(SAMPLE_DIR / item["file"]).read_text()
            ),
        )
    return row


def test_only_the_top_k_go_to_the_model(session: Session, position: Position, top_k: int) -> None:
    model = FakeProvider()
    run = match_position(session, position.id, ai=model)
    assert model.calls["match_position"] == top_k
    rows = session.scalars(select(PositionMatchResult)).all()
    assert len(rows) == 8
    assert sorted(r.scored_by for r in rows).count(PRERANK) == 8 - top_k
    assert run.scored == 8 and run.reused == 0


def test_the_top_k_are_the_best_by_the_embedded_pre_rank(
    session: Session, position: Position, top_k: int
) -> None:
    everyone = match_position(session, position.id)  # embedded scores for all
    best = {m.candidate_id for m in everyone.matches[:top_k]}
    session.query(PositionMatchResult).delete()
    session.commit()
    match_position(session, position.id, ai=FakeProvider())
    by_model = {
        r.candidate_id
        for r in session.scalars(select(PositionMatchResult))
        if r.scored_by == "fake"
    }
    assert by_model == best


def test_unchanged_inputs_cost_no_call_the_second_time(
    session: Session, position: Position
) -> None:
    model = FakeProvider()
    first = match_position(session, position.id, ai=model)
    again = match_position(session, position.id, ai=model)
    assert model.calls["match_position"] == 8
    assert (again.scored, again.reused) == (0, 8)
    assert [m.overall_score for m in again.matches] == [m.overall_score for m in first.matches]

    position.required_skills = ["Go"]  # the inputs changed: everyone is scored again
    session.commit()
    match_position(session, position.id, ai=model)
    assert model.calls["match_position"] == 16
