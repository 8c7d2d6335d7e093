"""Round 30 (r30undated): the lead of an undated article, for the reports alike that date it from the
corpus (`doctime._alike`), is its first three event-reporting sentences, as the time stage's lead: a
headline and a one-line summary often report an act before the sentence that tells it with both its
parties. Every sentence and article is invented."""

from __future__ import annotations

from dataclasses import replace

from test_r18undated import PUBLISHED, SINCE_TENURE, _Alike, _dated_warning, _warning
from test_r19undated import EXPULSION_DAY, _dated, _dates, _expulsion, _other_act

from dateline.dedup.doctime import pending

DAY = [EXPULSION_DAY.isoformat()]


def test_the_pairs_act_told_third_after_a_headline_and_a_summary_takes_the_dated_leads_day():
    # "Borda protests." / "Borda called the move regrettable." / "Istan expelled two Bordan diplomats."
    own, other = _expulsion("undated", SINCE_TENURE, start=200), _dated()
    placed = [_other_act("undated", 0), _other_act("undated", 100), own, other]
    assert _dates(own, other, placed) == DAY
    # a fourth report is still background: an earlier act retold
    down = _expulsion("undated", SINCE_TENURE, start=300)
    placed = [*(_other_act("undated", s) for s in (0, 100, 200)), down, other]
    assert _dates(down, other, placed) == []


def test_the_dated_articles_third_report_counts_as_its_lead_too():
    own, other = _expulsion("undated", SINCE_TENURE), _dated(start=200)
    placed = [own, _other_act("dated", 0), _other_act("dated", 100), other]
    assert _dates(own, other, placed) == DAY


def test_a_likely_day_for_the_third_report_of_the_same_persons_dates_the_article():
    # round 18's looser pair (the dated report only likely on its day) in the third sentence
    at = _warning("undated", SINCE_TENURE)
    reports = [replace(at, sentence_start=start, sentence_end=start + 10) for start in (0, 40, 200)]
    found = pending(_Alike([(reports[2], _dated_warning(), PUBLISHED)], reports))
    assert [a.id for a in found] == ["undated"]
