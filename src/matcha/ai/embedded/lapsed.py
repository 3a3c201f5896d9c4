"""Licences and certificates the résumé says have lapsed ("RN licence inactive since 2021")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from matcha.ai.embedded.skills import skill_mentions
from matcha.ai.embedded.vocab import CREDENTIALS

MARK = " (lapsed)"  # "Registered Nurse (lapsed)": shown beside the skill, meets no requirement
LAPSED = re.compile(
    r"\b(?:lapsed|expired|inactive|not (?:renewed|current|active)|"
    r"no longer (?:active|current|valid)|"
    r"exp(?:ired|ires|\.)?:?\s+(?:\d{1,2}/)?(?P<year>(?:19|20)\d\d))\b",
    re.IGNORECASE,
)
CURRENT = re.compile(r"\b(?:active|current|renewed|valid)\b", re.IGNORECASE)
# A clause: a line, or a part of it between semicolons, bullets or pipes.
_CLAUSES = re.compile(r"[^\n;|•·]+")


def _lapses(clause: str, year: int) -> bool:
    """Whether `clause` says something lapsed ("exp. 2027" is a date still to come)."""
    for match in LAPSED.finditer(clause):
        if match.group("year") is None or int(match.group("year")) < year:
            return True
    return False


def lapsed_credentials(text: str, year: int) -> set[str]:
    """Credentials named only where the text says they lapsed, never where it says current."""
    lapsed: set[str] = set()
    current: set[str] = set()
    for clause in _CLAUSES.finditer(text):
        names = {name for _, name in skill_mentions(clause.group(0)) if name in CREDENTIALS}
        if _lapses(clause.group(0), year):
            lapsed |= names
        elif CURRENT.search(clause.group(0)):
            current |= names
    return lapsed - current


def mark_lapsed(skills: list[str], lapsed: Iterable[str]) -> list[str]:
    """`skills` with a '(lapsed)' twin after each lapsed credential."""
    gone = set(lapsed)
    return [s for skill in skills for s in ([skill, skill + MARK] if skill in gone else [skill])]


def held(skills: Iterable[str]) -> list[str]:
    """Skills less the lapsed credentials and their marks, for requirement matching."""
    skills = list(skills)
    gone = {s.removesuffix(MARK) for s in skills if s.endswith(MARK)}
    return [s for s in skills if s not in gone and not s.endswith(MARK)]
