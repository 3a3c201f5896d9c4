"""The original frontend's InterviewAnalysis page (client/src/pages/InterviewAnalysis.tsx): it
loads the interview, reads its analyses (with `analyzed_at` inside), and its Regenerate button
calls `POST /interviews/{id}/analyze`, keeping the answer as the analysis when it has
`coverage_completeness` (or, for a screening interview, `communication_clarity`)."""

from __future__ import annotations

from typing import Any

from tests.original_client.conftest import NUMBER, TEXT, TRANSCRIPTS, Original, reads, strings

CONVERSATION = (
    "coverage_completeness",
    "response_depth",
    "missed_opportunities",
    "prompt_improvement_suggestions",
    "interview_summary",
    "analyzed_at",
)


def _interview(original: Original, kind: str, transcript: str) -> str:
    company = original.call("/companies", "POST", {"name": "Lumen Labs"})
    made = original.call(
        f"/companies/{company['id']}/interviews",
        "POST",
        {"interview_type": kind, "transcript": (TRANSCRIPTS / transcript).read_text()},
    )
    return str(made["interview_id"])


def _conversation(analysis: Any) -> None:
    """Every field the page reads of a ConversationAnalysis."""
    reads(
        analysis,
        interview_summary=str,
        analyzed_at=str,
        coverage_completeness=dict,
        response_depth=dict,
        missed_opportunities=list,
        prompt_improvement_suggestions=list,
    )
    coverage = analysis["coverage_completeness"]
    reads(coverage, overall_score=NUMBER, coverage_details=dict, dimensions_missed=list)
    for detail in coverage["coverage_details"].values():
        # The client types evidence as `string | null`; matcha's is a list of sentences
        # (DESIGN: evidence is [sentences]), which React renders one after the other.
        reads(detail, covered=bool, depth=str, evidence=(list, *TEXT))
        assert detail["depth"] in ("deep", "shallow", "none")
        assert not isinstance(detail["evidence"], list) or strings(detail["evidence"])
    depth = analysis["response_depth"]
    reads(
        depth,
        overall_score=NUMBER,
        specific_examples_count=int,
        vague_responses_count=int,
        response_analysis=list,
    )
    for item in depth["response_analysis"]:
        reads(item, question_summary=str, response_quality=str, actionability=str, notes=TEXT)
    for missed in analysis["missed_opportunities"]:
        reads(missed, topic=str, suggested_followup=str, reason=str)
    for tip in analysis["prompt_improvement_suggestions"]:
        reads(tip, category=str, current_behavior=str, suggested_improvement=str, priority=str)


def test_regenerate_answers_the_conversation_analysis(original: Original) -> None:
    interview_id = _interview(original, "culture", "lumen_culture_founder.txt")

    answer = original.call(f"/interviews/{interview_id}/analyze", "POST")

    assert "coverage_completeness" in answer  # what the page tests before keeping it
    _conversation(answer)
    # matcha's own fields are still there: the interview, with its status and analyses.
    assert answer["id"] == interview_id and answer["status"] == "completed"
    assert (
        answer["conversation_analysis"]["coverage_completeness"]
        == (answer["coverage_completeness"])
    )


def test_the_page_reads_the_analysis_from_the_interview(original: Original) -> None:
    interview_id = _interview(original, "culture", "lumen_culture_engineer.txt")
    original.call(f"/interviews/{interview_id}/analyze", "POST")

    interview = original.call(f"/interviews/{interview_id}")

    reads(
        interview,
        id=str,
        interview_type=str,
        interviewer_name=TEXT,
        status=str,
        transcript=TEXT,
        created_at=str,
        conversation_analysis=dict,
    )
    _conversation(interview["conversation_analysis"])
    assert interview["conversation_analysis"]["analyzed_at"].startswith(
        interview["analyzed_at"][:19]
    )


def test_get_analysis_answers_it_at_the_top_level(original: Original) -> None:
    """interviews.getAnalysis reads a ConversationAnalysis."""
    interview_id = _interview(original, "culture", "lumen_culture_founder.txt")
    original.call(f"/interviews/{interview_id}/analyze", "POST")

    analysis = original.call(f"/interviews/{interview_id}/analysis")

    _conversation(analysis)
    assert analysis["interview_id"] == interview_id  # matcha's own fields stay


def test_regenerate_a_screening_answers_the_screening_analysis(original: Original) -> None:
    interview_id = _interview(original, "screening", "candidate_interview_elena.txt")

    answer = original.call(f"/interviews/{interview_id}/analyze", "POST")

    assert "communication_clarity" in answer and "coverage_completeness" not in answer
    reads(answer, overall_score=NUMBER, recommendation=str, summary=str, analyzed_at=str)
    for attribute in (
        "communication_clarity",
        "engagement_energy",
        "critical_thinking",
        "professionalism",
    ):
        reads(answer[attribute], score=NUMBER, evidence=list, notes=TEXT)
    assert answer["recommendation"] in ("strong_pass", "pass", "borderline", "fail")
    screening = original.call(f"/interviews/{interview_id}")["screening_analysis"]
    reads(screening, overall_score=NUMBER, summary=str, analyzed_at=str)


def test_regenerate_without_a_transcript_says_why(original: Original) -> None:
    company = original.call("/companies", "POST", {"name": "Lumen Labs"})
    made = original.call(f"/companies/{company['id']}/interviews", "POST", {})

    response = original.send(f"/interviews/{made['interview_id']}/analyze", "POST")

    assert response.status_code in (409, 422)
    assert isinstance(response.json()["detail"], str)  # the page shows err.message
