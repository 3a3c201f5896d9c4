"""How well an interview was run: topic coverage, answer depth, missed follow-ups."""

from __future__ import annotations

import re

from matcha.ai.embedded.dialogue import (
    QAPair,
    is_follow_up,
    qa_pairs,
    quality,
    question_summary,
)
from matcha.ai.embedded.text import parse_turns, sentences, split_sentences, word_count
from matcha.ai.schemas import (
    ConversationAnalysis,
    CoverageCompleteness,
    DimensionCoverage,
    MissedOpportunity,
    PromptSuggestion,
    ResponseAnalysis,
    ResponseDepth,
)

_T = {
    "work_environment": r"\b(office|remote|environment|day[- ]to[- ]day|normal week|where)\b",
    "values": r"\b(values?|valued|believe|principles?|important to)\b",
    "communication": r"\b(communicat\w*|meetings?|async\w*|written|calls?|docs)\b",
    "growth": r"\b(grow\w*|career|promot\w*|learn\w*|develop (people|yourself))\b",
    "work_life_balance": r"\b(hours|balance|weekends?|evenings?|overtime|flexib\w*|time off)\b",
    "team_dynamics": r"\b(team|collaborat\w*|together|decisions?|decide|manager|hierarch\w*)\b",
    "work_style": r"\b(work(ing)? style|ideal|prefer|heads-down|kind of team|how you like)\b",
    "career_goals": r"\b(career|goals?|see yourself|future|promot\w*|next step)\b",
    "problem_solving": r"\b(problems?|approach|challenge|hardest|stuck|debug\w*|hypothes\w*)\b",
    "experience": r"\b(role|experience|project|worked on|responsib\w*)\b",
    "collaboration": r"\b(disagree\w*|teammates?|conflict|work with people)\b",
    "motivation": r"\b(why .{0,20}interested|interested in|excited|looking for|motivat\w*)\b",
    "candidate_questions": r"\b(questions? for me|any questions)\b",
}
TOPIC_CUES = {name: re.compile(pattern, re.IGNORECASE) for name, pattern in _T.items()}
TOPICS: dict[str, tuple[str, ...]] = {
    "culture": (
        "work_environment",
        "values",
        "communication",
        "growth",
        "work_life_balance",
        "team_dynamics",
    ),
    "candidate": (
        "work_style",
        "communication",
        "career_goals",
        "problem_solving",
        "values",
        "work_life_balance",
    ),
    "screening": (
        "experience",
        "problem_solving",
        "collaboration",
        "motivation",
        "career_goals",
        "candidate_questions",
    ),
}
TOPIC_QUESTIONS = {
    "work_environment": "Where and how does the team work day to day: office, hybrid or remote?",
    "values": "Which values do people here actually act on? Can you give a recent example?",
    "communication": "How do people communicate: mostly meetings, or written and async?",
    "growth": "How do people grow here: promotions, learning budgets, mentoring?",
    "work_life_balance": "What are typical working hours, and how often do people work late?",
    "team_dynamics": "How are decisions made, and how do teams collaborate?",
    "work_style": "Describe the working style in which you do your best work.",
    "career_goals": "Where do you want your career to be in two or three years?",
    "problem_solving": "Walk me through a hard problem you solved recently, step by step.",
    "experience": "Which project best shows your experience, and what was your part in it?",
    "collaboration": "Tell me about a disagreement with a teammate and how it was resolved.",
    "motivation": "What draws you to this role and this company in particular?",
    "candidate_questions": "What questions do you have for me?",
}
FOLLOW_UP_PROMPT = (
    'Ask for a concrete example: "Can you walk me through a specific time that happened, '
    'what you did and what the result was?"'
)
CLOSED = re.compile(r"^(is|are|do|does|did|can|could|would|will|have|has)\b", re.IGNORECASE)


def _coverage(transcript: str, kind: str, pairs: list[QAPair]) -> CoverageCompleteness:
    items = sentences(transcript)
    details: dict[str, DimensionCoverage] = {}
    for topic in TOPICS[kind]:
        cue = TOPIC_CUES[topic]
        asked = [p for p in pairs if cue.search(p.question)]
        evidence = [s.text for s in items if not s.is_interviewer and cue.search(s.text)]
        for pair in asked:  # an answer to a question on the topic is evidence even without keywords
            evidence.extend(a for a in _first_sentences(pair.answer) if a not in evidence)
        deep = any(quality(p.answer) == "specific" for p in asked) or len(evidence) >= 3
        covered = bool(asked or evidence)
        depth = "deep" if covered and deep else "shallow" if covered else "none"
        details[topic] = DimensionCoverage(covered=covered, depth=depth, evidence=evidence[:3])
    covered_names = [t for t, d in details.items() if d.covered]
    points = sum(1.0 if d.depth == "deep" else 0.5 if d.covered else 0.0 for d in details.values())
    return CoverageCompleteness(
        overall_score=round(100 * points / len(details)),
        dimensions_covered=covered_names,
        dimensions_missed=[t for t in details if t not in covered_names],
        coverage_details=details,
    )


def _first_sentences(answer: str) -> list[str]:
    return split_sentences(answer)[:2]


def _responses(pairs: list[QAPair]) -> tuple[ResponseDepth, list[MissedOpportunity]]:
    analyses: list[ResponseAnalysis] = []
    missed: list[MissedOpportunity] = []
    for pair in pairs:
        grade = quality(pair.answer)
        followed = is_follow_up(pair.answer, pair.next_question)
        action = {"specific": "high", "somewhat_specific": "medium", "vague": "low"}[grade]
        note = f"{word_count(pair.answer)} words; " + (
            "followed up." if followed else "no follow-up question."
        )
        summary = question_summary(pair.question)
        analyses.append(
            ResponseAnalysis(
                question_summary=summary, response_quality=grade, actionability=action, notes=note
            )
        )
        if grade == "vague" and not followed:
            missed.append(
                MissedOpportunity(
                    topic=summary[:200],
                    suggested_followup=FOLLOW_UP_PROMPT,
                    reason=f'The answer ("{pair.answer[:120]}") was vague and the next question '
                    "moved on.",
                )
            )
    specific = sum(1 for a in analyses if a.response_quality == "specific")
    vague = sum(1 for a in analyses if a.response_quality == "vague")
    somewhat = len(analyses) - specific - vague
    score = round(100 * (specific + 0.5 * somewhat) / len(analyses)) if analyses else 0
    depth = ResponseDepth(
        overall_score=score,
        specific_examples_count=specific,
        vague_responses_count=vague,
        response_analysis=analyses[:100],
    )
    return depth, missed


def _suggestions(
    pairs: list[QAPair], coverage: CoverageCompleteness, missed_followups: int
) -> list[PromptSuggestion]:
    out: list[PromptSuggestion] = []
    if missed_followups:
        out.append(
            PromptSuggestion(
                category="follow_up_depth",
                current_behavior=f"{missed_followups} vague answer(s) got no follow-up.",
                suggested_improvement="After a general answer, ask for one concrete example.",
                priority="high" if missed_followups >= 2 else "medium",
            )
        )
    if coverage.dimensions_missed:
        out.append(
            PromptSuggestion(
                category="topic_coverage",
                current_behavior=f"Not discussed: {', '.join(coverage.dimensions_missed)}.",
                suggested_improvement="Add a question for each: "
                + " ".join(TOPIC_QUESTIONS[t] for t in coverage.dimensions_missed[:3]),
                priority="high" if len(coverage.dimensions_missed) >= 2 else "medium",
            )
        )
    questions = [question_summary(p.question) for p in pairs]
    closed = [q for q in questions if CLOSED.match(q)]
    if questions and len(closed) / len(questions) > 0.4:
        out.append(
            PromptSuggestion(
                category="question_phrasing",
                current_behavior=f"{len(closed)} of {len(questions)} questions were yes/no.",
                suggested_improvement="Open with 'how', 'what' or 'tell me about' for detail.",
                priority="medium",
            )
        )
    if pairs and sum(word_count(p.answer) for p in pairs) / len(pairs) < 15:
        out.append(
            PromptSuggestion(
                category="conversation_flow",
                current_behavior="Answers averaged under 15 words.",
                suggested_improvement="Pause after answers and ask 'what else?' before moving on.",
                priority="medium",
            )
        )
    return out


def analyze_conversation(transcript: str, kind: str) -> ConversationAnalysis:
    """Coverage of the kind's topics, per-answer depth, missed follow-ups and advice."""
    kind = kind if kind in TOPICS else "culture"
    pairs = qa_pairs(parse_turns(transcript))
    coverage = _coverage(transcript, kind, pairs)
    depth, missed = _responses(pairs)
    suggestions = _suggestions(pairs, coverage, len(missed))
    for topic in coverage.dimensions_missed:
        missed.append(
            MissedOpportunity(
                topic=topic.replace("_", " "),
                suggested_followup=TOPIC_QUESTIONS[topic],
                reason=f"The interview never touched {topic.replace('_', ' ')}.",
            )
        )
    summary = (
        f"A {kind} interview with {len(pairs)} question-answer exchanges. "
        f"It covered {len(coverage.dimensions_covered)} of {len(TOPICS[kind])} topics"
        + (
            f" (missed: {', '.join(t.replace('_', ' ') for t in coverage.dimensions_missed)})"
            if coverage.dimensions_missed
            else ""
        )
        + f". {depth.specific_examples_count} answers were specific and "
        f"{depth.vague_responses_count} vague."
    )
    return ConversationAnalysis(
        coverage_completeness=coverage,
        response_depth=depth,
        missed_opportunities=missed[:30],
        prompt_improvement_suggestions=suggestions[:30],
        interview_summary=summary,
    )
