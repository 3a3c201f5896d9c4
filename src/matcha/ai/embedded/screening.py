"""Screening interviews scored from observable features of the candidate's answers."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from matcha.ai.embedded.dialogue import FILLER, HEDGE, NUMBER, qa_pairs, specificity
from matcha.ai.embedded.text import Sentence, parse_turns, sentences, word_count
from matcha.ai.schemas import (
    SCREENING_WEIGHTS,
    Recommendation,
    ScreeningAnalysis,
    ScreeningAttribute,
)

REASONING = re.compile(
    r"\b(because|so that|trade-?offs?|in hindsight|instead of|hypothes\w*|the goal was|which meant|"
    r"therefore|as a result|root cause|reproduce|narrow(ed)? it down|measured|data|experiment|"
    r"so (it|we|i)|found|figured out|reali[sz]ed|looked at|investigat\w*|profil\w*|diagnos\w*)\b",
    re.IGNORECASE,
)
ENTHUSIASM = re.compile(
    r"\b(excited|love|enjoy\w*|passionate|interested in|looking forward|thrilled|fascinat\w*|"
    r"really like|curious about)\b",
    re.IGNORECASE,
)
DISENGAGED = re.compile(r"\b(whatever|i don't care|nope|not really|gotta go|i dunno)\b", re.I)
UNPROFESSIONAL = re.compile(
    r"\b(idiot|stupid|moron|useless|sucks|crap|damn|hate (my|the|this)|whatever|i don't care|"
    r"just need a job|pays more|gotta go|leave me alone|nope)\b",
    re.IGNORECASE,
)
INSULT = re.compile(r"\b(idiot|stupid|moron|useless|incompetent)\b", re.IGNORECASE)
POLITE = re.compile(r"\b(thank\w*|appreciate\w*|my pleasure|great question|enjoyed)\b", re.I)


@dataclass(frozen=True)
class Features:
    """Counts taken from the candidate's side of the conversation."""

    answers: int
    avg_words: float
    specific_share: float
    fillers: int
    hedges: int
    reasoning: int
    numbers: int
    enthusiasm: int
    questions: int
    disengaged: int
    unprofessional: int
    insults: int
    polite: int


def _count(pattern: re.Pattern[str], items: list[Sentence]) -> int:
    return sum(len(pattern.findall(s.text)) for s in items)


def features(transcript: str) -> tuple[Features, list[Sentence]]:
    """The candidate's sentences and the counts the scores are built from."""
    turns = parse_turns(transcript)
    said = [s for s in sentences(transcript) if not s.is_interviewer]
    pairs = qa_pairs(turns)
    answers = [p.answer for p in pairs] or [s.text for s in said]
    n = max(len(answers), 1)
    return (
        Features(
            answers=len(answers),
            avg_words=sum(word_count(a) for a in answers) / n,
            specific_share=sum(min(1.0, max(0.0, specificity(a) / 4)) for a in answers) / n,
            fillers=_count(FILLER, said),
            hedges=_count(HEDGE, said),
            reasoning=_count(REASONING, said),
            numbers=_count(NUMBER, said),
            enthusiasm=_count(ENTHUSIASM, said),
            questions=sum(1 for s in said if s.is_question),
            disengaged=_count(DISENGAGED, said),
            unprofessional=_count(UNPROFESSIONAL, said),
            insults=_count(INSULT, said),
            polite=_count(POLITE, said),
        ),
        said,
    )


def _clamp(value: float) -> int:
    return max(0, min(100, round(value)))


def _quotes(said: list[Sentence], test: Callable[[str], bool]) -> list[str]:
    return [s.text for s in said if test(s.text)][:3]


def _attributes(f: Features, said: list[Sentence]) -> dict[str, ScreeningAttribute]:
    n = max(f.answers, 1)
    length_fit = min(1.0, f.avg_words / 35)
    filler_penalty = min(1.0, (f.fillers + f.hedges) / (1.5 * n))
    clarity = 30 + 40 * length_fit + 30 * f.specific_share - 25 * filler_penalty
    engagement = (
        20
        + 25 * min(1.0, f.enthusiasm / 2)
        + 25 * min(1.0, f.questions / 2)
        + 30 * length_fit
        - 20 * min(1.0, float(f.disengaged))
    )
    critical = 15 + 45 * min(1.0, f.reasoning / 4) + 25 * min(1.0, f.numbers / 3)
    critical += 15 * f.specific_share
    professionalism = 85 - 25 * f.unprofessional + 15 * min(1.0, float(f.polite))
    words = f"{f.avg_words:.0f} words per answer on average"
    return {
        "communication_clarity": ScreeningAttribute(
            score=_clamp(clarity),
            evidence=_quotes(said, lambda t: specificity(t) >= 2.0)
            or _quotes(said, lambda t: bool(FILLER.search(t) or HEDGE.search(t))),
            notes=f"{words}; concreteness {f.specific_share:.0%}; "
            f"{f.fillers} filler and {f.hedges} hedging phrases.",
        ),
        "engagement_energy": ScreeningAttribute(
            score=_clamp(engagement),
            evidence=_quotes(said, lambda t: bool(ENTHUSIASM.search(t)) or t.endswith("?"))
            or _quotes(said, lambda t: bool(DISENGAGED.search(t))),
            notes=f"{f.enthusiasm} enthusiasm markers, {f.questions} questions asked by the "
            f"candidate, {f.disengaged} disengaged remarks.",
        ),
        "critical_thinking": ScreeningAttribute(
            score=_clamp(critical),
            evidence=_quotes(said, lambda t: bool(REASONING.search(t))),
            notes=f"{f.reasoning} reasoning markers (because, trade-off, hypothesis...) and "
            f"{f.numbers} quantities cited.",
        ),
        "professionalism": ScreeningAttribute(
            score=_clamp(professionalism),
            evidence=_quotes(said, lambda t: bool(UNPROFESSIONAL.search(t)))
            or _quotes(said, lambda t: bool(POLITE.search(t))),
            notes=f"{f.unprofessional} unprofessional remarks ({f.insults} insulting); "
            f"{f.polite} courtesy markers.",
        ),
    }


def recommend(overall: int, major_red_flags: bool) -> Recommendation:
    """strong_pass >= 80 without red flags, pass >= 60, borderline >= 40, else fail."""
    if major_red_flags or overall < 40:
        return "fail"
    if overall >= 80:
        return "strong_pass"
    return "pass" if overall >= 60 else "borderline"


def analyze_screening(transcript: str) -> ScreeningAnalysis:
    """Four attribute scores with quotes, a weighted overall score and a recommendation."""
    f, said = features(transcript)
    attrs = _attributes(f, said)
    overall = _clamp(sum(attrs[name].score * w for name, w in SCREENING_WEIGHTS.items()))
    red_flags = f.insults > 0 or f.unprofessional >= 3
    verdict = recommend(overall, red_flags)
    best = max(attrs, key=lambda k: (attrs[k].score, k))
    worst = min(attrs, key=lambda k: (attrs[k].score, k))
    summary = (
        f"Overall {overall}/100 ({verdict.replace('_', ' ')}) over {f.answers} answers. "
        f"Strongest: {best.replace('_', ' ')} ({attrs[best].score}); weakest: "
        f"{worst.replace('_', ' ')} ({attrs[worst].score})."
        + (" Major red flags: unprofessional or insulting language." if red_flags else "")
    )
    return ScreeningAnalysis(
        communication_clarity=attrs["communication_clarity"],
        engagement_energy=attrs["engagement_energy"],
        critical_thinking=attrs["critical_thinking"],
        professionalism=attrs["professionalism"],
        overall_score=overall,
        recommendation=verdict,
        summary=summary,
    )
