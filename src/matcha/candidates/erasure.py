"""Erasing a candidate completely (a GDPR erasure request): the row, their match results, and
their id in the parameters and results of finished jobs. matcha keeps no résumé file: an
uploaded file is read into text and discarded, so the text goes with the row."""

from __future__ import annotations

import uuid

from pydantic import BaseModel
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from matcha import busy, jobport
from matcha.candidates.models import Candidate
from matcha.db import get_or_404
from matcha.matching.models import MatchResult, PositionMatchResult


class Erased(BaseModel):
    """What an erasure removed, for the caller's records."""

    candidate_id: uuid.UUID
    name: str
    culture_matches: int
    position_matches: int
    jobs_scrubbed: int
    resume_files: int = 0  # matcha stores none (see the module docstring)


def erase_candidate(session: Session, *, candidate_id: uuid.UUID) -> Erased:
    """Remove the candidate and every trace of them; JobRunning while a job scores them."""
    candidate = get_or_404(session, Candidate, candidate_id, label="candidate")
    busy.refuse(session, f"candidate {candidate.name}", busy.jobs_scoring(session, candidate_id))
    counts = {
        model: session.scalar(
            select(func.count()).select_from(model).where(model.candidate_id == candidate_id)
        )
        or 0
        for model in (MatchResult, PositionMatchResult)
    }
    for model in (MatchResult, PositionMatchResult):
        session.execute(delete(model).where(model.candidate_id == candidate_id))
    scrubbed = jobport.jobs().scrub_candidate(session, candidate_id)
    erased = Erased(
        candidate_id=candidate_id,
        name=candidate.name,
        culture_matches=counts[MatchResult],
        position_matches=counts[PositionMatchResult],
        jobs_scrubbed=scrubbed,
    )
    session.delete(candidate)
    session.commit()
    return erased
