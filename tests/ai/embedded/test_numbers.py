from __future__ import annotations

import pytest

from matcha.ai.embedded.numbers import answered_count, headcounts, size_bucket, words_to_int


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("forty-two", 42),
        ("three hundred and six", 306),
        ("a couple of hundred", 200),
        ("a few hundred", 300),
        ("eleven hundred", 1100),
        ("two thousand five hundred", 2500),
        ("1,250", 1250),
        ("3.5k", 3500),
        ("seventy-odd", 70),
        ("a dozen", 12),
    ],
)
def test_words_to_int(phrase: str, value: int) -> None:
    assert words_to_int(phrase) == value


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("We're about forty people in total.", 40),
        ("There are roughly ninety of us now.", 90),
        ("The firm has just under two thousand staff.", 1999),
        ("We're north of 3,000 employees.", 3001),
        ("We're eleven now, after the last hire.", 11),
        ("It employs some 650 people.", 650),
        ("Tens of thousands of employees worldwide.", 20000),
        ("The hospital trust is eight thousand-odd staff.", 8000),
        ("Hollin's about four hundred.", 400),
    ],
)
def test_headcounts(text: str, count: int) -> None:
    assert [h.count for h in headcounts(text)] == [count]


@pytest.mark.parametrize(
    "text",
    [
        "Since two thousand nineteen.",
        "It's about five minutes from the station.",
        "We're two years old.",
    ],
)
def test_numbers_that_are_not_headcounts(text: str) -> None:
    assert headcounts(text) == []


def test_a_bare_number_answering_how_many() -> None:
    found = answered_count("About eighty. More in summer.")
    assert found is not None and found.count == 80


def test_size_buckets() -> None:
    assert [size_bucket(n) for n in (50, 51, 500, 501)] == ["small", "medium", "medium", "large"]


@pytest.mark.parametrize(
    "text",
    [
        "One of us takes the phones while the others pack.",
        "If one of us is off sick, the rest cover.",
    ],
)
def test_one_person_is_not_a_headcount(text: str) -> None:
    assert headcounts(text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Our head-count is about 80.", 80),
        ("We're a couple of thousand worldwide.", 2000),
        ("We're forty-odd across the UK.", 40),
        ("She works at a 25-person design studio.", 25),
        ("It's a 400-employee business.", 400),
        ("We're a team of eight in a shared office.", 8),
    ],
)
def test_more_ways_to_state_a_headcount(text: str, count: int) -> None:
    assert [h.count for h in headcounts(text)] == [count]


@pytest.mark.parametrize(
    ("text", "count"),
    [("Like, uh, fifteen?", 15), ("Um, tens of thousands.", 20000), ("Hundreds, I think.", 200)],
)
def test_answers_with_fillers_and_plural_scales(text: str, count: int) -> None:
    answer = answered_count(text)
    assert answer is not None and answer.count == count


@pytest.mark.parametrize(
    "text",
    [
        "We hired twelve people last spring.",
        "About six people have their hands in every release.",
        "Two people quit in March.",
        "It ships once all three of us sign.",
    ],
)
def test_people_counted_for_an_event_are_not_a_headcount(text: str) -> None:
    assert headcounts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "I've only met three colleagues face to face.",
        "Four of us wanted to pull the release, the others didn't.",
        "Two of us voted against it.",
    ],
)
def test_people_met_or_taking_a_side_are_not_a_headcount(text: str) -> None:
    assert headcounts(text) == []


def test_people_at_an_event_still_count() -> None:
    assert [h.count for h in headcounts("All forty of us came to the summer party.")] == [40]


def test_an_answer_that_opens_with_all_of_us() -> None:
    found = answered_count("All of us, about sixty.")
    assert found is not None
    assert found.count == 60
