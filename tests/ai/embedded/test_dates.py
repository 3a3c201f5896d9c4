from __future__ import annotations

from datetime import date

from matcha.ai.embedded.dates import explicit_years, find_spans, merged_years

TODAY = date(2026, 1, 15)


def test_formats() -> None:
    assert [s.years for s in find_spans("2018 – 2021", TODAY)] == [3.0]
    assert [s.years for s in find_spans("03/2017 to 06/2020", TODAY)] == [3.3]
    assert [s.years for s in find_spans("Sept. 2016 – Feb. 2019", TODAY)] == [2.5]


def test_present_uses_injected_today() -> None:
    (span,) = find_spans("Jan 2019 - Present", TODAY)
    assert span.ongoing and span.years == 7.0
    (later,) = find_spans("Jan 2019 - Present", date(2027, 1, 15))
    assert later.years == 8.0


def test_overlapping_ranges_count_once() -> None:
    spans = find_spans("2015 - 2018; 2017 - 2020; 2022 - 2024", TODAY)
    assert merged_years(spans) == 7.0


def test_explicit_statement() -> None:
    assert explicit_years("I have 7 years of experience in Go.") == 7.0
    assert explicit_years("Over nine years of experience") == 9.0
    assert explicit_years("Lots of experience") is None


def test_more_forms() -> None:
    assert [(s.years, s.ongoing) for s in find_spans("Since 2023", TODAY)] == [(3.0, True)]
    assert [s.years for s in find_spans("Summer 2017", TODAY)] == [0.2]
    assert [s.years for s in find_spans("2020-04 – 2022-03", TODAY)] == [2.0]
    assert [s.years for s in find_spans("05.2016 – 04.2019", TODAY)] == [3.0]


def test_newest_first_range() -> None:
    (span,) = find_spans("Now – Jul 2022", TODAY)
    assert span.ongoing and span.years == 3.5
    assert [s.years for s in find_spans("2022 – 2019", TODAY)] == [3.0]
