"""Values, key traits and red flags: the list fields of culture data."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from matcha.ai.embedded.lexicon import RED_FLAG
from matcha.ai.embedded.text import Sentence, is_negated

MAX_ITEMS = 10

VALUES: dict[str, str] = {
    "transparency": r"\btransparen\w*|\bopen[- ]book\b",
    "ownership": r"\bownership\b|\bown (your|their|the|my|a) (area|work|problem|outcomes?)\b",
    "bias for action": r"\bbias (for|towards?) action\b",
    "customer obsession": r"\bcustomer[- ](obsess\w*|first|focus\w*|centric)",
    "integrity": r"\bintegrity\b",
    "accountability": r"\baccountab\w*",
    "honesty": r"\bhonest(y)?\b",
    "candor": r"\bcandou?r\b|\bcandid\b",
    "curiosity": r"\bcurio(sity|us)\b",
    "craftsmanship": r"\bcraftsmanship\b",
    "sustainability": r"\bsustainability\b",
    "kindness": r"\bkindness\b",
    "empathy": r"\bempath(y|etic)\b",
    "inclusion": r"\binclusi(on|ve)\b|\bdiversity\b",
    "continuous learning": r"\bcontinuous learning\b|\bgrowth mindset\b",
    "patient safety": r"\bpatient safety\b",
    "reliability": r"\breliab(ility|le)\b|\bdependab(ility|le)\b",
    "respect for process": r"\brespect for (process|procedures)\b",
    "attention to detail": r"\battention to detail\b|\bdetail[- ]oriented\b",
    "resilience": r"\bresilien(ce|t)\b",
    "passion": r"\bpassion(ate)?\b",
    "stability": r"\bstability\b",
    "innovation": r"\binnovat(ion|ive)\b",
    "trust": r"\btrust\b",
    "autonomy": r"\bautonomy\b",
    "teamwork": r"\bteam ?work\b",
}
_VALUE_PATTERNS = {name: re.compile(p, re.IGNORECASE) for name, p in VALUES.items()}
_WE_VALUE = re.compile(r"\b(?:we|i|company|team)\s+(?:also\s+)?values?\s+([^.;:!?]+)", re.I)
_PEOPLE = re.compile(r"\b(people|someone|anyone|candidates|those)\b", re.IGNORECASE)
_SPLIT = re.compile(r",|\band\b|&", re.IGNORECASE)
_VALUE_END = re.compile(r"\b(above|more than|over|most|first|because|since|that)\b", re.IGNORECASE)
_STOPWORDS = {"that", "this", "it", "them", "everything", "else", "things", "people", "what", "you"}

TRAITS_BY_VALUE: dict[tuple[str, str], str] = {
    ("collaboration_style", "highly_collaborative"): "enjoys close teamwork",
    ("collaboration_style", "independent"): "works well independently",
    ("communication", "async_first"): "strong written communicator",
    ("communication", "sync_heavy"): "comfortable with frequent meetings",
    ("pace", "fast_startup"): "comfortable with ambiguity and fast change",
    ("pace", "steady"): "consistent and dependable",
    ("pace", "slow_methodical"): "careful and methodical",
    ("hierarchy", "flat"): "self-directed without close management",
    ("hierarchy", "hierarchical"): "respects structure and process",
    ("decision_making", "autonomous"): "takes ownership of decisions",
    ("decision_making", "consensus"): "builds consensus",
    ("decision_making", "top_down"): "executes well on clear direction",
    ("work_life_balance", "demanding"): "thrives under deadline pressure",
    ("growth_focus", "skill_development"): "continuous learner",
    ("growth_focus", "promotion_track"): "career-driven",
}
_TRAIT_WORDS = re.compile(
    r"\b(self-starter|detail-oriented|adaptable|dependable|curious|resilient|pragmatic|"
    r"proactive|humble|comfortable with ambiguity)\b",
    re.IGNORECASE,
)


def canonical_value(phrase: str) -> str | None:
    """The lexicon value a phrase names, if any."""
    for name, pattern in _VALUE_PATTERNS.items():
        if pattern.search(phrase):
            return name
    return None


def _clean_phrase(raw: str) -> str | None:
    words = re.sub(r"^(the|a|an|our|their|my)\s+", "", raw.strip().lower()).split()
    if not 1 <= len(words) <= 3 or not all(w.isalpha() and w not in _STOPWORDS for w in words):
        return None
    return " ".join(words)


def find_values(items: Sequence[Sentence]) -> list[str]:
    """Values named in the sentences: lexicon terms plus 'we value X and Y' phrases."""
    found: list[str] = []
    for sentence in items:
        text = sentence.text
        if flag := RED_FLAG.search(text):  # keep only what precedes the "who won't fit" clause
            people = list(_PEOPLE.finditer(text[: flag.start()]))
            text = text[: people[-1].start()] if people else ""
        hits: list[tuple[int, str]] = []
        for name, pattern in _VALUE_PATTERNS.items():
            match = pattern.search(text)
            if match and not is_negated(text, match.start()):
                hits.append((match.start(), name))
        for match in _WE_VALUE.finditer(text):
            listed = _VALUE_END.split(match.group(1))[0]
            for part in _SPLIT.split(listed):
                phrase = canonical_value(part) or _clean_phrase(part)
                if phrase:
                    hits.append((match.start(1) + match.group(1).find(part.strip()), phrase))
        for _, name in sorted(hits):
            if name not in found:
                found.append(name)
    return found[:MAX_ITEMS]


def traits(values: Mapping[str, str], items: Sequence[Sentence]) -> list[str]:
    """Traits a candidate needs here: implied by the culture values plus ones named outright."""
    out = [t for key, t in TRAITS_BY_VALUE.items() if values.get(key[0]) == key[1]]
    for sentence in items:
        for match in _TRAIT_WORDS.finditer(sentence.text):
            trait = match.group(1).lower()
            if trait not in out and not is_negated(sentence.text, match.start()):
                out.append(trait)
    return out[:MAX_ITEMS]


def _flag_phrase(text: str) -> str:
    """The who-or-what of a red-flag sentence, e.g. 'people who need constant direction'."""
    match = RED_FLAG.search(text)
    assert match is not None
    before = text[: match.start()].strip(" ,;")
    after = text[match.end() :].strip(" .!,;")
    if re.search(r"tolerate$", match.group(0), re.IGNORECASE) and after:
        phrase = after
    elif cond := re.match(r"^(?:and |but )?if you (.+?),", text, re.IGNORECASE):
        phrase = "people who " + cond.group(1)
    else:
        people = list(_PEOPLE.finditer(before))
        phrase = before[people[-1].start() :] if people else before
    phrase = re.sub(r"\s+(is|are)( an?)?$", "", phrase, flags=re.IGNORECASE)
    phrase = re.sub(r"^(and|but|also|so)\s+", "", phrase, flags=re.IGNORECASE).strip()
    phrase = re.sub(r"(\s+(probably|really|also|might|may|could|would|will))+$", "", phrase)
    return phrase[:1].lower() + phrase[1:200] if phrase else text[:200]


def red_flags(items: Sequence[Sentence]) -> list[str]:
    """Who or what the company says will not fit, as short phrases."""
    out: list[str] = []
    for sentence in items:
        if RED_FLAG.search(sentence.text):
            phrase = _flag_phrase(sentence.text)
            if phrase and phrase not in out:
                out.append(phrase)
    return out[:MAX_ITEMS]
