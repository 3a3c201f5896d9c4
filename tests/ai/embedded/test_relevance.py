"""Relevant roles: a profession's titles, named skills, and time away from the field."""

from __future__ import annotations

from matcha.ai.embedded.relevance import relevant_years, years_away
from matcha.ai.schemas import CandidateProfile, PositionSpec, WorkHistoryItem

PHARMACIST = PositionSpec(title="Clinical Pharmacist — Oncology", required_skills=["Pharmacology"])
ANALYST = PositionSpec(title="Financial Analyst", required_skills=["Budgeting"])


def _profile(*roles: tuple[str, int, int | None, float]) -> CandidateProfile:
    history = [
        WorkHistoryItem(title=t, start_year=s, end_year=e, years=y, skills=[])
        for t, s, e, y in roles
    ]
    return CandidateProfile(experience_years=sum(r[3] for r in roles), work_history=history)


def test_a_profession_head_word_makes_the_family() -> None:
    """'Staff Pharmacist' is a pharmacist's role for a clinical pharmacist post."""
    assert relevant_years(PHARMACIST, _profile(("Staff Pharmacist", 2018, None, 7.0))) == 7.0


def test_a_generic_head_word_does_not() -> None:
    """'Data Analyst' is not a financial analyst's role by title alone."""
    assert relevant_years(ANALYST, _profile(("Data Analyst", 2018, None, 7.0))) == 0.0
    assert relevant_years(ANALYST, _profile(("Finance Analyst", 2018, None, 7.0))) == 7.0


def test_years_away_from_the_field() -> None:
    back = _profile(("Barista", 2021, None, 4.0), ("Staff Pharmacist", 2012, 2020, 8.0))
    assert years_away(PHARMACIST, back) == 5.0
    assert years_away(PHARMACIST, _profile(("Staff Pharmacist", 2012, None, 13.0))) == 0.0
