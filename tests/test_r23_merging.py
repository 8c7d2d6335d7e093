"""Round 23 (r23merge): a past act stated by its year is a story's background, not its news.

"Ruritania annexed the isthmus in 2009" beside "Ruritanian boats have seized two Freedonian
trawlers", told in the bare tense: the first is the pair's history, the second the story's own act.
Across articles a report told back in a past tense alone joins the pair's one act stated before
(`index.CanonicalIndex._recalled`, round 20) only where that act is its recent history, at most
`compatible.RECALL_DAYS` before the report's window; within one article a year the text names and a
window a past tense alone gave that the year does not hold stay apart (`compatible.background_year`).

Invented records through the real merge.
"""

from __future__ import annotations

from datetime import date

from test_dedup_merge import KHAN, PUTIN, mention, merged_sizes, month

from dateline.dedup.compatible import background_year, stated_before
from dateline.records import DateInterval, EventMention

TOLD = "past, no date in its clause: on or shortly before publication 2022-11-15"
BACK = DateInterval(date(2022, 11, 9), date(2022, 11, 15), "range", 0.3, TOLD, likely=date(2022, 11, 15))
# An article whose publication day is unknown: the window runs open from its content's earliest day.
OPEN_BASIS = "present perfect, no date in its clause: on or shortly before publication, not before 2008-06-01"
OPEN = DateInterval(date(2008, 6, 1), None, "range", 0.2, OPEN_BASIS)


def year(y: int) -> DateInterval:
    return DateInterval(date(y, 1, 1), date(y, 12, 31), "year", 0.8, f"governed by '{y}' ({y})")


def _seized(article: str, start: int, when: DateInterval) -> EventMention:
    return mention(article, start, when=when, type="COERCE", mode="seize", actors=(PUTIN, KHAN),
                   sides=("source", "target"))  # fmt: skip


def test_a_told_back_report_tells_back_the_pairs_recent_act_not_one_of_years_before():
    assert stated_before(month(2022, 3), BACK)
    assert stated_before(year(2021), BACK)  # last year: recent history
    assert not stated_before(year(2014), BACK)  # years before: background
    back = _seized("a002", 400, BACK)
    for order in ([_seized("a001", 10, year(2014)), back], [back, _seized("a001", 10, year(2014))]):
        assert merged_sizes(order) == [1, 1]
    assert merged_sizes([_seized("a001", 10, month(2022, 3)), _seized("a002", 400, BACK)]) == [2]


def test_in_one_article_a_year_it_names_and_the_bare_tense_of_its_news_stay_apart():
    assert background_year(year(2009), OPEN) and background_year(OPEN, year(2009))
    news, history = _seized("a001", 10, OPEN), _seized("a001", 900, year(2009))
    for order in ([news, history], [history, news]):
        assert merged_sizes(order) == [1, 1]


def test_a_year_holding_the_window_or_a_stated_date_still_joins_in_one_article():
    this_year = year(2022)
    assert not background_year(this_year, BACK)  # the act of this year told again
    assert merged_sizes([_seized("a001", 10, BACK), _seized("a001", 900, this_year)]) == [2]
    assert not background_year(year(2009), month(2009, 5))  # neither is a tense's window
    assert merged_sizes([_seized("a001", 10, month(2009, 5)), _seized("a001", 900, year(2009))]) == [2]
