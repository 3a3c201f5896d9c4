"""Job: merge a company's analysed culture interviews into its culture profile."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from matcha.ai.provider import AIProvider
from matcha.ai.schemas import CultureData
from matcha.companies.models import Company
from matcha.culture import service as culture_service
from matcha.culture.models import CultureProfile
from matcha.culture.schemas import EVIDENCE_KEY, DimensionEvidence
from matcha.db import get_or_404, upsert, utcnow
from matcha.errors import Conflict
from matcha.interviews.models import Interview, InterviewStatus, InterviewType
from matcha.jobs.common import Progress, default_provider, no_progress
from matcha.jobs.spec import BULK_QUEUE, JobSpec, Params


class CultureAggregation(BaseModel):
    status: str
    company_id: uuid.UUID
    interview_count: int
    profile: CultureData
    dimension_evidence: dict[str, DimensionEvidence] = Field(default_factory=dict)
    last_updated: datetime

    def summary(self) -> dict[str, Any]:
        return {
            "company_id": str(self.company_id),
            "interview_count": self.interview_count,
            "culture_summary": self.profile.culture_summary,
        }


def _analysed_culture_interviews(session: Session, company_id: uuid.UUID) -> list[Interview]:
    return list(
        session.scalars(
            select(Interview)
            .where(
                Interview.company_id == company_id,
                Interview.interview_type == InterviewType.culture,
                Interview.status == InterviewStatus.completed,
                Interview.raw_culture_data.is_not(None),
            )
            .order_by(Interview.created_at, Interview.id)
        )
    )


def check(session: Session, company_id: uuid.UUID) -> list[Interview]:
    """The interviews to aggregate; 409 when none has been analysed yet."""
    get_or_404(session, Company, company_id, label="company")
    interviews = _analysed_culture_interviews(session, company_id)
    if not interviews:
        raise Conflict(
            "the company has no analysed culture interviews: add one and analyse it first"
        )
    return interviews


def aggregate_culture(
    session: Session,
    company_id: uuid.UUID,
    *,
    ai: AIProvider | None = None,
    progress: Progress = no_progress,
) -> CultureAggregation:
    """Vote each dimension across the interviews, merge the lists and write one profile."""
    interviews = check(session, company_id)
    provider = default_provider(ai)
    progress(0, 1)
    data = [CultureData.model_validate(i.raw_culture_data) for i in interviews]
    profile = provider.aggregate_culture(data)
    evidence = culture_service.trace(
        [(i.id, d) for i, d in zip(interviews, data, strict=True)], profile
    )
    stored = profile.model_dump(mode="json")
    stored[EVIDENCE_KEY] = {name: e.model_dump(mode="json") for name, e in evidence.items()}
    now = utcnow()
    upsert(
        session,
        CultureProfile,
        {
            "id": uuid.uuid4(),
            "company_id": company_id,
            "profile_data": stored,
            "interview_count": len(interviews),
            "created_at": now,
            "updated_at": now,
        },
        conflict=("company_id",),
    )
    session.flush()
    return CultureAggregation(
        status="completed",
        company_id=company_id,
        interview_count=len(interviews),
        profile=profile,
        dimension_evidence=evidence,
        last_updated=now,
    )


def accept(session: Session, company_id: uuid.UUID, _params: Params) -> list[Interview]:
    return check(session, company_id)


def run(
    session: Session, company_id: uuid.UUID, _params: Params, progress: Progress
) -> CultureAggregation:
    """Merge a company's analysed culture interviews into its profile."""
    return aggregate_culture(session, company_id, progress=progress)


SPEC = JobSpec(
    kind="aggregate_culture",
    subject=Company,
    queue=BULK_QUEUE,
    accept=accept,
    run=run,
    route="/companies/{company_id}/aggregate-culture",
    tag="culture",
    provider_methods=("aggregate_culture",),
    gone="The company was deleted while its culture was being aggregated.",
    soft_limit=240,
    hard_limit=300,
)
