from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import Any

from matcha.ai.embedded.aggregate import aggregate_culture
from matcha.ai.embedded.culture import extract_culture
from matcha.ai.embedded.culture_match import NEUTRAL, compatibility, match_culture
from matcha.ai.embedded.position_match import match_position
from matcha.ai.embedded.resume import parse_resume
from matcha.ai.schemas import (
    POSITION_WEIGHTS,
    CandidateProfile,
    CultureData,
    CultureMatch,
    PositionMatch,
    PositionSpec,
)

from ..conftest import demo_text

GO_BACKEND = PositionSpec(
    title="Senior Backend Engineer",
    required_skills=["golang", "k8s", "Postgres"],
    preferred_skills=["Kafka", "Terraform"],
    experience_level="senior",
    min_years=5,
    max_years=12,
    remote_policy="remote",
)


@cache
def candidate(name: str) -> CandidateProfile:
    return parse_resume(demo_text(f"resumes/{name}.txt"), today=date(2026, 1, 15))


@cache
def company(prefix: str, *names: str) -> CultureData:
    return aggregate_culture(
        [extract_culture(demo_text(f"transcripts/{prefix}_culture_{n}.txt")) for n in names]
    )


def lumen() -> CultureData:
    return company("lumen", "founder", "engineer", "designer", "ops")


def northwind() -> CultureData:
    return company("northwind", "hr", "manager", "analyst", "it_director")


def test_compatibility_rules() -> None:
    assert compatibility("pace", "fast_startup", "fast_startup") == 100
    assert compatibility("pace", "fast_startup", "unknown") == NEUTRAL
    assert compatibility("pace", "fast_startup", "slow_methodical") < 30
    assert compatibility("pace", "fast_startup", "steady") > compatibility(
        "pace", "fast_startup", "slow_methodical"
    )


def test_unknown_candidate_is_neutral() -> None:
    blank = CandidateProfile(name="Blank")
    result = match_culture(lumen(), blank)
    assert result.culture_fit_breakdown.pace_fit.score == NEUTRAL
    assert result.culture_fit_breakdown.values_alignment.score == NEUTRAL
    assert result.match_score == NEUTRAL


def test_startup_minded_beats_enterprise_minded_at_the_startup() -> None:
    startup = [match_culture(lumen(), candidate(n)) for n in ("priya_sharma", "omar_haddad")]
    enterprise = [match_culture(lumen(), candidate(n)) for n in ("marcus_bell", "kevin_osei")]
    assert min(m.match_score for m in startup) > max(m.match_score for m in enterprise)
    marcus = enterprise[0]
    assert marcus.concerns and any("working on site" in c for c in marcus.concerns)
    assert startup[0].strengths


def test_enterprise_minded_beats_startup_minded_at_the_enterprise() -> None:
    marcus = match_culture(northwind(), candidate("marcus_bell"))
    priya = match_culture(northwind(), candidate("priya_sharma"))
    assert marcus.match_score > priya.match_score
    assert "where people work" in priya.culture_fit_breakdown.work_style_fit.reasoning


ENUM_WORDS = (
    "_",
    "async first",
    "sync heavy",
    "highly collaborative",
    "fast startup",
    "slow methodical",
    "top down",
    "skill development",
    "in office",
    "remote policy",
    "collaboration style",
    "decision making",
    "growth focus",
    "team size",
)


def test_culture_reasons_are_plain_words_not_enum_names() -> None:
    """Issue 14: a recruiter reads 'written, asynchronous communication first', never
    'async_first' or 'async first'."""
    for profile in (lumen(), northwind()):
        for name in ("priya_sharma", "omar_haddad", "marcus_bell", "kevin_osei"):
            match = match_culture(profile, candidate(name))
            texts = [match.match_reasoning, *match.strengths, *match.concerns]
            texts += match.interview_suggestions
            texts += [fit.reasoning for fit in match.culture_fit_breakdown.__dict__.values()]
            for text in texts:
                assert not [w for w in ENUM_WORDS if w in text.lower()], text
    text = match_culture(lumen(), candidate("priya_sharma")).culture_fit_breakdown.work_style_fit
    assert "written, asynchronous communication first" in text.reasoning


def test_the_reasoning_says_how_many_dimensions_the_fit_rests_on() -> None:
    assert "compared on 0 of 9" in match_culture(lumen(), CandidateProfile()).match_reasoning
    rich = match_culture(lumen(), candidate("priya_sharma"))
    assert re.search(r"compared on [2-9] of 9 culture dimensions", rich.match_reasoning)


def test_go_engineer_beats_designer_for_go_backend_role() -> None:
    priya = match_position(GO_BACKEND, candidate("priya_sharma"), lumen())
    sofia = match_position(GO_BACKEND, candidate("sofia_alvarez"), lumen())
    assert priya.overall_score > sofia.overall_score + 30
    assert priya.skills_breakdown.matched_required == ["Go", "Kubernetes", "PostgreSQL"]
    assert priya.skills_breakdown.missing_required == []
    assert sofia.skills_breakdown.missing_required == ["Go", "Kubernetes", "PostgreSQL"]
    assert "Probe depth in Go" in sofia.interview_focus_areas


def test_best_candidates_rank_first_for_each_fixture_position(manifest: dict[str, Any]) -> None:
    everyone = {c["file"]: c for c in manifest["candidates"]}
    expected_top = {
        "Senior Backend Engineer (Go)": "resumes/priya_sharma.txt",
        "Product Designer": "resumes/sofia_alvarez.txt",
        "Java Developer, Claims Platform": "resumes/marcus_bell.txt",
    }
    profiles = {"lumen": lumen(), "northwind": northwind()}
    for entry in manifest["companies"]:
        for raw in entry["positions"]:
            spec = PositionSpec(**{k: v for k, v in raw.items() if k in PositionSpec.model_fields})
            scores = {
                f: match_position(spec, candidate(f[8:-4]), profiles[entry["key"]]).overall_score
                for f in everyone
            }
            assert max(scores, key=lambda f: scores[f]) == expected_top[spec.title]


def test_overall_is_weighted_and_no_profile_is_neutral() -> None:
    result = match_position(GO_BACKEND, candidate("elena_petrova"), None)
    assert result.culture_fit_score == 70
    expected = (
        result.skills_match_score * POSITION_WEIGHTS["skills"]
        + result.experience_match_score * POSITION_WEIGHTS["experience"]
        + result.culture_fit_score * POSITION_WEIGHTS["culture"]
    )
    assert result.overall_score == round(expected)
    assert str(result.skills_match_score) in result.match_reasoning


def test_experience_scoring() -> None:
    junior = match_position(GO_BACKEND, candidate("noah_kim"), None).experience_breakdown
    senior = match_position(GO_BACKEND, candidate("priya_sharma"), None).experience_breakdown
    assert senior.score > junior.score
    assert junior.required_level == "senior" and junior.candidate_level == "entry"
    assert "below the minimum" in junior.reasoning


def test_outputs_validate_and_are_deterministic() -> None:
    a = match_culture(lumen(), candidate("elena_petrova"))
    assert a == match_culture(lumen(), candidate("elena_petrova"))
    assert CultureMatch.model_validate(a.model_dump()) == a
    b = match_position(GO_BACKEND, candidate("david_okonkwo"), northwind())
    assert PositionMatch.model_validate(b.model_dump()) == b
