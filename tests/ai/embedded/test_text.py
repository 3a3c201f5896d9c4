from __future__ import annotations

from matcha.ai.embedded.text import is_negated, parse_turns, sentences, split_sentences


def test_speaker_turns_and_interviewer_by_name() -> None:
    turns = parse_turns("Dana: Hello there.\nInterviewer: How big is the team?\nDana: Eleven.")
    assert [t.speaker for t in turns] == ["Dana", "Interviewer", "Dana"]
    assert [t.is_interviewer for t in turns] == [False, True, False]


def test_first_speaker_is_interviewer_when_none_is_named() -> None:
    turns = parse_turns("Recruiter (Lena): Where do you work?\nDr. Osei: We're hybrid.")
    assert turns[0].is_interviewer and not turns[1].is_interviewer
    assert turns[1].speaker == "Dr. Osei"


def test_plain_paragraph_is_one_answer_turn() -> None:
    turns = parse_turns("The team is small. Everyone works remotely, and we like it.")
    assert len(turns) == 1
    assert turns[0].speaker is None and not turns[0].is_interviewer


def test_sentences_are_verbatim_and_respect_abbreviations() -> None:
    text = "Dr. Osei said hi. We ship weekly! Do you? e.g. this stays."
    parts = split_sentences(text)
    assert parts[0] == "Dr. Osei said hi."
    assert all(p in text for p in parts)


def test_sentences_carry_speaker() -> None:
    items = sentences("Interviewer: Hi. How are you?\nSam: Fine. Thanks.")
    assert [(s.text, s.is_interviewer) for s in items] == [
        ("Hi.", True),
        ("How are you?", True),
        ("Fine.", False),
        ("Thanks.", False),
    ]
    assert items[1].is_question


def test_negation_scope() -> None:
    text = "we are not hierarchical"
    assert is_negated(text, text.index("hierarchical"))
    text = "there is no micromanagement"
    assert is_negated(text, text.index("micromanagement"))
    text = "we don't do meetings"
    assert is_negated(text, text.index("meetings"))
    # a clause break ends the negation's reach
    text = "not perfect, but we are hierarchical"
    assert not is_negated(text, text.index("hierarchical"))
    text = "we are hierarchical"
    assert not is_negated(text, text.index("hierarchical"))


def test_timestamped_and_titled_speakers() -> None:
    text = (
        "[00:03:12] Interviewer: Where do you sit?\n"
        "[00:03:15] Dr. Ruth Penhallow: In the lab, mostly.\n"
        "00:04 – Sam: Same for me.\n"
        "(00:05) Interviewer: Thanks."
    )
    turns = parse_turns(text)
    assert [t.speaker for t in turns] == ["Interviewer", "Dr. Ruth Penhallow", "Sam", "Interviewer"]
    assert turns[1].text == "In the lab, mostly." and not turns[1].is_interviewer


def test_q_and_a_labels() -> None:
    turns = parse_turns("A: Intro line.\nQ: How many people?\nA: About forty.\nQ: Thanks.")
    assert [t.is_interviewer for t in turns] == [False, True, False, True]


def test_headed_write_up_is_prose_not_a_dialogue() -> None:
    text = (
        "Reference call: Marlow Press\n"
        "Size and setting: a printing firm of about ninety people.\n"
        "Where people work: hybrid.\n"
        "Hours: fixed, eight to four.\n"
        "Structure: flat."
    )
    items = sentences(text)
    assert not any(s.is_interviewer for s in items)
    assert "Where people work: hybrid." in [s.text for s in items]


def test_blank_lines_and_headings_end_sentences_but_wrapped_lines_join() -> None:
    text = (
        "Notes from the call\n\nShe said the whole team works from home most of the week and\n"
        "comes in on Thursdays."
    )
    assert split_sentences(text) == [
        "Notes from the call",
        "She said the whole team works from home most of the week and comes in on Thursdays.",
    ]


def test_negated_subject_reaches_the_whole_clause() -> None:
    text = "nobody on the night team is ever working from home"
    assert is_negated(text, text.index("working from home"))
    text = "we rarely have meetings"
    assert is_negated(text, text.index("meetings"))
    text = "we have a few meetings"
    assert not is_negated(text, text.index("meetings"))


def test_a_dash_ends_a_negated_clause() -> None:
    text = "We tried hybrid and the answer was no — everyone's on site."
    assert is_negated(text, text.index("hybrid")) is False
    assert is_negated(text, text.index("on site")) is False
    text = "We tried hybrid and the answer was no - everyone's on site."
    assert is_negated(text, text.index("on site")) is False
    assert is_negated("The answer was no, not on site.", 23) is True
