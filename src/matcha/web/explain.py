"""What the UI says about a score or a culture value: its plain words, how sure it is, which
interviews it rests on, and how an overall score was made."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from matcha.ai.schemas import (
    CULTURE_DIMENSIONS,
    CULTURE_FIT_WEIGHTS,
    POSITION_WEIGHTS,
    CultureData,
)
from matcha.ai.wording import confidence_word, dimension_label, fit_label, value_phrase
from matcha.culture.schemas import DimensionEvidence
from matcha.interviews.models import Interview
from matcha.matching.schemas import CultureEvidence, MatchPublic, PositionMatchPublic

POSITION_PARTS = {
    "skills": "skills_match_score",
    "experience": "experience_match_score",
    "culture": "culture_fit_score",
}


def interview_labels(interviews: Sequence[Interview]) -> dict[uuid.UUID, str]:
    """A short name per interview, oldest first: 'Interview 2 (Robin)'."""
    ordered = sorted(interviews, key=lambda i: (i.created_at, str(i.id)))
    out = {}
    for n, row in enumerate(ordered, start=1):
        who = f" ({row.interviewer_name})" if row.interviewer_name else ""
        out[row.id] = f"Interview {n}{who}"
    return out


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _said(name: str, item: DimensionEvidence) -> list[str]:
    """'2 interviews said hybrid work…', then '1 said fully remote work' per dissenting value."""
    counts: dict[str, int] = {}
    for source in item.sources:
        counts[source.value] = counts.get(source.value, 0) + 1
    order = sorted(counts, key=lambda v: (v != item.value, -counts[v]))
    return [
        f"{_plural(counts[v], 'interview') if i == 0 else counts[v]} said {value_phrase(name, v)}"
        for i, v in enumerate(order)
    ]


def dimensions(
    culture: CultureData | None,
    evidence: Mapping[str, DimensionEvidence] | None = None,
    labels: Mapping[uuid.UUID, str] | None = None,
) -> list[dict[str, Any]]:
    """Each culture dimension in plain words, with its confidence, evidence and sources."""
    if culture is None:
        return []
    evidence, labels = evidence or {}, labels or {}
    out = []
    for name in CULTURE_DIMENSIONS:
        dim = culture.dimension(name)
        item = evidence.get(name)
        sources = [
            {
                "id": s.interview_id,
                "label": labels.get(s.interview_id, "An interview"),
                "said": value_phrase(name, s.value),
                "agrees": s.value == dim.value,
                "confidence": s.confidence,
            }
            for s in (item.sources if item else [])
        ]
        out.append(
            {
                "name": name,
                "label": dimension_label(name),
                "value": dim.value,
                "phrase": value_phrase(name, dim.value),
                "evidence": list(dim.evidence),
                "confidence": dim.confidence,
                "certainty": confidence_word(dim.confidence),
                "sources": sources,
                "said": _said(name, item) if item else [],
                "disagreement": bool(item and item.disagreement),
            }
        )
    return out


def rests_on(evidence: CultureEvidence | None) -> str:
    """'Culture fit rests on 4 of 9 dimensions, from 3 interviews.'"""
    if evidence is None:
        return "No culture profile behind this fit: it is neutral."
    return (
        f"Culture fit rests on {evidence.dimensions_compared} of {evidence.dimensions_total} "
        f"dimensions known for both the company and the candidate, from "
        f"{_plural(evidence.interviews, 'interview')}."
    )


def culture_composition(match: MatchPublic) -> str:
    """'Overall 72 = 20% collaboration (80) + …', when the stored parts make that score."""
    breakdown = match.culture_fit_breakdown
    parts = [
        (weight, name, breakdown[name]["score"])
        for name, weight in CULTURE_FIT_WEIGHTS.items()
        if isinstance(breakdown.get(name), dict) and "score" in breakdown[name]
    ]
    terms = " + ".join(f"{w:.0%} {fit_label(n)} ({s})" for w, n, s in parts)
    made = round(sum(w * s for w, _, s in parts))
    if len(parts) == len(CULTURE_FIT_WEIGHTS) and abs(made - match.match_score) <= 1:
        return f"Overall {match.match_score:.0f} = {terms}."
    return f"Overall {match.match_score:.0f}, as {match.scored_by} scored it; its parts: {terms}."


def position_composition(match: PositionMatchPublic) -> dict[str, Any]:
    """The weights and qualification a position match was scored with (the stored ones; the
    standard weights for matches stored before weights were), and the sum they make."""
    weights = match.weights.model_dump() if match.weights else dict(POSITION_WEIGHTS)
    terms = " + ".join(
        f"{weights[part]:.0%} {part} ({getattr(match, field):.0f})"
        for part, field in POSITION_PARTS.items()
    )
    return {
        "text": f"Overall {match.overall_score:.0f} from {terms}.",
        "qualified": match.qualified,
    }
