"""Answers read in the light of their question.

A bare "No." or "Yes." to a yes/no question states (or denies) what the question named. An
answer to an open question on one topic ("What are the hours like?" "Long.") states a value in
words that would mean nothing on their own; those short-answer cues count only there, and
after a write-up's heading on the topic ("Pace: slow and procedural.").
"""

from __future__ import annotations

import re

from matcha.ai.embedded.cues import NEGATED_SHARE, cue_hits
from matcha.ai.embedded.lexicon import BLENDS, CUES, REPLY_CUES, TOPICS
from matcha.ai.embedded.scope import Scope
from matcha.ai.embedded.text import Sentence, is_negated, split_sentences, word_count

_NO = re.compile(
    r"^\W*(?:(?:god|oh|hell|gosh|lord|um+|er+m?|well|honestly|ha),?\s+)?"
    r"(no|nope|nah|not (?:really|at all|quite|much|especially|particularly|very|hugely|"
    r"massively|overly|here|for us|in this (?:job|role|team|place))|never|none|afraid not|"
    r"sadly not|unfortunately not)\b",
    re.I,
)
_YES = re.compile(
    r"^\W*(yes|yeah|yep|yup|definitely|absolutely|totally|very much|pretty much|sure|of course|"
    r"correct|exactly|right|basically|mostly|kind of|sort of)\b",
    re.I,
)
# A plain "yes" or "no" answers even a question that opens with "how" ("How do you work —
# mostly alone?" "No."); a hedge such as "mostly" only answers a yes/no question.
_PLAIN = re.compile(
    r"^\W*(?:(?:god|oh|hell|gosh|um+|well),?\s+)?(yes|yeah|yep|yup|no|nope|nah|not really|"
    r"not at all|never)\b",
    re.I,
)
_BOTH = re.compile(r"\bboth\b", re.I)
BOTH_WEIGHT = 2.5
# An open question: "How…", "Who…", "Tell me about…" (within its first few words).
_OPEN = re.compile(
    r"^\W*(?:(?:and|so|ok|okay|right|now|then|but|also|great|thanks|cool)\W+){0,3}"
    r"(?:how|what|what's|who|who's|whom|whose|which|where|when|why|tell me|talk me|walk me|"
    r"describe|give me)\b(?! about)",
    re.I,
)
# A yes/no question: "Do you…?", "Is it…?", "You're remote, then?".
_POLAR = re.compile(
    r"^\W*(?:(?:and|so|ok|okay|right|but|also|now)\W+){0,3}(?:is|are|was|were|do|does|did|can|"
    r"could|would|will|have|has|had|should|shall|may|might|isn't|aren't|don't|doesn't|didn't|"
    r"can't|won't|wouldn't|haven't|hasn't|any|anything|you|you're|it's|that's|there's|they)\b",
    re.I,
)
# Either-or and how-much questions take short answers even when put as yes/no:
# "Office or home?" "Office.", "Is there much hierarchy?" "Some, but…".
_ALTERNATIVE = re.compile(r"\bor\b|\b(?:much|many|a lot of|lots of)\b", re.I)
_ANAPHOR = re.compile(r"\b(?:them|it|that|those|these|this|they)\b", re.I)
SHORT_QUESTION = 4  # "And for you?": words a question may have and still lean on its turn
REPLY_SENTENCES = 2  # "Honestly? Maria and I.": the reply may follow a one-word opener


def last_question(question: str) -> str:
    """The question actually asked: the last sentence of the interviewer's turn."""
    pieces = split_sentences(question.strip())
    return pieces[-1] if pieces else ""


def is_open(question: str) -> bool:
    """True for a wh-question ("Who decides?"), which "yes" or "no" cannot answer."""
    return bool(_OPEN.search(last_question(question)))


def asked_topics(question: str, context: str = "") -> set[str]:
    """Topics (see `lexicon.topics`) the question asks about; when its last sentence names
    none but points back ("So, decisions. Who makes them?"), those of the interviewer's turn."""
    asked = last_question(question)
    found = {name for name, pattern in TOPICS.items() if pattern.search(asked)}
    if not found and (_ANAPHOR.search(asked) or word_count(asked) <= SHORT_QUESTION):
        found = {name for name, pattern in TOPICS.items() if pattern.search(context)}
    return found


def topics(question: str) -> set[str]:
    """Dimensions the question asks about."""
    return {name.split("/")[0] for name in asked_topics(question)}


def yes_no_hits(question: str, reply: Sentence, dimension: str) -> dict[str, float]:
    """A bare "No, not at all." or "Yes." answers the question: it states (or denies) its cues."""
    no, yes = _NO.search(reply.text), _YES.search(reply.text)
    if dimension in BLENDS and _BOTH.search(reply.text):  # "What about X and Y?" "Both."
        a, b, blend = BLENDS[dimension]
        named = {cue.value for cue in CUES[dimension] if cue.pattern.search(question)}
        if {a, b} <= named:
            return {blend: BOTH_WEIGHT}
    if not (no or yes) or cue_hits(reply.text, dimension):
        return {}
    if is_open(question) and not _PLAIN.search(reply.text):
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


def topic_hits(
    question: str, reply: Sentence, dimension: str, scope: Scope, context: str = ""
) -> dict[str, float]:
    """A short answer to an open (or either-or) question on this dimension: "Long.", "Tiny."."""
    asked = last_question(question)
    polar = bool(_POLAR.search(asked)) and not _ALTERNATIVE.search(asked)
    # A detail topic ("Who decides how you do your work?") reads the reply before the general
    # one ("Who decides?"): "I do." is autonomy there, a boss speaking here.
    topics_asked = [
        t
        for t in asked_topics(asked, context)
        if t.split("/")[0] == dimension and (not polar or t.endswith("/any"))
    ]
    for topic in sorted(topics_asked, key=lambda t: "/" not in t):
        hits = cue_hits(reply.text, dimension, scope, REPLY_CUES[topic])
        if hits:
            return hits
    return {}


# A write-up's heading line, "Pace: slow and procedural.", asks its own question.
_HEADING = re.compile(r"^([A-Z][\w /&-]{1,30}):\s+(\S.*)$")


def heading_hits(sentence: Sentence, dimension: str, scope: Scope) -> dict[str, float]:
    """The text after a heading on this dimension's topic, read as the answer to it."""
    match = _HEADING.match(sentence.text)
    if not match:
        return {}
    offset = match.start(2)
    shifted = Scope(tuple((s - offset, e - offset) for s, e in scope.elsewhere), scope.weight)
    rest = Sentence(match.group(2), sentence.turn, sentence.speaker, sentence.is_interviewer)
    return topic_hits(f"What about {match.group(1)}?", rest, dimension, shifted)
