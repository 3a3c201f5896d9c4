"""Candidate lists: full-text search, filters and sort, paged with a total."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

from sqlalchemy import Select, false, func, select
from sqlalchemy.orm import Session

from matcha.candidates.models import Candidate
from matcha.errors import InvalidInput
from matcha.pagination import Page, page_of
from matcha.search import fulltext

CandidateSort = Literal[
    "relevance",
    "name",
    "-name",
    "email",
    "-email",
    "created_at",
    "-created_at",
    "updated_at",
    "-updated_at",
    "experience_years",
    "-experience_years",
]
SORTS: tuple[str, ...] = get_args(CandidateSort)
_COLUMNS: dict[str, Any] = {
    "name": func.lower(Candidate.name),
    "email": func.lower(Candidate.email),
    "created_at": Candidate.created_at,
    "updated_at": Candidate.updated_at,
    "experience_years": Candidate.experience_years,
}


@dataclass(frozen=True)
class CandidateFilters:
    """What a candidate list is narrowed to; every field is optional."""

    q: str | None = None
    skills: list[str] = field(default_factory=list)
    min_experience: float | None = None
    max_experience: float | None = None
    education: str | None = None
    sort: CandidateSort | None = None

    def __post_init__(self) -> None:
        low, high = self.min_experience, self.max_experience
        if low is not None and high is not None and low > high:
            raise InvalidInput(
                f"min_experience ({low:g}) must not exceed max_experience ({high:g})",
                details={"field": "min_experience"},
            )

    @property
    def active(self) -> bool:
        """Whether anything narrows the list (the UI says "no match" rather than "none yet")."""
        return bool(
            (self.q or "").strip()
            or self.skills
            or self.education
            or self.min_experience is not None
            or self.max_experience is not None
        )


def list_candidates(
    session: Session, *, page: Page, filters: CandidateFilters | None = None
) -> Sequence[Candidate]:
    """One page of candidates: best match first for a search, else newest first or `sort`."""
    f = filters or CandidateFilters()
    if not f.skills and not (f.education or "").strip():
        return page.fetch(session, _statement(session, select(Candidate), f))
    # Skills and education live in JSON lists: match them in Python, the same on every database
    # (skills through the analyzer's normalisation, so "JS" finds "JavaScript").
    rows = session.execute(
        _statement(session, select(Candidate.id, Candidate.skills, Candidate.education), f)
    ).all()
    keep = _json_filter(f)
    ids = [cid for cid, skills, education in rows if keep(skills or [], education or [])]
    wanted = list(page_of(ids, page))
    found = {c.id: c for c in session.scalars(select(Candidate).where(Candidate.id.in_(wanted)))}
    return [found[cid] for cid in wanted if cid in found]


EXPORTED = (
    Candidate.id,
    Candidate.name,
    Candidate.email,
    Candidate.phone,
    Candidate.experience_years,
    Candidate.skills,
    Candidate.education,
    Candidate.created_at,
    Candidate.updated_at,
)


def export_rows(session: Session, *, filters: CandidateFilters) -> list[Any]:
    """Every candidate the filters keep, in the list's order, without résumé or profile."""
    rows = session.execute(_statement(session, select(*EXPORTED), filters)).all()
    if not filters.skills and not (filters.education or "").strip():
        return list(rows)
    keep = _json_filter(filters)
    return [r for r in rows if keep(r.skills or [], r.education or [])]


def _statement(session: Session, query: Select[Any], f: CandidateFilters) -> Select[Any]:
    rank = None
    if f.q is not None and f.q.strip():
        words = fulltext.terms(f.q)
        if not words:
            return query.where(false())
        joined, condition, rank = fulltext.match(session.get_bind().dialect.name, words)
        if joined is not None:
            query = query.join(joined, joined.c.candidate_id == Candidate.id)
        query = query.where(condition)
    if f.min_experience is not None:
        query = query.where(Candidate.experience_years >= f.min_experience)
    if f.max_experience is not None:
        query = query.where(Candidate.experience_years <= f.max_experience)
    return query.order_by(*_order(f.sort, rank))


def _order(sort: str | None, rank: Any) -> list[Any]:
    newest = [Candidate.created_at.desc(), Candidate.id.desc()]
    if sort is None or sort == "relevance":
        return [rank, *newest] if rank is not None else newest
    key = _COLUMNS[sort.lstrip("-")]
    first = key.desc() if sort.startswith("-") else key.asc()
    return [first, *newest]


def _json_filter(f: CandidateFilters) -> Callable[[list[Any], list[Any]], bool]:
    normalize = skill_normalizer()
    wanted = {normalize(s) for s in f.skills}
    school = (f.education or "").strip().casefold()

    def keep(skills: list[Any], education: list[Any]) -> bool:
        have = {normalize(str(s)) for s in skills}
        if not wanted <= have:
            return False
        if not school:
            return True
        return any(school in " ".join(str(v) for v in _values(e)).casefold() for e in education)

    return keep


def _values(entry: Any) -> list[Any]:
    return list(entry.values()) if isinstance(entry, dict) else [entry]


def skill_normalizer() -> Callable[[str], str]:
    """The analyzer's skill normalisation, or plain case-folding without it."""
    try:
        module = importlib.import_module("matcha.ai.embedded.skills")
    except ImportError:
        return lambda s: s.strip().casefold()
    normalize: Callable[[str], str] = module.normalize_skill
    return normalize


def split_skills(text: str | None) -> list[str]:
    """ "Python, SQL" as ["Python", "SQL"]."""
    return [s.strip() for s in (text or "").split(",") if s.strip()]
