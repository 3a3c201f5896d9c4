"""Head-counts written as digits or words: "eleven people", "roughly sixty of us",
"a couple of hundred staff", "north of 3,000 employees", "we're fourteen", "4.2k people"."""

from __future__ import annotations

import re
from dataclasses import dataclass

_UNITS = [
    *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    *("eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"),
    *("eighteen", "nineteen"),
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_VAGUE = {"couple": 2, "few": 3, "several": 3, "handful": 5, "dozen": 12}
_WORD = r"(?:" + "|".join([*_UNITS, *_TENS, *_SCALES, *_VAGUE]) + r")\b"
_DIGITS = r"\d[\d,]*(?:\.\d+)?(?!,?\d)\s?[kK]?\b"
# "a couple of hundred", "three-hundred-odd", "nine thousand two hundred", "1,200"
_NUMBER = (
    rf"(?:{_DIGITS}|(?:an? )?{_WORD}(?:(?:[\s-]+|[\s-]+and[\s-]+|\s+of\s+){_WORD})*)"
    r"(?:[\s-]*(?:odd|ish|(?:and )?something|plus|\+))?"
)
_PLURAL_SCALE = re.compile(r"\b(tens of thousands|hundreds|thousands|dozens)\s+of\b", re.I)
_MORE = r"(?:over|more than|north of|upwards of|above|a bit over|just over|a little over)"
_LESS = r"(?:under|fewer than|less than|south of|just under|below|almost|nearly)"
_APPROX = rf"(?:(?:{_MORE}|{_LESS}|about|around|roughly|approximately|some|close to|maybe|"
_APPROX += r"like|circa|~|only|just|now|currently|still)\s+)*"
PEOPLE = (
    r"(?:people|employees|staff|persons|colleagues|members|folks|workers|heads|humans|souls|"
    r"FTEs?|full-timers|staffers|of us|strong|(?<=-)(?:person|man|employee))"
)
_WE_ARE = (
    r"(?:we're|we are|we were|we've got|we have|there are|there's|there're|we number|"
    r"(?:(?-i:[A-Z])\w+|group|company|whole \w+)(?:'s| is))"
)
_COUNT = rf"({_APPROX})({_NUMBER})"
_PATTERNS = [
    # "three hundred and forty people", "sixty of us", "4,000-strong"
    re.compile(rf"\b{_COUNT}[\s\"”’'-]+(?:(?:full|part)-time\s+)?{PEOPLE}\b", re.I),
    # "we're thirty-five, give or take", "we are 24.", "we're eleven now"
    re.compile(
        rf"\b{_WE_ARE}\s+{_COUNT}(?=\s*(?:[.,;:!?)]|$|now\b|in total\b|give or take\b|"
        r"today\b|at the moment\b|all in\b|or so\b|worldwide\b|globally\b|across\b|"
        r"in (?:the )?(?:uk|us|group|company|business|firm|country)\b))",
        re.I,
    ),
    # "employs about 400", "a headcount of 1,200", "a staff of thirty", "company of 80"
    re.compile(
        rf"\b(?:employs?|employing|head-?count (?:of|is|was|is now|sits at|stands at)|staff of|"
        rf"workforce of|company of|(?:team|crew|firm|studio|practice|business|outfit|agency) of|"
        rf"organi[sz]ation of|total of|in total,?|altogether,?|all in,?)\s+{_COUNT}",
        re.I,
    ),
]
# People counted for something other than the company's size: "we hired ten people", "five
# people have their hands in it", "three people left".
_EVENT_BEFORE = re.compile(
    r"\b(?:hired|hire|hiring|recruited|recruiting|interviewed|lost|let go|laid off|fired|"
    r"onboarded|trained|promoted|met|meet|saw|seen|know|knew|talked to|spoke to)\s+"
    r"(?:(?:only|just|about|maybe)\s+)?(?:\w+\s+)?$",
    re.I,
)
_EVENT_AFTER = re.compile(
    r"^\s*(?:have|had|has) (?:their|a) hands\b|^\s*(?:applied|left|quit|resigned|joined|"
    r"signed|sign|were (?:let go|made redundant|hired|laid off)|got (?:hired|promoted)|"
    r"wanted|voted|argued|disagreed|thought|said|objected)\b",
    re.I,
)
_FILLER = (
    r"(?:(?:um+|uh+|er+m?|like|oh|well|so|hmm+|honestly|i think|i'd say|gosh|ooh|"
    r"(?:the )?whole lot of us|all of us|every one of us|everyone|everybody),?\s+)*"
)
_ANSWER = re.compile(rf"^\W*{_FILLER}{_COUNT}(?=\W|$)", re.I)
_ANSWER_SCALE = re.compile(
    rf"^\W*{_FILLER}(?:(?:many|several|a few) )?(tens of thousands|thousands|hundreds)\b", re.I
)
_SCALE_SIZE = {"tens of thousands": 20000, "hundreds": 200, "thousands": 2000}


@dataclass(frozen=True)
class Headcount:
    """A stated number of people and where it sits in its sentence."""

    count: int
    start: int


def words_to_int(phrase: str) -> int | None:
    """'four thousand two hundred' -> 4200; 'a couple of hundred' -> 200; '4.2k' -> 4200."""
    cleaned = re.sub(r"[\s-]*(odd|ish|(and )?something|plus|\+)$", "", phrase.lower().strip())
    cleaned = cleaned.replace(",", "").strip()
    digits = re.fullmatch(r"(\d+(?:\.\d+)?)\s?(k?)", cleaned)
    if digits:
        value = float(digits.group(1)) * (1000 if digits.group(2) else 1)
        return int(value)
    total, current, seen = 0, 0, False
    for word in re.split(r"[\s-]+", cleaned):
        if word in ("a", "an", "and", "of"):
            continue
        seen = True
        if word in _UNITS:
            current += _UNITS.index(word)
        elif word in _TENS:
            current += (_TENS.index(word) + 2) * 10
        elif word in _VAGUE:
            current += _VAGUE[word]
        elif word in ("thousand", "million"):
            total += max(current, 1) * _SCALES[word]
            current = 0
        elif word == "hundred":
            current = max(current, 1) * 100
        else:
            return None
    return total + current if seen else None


def _adjusted(approx: str, count: int) -> int:
    """'over 500' is more than 500; 'just under 50' is less than 50."""
    if re.search(rf"\b{_MORE}\s*$", approx, re.I):
        return count + 1
    if re.search(rf"\b{_LESS}\s*$", approx, re.I):
        return count - 1
    return count


def headcounts(text: str) -> list[Headcount]:
    """Every head-count stated in `text`, with its position."""
    found: dict[int, Headcount] = {}
    spans: list[tuple[int, int]] = []  # one head-count per stretch of text
    for match in _PLURAL_SCALE.finditer(text):  # "hundreds of staff", "thousands of people"
        rest = text[match.end() : match.end() + 40]
        if re.match(rf"\s+(?:\w+\s+)?{PEOPLE}\b", rest, re.I):
            size = _SCALE_SIZE.get(match.group(1).lower(), 24)
            found[match.start()] = Headcount(size, match.start())
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            count = words_to_int(match.group(2))
            start, end = match.span(2)  # "one of us" is a person, not a head-count
            event = _EVENT_BEFORE.search(text[: match.start()]) or _EVENT_AFTER.search(
                text[match.end() :]
            )
            if event:
                continue
            if count and count > 1 and not any(s < end and start < e for s, e in spans):
                spans.append((start, end))
                found[start] = Headcount(_adjusted(match.group(1), count), start)
    return sorted(found.values(), key=lambda h: h.start)


def answered_count(text: str) -> Headcount | None:
    """A bare number opening an answer to "how many people…?" ("Thirty-four.", "About 60.")."""
    scale = _ANSWER_SCALE.match(text)  # "Tens of thousands, honestly."
    if scale:
        return Headcount(_SCALE_SIZE[scale.group(1).lower()], 0)
    match = _ANSWER.match(text)
    count = words_to_int(match.group(2)) if match else None
    return Headcount(_adjusted(match.group(1), count), 0) if match and count else None


def size_bucket(count: int) -> str:
    """The team_size value for a head-count."""
    if count <= 50:
        return "small"
    return "medium" if count <= 500 else "large"
