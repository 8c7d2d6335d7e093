"""Round 24 (r24undated): an undated article that leads with the act a dated article leads with, one of
the two reports naming both countries and the other only one of them on the same side ("Istan
expelled two diplomats" beside "Istan expelled two Bordan diplomats"), takes the dated article's day
as likely, as round 19's reports of the same two countries do. Every sentence and article is invented."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from test_r18undated import BORDA, ISTAN, SINCE_TENURE, _Alike
from test_r19undated import EXPULSION_DAY, GUARDS, _dated, _dates, _expulsion, _other_act

from dateline.dedup.doctime import LEAD_SENTENCES, pending
from dateline.records import Actor, DateInterval, EventActor, EventMention
from dateline.time.document_time import CORPUS

ZENDA = Actor(None, "Zenda", "ZEN", "GOV")  # a third country, in neither report of the pair
DAY = [EXPULSION_DAY.isoformat()]


def _one_side(parties=(ISTAN,), start: int = 0) -> EventMention:
    return _expulsion("undated", SINCE_TENURE, start=start, parties=parties)


def test_an_undated_lead_naming_one_side_takes_the_day_of_the_dated_lead_naming_both():
    own, other = _one_side(), _dated()
    assert _dates(own, other, [own, other]) == DAY


def test_an_undated_lead_naming_both_takes_the_day_of_the_dated_lead_naming_one_side():
    own, other = _expulsion("undated", SINCE_TENURE), _dated(parties=(ISTAN,))
    assert _dates(own, other, [own, other]) == DAY


def test_the_one_side_must_be_the_same_side_of_the_act():
    # "Bordan diplomats were expelled" (Borda the target) fits; "Borda expelled ..." (the source) not
    expelled = _one_side()
    expelled = replace(expelled, actors=[EventActor(BORDA, "target")])
    expelling = replace(expelled, actors=[EventActor(BORDA, "source")])
    assert _dates(expelled, _dated(), [expelled, _dated()]) == DAY
    assert _dates(expelling, _dated(), [expelling, _dated()]) == []


def test_a_country_in_neither_report_or_a_body_beside_the_pair_dates_nothing():
    own = _one_side()
    assert _dates(own, _dated(), [own, _dated()]) == DAY
    pair = (ISTAN, BORDA)
    apart = [((ZENDA,), pair), ((ISTAN,), (*pair, GUARDS)), ((ISTAN,), (ISTAN, ZENDA, BORDA))]
    for mine, theirs in apart:
        own, other = _one_side(mine), _dated(parties=theirs)
        assert _dates(own, other, [own, other]) == []


def test_one_side_in_the_background_dates_nothing():
    first = [_other_act("undated", 10 * k) for k in range(LEAD_SENTENCES)]
    lead, down = _one_side(start=200), _one_side(start=300)
    assert _dates(lead, _dated(), [first[0], lead, _dated()]) == DAY  # the second report: still a lead
    assert _dates(down, _dated(), [*first, down, _dated()]) == []


def test_one_side_never_outvotes_a_lead_of_the_same_two_countries():
    # the undated article leads with the pair's expulsion and, next, one side's act; a dated article
    # of six weeks later leads with the pair's act too: one side alone dates it to that day, but beside
    # the closer match of the two countries it is left out, not a second day that would void both
    later = EXPULSION_DAY + timedelta(days=40)
    span = DateInterval(later - timedelta(days=6), later, "range", 0.3, "past, no date in its clause", later)
    newer = replace(_dated(start=0), article_id="newer", date=span)
    pair, side = _expulsion("undated", SINCE_TENURE), _one_side(start=60)
    assert days(_Alike([(side, newer, later)], [side, newer])) == [later.isoformat()]
    pairs = [(pair, _dated(), EXPULSION_DAY), (side, newer, later)]
    assert days(_Alike(pairs, [pair, side, _dated(), newer])) == DAY


def days(store: _Alike) -> list[str]:
    return [c.value for a in pending(store) for c in a.published.candidates if c.source == CORPUS]
