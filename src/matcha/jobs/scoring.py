"""The scoring loop both matching jobs share: cache by input hash, top-K pre-ranking, and
concurrent model calls.

With a real model, scoring N candidates costs N calls. Two things cut that:
- a candidate whose inputs (and scorer) are unchanged keeps its stored result: zero calls;
- with `MATCHA_MATCH_TOP_K`, the embedded analyzer pre-ranks everyone for free and only the top K
  go to the model; the rest keep their embedded score, marked `embedded (pre-rank)`.
The calls that remain run on up to `MATCHA_LLM_CONCURRENCY` threads, while every save and
progress report stays on the calling thread, in candidate order (the session is not thread-safe).
"""

from __future__ import annotations

import contextvars
import threading
import uuid
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from matcha.ai.provider import AIProvider, get_provider
from matcha.ai.schemas import CandidateProfile
from matcha.candidates.models import Candidate
from matcha.config import get_settings
from matcha.jobs.common import Progress, input_hash

PRERANK = "embedded (pre-rank)"
R = TypeVar("R")


@dataclass
class Scorer(Generic[R]):
    """How one matching job scores a candidate, and where it keeps the result."""

    inputs: Sequence[Any]  # everything besides the candidate that the score depends on
    score: Callable[[AIProvider, CandidateProfile], R]
    value: Callable[[R], float]
    save: Callable[[uuid.UUID, R, str, str], None]  # (candidate id, result, hash, scored_by)


@dataclass
class Tally:
    scored: int = 0
    reused: int = 0


def _chosen_for_model(
    provider: AIProvider, scorer: Scorer[R], profiles: dict[uuid.UUID, CandidateProfile]
) -> tuple[set[uuid.UUID], dict[uuid.UUID, R]]:
    """Candidate ids the model should score, and the embedded pre-rank results (if any)."""
    top_k = get_settings().match_top_k
    if provider.name == "embedded" or top_k is None or len(profiles) <= top_k:
        return set(profiles), {}
    embedded = get_provider("embedded")
    prerank = {cid: scorer.score(embedded, profile) for cid, profile in profiles.items()}
    ranked = sorted(prerank, key=lambda cid: scorer.value(prerank[cid]), reverse=True)
    return set(ranked[:top_k]), prerank


class _Skipped(Exception):
    """A call not made because another call had already failed the job."""


class _Calls(Generic[R]):
    """Model calls submitted up front to a bounded pool; results are taken in any order."""

    def __init__(self, call: Callable[[CandidateProfile], R], workers: int) -> None:
        self._call = call
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="matcha-llm")
        self._futures: dict[uuid.UUID, Future[R]] = {}
        self._failed = threading.Event()
        self._error: BaseException | None = None
        self._lock = threading.Lock()

    def submit(self, cid: uuid.UUID, profile: CandidateProfile) -> None:
        # A copy of the caller's context per call: usage tracking and the budget live in it.
        context = contextvars.copy_context()
        self._futures[cid] = self._pool.submit(context.run, self._run, profile)

    def _run(self, profile: CandidateProfile) -> R:
        if self._failed.is_set():
            raise _Skipped
        try:
            return self._call(profile)
        except BaseException as exc:
            with self._lock:
                if self._error is None:
                    self._error = exc
            self._failed.set()
            raise

    def result(self, cid: uuid.UUID) -> R:
        """The call's result; a call skipped after a failure raises that failure instead."""
        try:
            return self._futures[cid].result()
        except _Skipped:
            if self._error is None:  # unreachable: only a failure sets the flag before close()
                raise
            raise self._error from None

    def close(self) -> None:
        """Make no call that has not started; wait for those in flight (they count as usage)."""
        self._failed.set()
        self._pool.shutdown(wait=True, cancel_futures=True)


@contextmanager
def _model_calls(
    provider: AIProvider, scorer: Scorer[R], todo: dict[uuid.UUID, CandidateProfile]
) -> Iterator[Callable[[uuid.UUID], R]]:
    """`result(candidate id)` for every candidate in `todo`, computed ahead on up to
    MATCHA_LLM_CONCURRENCY threads; the embedded analyzer (CPU-bound) stays inline."""

    def call(profile: CandidateProfile) -> R:
        return scorer.score(provider, profile)

    workers = min(get_settings().llm_concurrency, len(todo))
    if provider.name == "embedded" or workers <= 1:
        yield lambda cid: call(todo[cid])
        return
    calls = _Calls(call, workers)
    try:
        for cid, profile in todo.items():
            calls.submit(cid, profile)
        yield calls.result
    finally:
        calls.close()


def score_all(
    provider: AIProvider,
    candidates: Sequence[Candidate],
    scorer: Scorer[R],
    stored: dict[uuid.UUID, str | None],
    progress: Progress,
) -> Tally:
    """Score every candidate once (or reuse its stored score), reporting progress per candidate.

    Results are saved in candidate order whatever order the calls finish in, so a failed call
    leaves exactly the candidates before it saved, as a sequential loop would.
    """
    profiles = {c.id: CandidateProfile.model_validate(c.parsed_data) for c in candidates}
    chosen, prerank = _chosen_for_model(provider, scorer, profiles)
    embedded = get_provider("embedded") if prerank else provider
    digests = {
        c.id: input_hash(provider if c.id in chosen else embedded, *scorer.inputs, c.parsed_data)
        for c in candidates
    }
    todo = {
        c.id: profiles[c.id]
        for c in candidates
        if c.id in chosen and stored.get(c.id) != digests[c.id]
    }
    tally = Tally()
    progress(0, len(candidates))
    with _model_calls(provider, scorer, todo) as result:
        for done, candidate in enumerate(candidates, start=1):
            digest = digests[candidate.id]
            if stored.get(candidate.id) == digest:
                tally.reused += 1
            else:
                by_model = candidate.id in chosen
                scored = result(candidate.id) if by_model else prerank[candidate.id]
                scorer.save(candidate.id, scored, digest, provider.name if by_model else PRERANK)
                tally.scored += 1
            progress(done, len(candidates))
    return tally
