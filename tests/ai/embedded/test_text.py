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
