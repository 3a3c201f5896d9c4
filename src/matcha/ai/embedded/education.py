"""Degree lines ("BA Interaction Design, UdK Berlin, 2019") parsed into Education entries."""

from __future__ import annotations

import re

from matcha.ai.schemas import Education

# Abbreviations are matched case-sensitively ("MA", not "ma"); words case-insensitively.
_ABBREV = (
    r"Ph\.?\s?D\.?|D\.?Phil\.?|M\.?B\.?A\.?|M\.?\s?Sc\.?|M\.?S\.?|M\.?A\.?|M\.?Eng\.?|M\.?Phil\.?|"
    r"MRes|LL\.?M\.?|M\.?Tech\.?|M\.?Ed\.?|MPH|MFA|MSN|MPA|B\.?\s?Sc\.?|B\.?S\.?|B\.?A\.?|"
    r"B\.?Eng\.?|BASc|B\.?Tech\.?|B\.?E\.?|BBA|B\.?Com\.?|BFA|BSN|LL\.?B\.?|B\.?Ed\.?|HND|HNC|"
    r"PGDE|PGCE|PGDip|GED|A\.?A\.?S\.?|ADN|ASN|AAS"
)
_WORDS = (
    r"(?:bachelor|master|doctor|associate)(?:'?s)?\s+of\s+(?-i:[A-Z][\w-]*(?:\s+and\s+|\s+)?){1,3}|"
    r"(?:(?:single|multiple)\s+subject\s+)?teaching\s+credential|"
    r"(?:bachelor|master)'?s?(?:\s+degree)?|doctorate|associate\s+degree|"
    r"(?:advanced\s+|postgraduate\s+|graduate\s+|higher\s+national\s+)?diploma|certificate|"
    r"abitur|licence|licenciatura|baccalaur[ée]at(?:\s+[A-Z]{1,3}\b)?|diplom(?:-ingenieur)?|"
    r"dipl\.-ing\.|magister|matura|bacharelado|ingenier[ií]a|cand\.\s?\w+\."
)
DEGREE = re.compile(rf"(?<![\w.])(?:(?:{_ABBREV})(?=[\s,(—–|:]|$)|(?i:{_WORDS}))")
INSTITUTION = re.compile(
    r"\b(university|universit[éeyàä]t?|universidad|universidade|università|college|institute|"
    r"institut|instituto|school|polytechnic|polit[ée]cnico|tecnol[óo]gico|hochschule|academy|"
    r"akademie|[ée]cole|escuela|lyc[ée]e|gymnasium|conservatoire|conservatory|TU|ETH|EPFL|IIT|"
    r"UCL|MIT)\b",
    re.IGNORECASE,
)
YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
_SEPARATORS = re.compile(r"\s+[—–|·-]\s+|,|;|\s{3,}|\t")
_NOISE = re.compile(r"\((?:hons?|honours|honors|[^)]*\d[^)]*)\)|\bwith honou?rs\b", re.I)
_LEAD = re.compile(r"^(?:in|en|em|of|de|im|in the)\s+", re.IGNORECASE)


STUDYING = re.compile(r"\b(?:enrolled|pursuing|completing|studying)\b", re.IGNORECASE)
# A full stop that ends a sentence, not an abbreviation's ("B.Sc. Physics", "St. Mary's").
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)]{2})\.\s+(?=[A-Z])")
WRAPPED_WORDS = 12  # a longer line not ending a sentence runs on into the next


def sentences(line: str, following: str | None = None) -> list[str]:
    """`line` in sentences, a wrapped last sentence completed from the `following` line."""
    text = line
    if following and len(line.split()) > WRAPPED_WORDS and not line.rstrip().endswith((".", ":")):
        text = f"{line} {following.split('. ')[0]}"
    return [part for part in _SENTENCE_END.split(text) if part.strip()]


def degree_in(line: str) -> re.Match[str] | None:
    """The degree named in `line`, if any."""
    return DEGREE.search(line)


def is_degree_line(line: str, *, in_section: bool) -> bool:
    """A line naming a degree: anywhere in an education section; elsewhere it must start a part
    of the line and come with an institution or a year ("MS Excel" is not a degree)."""
    match = degree_in(line)
    if not match:
        return False
    if in_section:
        return True
    lead = re.sub(r"^[A-Z]{2,6}\s{2,}", "", line[: match.start()])  # "EDU   MSc …"
    starts_part = (
        not re.sub(r"[\s*•·\-–—0-9]", "", lead)
        or bool(re.search(r"[,;:—–|]\s*$", lead))
        or bool(STUDYING.search(lead))  # "I am enrolled in the RN-to-BSN program at …"
    )
    return starts_part and bool(INSTITUTION.search(line) or YEAR.search(line))


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" ,;:.-—–|·")


def _unbracketed(text: str) -> str:
    """`text` without its parentheses (and an unclosed one's tail)."""
    return _clean(re.sub(r"\([^)]*\)?", " ", text))


def parse_degree(line: str, neighbour: str | None = None) -> Education | None:
    """One Education from a degree line; `neighbour` names the institution when the line does
    not (LinkedIn puts the school on the line above the degree)."""
    years = YEAR.findall(line)
    text = YEAR.sub("", _NOISE.sub("", line))
    text = re.sub(r"\(\s*[-–—\s]*\s*\)", " ", text)
    match = degree_in(text)
    if not match:
        return None
    head, tail = text[: match.start()], text[match.end() :]
    degree = " ".join(match.group(0).split())
    parts = [_clean(p) for p in _SEPARATORS.split(tail)]
    first = parts[0] if parts else ""
    rest = [p for p in parts[1:] if p]
    # A parenthesis right after the degree is its field ("PGDE (Primary)") or a gloss ("(MSc)").
    gloss = re.match(r"\s*\(([^)]*)\)", tail)
    field: str | None = None
    if of := re.match(r"(bachelor|master|doctor)'?s?\s+of\s+(.+)", degree, re.I):
        field = of.group(2).strip()
    first = _LEAD.sub("", _unbracketed(first))
    if first and not INSTITUTION.search(first):
        field = first
    elif gloss and not degree_in(gloss.group(1)) and not INSTITUTION.search(gloss.group(1)):
        field = _clean(gloss.group(1).strip("()"))
    lead_words = _clean(re.sub(r"^\W*(?:education|edu)\b", "", head, flags=re.I))
    lead_words = _unbracketed(lead_words)
    if not field and lead_words and not INSTITUTION.search(lead_words):
        field = lead_words  # "UX Design Certificate": the field comes first
    school_named = bool(neighbour and INSTITUTION.search(neighbour))
    named_after = school_named or any(INSTITUTION.search(p) for p in rest[1:])
    if not field and not first and rest and not INSTITUTION.search(rest[0]) and named_after:
        field = rest.pop(0)  # "Bachelor's degree, Nursing, <school>"
    if field and (in_match := re.search(r"\b(?:in|en)\s+([A-Z].*)", field)):
        field = in_match.group(1)
    if first and INSTITUTION.search(first):
        rest.insert(0, first)
    institution = next((p for p in rest if INSTITUTION.search(p)), None)
    if institution is None:
        place = [p for p in rest if not re.search(r"\d|hours|thesis|first|distinction", p, re.I)]
        if neighbour and school_named:
            institution = _clean(neighbour)
        elif place:
            institution = place[0]
    if institution:
        institution = _unbracketed(institution)
    return Education(
        degree=degree,
        field=_clean(field) or None if field else None,
        institution=institution or None,
        year=int(years[-1]) if years else None,
    )
