"""Public shape of a culture profile, and who said what behind each of its dimensions."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, computed_field, model_validator

from matcha.ai.schemas import CULTURE_DIMENSIONS, CultureData

EVIDENCE_KEY = "dimension_evidence"
"""Key of the per-dimension sources inside the stored profile JSON, beside the CultureData."""
PROFILE_FIELDS = ("id", "company_id", "profile_data", "interview_count", "created_at", "updated_at")


class InterviewReading(BaseModel):
    """What one interview said about one dimension."""

    interview_id: uuid.UUID
    value: str
    confidence: float | None = None
    evidence: list[str] = Field(default_factory=list)


class Dissent(BaseModel):
    """A value some interviews gave that the profile did not take."""

    value: str
    interview_ids: list[uuid.UUID]


class DimensionEvidence(BaseModel):
    """A profile dimension's value and confidence, the interviews behind it and any dissent."""

    value: str
    confidence: float | None = None
    sources: list[InterviewReading] = Field(default_factory=list)
    disagreement: list[Dissent] = Field(default_factory=list)


def split_stored(stored: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Stored profile JSON -> (CultureData fields, per-dimension evidence; {} before issue 14)."""
    data = dict(stored)
    evidence = data.pop(EVIDENCE_KEY, None) or {}
    return data, evidence


class CultureProfilePublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    company_id: uuid.UUID
    profile_data: CultureData
    dimension_evidence: dict[str, DimensionEvidence] = Field(default_factory=dict)
    interview_count: int
    created_at: datetime
    updated_at: datetime
    # The profile's values again as plain fields, where the original frontend reads them
    # (`profile_data` has each dimension as {value, evidence}); filled from profile_data.
    collaboration_style: str = "unknown"
    communication: str = "unknown"
    pace: str = "unknown"
    hierarchy: str = "unknown"
    work_life_balance: str = "unknown"
    growth_focus: str = "unknown"
    decision_making: str = "unknown"
    remote_policy: str = "unknown"
    team_size: str = "unknown"
    values: list[str] = Field(default_factory=list)
    key_traits: list[str] = Field(default_factory=list)
    red_flags_for_candidates: list[str] = Field(default_factory=list)
    culture_summary: str = ""

    @model_validator(mode="before")
    @classmethod
    def _split_evidence(cls, data: Any) -> Any:
        """The stored JSON carries the evidence beside the profile; the API shows them apart."""
        if not isinstance(data, dict):
            data = {name: getattr(data, name) for name in PROFILE_FIELDS}
        stored = data.get("profile_data")
        if isinstance(stored, dict) and EVIDENCE_KEY in stored:
            profile, evidence = split_stored(stored)
            data = {**data, "profile_data": profile, EVIDENCE_KEY: evidence}
        return data

    @model_validator(mode="after")
    def _flat(self) -> CultureProfilePublic:
        profile = self.profile_data
        for name in CULTURE_DIMENSIONS:
            setattr(self, name, str(profile.dimension(name).value))
        self.values = list(profile.values)
        self.key_traits = list(profile.key_traits)
        self.red_flags_for_candidates = list(profile.red_flags_for_candidates)
        self.culture_summary = profile.culture_summary
        return self

    @computed_field  # type: ignore[prop-decorator]
    @property
    def last_updated(self) -> datetime:
        """The user's original name for the time of the last aggregation."""
        return self.updated_at
