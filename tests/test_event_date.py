"""Event dating: the governing expression of the trigger's clause, else the tense relative to the
publication date (or to the range of an undated article)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from dateline.records import DateInterval, DocumentTime, Timex
from dateline.time.event_date import date_event

DCT = date(2021, 9, 15)  # a Wednesday


def anchored(day: date = DCT) -> DocumentTime:
    return DocumentTime(day, DateInterval(day, day, "day", 0.9, "published"))


def timex(text: str, phrase: str, value: str, start: date | None = None, end: date | None = None) -> Timex:
    """A Timex built by hand (as the tagger would emit it) for `phrase` inside `text`."""
    offset = text.index(phrase)
    interval = (
        DateInterval(start, end or start, "day" if start == (end or start) else "range", 0.9)
        if start
        else None
    )
    kind = "DURATION" if value.startswith("P") else "DATE"
    return Timex(offset, offset + len(phrase), phrase, kind, value, interval)


def trigger(doc, word: str):
    return next(t for t in doc if t.text == word)


def test_weekday_governs_verb_and_resolves_before_publication(nlp):
    text = "Germany and Chile on Tuesday signed a lithium agreement in Santiago."
    doc = nlp(text)
    iv = date_event(doc, trigger(doc, "signed"), [timex(text, "Tuesday", "XXXX-WXX-2")], anchored())
    assert (iv.start, iv.end) == (date(2021, 9, 14), date(2021, 9, 14))
    assert "Tuesday" in iv.basis


def test_weekday_governs_noun_trigger_through_its_verb(nlp):
    text = "The two presidents on Monday held a telephone conversation about grain exports."
    doc = nlp(text)
    iv = date_event(doc, trigger(doc, "conversation"), [timex(text, "Monday", "XXXX-WXX-1")], anchored())
    assert iv.is_day and iv.start == date(2021, 9, 13)


def test_future_weekday_resolves_after_publication(nlp):
    text = "The foreign ministers will meet in Vienna on Friday."
    doc = nlp(text)
    iv = date_event(doc, trigger(doc, "meet"), [timex(text, "Friday", "XXXX-WXX-5")], anchored())
    assert iv.is_day and iv.start == date(2021, 9, 17)


def test_month_in_past_perfect_takes_the_previous_year(nlp):
    text = "The envoy had visited Nairobi in April to prepare the summit."
    doc = nlp(text)
    iv = date_event(
        doc, trigger(doc, "visited"), [timex(text, "April", "XXXX-04")], anchored(date(2022, 1, 17))
    )
    assert (iv.start, iv.end, iv.granularity) == (date(2021, 4, 1), date(2021, 4, 30), "month")


def test_noun_attached_date_dates_the_noun_not_the_main_verb(nlp):
    text = "Recalling their meeting of Oct. 3, the two ministers discussed trade."
    doc = nlp(text)
    tx = [timex(text, "Oct. 3", "2021-10-03", date(2021, 10, 3))]
    anchor = anchored(date(2021, 10, 20))
    meeting = date_event(doc, trigger(doc, "meeting"), tx, anchor)
    assert meeting.is_day and meeting.start == date(2021, 10, 3)
    discussed = date_event(doc, trigger(doc, "discussed"), tx, anchor)
    assert discussed.start != date(2021, 10, 3) and discussed.end == date(2021, 10, 20)


def test_no_expression_in_the_past_is_an_interval_before_publication(nlp):
    text = "The two leaders exchanged views on regional security."
    doc = nlp(text)
    iv = date_event(doc, trigger(doc, "exchanged"), [], anchored())
    assert not iv.is_day
    assert iv.end == DCT and iv.start is not None and DCT - timedelta(days=14) <= iv.start < DCT
    assert iv.confidence < 0.5


def test_future_without_expression_is_after_publication(nlp):
    text = "The two leaders will sign a trade pact."
    doc = nlp(text)
    iv = date_event(doc, trigger(doc, "sign"), [], anchored())
    assert iv.start == DCT and iv.end is None


def test_expected_to_is_future(nlp):
    text = "The prime minister is expected to visit Ankara."
    doc = nlp(text)
    iv = date_event(doc, trigger(doc, "visit"), [], anchored())
    assert iv.start == DCT and iv.end is None


@pytest.mark.parametrize(
    ("text", "word", "phrase", "value", "day"),
    [
        ("The talks, which began in June, collapsed.", "collapsed", "June", "2021-06", date(2021, 6, 1)),
        (
            "Officials who met last Friday said the ceasefire held.",
            "held",
            "last Friday",
            "2021-09-10",
            date(2021, 9, 10),
        ),
    ],
)
def test_expression_of_another_clause_does_not_govern(nlp, text, word, phrase, value, day):
    doc = nlp(text)
    end = date(2021, 6, 30) if value == "2021-06" else day
    iv = date_event(doc, trigger(doc, word), [timex(text, phrase, value, day, end)], anchored())
    assert iv.start != day and iv.end == DCT


def test_coordinated_verb_shares_the_expression(nlp):
    text = "Kenya's president visited Addis Ababa last week and signed a water pact."
    doc = nlp(text)
    tx = [timex(text, "last week", "2021-W36", date(2021, 9, 6), date(2021, 9, 12))]
    iv = date_event(doc, trigger(doc, "signed"), tx, anchored())
    assert (iv.start, iv.end) == (date(2021, 9, 6), date(2021, 9, 12))


def test_duration_gives_a_range_ending_at_publication(nlp):
    text = "The envoys held several rounds of talks over the past two weeks."
    doc = nlp(text)
    iv = date_event(doc, trigger(doc, "held"), [timex(text, "the past two weeks", "P2W")], anchored())
    assert (iv.start, iv.end) == (DCT - timedelta(days=14), DCT)


def test_undated_article_gives_intervals(nlp):
    text = "Kenya's president visited Addis Ababa in May. The two sides signed a water pact."
    doc = nlp(text)
    anchor = DocumentTime(None, DateInterval(date(2021, 3, 1), date(2021, 12, 31), "range", 0.4))
    tx = [timex(text, "May", "XXXX-05")]
    visited = date_event(doc, trigger(doc, "visited"), tx, anchor)
    assert (visited.start, visited.end) == (date(2020, 5, 1), date(2021, 5, 31))
    signed = date_event(doc, trigger(doc, "signed"), tx, anchor)
    assert not signed.is_day and signed.end == date(2021, 12, 31)


def test_unknown_anchor_without_expression_is_unknown(nlp):
    doc = nlp("The ministers discussed energy cooperation.")
    iv = date_event(doc, trigger(doc, "discussed"), [], DocumentTime.unknown())
    assert iv.start is None and iv.end is None


def test_with_the_tagger(nlp):
    from dateline.time.component import DefaultTimeTagger

    tagger = DefaultTimeTagger()
    text = (
        "Brazil and Argentina on Thursday signed a gas accord. "
        "Their ministers had first met in Buenos Aires in March. "
        "A follow-up summit will be held next month."
    )
    doc = nlp(text)
    anchor = anchored(date(2023, 6, 9))  # a Friday
    timexes = tagger.tag(doc, anchor)
    signed = tagger.date_event(doc, trigger(doc, "signed"), timexes, anchor)
    assert signed.is_day and signed.start == date(2023, 6, 8)
    met = tagger.date_event(doc, trigger(doc, "met"), timexes, anchor)
    assert (met.start, met.end) == (date(2023, 3, 1), date(2023, 3, 31))
    summit = tagger.date_event(doc, trigger(doc, "summit"), timexes, anchor)
    assert (summit.start, summit.end) == (date(2023, 7, 1), date(2023, 7, 31))
