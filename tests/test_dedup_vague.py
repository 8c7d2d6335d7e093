"""Reports whose date is vague (open, unknown or wider than a year), from synthetic mentions: they join
the one event of another article they can be, through a named participant, and stay apart when there
are two, when they name one side only, or when they name countries only."""

from __future__ import annotations

from datetime import date

from test_dedup_merge import KHAN, LAVROV, PAKISTAN, PUTIN, QURESHI, RUSSIA, day, mention, month

from dateline.dedup import CanonicalIndex, Corpus, merge
from dateline.inmemory import MemoryStore
from dateline.records import Article, DateInterval, DocumentTime, EventMention, ProcessedArticle

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


def test_a_wholly_unknown_date_joins_the_one_occasion_of_the_pair_and_no_other():
    # "the two leaders spoke by phone", in an article with nothing to date it: while the pair has one
    # call on record, it is that call, in either order ...
    for order in (
        [mention("a000"), mention("a001", when=UNKNOWN)],
        [mention("a001", when=UNKNOWN), mention("a000")],
    ):
        (event,) = merge(order)
        assert event.date.start == date(2021, 9, 14) and event.sources == 2
    # ... but once another occasion of theirs is known, at any time (a visit four years earlier),
    # the window of an unknown date holds both, and it joins neither.
    visit = mention("a002", when=day(2017, 6, 2), mode="visit")
    events = merge([mention("a000"), visit, mention("a001", when=UNKNOWN)])
    assert len(events) == 3 and all(len(e.mentions) == 1 for e in events)


def test_two_calls_it_could_be_leave_the_vague_report_apart():
    first, second = mention("a000", when=day(2021, 9, 14)), mention("a001", when=day(2021, 11, 2))
    events = merge([first, second, mention("a002", when=AFTER)])
    assert len(events) == 3 and all(len(e.mentions) == 1 for e in events)
    # The other way round: a dated report meeting two vague events cannot tell which it dates.
    # (Two open intervals of reports naming no mode stay apart: neither is bounded on both sides.)
    before = DateInterval(None, date(2021, 10, 1), "range", 0.2, "past perfect, no publication date")
    talked = [mention("a000", when=AFTER, mode=None), mention("a001", when=before, mode=None)]
    events = merge([*talked, mention("a002")])
    assert len(events) == 3


def test_a_vague_report_naming_one_side_or_countries_only_stays_apart():
    dated = mention("a000", when=day(2021, 9, 14), type="AGREE", mode=None)
    # "Putin promised ...", no date: any of his promises.
    one_side = mention("a001", when=UNKNOWN, type="AGREE", mode=None, actors=(PUTIN,))
    assert len(merge([dated, one_side])) == 2
    # The countries of a report whose sentence names neither (the story's, given by the events stage):
    # no participant of its own to tie it to one call. (Named in it, the report of the two countries
    # joins the one call of the pair dated to a week: `test_dedup_occasions`.)
    countries = mention("a001", when=UNKNOWN, actors=(RUSSIA, PAKISTAN))
    assert len(merge([mention("a000", actors=(RUSSIA, PAKISTAN)), countries])) == 2


def test_two_vague_reports_meet_only_as_the_one_event_they_can_be():
    # A years-wide interval beside an open one says nothing of itself: countries only, they stay two
    # ("Russia and Pakistan agreed", in two articles without dates, may be two agreements) ...
    countries = (RUSSIA, PAKISTAN)
    wide = mention("a000", type="AGREE", mode=None, when=WIDE, actors=countries)
    open_ = mention("a001", type="AGREE", mode=None, when=AFTER, actors=countries)
    assert len(merge([wide, open_])) == 2
    # ... naming both leaders, the only such event, they are one; two unknown dates only where both
    # tell the same mode of encounter (round 10).
    leaders = [mention("a000", when=WIDE), mention("a001", when=AFTER)]
    assert len(merge(leaders)) == len(merge(leaders[::-1])) == 1
    # ... unless the windows hold a dated occasion of the pair (a visit in 2020): either report may
    # be of it, or of another, and neither can say which.
    visit = mention("a002", when=day(2020, 6, 2), mode="visit")
    for order in ([visit, *leaders], [visit, *leaders[::-1]]):
        assert [len(e.mentions) for e in merge(order)] == [1, 1, 1]
    talked = [mention("a000", when=UNKNOWN, mode=None), mention("a001", when=UNKNOWN, mode=None)]
    assert len(merge(talked)) == 2
    assert len(merge([mention("a000", when=UNKNOWN), mention("a001", when=UNKNOWN, mode="meet")])) == 2
    assert len(merge([mention("a000", when=UNKNOWN), mention("a001", when=UNKNOWN)])) == 1


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
    first = index.add(mention("a000", when=AFTER, mode=None))
    second = index.add(mention("a001", when=before, mode=None))
    assert second is not first  # two open intervals, no mode: nothing ties them
    # Its own article dates the second ("on Tuesday"): no longer vague, filed by day.
    assert index.add(mention("a001", 90, when=day(2021, 9, 14))) is second
    # A December call from a third outlet could be the first, but the first's open window ("after
    # 2017") now holds a dated call of the pair in September: it may be either, so nothing joins.
    december = index.add(mention("a002", when=day(2021, 12, 1)))
    assert december is not first and december is not second
    assert first.date == AFTER and len(index.events()) == 3


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
    by_batch, at_once = _in_batches_and_at_once(batches)
    assert by_batch == at_once
    assert [len(e.mentions) for e in by_batch] == [3]


# An outlet whose publication date was not found dates "the two ministers spoke by telephone" to
# two years; another outlet, dated, tells a call in June and, two sentences on, the minister's visit
# in April. The pair met twice in the window: the vague call may be either (or a third), so it stays
# apart, whichever article comes first and whether the visit is told before or after the call.
TWO_YEARS = DateInterval(date(2020, 3, 1), date(2022, 4, 10), "range", 0.3, "past, no publication date")
MINISTERS = (LAVROV, QURESHI)


def _dated_article(visit_first: bool) -> list[EventMention]:
    call = mention("b000", 10, when=month(2021, 6), actors=MINISTERS)
    visit = mention("b000", 400, when=month(2021, 4), mode="visit", actors=MINISTERS)
    return [visit, call] if visit_first else [call, visit]


def test_a_vague_report_whose_window_holds_two_occasions_of_the_pair_joins_neither():
    vague = mention("b001", 10, when=TWO_YEARS, actors=MINISTERS)
    for visit_first in (True, False):
        dated = _dated_article(visit_first)
        for order in ([*dated, vague], [vague, *dated]):
            events = merge(order)
            assert len(events) == 3, (visit_first, [m.article_id for m in order])
            assert all(len(e.mentions) == 1 for e in events)
    # Without the visit the June call is the only occasion in the window: the vague report is it.
    call = mention("b000", 10, when=month(2021, 6), actors=MINISTERS)
    for order in ([call, vague], [vague, call]):
        (event,) = merge(order)
        assert event.date.start == date(2021, 6, 1) and event.sources == 2


def test_an_occasion_outside_the_window_or_overlapping_the_joined_one_does_not_count():
    vague = mention("b001", 10, when=TWO_YEARS, actors=MINISTERS)
    call = mention("b000", 10, when=month(2021, 6), actors=MINISTERS)
    # A visit years before the window ("the minister's 2012 visit") is no candidate.
    old_visit = mention("b000", 400, when=month(2012, 4), mode="visit", actors=MINISTERS)
    assert len(merge([call, old_visit, vague])) == 2
    # The visit during which the talks were held overlaps them: one occasion, told twice.
    visit = mention("b002", 10, when=day(2021, 6, 14), mode="visit", actors=MINISTERS)
    talks = mention("b002", 300, when=day(2021, 6, 14), mode=None, actors=MINISTERS)
    vague_visit = mention("b001", 10, when=TWO_YEARS, mode="visit", actors=MINISTERS)
    events = merge([visit, talks, vague_visit])
    assert sorted(len(e.mentions) for e in events) == [1, 2]
    # A plan of another visit, or another pair's meeting, is no occasion of this pair.
    plan = mention("b003", 10, when=month(2021, 9), modality="planned", actors=MINISTERS)
    others = mention("b004", 10, when=month(2021, 2), actors=(PUTIN, KHAN))
    assert len(merge([call, plan, others, vague])) == 3


def test_the_store_loads_the_occasions_that_make_a_vague_event_ambiguous():
    # The visit, the vague call and the dated call in three batches give what one batch gives: the
    # visit is filed under April only, so the batch of the June call loads it beside the vague event.
    visit = mention("b000", 400, when=month(2021, 4), mode="visit", actors=MINISTERS)
    batches = [
        [_article("b000", visit)],
        [_article("b001", mention("b001", 10, when=TWO_YEARS, actors=MINISTERS))],
        [_article("b002", mention("b002", 10, when=month(2021, 6), actors=MINISTERS))],
    ]
    by_batch, at_once = _in_batches_and_at_once(batches)
    assert by_batch == at_once
    assert [len(e.mentions) for e in by_batch] == [1, 1, 1]


def _in_batches_and_at_once(batches: list[list[ProcessedArticle]]) -> tuple[list, list]:
    """The canonical events of the batches merged one batch at a time, and all in one batch: (id,
    mentions, dates) of each, sorted, so that the two can be compared."""
    results = []
    for grouping in (batches, [[p for b in batches for p in b]]):
        memory = MemoryStore()
        corpus = Corpus(memory)
        for batch in grouping:
            admitted = corpus.admit([p.article for p in batch])
            memory.write(batch, corpus.add(batch, admitted))
        results.append(sorted(memory.events(), key=lambda e: e.id))
    return results[0], results[1]


def test_a_vague_report_joins_the_one_plan_of_the_pair_dated_to_a_week_and_the_other_way_round():
    # "The ministers will visit on 10-12 March" (one outlet) and "the ministers arrived on Friday" in
    # an article whose publication date was not found: the visit planned, held.
    plan = mention("d000", 10, mode="visit", modality="planned", when=day(2021, 3, 12), actors=MINISTERS)
    held = mention("d001", 10, mode="visit", when=TWO_YEARS, actors=MINISTERS)
    for order in ([plan, held], [held, plan]):
        (event,) = merge(order)
        assert event.modality == "asserted" and event.date.start == date(2021, 3, 12)
    # An undated plan of talks ("talks will start in Jeddah on Saturday", the Saturday lost) is the
    # one talks the pair held that day, reported elsewhere.
    talks = mention("d002", 10, mode=None, when=day(2021, 3, 13), actors=MINISTERS)
    undated_plan = mention("d003", 10, mode=None, modality="planned", when=UNKNOWN, actors=MINISTERS)
    for order in ([talks, undated_plan], [undated_plan, talks]):
        (event,) = merge(order)
        assert event.modality == "asserted" and event.sources == 2
    # A plan dated to a month is any visit of that month: the vague report stays apart.
    in_march = mention("d000", 10, mode="visit", modality="planned", when=month(2021, 3), actors=MINISTERS)
    assert len(merge([in_march, held])) == 2
