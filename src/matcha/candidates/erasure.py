"""Erasing a candidate completely (a GDPR erasure request): the row, and what the jobs made of
them (their match results, their id in the parameters and results of finished jobs: the jobs
engine removes those, see matcha.jobport). matcha keeps no résumé file: an
uploaded file is read into text and discarded, so the text goes with the row."""

from __future__ import annotations

import uuid

from pydantic import BaseModel
from sqlalchemy.orm import Session

from matcha import busy, jobport
from matcha.candidates.models import Candidate
from matcha.db import get_or_404


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
    scrubbed = jobport.jobs().scrub_candidate(session, candidate_id)
    erased = Erased(
        candidate_id=candidate_id,
        name=candidate.name,
        culture_matches=scrubbed.culture_matches,
        position_matches=scrubbed.position_matches,
        jobs_scrubbed=scrubbed.jobs,
    )
    session.delete(candidate)
    session.commit()
    return erased
