"""Matching cost control (top-K pre-ranking, the input-hash cache) and concurrent model calls."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from matcha.ai import usage
from matcha.ai.provider import AIProvider
from matcha.ai.schemas import CandidateProfile
from matcha.candidates import service as candidates_service
from matcha.candidates.models import Candidate
from matcha.candidates.schemas import CandidateCreate
from matcha.companies.models import Company
from matcha.config import get_settings
from matcha.demo.loader import SAMPLE_DIR, manifest
from matcha.errors import JobTimeout, ProviderError
from matcha.jobs.common import input_hash, no_progress
from matcha.jobs.match_position import match_position
from matcha.jobs.scoring import PRERANK, Scorer, score_all
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


# --- concurrent model calls (score_all directly, with a slow scorer instead of a model) --------


class Recorder:
    """A scorer whose 'model call' sleeps, counting calls in flight and the threads involved."""

    def __init__(self, delay: float = 0.05, fail_on: int | None = None) -> None:
        self.delay, self.fail_on = delay, fail_on
        self.in_flight = self.max_in_flight = 0
        self.called: list[int] = []
        self.saved: list[tuple[uuid.UUID, int, str]] = []
        self.save_threads: set[int] = set()
        self._lock = threading.Lock()

    def score(self, _provider: AIProvider, candidate: CandidateProfile) -> int:
        index = int(candidate.experience_years)
        with self._lock:
            self.called.append(index)
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            time.sleep(self.delay * (1 + index % 3))  # uneven, so calls finish out of order
            if index == self.fail_on:
                raise ProviderError("the key was revoked", code="auth_failed")
            return index
        finally:
            with self._lock:
                self.in_flight -= 1

    def save(self, candidate_id: uuid.UUID, result: int, _digest: str, scored_by: str) -> None:
        self.save_threads.add(threading.get_ident())
        self.saved.append((candidate_id, result, scored_by))

    def scorer(self) -> Scorer[int]:
        return Scorer[int](inputs=("test",), score=self.score, value=float, save=self.save)


def _pool(n: int) -> list[Candidate]:
    """Transient candidates (score_all reads only id and parsed_data); years = their index."""
    return [
        Candidate(id=uuid.uuid4(), parsed_data=CandidateProfile(experience_years=i).model_dump())
        for i in range(n)
    ]


@pytest.fixture
def concurrency(monkeypatch: pytest.MonkeyPatch) -> Iterator[int]:
    monkeypatch.setenv("MATCHA_LLM_CONCURRENCY", "4")
    get_settings.cache_clear()
    yield 4
    get_settings.cache_clear()


def test_model_calls_overlap_up_to_the_cap_and_results_are_saved_in_order_on_the_caller(
    concurrency: int,
) -> None:
    recorder, pool = Recorder(), _pool(12)
    reports: list[tuple[int, int]] = []
    threads: set[int] = set()

    def progress(done: int, total: int) -> None:
        threads.add(threading.get_ident())
        reports.append((done, total))

    tally = score_all(FakeProvider(), pool, recorder.scorer(), {}, progress)
    assert recorder.max_in_flight == concurrency
    assert sorted(recorder.called) == list(range(12))
    assert recorder.saved == [(c.id, i, "fake") for i, c in enumerate(pool)]
    assert reports == [(i, 12) for i in range(13)]
    assert threads == recorder.save_threads == {threading.get_ident()}
    assert (tally.scored, tally.reused) == (12, 0)


def test_cached_candidates_are_not_submitted(concurrency: int) -> None:
    recorder, pool = Recorder(delay=0.0), _pool(6)
    score_all(FakeProvider(), pool, recorder.scorer(), {}, no_progress)
    stored: dict[uuid.UUID, str | None] = dict(_digests(FakeProvider(), pool))
    del stored[pool[4].id]  # one candidate changed since
    again = Recorder(delay=0.0)
    tally = score_all(FakeProvider(), pool, again.scorer(), stored, no_progress)
    assert again.called == [4]
    assert (tally.scored, tally.reused) == (1, 5)


def _digests(provider: AIProvider, pool: list[Candidate]) -> dict[uuid.UUID, str]:
    return {c.id: input_hash(provider, "test", c.parsed_data) for c in pool}


def test_a_failed_call_fails_the_run_keeps_the_candidates_before_it_and_stops_the_rest(
    concurrency: int,
) -> None:
    recorder, pool = Recorder(fail_on=5), _pool(40)
    with pytest.raises(ProviderError) as caught:
        score_all(FakeProvider(), pool, recorder.scorer(), {}, no_progress)
    assert caught.value.code == "auth_failed"
    assert [cid for cid, _, _ in recorder.saved] == [c.id for c in pool[:5]]
    assert len(recorder.called) < 40  # calls not yet started when it failed were never made
    assert recorder.in_flight == 0  # and none is left running after score_all returns


def test_a_progress_error_stops_the_calls_too(concurrency: int) -> None:
    recorder, pool = Recorder(), _pool(40)

    def progress(done: int, _total: int) -> None:
        if done == 2:
            raise JobTimeout("soft limit")

    with pytest.raises(JobTimeout):
        score_all(FakeProvider(), pool, recorder.scorer(), {}, progress)
    assert len(recorder.saved) == 2 and len(recorder.called) < 40 and recorder.in_flight == 0


def test_with_a_concurrency_of_one_calls_are_made_in_order_on_the_caller(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("MATCHA_LLM_CONCURRENCY", "1")
    get_settings.cache_clear()
    recorder, pool = Recorder(delay=0.0), _pool(5)
    calling = threading.get_ident()
    threads: set[int] = set()
    original = recorder.score

    def score(provider: AIProvider, candidate: CandidateProfile) -> int:
        threads.add(threading.get_ident())
        return original(provider, candidate)

    scorer = recorder.scorer()
    scorer.score = score
    try:
        score_all(FakeProvider(), pool, scorer, {}, no_progress)
    finally:
        get_settings.cache_clear()
    assert recorder.called == list(range(5)) and threads == {calling}


def test_usage_tracked_by_the_caller_counts_calls_made_on_pool_threads(concurrency: int) -> None:
    def score(_provider: AIProvider, _candidate: CandidateProfile) -> int:
        usage.after_call(tokens_in=3, tokens_out=2)
        return 1

    scorer = Scorer[int](inputs=(), score=score, value=float, save=lambda *_: None)
    with usage.tracking() as spend:
        score_all(FakeProvider(), _pool(10), scorer, {}, no_progress)
    assert (spend.calls, spend.tokens_in, spend.tokens_out) == (10, 30, 20)
