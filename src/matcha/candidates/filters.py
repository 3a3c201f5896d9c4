"""The query parameters of a candidate list, shared by the API, its CSV export and the UI."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import Depends, Query
from pydantic import Field

from matcha.candidates.listing import CandidateFilters, CandidateSort, split_skills

# An empty value is no bound (what a form's blank field sends), and the schema says so.
Years = Annotated[
    Annotated[float, Field(ge=0, le=80)] | Literal[""] | None,
    Query(description="Years of experience, 0 to 80 (empty: no bound)"),
]


def _bound(years: float | Literal[""] | None) -> float | None:
    return None if years == "" else years


def candidate_filters(
    q: Annotated[
        str | None, Query(max_length=500, description="Words of the name, email, skills or résumé")
    ] = None,
    search: Annotated[str | None, Query(max_length=500, description="The same as q")] = None,
    skills: Annotated[
        str | None, Query(max_length=1000, description="Comma-separated; all must be listed")
    ] = None,
    skill: Annotated[
        str | None, Query(max_length=200, description="One skill (older form)")
    ] = None,
    min_experience: Years = None,
    max_experience: Years = None,
    education: Annotated[
        str | None, Query(max_length=200, description="Words of a degree, field or school")
    ] = None,
    sort: Annotated[
        CandidateSort | Literal[""] | None,
        Query(description="A field, `-` first for descending (empty: the default order)"),
    ] = None,
) -> CandidateFilters:
    """Candidate filters from the query string (422 for an unknown sort or a bad range)."""
    return CandidateFilters(
        q=q if q is not None else search,
        skills=[*split_skills(skills), *split_skills(skill)],
        min_experience=_bound(min_experience),
        max_experience=_bound(max_experience),
        education=(education or "").strip() or None,
        sort=sort or None,
    )


CandidateFiltersDep = Annotated[CandidateFilters, Depends(candidate_filters)]
