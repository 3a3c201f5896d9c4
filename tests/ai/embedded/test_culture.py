from __future__ import annotations

import pytest

from matcha.ai.embedded.culture import extract_culture
from matcha.ai.schemas import CULTURE_DIMENSIONS, CultureData

from ..conftest import demo_text, expected_labels

LABELS = expected_labels()


@pytest.mark.parametrize("name", sorted(LABELS))
def test_labelled_dimensions_match_hand_labels(name: str) -> None:
    culture = extract_culture(demo_text(f"transcripts/{name}"))
    got = {dim: culture.dimension(dim).value for dim in LABELS[name]["stated"]}
    assert got == LABELS[name]["stated"]


@pytest.mark.parametrize("name", sorted(LABELS))
def test_unstated_dimensions_are_unknown_without_evidence(name: str) -> None:
    culture = extract_culture(demo_text(f"transcripts/{name}"))
    for dim in LABELS[name]["unstated"]:
        assert culture.dimension(dim).value == "unknown", dim
        assert culture.dimension(dim).evidence == []


@pytest.mark.parametrize("name", sorted(LABELS))
def test_evidence_is_verbatim_and_bounded(name: str) -> None:
    text = demo_text(f"transcripts/{name}")
    culture = extract_culture(text)
    for dim in CULTURE_DIMENSIONS:
        evidence = culture.dimension(dim).evidence
        assert len(evidence) <= 5
        for sentence in evidence:
            assert sentence in text and sentence == sentence.strip()
        assert bool(evidence) == (culture.dimension(dim).value != "unknown")


def _value(text: str, dim: str) -> str:
    return extract_culture(text).dimension(dim).value


@pytest.mark.parametrize(
    ("text", "dim", "value"),
    [
        ("We are not hierarchical at all.", "hierarchy", "flat"),
        ("We are very hierarchical.", "hierarchy", "hierarchical"),
        ("There's no micromanagement here.", "decision_making", "autonomous"),
        ("We don't do meetings; we write everything down.", "communication", "async_first"),
        ("We have no office at all.", "remote_policy", "fully_remote"),
        ("We don't offer remote work.", "remote_policy", "in_office"),
        ("We are not a startup.", "pace", "steady"),
        ("We take time to get it right rather than rushing.", "pace", "slow_methodical"),
    ],
)
def test_negation_points_the_other_way(text: str, dim: str, value: str) -> None:
    assert _value(f"Interviewer: Tell me more.\nSam: {text}", dim) == value


def test_negated_cue_without_an_opposite_counts_for_nothing() -> None:
    culture = extract_culture("Nobody expects you to work weekends.")
    assert culture.work_life_balance.value == "unknown"


def test_red_flag_sentences_point_away_from_their_cue() -> None:
    culture = extract_culture("People who want to work from home full time would be unhappy here.")
    assert culture.remote_policy.value == "in_office"
    assert culture.red_flags_for_candidates == ["people who want to work from home full time"]


def test_interviewer_questions_are_not_evidence() -> None:
    text = (
        "Interviewer: Is this a fully remote, flat, fast-paced startup?\n"
        "Kim: We're in the office five days a week."
    )
    culture = extract_culture(text)
    assert culture.remote_policy.value == "in_office"
    assert culture.hierarchy.value == "unknown"
    assert culture.pace.value == "unknown"


def test_empty_transcript_is_all_unknown() -> None:
    culture = extract_culture("")
    assert all(culture.dimension(d).value == "unknown" for d in CULTURE_DIMENSIONS)


def test_values_traits_red_flags_and_summary() -> None:
    text = demo_text("transcripts/lumen_culture_founder.txt")
    culture = extract_culture(text)
    assert {"transparency", "ownership", "bias for action"} <= set(culture.values)
    assert "people who need constant direction" in culture.red_flags_for_candidates
    assert "people who hide bad news" in culture.red_flags_for_candidates
    assert "takes ownership of decisions" in culture.key_traits
    summary = culture.culture_summary
    assert "fully remotely" in summary and "transparency" in summary
    assert 2 <= summary.count(". ") + 1 <= 3
    assert summary not in text


def test_we_value_phrases_outside_the_lexicon() -> None:
    culture = extract_culture("Jo: We value frugality and ownership.")
    assert culture.values == ["frugality", "ownership"]


def test_headcount_in_words_sets_team_size() -> None:
    assert _value("Ana: We have about four thousand two hundred employees.", "team_size") == "large"
    assert _value("Ana: There are eight of us.", "team_size") == "small"
    assert _value("Ana: About one hundred and forty people.", "team_size") == "medium"


def test_blend_of_two_strong_values() -> None:
    text = (
        "Li: We have a promotion framework with clear levels.\n"
        "Li: Promotions happen twice a year.\n"
        "Li: Everyone also gets a training budget and a mentor."
    )
    assert _value(text, "growth_focus") == "both"


def test_deterministic_and_schema_valid() -> None:
    text = demo_text("transcripts/harbor_health_culture.txt")
    first, second = extract_culture(text), extract_culture(text)
    assert first == second
    assert CultureData.model_validate(first.model_dump()) == first
