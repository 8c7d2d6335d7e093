"""Reports whose date is vague (open, unknown or wider than a year), from synthetic mentions: they join
the one event of another article they can be, through a named participant, and stay apart when there
are two, when they name one side only, or when they name countries only."""

from __future__ import annotations

from datetime import date

from test_dedup_merge import KHAN, LAVROV, PAKISTAN, PUTIN, QURESHI, RUSSIA, day, mention

from dateline.dedup import CanonicalIndex, Corpus, merge
from dateline.inmemory import MemoryStore
from dateline.records import Article, DateInterval, DocumentTime, ProcessedArticle

# An outlet without its publication date: "after 2017" is all the time stage could say, or nothing.
AFTER = DateInterval(date(2017, 1, 20), None, "range", 0.2, "past, no publication date")
WIDE = DateInterval(date(2019, 5, 23), date(2022, 5, 23), "range", 0.2, "between two guesses")
UNKNOWN = DateInterval.unknown()


def test_an_open_report_joins_the_one_dated_call_of_its_leaders_in_either_order():
    # "Putin and Khan spoke by phone" in an article without a date, and the call another outlet dated.
    dated = mention("a000", 10, when=day(2021, 9, 14))
    for when in (AFTER, WIDE):
        vague = mention("a001", 40, when=when)
        for order in ([dated, vague], [vague, dated]):
            events = merge(order)
            assert len(events) == 1, when
            ev = events[0]
            assert (ev.date.start, ev.date.end) == (date(2021, 9, 14), date(2021, 9, 14))
            assert ev.sources == 2


def test_a_wholly_unknown_date_does_not_join_another_articles_event():
    # "the leaders talked", with nothing to date it: their only call so far may be years before.
    for order in (
        [mention("a000"), mention("a001", when=UNKNOWN)],
        [mention("a001", when=UNKNOWN), mention("a000")],
    ):
        assert len(merge(order)) == 2


def test_two_calls_it_could_be_leave_the_vague_report_apart():
    first, second = mention("a000", when=day(2021, 9, 14)), mention("a001", when=day(2021, 11, 2))
    events = merge([first, second, mention("a002", when=AFTER)])
    assert len(events) == 3 and all(len(e.mentions) == 1 for e in events)
    # The other way round: a dated report meeting two vague events cannot tell which it dates.
    # (Two open intervals stay apart: neither is bounded on both sides.)
    before = DateInterval(None, date(2021, 10, 1), "range", 0.2, "past perfect, no publication date")
    events = merge([mention("a000", when=AFTER), mention("a001", when=before), mention("a002")])
    assert len(events) == 3


def test_a_vague_report_naming_one_side_or_countries_only_stays_apart():
    dated = mention("a000", when=day(2021, 9, 14), type="AGREE", mode=None)
    # "Putin promised ...", no date: any of his promises.
    one_side = mention("a001", when=UNKNOWN, type="AGREE", mode=None, actors=(PUTIN,))
    assert len(merge([dated, one_side])) == 2
    # "Russia and Pakistan talked", no date: no named participant to tie it to one call.
    countries = mention("a001", when=UNKNOWN, actors=(RUSSIA, PAKISTAN))
    assert len(merge([mention("a000", actors=(RUSSIA, PAKISTAN)), countries])) == 2


def test_two_vague_reports_meet_only_as_the_one_event_they_can_be():
    # A years-wide interval beside an open one says nothing of itself: countries only, they stay two
    # ("Russia and Pakistan agreed", in two articles without dates, may be two agreements) ...
    countries = (RUSSIA, PAKISTAN)
    wide = mention("a000", type="AGREE", mode=None, when=WIDE, actors=countries)
    open_ = mention("a001", type="AGREE", mode=None, when=AFTER, actors=countries)
    assert len(merge([wide, open_])) == 2
    # ... naming both leaders, the only such event, they are one; two unknown dates never are.
    leaders = [mention("a000", when=WIDE), mention("a001", when=AFTER)]
    assert len(merge(leaders)) == len(merge(leaders[::-1])) == 1
    assert len(merge([mention("a000", when=UNKNOWN), mention("a001", when=UNKNOWN)])) == 2


def test_other_participants_or_another_mode_are_another_event():
    dated = mention("a000", when=day(2021, 9, 14))  # Putin and Khan
    assert len(merge([dated, mention("a001", when=AFTER, actors=(LAVROV, QURESHI))])) == 2
    assert len(merge([dated, mention("a001", when=AFTER, mode="visit")])) == 2


def test_a_dated_report_dates_the_vague_event_and_files_it_by_day():
    index = CanonicalIndex()
    vague = index.add(mention("a000", when=AFTER))
    dated = index.add(mention("a001", when=day(2021, 9, 14)))
    assert dated is vague and vague.date.start == date(2021, 9, 14)
    # Filed by day now: a third report of that day finds it as an ordinary candidate, and it is no
    # longer a vague event that another dated report could date.
    assert index.add(mention("a002", when=day(2021, 9, 14))) is vague
    other = index.add(mention("a003", when=day(2021, 12, 1)))
    assert other is not vague and len(index.events()) == 2


def test_once_its_own_article_dates_one_of_two_vague_events_the_other_is_the_only_one_left():
    before = DateInterval(None, date(2021, 10, 1), "range", 0.2, "past perfect, no publication date")
    index = CanonicalIndex()
    first = index.add(mention("a000", when=AFTER))
    second = index.add(mention("a001", when=before))
    assert second is not first  # two open intervals: nothing ties them
    # Its own article dates the second ("on Tuesday"): no longer vague, filed by day.
    assert index.add(mention("a001", 90, when=day(2021, 9, 14))) is second
    # A December call from a third outlet can only be the first now.
    december = index.add(mention("a002", when=day(2021, 12, 1)))
    assert december is first and first.date.start == date(2021, 12, 1)
    assert len(index.events()) == 2


def _article(article_id: str, *mentions) -> ProcessedArticle:
    text = f"Text of {article_id}: the leaders talked."
    a = Article(id=article_id, text=text, content_hash=f"hash-{article_id}")
    return ProcessedArticle(a, DocumentTime(None, UNKNOWN), events=list(mentions))


def test_the_store_loads_what_the_index_would_meet_whatever_the_batches():
    # The vague report and the dated call in two batches (stored in between) give what one batch does.
    batches = [
        [_article("a000", mention("a000", 10, when=AFTER))],
        [_article("a001", mention("a001", 10, when=day(2021, 9, 14)))],
        [_article("a002", mention("a002", 10, when=WIDE, actors=(PUTIN, KHAN)))],
    ]
    results = []
    for grouping in (batches, [[p for b in batches for p in b]]):
        memory = MemoryStore()
        corpus = Corpus(memory)
        for batch in grouping:
            admitted = corpus.admit([p.article for p in batch])
            memory.write(batch, corpus.add(batch, admitted))
        results.append(sorted((e.id, len(e.mentions), e.date.start) for e in memory.events()))
    assert results[0] == results[1]
    assert [n for _, n, _ in results[0]] == [3]
