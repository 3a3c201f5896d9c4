"""Phrase families for collaboration, communication and pace: fresh sentences."""

from __future__ import annotations

import pytest

from matcha.ai.embedded.culture import extract_culture


def _value(answer: str, dim: str) -> str:
    return extract_culture(f"Interviewer: Go on.\nRay: {answer}").dimension(dim).value


@pytest.mark.parametrize(
    ("answer", "value"),
    [
        (
            "We pair on almost everything and review each other's work daily.",
            "highly_collaborative",
        ),
        ("Nobody works alone here.", "highly_collaborative"),
        ("I mostly work on my own; each analyst owns a set of accounts.", "independent"),
        ("It's a mix of solo work and regular sessions with the team.", "mixed"),
    ],
)
def test_collaboration(answer: str, value: str) -> None:
    assert _value(answer, "collaboration_style") == value


@pytest.mark.parametrize(
    ("answer", "value"),
    [
        ("Everything is written down and people answer within a few hours.", "async_first"),
        ("We rarely have meetings; decisions live in design docs.", "async_first"),
        ("Lots of meetings, and a stand-up every morning.", "sync_heavy"),
        ("A balance of calls and written updates, roughly half and half.", "balanced"),
    ],
)
def test_communication(answer: str, value: str) -> None:
    assert _value(answer, "communication") == value


@pytest.mark.parametrize(
    ("answer", "value"),
    [
        ("We deploy several times a day and priorities change weekly.", "fast_startup"),
        ("It's a sustainable pace, same rhythm every sprint.", "steady"),
        ("Every change takes months of validation and review.", "slow_methodical"),
    ],
)
def test_pace(answer: str, value: str) -> None:
    assert _value(answer, "pace") == value
