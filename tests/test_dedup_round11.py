"""Round 11, one canonical event: reports the modality rules kept apart though they tell one event.

- a plan with no date of its own ("the visit will last three days") told beside the event held,
  dated to a week, is its programme: one event, asserted (`compatible.undated_plan`);
- a plan told in a past tense with no day in its clause ("had been planned") beside the event held
  in one article is not folded into it: its date is when the plan stood (`compatible.past_plan`);
- in one article, two reports of one modality dated by opposite tenses alone (one future, one past)
  are two events, however their open intervals overlap (`compatible.opposite_tenses`);
- a hypothetical report ("whether the two leaders spoke by phone") told beside a claim or a denial of
  the same event in one article asks about that event: one event, of the answer's modality
  (`compatible.asks`); apart in the article or in another article it stays an event of its own.

Invented records through the real merge.
"""

from __future__ import annotations

from datetime import date

from test_dedup_merge import day, mention

from dateline.dedup import merge
from dateline.dedup.compatible import answered, asks, opposite_tenses, past_plan, undated_plan
from dateline.records import DateInterval


def test_a_question_beside_a_denial_is_the_denied_event():
    # "The ministry denied that the two leaders spoke by phone." ... "Asked whether there had been a
    # call between them, the spokesman said he knew of none."
    denied = mention("q000", 10, modality="negated", when=day(2031, 5, 2))
    asked = mention("q000", 200, modality="hypothetical", when=day(2031, 5, 2))
    for order in ([denied, asked], [asked, denied]):
        (event,) = merge(order)
        assert event.modality == "negated" and len(event.mentions) == 2


def test_a_question_beside_a_claim_takes_the_claim():
    claimed = mention("q000", 10, when=day(2031, 5, 2))
    asked = mention("q000", 300, modality="hypothetical", when=day(2031, 5, 2))
    for order in ([claimed, asked], [asked, claimed]):
        (event,) = merge(order)
        assert event.modality == "asserted"


def test_a_question_far_apart_or_in_another_article_stays_apart():
    denied = mention("q000", 10, modality="negated", when=day(2031, 5, 2))
    # Paragraphs later ("if the two leaders meet at the summit ...") the condition may be of any occasion.
    far = mention("q000", 3000, modality="hypothetical", when=day(2031, 5, 2))
    assert len(merge([denied, far])) == 2
    elsewhere = mention("q001", 200, modality="hypothetical", when=day(2031, 5, 2))
    assert len(merge([denied, elsewhere])) == 2
    # A question about a visit is not the denied call (modes), nor a question beside a plan.
    visit = mention("q000", 200, modality="hypothetical", mode="visit", when=day(2031, 5, 2))
    assert len(merge([denied, visit])) == 2
    planned = mention("q000", 10, modality="planned", when=day(2031, 5, 2))
    assert not asks(planned, mention("q000", 200, modality="hypothetical", when=day(2031, 5, 2)), True)


def test_the_answer_decides_the_modality():
    assert answered("hypothetical", "negated") == "negated"
    assert answered("hypothetical", "asserted") == "asserted"
    assert answered("negated", "hypothetical") == "negated"
    assert answered("planned", "hypothetical") == "planned"


def _after(y: int, m: int, d: int) -> DateInterval:
    """A plan dated by its tense alone: open from the publication day on."""
    return DateInterval(date(y, m, d), None, "range", 0.3, "future, no date in its clause")


def test_a_plan_without_a_day_beside_the_visit_held_is_its_programme():
    # "The prime minister arrived in Hanoi on Sunday." ... "The visit will last three days."
    arrived = mention("p000", 10, mode="visit", when=day(2031, 6, 1), sides=("source", "target"))
    programme = mention("p000", 150, mode="visit", modality="planned", when=_after(2031, 6, 1),
                        sides=("source", "target"))  # fmt: skip
    for order in ([arrived, programme], [programme, arrived]):
        (visit,) = merge(order)
        assert visit.modality == "asserted" and len(visit.mentions) == 2
        assert (visit.date.start, visit.date.end) == (date(2031, 6, 1), date(2031, 6, 1))


def test_a_plan_with_its_own_day_or_far_away_or_elsewhere_stays_apart():
    held = mention("p000", 10, mode="visit", when=day(2031, 6, 1), sides=("source", "target"))
    kw = {"mode": "visit", "modality": "planned", "sides": ("source", "target")}
    # "He will return in the autumn": a plan with a date of its own is another visit.
    autumn = DateInterval(date(2031, 9, 22), date(2031, 12, 20), "season", 0.7, "the autumn")
    assert len(merge([held, mention("p000", 150, when=autumn, **kw)])) == 2
    # An undated plan paragraphs away may be of any later visit. (In another article it may still
    # be the one visit of the pair it can be: `index.CanonicalIndex._sole`, round 10.)
    assert len(merge([held, mention("p000", 2500, when=_after(2031, 6, 1), **kw)])) == 2
    # A meeting held a week before publication and "they will meet again": the dates do not meet.
    met = mention("p000", 10, when=day(2031, 5, 25))
    again = mention("p000", 150, modality="planned", when=_after(2031, 6, 1))
    assert len(merge([met, again])) == 2
    assert undated_plan(again, mention("p000", 10, when=day(2031, 6, 1)))
    assert not undated_plan(again, mention("p000", 10, when=_after(2031, 6, 1)))


def _told_in_the_past(y: int, m: int, d: int) -> DateInterval:
    """A plan dated by its past tense alone: the week before publication, when the plan stood."""
    return DateInterval(date(y, m, d - 6), date(y, m, d), "range", 0.3,
                        "past, no date in its clause: on or shortly before publication")  # fmt: skip


def test_a_plan_told_in_the_past_beside_the_visit_held_is_not_folded_into_it():
    # "The minister arrived in Lima on Sunday." ... "The trip had initially been planned for
    # the spring." The plan's week is when it stood, not the day of the trip it planned.
    kw = {"mode": "visit", "sides": ("source", "target")}
    arrived = mention("t000", 10, when=day(2031, 6, 8), **kw)
    earlier = mention("t000", 300, modality="planned", when=_told_in_the_past(2031, 6, 8), **kw)
    assert past_plan(earlier) and not past_plan(arrived)
    for order in ([arrived, earlier], [earlier, arrived]):
        assert sorted(e.modality for e in merge(order)) == ["asserted", "planned"]
    # A plan with a week of its own ("will arrive on Sunday") still folds with the trip held.
    announced = mention("t000", 300, modality="planned", when=day(2031, 6, 8), **kw)
    assert [e.modality for e in merge([arrived, announced])] == ["asserted"]


def test_one_article_tells_a_coming_and_a_past_encounter_apart_by_their_tenses():
    # An article without a found publication date: "The two leaders are set to meet at the summit
    # next week." ... "They last held talks on the sidelines of a forum." Both are dated by their
    # tense alone, from a publication only known to fall after 1 March; the open intervals overlap.
    coming = DateInterval(
        date(2031, 3, 1), None, "range", 0.3, "future, no date in its clause: after publication"
    )
    past = DateInterval(date(2031, 2, 22), None, "range", 0.3,
                        "past, no date in its clause: on or shortly before publication")  # fmt: skip
    ahead, before = (
        mention("f000", 10, mode="meet", when=coming),
        mention("f000", 400, mode="meet", when=past),
    )
    assert opposite_tenses(ahead.date, before.date) and not opposite_tenses(ahead.date, ahead.date)
    assert len(merge([ahead, before])) == 2
    # Told alike ("they met", "the meeting took place"), two past reports stay one event.
    again = mention("f000", 600, mode="meet", when=past)
    assert len(merge([before, again])) == 1


def test_the_tense_bases_read_here_are_the_ones_the_time_stage_writes():
    # The rules above read how the time stage dated a report from its tense alone; if its wording
    # changed, they would silently stop applying.
    from dateline.time.event_date import _from_tense
    from dateline.time.tense import Tense

    ref = (date(2031, 3, 1), None)
    future = _from_tense(Tense.FUTURE, ref, "publication")
    for tense in (Tense.PAST, Tense.PRESENT_PERFECT, Tense.PAST_PERFECT):
        told = _from_tense(tense, ref, "publication")
        assert opposite_tenses(future, told) and opposite_tenses(told, future)
        plan = mention("b000", 10, modality="planned", when=told)
        assert past_plan(plan)
    assert undated_plan(mention("b000", 10, modality="planned", when=future), mention("b000", 200))
