"""How the UI words a score's composition and a culture value's sources (issue 14)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from matcha.ai.schemas import CultureData, Dimension
from matcha.culture.schemas import DimensionEvidence, Dissent, InterviewReading
from matcha.matching.schemas import CultureEvidence, PositionMatchPublic
from matcha.web import explain

NOW = datetime(2026, 1, 1, tzinfo=UTC)


def _position_match(**extra: Any) -> dict[str, Any]:
    return {
        "id": uuid.uuid4(),
        "position_id": uuid.uuid4(),
        "candidate_id": uuid.uuid4(),
        "candidate_name": "Ada",
        "overall_score": 66.0,
        "skills_match_score": 80.0,
        "experience_match_score": 50.0,
        "culture_fit_score": 60.0,
        "match_reasoning": "",
        "skills_breakdown": {},
        "experience_breakdown": {},
        "culture_fit_breakdown": {},
        "scored_by": "embedded",
        "created_at": NOW,
        "updated_at": NOW,
        **extra,
    }


def test_position_composition_uses_the_standard_weights_without_stored_ones() -> None:
    made = explain.position_composition(PositionMatchPublic(**_position_match()))
    assert made == {
        "text": "Overall 66 from 40% skills (80) + 30% experience (50) + 30% culture (60).",
        "qualified": True,
    }


def test_position_composition_prefers_the_stored_weights_and_qualification() -> None:
    weights = {"skills": 0.5, "experience": 0.3, "culture": 0.2}
    match = PositionMatchPublic(**_position_match(weights=weights, qualified=False))
    made = explain.position_composition(match)
    assert made["text"].startswith("Overall 66 from 50% skills (80) + 30% experience (50)")
    assert made["qualified"] is False


def test_a_fit_resting_on_one_dimension_says_so() -> None:
    thin = CultureEvidence(
        dimensions_compared=1, dimensions_known=4, dimensions_total=9, interviews=1, strength="thin"
    )
    assert explain.rests_on(thin) == (
        "Culture fit rests on 1 of 9 dimensions known for both the company and the candidate, "
        "from 1 interview."
    )
    assert "neutral" in explain.rests_on(None)


def test_dimensions_name_sources_and_disagreement_in_plain_words() -> None:
    a, b, c = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    culture = CultureData(
        communication=Dimension(value="async_first", evidence=["Docs first."], confidence=0.81)
    )
    evidence = {
        "communication": DimensionEvidence(
            value="async_first",
            confidence=0.81,
            sources=[
                InterviewReading(interview_id=a, value="async_first", confidence=0.7),
                InterviewReading(interview_id=b, value="sync_heavy", confidence=0.3),
                InterviewReading(interview_id=c, value="async_first", confidence=0.6),
            ],
            disagreement=[Dissent(value="sync_heavy", interview_ids=[b])],
        )
    }
    dims = explain.dimensions(culture, evidence, {a: "Interview 1", b: "Interview 2"})
    comm = next(d for d in dims if d["name"] == "communication")
    assert comm["phrase"] == "written, asynchronous communication first"
    assert comm["certainty"] == "high" and comm["disagreement"]
    assert comm["said"] == [
        "2 interviews said written, asynchronous communication first",
        "1 said meetings and live conversation",
    ]
    assert [s["label"] for s in comm["sources"]] == ["Interview 1", "Interview 2", "An interview"]
    pace = next(d for d in dims if d["name"] == "pace")
    assert pace["phrase"] == "not stated" and pace["certainty"] == "not rated"
