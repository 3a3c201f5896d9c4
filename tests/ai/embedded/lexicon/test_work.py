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


@pytest.mark.parametrize(
    ("answer", "value"),
    [
        ("We're in each other's pockets all week.", "highly_collaborative"),
        ("Every bid is a group effort.", "highly_collaborative"),
        ("When a delivery lands everybody piles in.", "highly_collaborative"),
        ("You can't do a wedding cake alone.", "highly_collaborative"),
        ("We lean on each other a lot.", "highly_collaborative"),
        ("You're left to get on with it.", "independent"),
        ("We're a bunch of lone wolves, honestly.", "independent"),
        ("Each adviser has their own caseload.", "independent"),
        ("Most days I'm alone with my code.", "independent"),
        ("We don't really work together; everyone has their patch.", "independent"),
    ],
)
def test_collaboration_phrase_families(answer: str, value: str) -> None:
    assert _value(answer, "collaboration_style") == value


def test_on_my_own_roof_is_not_working_alone() -> None:
    assert _value("I'd put panels on my own roof if I could.", "collaboration_style") == "unknown"


@pytest.mark.parametrize(
    ("answer", "value"),
    [
        ("It's a sprint that never ends.", "fast_startup"),
        ("Priorities flip every time a big customer rings.", "fast_startup"),
        ("It's a marathon, not a sprint.", "steady"),
        ("There's a steady flow of jobs, a dozen a week.", "steady"),
    ],
)
def test_pace_phrase_families(answer: str, value: str) -> None:
    assert _value(answer, "pace") == value


def test_a_deliberate_mix_is_not_a_slow_pace() -> None:
    assert _value("They chose a deliberate mix of calls and notes.", "pace") == "unknown"


@pytest.mark.parametrize(
    ("answer", "value"),
    [
        ("We barely see each other, to be honest.", "independent"),
        ("Everyone just does their own thing.", "independent"),
        ("On that site I'm a one-man band.", "independent"),
    ],
)
def test_more_independent_phrases(answer: str, value: str) -> None:
    assert _value(answer, "collaboration_style") == value


def test_everything_needed_yesterday_is_fast() -> None:
    assert _value("Everything's needed yesterday.", "pace") == "fast_startup"


@pytest.mark.parametrize(
    ("answer", "dim", "value"),
    [
        ("We're always bouncing ideas around.", "collaboration_style", "highly_collaborative"),
        ("Mostly I'm left to my own devices.", "collaboration_style", "independent"),
        (
            "I've got my own clients and nobody else touches them.",
            "collaboration_style",
            "independent",
        ),
        ("It's the same work week in, week out.", "pace", "steady"),
    ],
)
def test_more_work_phrases(answer: str, dim: str, value: str) -> None:
    assert _value(answer, dim) == value


def test_everybody_helps_everybody() -> None:
    answer = "Everybody helps everybody here."
    assert _value(answer, "collaboration_style") == "highly_collaborative"


@pytest.mark.parametrize(
    ("answer", "dim"),
    [
        ("We ran the old and the new system side by side for a month.", "collaboration_style"),
        ("Marking you do in your own time.", "communication"),
    ],
)
def test_phrases_that_are_not_about_people_working(answer: str, dim: str) -> None:
    assert _value(answer, dim) == "unknown"


def test_replies_in_their_own_time_are_async() -> None:
    answer = "People reply to threads in their own time."
    assert _value(answer, "communication") == "async_first"


@pytest.mark.parametrize(
    ("answer", "value"),
    [
        ("Every design goes through a group crit.", "highly_collaborative"),
        ("The work is everyone's and nobody's.", "highly_collaborative"),
        ("Mornings are mine, afternoons are for the team.", "mixed"),
    ],
)
def test_round_three_collaboration_phrases(answer: str, value: str) -> None:
    assert _value(answer, "collaboration_style") == value


@pytest.mark.parametrize(
    ("answer", "value"),
    [
        ("Pretty even keel, no big panics.", "steady"),
        ("Every change goes through two committees.", "slow_methodical"),
    ],
)
def test_round_five_pace_phrases(answer: str, value: str) -> None:
    assert _value(answer, "pace") == value


@pytest.mark.parametrize(
    ("answer", "value"),
    [
        ("We're in and out of each other's drawings all day.", "highly_collaborative"),
        ("There's loads of back and forth with the lab.", "highly_collaborative"),
        ("We whiteboard problems together first.", "highly_collaborative"),
        ("We share everything, files, clients, the lot.", "highly_collaborative"),
        ("It's solitary work, mostly.", "independent"),
        ("People keep to themselves.", "independent"),
        ("I'm the only one who does payroll.", "independent"),
    ],
)
def test_round_six_collaboration_phrases(answer: str, value: str) -> None:
    assert _value(answer, "collaboration_style") == value


@pytest.mark.parametrize(
    ("answer", "value"),
    [
        ("Things move at a hundred miles an hour.", "fast_startup"),
        ("It's a pressure cooker before Christmas.", "fast_startup"),
        ("We turn requests around in hours, not days.", "fast_startup"),
        ("The workload is predictable.", "steady"),
        ("It just ticks along.", "steady"),
        ("Approvals take forever.", "slow_methodical"),
        ("Changing anything is like turning a tanker.", "slow_methodical"),
        ("We're risk-averse, belt and braces.", "slow_methodical"),
    ],
)
def test_round_seven_pace_phrases(answer: str, value: str) -> None:
    assert _value(answer, "pace") == value


def test_a_process_that_can_take_ages_is_not_a_pace() -> None:
    assert _value("The vote can take ages, honestly.", "pace") == "unknown"


def test_organising_alone_is_independent() -> None:
    assert _value("I organise everything alone.", "collaboration_style") == "independent"


@pytest.mark.parametrize(
    ("answer", "value"),
    [
        # How people talk, told as practice rather than named.
        ("Mainly over chat, and I'd never chase anyone for a quick reply.", "async_first"),
        ("Nobody expects a reply until the afternoon, which suits me.", "async_first"),
        ("There's only one weekly call, on Mondays, and it's short.", "async_first"),
        ("Each evening you post a quick update in the project channel.", "async_first"),
        ("Everything else goes through the tracker; the rest is lunch.", "async_first"),
        ("Honestly, mostly it's talking.", "sync_heavy"),
        ("There's a briefing every morning before the vans go out.", "sync_heavy"),
    ],
)
def test_communication_practices(answer: str, value: str) -> None:
    assert _value(answer, "communication") == value


@pytest.mark.parametrize(
    "answer",
    [
        # A document's content is not a way of talking; one call in passing is no culture.
        "The bonus scheme is all written into the contract.",
        "I was on a call with the supplier. Later I was on a call with my bank.",
    ],
)
def test_incidental_communication_stays_unknown(answer: str) -> None:
    assert _value(answer, "communication") == "unknown"


@pytest.mark.parametrize(
    ("answer", "value"),
    [
        ("It's the same every quarter: plan, build, ship, review.", "steady"),
        ("We haven't had a single mad dash since the spring.", "steady"),
        ("Approvals crawl along glacially.", "slow_methodical"),
    ],
)
def test_pace_practices(answer: str, value: str) -> None:
    assert _value(answer, "pace") == value


def test_careful_to_say_is_speech_not_pace() -> None:
    answer = "He was careful to point out that nobody gets a bonus for overtime."
    assert _value(answer, "pace") == "unknown"


@pytest.mark.parametrize(
    ("answer", "value"),
    [
        ("I'm alone at the lathe for most of the day.", "independent"),
        (
            "We chat at lunch, but the design is mine, start to finish. The work is mine.",
            "independent",
        ),
        ("Each restorer has own cases and own bench.", "independent"),
    ],
)
def test_working_alone_practices(answer: str, value: str) -> None:
    assert _value(answer, "collaboration_style") == value


def test_an_independent_thing_is_no_way_of_working() -> None:
    answer = "They paid for my independent prescribing course last spring."
    assert _value(answer, "collaboration_style") == "unknown"


@pytest.mark.parametrize(
    ("answer", "dim", "value"),
    [
        (
            "When something breaks, everyone jumps into the same call.",
            "collaboration_style",
            "highly_collaborative",
        ),
        ("I rarely talk to anyone before noon.", "collaboration_style", "independent"),
        ("Most questions are settled in the project thread.", "communication", "async_first"),
        ("A proposal gets written up, and we meet once a month.", "communication", "async_first"),
        ("Honestly I'm on calls most of the week.", "communication", "sync_heavy"),
        ("Mondays are back-to-back zoom meetings.", "communication", "sync_heavy"),
        (
            "Nothing ships until it has been through three rounds of review.",
            "pace",
            "slow_methodical",
        ),
        ("The plan for the season got scrapped twice.", "pace", "fast_startup"),
        ("Our plans hold for the whole year.", "pace", "steady"),
    ],
)
def test_everyday_practices(answer: str, dim: str, value: str) -> None:
    assert _value(answer, dim) == value


def test_a_text_written_in_plain_english_is_no_way_of_talking() -> None:
    assert (
        _value("The contract says everything is written in plain English.", "communication")
        == "unknown"
    )


@pytest.mark.parametrize(
    ("answer", "dim", "value"),
    [
        (
            "We pair up on most jobs and swap pairs every Monday.",
            "collaboration_style",
            "highly_collaborative",
        ),
        (
            "Issues get worked out together over coffee.",
            "collaboration_style",
            "highly_collaborative",
        ),
        (
            "It gets settled in a shared doc; meetings are the exception.",
            "communication",
            "async_first",
        ),
        ("We deploy every evening before we go home.", "pace", "fast_startup"),
        ("The new model went out after years of trials.", "pace", "slow_methodical"),
    ],
)
def test_a_normal_week_practices(answer: str, dim: str, value: str) -> None:
    assert _value(answer, dim) == value


def test_a_morning_briefing_alone_is_a_hint() -> None:
    assert _value("The morning briefing for visitors starts at ten.", "communication") == "unknown"


def test_own_accounts_and_weekly_joint_checks_are_a_mix() -> None:
    answer = "Own accounts, mostly. But we review each other's work every week."
    assert _value(answer, "collaboration_style") == "mixed"


def test_a_ladder_written_down_is_no_way_of_talking() -> None:
    assert _value("There's a pay scale, and it's written down.", "communication") == "unknown"


@pytest.mark.parametrize(
    ("answer", "dim", "value"),
    [
        ("On Fridays I leave my update in the team doc.", "communication", "async_first"),
        ("We mainly coordinate via tickets.", "communication", "async_first"),
        ("This week looks the same as any other week.", "pace", "steady"),
        ("Something new comes in every morning.", "pace", "fast_startup"),
        (
            "We go through the backlog as a team, two to a ticket.",
            "collaboration_style",
            "highly_collaborative",
        ),
    ],
)
def test_normal_week_replies(answer: str, dim: str, value: str) -> None:
    assert _value(answer, dim) == value
