"""Job: score candidates against a company's culture profile."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel
from sqlalchemy.orm import Session

from matcha.ai.provider import AIProvider
from matcha.ai.schemas import CultureData, CultureMatch
from matcha.candidates import service as candidates_service
from matcha.candidates.models import Candidate
from matcha.companies.models import Company
from matcha.culture import service as culture_service
from matcha.db import get_or_404
from matcha.errors import Conflict
from matcha.jobs.common import Progress, candidate_ids, default_provider, no_progress
from matcha.jobs.scoring import Scorer, score_all
from matcha.jobs.spec import BULK_QUEUE, JobSpec, Params
from matcha.matching import service as matching_service
from matcha.matching.models import MatchResult
from matcha.matching.schemas import MatchPublic


class CompanyMatchRun(BaseModel):
    status: str
    company_id: uuid.UUID
    scored: int
    reused: int
    matches: list[MatchPublic]

    def summary(self) -> dict[str, Any]:
        top = [{"candidate_id": str(m.candidate_id), "score": m.match_score} for m in self.matches]
        return {
            "matches": len(self.matches),
            "scored": self.scored,
            "reused": self.reused,
            "top": top[:5],
        }


def check(
    session: Session, company_id: uuid.UUID, candidate_ids: Sequence[uuid.UUID] | None
) -> tuple[CultureData, list[Candidate]]:
    """The profile and candidates to score; 404 for unknown ids, 409 without a profile."""
    get_or_404(session, Company, company_id, label="company")
    profile = culture_service.profile_data(session, company_id)
    if profile is None:
        raise Conflict(
            "the company has no culture profile yet: aggregate its culture interviews first"
        )
    ids = list(candidate_ids) if candidate_ids is not None else None
    return profile, candidates_service.list_candidates_by_ids(session, ids)


def match_company(
    session: Session,
    company_id: uuid.UUID,
    *,
    candidate_ids: Sequence[uuid.UUID] | None = None,
    ai: AIProvider | None = None,
    progress: Progress = no_progress,
) -> CompanyMatchRun:
    """Score each candidate once; a candidate whose inputs are unchanged keeps its score."""
    profile, candidates = check(session, company_id, candidate_ids)
    provider = default_provider(ai)

    def save(candidate_id: uuid.UUID, match: CultureMatch, digest: str, scored_by: str) -> None:
        matching_service.save_culture_match(
            session,
            company_id=company_id,
            candidate_id=candidate_id,
            match=match,
            input_hash=digest,
            scored_by=scored_by,
        )

    scorer = Scorer[CultureMatch](
        inputs=("culture", profile.model_dump(mode="json")),
        score=lambda p, candidate: p.match_culture(profile, candidate),
        value=lambda match: match.match_score,
        save=save,
    )
    stored = matching_service.stored_hashes(session, MatchResult, company_id=company_id)
    tally = score_all(provider, candidates, scorer, stored, progress)
    session.flush()
    matches = matching_service.company_matches(
        session, company_id, candidate_ids=[c.id for c in candidates]
    )
    return CompanyMatchRun(
        status="completed",
        company_id=company_id,
        scored=tally.scored,
        reused=tally.reused,
        matches=matches,
    )


def accept(session: Session, company_id: uuid.UUID, params: Params) -> object:
    return check(session, company_id, candidate_ids(params))


def run(
    session: Session, company_id: uuid.UUID, params: Params, progress: Progress
) -> CompanyMatchRun:
    """Score candidates against a company's culture."""
    return match_company(
        session, company_id, candidate_ids=candidate_ids(params), progress=progress
    )


# Matching makes one model call per candidate, hence its hour.
SPEC = JobSpec(
    kind="match_company",
    subject=Company,
    queue=BULK_QUEUE,
    accept=accept,
    run=run,
    route="/companies/{company_id}/match",
    tag="matching",
    provider_methods=("match_culture",),
    gone="The company was deleted while its candidates were being matched.",
    soft_limit=3300,
    hard_limit=3600,
    scores_candidates=True,
)
