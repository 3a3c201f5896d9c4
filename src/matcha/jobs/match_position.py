"""Job: score candidates against a position's skills, experience and company culture."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel
from sqlalchemy.orm import Session

from matcha.ai.provider import AIProvider
from matcha.ai.schemas import CultureData, PositionMatch, PositionSpec
from matcha.candidates import service as candidates_service
from matcha.candidates.models import Candidate
from matcha.culture import service as culture_service
from matcha.jobs.common import Progress, candidate_ids, default_provider, no_progress
from matcha.jobs.scoring import Scorer, score_all
from matcha.jobs.spec import BULK_QUEUE, JobSpec, Params
from matcha.matching import service as matching_service
from matcha.matching.models import PositionMatchResult
from matcha.matching.schemas import PositionMatchPublic
from matcha.positions import service as positions_service
from matcha.positions.models import Position


class PositionMatchRun(BaseModel):
    status: str
    position_id: uuid.UUID
    scored: int
    reused: int
    matches: list[PositionMatchPublic]

    def summary(self) -> dict[str, Any]:
        top = [
            {"candidate_id": str(m.candidate_id), "score": m.overall_score} for m in self.matches
        ]
        return {
            "matches": len(self.matches),
            "scored": self.scored,
            "reused": self.reused,
            "top": top[:5],
        }


def check(
    session: Session, position_id: uuid.UUID, candidate_ids: Sequence[uuid.UUID] | None
) -> tuple[PositionSpec, CultureData | None, list[Candidate]]:
    """The position, its company's culture (if aggregated) and the candidates to score."""
    position = positions_service.get_position(session, position_id)
    spec = positions_service.to_spec(position)
    profile = culture_service.profile_data(session, position.company_id)
    ids = list(candidate_ids) if candidate_ids is not None else None
    return spec, profile, candidates_service.list_candidates_by_ids(session, ids)


def judged(spec: PositionSpec, match: PositionMatch) -> PositionMatch:
    """The provider's match, not qualified when the candidate has none of the position's
    required skills: the rule holds whichever provider answered, and whatever it said."""
    if spec.required_skills and not match.skills_breakdown.matched_required:
        return match.model_copy(update={"qualified": False})
    return match


def match_position(
    session: Session,
    position_id: uuid.UUID,
    *,
    candidate_ids: Sequence[uuid.UUID] | None = None,
    ai: AIProvider | None = None,
    progress: Progress = no_progress,
) -> PositionMatchRun:
    """Score each candidate once; a candidate whose inputs are unchanged keeps its score."""
    spec, profile, candidates = check(session, position_id, candidate_ids)
    provider = default_provider(ai)

    def save(candidate_id: uuid.UUID, match: PositionMatch, digest: str, scored_by: str) -> None:
        matching_service.save_position_match(
            session,
            position_id=position_id,
            candidate_id=candidate_id,
            match=match,
            input_hash=digest,
            scored_by=scored_by,
        )

    scorer = Scorer[PositionMatch](
        inputs=(
            "position",
            spec.model_dump(mode="json"),
            profile.model_dump(mode="json") if profile else None,
        ),
        score=lambda p, candidate: judged(spec, p.match_position(spec, candidate, profile)),
        value=lambda match: match.overall_score,
        save=save,
    )
    stored = matching_service.stored_hashes(session, PositionMatchResult, position_id=position_id)
    tally = score_all(provider, candidates, scorer, stored, progress)
    session.flush()
    matches = matching_service.position_matches(
        session, position_id, candidate_ids=[c.id for c in candidates]
    )
    return PositionMatchRun(
        status="completed",
        position_id=position_id,
        scored=tally.scored,
        reused=tally.reused,
        matches=matches,
    )


def accept(session: Session, position_id: uuid.UUID, params: Params) -> object:
    return check(session, position_id, candidate_ids(params))


def run(
    session: Session, position_id: uuid.UUID, params: Params, progress: Progress
) -> PositionMatchRun:
    """Score candidates against a position."""
    return match_position(
        session, position_id, candidate_ids=candidate_ids(params), progress=progress
    )


# Matching makes one model call per candidate, hence its hour.
SPEC = JobSpec(
    kind="match_position",
    subject=Position,
    queue=BULK_QUEUE,
    accept=accept,
    run=run,
    route="/positions/{position_id}/match",
    tag="matching",
    provider_methods=("match_position",),
    gone="The position was deleted while it was being matched.",
    soft_limit=3300,
    hard_limit=3600,
    scores_candidates=True,
)
