"""Votes for culture values: cue hits per sentence, read in their scope and their question.

Each answer sentence votes for the values its cues name (negated cues for the opposite value),
unless the cue sits where the speaker talks about another employer, a client, the past or a plan
(see `scope`). A short "No."/"Yes." answer votes for what the interviewer's question named,
flipped for "No". The head-count with the widest reach (the company's, not a team's) sets the
size, and a sentence naming a chain of four or more roles above someone is a hierarchy.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from matcha.ai.embedded.lexicon import BLENDS, CUES, POST_NEGATION, RED_FLAG
from matcha.ai.embedded.numbers import Headcount, answered_count, headcounts, size_bucket
from matcha.ai.embedded.scope import Scope, scopes
from matcha.ai.embedded.text import Sentence, is_negated
from matcha.ai.schemas import CULTURE_DIMENSIONS

BLEND_SHARE = 0.6  # a second value this close to a sentence's strongest also counts
NEGATED_SHARE = 0.8  # a negated cue is slightly weaker evidence for the opposite value
HEADCOUNT_WEIGHT, OTHER_COUNT_WEIGHT = 3.0, 0.5
SELF_DESCRIPTION_BOOST = 1.5  # "we're steady" outweighs indirect hints
_SELF_DESCRIPTION = re.compile(
    r"\b(we're|we are|it's|it is|we've been|we stay|very much|really|pretty)\s+(\w+\s+){0,2}$",
    re.I,
)
_NO = re.compile(r"^\W*(no|nope|nah|not really|not at all|not quite|not much|never|none)\b", re.I)
_YES = re.compile(
    r"^\W*(yes|yeah|yep|yup|definitely|absolutely|totally|very much|pretty much|sure|of course|"
    r"correct|exactly|right|basically|mostly|kind of|sort of)\b",
    re.I,
)
_BOTH = re.compile(r"\bboth\b", re.I)
BOTH_WEIGHT = 2.5
_SIZE_QUESTION = re.compile(r"\bhow (many|big|large)\b|\bhead-?count\b|\bsize\b", re.I)
_ROLE = re.compile(
    r"\b(?:(?:senior|junior|assistant|deputy|chief|head|lead|principal)\s+)?(?:\w+\s+)?"
    r"(manager|director|supervisor|lead|leader|head of \w+|chief \w+|vp|ceo|president|partner|"
    r"executive|exec|board|officer|superintendent|chef|handler \d|scheduler \w+)\b",
    re.I,
)
_CHAIN = re.compile(
    r"\b(above|below|reports? to|answers? to|then (the|me)|over (me|him|her))\b", re.I
)
CHAIN_ROLES = 4


@dataclass(frozen=True)
class Vote:
    """One sentence's support for one value of one dimension."""

    value: str
    weight: float
    sentence: Sentence


def sentence_weight(sentence: Sentence) -> float:
    """Answers count fully; an interviewer's questions restate topics, so they count nothing."""
    if not sentence.is_interviewer:
        return 1.0
    return 0.0 if sentence.is_question else 0.25


def cue_hits(text: str, dimension: str, scope: Scope | None = None) -> dict[str, float]:
    """Value -> strongest cue weight in `text`, after negation; cues inside a longer cue's
    match ("remote" in "fully remote") and cues outside the here-and-now do not count."""
    red_flag = bool(RED_FLAG.search(text))
    found: list[tuple[int, int, str, float]] = []
    for cue in CUES[dimension]:
        for match in cue.pattern.finditer(text):
            if scope is not None and not scope.counts(match.start()):
                continue
            negated = (
                red_flag
                or is_negated(text, match.start())
                or bool(POST_NEGATION.match(text[match.end() :]))
            )
            value, weight = cue.value, cue.weight
            if negated:
                if cue.negated_to is None:
                    continue
                value, weight = cue.negated_to, cue.weight * NEGATED_SHARE
            elif _SELF_DESCRIPTION.search(text[: match.start()]):
                weight *= SELF_DESCRIPTION_BOOST
            found.append((match.start(), match.end(), value, weight))
    hits: dict[str, float] = {}
    for start, end, value, weight in found:
        inside = any(s <= start and end <= e and (e - s) > (end - start) for s, e, *_ in found)
        if not inside:
            hits[value] = max(hits.get(value, 0.0), weight)
    if not hits:
        return {}
    # A sentence states one thing per dimension: keep its strongest. Where two values blend
    # ("a promotion framework, and a training budget"), it can state both.
    floor = max(hits.values()) * (BLEND_SHARE if dimension in BLENDS else 1.0)
    return {value: weight for value, weight in hits.items() if weight >= floor}


def _chain_hit(text: str) -> dict[str, float]:
    """'team lead, then the head of department, then the site head…': four roles is a ladder."""
    if not _CHAIN.search(text):
        return {}
    roles = {m.group(0).lower() for m in _ROLE.finditer(text)}
    return {"hierarchical": 2.0} if len(roles) >= CHAIN_ROLES else {}


def _reply_hits(question: str, reply: Sentence, dimension: str) -> dict[str, float]:
    """A bare "No, not at all." or "Yes." answers the question: it states (or denies) its cues."""
    no, yes = _NO.search(reply.text), _YES.search(reply.text)
    if dimension in BLENDS and _BOTH.search(reply.text):  # "What about X and Y?" "Both."
        a, b, blend = BLENDS[dimension]
        named = {cue.value for cue in CUES[dimension] if cue.pattern.search(question)}
        if {a, b} <= named:
            return {blend: BOTH_WEIGHT}
    if not (no or yes) or cue_hits(reply.text, dimension):
        return {}
    hits: dict[str, float] = {}
    for cue in CUES[dimension]:
        for match in cue.pattern.finditer(question):
            asked_negated = is_negated(question, match.start())
            flip = asked_negated if yes else not asked_negated  # "So not X?" "No." = not X
            value = cue.negated_to if flip else cue.value
            if value is not None:
                weight = cue.weight * (NEGATED_SHARE if flip else 1.0)
                hits[value] = max(hits.get(value, 0.0), weight)
    return hits


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


def collect_votes(
    items: Sequence[Sentence], *, use_headcounts: bool = True
) -> dict[str, list[Vote]]:
    """Every dimension's votes across the sentences."""
    votes: dict[str, list[Vote]] = {name: [] for name in CULTURE_DIMENSIONS}
    scoped = scopes(items)
    question, last_turn = "", -1
    for sentence, scope in zip(items, scoped, strict=True):
        first_of_turn = sentence.turn != last_turn
        last_turn = sentence.turn
        if sentence.is_interviewer:
            question = "" if first_of_turn else question
            question += f" {sentence.text}" if sentence.is_question else ""
        scale = sentence_weight(sentence) * scope.weight
        if scale == 0.0:
            continue
        for dimension in CULTURE_DIMENSIONS:
            hits = cue_hits(sentence.text, dimension, scope)
            if dimension == "hierarchy" and not hits:
                hits = _chain_hit(sentence.text)
            if not hits and first_of_turn and question and not sentence.is_interviewer:
                hits = _reply_hits(question, sentence, dimension)
            for value, weight in hits.items():
                votes[dimension].append(Vote(value, weight * scale, sentence))
        if not sentence.is_interviewer:
            question = ""
    if use_headcounts:
        votes["team_size"] += _size_votes(items, scoped)
    return votes
