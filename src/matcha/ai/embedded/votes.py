"""Votes for culture values: cue hits per sentence, read in their scope and their question.

Each answer sentence votes for the values its cues name (negated cues for the opposite value),
unless the cue sits where the speaker talks about another employer, a client, the past or a plan
(see `scope`). An answer is also read against its question (see `replies`): "No." to a yes/no
question denies what it named, "Long." to "What are the hours like?" states a value. The
head-count with the widest reach (the company's, not a team's) sets the size, and a sentence
naming a chain of four or more roles above someone is a hierarchy.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from matcha.ai.embedded.cues import Hit, scored_hits
from matcha.ai.embedded.lexicon import TOPICS
from matcha.ai.embedded.numbers import Headcount, answered_count, headcounts, size_bucket
from matcha.ai.embedded.replies import REPLY_SENTENCES, heading_hits, topic_hits, yes_no_hits
from matcha.ai.embedded.scope import Scope, scopes
from matcha.ai.embedded.text import Sentence
from matcha.ai.schemas import CULTURE_DIMENSIONS

HEADCOUNT_WEIGHT, OTHER_COUNT_WEIGHT = 3.0, 0.5
_SIZE_QUESTION = TOPICS["team_size"]
_ROLE = re.compile(
    r"\b(?:(?:senior|junior|assistant|deputy|chief|head|lead|principal)\s+)?(?:\w+\s+)?"
    r"(manager|director|supervisor|lead|leader|head of \w+|chief \w+|vp|ceo|president|partner|"
    r"executive|exec|board|officer|superintendent|chef|handler \d|scheduler \w+|owners?|founders?|"
    r"boss|directors|managers|partners)\b",
    re.I,
)
_CHAIN = re.compile(
    r"\b(above|below|reports? to|answers? to|then (the|me)|over (me|him|her))\b", re.I
)
CHAIN_ROLES = 4


def _how_decided(question: str) -> bool:
    """A question on how things are decided, not on the pace of work."""
    return bool(TOPICS["decision_making"].search(question)) and not TOPICS["pace"].search(question)


_ROUTED = re.compile(r"\b(?:goes|go|went|sent|escalated|passed) (?:up )?to\b", re.I)
_THEN = re.compile(r"\bthen\b", re.I)
SHORT_CHAIN_ROLES = 2  # "a team lead above me, and above her the owner": some layers
_REPORTS = re.compile(r"\b(?:reports?|answers?|reporting) (?:in)?to\b", re.I)
CHAIN_REPORTS = 3


@dataclass(frozen=True)
class Vote:
    """One sentence's support for one value of one dimension."""

    value: str
    weight: float
    sentence: Sentence
    hint: bool = False  # a plain hint from the lexicon ("meetings"), not a statement


def sentence_weight(sentence: Sentence) -> float:
    """Answers count fully; an interviewer's questions restate topics, so they count nothing."""
    if not sentence.is_interviewer:
        return 1.0
    return 0.0 if sentence.is_question else 0.25


def _chain_hit(text: str) -> dict[str, float]:
    """'team lead, then the head of department, then the site head…': four roles is a ladder;
    so is "X, who reports to Y, who reports to Z". Two or three roles are some layers."""
    if len(_REPORTS.findall(text)) >= CHAIN_REPORTS:
        return {"hierarchical": 2.0}
    if not _CHAIN.search(text):
        return {}
    roles = {m.group(0).lower() for m in _ROLE.finditer(text)}
    if len(roles) >= CHAIN_ROLES:
        return {"hierarchical": 2.0}
    if len(roles) < SHORT_CHAIN_ROLES or _ROUTED.search(text) or len(_THEN.findall(text)) > 1:
        return {}  # "goes to my manager, then…, then…" routes a request up: not read here
    return {"moderate": 1.5}


def _size_votes(items: Sequence[Sentence], scoped: Sequence[Scope]) -> list[Vote]:
    """The largest current head-count is the company's; smaller ones are teams or sites."""
    counts: list[tuple[Headcount, Sentence]] = []
    asked = ""
    for sentence, scope in zip(items, scoped, strict=True):
        if sentence.is_interviewer:
            asked = sentence.text
            continue
        found = [h for h in headcounts(sentence.text) if scope.counts(h.start)]
        reply = answered_count(sentence.text) if _SIZE_QUESTION.search(asked) else None
        counts += [(h, sentence) for h in ([reply] if reply and not found else found)]
        asked = ""
    if not counts:
        return []
    company = size_bucket(max(h.count for h, _ in counts))
    return [
        Vote(
            size_bucket(h.count),
            HEADCOUNT_WEIGHT if size_bucket(h.count) == company else OTHER_COUNT_WEIGHT,
            sentence,
        )
        for h, sentence in counts
    ]


def _stated(weights: dict[str, float]) -> dict[str, Hit]:
    """Hits read from a question or a role chain: statements, never mere hints."""
    return {value: Hit(weight, hint=False) for value, weight in weights.items()}


def collect_votes(
    items: Sequence[Sentence], *, use_headcounts: bool = True
) -> dict[str, list[Vote]]:
    """Every dimension's votes across the sentences."""
    votes: dict[str, list[Vote]] = {name: [] for name in CULTURE_DIMENSIONS}
    scoped = scopes(items)
    question, context, last_turn, nth = "", "", -1, 0
    for sentence, scope in zip(items, scoped, strict=True):
        first_of_turn = sentence.turn != last_turn
        last_turn, nth = sentence.turn, 0 if first_of_turn else nth + 1
        if sentence.is_interviewer:
            question, context = ("", "") if first_of_turn else (question, context)
            question += f" {sentence.text}" if sentence.is_question else ""
            context += f" {sentence.text}"
        scale = sentence_weight(sentence) * scope.weight
        if scale == 0.0:
            continue
        replying = bool(question) and not sentence.is_interviewer
        for dimension in CULTURE_DIMENSIONS:
            if (
                dimension == "pace"
                and replying
                and nth < REPLY_SENTENCES
                and _how_decided(question)
            ):
                continue  # "How do you decide?" "Together, and slowly.": the speed of deciding
            hits = scored_hits(sentence.text, dimension, scope)
            if dimension == "hierarchy" and all(h.hint for h in hits.values()):
                hits |= _stated(_chain_hit(sentence.text))
            if replying and nth < REPLY_SENTENCES and all(h.hint for h in hits.values()):
                reply = topic_hits(question, sentence, dimension, scope, context)  # "Calm."
                hits |= _stated(reply)
            if not sentence.is_interviewer and all(h.hint for h in hits.values()):
                hits |= _stated(heading_hits(sentence, dimension, scope))  # "Pace: slow."
            if not hits and replying and nth == 0:
                hits = _stated(yes_no_hits(question, sentence, dimension))
            for value, hit in hits.items():
                votes[dimension].append(Vote(value, hit.weight * scale, sentence, hit.hint))
    if use_headcounts:
        votes["team_size"] += _size_votes(items, scoped)
    return votes
