"""Round 30 (r30undated): the lead of an article, for the reports alike that date an undated article from
the corpus (`doctime._alike`), is its first three event-reporting sentences: a headline, a summary and
the reactions often report other acts before the sentence that tells the news with both its parties.
Every sentence and article is invented."""

from __future__ import annotations

from dataclasses import replace

from test_r18undated import PUBLISHED, SINCE_TENURE, _Alike, _dated_warning, _warning
from test_r19undated import EXPULSION_DAY, _dated, _dates, _expulsion, _other_act

from dateline.dedup.doctime import pending

DAY = [EXPULSION_DAY.isoformat()]
AHEAD = 2  # reports before the pair's act in a lead of three


def test_the_pairs_act_told_third_takes_the_dated_leads_day_and_the_fourth_is_background():
    # "Borda protests." / "Borda called the move regrettable." / ... / "Istan expelled two Bordan diplomats."
    own, other = _expulsion("undated", SINCE_TENURE, start=300), _dated()
    placed = [*(_other_act("undated", 10 * k) for k in range(AHEAD)), own, other]
    assert _dates(own, other, placed) == DAY
    # one report more ahead of it: an earlier act retold further down
    placed = [*(_other_act("undated", 10 * k) for k in range(AHEAD + 1)), own, other]
    assert _dates(own, other, placed) == []


def test_the_dated_articles_third_report_counts_as_its_lead_too():
    own, other = _expulsion("undated", SINCE_TENURE), _dated(start=300)
    placed = [own, *(_other_act("dated", 10 * k) for k in range(AHEAD)), other]
    assert _dates(own, other, placed) == DAY


def test_a_likely_day_for_the_third_report_of_the_same_persons_dates_the_article():
    # round 18's looser pair (the dated report only likely on its day), told third
    at = _warning("undated", SINCE_TENURE)
    reports = [replace(at, sentence_start=40 * k, sentence_end=40 * k + 10) for k in range(AHEAD + 1)]
    found = pending(_Alike([(reports[-1], _dated_warning(), PUBLISHED)], reports))
    assert [a.id for a in found] == ["undated"]
