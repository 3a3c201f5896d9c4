"""Phrase families for work-life balance, growth, remote policy and size: fresh sentences."""

from __future__ import annotations

import pytest

from matcha.ai.embedded.culture import extract_culture


def _value(answer: str, dim: str) -> str:
    return extract_culture(f"Interviewer: Go on.\nRay: {answer}").dimension(dim).value


@pytest.mark.parametrize(
    ("answer", "value"),
    [
        ("There's no office at all, we're spread across six countries.", "fully_remote"),
        ("We don't have an office; people work from wherever they like.", "fully_remote"),
        ("Everyone's scattered across four time zones.", "fully_remote"),
        ("We're in three days a week and the rest of the week from home.", "hybrid"),
        ("It's the office on Mondays and Thursdays, home otherwise.", "hybrid"),
        ("People split their time between home and the office.", "hybrid"),
        ("Everyone comes in every day.", "in_office"),
        ("You're on the ward or you're not working.", "in_office"),
        ("We're all at the plant, five days a week.", "in_office"),
        ("Nobody here works from home, not even the directors.", "in_office"),
    ],
)
def test_remote_policy(answer: str, value: str) -> None:
    assert _value(answer, "remote_policy") == value


@pytest.mark.parametrize(
    ("answer", "value"),
    [
        ("We're a tiny outfit, about a dozen people.", "small"),
        ("We're eleven now.", "small"),
        ("There are about forty of us.", "small"),
        ("A few hundred people work here.", "medium"),
        ("The company employs just over 1,200 people.", "large"),
        ("It's a huge organisation, tens of thousands of employees.", "large"),
    ],
)
def test_team_size(answer: str, value: str) -> None:
    assert _value(answer, "team_size") == value


@pytest.mark.parametrize(
    ("answer", "value"),
    [
        ("You pick your own hours, nobody checks when you log on.", "flexible"),
        ("Work whenever you want, as long as the work gets done.", "flexible"),
        ("It's all shifts, on a rota that comes out a month ahead.", "structured"),
        ("You clock in at seven and clock out at three.", "structured"),
        ("We're on call every other week and the hours are long.", "demanding"),
        ("Crunch before every release, weekends included.", "demanding"),
    ],
)
def test_work_life_balance(answer: str, value: str) -> None:
    assert _value(answer, "work_life_balance") == value


@pytest.mark.parametrize(
    ("answer", "value"),
    [
        ("There's a published career ladder and two promotion rounds a year.", "promotion_track"),
        ("Everyone gets a learning budget and a mentor.", "skill_development"),
        ("There's a clear ladder, and on top of that they fund courses and conferences.", "both"),
    ],
)
def test_growth_focus(answer: str, value: str) -> None:
    assert _value(answer, "growth_focus") == value


@pytest.mark.parametrize(
    ("answer", "value"),
    [
        ("People are in late before a launch.", "demanding"),
        ("Late nights and weekends, most of the spring.", "demanding"),
        ("Half the team are working till eight most nights.", "demanding"),
        ("You lose your Sundays in exam season.", "demanding"),
        ("There's no such thing as nine to five here.", "demanding"),
        ("I'm off site by four, every day.", "structured"),
        ("Start and finish whenever you like around the core.", "flexible"),
    ],
)
def test_work_life_balance_phrase_families(answer: str, value: str) -> None:
    assert _value(answer, "work_life_balance") == value


def test_a_span_of_weeks_is_not_a_working_day() -> None:
    assert _value("A transfer can take six to eight weeks.", "work_life_balance") == "unknown"


@pytest.mark.parametrize(
    "answer",
    [
        "Monday and Friday I'm usually at home.",
        "Mondays, Fridays from home.",
        "Tuesday to Thursday everyone's in, the rest of it is up to you.",
        "Wednesday through Thursday in the studio, other days wherever.",
    ],
)
def test_weekdays_at_home_or_in_are_hybrid(answer: str) -> None:
    assert _value(answer, "remote_policy") == "hybrid"


def test_monday_to_friday_in_the_office_is_not_hybrid() -> None:
    assert _value("Monday to Friday in the office.", "remote_policy") == "in_office"


@pytest.mark.parametrize(
    ("answer", "value"),
    [
        ("It's a family-run business, always has been.", "small"),
        ("Everyone knows everyone, you can't hide.", "small"),
        ("We're a household name, you'll have heard of us.", "large"),
        ("There are offices in forty countries.", "large"),
    ],
)
def test_size_phrase_families(answer: str, value: str) -> None:
    assert _value(answer, "team_size") == value


def test_you_need_to_be_at_the_bench_is_in_office() -> None:
    assert _value("You need to be at the bench for all of it.", "remote_policy") == "in_office"


def test_home_days_are_hybrid() -> None:
    assert _value("The two home days make the commute bearable.", "remote_policy") == "hybrid"


def test_flexible_about_a_notice_period_is_not_about_hours() -> None:
    assert _value("My manager is flexible about my notice.", "work_life_balance") == "unknown"


@pytest.mark.parametrize(
    "answer",
    ["Whatever works for you, really.", "Nobody's clock-watching here."],
)
def test_whatever_works_is_flexible(answer: str) -> None:
    assert _value(answer, "work_life_balance") == "flexible"


@pytest.mark.parametrize(
    ("answer", "dim", "value"),
    [
        ("The hours are frankly punishing.", "work_life_balance", "demanding"),
        ("You're expected to be reachable round the clock.", "work_life_balance", "demanding"),
        ("Twelve-hour days are normal in season.", "work_life_balance", "demanding"),
        ("Weekends get eaten up in audit season.", "work_life_balance", "demanding"),
        ("You can start any time you like.", "work_life_balance", "flexible"),
        ("Nobody minds if you nip out to the dentist.", "work_life_balance", "flexible"),
        ("It's an office-based company.", "remote_policy", "in_office"),
        ("Working from home isn't really an option.", "remote_policy", "in_office"),
        ("It's two days in, three at home.", "remote_policy", "hybrid"),
        ("The whole company works from home.", "remote_policy", "fully_remote"),
        ("We've been fully distributed from the start.", "remote_policy", "fully_remote"),
    ],
)
def test_round_seven_condition_phrases(answer: str, dim: str, value: str) -> None:
    assert _value(answer, dim) == value


def test_the_other_days_from_my_house_is_hybrid() -> None:
    answer = "Two days I am in office, the other days from my house."
    assert _value(answer, "remote_policy") == "hybrid"


def test_everyone_in_the_workshop_is_in_office_and_not_training() -> None:
    assert _value("Everyone's in the workshop.", "remote_policy") == "in_office"
    assert _value("Everyone's in the workshop.", "growth_focus") == "unknown"


@pytest.mark.parametrize(
    ("answer", "value", "dim"),
    [
        # Practices that show the value without naming it.
        (
            "Nobody works from a physical office; we live anywhere in Europe.",
            "fully_remote",
            "remote_policy",
        ),
        ("There's no building to come into.", "fully_remote", "remote_policy"),
        (
            "Two days mandatory in Leeds; Thursdays and Fridays we work from home.",
            "hybrid",
            "remote_policy",
        ),
        ("I'm on the callout rota one week in three.", "demanding", "work_life_balance"),
        ("In March I got one free weekend.", "demanding", "work_life_balance"),
        ("In harvest we're out until it gets dark.", "demanding", "work_life_balance"),
        ("We've done sixteen-hour shifts this winter.", "demanding", "work_life_balance"),
        ("Most managers average sixty-two hours a week.", "demanding", "work_life_balance"),
        ("We often close up at two a.m. on Saturdays.", "demanding", "work_life_balance"),
        (
            "Each grade has its own checklist, and the pay goes up with the grade.",
            "promotion_track",
            "growth_focus",
        ),
        ("There's a clear, published path from junior to lead.", "promotion_track", "growth_focus"),
        ("Last year they moved two of us up a band.", "promotion_track", "growth_focus"),
        ("It's all about moving up.", "promotion_track", "growth_focus"),
    ],
)
def test_practices(answer: str, value: str, dim: str) -> None:
    assert _value(answer, dim) == value


def test_logging_in_from_home_is_no_clock() -> None:
    assert _value("On Fridays we log in from home.", "work_life_balance") == "unknown"


@pytest.mark.parametrize(
    ("answer", "value", "dim"),
    [
        (
            "At half five the office goes quiet and that's the day.",
            "structured",
            "work_life_balance",
        ),
        ("No one's on Slack after six, it's an unwritten rule.", "structured", "work_life_balance"),
        ("I've had messages from the boss at ten at night.", "demanding", "work_life_balance"),
        ("We no longer have an office since the lease ran out.", "fully_remote", "remote_policy"),
        ("Everyone works from their spare rooms.", "fully_remote", "remote_policy"),
        ("Tuesdays at the studio, and the other days are up to you.", "hybrid", "remote_policy"),
        ("Everyone's at the workshop by half seven.", "in_office", "remote_policy"),
        ("The whole firm would fit round one table.", "small", "team_size"),
        (
            "You go from junior to senior once your portfolio is signed off.",
            "promotion_track",
            "growth_focus",
        ),
    ],
)
def test_everyday_practices(answer: str, value: str, dim: str) -> None:
    assert _value(answer, dim) == value


@pytest.mark.parametrize(
    ("answer", "dim"),
    [
        # The same words about a building, a road or a parcel say nothing about the job.
        ("The building empties of students in August.", "work_life_balance"),
        ("The lights go off automatically in the car park.", "work_life_balance"),
        ("The road to the depot is closed until midnight.", "work_life_balance"),
    ],
)
def test_incidental_practice_words_stay_unknown(answer: str, dim: str) -> None:
    assert _value(answer, dim) == "unknown"


@pytest.mark.parametrize(
    ("answer", "value", "dim"),
    [
        (
            "The team heads home at half four, and weekends are never touched.",
            "structured",
            "work_life_balance",
        ),
        ("At eight most people are still at their desks.", "demanding", "work_life_balance"),
        (
            "When my son's school rings I just leave, and nobody asks.",
            "flexible",
            "work_life_balance",
        ),
        (
            "I'm in Lisbon and the rest of the crew is in four other countries.",
            "fully_remote",
            "remote_policy",
        ),
        (
            "My lead put me forward, and I got the bump at the annual calibration.",
            "promotion_track",
            "growth_focus",
        ),
        ("You could fit the whole staff in a minibus.", "small", "team_size"),
    ],
)
def test_six_pm_and_all_hands_practices(answer: str, value: str, dim: str) -> None:
    assert _value(answer, dim) == value


@pytest.mark.parametrize(
    ("answer", "dim"),
    [
        ("The scanner needs calibration every spring.", "growth_focus"),
        ("My cousin's team is in three other countries.", "remote_policy"),
        ("The kids are at school, so nobody minds the noise.", "work_life_balance"),
    ],
)
def test_lookalikes_stay_unknown(answer: str, dim: str) -> None:
    assert _value(answer, dim) == "unknown"


def test_hours_that_end_at_four_or_five_are_fixed_hours() -> None:
    assert (
        _value("Half seven to four, and out the door at four.", "work_life_balance") == "structured"
    )


def test_a_range_of_people_is_no_hours() -> None:
    assert _value("We hire four to five people a year.", "work_life_balance") == "unknown"


@pytest.mark.parametrize(
    ("answer", "value", "dim"),
    [
        ("We hardly ever go home before ten.", "demanding", "work_life_balance"),
        (
            "Some days we start at six, some days we roll in at eleven.",
            "flexible",
            "work_life_balance",
        ),
        ("There is no desk for anyone; we closed the lease.", "fully_remote", "remote_policy"),
    ],
)
def test_evening_and_desk_practices(answer: str, value: str, dim: str) -> None:
    assert _value(answer, dim) == value


@pytest.mark.parametrize(
    "answer",
    [
        "Some days I cycle, some days I take the bus.",
        "My kids never go home before nine on Fridays.",
    ],
)
def test_days_and_kids_are_no_working_hours(answer: str) -> None:
    assert _value(answer, "work_life_balance") == "unknown"
