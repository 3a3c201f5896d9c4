"""The jobs engine's answers to domain code (matcha.jobport): which queued or running jobs work
on some rows, scrubbing an erased candidate from job rows, queueing an applicant's match.
`plug()` once at start, as the API's create_app does."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import String, cast, delete, func, or_, select
from sqlalchemy.orm import Session

from matcha import jobport
from matcha.interviews.models import Interview
from matcha.jobport import ActiveJob, Scrubbed
from matcha.jobs import match_company, match_position
from matcha.jobs.engine import service
from matcha.jobs.engine.models import ACTIVE_STATUSES, Job
from matcha.matching.models import MatchResult, PositionMatchResult
from matcha.positions.models import Position

CANDIDATE_JOBS = (match_company.SPEC.kind, match_position.SPEC.kind)  # take candidate_ids


def _active(job: Job) -> ActiveJob:
    return ActiveJob(id=job.id, kind=job.kind, status=job.status)


class EnginePort:
    """matcha.jobport.JobsPort, over the job rows."""

    def active_on(self, session: Session, subject_ids: Iterable[uuid.UUID]) -> list[ActiveJob]:
        ids = list(subject_ids)
        if not ids:
            return []
        query = select(Job).where(Job.subject_id.in_(ids), Job.status.in_(ACTIVE_STATUSES))
        return [_active(job) for job in session.scalars(query.order_by(Job.created_at))]

    def active_within_company(self, session: Session, company_id: uuid.UUID) -> list[ActiveJob]:
        subjects = [company_id]
        for model in (Interview, Position):
            subjects += session.scalars(select(model.id).where(model.company_id == company_id))
        return self.active_on(session, subjects)

    def scoring(self, session: Session, candidate_id: uuid.UUID) -> list[ActiveJob]:
        query = select(Job).where(Job.kind.in_(CANDIDATE_JOBS), Job.status.in_(ACTIVE_STATUSES))
        found = []
        for job in session.scalars(query.order_by(Job.created_at)):
            named = (job.params or {}).get("candidate_ids")
            if named is None or str(candidate_id) in {str(i) for i in named}:
                found.append(_active(job))
        return found

    def scrub_candidate(self, session: Session, candidate_id: uuid.UUID) -> Scrubbed:
        """The match results the matching jobs wrote go; the id leaves finished jobs'
        parameters and results (their top-5 lists)."""
        counts = {
            model: session.scalar(
                select(func.count()).select_from(model).where(model.candidate_id == candidate_id)
            )
            or 0
            for model in (MatchResult, PositionMatchResult)
        }
        for model in (MatchResult, PositionMatchResult):
            session.execute(delete(model).where(model.candidate_id == candidate_id))
        cid = str(candidate_id)
        mentions = or_(
            cast(Job.params, String).contains(cid), cast(Job.result, String).contains(cid)
        )
        scrubbed = 0
        for job in session.scalars(select(Job).where(mentions)):
            job.params = _without(job.params, cid)
            job.result = _without(job.result, cid) if job.result is not None else None
            scrubbed += 1
        return Scrubbed(counts[MatchResult], counts[PositionMatchResult], scrubbed)

    def match_applicant(
        self, session: Session, position_id: uuid.UUID, candidate_id: uuid.UUID
    ) -> None:
        params = {"candidate_ids": [str(candidate_id)]}
        service.enqueue(session, match_position.SPEC.kind, position_id, params)


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


def plug() -> None:
    """Make this process's domain code ask the jobs engine (deletes, erasure, the job board)."""
    jobport.plug(EnginePort())
