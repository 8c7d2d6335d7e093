"""Property tests: the tagger, document time and event dating never raise, and every value the tagger
emits is valid TimeML, whatever the dates in the text look like and whatever the anchor."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.nlp import load
from dateline.records import Article, PublishedDate
from dateline.time.component import DefaultTimeTagger
from dateline.time.tagger import tag_text
from dateline.time.values import is_valid_value

# Text mixing time words with arbitrary characters reaches far more rules than plain random text.
WORDS = st.sampled_from(
    ["on", "Tuesday", "last", "week", "in", "April", "2021", "the", "past", "two", "weeks", "Aug.", "25",
     "11:55", "pm", "every", "year", "1990s", "late", "said", "will", "meet", "ago", "Q3", "spring", ","]
)  # fmt: skip
MONTHS = st.sampled_from(["January", "Feb.", "Sept.", "May", "Dec", "March"])
UNITS = st.sampled_from(["days", "weeks", "months", "years", "decades", "centuries", "quarters", "hours"])
# Numbers of any size, and fields outside the calendar (month 0 or 13, day 30 of February, year 0).
NUMBER = st.one_of(st.integers(0, 40), st.integers(0, 10**30))
FIELD = st.integers(0, 99)
YEAR = st.integers(0, 99999)


@st.composite
def date_forms(draw) -> str:
    """A date written in one of the forms the tagger reads, with possibly impossible fields."""
    y, m, d = draw(YEAR), draw(FIELD), draw(FIELD)
    forms = [
        f"{y:04d}-{m:02d}-{d:02d}",  # ISO
        f"{y:04d}-{m:02d}-{d:02d} {d % 30}:{m:02d}:00",  # ISO with a clock time
        f"{m}/{d}/{y}",
        f"{d}.{m}.{y}",
        f"{d} {draw(MONTHS)} {y}",
        f"{draw(MONTHS)} {d}, {y}",
        f"{draw(MONTHS)} {d}",
        f"{draw(NUMBER)} {draw(UNITS)} ago",
        f"{draw(NUMBER)} {draw(UNITS)}",
        "next week",
        "last Friday",
        "the next day",
        "yesterday",
        f"the third quarter of {y}",
    ]
    return draw(st.sampled_from(forms))


SENTENCE = st.builds("The talks began {} and ended {}, officials said.".format, date_forms(), date_forms())
TEXT = st.one_of(st.text(max_size=80), st.lists(WORDS, max_size=16).map(" ".join), SENTENCE)
# The calendar's ends as anchors: relative expressions step off them.
ANCHOR = st.one_of(
    st.none(),
    st.sampled_from([date.min, date.max, date(1, 1, 6), date(9999, 12, 27)]),
    st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)),
)


@settings(max_examples=120, deadline=None)
@given(TEXT, ANCHOR)
def test_tag_text_never_raises_and_values_are_valid(text: str, dct: date | None) -> None:
    for timex in tag_text(text, dct):
        assert is_valid_value(timex.value), timex
        assert text[timex.start : timex.end] == timex.text


@settings(max_examples=60, deadline=None)
@given(SENTENCE, ANCHOR)
def test_document_time_and_event_dates_never_raise(text: str, day: date | None) -> None:
    component = DefaultTimeTagger()
    published = PublishedDate(day.isoformat() if day else None, "input", 0.9 if day else 0.0)
    doc = load()(text)
    anchor = component.anchor(Article(id="p", text=text, published=published), doc, [])
    timexes = component.tag(doc, anchor)
    for token in doc:
        if token.pos_ == "VERB":
            interval = component.date_event(doc, token, timexes, anchor)
            if interval.start and interval.end:
                assert interval.start <= interval.end


@given(st.sampled_from(["2021-09-14", "2021-W37", "2021-Q3", "2021-SU", "P2W", "PXY", "PAST_REF",
                        "XXXX-08-25", "199", "2021-09-15TMO", "PT5H30M", "XXXX-WXX-2"]))  # fmt: skip
def test_known_values_are_valid(value: str) -> None:
    assert is_valid_value(value)


@given(st.sampled_from(["2021-13", "yesterday", "P", "2021-W", "21-09-14", "PT", ""]))
def test_malformed_values_are_rejected(value: str) -> None:
    assert not is_valid_value(value)


@pytest.mark.parametrize("phrase", ["next spring", "the fourth quarter of next year"])
def test_a_value_past_the_calendar_is_no_timex(phrase: str) -> None:
    # Seasons and quarters a year after 9999 have no TIMEX3 value: the expression is left untagged.
    assert all(is_valid_value(t.value) for t in tag_text(f"The talks end {phrase}.", date.max))
