"""Round 26 (r26undated): an undated article that leads with the act of two countries takes the day of
a dated article that leads with the same act and names one party more beside the pair (the host of
a signing, a ministry beside its state), as round 19's reports of the same two countries do. Every
sentence and article is invented."""

from __future__ import annotations

from test_r18undated import BORDA, ISTAN, SINCE_TENURE
from test_r19undated import EXPULSION_DAY, GUARDS, _dated, _dates, _expulsion, _other_act
from test_r24_undated import ZENDA

DAY = [EXPULSION_DAY.isoformat()]
PAIR = (ISTAN, BORDA)


def test_an_undated_lead_of_the_pair_takes_the_day_of_the_dated_lead_naming_a_host_beside_it():
    # "Istan and Borda signed the accord" beside the dated "... signed the accord in Zenda"
    own, other = _expulsion("undated", SINCE_TENURE), _dated(parties=(*PAIR, ZENDA))
    assert _dates(own, other, [own, other]) == DAY


def test_an_undated_lead_naming_a_body_beside_the_pair_takes_the_day_of_the_dated_pair():
    # "Istan's border guards expelled two Bordan diplomats" beside the dated "Istan expelled ..."
    own, other = _expulsion("undated", SINCE_TENURE, parties=(*PAIR, GUARDS)), _dated()
    assert _dates(own, other, [own, other]) == DAY


def test_two_parties_more_or_a_pair_of_other_countries_dates_nothing():
    own, other = _expulsion("undated", SINCE_TENURE), _dated(parties=(*PAIR, GUARDS))
    assert _dates(own, other, [own, other]) == DAY
    for mine, theirs in (
        (PAIR, (*PAIR, ZENDA, GUARDS)),  # two parties beside the pair: another gathering
        ((ISTAN, ZENDA), (*PAIR, GUARDS)),  # not the same pair
        ((ISTAN, GUARDS), (*PAIR, GUARDS)),  # the smaller report is a country and a body, not a pair
    ):
        own, other = _expulsion("undated", SINCE_TENURE, parties=mine), _dated(parties=theirs)
        assert _dates(own, other, [own, other]) == []


def test_a_pair_within_a_report_of_three_in_the_background_dates_nothing():
    first = [_other_act("undated", 0), _other_act("undated", 100)]
    down = _expulsion("undated", SINCE_TENURE, start=300)
    other = _dated(parties=(*PAIR, ZENDA))
    lead = _expulsion("undated", SINCE_TENURE, start=200)
    assert _dates(lead, other, [first[0], lead, other]) == DAY  # the second report: still a lead
    assert _dates(down, other, [*first, down, other]) == []
