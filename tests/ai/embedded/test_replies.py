"""Answers read against their question: yes/no replies and short answers on the asked topic."""

from __future__ import annotations

import pytest

from matcha.ai.embedded.culture import extract_culture
from matcha.ai.embedded.replies import is_open, topics


def _value(question: str, answer: str, dim: str) -> str:
    text = f"Interviewer: {question}\nDana: {answer}"
    return extract_culture(text).dimension(dim).value


@pytest.mark.parametrize(
    ("question", "answer", "dim", "value"),
    [
        ("Who makes the big calls?", "Honestly, Maria and I.", "decision_making", "top_down"),
        (
            "Who has the final say on hires?",
            "Kwame does, in the end.",
            "decision_making",
            "top_down",
        ),
        ("And who decides what you build?", "Mostly the founders.", "decision_making", "top_down"),
        ("Who decides on priorities?", "All of us, really.", "decision_making", "consensus"),
        ("Who picks the tools?", "Whoever's doing the work.", "decision_making", "autonomous"),
        ("How big is the company?", "Tiny.", "team_size", "small"),
        ("How big is the whole group?", "Pretty huge, honestly.", "team_size", "large"),
        ("What are the hours like?", "Long.", "work_life_balance", "demanding"),
        ("What are your hours?", "Pretty regular, to be fair.", "work_life_balance", "structured"),
        ("How do you find the pace?", "Frantic.", "pace", "fast_startup"),
        ("What's the pace like?", "Calm, I'd say.", "pace", "steady"),
        ("How do you work together?", "Mostly on our own.", "collaboration_style", "independent"),
        (
            "How much do you collaborate?",
            "Constantly.",
            "collaboration_style",
            "highly_collaborative",
        ),
        ("How is the structure?", "Very traditional.", "hierarchy", "hierarchical"),
        ("Who do you report to?", "Nobody, really.", "hierarchy", "flat"),
        ("Office or home?", "In the office.", "remote_policy", "in_office"),
        ("How is the place structured?", "Pretty tall.", "hierarchy", "hierarchical"),
        ("And talking — meetings or email?", "Honestly a mix.", "communication", "balanced"),
        ("Do you work alone or with others?", "Kind of both.", "collaboration_style", "mixed"),
        ("How much freedom do you get?", "Loads.", "decision_making", "autonomous"),
        ("How much autonomy do nurses have?", "Very little.", "decision_making", "top_down"),
        ("How much say do juniors get?", "Not a lot.", "decision_making", "top_down"),
        (
            "How much do you work with the others?",
            "Not a lot.",
            "collaboration_style",
            "independent",
        ),
        (
            "How often do you work alongside colleagues?",
            "All day long.",
            "collaboration_style",
            "highly_collaborative",
        ),
        (
            "How many hours a week do you put in?",
            "Sixty, easily.",
            "work_life_balance",
            "demanding",
        ),
        ("What's the pace like?", "Slower than I'd like.", "pace", "slow_methodical"),
        ("What's the pace like?", "Busy, but manageable.", "pace", "steady"),
        ("What's the pace like?", "Like a start-up.", "pace", "fast_startup"),
        ("How fast do priorities change?", "Overnight.", "pace", "fast_startup"),
        ("Is there much hierarchy?", "Some, but nobody minds.", "hierarchy", "moderate"),
        ("What's the set-up, structure-wise?", "There isn't really one.", "hierarchy", "flat"),
        ("What's the pace like?", "Even.", "pace", "steady"),
        ("Is it a very layered place?", "Not especially.", "hierarchy", "unknown"),
        ("Is it very hierarchical?", "Not especially.", "hierarchy", "flat"),
        ("Can you work from home?", "Not in this job.", "remote_policy", "in_office"),
        ("Do people mostly work alone?", "God no.", "collaboration_style", "highly_collaborative"),
        ("So, um, how many staff?", "Like, uh, fifteen?", "team_size", "small"),
        ("You work from home?", "Partially.", "remote_policy", "hybrid"),
        ("Who decides on new contracts?", "The two owners.", "decision_making", "top_down"),
        ("Is it very corporate?", "Kind of in the middle?", "hierarchy", "moderate"),
        ("How many people work at the group?", "Tens of thousands.", "team_size", "large"),
        ("Who decides how you plan your day?", "I do.", "decision_making", "autonomous"),
        ("Who decides what gets bought?", "I do.", "decision_making", "top_down"),
    ],
)
def test_a_short_answer_states_a_value_on_the_asked_topic(
    question: str, answer: str, dim: str, value: str
) -> None:
    assert _value(question, answer, dim) == value


def test_a_question_that_points_back_takes_its_topic_from_the_turn() -> None:
    question = "Great. So, decisions. Who makes them?"
    assert _value(question, "The partners, mostly.", "decision_making") == "top_down"
    # A new question on another subject does not inherit the turn's earlier topic.
    question = "Thanks. The hours sound fine. How was the interview process?"
    assert _value(question, "Long.", "work_life_balance") == "unknown"


def test_the_reply_after_a_one_word_opener_counts() -> None:
    assert (
        _value("Who calls the shots?", "Honestly? Priya and me.", "decision_making") == "top_down"
    )


@pytest.mark.parametrize(
    ("question", "answer", "dim"),
    [
        # The same words mean nothing on another topic, or on their own.
        ("What's the commute like?", "Long.", "work_life_balance"),
        ("How was the interview process?", "Long.", "work_life_balance"),
        ("Tell me about your background.", "Tiny village, then London.", "team_size"),
        ("What do you like about the role?", "Quick wins, mostly.", "pace"),
        # Hours are not people.
        ("How many hours a week do you put in?", "Sixty, easily.", "team_size"),
        # "Home, mostly" could be hybrid or remote: no guess.
        ("Where do people work?", "Home, mostly.", "remote_policy"),
        # A word that looks like a name but is a reply to a yes/no question.
        ("Does the team ever disagree on decisions?", "Sure.", "decision_making"),
        # Only the opening of an answer is a reply; later sentences need real cues.
        ("How big is the team?", "Good question. I like it. Small things matter.", "team_size"),
    ],
)
def test_short_answers_do_not_count_off_topic(question: str, answer: str, dim: str) -> None:
    assert _value(question, answer, dim) == "unknown"


def test_yes_does_not_answer_an_open_question() -> None:
    # "Mostly" opens a yes, but "How do you…?" cannot be answered by yes.
    assert _value("How do you work together?", "Mostly fine.", "collaboration_style") == "unknown"
    assert _value("Do you work together a lot?", "Mostly, yeah.", "collaboration_style") == (
        "highly_collaborative"
    )


def test_topics_and_open_questions() -> None:
    assert topics("Right. Who makes the calls on pricing?") == {"decision_making"}
    assert "team_size" in topics("How many people are there?")
    assert is_open("So how do decisions get made?")
    assert not is_open("Do you decide yourselves?")
    assert not is_open("What about remote work?")


def test_a_plain_no_answers_the_tag_of_an_open_question() -> None:
    # A guard: reading "how" questions as open must not lose this (the old code had it).
    question = "What's a normal day like — do you mostly work on your own?"
    assert _value(question, "No, hardly ever.", "collaboration_style") == "highly_collaborative"


def test_a_write_up_heading_asks_its_own_question() -> None:
    text = (
        "Interview write-up: Fenwick & Daughters\n\n"
        "Pace: glacial, by her account.\n\n"
        "Structure: tall and formal.\n\n"
        "Hours: long in the run-up to Christmas.\n\n"
        "Decisions: the owners, full stop."
    )
    culture = extract_culture(text)
    assert culture.dimension("pace").value == "slow_methodical"
    assert culture.dimension("hierarchy").value == "hierarchical"
    assert culture.dimension("work_life_balance").value == "demanding"
    assert culture.dimension("decision_making").value == "top_down"


def test_a_heading_on_another_topic_lends_nothing() -> None:
    text = "Interview write-up\n\nCommute: long, about an hour.\n\nBackground: small firms."
    culture = extract_culture(text)
    assert culture.dimension("work_life_balance").value == "unknown"
    assert culture.dimension("team_size").value == "unknown"


@pytest.mark.parametrize(
    ("question", "answer", "dim", "value"),
    [
        # An adverb or "Together." is no name: it answers the question as a word.
        ("How does the crew decide on a plan?", "Together.", "decision_making", "consensus"),
        ("How quickly do things change?", "Glacially.", "pace", "slow_methodical"),
        ("What's the rhythm like?", "Fairly even.", "pace", "steady"),
    ],
)
def test_one_word_practice_replies(question: str, answer: str, dim: str, value: str) -> None:
    assert _value(question, answer, dim) == value


def test_a_name_ending_in_ly_is_still_a_name() -> None:
    assert _value("Who has the final say?", "Kelly.", "decision_making") == "top_down"


@pytest.mark.parametrize(
    ("question", "answer", "dim", "value"),
    [
        # Practice questions: who one asks first, the last disagreement, six o'clock, desks.
        (
            "Who do you check with before you book a supplier?",
            "No one, honestly.",
            "decision_making",
            "autonomous",
        ),
        (
            "Who do you ask before you change the menu?",
            "The head chef, always.",
            "decision_making",
            "top_down",
        ),
        (
            "How did the last disagreement end?",
            "Our director listened and chose.",
            "decision_making",
            "top_down",
        ),
        (
            "What happens at five?",
            "The office is empty by ten past.",
            "work_life_balance",
            "structured",
        ),
        ("What happens after six?", "Depends on me, really.", "work_life_balance", "flexible"),
        ("Where do people sit?", "From home, every one of us.", "remote_policy", "fully_remote"),
    ],
)
def test_practice_questions_and_their_short_answers(
    question: str, answer: str, dim: str, value: str
) -> None:
    assert _value(question, answer, dim) == value
