"""Property tests: the tagger never raises, and every value it emits is valid TimeML."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.time.tagger import tag_text
from dateline.time.values import is_valid_value

# Text mixing time words with arbitrary characters reaches far more rules than plain random text.
WORDS = st.sampled_from(
    ["on", "Tuesday", "last", "week", "in", "April", "2021", "the", "past", "two", "weeks", "Aug.", "25",
     "11:55", "pm", "every", "year", "1990s", "late", "said", "will", "meet", "ago", "Q3", "spring", ","]
)  # fmt: skip
TEXT = st.one_of(st.text(max_size=80), st.lists(WORDS, max_size=16).map(" ".join))


@settings(max_examples=60, deadline=None)
@given(TEXT, st.one_of(st.none(), st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31))))
def test_tag_text_never_raises_and_values_are_valid(text: str, dct: date | None) -> None:
    for timex in tag_text(text, dct):
        assert is_valid_value(timex.value), timex
        assert text[timex.start : timex.end] == timex.text


@given(st.sampled_from(["2021-09-14", "2021-W37", "2021-Q3", "2021-SU", "P2W", "PXY", "PAST_REF",
                        "XXXX-08-25", "199", "2021-09-15TMO", "PT5H30M", "XXXX-WXX-2"]))  # fmt: skip
def test_known_values_are_valid(value: str) -> None:
    assert is_valid_value(value)


@given(st.sampled_from(["2021-13", "yesterday", "P", "2021-W", "21-09-14", "PT", ""]))
def test_malformed_values_are_rejected(value: str) -> None:
    assert not is_valid_value(value)
