"""Job: analyse one interview's transcript and record what it says."""

from __future__ import annotations

import uuid
from typing import Any

from pydantic import BaseModel
from sqlalchemy.orm import Session

from matcha.ai.provider import AIProvider
from matcha.ai.schemas import ConversationAnalysis, CultureData, ScreeningAnalysis
from matcha.applications.screening import record_screening
from matcha.db import get_or_404, utcnow
from matcha.errors import Conflict, InvalidInput
from matcha.interviews.models import Interview, InterviewStatus, InterviewType
from matcha.jobs.common import Progress, default_provider, no_progress
from matcha.jobs.spec import INTERACTIVE_QUEUE, JobSpec, Params


class InterviewAnalysis(BaseModel):
    interview_id: uuid.UUID
    status: str
    raw_culture_data: CultureData | None
    conversation_analysis: ConversationAnalysis
    screening_analysis: ScreeningAnalysis | None

    def summary(self) -> dict[str, Any]:
        out: dict[str, Any] = {"interview_id": str(self.interview_id), "status": self.status}
        coverage = self.conversation_analysis.coverage_completeness.overall_score
        out["coverage_score"] = coverage
        if self.screening_analysis is not None:
            out["screening_score"] = self.screening_analysis.overall_score
            out["recommendation"] = self.screening_analysis.recommendation
        if self.raw_culture_data is not None:
            out["culture_summary"] = self.raw_culture_data.culture_summary
        return out


def check(session: Session, interview_id: uuid.UUID) -> Interview:
    """The interview, if it can be analysed now; otherwise a clear error and no change."""
    interview = get_or_404(session, Interview, interview_id)
    if interview.status == InterviewStatus.in_progress:
        raise Conflict("the interview is still in progress: complete it before analysing")
    if not (interview.transcript or "").strip():
        raise InvalidInput("the interview has no transcript to analyse")
    return interview


def analyze_interview(
    session: Session,
    interview_id: uuid.UUID,
    *,
    ai: AIProvider | None = None,
    progress: Progress = no_progress,
) -> InterviewAnalysis:
    """Extract culture (culture/candidate interviews), screen (screening) and review the talk."""
    interview = check(session, interview_id)
    provider = default_provider(ai)
    transcript = interview.transcript or ""
    kind = InterviewType(interview.interview_type)
    culture = provider.extract_culture(transcript) if kind != InterviewType.screening else None
    screening = provider.analyze_screening(transcript) if kind == InterviewType.screening else None
    conversation = provider.analyze_conversation(transcript, kind.value)

    now = utcnow()
    interview.raw_culture_data = culture.model_dump(mode="json") if culture else None
    interview.screening_analysis = screening.model_dump(mode="json") if screening else None
    interview.conversation_analysis = conversation.model_dump(mode="json")
    interview.status = InterviewStatus.completed
    interview.status_reason = None
    interview.analyzed_at = now
    interview.completed_at = interview.completed_at or now
    session.flush()
    record_screening(session, interview)  # the application it was for, if it names one
    return InterviewAnalysis(
        interview_id=interview.id,
        status=interview.status,
        raw_culture_data=culture,
        conversation_analysis=conversation,
        screening_analysis=screening,
    )


def mark_failed(session: Session, interview_id: uuid.UUID, reason: str) -> None:
    """When analysis fails for good the interview says so, instead of staying `analyzing`."""
    interview = session.get(Interview, interview_id)
    if interview is not None and interview.status == InterviewStatus.analyzing:
        interview.status = InterviewStatus.failed
        interview.status_reason = reason


def accept(session: Session, interview_id: uuid.UUID, _params: Params) -> Interview:
    return check(session, interview_id)


def run(
    session: Session, interview_id: uuid.UUID, _params: Params, progress: Progress
) -> InterviewAnalysis:
    """Analyse one interview's transcript."""
    return analyze_interview(session, interview_id, progress=progress)


# Its sync route answers the interview itself, so jobs/routes.py adds that one by hand.
ROUTE = "/interviews/{interview_id}/analyze"

SPEC = JobSpec(
    kind="analyze_interview",
    subject=Interview,
    queue=INTERACTIVE_QUEUE,
    accept=accept,
    run=run,
    route=ROUTE,
    tag="interviews",
    provider_methods=("extract_culture", "analyze_screening", "analyze_conversation"),
    gone="The interview was deleted while it was being analysed.",
    soft_limit=240,
    hard_limit=300,
    on_failure=mark_failed,
)
