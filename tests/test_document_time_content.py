"""Document time of an article with no publication date, inferred from the days it reports, and the
event dates that follow from it; real spaCy and the real tagger, on the project's own sentences."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

import dateline
from dateline import components
from dateline.records import Article, DateInterval, DocumentTime, PublishedDate, TenureHint
from dateline.time.document_time import STORY_SPAN


@pytest.fixture(scope="module")
def tagger():
    return components.create(components.time_taggers, "default")


def _anchor(tagger, nlp, text: str, hints: tuple[TenureHint, ...] = ()) -> DocumentTime:
    article = Article(id="t", text=text, published=PublishedDate(None, "none", 0.0))
    return tagger.anchor(article, nlp(text), list(hints))


def test_undated_article_is_on_or_shortly_after_the_latest_day_it_reports(tagger, nlp) -> None:
    text = (
        "The fisheries ministers of Chile and Peru met in Arica on March 3, 2019. "
        "The two delegations signed a quota accord in Lima on April 9, 2019."
    )
    dt = _anchor(tagger, nlp, text)
    assert dt.dct is None  # inferred, never taken for a publication date
    assert dt.interval.start == dt.interval.likely == date(2019, 4, 9)
    # up to a month after it: in news most appear a day or two after, some weeks later
    assert dt.interval.end == date(2019, 4, 9) + timedelta(days=STORY_SPAN)
    assert dt.interval.basis.startswith("inferred")


def test_a_date_of_a_subordinate_clause_is_background_and_does_not_narrow(tagger, nlp) -> None:
    text = (
        "The envoys last met in Oslo in May 2015. "
        "The talks collapsed soon after the rebels seized the port on June 2, 2015."
    )
    dt = _anchor(tagger, nlp, text)
    assert dt.interval.likely is None
    assert dt.interval.end is None or dt.interval.end > date(2015, 7, 2)


def test_a_quoted_post_dates_the_article_from_its_day_on(tagger, nlp) -> None:
    text = (
        "Good talks with my Ghanaian colleague on cocoa prices. "
        "— Trade Desk (@tradedesk_gh) November 14, 2022\n"
        "The two ministers agreed to meet again."
    )
    dt = _anchor(tagger, nlp, text)
    assert dt.interval.start == dt.interval.likely == date(2022, 11, 14)
    assert dt.interval.end == date(2022, 11, 14) + timedelta(days=STORY_SPAN)


def test_a_yearless_day_with_its_weekday_found_after_a_year_the_story_follows(tagger, nlp) -> None:
    # September 12 is a Thursday in 2019 and 2024; only a past event "after the 2021 vote" places it
    text = (
        "After the 2021 vote, the senator changed sides. "
        "The senator announced her resignation on Thursday, September 12."
    )
    dt = _anchor(tagger, nlp, text)
    assert dt.interval.likely == date(2024, 9, 12) == dt.interval.start
    assert any("after the '2021'" in r for r in dt.reasons)


def test_before_a_named_year_is_no_bound(tagger, nlp) -> None:
    text = "Before the 2030 census, the council redrew the districts."
    dt = _anchor(tagger, nlp, text)
    assert not any("not older" in r for r in dt.reasons)


def test_an_announced_day_still_bounds_the_inferred_interval(tagger, nlp) -> None:
    text = (
        "The ministers signed the accord in Quito on June 20, 2017. "
        "They will meet again in Lima on June 23, 2017."
    )
    dt = _anchor(tagger, nlp, text)
    assert dt.interval.start == date(2017, 6, 20)
    assert dt.interval.end == date(2017, 6, 24)  # the future day, with its one day of grace


def test_events_of_an_undated_article_take_the_story_day_as_their_likely_day() -> None:
    text = (
        "The presidents of Ghana and Togo met in Lome on Wednesday, May 8, 2019. "
        "The two leaders discussed border security. "
        "The foreign ministers had spoken by phone on Monday."
    )
    discussed = text.index("discussed")
    found = dateline.date_event(text, None, discussed, discussed + len("discussed"))
    assert found["likely"] == "2019-05-08"
    assert found["end"] >= "2019-05-08"  # the interval stays what the evidence allows
    spoken = text.index("spoken")
    found = dateline.date_event(text, None, spoken, spoken + len("spoken"))
    assert found["likely"] == "2019-05-06"  # the Monday before the story's day


def test_an_article_with_a_publication_date_is_not_narrowed_by_the_content(tagger, nlp) -> None:
    text = "The ministers met in Arica on March 3, 2019."
    article = Article(id="t", text=text, published=PublishedDate("2019-03-05", "byline", 0.9))
    dt = tagger.anchor(article, nlp(text), [])
    assert dt.dct == date(2019, 3, 5) and dt.interval.likely is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Some 4,000 tonnes of grain have left the port so far in 2018, the agency said.",
        "The agency has counted 4,000 departures in 2018 so far.",
    ],
)
def test_a_count_so_far_in_a_year_is_the_year_of_publication(tagger, nlp, sentence: str) -> None:
    dt = _anchor(tagger, nlp, sentence)
    assert (dt.interval.start, dt.interval.end) == (date(2018, 1, 1), date(2018, 12, 31))


def test_a_year_without_so_far_is_only_a_soft_window(tagger, nlp) -> None:
    dt = _anchor(tagger, nlp, "Some 4,000 tonnes of grain have left the port since 2018.")
    assert dt.interval.end is None or dt.interval.end > date(2018, 12, 31)


def test_a_page_date_line_inside_the_content_estimate_is_kept_as_the_day(tagger, nlp) -> None:
    # a tenure leaves years open; the page's own date line (below the trusted level) agrees with it
    text = "Foreign Minister Ana Ruiz discussed fisheries quotas with her Peruvian counterpart."
    ruiz = TenureHint("Foreign Minister Ana Ruiz", "ruiz", DateInterval(date(2010, 5, 2), date(2014, 8, 30)))
    article = Article(id="t", text=text, published=PublishedDate("2012-04-03", "published-line", 0.6))
    dt = tagger.anchor(article, nlp(text), [ruiz])
    assert dt.dct == date(2012, 4, 3)
    crawl = Article(id="t", text=text, published=PublishedDate("2012-04-03", "header", 0.3))
    assert tagger.anchor(crawl, nlp(text), [ruiz]).dct is None  # a likely crawl day stays a bound


def test_the_lead_that_dates_the_story_skips_headline_and_byline() -> None:
    text = (
        "Ministers of Chad and Niger agree on new border posts\n"
        "By Staff Reporter | Fri 14 June 2024\n"
        "The interior ministers of the two countries met in N'Djamena to review security.\n"
        "In a statement late on Thursday, the ministry said the two sides agreed on four new posts.\n"
        "The ministers signed a protocol on patrols."
    )
    start = text.index("signed")
    found = dateline.date_event(text, "2024-06-14", start, start + len("signed"))
    assert found["likely"] == "2024-06-13"  # the story's Thursday, not the Friday of publication


def test_the_start_of_a_count_since_a_year_bounds_the_article_below_only(tagger, nlp) -> None:
    text = "The coast guard has logged more than 300 incursions since 2019. Talks resumed on Monday."
    dt = _anchor(tagger, nlp, text)
    assert dt.interval.start == date(2019, 1, 1) and dt.interval.end is None
    # the same year named as the time of an event sets no upper side either: news recalls old
    # years as often as recent ones, so nothing says the article was written within a year of it
    dated = _anchor(tagger, nlp, text.replace("since 2019", "in 2019"))
    assert dated.interval.end is None
    assert not any("within a year" in r for r in dated.reasons)


def test_a_span_since_a_date_on_a_noun_bounds_the_article_below(tagger, nlp) -> None:
    # the date hangs on "time", not on a verb; the article is still written after it, and an older
    # date the text names as history ("the 1994 accord") no longer pulls it back
    text = (
        "It was the fourth raid since September 2022 that the army has blamed on the militia. "
        "The militia takes its name from the accord of June 5, 1994."
    )
    dt = _anchor(tagger, nlp, text)
    assert dt.interval.start == date(2022, 9, 1)
    assert any("since" in r for r in dt.reasons)


def test_an_office_that_ended_gives_way_to_a_later_dated_event(tagger, nlp) -> None:
    # copy names people by the title they held: the dated event, not the old office, places the text
    text = (
        "President Ana Varga opened the first bridge over the river in 1996. "
        "The second bridge opened to traffic on May 2, 2021."
    )
    varga = TenureHint("President Ana Varga", "varga", DateInterval(date(1991, 1, 1), date(1999, 1, 1)))
    dt = _anchor(tagger, nlp, text, (varga,))
    assert dt.interval.start == date(2021, 5, 2)
    assert dt.interval.end is None or dt.interval.end > date(2021, 5, 2)
    assert any("ignored, contradicts" in r and "Ana Varga" in r for r in dt.reasons)
