"""Phrase families for hierarchy and decision making: fresh sentences."""

from __future__ import annotations

import pytest

from matcha.ai.embedded.culture import extract_culture


def _value(answer: str, dim: str) -> str:
    return extract_culture(f"Interviewer: Go on.\nRay: {answer}").dimension(dim).value


@pytest.mark.parametrize(
    ("answer", "value"),
    [
        ("No managers, just people who own their patch.", "flat"),
        ("You can message the CEO directly and she answers.", "flat"),
        ("There are three layers between me and the top, and it's very formal.", "hierarchical"),
        ("Anything big needs sign-off from my manager's manager, up the chain.", "hierarchical"),
        ("There are team leads, but they're approachable and the door's always open.", "moderate"),
    ],
)
def test_hierarchy(answer: str, value: str) -> None:
    assert _value(answer, "hierarchy") == value


@pytest.mark.parametrize(
    ("answer", "value"),
    [
        ("Each team decides for itself, you don't need permission.", "autonomous"),
        ("It's up to the team how we get there.", "autonomous"),
        ("We keep talking until everyone agrees.", "consensus"),
        ("We decide together as a group.", "consensus"),
        ("The owners decide and we carry it out.", "top_down"),
        ("Decisions are made by senior management and handed down.", "top_down"),
    ],
)
def test_decision_making(answer: str, value: str) -> None:
    assert _value(answer, "decision_making") == value
