"""The scoring loop both matching jobs share: cache by input hash, and top-K pre-ranking.

With a real model, scoring N candidates costs N calls. Two things cut that:
- a candidate whose inputs (and scorer) are unchanged keeps its stored result: zero calls;
- with `MATCHA_MATCH_TOP_K`, the embedded analyzer pre-ranks everyone for free and only the top K
  go to the model; the rest keep their embedded score, marked `embedded (pre-rank)`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
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


def score_all(
    provider: AIProvider,
    candidates: Sequence[Candidate],
    scorer: Scorer[R],
    stored: dict[uuid.UUID, str | None],
    progress: Progress,
) -> Tally:
    """Score every candidate once (or reuse its stored score), reporting progress per candidate."""
    profiles = {c.id: CandidateProfile.model_validate(c.parsed_data) for c in candidates}
    chosen, prerank = _chosen_for_model(provider, scorer, profiles)
    embedded = get_provider("embedded") if prerank else provider
    tally = Tally()
    progress(0, len(candidates))
    for done, candidate in enumerate(candidates, start=1):
        by_model = candidate.id in chosen
        source = provider if by_model else embedded
        digest = input_hash(source, *scorer.inputs, candidate.parsed_data)
        if stored.get(candidate.id) == digest:
            tally.reused += 1
        else:
            result = (
                scorer.score(provider, profiles[candidate.id])
                if by_model
                else prerank[candidate.id]
            )
            scorer.save(candidate.id, result, digest, provider.name if by_model else PRERANK)
            tally.scored += 1
        progress(done, len(candidates))
    return tally
