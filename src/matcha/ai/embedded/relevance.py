"""Which of a candidate's roles are relevant to a position, for how long, and how long ago."""

from __future__ import annotations

import re

from matcha.ai.embedded.skills import normalize_skills, with_implied
from matcha.ai.schemas import CandidateProfile, PositionSpec, WorkHistoryItem

# Title words that name one job however they are spelt ("Staff RN", "Enfermeira").
TITLE_SYNONYMS = {
    "rn": "nurse", "rgn": "nurse", "lpn": "nurse", "lvn": "nurse", "enfermeira": "nurse",
    "enfermeiro": "nurse", "nursing": "nurse", "finance": "financial",
}  # fmt: skip
# Head words shared by unrelated jobs: a title in one of these families must match in full.
GENERIC_HEADS = frozenset({
    "engineer", "developer", "designer", "analyst", "manager", "specialist", "consultant",
    "associate", "assistant", "officer", "coordinator", "executive", "director", "architect",
    "administrator", "representative", "lead", "partner", "advisor", "adviser", "scientist",
})  # fmt: skip
SENIORITY_WORDS = frozenset({
    "senior", "sr", "sr.", "junior", "jr", "jr.", "lead", "principal", "staff", "head", "chief",
    "associate", "intern", "trainee", "graduate", "i", "ii", "iii", "iv", "entry-level",
})  # fmt: skip


def _title_core(title: str) -> str:
    """'Senior Backend Engineer (Go)' -> 'backend engineer': the title family without level."""
    text = re.sub(r"\([^)]*\)|[,/|—–-].*$", " ", title.lower())
    words = [TITLE_SYNONYMS.get(w, w) for w in text.split() if w not in SENIORITY_WORDS]
    return " ".join(words)


def _same_profession(position_core: str, role_core: str) -> bool:
    """'clinical nurse' and 'staff nurse' are one profession; 'data analyst' and 'financial
    analyst' are not (a generic head word needs the whole family to match)."""
    head = position_core.split()[-1] if position_core else ""
    return bool(head) and head not in GENERIC_HEADS and role_core.split()[-1:] == [head]


def _position_skills(position: PositionSpec) -> tuple[set[str], set[str]]:
    required = {s.lower() for s in normalize_skills(position.required_skills)}
    wanted = required | {s.lower() for s in normalize_skills(position.preferred_skills)}
    return required, wanted


def _relevant_roles(position: PositionSpec, candidate: CandidateProfile) -> list[WorkHistoryItem]:
    """Roles whose title is in the position's family (or profession) or whose bullets named one
    of its required skills (or two of its skills, one of them by name)."""
    required, wanted = _position_skills(position)
    core = _title_core(position.title)
    out = []
    for item in candidate.work_history:
        named = {s.lower() for s in normalize_skills(item.skills)}
        implied = {s.lower() for s in with_implied(item.skills)}
        role_core = _title_core(item.title or "")
        in_family = bool(core) and (core in role_core or _same_profession(core, role_core))
        # Skills a role only implies (Django -> Python) back up a named one; alone they do not
        # make a backend job a data-engineering one.
        if in_family or named & required or (named & wanted and len(implied & wanted) >= 2):
            out.append(item)
    return out


def relevant_years(position: PositionSpec, candidate: CandidateProfile) -> float:
    """Years in relevant roles (see `_relevant_roles`), capped at the candidate's total years."""
    required, _ = _position_skills(position)
    counted: list[tuple[float, float]] = []
    total = 0.0
    for item in _relevant_roles(position, candidate):
        span = (float(item.start_year or 0), _role_end(item))
        inside = any(a <= span[0] and span[1] <= b for a, b in counted)
        if inside and not item.title and item.start_year is not None:
            continue  # an untitled line inside a job counted ("MICU 2008-2013" under "Staff RN")
        counted.append(span)
        total += item.years or 0.0
    described = any(item.skills for item in candidate.work_history)
    if not described and not any(_title_core(h.title or "") for h in candidate.work_history):
        # No roles to read (an old profile, or a résumé without dates): fall back on its skills.
        have = {s.lower() for s in with_implied(candidate.skills)}
        total = candidate.experience_years if (have & required or not required) else 0.0
    return round(min(total, candidate.experience_years), 1)


def _role_end(item: WorkHistoryItem) -> float:
    """The year a role ended; an ongoing one runs to its start plus its length."""
    if item.end_year is not None:
        return float(item.end_year)
    return float(item.start_year or 0) + (item.years or 0.0)


def years_away(position: PositionSpec, candidate: CandidateProfile) -> float:
    """Years between the candidate's last relevant role and their latest role (0 when the
    latest is relevant, or when no role is relevant: that is scored elsewhere)."""
    dated = [item for item in candidate.work_history if item.start_year is not None]
    relevant = [item for item in _relevant_roles(position, candidate) if item in dated]
    if not relevant:
        return 0.0
    return max(0.0, max(map(_role_end, dated)) - max(map(_role_end, relevant)))
