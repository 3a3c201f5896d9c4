from __future__ import annotations

import pytest

from matcha.ai.embedded.conversation import TOPICS, analyze_conversation
from matcha.ai.embedded.dialogue import quality
from matcha.ai.schemas import ConversationAnalysis

from ..conftest import demo_text


def test_answer_quality() -> None:
    assert quality("I dunno, stuff.") == "vague"
    specific = (
        "For example, last quarter we cut p99 latency from 900 ms to 140 ms by adding a cache, "
        "because the database was the bottleneck; we measured it with tracing in Grafana."
    )
    assert quality(specific) == "specific"


def test_coverage_and_missed_topics() -> None:
    analysis = analyze_conversation(demo_text("transcripts/lumen_culture_founder.txt"), "culture")
    coverage = analysis.coverage_completeness
    assert "growth" in coverage.dimensions_missed
    assert {"work_environment", "communication", "values"} <= set(coverage.dimensions_covered)
    assert coverage.coverage_details["growth"].depth == "none"
    assert any(m.topic == "growth" for m in analysis.missed_opportunities)
    assert any(s.category == "topic_coverage" for s in analysis.prompt_improvement_suggestions)


def test_vague_answers_without_follow_up_are_missed_opportunities() -> None:
    analysis = analyze_conversation(demo_text("transcripts/screening_weak_jake.txt"), "screening")
    depth = analysis.response_depth
    assert depth.vague_responses_count >= 7 and depth.specific_examples_count == 0
    assert len([m for m in analysis.missed_opportunities if "vague" in m.reason]) >= 5
    categories = {s.category for s in analysis.prompt_improvement_suggestions}
    assert {"follow_up_depth", "conversation_flow"} <= categories


def test_strong_interview_has_deeper_answers_than_weak() -> None:
    strong = analyze_conversation(demo_text("transcripts/screening_strong_priya.txt"), "screening")
    weak = analyze_conversation(demo_text("transcripts/screening_weak_jake.txt"), "screening")
    assert strong.response_depth.overall_score > weak.response_depth.overall_score
    assert strong.response_depth.specific_examples_count >= 2


def test_follow_up_is_recognised() -> None:
    text = (
        "Interviewer: How do decisions get made?\n"
        "Kim: Usually together.\n"
        "Interviewer: Can you give me a specific example?\n"
        "Kim: Last month the team voted on the roadmap after two workshops with 14 people."
    )
    analysis = analyze_conversation(text, "culture")
    assert not [m for m in analysis.missed_opportunities if "vague" in m.reason]


def test_plain_paragraph_still_reports_coverage() -> None:
    analysis = analyze_conversation(demo_text("transcripts/lumen_culture_ops.txt"), "culture")
    assert analysis.response_depth.response_analysis == []
    assert "work_environment" in analysis.coverage_completeness.dimensions_covered


@pytest.mark.parametrize("kind", sorted(TOPICS))
def test_topics_per_kind_and_schema(kind: str) -> None:
    analysis = analyze_conversation(demo_text("transcripts/candidate_interview_elena.txt"), kind)
    assert set(analysis.coverage_completeness.coverage_details) == set(TOPICS[kind])
    assert ConversationAnalysis.model_validate(analysis.model_dump()) == analysis
