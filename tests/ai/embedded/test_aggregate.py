from __future__ import annotations

from matcha.ai.embedded.aggregate import aggregate_culture, merge_phrases, same_phrase
from matcha.ai.embedded.culture import extract_culture
from matcha.ai.schemas import CULTURE_DIMENSIONS, CultureData, Dimension

from ..conftest import demo_text


def _data(pace: str, evidence: int, **lists: list[str]) -> CultureData:
    sentences = [f"Pace sentence {i}." for i in range(evidence)]
    return CultureData(pace=Dimension(value=pace, evidence=sentences), **lists)


HYBRID_INTERVIEW = """Interviewer: How does the team work day to day?
Sam: We are hybrid. Everyone is in the office two days a week, Tuesdays and Thursdays, and works \
from home the rest.
Interviewer: Is that fixed?
Sam: Yes, the office days are the same for the whole team so we actually see each other."""


def _remote(value: str, confidence: float | None, evidence: int = 1) -> CultureData:
    sentences = [f"Remote sentence {i}." for i in range(evidence)]
    return CultureData(
        remote_policy=Dimension(value=value, evidence=sentences, confidence=confidence)
    )


def test_a_weak_reading_does_not_flip_a_well_evidenced_value() -> None:
    """Issue 14: a second interview that says the same thing in other words ("Two days a week,
    the rest remote") but was read as fully remote on one weak sentence must not turn a hybrid
    profile fully remote, nor its summary."""
    first = extract_culture(HYBRID_INTERVIEW)
    assert first.remote_policy.value == "hybrid"
    second = CultureData(
        remote_policy=Dimension(
            value="fully_remote", evidence=["Two days a week, the rest remote."], confidence=0.33
        )
    )
    for order in ([first, second], [second, first]):
        profile = aggregate_culture(order)
        assert profile.remote_policy.value == "hybrid"
        assert profile.remote_policy.evidence == first.remote_policy.evidence
        assert "fully remote" not in profile.culture_summary
        assert "hybrid" in profile.culture_summary


def test_two_interviews_outvote_one_of_similar_strength() -> None:
    profile = aggregate_culture(
        [_remote("hybrid", 0.5), _remote("fully_remote", 0.6), _remote("hybrid", 0.45)]
    )
    assert profile.remote_policy.value == "hybrid"
    assert profile.remote_policy.confidence is not None
    alone = aggregate_culture([_remote("hybrid", 0.5), _remote("hybrid", 0.45)])
    assert alone.remote_policy.confidence is not None
    assert profile.remote_policy.confidence < alone.remote_policy.confidence  # dissent lowers it


def test_without_confidence_votes_fall_back_to_evidence_count() -> None:
    profile = aggregate_culture([_data("steady", 1), _data("fast_startup", 3)])
    assert profile.pace.value == "fast_startup"
    assert profile.pace.evidence == ["Pace sentence 0.", "Pace sentence 1.", "Pace sentence 2."]
    majority = aggregate_culture([_data("steady", 1), _data("steady", 1), _data("fast_startup", 3)])
    assert majority.pace.value == "steady"


def test_a_silent_interview_does_not_count_against() -> None:
    one = aggregate_culture([_remote("in_office", 0.6)])
    with_silent = aggregate_culture([_remote("in_office", 0.6), _remote("unknown", None, 0)])
    assert with_silent.remote_policy == one.remote_policy
    assert with_silent.remote_policy.confidence == 0.6


def test_agreeing_interviews_raise_the_confidence() -> None:
    profile = aggregate_culture([_remote("hybrid", 0.5), _remote("hybrid", 0.5)])
    assert profile.remote_policy.confidence == 0.75


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
