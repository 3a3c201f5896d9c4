"""Erasing a candidate completely (a GDPR erasure request): the row, their match results, their
applications (with their history) and every note about them, and their id in the parameters
and results of finished jobs and in import reports. matcha keeps no résumé file: an uploaded
file is read into text and discarded, so the text goes with the row. Interviews with them stay
(they are the company's record, and its culture profile learned from them) but no longer name
them; the report counts them so the caller can delete them too."""

from __future__ import annotations

import uuid
from typing import Any

from pydantic import BaseModel
from sqlalchemy import String, cast, delete, func, or_, select
from sqlalchemy.orm import Session

from matcha import busy
from matcha.applications.models import Application, Note
from matcha.candidates.models import Candidate
from matcha.db import get_or_404
from matcha.imports.models import ImportFile
from matcha.interviews.models import Interview
from matcha.jobs.engine.models import Job
from matcha.matching.models import MatchResult, PositionMatchResult


class Erased(BaseModel):
    """What an erasure removed, for the caller's records."""

    candidate_id: uuid.UUID
    name: str
    culture_matches: int
    position_matches: int
    applications: int  # with their stage history
    notes: int  # about them, or about one of their applications
    jobs_scrubbed: int
    import_reports_scrubbed: int
    interviews_unlinked: int  # kept, without their name (see the module docstring)
    resume_files: int = 0  # matcha stores none (see the module docstring)


def erase_candidate(session: Session, *, candidate_id: uuid.UUID) -> Erased:
    """Remove the candidate and every trace of them; JobRunning while a job scores them."""
    candidate = get_or_404(session, Candidate, candidate_id, label="candidate")
    busy.refuse(session, f"candidate {candidate.name}", busy.jobs_scoring(session, candidate_id))
    counts = count_traces(session, candidate_id)
    # Notes before applications: an application's notes would go with it, uncounted.
    for model in (MatchResult, PositionMatchResult, Note, Application):
        session.execute(delete(model).where(model.candidate_id == candidate_id))
    erased = Erased(
        candidate_id=candidate_id,
        name=candidate.name,
        culture_matches=counts[MatchResult],
        position_matches=counts[PositionMatchResult],
        applications=counts[Application],
        notes=counts[Note],
        jobs_scrubbed=_scrub_jobs(session, str(candidate_id)),
        import_reports_scrubbed=_scrub_imports(session, str(candidate_id)),
        interviews_unlinked=counts[Interview],
    )
    session.delete(candidate)
    session.commit()
    return erased


def count_traces(session: Session, candidate_id: uuid.UUID) -> dict[type, int]:
    """How many rows of each kind name the candidate (what an erasure removes or unlinks)."""
    models: tuple[type[Any], ...] = (MatchResult, PositionMatchResult, Application, Note, Interview)
    return {
        model: session.scalar(
            select(func.count()).select_from(model).where(model.candidate_id == candidate_id)
        )
        or 0
        for model in models
    }


def _scrub_imports(session: Session, cid: str) -> int:
    """Take the id out of import reports (the rows it created, the duplicates it found)."""
    scrubbed = 0
    for stored in session.scalars(
        select(ImportFile).where(cast(ImportFile.report, String).contains(cid))
    ):
        report = dict(stored.report or {})
        report["created_ids"] = [i for i in report.get("created_ids", []) if i != cid]
        report["duplicates"] = [
            d for d in report.get("duplicates", []) if str(d.get("existing_id")) != cid
        ]
        stored.report = report
        scrubbed += 1
    return scrubbed


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
