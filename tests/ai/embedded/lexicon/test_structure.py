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


@pytest.mark.parametrize(
    ("answer", "value"),
    [
        ("Nobody pulls rank, and there are no corner offices.", "flat"),
        ("Everyone's on first-name terms with the MD.", "flat"),
        ("The founder sits with the rest of us by the window.", "flat"),
        ("It's a pyramid: associates, then senior associates, then partners.", "hierarchical"),
        ("Juniors know their place and call the partners by their title.", "hierarchical"),
        ("There are loads of layers between a trainee and the chief executive.", "hierarchical"),
        ("Every job is graded. I'm a grade seven, my boss is a grade nine.", "hierarchical"),
        ("There are managers, but they're not precious about it.", "moderate"),
        ("We've got some levels, but it's not stiff.", "moderate"),
    ],
)
def test_hierarchy_phrase_families(answer: str, value: str) -> None:
    assert _value(answer, "hierarchy") == value


@pytest.mark.parametrize(
    ("answer", "value"),
    [
        ("Anything over ten grand goes to the board.", "top_down"),
        ("The owner has the last word on every hire.", "top_down"),
        ("Whatever she says goes, really.", "top_down"),
        ("That stuff is way above my pay grade.", "top_down"),
        ("Those were decided over our heads.", "top_down"),
        ("We thrash it out on a Friday afternoon.", "consensus"),
        ("All three of us have to agree before a design ships.", "consensus"),
        ("The vote was unanimous, as it usually is.", "consensus"),
        ("Nobody needs to ask permission to try something.", "autonomous"),
        ("Nobody second-guesses you once you've picked a supplier.", "autonomous"),
        ("They trust people to decide how to run their own clinics.", "autonomous"),
        ("You're left to make your own calls on site.", "autonomous"),
        # "(\w+ ){0, 5}" in an f-string table was a literal "(0, 5)": the cue never matched.
        ("She picked the new suppliers herself.", "autonomous"),
    ],
)
def test_decision_phrase_families(answer: str, value: str) -> None:
    assert _value(answer, "decision_making") == value


@pytest.mark.parametrize(
    ("answer", "value"),
    [
        ("It's a tall structure, with lots of grades.", "hierarchical"),
        ("There's my supervisor, then the owner, and that's it.", "moderate"),
    ],
)
def test_structure_in_a_sentence(answer: str, value: str) -> None:
    assert _value(answer, "hierarchy") == value


@pytest.mark.parametrize(
    ("answer", "dim", "value"),
    [
        ("Nobody really has a manager here.", "hierarchy", "flat"),
        ("Nobody's breathing over your shoulder.", "decision_making", "autonomous"),
        ("I run the workshop as I see fit.", "decision_making", "autonomous"),
    ],
)
def test_more_structure_phrases(answer: str, dim: str, value: str) -> None:
    assert _value(answer, dim) == value


@pytest.mark.parametrize(
    ("answer", "dim", "value"),
    [
        ("We're a co-op, so everyone's an owner.", "hierarchy", "flat"),
        ("We sit round a table and argue till we agree.", "decision_making", "consensus"),
    ],
)
def test_co_ops_and_talking_till_we_agree(answer: str, dim: str, value: str) -> None:
    assert _value(answer, dim) == value


def test_choosing_your_own_hours_is_not_a_decision_style() -> None:
    assert _value("I choose my own hours, within reason.", "decision_making") == "unknown"


@pytest.mark.parametrize(
    ("answer", "dim", "value"),
    [
        ("The directors make all the big decisions.", "decision_making", "top_down"),
        ("Juniors are expected to fall in line.", "decision_making", "top_down"),
        ("We meet until the whole room is comfortable with it.", "decision_making", "consensus"),
        ("You never question a consultant on the ward round.", "hierarchy", "hierarchical"),
        ("There are six grades between a trainee and a director.", "hierarchy", "hierarchical"),
        ("It's very old-fashioned, honestly.", "hierarchy", "hierarchical"),
        ("There are leads and heads, but it doesn't feel heavy.", "hierarchy", "moderate"),
        ("We don't really have managers.", "hierarchy", "flat"),
        ("The founder is just another developer most days.", "hierarchy", "flat"),
    ],
)
def test_round_three_structure_phrases(answer: str, dim: str, value: str) -> None:
    assert _value(answer, dim) == value


@pytest.mark.parametrize(
    ("answer", "value"),
    [
        ("Every big purchase has to be run past the owner.", "top_down"),
        ("The depots take their orders from head office.", "top_down"),
        ("It's his way or the highway.", "top_down"),
        ("Nothing moves without the director's say-so.", "top_down"),
        ("We're just told what the targets are.", "top_down"),
        ("She's not going to pretend it's a democracy.", "top_down"),
        ("It's a democratic sort of place.", "consensus"),
        ("We settle budgets collectively.", "consensus"),
        ("We try to get everyone on the same page first.", "consensus"),
        ("Nothing ships unless the whole team is on board.", "consensus"),
        ("You have the freedom to choose your own methods.", "autonomous"),
        ("You don't need anyone's permission to fix a process.", "autonomous"),
        ("Engineers get a lot of latitude.", "autonomous"),
    ],
)
def test_round_six_decision_phrases(answer: str, value: str) -> None:
    assert _value(answer, "decision_making") == value


@pytest.mark.parametrize(
    ("answer", "value"),
    [
        ("Titles don't mean much here.", "flat"),
        ("The MD sits in the open plan with everyone else.", "flat"),
        ("Everyone answers to the owner, nobody in between.", "flat"),
        ("It's a genuinely egalitarian office.", "flat"),
        ("Nobody stands on ceremony.", "flat"),
        ("Seniority matters a lot in this firm.", "hierarchical"),
        ("It's a top-down, corporate structure.", "hierarchical"),
        ("The directors are pretty distant; we rarely see them.", "hierarchical"),
        ("There's a little bit of structure, nothing heavy.", "moderate"),
        ("My boss is very hands-off.", "moderate"),
        ("There are managers, but you can talk to anyone.", "moderate"),
    ],
)
def test_round_six_hierarchy_phrases(answer: str, value: str) -> None:
    assert _value(answer, "hierarchy") == value


@pytest.mark.parametrize(
    ("answer", "dim", "value"),
    [
        ("We have no chef really, all are equal.", "hierarchy", "flat"),
        ("You can just walk up to the CEO.", "hierarchy", "flat"),
        ("There's managers and stuff but you can go to anyone.", "hierarchy", "moderate"),
        ("Nobody controls me, I set the priorities.", "decision_making", "autonomous"),
    ],
)
def test_non_native_and_casual_structure_phrases(answer: str, dim: str, value: str) -> None:
    assert _value(answer, dim) == value


def test_not_flat_but_not_stiff_is_moderate() -> None:
    assert _value("Not flat, no, but not stiff either.", "hierarchy") == "moderate"


def test_deciding_together_is_a_decision_style_not_a_way_of_working() -> None:
    answer = "We all decide together over a long lunch."
    assert _value(answer, "decision_making") == "consensus"
    assert _value(answer, "collaboration_style") == "unknown"


@pytest.mark.parametrize(
    ("answer", "value"),
    [
        # Practices that show the layers rather than name them.
        (
            "You'd never ring the chief executive directly; it goes via your head of unit.",
            "hierarchical",
        ),
        ("Holiday requests go up and come back down signed.", "hierarchical"),
        ("Any spending request goes through the grades one by one.", "hierarchical"),
        ("There are many more layers here than at a start-up.", "hierarchical"),
        ("The founder talks to me exactly like she'd talk to the apprentice.", "flat"),
        ("No directors, just the crew.", "flat"),
        ("There's a structure, and you can tell him straight when he's wrong.", "moderate"),
    ],
)
def test_hierarchy_practices(answer: str, value: str) -> None:
    assert _value(answer, "hierarchy") == value


def test_a_job_level_alone_is_no_hierarchy() -> None:
    answer = "I joined at grade three. Since March I'm at grade four."
    assert _value(answer, "hierarchy") == "unknown"


@pytest.mark.parametrize(
    ("answer", "value"),
    [
        ("The crews plan the route without checking any of it with management.", "autonomous"),
        ("The two of us choose the running order. Nobody above us.", "autonomous"),
        ("We learned about the new rota from an email on Friday.", "top_down"),
        ("Menus are set at the head office in Lyon and we cook them.", "top_down"),
        ("Our targets come from the team lead in the end.", "top_down"),
        ("Store managers are expected to carry them out without a fuss.", "top_down"),
    ],
)
def test_decision_practices(answer: str, value: str) -> None:
    assert _value(answer, "decision_making") == value


def test_asking_who_calls_the_shots_states_nothing() -> None:
    answer = "I asked who calls the shots, and she laughed."
    assert _value(answer, "decision_making") == "unknown"


def test_choosing_the_rest_of_the_hours_is_no_decision_making() -> None:
    answer = "Be in between eleven and three; the rest you choose."
    assert _value(answer, "decision_making") == "unknown"


@pytest.mark.parametrize(
    ("answer", "dim", "value"),
    [
        # Approvals: who one asks before spending, how a request climbs.
        (
            "I check with my supervisor before I order anything for the van.",
            "decision_making",
            "top_down",
        ),
        (
            "I check with my supervisor before I order anything for the van.",
            "hierarchy",
            "hierarchical",
        ),
        (
            "Anything above two thousand euros needs the director's sign-off.",
            "decision_making",
            "top_down",
        ),
        ("My lead liked the idea and took it up to her director.", "hierarchy", "hierarchical"),
        ("You can wander into the owner's office whenever you like.", "hierarchy", "flat"),
        ("Last time we argued about it, the chef just picked one.", "decision_making", "top_down"),
        ("Whoever picks up the job decides how it gets done.", "decision_making", "autonomous"),
        (
            "Designers and engineers hash things out before anyone commits.",
            "decision_making",
            "consensus",
        ),
    ],
)
def test_approval_and_disagreement_practices(answer: str, dim: str, value: str) -> None:
    assert _value(answer, dim) == value


@pytest.mark.parametrize(
    "answer",
    [
        "Anything over five kilos needs a second courier.",
        "I took it to the director of the play, who loved it.",
    ],
)
def test_weights_and_plays_are_no_approvals(answer: str) -> None:
    assert _value(answer, "hierarchy") == "unknown"


@pytest.mark.parametrize(
    ("answer", "dim", "value"),
    [
        (
            "To switch a courier I need my area manager to approve it.",
            "decision_making",
            "top_down",
        ),
        (
            "We change the recipe and let the owner know afterwards.",
            "decision_making",
            "autonomous",
        ),
        ("Our CEO has a desk in the middle of the room with everyone else.", "hierarchy", "flat"),
        ("My leave is signed by my boss's boss.", "hierarchy", "hierarchical"),
        ("A new laptop needs three signatures.", "hierarchy", "hierarchical"),
    ],
)
def test_who_one_asks_practices(answer: str, dim: str, value: str) -> None:
    assert _value(answer, dim) == value


@pytest.mark.parametrize(
    ("answer", "dim"),
    [
        ("We need the client to agree to the price.", "decision_making"),
        ("Tell the driver afterwards if the parcel was damaged.", "decision_making"),
    ],
)
def test_clients_and_instructions_are_no_decision_style(answer: str, dim: str) -> None:
    assert _value(answer, dim) == "unknown"


@pytest.mark.parametrize(
    ("answer", "value"),
    [
        ("The argument dragged on until nobody minded either way.", "consensus"),
        ("Every branch manager set their own opening hours.", "autonomous"),
    ],
)
def test_disagreement_practices(answer: str, value: str) -> None:
    assert _value(answer, "decision_making") == value
