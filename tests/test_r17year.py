"""Round 17 (r17year): the document time of articles whose own time is unknown or wide.
Every sentence and article is invented.

- a year-less day with its weekday and no upper bound takes its latest occurrence up to the day the
  text is read (`time/document_time._solve`), also where nothing else dates the text;
- a year-less dateline takes the one weekday its lead names as its own (`document_time.estimate`);
- an undated article that names what a dated article names, with a report of the same type on a day
  its interval allows, is dated by that article's day (`dedup/doctime._named_story`,
  `dedup/story_names.py`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dateline.dedup.doctime import pending
from dateline.dedup.story_names import names, shared_names
from dateline.records import Actor, Article, DateInterval, EventActor, EventMention, PublishedDate, TenureHint
from dateline.time.document_time import CORPUS, CORPUS_LIKELY, Bound, Evidence, Window, _solve, estimate
from dateline.time.partial_values import MonthDay

TODAY = date(2026, 6, 1)


def _weekday_day(month: int, day: int, weekday: int, lower: date | None = None) -> Evidence:
    bounds = [Bound(lower, "in office since", strength=3)] if lower else []
    ev = Evidence(bounds, [], [], [], today=TODAY)
    ev.windows.append(
        Window("a day with its weekday", 3, 0, 1, yearless=MonthDay(month, day), weekday=weekday)
    )
    return ev


def test_a_weekday_day_with_nothing_else_takes_its_latest_year_up_to_today():
    # "on Tuesday (Dec 3)": 2019 and 2024 up to June 2026 (2030 has not come)
    interval, used = _solve(_weekday_day(12, 3, 1))
    assert interval.start == date(2024, 12, 3) and interval.end == date(2024, 12, 4)
    assert any("2019, 2024" in u for u in used)


def test_a_weekday_day_after_an_old_tenure_takes_the_latest_year():
    # "Saturday, December 28" under a tenure from 2003: 2013, 2019 and 2024 fit; 2024 is the latest
    interval, _ = _solve(_weekday_day(12, 28, 5, date(2003, 10, 31)))
    assert interval.start == date(2024, 12, 28)


def test_a_year_that_has_not_come_is_not_taken():
    # "Wednesday, December 30" fits 2026 too, but after the day the text is read: 2020
    interval, _ = _solve(_weekday_day(12, 30, 2))
    assert interval.start == date(2020, 12, 30)


def test_a_year_less_day_without_its_weekday_is_left_open():
    ev = Evidence([], [], [Window("'March 3' (past)", 1, 0, 120, yearless=MonthDay(3, 3))], [], today=TODAY)
    interval, _ = _solve(ev)
    assert interval.start is None and interval.end is None


RUIZ = TenureHint(
    "Foreign Minister Ana Ruiz", "ruiz", DateInterval(date(2010, 5, 2), date(2014, 8, 30), "range", 0.9)
)


def _dateline_june_3(nlp, text: str):
    page = PublishedDate(None, "dateline", 0.0, "a dateline without its year", month_day="--06-03")
    return estimate(Article(id="t", text=text, published=page), nlp(text), [RUIZ], [])


def test_a_year_less_dateline_takes_the_weekday_its_lead_names(nlp):
    # "June 3" fits every year of the tenure; a Monday only in 2013
    assert _dateline_june_3(nlp, "Foreign Minister Ana Ruiz met her Peruvian counterpart.").dct is None
    monday = _dateline_june_3(nlp, "Foreign Minister Ana Ruiz met her Peruvian counterpart on Monday.")
    assert monday.dct == date(2013, 6, 3)
    assert any("the Monday its lead names" in r for r in monday.reasons)


def test_two_weekdays_in_the_lead_give_the_dateline_none(nlp):
    text = "Foreign Minister Ana Ruiz met her Peruvian counterpart on Monday after talks on Sunday."
    assert _dateline_june_3(nlp, text).dct is None


# --- names -------------------------------------------------------------------------------------------

SUMMIT = (
    "Premier Wen Lobo hailed a new start as he met the leaders of Istania and Boravia in Kessel on Monday. "
    "Lobo, President Arna Vell and Chancellor Tomas Brun agreed to revive the Kessel Compact."
)
SUMMIT_DATED = (
    "KESSEL, 4 May 2025. Istanian Premier Wen Lobo arrived in Kessel for the summit with Boravia's "
    "Tomas Brun and Arna Vell. The three are expected to revive the Kessel Compact, Lobo said."
)
OTHER = (
    "Istania and Boravia traded accusations on Friday over the border. Istanian envoy Pel Orr said "
    "Boravian troops had crossed near Marra, which the Boravian army denied."
)


def test_names_leave_out_sentence_openings_weekdays_and_titles():
    found = names(SUMMIT)
    assert {"Lobo", "Istania", "Boravia", "Kessel", "Vell", "Brun", "Compact"} <= found
    assert not {"Premier", "Monday", "President"} & found  # "Premier" opens the text
    assert "Lobo" in names("They met Lobo's deputy.")  # a possessive is the name


def test_two_reports_of_one_story_share_their_names_and_two_stories_do_not():
    assert shared_names(SUMMIT, SUMMIT_DATED)
    assert not shared_names(OTHER, SUMMIT_DATED)  # the same two countries, another story


# --- the story a dated article names ------------------------------------------------------------------

IST, BOR = Actor("IST", "Istania", "IST", "GOV"), Actor("BOR", "Boravia", "BOR", "GOV")
OPEN = DateInterval(date(2020, 1, 1), None, "range", 0.2, "a tenure's lower bound")


def _report(article: str, kind: str, parties: tuple[Actor, ...]) -> EventMention:
    actors = [EventActor(a, "participant") for a in parties]
    return EventMention(article, kind, None, "asserted", actors, "met", 10, 13, "They met.", 0, 9, OPEN)


@dataclass
class _Store:
    alike: list[tuple[EventMention, EventMention, date]]
    texts: dict[str, str]

    def undated_reports(self):
        return []

    def alike_reports(self):
        return self.alike

    def stored(self, article_ids):
        return [Article(id=a, text=self.texts[a]) for a in article_ids if a in self.texts]

    def placed(self, article_ids):
        return []


def _days(store: _Store) -> list[tuple[str, str | None, float]]:
    return [
        (a.id, c.value, c.confidence)
        for a in pending(store)
        for c in a.published.candidates
        if c.source == CORPUS
    ]


def test_an_undated_article_naming_a_dated_articles_story_takes_its_day():
    # one country's report against three countries' (no dyad in common, so `_story` cannot tell)
    own, other = _report("undated", "CONSULT", (IST,)), _report("dated", "CONSULT", (IST, BOR))
    store = _Store([(own, other, date(2025, 5, 4))], {"undated": SUMMIT, "dated": SUMMIT_DATED})
    assert _days(store) == [("undated", "2025-05-04", CORPUS_LIKELY)]


def test_another_story_of_the_same_pair_dates_nothing():
    own, other = _report("undated", "ACCUSE", (IST, BOR)), _report("dated", "ACCUSE", (IST,))
    store = _Store([(own, other, date(2025, 5, 4))], {"undated": OTHER, "dated": SUMMIT_DATED})
    assert _days(store) == []


def test_dated_articles_of_the_story_months_apart_date_nothing():
    own = _report("undated", "CONSULT", (IST,))
    alike = [
        (own, _report(a, "CONSULT", (IST,)), day)
        for a, day in (("dated", date(2025, 5, 4)), ("later", date(2025, 9, 1)))
    ]
    store = _Store(alike, {"undated": SUMMIT, "dated": SUMMIT_DATED, "later": SUMMIT_DATED})
    assert _days(store) == []
