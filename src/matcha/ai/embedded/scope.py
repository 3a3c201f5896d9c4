"""What a statement is about: here and now, or another employer, a client, the past, a plan.

Each sentence gets spans where the speaker talks about something other than the company as it
is today ("at my old job…", "our clients…", "we used to…", "next year we might…"); a cue found
inside such a span does not count. A reset marker ("here", "now", "these days", "for us")
ends the span. A wish ("ideally…", "I'd love…") is not the company either, and an answer to a
question about the candidate's own life ("What do you do outside work?") is about nothing here.
Talk of a former employer carries on into the speaker's next sentences while
they stay in the past tense, until such a reset; talk of a plan or a client ends with its
sentence. Hedges weaken a sentence
("maybe", "I think"; two of them, "maybe it's a bit…", weaken it twice).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from matcha.ai.embedded.text import Sentence

_EMPLOYER = (
    r"(?:job|company|employer|place|firm|role|team|workplace|practice|agency|startup|start-up|"
    r"studio|office|hospital|bank|restaurant|kitchen|school|shop|store|position|gig|org\w*)"
)
# Another employer or the past: carries on to the speaker's next sentences.
_ELSEWHERE = re.compile(
    rf"\b(?:(?:my|our|his|her|their|the) (?:old|last|previous|former|prior|first|other) "
    rf"{_EMPLOYER}s?|(?:where|when) (?:I|he|she|they) (?:used to work|worked|was) before|"
    r"before,? (?:I|we|he|she|they) (?:was|were|worked|had)\b|"
    r"before (?:that|this|I joined|I came|I started|joining|coming here|here|the merger|"
    r"the acquisition|the pandemic|covid|the restructur\w*)|previously|in the past|back then|"
    r"in those days|(?:we|I|they|he|she|it|people|everyone) used to|"
    r"(?:I|he|she|they) (?:came|joined|moved) (?:here )?from|"
    r"(?:I|he|she|they) (?:worked|was working) (?:for|at) (?:a|an)\b|"
    r"(?:compared|contrasted) (?:it |this |that )?with|unlike (?:my|his|her|their|the) "
    r"(?:old|last|previous|former)|when (?:I|he|she|we) (?:first )?(?:joined|started|arrived)|"
    r"at (?:the )?university|at uni)\b",
    re.IGNORECASE,
)
# Someone else, or not yet: ends with the sentence.
_OTHERS = re.compile(
    r"\b(?:(?:some|many|most|one) of (?:our|their) clients|our clients (?:are|have|want)|"
    r"for (?:our )?clients|(?:at|on) the client(?:'s)? (?:side|site|office)|for them|"
    r"(?:other|most|many) (?:companies|firms|offices|practices|studios|employers|places|"
    r"agencies|startups|banks|hospitals|restaurants)|(?:my|his|her) friends|elsewhere|"
    r"next (?:year|month|quarter|spring|summer|autumn|fall|winter|january|february|march|"
    r"april|may|june|july|august|september|october|november|december)|from next|"
    r"(?:planned|planning|plans?) (?:for next|to (?:move|introduce|bring|switch|go|require|"
    r"open|hire|change))|proposal to|proposed|consult\w* on|there's talk of|talk of|"
    r"thinking (?:of|about) (?:moving|switching|introducing|going|bringing)|considering|"
    r"(?:we|they|it|that) (?:might|may|could) (?:move|go|switch|change|become|introduce|"
    r"require|bring)|(?:will|would|going to) (?:probably |eventually )?(?:move|switch|"
    r"introduce|require|become)|in the future|one day|eventually|if (?:we|they) (?:grow|"
    r"get bigger)|(?:did not|didn't|never|does not|doesn't|would not|wouldn't) (?:talk|speak|say|"
    r"mention|discuss|go into|comment)\w*(?: (?:about|on|much|anything))?|ideally|"
    r"(?:I'm|I am|she's|he's|they're|she is|he is|they are) (?:looking|hoping) for|"
    r"(?:I|she|he) (?:prefer|prefers|would prefer|would like|would love)\b|"
    r"(?:I|she|he)'d (?:prefer|like|love))",
    re.IGNORECASE,
)
# A sentence still telling the story of elsewhere: past tense or "you'd…".
_STILL_PAST = re.compile(r"\b(?:was|were|had|did|used to|would)\b|\w'd\b", re.IGNORECASE)
_PAST_ELSEWHERE = re.compile(
    r"\b(?:in|at) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?,? (?:I |we |it )?(?:was|were|had|did)\b|"
    r"^(?:There|Back there|Over there),? (?:I|we|you|they|he|she|it) (?:was|were|had|did|used)\b"
)
_HERE = re.compile(
    r"\b(?:here|now|nowadays|these days|today|currently|at present|at the moment|right now|"
    r"for us|with us|at ours|in our (?:team|company|studio|practice|firm|place)|"
    r"(?:totally|completely|very|quite) different|the opposite)\b",
    re.IGNORECASE,
)
_HEDGE = re.compile(
    r"\b(?:maybe|perhaps|i guess|i suppose|not sure|kind of|sort of|kinda|probably|possibly|"
    r"i think|i believe|more or less|in theory|a bit|a little|somewhat)\b",
    re.IGNORECASE,
)
# Questions about the candidate's own life: the answer says nothing about the company.
_PERSONAL = re.compile(
    r"\b(?:outside (?:of )?work|spare time|free time|hobb(?:y|ies)|notice period|salary "
    r"expectations?|how did you hear|for fun|weekends? off, what)\b",
    re.IGNORECASE,
)
# Questions about a former employer: the whole answer is about elsewhere, past tense or not.
_FORMER = re.compile(
    r"\b(?:where (?:were|did) you (?:work )?before|(?:your )?(?:previous|last|old|former) "
    r"(?:job|employer|company|role|place)|before (?:this|here|you joined|joining))\b",
    re.IGNORECASE,
)
_FOLLOW_UP = re.compile(
    r"^\W*(?:why|how so|in what way|what do you mean|and then|such as|different how|"
    r"how (?:was (?:it|that) |is (?:it|that) )?different|what was (?:it|that) like|"
    r"how did (?:it|that) compare)\b",
    re.I,
)
HEDGE_WEIGHT = 0.7


@dataclass(frozen=True)
class Scope:
    """Where in a sentence cues count (`elsewhere` spans do not) and how much (hedges)."""

    elsewhere: tuple[tuple[int, int], ...]
    weight: float

    def counts(self, position: int) -> bool:
        """True when a cue at `position` is about the company as it is now."""
        return not any(start <= position < end for start, end in self.elsewhere)


def _spans(text: str, carried: bool) -> tuple[list[tuple[int, int]], bool]:
    """Elsewhere spans of `text` and whether the elsewhere context carries past its end."""
    events: list[tuple[int, str]] = [(m.start(), "away") for m in _ELSEWHERE.finditer(text)]
    events += [(m.start(), "aside") for m in _OTHERS.finditer(text)]
    events += [(m.start(), "away") for m in _PAST_ELSEWHERE.finditer(text)]
    events += [(m.start(), "here") for m in _HERE.finditer(text)]
    events.sort()
    spans: list[tuple[int, int]] = []
    state, start = ("away" if carried else "here"), 0
    for position, kind in events:
        if kind == "here" and state != "here":
            spans.append((start, position))
            state = "here"
        elif kind != "here" and state == "here":
            state, start = kind, position
    if state != "here":
        spans.append((start, len(text)))
    return spans, state == "away"


def scopes(items: Sequence[Sentence]) -> list[Scope]:
    """One scope per sentence, carrying talk of the past or another employer across sentences."""
    out: list[Scope] = []
    carried, last_turn, asked = False, -1, ""
    for sentence in items:
        new_turn, last_turn = sentence.turn != last_turn, sentence.turn
        if sentence.is_interviewer:
            asked = sentence.text if new_turn else f"{asked} {sentence.text}"
            out.append(Scope((), 1.0))
            continue
        if _PERSONAL.search(asked):
            out.append(Scope(((0, len(sentence.text)),), 1.0))
            continue
        if new_turn and not _FOLLOW_UP.search(asked):
            carried = False
        carried = bool(_FORMER.search(asked)) or (
            carried and bool(_STILL_PAST.search(sentence.text))
        )
        spans, carried = _spans(sentence.text, carried)
        weight = HEDGE_WEIGHT ** min(2, len(_HEDGE.findall(sentence.text)))
        out.append(Scope(tuple(spans), weight))
    return out
