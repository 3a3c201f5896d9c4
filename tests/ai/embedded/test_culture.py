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


# Regression cases from issue 14: sentences written fresh, not taken from any eval split.
@pytest.mark.parametrize(
    ("text", "dim", "value"),
    [
        ("Nobody manages anybody here; we sort things out between us.", "hierarchy", "flat"),
        ("You start and stop when it suits you.", "work_life_balance", "flexible"),
        ("Two days a week, the rest remote.", "remote_policy", "hybrid"),
        ("The leads listen, then the leads and the CTO decide.", "decision_making", "top_down"),
        # the company's own head-count wins over a team's
        ("My team is nine engineers; the company is roughly sixty of us.", "team_size", "medium"),
        ("We're a couple of hundred people; my own team is six engineers.", "team_size", "medium"),
    ],
)
def test_issue_regressions(text: str, dim: str, value: str) -> None:
    assert _value(f"Interviewer: Tell me about it.\nMo: {text}", dim) == value


@pytest.mark.parametrize(
    "answer",
    [
        "No office anywhere. We've got people in five countries.",  # (the old cues had this one)
        "None anywhere, we never had an office. We've got people in five countries.",
    ],
)
def test_no_office_anywhere_is_fully_remote_in_a_timestamped_transcript(answer: str) -> None:
    text = (
        "[00:01:02] Interviewer: Most of our candidates like being in the office.\n"
        "[00:01:05] Interviewer: Do you all work in the office?\n"
        f"[00:01:09] Nadia: {answer}"
    )
    assert _value(text, "remote_policy") == "fully_remote"


def test_everyone_on_site_is_never_fully_remote() -> None:
    text = (
        "[00:02:00] Interviewer: Loads of firms went fully remote. Is that you?\n"
        "[00:02:04] Joss: No. Everyone's on site, the machines don't come home with you.\n"
        "[00:02:10] Interviewer: Even the office staff?\n"
        "[00:02:12] Joss: Them too, they come in every day."
    )
    assert _value(text, "remote_policy") == "in_office"


def test_timestamped_speakers_and_a_short_no() -> None:
    text = (
        "[00:03:10] Interviewer: Is the place pretty flat?\n"
        "[00:03:12] Priya: No, not really. There's a head of department over my manager, "
        "and a director over her, and then the board.\n"
        "[00:03:30] Interviewer: And do people work from home?\n"
        "[00:03:31] Priya: No, not at all."
    )
    culture = extract_culture(text)
    assert culture.hierarchy.value != "flat"
    assert culture.remote_policy.value == "in_office"
    assert culture.remote_policy.evidence == ["No, not at all."]


def test_former_employer_client_and_plans_do_not_count() -> None:
    text = (
        "Q: What are the hours like?\n"
        "A: At my old agency we worked every weekend and late nights, it was intense. "
        "Here it's steady.\n"
        "Q: Where do you work?\n"
        "A: We're in the office every day. Next year we might go fully remote, who knows.\n"
        "Q: How are decisions made?\n"
        "A: Some of our clients are very top-down, the boss decides everything. "
        "For us, we talk it through until everyone agrees."
    )
    culture = extract_culture(text)
    assert culture.work_life_balance.value == "unknown"
    assert culture.remote_policy.value == "in_office"
    assert culture.decision_making.value == "consensus"


def test_recruiter_summary_without_speakers_counts_as_reported_speech() -> None:
    text = (
        "Call notes: Orchid Labs\n"
        "Spoke with: Ben, lab manager\n"
        'Size: he put it at "just under two thousand staff" across four sites.\n'
        "Working pattern: she said the team is in the lab three days a week and writes up "
        "at home on the other days.\n"
        "Structure: many layers; anything over budget goes up the chain for sign-off."
    )
    culture = extract_culture(text)
    assert culture.team_size.value == "large"
    assert culture.remote_policy.value == "hybrid"
    assert culture.hierarchy.value == "hierarchical"


def test_company_headcount_wins_over_a_team_headcount() -> None:
    text = (
        "Interviewer: How big is it?\n"
        "Ola: My squad is six engineers, but the company is north of 3,000 employees."
    )
    assert _value(text, "team_size") == "large"


def test_hedged_single_hint_is_weaker_than_a_plain_statement() -> None:
    text = "Interviewer: Pace?\nKai: Maybe it's a bit slow sometimes. We ship every week though."
    assert _value(text, "pace") == "fast_startup"


def test_one_passing_hint_decides_nothing_but_two_do() -> None:
    once = "Interviewer: How was Tuesday?\nSam: Fine. I had a meeting with a supplier."
    assert _value(once, "communication") == "unknown"
    twice = (
        "Interviewer: How was Tuesday?\n"
        "Sam: Fine. I had a meeting with a supplier. Then more meetings after lunch."
    )
    assert _value(twice, "communication") == "sync_heavy"


def test_a_short_reply_outweighs_a_hint_in_the_same_words() -> None:
    # "calm" alone is a hint; as the answer to "What's the pace like?" it states the pace.
    assert _value("Interviewer: What's the pace like?\nSam: Calm.", "pace") == "steady"


def test_only_weak_hints_decide_nothing() -> None:
    # "in the lab" and "sit together" (0.5 each) add up, but neither states a policy.
    text = (
        "Interviewer: Go on.\nSam: I run my tests in the lab. On Fridays we sit together for lunch."
    )
    assert _value(text, "remote_policy") == "unknown"
