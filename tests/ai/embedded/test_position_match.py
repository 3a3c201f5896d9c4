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
