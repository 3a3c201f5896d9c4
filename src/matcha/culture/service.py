"""Reading culture profiles, and who said what behind them (aggregation writes them; see
matcha.jobs.aggregate_culture)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from matcha.ai.schemas import CULTURE_DIMENSIONS, CultureData
from matcha.culture.models import CultureProfile
from matcha.culture.schemas import DimensionEvidence, Dissent, InterviewReading, split_stored


def get_profile(session: Session, company_id: uuid.UUID) -> CultureProfile | None:
    """The company's profile row, or None before its first aggregation."""
    return session.scalars(
        select(CultureProfile).where(CultureProfile.company_id == company_id)
    ).first()


def culture_of(row: CultureProfile) -> CultureData:
    """A profile row's aggregated culture, validated (without the per-dimension evidence)."""
    return CultureData.model_validate(split_stored(row.profile_data)[0])


def profile_data(session: Session, company_id: uuid.UUID) -> CultureData | None:
    """The company's aggregated culture, validated, or None before the first aggregation."""
    row = get_profile(session, company_id)
    return culture_of(row) if row is not None else None


def dimension_evidence(session: Session, company_id: uuid.UUID) -> dict[str, DimensionEvidence]:
    """Per dimension, the interviews behind the profile's value ({} before it was recorded)."""
    row = get_profile(session, company_id)
    if row is None:
        return {}
    stored = split_stored(row.profile_data)[1]
    return {name: DimensionEvidence.model_validate(item) for name, item in stored.items()}


def trace(
    readings: Sequence[tuple[uuid.UUID, CultureData]], profile: CultureData
) -> dict[str, DimensionEvidence]:
    """Which interviews said what, per dimension, and which of them the profile overrules.

    Independent of the provider: its aggregate sees only the CultureData, this sees the ids."""
    out: dict[str, DimensionEvidence] = {}
    for name in CULTURE_DIMENSIONS:
        chosen = profile.dimension(name)
        sources = [
            InterviewReading(
                interview_id=interview_id,
                value=dim.value,
                confidence=dim.confidence,
                evidence=list(dim.evidence),
            )
            for interview_id, data in readings
            if (dim := data.dimension(name)).value != "unknown"
        ]
        dissent: dict[str, list[uuid.UUID]] = {}
        for source in sources:
            if source.value != chosen.value:
                dissent.setdefault(source.value, []).append(source.interview_id)
        out[name] = DimensionEvidence(
            value=chosen.value,
            confidence=chosen.confidence,
            sources=sources,
            disagreement=[Dissent(value=v, interview_ids=ids) for v, ids in dissent.items()],
        )
    return out
