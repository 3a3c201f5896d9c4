"""Question-answer pairs and the observable features of an answer (specifics, hedges...)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from matcha.ai.embedded.text import Turn, split_sentences, word_count

NUMBER = re.compile(
    r"\b\d[\d,.]*%?|\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|eighteen|twenty|thirty|forty|fifty|ninety|hundred|thousand|million|half|"
    r"double|twice|dozen)\b",
    re.IGNORECASE,
)
EXAMPLE = re.compile(
    r"\b(for example|for instance|such as|e\.g\.|in one case|one time|once,)", re.I
)
TIME_ANCHOR = re.compile(
    r"\b(last|this|next) (year|quarter|month|week|spring|summer|autumn|fall|winter)\b|"
    r"\bin (19|20)\d\d\b|\b(yesterday|at my last job|at my previous)\b",
    re.IGNORECASE,
)
HEDGE = re.compile(
    r"\b(i guess|i think|maybe|kind of|sort of|i'm not sure|not sure|i dunno|dunno|probably|"
    r"depends|whatever)\b",
    re.IGNORECASE,
)
FILLER = re.compile(r"\b(um+|uh+|erm|like,|you know|stuff|a bunch of|i dunno|the usual)\b", re.I)
PRACTICE = re.compile(
    r"\b(we|i) (have|ship|shipped|record|use|used|run|ran|release|read|pay|paid|get|rotate|write|"
    r"wrote|built|led|designed|added|introduced|measured|migrated|rebuilt|fixed)\b",
    re.IGNORECASE,
)
REASON = re.compile(r"\b(because|so that|which meant|as a result|trade-?off)\b", re.IGNORECASE)
PROPER = re.compile(r"(?<=[a-z,;] )[A-Z][a-zA-Z]+")
FOLLOW_UP = re.compile(
    r"\b(example|specific|specifically|tell me more|elaborate|what do you mean|how did|why did|"
    r"walk me through|what happened|can you expand|such as)\b",
    re.IGNORECASE,
)
SPECIFIC, SOMEWHAT = 4.0, 1.5
_STOP_TEXT = (
    "the a an and or but to of in on at for with is are was were be been it that this i you we "
    "they my our your their me us them so as do did does have has had not no just like what how "
    "about from by can could would will really very"
)
STOP = set(_STOP_TEXT.split())


@dataclass(frozen=True)
class QAPair:
    """An interviewer turn and everything said in reply before the next one."""

    question: str
    answer: str
    next_question: str | None


def qa_pairs(turns: list[Turn]) -> list[QAPair]:
    """Interviewer turns paired with the answers that follow them."""
    raw: list[tuple[str, list[str]]] = []
    for turn in turns:
        if turn.is_interviewer:
            raw.append((turn.text, []))
        elif raw:
            raw[-1][1].append(turn.text)
    pairs: list[QAPair] = []
    for i, (question, answers) in enumerate(raw):
        if answers:
            following = raw[i + 1][0] if i + 1 < len(raw) else None
            pairs.append(QAPair(question, " ".join(answers), following))
    return pairs


def specificity(answer: str) -> float:
    """Concrete detail in an answer: numbers, examples, dates, names, length; minus hedges."""
    words = word_count(answer)
    score = min(len(NUMBER.findall(answer)), 3) * 1.0
    score += 1.5 * min(len(EXAMPLE.findall(answer)), 2)
    score += 1.0 * min(len(TIME_ANCHOR.findall(answer)), 2)
    score += 0.5 * min(len(PROPER.findall(answer)), 4)
    score += 0.5 * min(len(PRACTICE.findall(answer)), 3) + 0.5 * min(len(REASON.findall(answer)), 2)
    score += (1.0 if words >= 25 else 0.0) + (1.0 if words >= 60 else 0.0)
    score += 0.5 * min(len(split_sentences(answer)) - 1, 3)
    score -= 1.0 * len(HEDGE.findall(answer)) + 0.5 * len(FILLER.findall(answer))
    return score - (1.0 if words < 10 else 0.0)


def quality(answer: str) -> str:
    """specific / somewhat_specific / vague, from the specificity score."""
    score = specificity(answer)
    if score >= SPECIFIC:
        return "specific"
    return "somewhat_specific" if score >= SOMEWHAT else "vague"


def content_words(text: str) -> set[str]:
    """Lower-case words that carry meaning, for overlap checks."""
    return {w for w in re.findall(r"[a-z']+", text.lower()) if w not in STOP and len(w) > 3}


def is_follow_up(answer: str, question: str | None) -> bool:
    """Did the next question dig into this answer?"""
    if question is None:
        return False
    overlap = content_words(answer) & content_words(question)
    return bool(FOLLOW_UP.search(question)) or len(overlap) >= 2


def question_summary(question: str) -> str:
    """The question itself (its last interrogative sentence), trimmed."""
    parts = split_sentences(question)
    asked = [p for p in parts if p.endswith("?")] or parts or [question]
    return asked[-1][:200]
