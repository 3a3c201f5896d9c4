from __future__ import annotations

import pytest

from matcha.ai.embedded.screening import analyze_screening, recommend
from matcha.ai.schemas import SCREENING_WEIGHTS, ScreeningAnalysis

from ..conftest import demo_text


def _screen(name: str) -> ScreeningAnalysis:
    return analyze_screening(demo_text(f"transcripts/{name}.txt"))


def test_strong_beats_middling_beats_weak() -> None:
    strong, middling, weak = (
        _screen("screening_strong_priya"),
        _screen("screening_middling_tom"),
        _screen("screening_weak_jake"),
    )
    assert strong.overall_score > middling.overall_score > weak.overall_score
    assert strong.recommendation == "strong_pass"
    assert middling.recommendation in ("borderline", "pass")
    assert weak.recommendation == "fail"
    for attr in SCREENING_WEIGHTS:
        assert getattr(strong, attr).score >= getattr(weak, attr).score


def test_overall_is_the_weighted_mean() -> None:
    result = _screen("screening_middling_tom")
    mean = sum(getattr(result, k).score * w for k, w in SCREENING_WEIGHTS.items())
    assert result.overall_score == round(mean)


def test_evidence_quotes_come_from_the_candidate() -> None:
    text = demo_text("transcripts/screening_weak_jake.txt")
    result = analyze_screening(text)
    quotes = result.professionalism.evidence
    assert "My last boss was an idiot, so I just did my own thing." in quotes
    for attr in SCREENING_WEIGHTS:
        evidence = getattr(result, attr).evidence
        assert len(evidence) <= 3
        assert all(q in text and f"Interviewer: {q}" not in text for q in evidence)
    assert "red flags" in result.summary


@pytest.mark.parametrize(
    ("overall", "flags", "expected"),
    [
        (80, False, "strong_pass"),
        (95, True, "fail"),
        (79, False, "pass"),
        (60, False, "pass"),
        (59, False, "borderline"),
        (40, False, "borderline"),
        (39, False, "fail"),
    ],
)
def test_recommendation_thresholds(overall: int, flags: bool, expected: str) -> None:
    assert recommend(overall, flags) == expected


def test_deterministic() -> None:
    assert _screen("screening_strong_priya") == _screen("screening_strong_priya")
