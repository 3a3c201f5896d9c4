"""Phrase cues for each culture dimension value: the analyzer's explainable knowledge."""

from __future__ import annotations

import re
from dataclasses import dataclass

from matcha.ai.embedded.lexicon import conditions, structure, topics, work


@dataclass(frozen=True)
class Cue:
    """A phrase that supports `value`; negated, it supports `negated_to` (or nothing)."""

    value: str
    pattern: re.Pattern[str]
    weight: float
    negated_to: str | None = None


# Cue tables, one module per group of dimensions. One cue per line:
# "value weight >value-when-negated regex" ("-" = a negated cue supports nothing).
# Weights: 2.5 an explicit label, 2 a clear statement, 1 a hint, below 1 a weak hint.


def parse_cue_table(table: str) -> dict[str, list[Cue]]:
    """Parse a cue table: "[dimension]" headers, then one cue per line."""
    cues: dict[str, list[Cue]] = {}
    current: list[Cue] = []
    for line in table.strip().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("["):
            current = cues.setdefault(line.strip("[]"), [])
            continue
        value, weight, negated, pattern = line.split(" ", 3)
        target = None if negated == "-" else negated.lstrip(">")
        current.append(Cue(value, re.compile(pattern, re.IGNORECASE), float(weight), target))
    return cues


CUES: dict[str, list[Cue]] = {
    name: cues
    for table in (work.TABLE, structure.TABLE, conditions.TABLE)
    for name, cues in parse_cue_table(table).items()
}

# Short answers that only count as the reply to a question on their topic ("Long.").
REPLY_CUES: dict[str, list[Cue]] = parse_cue_table(topics.TABLE)
TOPICS = topics.TOPICS

# Two values whose strong co-occurrence means the in-between value.
BLENDS: dict[str, tuple[str, str, str]] = {
    "collaboration_style": ("highly_collaborative", "independent", "mixed"),
    "communication": ("async_first", "sync_heavy", "balanced"),
    "growth_focus": ("promotion_track", "skill_development", "both"),
}

# A denial right after a cue: "remote work is not an option", "emails I barely look at".
POST_NEGATION = re.compile(
    r"^[^.;!?]{0,30}?\b((isn't|is not|not) (really )?an option|not for us|isn't for us|(is|are) not "
    r"(offered|allowed|possible|part of)|isn't (offered|allowed|possible|part of)|(I|we) "
    r"(barely|rarely|hardly|never) (look|read|use|check)|nobody reads)\b",
    re.I,
)

RED_FLAG = re.compile(
    r"\b(won't|wouldn't|don't|doesn't|will not|would not|do not|does not) "
    r"(fit|last|succeed|do well|"
    r"be happy|thrive)\b|\bdealbreaker\b|\b(won't|can't|cannot|will not|don't) tolerate\b|"
    r"\b(would|will) be unhappy\b|\b(you'll|will|would) struggle\b|\b(not|isn't) the place\b|"
    r"\b(is|are) a (real )?problem\b|\bfeel lonely\b|\b(it's|it is|that's) not for you\b|\b(worry|worried) about (anyone|anybody|"
    r"people|someone) who\b|\bit'll drive you nuts\b",
    re.IGNORECASE,
)
