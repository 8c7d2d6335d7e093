"""Round 22 (r22date): a plan told during an occasion the article dates takes the occasion's date; an
adverbial time written after an invitation's "to <occasion>" dates the occasion, not the invitation.
Every sentence is invented."""

from __future__ import annotations

from datetime import date

from dateline.records import DateInterval, DocumentTime
from dateline.time.event_date import date_event
from dateline.time.tagger import tag

PUBLISHED = date(2031, 3, 8)  # a Saturday
TUESDAY = date(2031, 3, 4)


def _published() -> DocumentTime:
    day = DateInterval(PUBLISHED, PUBLISHED, "day", 1.0, "published")
    return DocumentTime(PUBLISHED, day, ("published",))


def _dated(nlp, text: str, word: str, anchor: DocumentTime | None = None) -> DateInterval:
    anchor = anchor or _published()
    doc = nlp(text)
    (trigger,) = [t for t in doc if t.text == word]
    return date_event(doc, trigger, tag(doc, anchor), anchor)


def test_a_plan_told_during_a_dated_visit_takes_the_visit_day(nlp):
    # "during" hangs on the verb that plans the act ("were expected"), not on the act itself
    text = (
        "Prime Minister Vell arrived in Lakeport on Tuesday. "
        "During Vell's visit, both governments were expected to sign a fisheries pact."
    )
    signed = _dated(nlp, text, "sign")
    assert signed.likely == TUESDAY
    assert signed.basis.startswith("during 'visit'")
    # a time of its own still dates the plan
    later = _dated(nlp, text.replace("pact.", "pact next month."), "sign")
    assert not later.basis.startswith("during")
    assert later.start is not None and later.start > PUBLISHED


def test_a_plan_told_during_a_visit_in_the_same_clause(nlp):
    text = (
        "The envoy began a visit to Lakeport on Tuesday. "
        "The ministers are due to hold talks during the visit."
    )
    held = _dated(nlp, text, "hold")
    assert held.likely == TUESDAY


def test_an_invitation_to_talks_this_weekend_is_not_dated_by_the_weekend(nlp):
    text = "Norland has invited both factions to peace talks in Lakeport this weekend."
    invited = _dated(nlp, text, "invited")
    assert "this weekend" not in invited.basis
    talks = _dated(nlp, text, "talks")
    assert "this weekend" in talks.basis
    # the parse may hang the expression on the verb (a clause after it): still the occasion's
    longer = text.replace("this weekend.", "this weekend aimed at settling the border dispute.")
    assert "this weekend" not in _dated(nlp, longer, "invited").basis
    # the invitation's own day, written before the occasion, still dates it
    invited = _dated(nlp, "On Monday the Union invited the two sides to talks.", "invited")
    assert invited.is_day and invited.start == date(2031, 3, 3)
    urged = _dated(nlp, "The council urged the rivals to a new round of talks next week.", "urged")
    assert "next week" not in urged.basis
