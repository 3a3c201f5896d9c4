"""Request and response shapes for interviews."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict

from matcha.interviews.models import InterviewStatus, InterviewType
from matcha.types import Name


class InterviewBase(BaseModel):
    interviewer_name: Name | None = None
    interviewer_role: Name | None = None
    # Checked by service.validate_transcript: its limit is a setting, and its errors name it.
    transcript: str | None = None


class InterviewCreate(InterviewBase):
    model_config = ConfigDict(extra="forbid")

    interview_type: InterviewType = InterviewType.culture
    # Candidate and screening interviews may say who they were with, and for which position.
    candidate_id: uuid.UUID | None = None
    position_id: uuid.UUID | None = None


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


class InterviewAnalysisPublic(BaseModel):
    interview_id: uuid.UUID
    status: InterviewStatus
    conversation_analysis: dict[str, Any] | None
    screening_analysis: dict[str, Any] | None
    raw_culture_data: dict[str, Any] | None
