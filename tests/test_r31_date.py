"""Round 31 (docs/dating.md): a day on a verb of sequence or on an earlier event is past; a merged
report's likely day yields to the weekday the undated report names. Invented sentences."""

from __future__ import annotations

import pytest

import dateline
from dateline.records import RawDocument


def _day(text: str, word: str, published: str = "2031-05-14") -> str | None:
    start = text.index(word)
    return dateline.date_event(text, published, start, start + len(word))["likely"]


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # 2031-05-14 is a Wednesday: the Sunday before is the 11th, the Tuesday the 13th
        (
            "The Geneva talks follow a proposal by the president on Sunday to resume negotiations.",
            "proposal",
            "2031-05-11",
        ),
        (
            "The dispute stems from Norway's earlier raids on Tuesday, which killed two people.",
            "raids",
            "2031-05-13",
        ),
        (
            "Pakistan recalled its envoy, after Iran's earlier strikes on Tuesday killed two children.",
            "strikes",
            "2031-05-13",
        ),
        # a timetable keeps its forward reading
        ("The council meets on Friday to discuss the budget.", "meets", "2031-05-16"),
        ("The ministers hold talks on Friday in Oslo.", "talks", "2031-05-16"),
    ],
)
def test_a_day_on_an_event_told_as_earlier_is_past(text: str, word: str, expected: str) -> None:
    assert _day(text, word) == expected


# Published Wednesday 2031-05-14; the expulsion has no day of its own: likely the publication day.
DATED = (
    "Oslo expels diplomats\n\nNorway expelled three Danish diplomats in a row over fishing quotas, "
    "the foreign ministry in Oslo said."
)
# The same expulsion, no date anywhere, "on Monday": the 12th, not the dated report's likely day.
UNDATED = (
    "Diplomats told to leave\n\nOn Monday, Norway expelled three Danish diplomats in a row over "
    "fishing quotas. The diplomats must leave within three days. The quota dispute has simmered for "
    "years.\n\nIn a statement, Denmark summoned the Norwegian ambassador in Copenhagen."
)


def test_a_likely_day_yields_to_the_weekday_the_undated_report_names() -> None:
    raws = [
        RawDocument(source="dated.txt", id="dated", text=DATED, published="2031-05-14"),
        RawDocument(source="undated.txt", id="undated", text=UNDATED, published=None),
    ]
    events = [e.to_json() for e in dateline.process(raws)]
    dates = {m["trigger"]: m["date"] for e in events for m in e["mentions"] if m["article"] == "undated"}
    # the undated article appeared on or after Monday: its undated summons is that day's news too,
    # not the day the dated report was published
    assert [d["likely"] for t, d in dates.items() if t.startswith(("expelled", "summoned"))] == [
        "2031-05-12",
        "2031-05-12",
    ]


# Wednesday 2031-05-14 and Friday 2031-05-16: two strikes of one side, on Tuesday and on Thursday, told
# by dated articles; an undated article on the strike "on Thursday" is left apart by merging (two dated
# strikes could be it) and takes the Thursday the reports alike give, not their earliest day
TUESDAY = (
    "Denmark strikes Norway\n\nDenmark launched missile strikes on targets in Norway on Tuesday, the "
    "defence ministry in Copenhagen said."
)
THURSDAY = (
    "Denmark strikes again\n\nDenmark launched missile strikes on targets in Norway on Thursday, the "
    "defence ministry in Copenhagen said."
)
THURSDAY_UNDATED = (
    "Copenhagen strikes again\n\nDenmark launched missile strikes on targets in Norway on Thursday, "
    "officials in Copenhagen said. Danish jets flew over the fjords."
)


def test_reports_alike_give_the_day_on_the_weekday_the_undated_report_names() -> None:
    raws = [
        RawDocument(source="tuesday.txt", id="tuesday", text=TUESDAY, published="2031-05-14"),
        RawDocument(source="thursday.txt", id="thursday", text=THURSDAY, published="2031-05-16"),
        RawDocument(source="undated.txt", id="undated", text=THURSDAY_UNDATED, published=None),
    ]
    events = [e.to_json() for e in dateline.process(raws)]
    (strike,) = [
        m
        for e in events
        for m in e["mentions"]
        if m["article"] == "undated" and m["trigger"].startswith("launched")
    ]
    assert strike["date"]["likely"] == "2031-05-15"  # not the Thursday before Tuesday's strike
