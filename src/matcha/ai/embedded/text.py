"""Transcript plumbing: speaker turns, verbatim sentences and negation scope."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A leading timestamp ("[00:03:12]", "00:03 –", "(12:04)") before a speaker label is dropped.
_TIMESTAMP = r"(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?[\])]?\s*(?:[-–—|]\s*)?)"
_SPEAKER = re.compile(rf"^\s*{_TIMESTAMP}?\**([A-Z][\w.,'’()\- ]{{0,40}}?)\**\s*[:：]\**\s+(\S.*)$")
_TIMESTAMP_ONLY = re.compile(rf"^\s*{_TIMESTAMP}\s*")
_INTERVIEWER_NAME = re.compile(
    r"^(q|question)$|\b(interviewer|recruiter|host|moderator)\b", re.IGNORECASE
)
_WRAP_WIDTH = 60  # a line at least this long without end punctuation was wrapped
_HEADING_LINES = 4  # this many labelled lines, none repeating: headings of a prose write-up
# Sentence ends at . ! ? followed by space and an upper-case letter, digit or quote.
_BOUNDARY = re.compile(r"(?<=[.!?])([\"')\]]?)\s+(?=[A-Z0-9\"'(])")
_ABBREVIATIONS = ("dr.", "mr.", "mrs.", "ms.", "prof.", "e.g.", "i.e.", "vs.", "st.", "inc.", "jr.")
_NEGATORS = re.compile(
    r"\b(not|no|never|nobody|none|nothing|neither|nor|without|hardly|isn't|aren't|wasn't|"
    r"weren't|don't|doesn't|didn't|won't|wouldn't|can't|cannot|shouldn't|avoid|avoids|"
    r"instead of|rather than|more than|less|zero|lack|barely|rarely|hardly|seldom)\b|n't\b|"
    r"(?<!\ba )(?<!\bquite a )\bfew\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(
    r"[,;:.!?—–]|\s-\s|\b(but|although|though|however|yet|while)\b", re.IGNORECASE
)
NEGATION_WINDOW = 5
# "Nobody in our practice is working from home": a negated subject reaches the whole clause.
_SUBJECT_NEGATORS = re.compile(r"\b(nobody|no one|no-one|none of|neither)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Turn:
    """One speaker's contiguous contribution; `speaker` is None for plain prose."""

    index: int
    speaker: str | None
    text: str
    is_interviewer: bool


@dataclass(frozen=True)
class Sentence:
    """A verbatim sentence plus who said it, so evidence can favour answers."""

    text: str
    turn: int
    speaker: str | None
    is_interviewer: bool

    @property
    def is_question(self) -> bool:
        """Questions restate topics rather than assert them."""
        return self.text.rstrip().endswith("?")


def parse_turns(transcript: str) -> list[Turn]:
    """Split `Speaker: text` lines into turns; fall back to one prose turn without speakers."""
    lines = [line for line in transcript.splitlines() if line.strip()]
    matches = [_SPEAKER.match(line) for line in lines]
    labelled = sum(1 for m in matches if m)
    if not lines:
        return []
    speakers = [m.group(1).strip() for m in matches if m]
    headings = labelled >= _HEADING_LINES and len(set(speakers)) == labelled
    if headings or labelled < max(2, len(lines) // 2):
        text = "\n".join(line.strip() for line in transcript.strip().splitlines())
        return [Turn(0, None, text, False)]
    named = next((s for s in speakers if _INTERVIEWER_NAME.search(s)), None)
    # With a single speaker there is nobody asking: everything said is an answer.
    interviewer = named or (speakers[0] if len(set(speakers)) > 1 else None)
    turns: list[Turn] = []
    for line, match in zip(lines, matches, strict=True):
        if match:
            speaker, text = match.group(1).strip(), match.group(2).strip()
            turns.append(Turn(len(turns), speaker, text, speaker == interviewer))
        elif turns:  # a continuation line belongs to the previous speaker
            last, extra = turns[-1], _TIMESTAMP_ONLY.sub("", line).strip()
            turns[-1] = Turn(last.index, last.speaker, f"{last.text}\n{extra}", last.is_interviewer)
    return turns


def split_sentences(text: str) -> list[str]:
    """Sentences of `text`, each a verbatim (stripped) substring of it; see `_paragraphs`."""
    if "\n" in text:
        return [piece for block in _paragraphs(text) for piece in split_sentences(block)]
    pieces: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        candidate = text[start : match.start()].strip()
        tail = candidate.lower().rsplit(" ", 1)[-1]
        if tail in _ABBREVIATIONS or re.fullmatch(r"[a-z]\.", tail):
            continue
        pieces.append(text[start : match.start() + len(match.group(1))].strip())
        start = match.end()
    pieces.append(text[start:].strip())
    return [p for p in pieces if p]


def _paragraphs(text: str) -> list[str]:
    """Lines regrouped: a line break ends a sentence after end punctuation or a short heading
    line; a line wrapped mid-sentence is joined to the next."""
    blocks: list[str] = []
    previous = ""  # the open block; a blank line closes it
    for line in (raw.strip() for raw in text.splitlines()):
        if not line:
            previous = ""
            continue
        wrapped = previous and not re.search(r"[.!?:;\"'”)\]]$", previous)
        if wrapped and (line[0].islower() or len(previous) >= _WRAP_WIDTH):
            blocks[-1] = previous = f"{previous} {line}"
        else:
            blocks.append(line)
            previous = line
    return blocks


def sentences(transcript: str) -> list[Sentence]:
    """Every sentence of every turn, in order."""
    out: list[Sentence] = []
    for turn in parse_turns(transcript):
        for text in split_sentences(turn.text):
            out.append(Sentence(text, turn.index, turn.speaker, turn.is_interviewer))
    return out


def lines_as_sentences(text: str) -> list[Sentence]:
    """Résumé-style text: each line (and each sentence within it) is a statement."""
    out: list[Sentence] = []
    for index, line in enumerate(text.splitlines()):
        for piece in split_sentences(line.strip().lstrip("-*•· ").strip()):
            out.append(Sentence(piece, index, None, False))
    return out


def is_negated(text: str, start: int) -> bool:
    """True when a negator sits within a few words before `start`, in the same clause."""
    prefix = text[:start]
    breaks = list(_CLAUSE_BREAK.finditer(prefix))
    if breaks:
        prefix = prefix[breaks[-1].end() :]
    words = prefix.split()[-NEGATION_WINDOW:]
    return bool(_NEGATORS.search(" ".join(words)) or _SUBJECT_NEGATORS.search(prefix))


def word_count(text: str) -> int:
    """Words in `text`, for length-based features."""
    return len(re.findall(r"[A-Za-z0-9'’]+", text))
