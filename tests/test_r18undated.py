"""Round 18 (r18undated): an undated report's named day against the days a dated report's tense gives;
no document time after the day the text is read in; a dated report's likely day, dated to a few
days, for an undated report alike. Every sentence and article is invented."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from test_r16year import _Alike as _Alike16

from dateline.dedup.doctime import LEAD_SENTENCES, pending
from dateline.dedup.refine import DateEvidence, refine_date
from dateline.records import Actor, DateInterval, EventActor, EventMention
from dateline.time.document_time import CORPUS, CORPUS_LIKELY, Bound, Evidence, Window, _solve
from dateline.time.partial_values import MonthDay

MONDAY, TUESDAY = date(2024, 7, 1), date(2024, 7, 2)


def tense_guess(likely: date = TUESDAY) -> DateInterval:
    """A dated article of Tuesday: "the ministry summoned the envoy", no time word in the clause."""
    basis = f"past, no date in its clause: on or shortly before publication {TUESDAY}"
    return DateInterval(date(2024, 6, 25), TUESDAY, "range", 0.3, basis, likely)


def undated_weekday(confidence: float = 0.2) -> DateInterval:
    """An undated article dated from the corpus to on or after Tuesday: "summoned the envoy on Monday"."""
    basis = f"weekday Monday before publication between {TUESDAY} and 2024-08-02"
    return DateInterval(MONDAY, date(2024, 7, 29), "range", confidence, basis, MONDAY)


def test_an_undated_reports_monday_outweighs_the_dated_reports_tense_guesses() -> None:
    guess = tense_guess()
    ev = DateEvidence(guess, guess, "dated")
    for article in ("dated", "dated-2", "dated-3"):
        ev = refine_date(ev, tense_guess(), article)
    ev = refine_date(ev, undated_weekday(), "undated")
    assert (ev.interval.start, ev.interval.end) == (MONDAY, TUESDAY)
    assert ev.interval.likely == MONDAY


def test_the_same_in_the_other_order() -> None:
    named = undated_weekday()
    ev = DateEvidence(named, named, "undated")
    for article in ("dated", "dated-2"):
        ev = refine_date(ev, tense_guess(), article)
    assert ev.interval.likely == MONDAY


def test_tense_guesses_alone_still_vote_by_weight() -> None:
    first = tense_guess(MONDAY)
    ev = DateEvidence(first, first, "a")
    ev = refine_date(ev, tense_guess(TUESDAY), "b")
    ev = refine_date(ev, tense_guess(TUESDAY), "c")
    assert ev.interval.likely == TUESDAY


def test_a_plan_guess_is_no_named_day() -> None:
    plan = DateInterval(
        MONDAY, None, "range", 0.9, "planned or conditional, no date: after publication", TUESDAY
    )
    ev = DateEvidence(plan, plan, "a")
    ev = refine_date(ev, undated_weekday(0.1), "b")
    assert ev.interval.likely == MONDAY


# --- no document time after the day the text is read in (`document_time._solve`) -------------------

READ_IN = date(2026, 6, 1)


def _weekday_dateline(lower: date) -> Evidence:
    """A dateline "October 24" with the lead's "on Wednesday", in a text not older than `lower`."""
    ev = Evidence([Bound(lower, "a term not older than it", strength=2)], [], [], [], READ_IN)
    ev.windows.append(Window("the dateline's day", 4, 0, 0, yearless=MonthDay(10, 24), weekday=2))
    return ev


def test_a_weekday_day_that_fits_only_after_the_day_read_in_is_not_placed() -> None:
    # October 24 falls on a Wednesday in 2029 first after July 2023: the text was read in 2026
    interval, used = _solve(_weekday_dateline(date(2023, 7, 23)))
    assert interval.start == date(2023, 7, 23) and interval.end is None
    assert any("no fit of the weekday's day up to the day read in" in u for u in used)


def test_a_weekday_day_that_fits_before_the_day_read_in_is_placed() -> None:
    # after 2017, October 24 on a Wednesday: 2018 (2029 has not come)
    interval, _ = _solve(_weekday_dateline(date(2017, 1, 1)))
    assert interval.start == date(2018, 10, 24)


def test_other_evidence_before_the_day_read_in_still_places_the_text() -> None:
    ev = _weekday_dateline(date(2023, 7, 23))
    ev.windows.append(Window("'June 2025' (past)", 1, 0, 31, fixed=(date(2025, 6, 1), date(2025, 6, 30))))
    interval, _ = _solve(ev)
    assert interval.start == date(2025, 6, 1) and interval.end <= READ_IN


# --- a dated report's likely day, dated to a few days, for an undated report alike (`doctime._alike`) ---

ISTAN = Actor(None, "Istan", "IST", "GOV")  # a ministry's statement: the country, no person named
BORDA = Actor(None, "Borda", "BOR", "GOV")
RUIZ = Actor("ruiz", "Ana Ruiz", "IST", "GOV", "foreign minister", "person")
NAMED = (RUIZ, BORDA)
STATEMENT_DAY = date(2023, 12, 19)
PUBLISHED = date(2023, 12, 20)
SINCE_TENURE = DateInterval(date(2018, 4, 2), None, "range", 0.2, "a tenure's lower bound")


def _warning(article: str, span: DateInterval, parties=NAMED) -> EventMention:
    actors = [EventActor(parties[0], "source"), *(EventActor(a, "target") for a in parties[1:])]
    return EventMention(
        article, "THREATEN", None, "asserted", actors, "warns", 0, 5, "She warns.", 0, 10, span
    )


def _dated_warning(width: int = 2, parties=NAMED) -> EventMention:
    first = STATEMENT_DAY - timedelta(days=1)
    span = DateInterval(
        first, first + timedelta(days=width), "range", 0.3, "past, no date in its clause", STATEMENT_DAY
    )
    return _warning("dated", span, parties)


class _Alike(_Alike16):
    """The store's answers: reports alike only, none merged; `placed`, where given, every report of
    the undated article (its sentences), else the undated reports paired."""

    def __init__(self, pairs, placed=None):
        super().__init__(pairs)
        self.mentions = placed

    def placed(self, article_ids):
        return super().placed(article_ids) if self.mentions is None else [(m, None) for m in self.mentions]


def test_a_named_actors_warning_takes_the_likely_day_a_dated_report_gives_it_to_a_few_days() -> None:
    own = _warning("undated", SINCE_TENURE)
    (article,) = pending(_Alike([(own, _dated_warning(), PUBLISHED)]))
    ((found,),) = [[c for c in article.published.candidates if c.source == CORPUS]]
    assert (found.value, found.confidence) == (STATEMENT_DAY.isoformat(), CORPUS_LIKELY)


def test_a_wide_dated_report_no_person_named_or_a_person_on_one_side_only_dates_nothing() -> None:
    own = _warning("undated", SINCE_TENURE)
    unnamed = _warning("undated", SINCE_TENURE, parties=(ISTAN, BORDA))
    for undated, dated in (
        (own, _dated_warning(width=10)),  # a week and more: the likely day is a guess
        (unnamed, _dated_warning(parties=(ISTAN, BORDA))),  # two countries alone: they act often
        (unnamed, _dated_warning()),  # a person on the dated side, none on the other
    ):
        assert pending(_Alike([(undated, dated, PUBLISHED)])) == []


def test_dated_reports_of_two_occasions_date_nothing() -> None:
    later = DateInterval(date(2024, 3, 1), date(2024, 3, 3), "range", 0.3, "past", date(2024, 3, 2))
    pairs = [
        (own := _warning("undated", SINCE_TENURE), _dated_warning(), PUBLISHED),
        (own, _warning("dated-2", later), date(2024, 3, 3)),
    ]
    assert pending(_Alike(pairs)) == []


def test_a_likely_day_for_a_report_further_down_the_article_dates_nothing() -> None:
    def at(start: int) -> EventMention:
        return replace(_warning("undated", SINCE_TENURE), sentence_start=start, sentence_end=start + 10)

    lead = [at(40 * k) for k in range(LEAD_SENTENCES)]
    background = at(400)
    told = (*lead, background)
    assert pending(_Alike([(background, _dated_warning(), PUBLISHED)], told)) == []
    assert [a.id for a in pending(_Alike([(lead[1], _dated_warning(), PUBLISHED)], told))] == ["undated"]
