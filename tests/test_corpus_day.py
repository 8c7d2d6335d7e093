"""The publication day of an undated article pinned by its own time words on an event a dated article
states the day of (time/corpus_day.py, dedup/doctime.py), through the real pipeline and store."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.pipeline import Pipeline
from dateline.records import DateInterval, DocumentTime, PublishedDate, RawDocument
from dateline.run import run
from dateline.store.database import Database
from dateline.time.corpus_day import PINNED_BASIS, pinned_day
from dateline.time.document_time import CORPUS, PINNED_SOURCE, adopted, given
from dateline.time.tagger import tag

# Published on Friday 7 June 2024: the call "on Thursday" is the 6th.
DATED = (
    "Leaders talk by phone\n\nOn Thursday, Kenyan President William Ruto held a telephone conversation "
    "with Ugandan President Yoweri Museveni about the new oil pipeline, his office said."
)
# The same call, no date on the page: "yesterday" puts the page on the 7th.
YESTERDAY = (
    "Ruto and Museveni discuss pipeline\n\nPresident William Ruto yesterday held a telephone conversation "
    "with President Yoweri Museveni on the oil pipeline. On Monday, Ruto had met Tanzanian envoys in "
    "Nairobi."
)
# The same call told as "today": the page is of the 6th.
TODAY = (
    "Pipeline call\n\nPresident William Ruto held a telephone conversation with President Yoweri Museveni "
    "today about the oil pipeline."
)
# Only a weekday: any day of the week from the 6th fits, so no day is chosen.
WEEKDAY = (
    "Pipeline call\n\nPresident William Ruto held a telephone conversation with President Yoweri Museveni "
    "on Thursday about the oil pipeline."
)
# "today" inside a quotation is the speaker's day, not the page's.
QUOTED = (
    "Pipeline call\n\nMuseveni's spokesman said: \u201cPresident William Ruto held a telephone conversation "
    "with President Yoweri Museveni today about the oil pipeline.\u201d"
)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _published(tmp_path, pipeline: Pipeline, undated: str, dated: str = DATED) -> dict:
    raws = [
        RawDocument(source="dated.txt", id="dated", text=dated, published="2024-06-07"),
        RawDocument(source="undated.txt", id="undated", text=undated),
    ]
    with Database(tmp_path / "pin.duckdb") as db:
        assert not run(raws, pipeline, db).errors
        article = next(a for a in db.articles(with_removed=True) if a["id"] == "undated")
        events = db.events(mention_detail=True)
    return {"article": article, "events": events}


def test_yesterday_on_a_call_a_dated_article_states_pins_the_next_day(tmp_path, pipeline):
    found = _published(tmp_path, pipeline, YESTERDAY)
    published = found["article"]["published"]
    # the page shows no day: its publication date stays absent, the pinned day dates its events
    assert published["value"] is None and found["article"]["document_time"]["dct"] == "2024-06-07"
    (pin,) = [c for c in published["candidates"] if c["source"] == PINNED_SOURCE]
    assert pin["value"] == "2024-06-07" and pin["inferred"] and pin["note"].startswith(PINNED_BASIS)
    assert "states" in pin["note"] and "dated" in pin["note"]
    assert any(c["source"] == CORPUS and c.get("mention") for c in published["candidates"])
    # its other events are dated from that day: "On Monday" is the 3rd
    mentions = [m for e in found["events"] for m in e["mentions"] if m["article"] == "undated"]
    met = [m["date"] for m in mentions if m["trigger"] == "met"]
    assert met and met[0]["start"] == met[0]["end"] == "2024-06-03"


def _pinned_day(article: dict) -> str | None:
    assert article["published"]["value"] is None
    return article["document_time"]["dct"]


def test_today_pins_the_day_itself(tmp_path, pipeline):
    assert _pinned_day(_published(tmp_path, pipeline, TODAY)["article"]) == "2024-06-06"


# Announced on Friday 7 June 2024 for Saturday the 8th; the undated announcement says "tomorrow".
PLANNED = (
    "Leaders to meet\n\nKenyan President William Ruto will hold talks with Ugandan President Yoweri "
    "Museveni in Kampala on Saturday, his office said."
)
TOMORROW = (
    "Ruto to visit Kampala\n\nPresident William Ruto will hold talks with President Yoweri Museveni in "
    "Kampala tomorrow, officials said."
)


def test_tomorrow_on_talks_a_dated_article_announces_pins_the_day_before(tmp_path, pipeline):
    article = _published(tmp_path, pipeline, TOMORROW, dated=PLANNED)["article"]
    assert _pinned_day(article) == "2024-06-07"


@pytest.mark.parametrize("text", [WEEKDAY, QUOTED], ids=["weekday", "quoted"])
def test_no_day_where_the_words_leave_several_or_are_a_speakers(tmp_path, pipeline, text):
    article = _published(tmp_path, pipeline, text)["article"]
    assert article["published"]["value"] is None and article["document_time"]["dct"] is None


# The call "On Thursday" (the 6th), and a statement "on Friday" with no date of the page.
THURSDAY = (
    "Pipeline call\n\nOn Thursday, President William Ruto held a telephone conversation with President "
    "Yoweri Museveni about the oil pipeline. On Friday, Museveni met Tanzanian envoys in Kampala."
)


def test_a_weekday_on_a_call_a_dated_article_states_ends_the_window_a_week_later(tmp_path, pipeline):
    # the page appeared within the week after the 6th, not in the month after the story's day, and
    # no day of that week is pinned; its "On Friday" is then no later than the 7th (the month after
    # the 6th ran to any Friday of it)
    found = _published(tmp_path, pipeline, THURSDAY)
    article = found["article"]
    window = article["document_time"]
    assert window["dct"] is None and window["start"] == "2024-06-06"
    assert "2024-06-07" <= window["end"] <= "2024-06-12"
    assert not any(c["source"] == PINNED_SOURCE for c in article["published"]["candidates"])
    mentions = [m for e in found["events"] for m in e["mentions"] if m["article"] == "undated"]
    met = [m["date"] for m in mentions if m["trigger"] == "met"]
    # round 25: the weekday on the story's side of its day, alone (the Friday before the 6th)
    assert met and met[0]["start"] >= "2024-05-31" and met[0]["end"] <= "2024-06-07"


def test_a_pinned_day_is_a_candidate_not_the_date_the_page_shows_and_adopting_twice_gives_the_same():
    page = PublishedDate(None, "dateline", 0.0, "a dateline without its year", month_day="--06-07")
    pinned = DateInterval(date(2024, 6, 7), date(2024, 6, 7), "day", 0.6, f"{PINNED_BASIS}its own words")
    first = adopted(page, DocumentTime(date(2024, 6, 7), pinned))
    assert first.value is None and first.source == "dateline" and first.month_day == "--06-07"
    (pin,) = first.candidates
    assert (pin.value, pin.source, pin.inferred) == ("2024-06-07", PINNED_SOURCE, True)
    assert adopted(first, DocumentTime(date(2024, 6, 7), pinned)) == first
    assert given(first) == page
    # a day the content alone places is not adopted, nor is no day
    placed = DateInterval(date(2024, 6, 7), date(2024, 6, 7), "day", 0.6, "placed in its only year")
    assert adopted(page, DocumentTime(date(2024, 6, 7), placed)) == page
    assert adopted(page, DocumentTime.unknown()) == page


# Friday 7 June 2024 if the call was on Thursday the 6th; "On Tuesday" is then the 4th.
TWO_REPORTS = (
    "President William Ruto yesterday held a telephone conversation with President Yoweri Museveni. "
    "On Tuesday, the two foreign ministers met in Nairobi."
)


def _report(text: str, trigger: str, day: str) -> PublishedDate:
    note = f"'{trigger}' on {day}"
    return PublishedDate(day, CORPUS, 0.3, note, inferred=True, mention=f"x:{text.index(trigger)}:CONSULT")


@pytest.fixture(scope="module")
def two_reports(pipeline):
    doc = pipeline.nlp(TWO_REPORTS)
    return doc, tag(doc, DocumentTime.unknown())


def test_a_weekday_report_allows_the_day_another_pins(two_reports):
    doc, timexes = two_reports
    call = _report(TWO_REPORTS, "held", "2024-06-06")
    meeting = _report(TWO_REPORTS, "met", "2024-06-04")
    pin = pinned_day(doc, timexes, [call, meeting], lambda day: True)
    assert pin is not None and pin.day == date(2024, 6, 7)
    assert "'held' on 2024-06-06" in pin.basis and "'met' on 2024-06-04" in pin.basis
    assert date(2024, 6, 10) in pin.losing  # the meeting's week allowed it, the call did not
    # the weekday alone pins no day, only the week of which that Tuesday is the last one named; a
    # bound of the content against the day pins nothing
    week = pinned_day(doc, timexes, [meeting], lambda day: True)
    assert week is not None and week.last is not None and week.losing == ()
    assert date(2024, 6, 4) <= week.day < date(2024, 6, 7) < week.last <= date(2024, 6, 11)
    cut = pinned_day(doc, timexes, [meeting], lambda day: day <= date(2024, 6, 8))
    assert cut is not None and cut.day == week.day and cut.last == date(2024, 6, 8)
    assert pinned_day(doc, timexes, [call, meeting], lambda day: day < date(2024, 6, 7)) is None


def test_a_report_its_words_cannot_place_on_the_stated_day_vetoes(two_reports):
    doc, timexes = two_reports
    call = _report(TWO_REPORTS, "held", "2024-06-06")
    wednesday = _report(TWO_REPORTS, "met", "2024-06-05")  # "On Tuesday" is never a Wednesday
    assert pinned_day(doc, timexes, [call, wednesday], lambda day: True) is None


def test_a_day_pinned_from_the_corpus_dates_no_other_article(tmp_path, pipeline):
    # the meeting the pinned article dates "On Monday" (the 3rd), told "yesterday" by a third article
    third = "Envoys in Nairobi\n\nKenyan President William Ruto met Tanzanian envoys in Nairobi yesterday."
    raws = [
        RawDocument(source="dated.txt", id="dated", text=DATED, published="2024-06-07"),
        RawDocument(source="undated.txt", id="undated", text=YESTERDAY),
        RawDocument(source="third.txt", id="third", text=third),
    ]
    with Database(tmp_path / "chain.duckdb") as db:
        assert not run(raws, pipeline, db).errors
        articles = {a["id"]: a for a in db.articles(with_removed=True)}
        events = db.events(mention_detail=True)
    assert _pinned_day(articles["undated"]) == "2024-06-07"
    met = next(e for e in events if any(m["article"] == "third" for m in e["mentions"]))
    assert {m["article"] for m in met["mentions"]} == {"undated", "third"}  # the same meeting
    published = articles["third"]["published"]
    assert published["value"] is None and not published["candidates"]
