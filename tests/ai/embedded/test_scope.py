from __future__ import annotations

from matcha.ai.embedded.scope import HEDGE_WEIGHT, scopes
from matcha.ai.embedded.text import sentences


def _counts(text: str, phrase: str) -> bool:
    """Does a cue at `phrase` (in the sentence containing it) count as here-and-now?"""
    items = sentences(text)
    for sentence, scope in zip(items, scopes(items), strict=True):
        if phrase in sentence.text:
            return scope.counts(sentence.text.index(phrase))
    raise AssertionError(phrase)


def test_former_employer_then_here() -> None:
    text = "Jo: At my previous company we had endless meetings; here it is all async."
    assert not _counts(text, "endless meetings")
    assert _counts(text, "all async")


def test_past_story_carries_while_past_tense() -> None:
    text = (
        "Jo: Before I joined, I was at a bank. It was meetings all day. "
        "The team writes everything down."
    )
    assert not _counts(text, "meetings all day")
    assert _counts(text, "writes everything down")


def test_used_to_and_plans_and_clients() -> None:
    assert not _counts("Jo: We used to be fully remote.", "fully remote")
    assert not _counts("Jo: Next year we might move to four office days.", "four office days")
    assert not _counts("Jo: Our clients are huge banks with rigid layers.", "rigid layers")
    assert _counts("Jo: These days we're hybrid.", "hybrid")


def test_reset_after_contrast_within_a_sentence() -> None:
    text = "Jo: Unlike my last employer, where we were on call constantly, now nobody is."
    assert not _counts(text, "on call")


def test_hedges_weaken() -> None:
    items = sentences("Jo: I guess it's kind of flat. Probably flat. It is flat.")
    assert [s.weight for s in scopes(items)] == [HEDGE_WEIGHT**2, HEDGE_WEIGHT, 1.0]


def test_before_i_was_at_and_there_i_had_are_elsewhere() -> None:
    text = (
        "Interviewer: How long have you been here?\n"
        "Ana: Two years. Before I was at a huge insurer, nine thousand people.\n"
        "Interviewer: Different how?\n"
        "Ana: There I had three bosses above me. Here it's just Sam."
    )
    assert not _counts(text, "nine thousand people")
    assert not _counts(text, "three bosses")
    assert _counts(text, "just Sam")


def test_a_follow_up_keeps_the_former_employer_in_view() -> None:
    text = (
        "Interviewer: Where were you before?\n"
        "Ana: I was at a bank before that, and it was very rigid.\n"
        "Interviewer: How was it different?\n"
        "Ana: Everything had to go up the chain."
    )
    assert not _counts(text, "up the chain")


def test_what_someone_did_not_talk_about_is_not_evidence() -> None:
    text = "Recruiter notes: She didn't talk about promotion or hours, and I didn't press."
    assert not _counts(text, "promotion")


def test_wishes_are_not_the_company() -> None:
    text = "Interviewer: What next?\nAna: Ideally a flat structure. I'd love more flexibility."
    assert not _counts(text, "flat structure")
    assert not _counts(text, "more flexibility")


def test_an_answer_about_the_candidates_own_life_is_not_the_company() -> None:
    text = (
        "Interviewer: What do you do outside work?\n"
        "Ana: I run a book club; we decide together what to read.\n"
        "Interviewer: And at work?\n"
        "Ana: We decide together there too."
    )
    assert not _counts(text, "decide together what")
    assert _counts(text, "decide together there")


def test_an_answer_about_the_last_job_is_elsewhere_even_in_the_present_tense() -> None:
    text = (
        "Interviewer: And your previous employer?\n"
        "Ana: A call centre in Hull. Weekends every month. Never again.\n"
        "Interviewer: And here?\n"
        "Ana: Weekends are mine."
    )
    assert not _counts(text, "Weekends every month")
    assert _counts(text, "Weekends are mine")


def test_i_worked_for_a_names_another_employer() -> None:
    text = "Jo: I worked for a huge insurer in Leeds, twenty thousand staff."
    assert not _counts(text, "twenty thousand staff")
