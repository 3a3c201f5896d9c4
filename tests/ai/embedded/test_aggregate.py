from __future__ import annotations

from matcha.ai.embedded.aggregate import aggregate_culture, merge_phrases, same_phrase
from matcha.ai.embedded.culture import extract_culture
from matcha.ai.schemas import CULTURE_DIMENSIONS, CultureData, Dimension

from ..conftest import demo_text


def _data(pace: str, evidence: int, **lists: list[str]) -> CultureData:
    sentences = [f"Pace sentence {i}." for i in range(evidence)]
    return CultureData(pace=Dimension(value=pace, evidence=sentences), **lists)


def test_votes_are_weighted_by_evidence_count() -> None:
    profile = aggregate_culture([_data("steady", 1), _data("steady", 1), _data("fast_startup", 3)])
    assert profile.pace.value == "fast_startup"
    assert profile.pace.evidence == ["Pace sentence 0.", "Pace sentence 1.", "Pace sentence 2."]


def test_unknown_never_beats_a_known_value() -> None:
    profile = aggregate_culture([_data("unknown", 0), _data("unknown", 0), _data("steady", 1)])
    assert profile.pace.value == "steady"


def test_empty_list_is_all_unknown() -> None:
    profile = aggregate_culture([])
    assert all(profile.dimension(d).value == "unknown" for d in CULTURE_DIMENSIONS)
    assert profile.values == [] and profile.culture_summary == ""


def test_near_duplicates_merge_and_frequency_orders() -> None:
    assert same_phrase("transparency", "Transparency ")
    assert same_phrase("transparency", "transparent")
    assert same_phrase("customer obsession", "Customer  obsessions")
    assert not same_phrase("integrity", "inclusion")
    merged = merge_phrases(
        [["Ownership", "candor"], ["transparency", "ownership"], ["transparent"]]
    )
    assert merged == ["Ownership", "transparency", "candor"]


def test_lists_merge_across_interviews() -> None:
    profile = aggregate_culture(
        [
            _data("steady", 1, values=["Transparency", "ownership"]),
            _data("steady", 1, values=["transparent", "craft"]),
        ]
    )
    assert profile.values == ["Transparency", "ownership", "craft"]


def test_company_profiles_from_fixtures_differ_as_described() -> None:
    lumen = aggregate_culture(
        [
            extract_culture(demo_text(f"transcripts/lumen_culture_{n}.txt"))
            for n in ("founder", "engineer", "designer", "ops")
        ]
    )
    northwind = aggregate_culture(
        [
            extract_culture(demo_text(f"transcripts/northwind_culture_{n}.txt"))
            for n in ("hr", "manager", "analyst", "it_director")
        ]
    )
    assert (lumen.remote_policy.value, northwind.remote_policy.value) == (
        "fully_remote",
        "in_office",
    )
    assert (lumen.hierarchy.value, northwind.hierarchy.value) == ("flat", "hierarchical")
    assert (lumen.decision_making.value, northwind.decision_making.value) == (
        "autonomous",
        "top_down",
    )
    assert lumen.communication.value == "async_first"
    assert northwind.communication.value == "sync_heavy"
    assert "transparency" in lumen.values and "integrity" in northwind.values
    assert lumen.culture_summary != northwind.culture_summary
    assert aggregate_culture([lumen]).remote_policy == lumen.remote_policy
