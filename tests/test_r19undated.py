"""Round 19 (r19undated): an undated article that leads with the act a dated article leads with (same
type, the same two countries, no person in common) takes the dated article's day as likely. Every
sentence and article is invented."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from test_r18undated import BORDA, ISTAN, RUIZ, SINCE_TENURE, _Alike

from dateline.dedup.doctime import LEAD_SENTENCES, pending
from dateline.records import (
    Actor,
    DateInterval,
    EventActor,
    EventMention,
)
from dateline.time.document_time import CORPUS, CORPUS_LIKELY

EXPULSION_DAY = date(2024, 3, 5)  # "Istan expelled two Bordan diplomats" (dated article, Tuesday)
GUARDS = Actor(None, "the border guards", None, "MIL", None, "organization")  # a body, no country


def _expulsion(article: str, span: DateInterval, start: int = 0, parties=(ISTAN, BORDA)) -> EventMention:
    """ "Istan expelled two Bordan diplomats." at sentence offset `start`."""
    actors = [EventActor(parties[0], "source"), *(EventActor(a, "target") for a in parties[1:])]
    sentence = "Istan expelled two Bordan diplomats."
    return EventMention(
        article, "SANCTION", None, "asserted", actors, "expelled", start + 6, start + 14,
        sentence, start, start + len(sentence), span,
    )  # fmt: skip


def _dated(start: int = 0, parties=(ISTAN, BORDA)) -> EventMention:
    """The dated article's clause has no time word: likely its publication day, within the week."""
    span = DateInterval(
        EXPULSION_DAY - timedelta(days=6), EXPULSION_DAY, "range", 0.3, "past, no date in its clause",
        EXPULSION_DAY,
    )  # fmt: skip
    return _expulsion("dated", span, start, parties)


def _other_act(article: str, start: int) -> EventMention:
    """ "Borda called the move regrettable." further down or ahead, as a report of its own."""
    m = _expulsion(article, SINCE_TENURE, start)
    return replace(m, type="ACCUSE", trigger="called", actors=[EventActor(BORDA, "source")])


def _dates(own: EventMention, other: EventMention, placed: list[EventMention]) -> list[str]:
    found = pending(_Alike([(own, other, EXPULSION_DAY)], placed))
    return [c.value for a in found for c in a.published.candidates if c.source == CORPUS]


def test_an_undated_lead_takes_the_day_of_the_dated_lead_of_the_same_act_between_the_same_countries():
    own, other = _expulsion("undated", SINCE_TENURE), _dated()
    (article,) = pending(_Alike([(own, other, EXPULSION_DAY)], [own, other]))
    ((found,),) = [[c for c in article.published.candidates if c.source == CORPUS]]
    assert (found.value, found.confidence, found.inferred) == (EXPULSION_DAY.isoformat(), CORPUS_LIKELY, True)
    assert "dates a report alike" in found.note


def test_a_lead_among_the_first_reports_counts_too():
    own, other = _expulsion("undated", SINCE_TENURE, start=60), _dated(start=60)
    placed = [_other_act("undated", 0), own, _other_act("dated", 0), other]
    assert _dates(own, other, placed) == [EXPULSION_DAY.isoformat()]


def test_background_on_either_side_dates_nothing():
    # the same act further down one article is an earlier act retold, not its news
    down_undated, down_dated = _expulsion("undated", SINCE_TENURE, start=300), _dated(start=300)
    lead_undated, lead_dated = _expulsion("undated", SINCE_TENURE), _dated()
    first = [_other_act("undated", 10 * k) for k in range(LEAD_SENTENCES)]
    ahead = [_other_act("dated", 10 * k) for k in range(LEAD_SENTENCES)]
    assert _dates(down_undated, lead_dated, [*first, down_undated, lead_dated]) == []
    assert _dates(lead_undated, down_dated, [lead_undated, *ahead, down_dated]) == []


def test_a_third_party_or_a_body_beside_the_two_countries_dates_nothing():
    for parties in ((ISTAN, BORDA, GUARDS), (ISTAN,)):
        own, other = _expulsion("undated", SINCE_TENURE, parties=parties), _dated(parties=parties)
        assert _dates(own, other, [own, other]) == []


def test_the_day_must_lie_in_the_undated_reports_interval():
    before = DateInterval(None, date(2023, 12, 31), "range", 0.2, "before 2024")
    own, other = _expulsion("undated", before), _dated()
    assert _dates(own, other, [own, other]) == []


def test_a_report_with_a_person_in_common_outranks_one_of_the_two_countries_alone():
    # the undated lead "Ruiz met Borda's envoys" beside a dated lead with Ruiz (stated, a week later)
    # and a dated lead of the two countries alone (the expulsion's day): the named match dates it
    own = _expulsion("undated", SINCE_TENURE)
    later = EXPULSION_DAY + timedelta(days=20)
    named = replace(
        _expulsion("named", DateInterval(later, later, "day", 0.9, "on Monday")),
        actors=[EventActor(RUIZ, "source"), EventActor(BORDA, "target")],
    )
    mine = replace(own, actors=[EventActor(RUIZ, "source"), EventActor(BORDA, "target")])
    pairs = [(mine, _dated(), EXPULSION_DAY), (mine, named, later)]
    found = pending(_Alike(pairs, [mine, _dated(), named]))
    days = [c.value for a in found for c in a.published.candidates if c.source == CORPUS]
    assert days == [later.isoformat()]
