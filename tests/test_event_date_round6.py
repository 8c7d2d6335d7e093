"""Event dating rules of round 6, through `dateline.date_event` on the project's own sentences:
amounts measured over a period, the annotators' weeks, a noun that names another event again."""

from __future__ import annotations

from dating_support import date_of

TUESDAY = "2024-06-11"


def _date(text: str, word: str, published: str | None = TUESDAY, nth: int = 0) -> dict:
    return date_of(text, word, published, nth)


def _ends(found: dict) -> tuple[str | None, ...]:
    extent = found.get("extent") or {}
    begin, end = extent.get("begin", {}), extent.get("end", {})
    return begin.get("after"), begin.get("before"), end.get("after"), end.get("before")


def test_a_change_of_amount_in_a_month_spans_the_whole_month() -> None:
    found = _date("Diesel prices climbed by nine cents a litre in May.", "climbed")
    assert (found["start"], found["end"]) == ("2024-05-01", "2024-05-31")
    assert _ends(found) == ("2024-05-01", "2024-05-01", "2024-05-31", "2024-05-31")


def test_a_level_held_last_year_spans_the_year() -> None:
    found = _date("The inflation rate remained near two percent last year.", "remained")
    assert _ends(found) == ("2023-01-01", "2023-01-01", "2023-12-31", "2023-12-31")


def test_a_one_off_act_in_a_month_is_one_day_inside_it() -> None:
    found = _date("The minister resigned in May.", "resigned")
    assert (found["start"], found["end"]) == ("2024-05-01", "2024-05-31")
    assert not found.get("extent")


def test_an_amount_on_a_day_or_a_period_still_running_is_not_spread() -> None:
    assert not _date("Shares of the carmaker fell sharply on Monday.", "fell").get("extent")
    assert not _date("Rice prices have doubled this year.", "doubled").get("extent")


def test_a_verb_of_saying_that_is_also_a_verb_of_amount_stays_a_statement() -> None:
    found = _date("The spokesman added in May that the talks would resume.", "added")
    assert not found.get("extent")


def test_a_future_stated_in_a_complement_clause_is_a_course_ahead() -> None:
    found = _date("Hydrologists say the flooding will get worse along the river.", "get")
    assert _ends(found) == (TUESDAY, None, TUESDAY, None)
    assert found["start"] == TUESDAY and found["end"] is None and found["likely"] is None


def test_a_future_act_told_in_a_main_clause_or_with_a_day_is_not_spread() -> None:
    assert not _date("The ministry will appoint a new envoy.", "appoint").get("extent")
    dated = _date("The mayor said the council will vote on Friday.", "vote")
    assert dated["likely"] == "2024-06-14" and not dated.get("extent")


def test_a_past_event_told_again_by_its_verb_takes_the_day_the_article_gave_it() -> None:
    text = (
        "Rebels seized the northern airport on March 3. Aid flights have been suspended since then. "
        "The rebel commander said they seized the airport to stop arms deliveries."
    )
    assert _date(text, "seized", nth=1)["likely"] == "2024-03-03"


def test_a_verb_told_again_keeps_the_publication_day_when_the_first_day_is_this_week() -> None:
    text = (
        "The two foreign ministers met on Friday in Geneva. Their deputies are in Oslo now. "
        "The ministers met again at a dinner in Bern."
    )
    # the first meeting is four days before publication: the second one is a new act of the story
    assert _date(text, "met", nth=1)["likely"] == TUESDAY


def test_a_verb_of_saying_is_never_told_again() -> None:
    text = "The envoy said on March 3 that talks would resume. Officials said the talks stalled."
    assert _date(text, "said", nth=1)["likely"] == TUESDAY


def test_a_range_of_days_in_one_month_is_a_multi_day_event_from_its_first_day() -> None:
    found = _date("The trade envoys will be touring the region on 14-16 October 2024.", "touring")
    assert (found["start"], found["end"], found["likely"]) == ("2024-10-14", "2024-10-16", "2024-10-14")
    assert _ends(found) == ("2024-10-14", "2024-10-14", "2024-10-16", "2024-10-16")
    found = _date("The premier will visit Hanoi on July 8-9.", "visit")
    assert (found["start"], found["end"], found["likely"]) == ("2024-07-08", "2024-07-09", "2024-07-08")


def test_a_score_or_a_clock_time_before_a_day_is_no_range() -> None:
    found = _date("The motion passed 10-2 on Friday, June 7.", "passed")
    assert (found["start"], found["end"]) == ("2024-06-07", "2024-06-07") and not found.get("extent")


def test_a_number_that_counts_something_after_a_day_is_no_range() -> None:
    found = _date("Shelling on May 7 - 10 people were hurt - hit the port.", "Shelling")
    assert (found["start"], found["end"]) == ("2024-05-07", "2024-05-07") and not found.get("extent")


def test_two_days_in_a_row_joined_by_and_are_one_multi_day_event_two_apart_are_not() -> None:
    found = _date("The foreign ministers held talks on May 20 and 21.", "held")
    assert (found["start"], found["end"], found["likely"]) == ("2024-05-20", "2024-05-21", "2024-05-20")
    apart = _date("Polling stations opened on May 20 and 22.", "opened")
    assert apart["start"] == apart["end"] and not apart.get("extent")
