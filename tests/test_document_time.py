"""Document time: a trusted publication date, or an estimate from content and actor tenures."""

from __future__ import annotations

from datetime import date

from dateline.records import Article, DateInterval, PublishedDate, TenureHint, Timex
from dateline.time.document_time import estimate

RUIZ = TenureHint(
    "Foreign Minister Ana Ruiz", "ruiz", DateInterval(date(2010, 5, 2), date(2014, 8, 30), "range", 0.9)
)


def article(text: str, value: str | None = None, source: str = "none", confidence: float = 0.0) -> Article:
    return Article(id="t", text=text, published=PublishedDate(value, source, confidence))


def timex(text: str, phrase: str, value: str, day: date | None = None) -> Timex:
    offset = text.index(phrase)
    interval = DateInterval(day, day, "day", 0.95) if day else None
    return Timex(offset, offset + len(phrase), phrase, "DATE", value, interval)


def test_trusted_publication_date_is_the_document_time(nlp):
    text = "The two ministers discussed fisheries in Lima."
    dt = estimate(article(text, "2019-04-02", "byline", 0.9), nlp(text), [], [])
    assert dt.dct == date(2019, 4, 2) and dt.interval.is_day and dt.interval.confidence == 0.9


def test_trusted_date_before_a_tenure_began_is_lowered_and_loses(nlp):
    text = "Foreign Minister Ana Ruiz discussed fisheries with her Peruvian counterpart."
    dt = estimate(article(text, "2008-06-01", "html-meta", 0.8), nlp(text), [RUIZ], [])
    assert dt.dct is None
    assert dt.interval.start == RUIZ.interval.start and dt.interval.end == RUIZ.interval.end
    assert any("contradicts" in r and "lowered" in r for r in dt.reasons)


def test_trusted_date_after_a_tenure_ended_is_kept(nlp):
    # A title in a retrospective ("Foreign Minister Ana Ruiz signed the treaty in 2012") names an
    # office that ended long before the article: history, not a misdated article.
    text = "Foreign Minister Ana Ruiz signed the fisheries treaty with Peru in 2012."
    dt = estimate(article(text, "2021-06-01", "html-meta", 0.8), nlp(text), [RUIZ], [])
    assert dt.dct == date(2021, 6, 1)


def test_header_date_loses_to_tenure_hints(nlp):
    text = "Foreign Minister Ana Ruiz said the border talks would resume."
    dt = estimate(article(text, "2023-05-06", "header", 0.4), nlp(text), [RUIZ], [])
    assert dt.dct is None
    assert RUIZ.interval.start <= dt.interval.start and dt.interval.end <= RUIZ.interval.end
    assert any("loses" in r for r in dt.reasons)


def test_header_date_that_agrees_narrows_to_its_day(nlp):
    text = "The ministers met in Oslo on March 3, 2019 to discuss Arctic shipping."
    tx = [timex(text, "March 3, 2019", "2019-03-03", date(2019, 3, 3))]
    dt = estimate(article(text, "2019-03-05", "header", 0.4), nlp(text), [], tx)
    assert dt.dct == date(2019, 3, 5)
    assert any("agrees" in r for r in dt.reasons)


def test_latest_past_absolute_date_bounds_an_undated_article(nlp):
    text = "The ministers met in Oslo on March 3, 2019. They signed the accord in Rome on June 12, 2019."
    tx = [
        timex(text, "March 3, 2019", "2019-03-03", date(2019, 3, 3)),
        timex(text, "June 12, 2019", "2019-06-12", date(2019, 6, 12)),
    ]
    dt = estimate(article(text), nlp(text), [], tx)
    assert dt.dct is None
    assert dt.interval.start == date(2019, 6, 12)
    assert dt.interval.end is not None and date(2019, 6, 12) < dt.interval.end <= date(2020, 6, 12)


def test_weekday_with_day_of_month_picks_the_matching_year(nlp):
    text = "On Monday, March 18, the two governments signed a customs agreement."
    tx = [timex(text, "Monday, March 18", "XXXX-03-18")]
    tenure = TenureHint("Trade Minister", "t", DateInterval(date(2015, 1, 1), date(2022, 12, 31), "range"))
    dt = estimate(article(text), nlp(text), [tenure], tx)
    # 2019 is the only year of the tenure in which March 18 is a Monday.
    assert date(2019, 3, 18) <= dt.interval.start and dt.interval.end <= date(2019, 3, 25)


def test_separate_weekday_and_date_expressions_are_paired(nlp):
    text = "The accord was signed on Monday, March 18, in Geneva."
    tx = [timex(text, "Monday", "XXXX-WXX-1"), timex(text, "March 18", "XXXX-03-18")]
    tenure = TenureHint("Trade Minister", "t", DateInterval(date(2015, 1, 1), date(2022, 12, 31), "range"))
    dt = estimate(article(text), nlp(text), [tenure], tx)
    assert date(2019, 3, 18) <= dt.interval.start and dt.interval.end <= date(2019, 3, 25)


def test_dating_term_is_a_lower_bound(nlp):
    text = "The health ministers discussed COVID-19 vaccine supplies."
    dt = estimate(article(text), nlp(text), [TenureHint("x", "x", DateInterval(None, date(2023, 1, 1)))], [])
    assert dt.interval.start == date(2020, 2, 11) and dt.interval.end == date(2023, 1, 1)


def test_conflicting_tenures_keep_the_largest_agreeing_group(nlp):
    text = "Foreign Minister Ana Ruiz met Defence Minister Luis Soto and Premier Eva Lind."
    soto = TenureHint("Defence Minister Luis Soto", "soto", DateInterval(date(2012, 1, 1), date(2016, 1, 1)))
    lind = TenureHint("Premier Eva Lind", "lind", DateInterval(date(2001, 1, 1), date(2003, 1, 1)))
    dt = estimate(article(text), nlp(text), [RUIZ, soto, lind], [])
    assert (dt.interval.start, dt.interval.end) == (date(2012, 1, 1), date(2014, 8, 30))
    assert any("Eva Lind" in r and "ignored" in r for r in dt.reasons)


def test_no_evidence_and_no_date_is_unknown(nlp):
    text = "The ministers discussed trade."
    dt = estimate(article(text), nlp(text), [], [])
    assert dt.dct is None and dt.interval.start is None and dt.interval.end is None


def test_low_confidence_header_alone_is_only_an_upper_bound(nlp):
    text = "The ministers discussed trade."
    dt = estimate(article(text, "2024-11-23", "header", 0.3), nlp(text), [], [])
    assert dt.dct is None and dt.interval.start is None and dt.interval.end == date(2024, 11, 23)


def test_component_anchor_with_the_tagger(nlp):
    from dateline import components

    tagger = components.create(components.time_taggers, "default")
    text = (
        "Foreign Minister Ana Ruiz said on Tuesday that the two countries signed a fisheries pact "
        "on May 14, 2012. The ministers will meet again in Lima."
    )
    dt = tagger.anchor(article(text, "2024-01-09", "header", 0.4), nlp(text), [RUIZ])
    assert dt.dct is None
    assert dt.interval.start == date(2012, 5, 14) and dt.interval.end <= RUIZ.interval.end


def test_seed_articles_document_time(seeds_dir):
    """Through the whole pipeline: trusted bylines are kept; the crawl-day header of a misdated page
    never becomes the document time; an undated article is bounded by its content."""
    from dateline.pipeline import Pipeline
    from dateline.records import RawDocument

    pipeline = Pipeline()
    results = {}
    for path in sorted(seeds_dir.glob("*.txt")):
        raw = RawDocument(source=str(path), id=path.stem, text=path.read_text(encoding="utf-8"))
        results[path.stem[:3]] = pipeline.process(raw)
    for key in ("000", "001"):
        article, dt = results[key].article, results[key].document_time
        assert dt.dct is not None and dt.dct.isoformat() == article.published.value
    misdated = results["002"].document_time
    assert misdated.dct is None and misdated.interval.start is not None
    assert misdated.interval.start >= date(2020, 1, 1)
    undated = results["004"].document_time
    assert undated.dct is None
    assert date(2021, 1, 1) <= undated.interval.start and undated.interval.end <= date(2022, 12, 31)


def test_a_yearless_publication_day_is_placed_in_the_one_year_the_content_allows(nlp):
    # a tenure bounds the article to 2010-05-02 .. 2014-08-30; a dateline "June 3" without its year
    # occurs in several of those years, so it stays an interval; with a narrower tenure it is the day
    text = "Foreign Minister Ana Ruiz discussed fisheries with her Peruvian counterpart."
    yearless = Article(id="t", text=text, published=PublishedDate(None, "dateline", 0.0, month_day="--06-03"))
    wide = estimate(yearless, nlp(text), [RUIZ], [])
    assert wide.dct is None
    narrow_hint = TenureHint(
        RUIZ.text, "ruiz", DateInterval(date(2013, 2, 1), date(2014, 1, 31), "range", 0.9)
    )
    narrow = estimate(yearless, nlp(text), [narrow_hint], [])
    assert narrow.dct == date(2013, 6, 3)
    assert any("placed in 2013" in r for r in narrow.reasons)


def test_a_publication_day_at_the_calendar_end_does_not_overflow(nlp):
    text = "The talks ended last week, and new rounds are planned for next year."
    for day in ("9999-12-31", "0001-01-01"):
        assert estimate(article(text, day, "input", 0.9), nlp(text), [], []).dct == date.fromisoformat(day)
