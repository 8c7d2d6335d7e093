"""Round 26 (second wave), events the article refers back to (issue 12): an occasion noun that places
the clause ("since the summit last year", "following the failed summit earlier this year") whose date
the parser hung on the clause's verb is still dated by that expression, an earlier occasion of its own.
The sentences are invented.
"""

from __future__ import annotations

from coding_support import countries_of, pipeline_events

from dateline.events.references import hung_date
from dateline.nlp.parse import load

STORY = "The Kenyan president met the Ugandan president in Kampala on Monday. "


def _summits(events) -> list:
    return [e for e in events if e.type == "CONSULT" and e.trigger == "summit"]


def test_a_summit_since_last_year_is_dated_by_its_own_expression(pipeline):
    events = pipeline_events(pipeline, STORY + "The two leaders had not spoken since the summit last year.")
    (summit,) = _summits(events)
    assert (str(summit.date.start), str(summit.date.end)) == ("2023-01-01", "2023-12-31")
    assert summit.modality == "asserted"
    assert countries_of(summit) == {"KEN", "UGA"}


def test_the_date_hung_on_the_verb_belongs_to_the_occasion_noun():
    doc = load()("The two leaders had not spoken since the summit last year.")
    summit = next(t for t in doc if t.lower_ == "summit")
    date = hung_date(summit)
    assert date is not None and date.lower_ == "year"


def test_a_noun_with_no_date_after_it_takes_none():
    doc = load()("The ministers spoke at the summit in Arusha.")
    summit = next(t for t in doc if t.lower_ == "summit")
    assert hung_date(summit) is None


def test_a_noun_that_does_not_place_the_clause_takes_none():
    # "the summit" is what they discussed, not when: the date is the discussion's.
    doc = load()("The ministers discussed the summit last week.")
    summit = next(t for t in doc if t.lower_ == "summit")
    assert hung_date(summit) is None
