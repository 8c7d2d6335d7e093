"""Each rule runs only near its anchor (`patterns.Anchor`): its matches must be exactly those of a
scan of the whole text, for every rule, wherever the expressions sit among other words."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.time.patterns import RULES
from dateline.time.tagger import _Windows

# Invented phrases, at least one for each rule.
PHRASES = (
    "on Tuesday, March 4, 2031",
    "the 9th of Sept. 2029",
    "filed 2027-11-30 late",
    "Fri - 29 September 23 Lagos",
    "on 6/15/2028",
    "by Oct. 21 and 23",
    "patrols every night and each  Spring",
    "held from 4 to 6 Nov. 2030",
    "in early June 2026",
    "October nineteen ninety-nine",
    "in May of next year",
    "since last November",
    "during Thanksgiving week",
    "in mid-1987 and fiscal 2033, the 2031-32 season and 2029/2030",
    "since '98",
    "in FY'32 and the 2030-31 fiscal year",
    "nineteen eighty-four",
    "in the year two thousand and three",
    "during the late eighties",
    "the mid-1970s and the '60s",
    "the cars of the 80s and 90s",
    "two weeks from now and every other week",
    "on 14.03.2026 and 25/02/2026",
    "the twenty-first century",
    "late on the following Wednesday evening",
    "earlier today and yesterday afternoon",
    "this morning",
    "the day after tomorrow",
    "later in the coming quarter",
    "at the end of last month",
    "over the weekend and this past Sunday",
    "more than thirty-five years ago and decades ago",
    "for the past three consecutive weeks and a half",
    "for the next few months",
    "for years, over the years, hours later, a days-long wait, a month-long strike",
    "a truce after years of feuding",
    "twice a year, every 3 weeks, each Friday, on Sundays, Saturday nights, published weekly",
    "right now and in the near future",
    "at 6:45 p.m. EST on Monday, and at 23:10 and 0830 GMT",
    "at 7 in the morning and at noon Friday",
    "between 9 and 11 a.m. on Sunday",
    "the third quarter of 2030 and Q2 2031",
    "two years earlier than the year-earlier period",
    "the fiscal year ended March 31, 2032",
    "lower earnings for the fiscal year and this fiscal year",
    "the first half of this year",
    "last spring and the winter of 2024",
    "the second week of July and the week of Aug. 3",
    "the next day, the day before, that day, a day later",
    "Earlier in the week, then Later in the day, they met",
    "ended the day and the end of the day",
    "later that year",
    "that same evening, the prior quarter, fiscal 2031's first quarter, a quarter-century",
    "the same quarter last year and last year's period",
    "by year-end, for some time, for a while",
    "for the week and the weeks ahead",
    "it closed on the 5th, and is due by the 28th of next month",
    "earlier in the year, for the entire month and for a third straight day",
    "sold in the morning and bought in evening trading, the best week since May",
)
# Words between expressions, so that some stretches of text are far from any anchor.
FILLERS = (
    "the committee met behind closed doors",
    "ministers and envoys argued over the text of the accord",
    "",
    "İstanbul",  # lower() lengthens the text: anchors cannot be looked up in the lower-cased copy
)
SPACES = (" ", "\n\n", "  ", ", ")


def _spans(text: str) -> list[list[tuple[int, int]]]:
    whole = [[m.span() for m in rule.regex.finditer(text)] for rule in RULES]
    lower = text.lower()
    windows = _Windows(text, lower if len(lower) == len(text) else None)
    near = [[m.span() for m in windows.matches(rule)] for rule in RULES]
    assert near == whole
    return whole


def test_every_rule_matches_the_phrases_and_only_near_its_anchor() -> None:
    text = ". ".join(f"{p} {FILLERS[0]} {FILLERS[1]} {FILLERS[1]}" for p in PHRASES)
    found = _spans(text)
    assert all(found), [rule.name for rule, spans in zip(RULES, found, strict=True) if not spans]


def test_text_whose_lower_case_is_longer_is_scanned_whole() -> None:
    text = "İstanbul said on Monday, May 5, 2031 that for years it had met weekly."
    assert any(_spans(text))


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(PHRASES + FILLERS), max_size=12), st.lists(st.sampled_from(SPACES), max_size=12)
)
def test_any_arrangement_of_phrases(parts: list[str], seps: list[str]) -> None:
    text = "".join(p + (seps[k] if k < len(seps) else " ") for k, p in enumerate(parts))
    _spans(text)
