"""Request and response shapes for interviews."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, computed_field, model_validator

from matcha.interviews.models import InterviewStatus, InterviewType
from matcha.types import BlankAllowed, BlanksAbsent, Name


class InterviewBase(BaseModel):
    interviewer_name: Name | None = None
    interviewer_role: Name | None = None
    # Checked by service.validate_transcript: its limit is a setting, and its errors name it.
    transcript: str | None = None


class InterviewCreate(InterviewBase, BlanksAbsent):
    model_config = ConfigDict(extra="forbid")

    interviewer_name: Annotated[Name | None, BlankAllowed] = None
    interviewer_role: Annotated[Name | None, BlankAllowed] = None
    interview_type: InterviewType = InterviewType.culture
    # Candidate and screening interviews may say who they were with, and for which position.
    candidate_id: uuid.UUID | None = None
    position_id: uuid.UUID | None = None
    company_id: uuid.UUID | None = Field(
        default=None, description="May repeat the path's company (the original frontend does)"
    )


class InterviewUpdate(InterviewBase):
    """Only the fields sent are changed; allowed while the interview is pending or in progress."""

    model_config = ConfigDict(extra="forbid")


class InterviewPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    company_id: uuid.UUID
    interview_type: InterviewType
    candidate_id: uuid.UUID | None = None
    candidate_name: str | None = None
    position_id: uuid.UUID | None = None
    interviewer_name: str | None
    interviewer_role: str | None
    transcript: str | None
    status: InterviewStatus
    status_reason: str | None
    raw_culture_data: dict[str, Any] | None
    conversation_analysis: dict[str, Any] | None
    screening_analysis: dict[str, Any] | None
    created_at: datetime
    updated_at: datetime
    completed_at: datetime | None
    analyzed_at: datetime | None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def interview_id(self) -> uuid.UUID:
        """The same as `id`: the original frontend opens a new interview by this name."""
        return self.id

    @model_validator(mode="after")
    def _analyses_dated(self) -> InterviewPublic:
        self.conversation_analysis = with_analyzed_at(self.conversation_analysis, self.analyzed_at)
        self.screening_analysis = with_analyzed_at(self.screening_analysis, self.analyzed_at)
        return self


def with_analyzed_at(
    analysis: dict[str, Any] | None, analyzed_at: datetime | None
) -> dict[str, Any] | None:
    """The analysis with `analyzed_at` inside it, where the original frontend reads it (the
    datetime itself, so it is written exactly as the interview's own `analyzed_at`)."""
    if analysis is None or analyzed_at is None or "analyzed_at" in analysis:
        return analysis
    return {**analysis, "analyzed_at": analyzed_at}


def flat_analysis(
    interview_type: InterviewType | str,
    conversation: dict[str, Any] | None,
    screening: dict[str, Any] | None,
    taken: Iterable[str],
) -> dict[str, Any]:
    """The interview's own analysis (screening for screening interviews, else conversation) as
    top-level fields, as the original backend answered; names the reply already has are left."""
    analysis = screening if interview_type == InterviewType.screening else conversation
    skip = set(taken)
    return {k: v for k, v in (analysis or {}).items() if k not in skip}


class InterviewAnalyzed(InterviewPublic):
    """The interview after analysis, and beside its fields the analysis itself at the top level
    (`coverage_completeness`, … or `communication_clarity`, …), which the original frontend
    reads from `POST /api/interviews/{id}/analyze`."""

    model_config = ConfigDict(extra="allow")

    @classmethod
    def of(cls, interview: object) -> InterviewAnalyzed:
        public = InterviewPublic.model_validate(interview)
        fields = public.model_dump(exclude={"interview_id"})
        extra = flat_analysis(
            public.interview_type,
            public.conversation_analysis,
            public.screening_analysis,
            [*fields, "interview_id"],
        )
        return cls(**fields, **extra)


class InterviewAnalysisPublic(BaseModel):
    """The analyses of an interview; the conversation analysis (for a screening interview, the
    screening analysis) is repeated at the top level, the original backend's answer here."""

    model_config = ConfigDict(extra="allow")

    interview_id: uuid.UUID
    status: InterviewStatus
    conversation_analysis: dict[str, Any] | None
    screening_analysis: dict[str, Any] | None
    raw_culture_data: dict[str, Any] | None
