"""Classes of the eighth round (issue 11, r6): anchoring on the narrative, granularity, spans.
Invented sentences; publication day Thursday 21 March 2030 unless a test says otherwise."""

from __future__ import annotations

from datetime import date

from dateline.time.tagger import tag_text

THURSDAY = date(2030, 3, 21)


def _found(text: str, dct: date = THURSDAY) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in tag_text(text, dct)}


def test_a_year_later_after_a_year_is_a_duration_not_a_rate() -> None:
    found = _found("The militia seized the port in 2021. A year later it was driven out.")
    assert found["A year"] == ("DURATION", "P1Y")
    assert _found("The mine yields 40,000 tonnes a year.")["a year"] == ("SET", "P1Y")


def test_the_next_year_in_a_past_story_follows_the_year_told() -> None:
    found = _found("The accord was signed in 2004. The next year, the border reopened.")
    assert found["The next year"] == ("DATE", "2005")
    found = _found("She left the army in 2011, and the next year she ran for mayor.")
    assert found["the next year"] == ("DATE", "2012")


def test_the_next_year_after_a_year_ahead_follows_it() -> None:
    found = _found("The dam will open in 2034 and reach full output the next year.")
    assert found["the next year"] == ("DATE", "2035")


def test_the_next_year_about_the_future_counts_from_the_reference() -> None:
    found = _found("The ministry counted 300 strikes in 2019. Over the next year, the union will hold talks.")
    assert found["the next year"] == ("DATE", "2031")


def test_that_season_is_the_season_of_the_year_told() -> None:
    found = _found("Protests began in the spring of 2016 and faded that winter.")
    assert found["that winter"] == ("DATE", "2016-WI")
    found = _found("The first harvest came in 2009; by that fall the cooperative had 40 members.")
    assert found["that fall"] == ("DATE", "2009-FA")


def test_that_spring_as_a_verb_is_no_season() -> None:
    found = _found("In 2012 they listed the disputes that spring from the old border.")
    assert "that spring" not in found


def test_a_present_state_until_a_weekday_ends_ahead() -> None:
    assert _found("The book fair runs through Sunday.")["Sunday"] == ("DATE", "2030-03-24")
    assert _found("The museum remains closed until Tuesday.")["Tuesday"] == ("DATE", "2030-03-26")


def test_the_first_year_of_a_range_is_a_year_whatever_noun_follows() -> None:
    found = _found("The slump of 2015-16 cut wages.")
    assert found["2015"] == ("DATE", "2015")
    assert found["16"] == ("DATE", "2016")
    assert _found("A convoy of 2000 trucks crossed.") == {}
    assert _found("A column of 2000-3000 trucks crossed.") == {}


def test_a_headline_verb_between_capitalised_words_is_no_month() -> None:
    assert _found("Farmers March Against Water Cuts") == {}
    assert _found("Talks Collapse In March After Vote")["March"] == ("DATE", "2030-03")
    assert _found("In March Parliament voted.")["March"] == ("DATE", "2030-03")


def test_a_date_on_the_subject_of_a_simple_past_is_past() -> None:
    assert _found("The march on Saturday drew crowds.")["Saturday"] == ("DATE", "2030-03-16")
    assert _found("Friday's storm flooded the valley.")["Friday"] == ("DATE", "2030-03-15")


def test_a_date_on_the_subject_of_a_future_or_a_postponement_is_not_past() -> None:
    assert _found("The summit on Saturday will draw leaders.")["Saturday"] == ("DATE", "2030-03-23")
    assert _found("The vote on Sunday was postponed.")["Sunday"] == ("DATE", "2030-03-24")


def test_a_two_digit_year_after_day_and_month_is_the_year() -> None:
    found = _found("Posted 11:05 AM, Tue - 19 March 30 Nairobi: The envoys met.")
    assert found["19 March 30"] == ("DATE", "2030-03-19")
    assert found["11:05 AM"] == ("TIME", "2030-03-19T11:05")
    assert "4 March 30" not in _found("On 4 March 30 miners were trapped.")
