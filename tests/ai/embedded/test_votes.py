"""Votes across a transcript: head-counts, role chains and answers read against questions."""

from __future__ import annotations

from matcha.ai.embedded.culture import extract_culture
from matcha.ai.embedded.votes import _chain_hit


def _size(text: str) -> str:
    return extract_culture(text).dimension("team_size").value


def test_the_company_count_wins_over_a_team_count() -> None:
    text = "Interviewer: Tell me about you.\nLee: My team is eight people, out of about 400 staff."
    assert _size(text) == "medium"


def test_hours_asked_with_how_many_are_not_a_headcount() -> None:
    text = "Interviewer: How many hours do you work?\nLee: Forty-five, roughly."
    assert _size(text) == "unknown"


def test_three_reporting_lines_in_a_sentence_are_a_hierarchy() -> None:
    text = (
        "Recruiter notes: Omar reports to a shift lead, who reports into the unit manager, "
        "who reports to the plant director."
    )
    assert extract_culture(text).dimension("hierarchy").value == "hierarchical"


def test_one_reporting_line_is_only_a_hint() -> None:
    text = "Recruiter notes: Omar reports to the plant director."
    assert extract_culture(text).dimension("hierarchy").value == "unknown"


def test_two_roles_above_someone_are_some_layers() -> None:
    text = "Interviewer: Go on.\nRay: Above me is a shift manager, and above him the owner."
    assert extract_culture(text).dimension("hierarchy").value == "moderate"


def test_a_request_routed_up_is_not_read_as_some_layers() -> None:
    votes = _chain_hit("A refund goes to my supervisor, then the store manager.")
    assert votes == {}


def test_how_fast_a_decision_is_made_is_not_the_pace_of_work() -> None:
    text = "Interviewer: How do you decide what to build?\nRay: Together, and slowly."
    culture = extract_culture(text)
    assert culture.dimension("pace").value == "unknown"
    assert culture.dimension("decision_making").value == "consensus"


def test_the_pace_question_still_reads_slowly() -> None:
    text = "Interviewer: How fast do decisions move here?\nRay: Slowly, on purpose."
    assert extract_culture(text).dimension("pace").value == "slow_methodical"
