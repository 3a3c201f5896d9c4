"""Erasing a candidate completely (a GDPR erasure request): the row, their match results, and
their id in the parameters and results of finished jobs. matcha keeps no résumé file: an
uploaded file is read into text and discarded, so the text goes with the row."""

from __future__ import annotations

import uuid
from typing import Any

from pydantic import BaseModel
from sqlalchemy import String, cast, delete, func, or_, select
from sqlalchemy.orm import Session

from matcha import busy
from matcha.candidates.models import Candidate
from matcha.db import get_or_404
from matcha.jobs.engine.models import Job
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
    scrubbed = _scrub_jobs(session, str(candidate_id))
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


def _scrub_jobs(session: Session, cid: str) -> int:
    """Take the id out of finished jobs' parameters and results (their top-5 lists)."""
    mentions = or_(cast(Job.params, String).contains(cid), cast(Job.result, String).contains(cid))
    scrubbed = 0
    for job in session.scalars(select(Job).where(mentions)):
        job.params = _without(job.params, cid)
        job.result = _without(job.result, cid) if job.result is not None else None
        scrubbed += 1
    return scrubbed


def _without(value: Any, cid: str) -> Any:
    """`value` (JSON) with every list item that is, or names, the id dropped."""
    if isinstance(value, dict):
        return {k: _without(v, cid) for k, v in value.items()}
    if isinstance(value, list):
        return [_without(v, cid) for v in value if not _names(v, cid)]
    return value


def _names(item: Any, cid: str) -> bool:
    if isinstance(item, str):
        return item == cid
    return isinstance(item, dict) and str(item.get("candidate_id")) == cid
