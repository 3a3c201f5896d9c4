"""Position matching: relevant years, qualification, stated weights (issue 14)."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from matcha.ai.embedded.position_match import UNQUALIFIED_CAP, match_position
from matcha.ai.embedded.resume import parse_resume
from matcha.ai.schemas import POSITION_WEIGHTS, PositionMatch, PositionSpec, PositionWeights

TODAY = date(2026, 1, 15)

RUST_PLATFORM = PositionSpec(
    title="Senior Platform Engineer (Rust)",
    required_skills=["Rust", "Linux", "gRPC"],
    preferred_skills=["Kubernetes"],
    experience_level="senior",
    min_years=5,
)

SENIOR_DESIGNER = """Ines Falk
Senior Product Designer
Experience
Senior Product Designer — Wayfare — 2016 – present
- Figma prototypes, usability testing and a design system for the booking flow.
Education
BA Communication Design, HAW Hamburg, 2015
"""

JUNIOR_RUST = """Kofi Mensah
Junior Software Engineer
Experience
Junior Software Engineer — Tidewater Systems — Sep 2024 – present
- Rust services on Linux behind a gRPC gateway; on-call for two of them.
Software Intern — Tidewater Systems — Summer 2023
- Rust CLI tooling.
"""

ANALYST_TURNED_ENGINEER = """Priyanka Rao
Platform Engineer
Experience
Platform Engineer — Copperline — 2022 – present
- Rust and gRPC services on Linux, deployed to Kubernetes.
Business Analyst — Copperline — 2016 – 2022
- Requirements workshops and Excel reporting for the finance team.
"""


def _match(text: str) -> PositionMatch:
    return match_position(RUST_PLATFORM, parse_resume(text, today=TODAY), None)


def test_designer_without_required_skills_does_not_get_full_experience() -> None:
    """Issue 14: a designer with 0 of 3 required skills got Experience 100 on a Go role."""
    designer = _match(SENIOR_DESIGNER)
    assert designer.skills_breakdown.matched_required == []
    assert designer.experience_breakdown.years_relevant == 0
    assert designer.experience_match_score < 50


def test_junior_with_the_main_language_outranks_a_senior_designer() -> None:
    junior, designer = _match(JUNIOR_RUST), _match(SENIOR_DESIGNER)
    assert junior.qualified and not designer.qualified
    assert junior.overall_score > designer.overall_score
    assert designer.overall_score <= UNQUALIFIED_CAP
    assert "Not qualified" in designer.match_reasoning
    assert "Rust" in designer.match_reasoning


def test_relevant_years_count_only_roles_that_used_the_skills() -> None:
    switcher = _match(ANALYST_TURNED_ENGINEER).experience_breakdown
    assert switcher.years_total == 10.0
    assert switcher.years_relevant == 4.0
    assert "4 of 10 years" in switcher.reasoning


def test_title_family_counts_without_skill_words() -> None:
    spec = PositionSpec(title="Staff Nurse", required_skills=["Registered Nurse"])
    text = "Ada Obi\nExperience\nStaff Nurse — St Luke's — 2019 – present\n- Ward rounds.\n"
    match = match_position(spec, parse_resume(text, today=TODAY), None)
    assert match.experience_breakdown.years_relevant == 7.0


def test_weights_are_stated() -> None:
    match = _match(JUNIOR_RUST)
    assert match.weights == PositionWeights(**POSITION_WEIGHTS)
    assert "Overall weighs skills 40%, experience 30% and culture 30%." in match.match_reasoning


def test_weights_must_sum_to_one() -> None:
    with pytest.raises(ValidationError):
        PositionWeights(skills=0.5, experience=0.5, culture=0.5)


def test_new_fields_have_defaults_for_older_answers() -> None:
    old = _match(JUNIOR_RUST).model_dump(exclude={"qualified", "weights"})
    restored = PositionMatch.model_validate(old)
    assert restored.qualified and restored.weights.skills == POSITION_WEIGHTS["skills"]


ED_NURSE = PositionSpec(
    title="Registered Nurse — Emergency Department",
    required_skills=["RN", "Triage", "ACLS"],
    preferred_skills=["TNCC", "CEN"],
    experience_level="mid",
    min_years=2,
)

ED_RN = """Marisol Vega
Experience
Staff RN, Emergency Department — Valley Medical — 2021 – present
- ESI triage for a 60-bed ED; ACLS and TNCC current.
Staff Nurse, Medical-Surgical — Valley Medical — 2019 – 2021
- 5-6 patients a shift, discharge teaching.
"""

NURSE_RECRUITER = """Colin Marsh
Nurse Recruiter
Experience
Nurse Recruiter — Apex Staffing — 2018 – present
- Screen ED RNs for ACLS, TNCC and triage experience; offers and onboarding.
- Boolean search and LinkedIn Recruiter.
"""

BACK_FROM_SALES = """Ada Lindholm
Experience
Territory Manager — Medline — 2018 – present
- Wound care product sales to hospitals.
Staff RN, Emergency Department — Regions Hospital — 2008 – 2018
- ESI triage, ACLS, TNCC, trauma resuscitation.
"""


def _ed(text: str) -> PositionMatch:
    return match_position(ED_NURSE, parse_resume(text, today=TODAY), None)


def test_a_recruiter_who_hires_nurses_is_not_a_nurse() -> None:
    recruiter = _ed(NURSE_RECRUITER)
    assert not recruiter.qualified
    assert recruiter.overall_score <= UNQUALIFIED_CAP < _ed(ED_RN).overall_score


def test_every_nursing_role_counts_for_a_nursing_position() -> None:
    """'Staff Nurse, Medical-Surgical' used no ED skill, but a nurse's years are a nurse's."""
    assert _ed(ED_RN).experience_breakdown.years_relevant == 7.0


def test_years_since_the_last_relevant_role_cost_experience() -> None:
    returning, current = _ed(BACK_FROM_SALES), _ed(ED_RN)
    assert returning.experience_breakdown.years_relevant == 10.0
    assert "ended 8 years before" in returning.experience_breakdown.reasoning
    assert returning.experience_match_score < current.experience_match_score
    assert returning.overall_score < current.overall_score


def test_an_untitled_unit_line_inside_a_job_is_not_counted_twice() -> None:
    text = """Ada Lindholm
Experience
06/2012-05/2020 Staff RN, Regions Hospital
  ED 2012-2016, trauma bay 2016-2020
  triage, ACLS, TNCC
"""
    assert _ed(text).experience_breakdown.years_relevant == 8.0


def test_interview_focus_areas_fit_the_schema_however_long_the_reasoning() -> None:
    match = _ed(BACK_FROM_SALES)
    assert all(len(area) <= 200 for area in match.interview_focus_areas)


DATA_ENGINEER = PositionSpec(
    title="Data Engineer",
    required_skills=["Python", "SQL", "Airflow"],
    preferred_skills=["dbt", "Kafka"],
    experience_level="mid",
)


def test_skills_a_role_only_implies_do_not_make_it_relevant() -> None:
    """Django implies Python and PostgreSQL SQL, but a Django job is not data engineering."""
    text = """Lars Berg
Experience
Backend Developer — Fjord Apps — 2019 – present
- Django and PostgreSQL services for a booking app.
ETL Developer — Nordlys — 2017 – 2019
- Airflow DAGs loading SQL warehouses.
"""
    years = match_position(DATA_ENGINEER, parse_resume(text, today=TODAY), None)
    assert years.experience_breakdown.years_relevant == 2.0


def test_an_implied_skill_backs_up_a_named_one() -> None:
    text = """Lars Berg
Experience
Analytics Engineer — Fjord Apps — 2020 – present
- dbt models on Snowflake; Kafka topics for clickstream.
"""
    years = match_position(DATA_ENGINEER, parse_resume(text, today=TODAY), None)
    assert years.experience_breakdown.years_relevant == 6.0  # dbt + Kafka named, SQL implied
