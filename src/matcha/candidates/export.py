"""Candidates as CSV, with the list's filters and sort applied (every page, not one)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from matcha.candidates import listing
from matcha.candidates.listing import CandidateFilters
from matcha.exports.csvsafe import joined, to_csv

HEADER = (
    "id",
    "name",
    "email",
    "phone",
    "experience_years",
    "skills",
    "education",
    "created_at",
    "updated_at",
)


def candidates_csv(session: Session, *, filters: CandidateFilters) -> str:
    """Every candidate the filters keep, in the list's order."""
    return to_csv(HEADER, (_row(c) for c in listing.export_rows(session, filters=filters)))


def _row(c: Any) -> list[object]:
    return [
        str(c.id),
        c.name,
        c.email,
        c.phone,
        round(float(c.experience_years), 1),
        joined(c.skills or []),
        joined(_education(e) for e in c.education or []),
        c.created_at.isoformat(),
        c.updated_at.isoformat(),
    ]


def _education(entry: Any) -> str:
    if not isinstance(entry, dict):
        return str(entry)
    parts = [entry.get(k) for k in ("degree", "field", "institution", "year")]
    return ", ".join(str(p) for p in parts if p not in (None, ""))
