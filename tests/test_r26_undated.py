"""Round 26 (r26undated): an undated article that leads with the act of two countries takes the day of
a dated article that leads with the same act and names one party more beside the pair (the host of
a signing, a ministry beside its state), as round 19's reports of the same two countries do; and the
stores hand `doctime` the dated reports of the days before publication that have no likely day.
Every sentence and article is invented."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from test_r18undated import BORDA, ISTAN, SINCE_TENURE
from test_r19undated import EXPULSION_DAY, GUARDS, _dated, _dates, _expulsion, _other_act
from test_r24_undated import ZENDA

from dateline.dedup.doctime import LEAD_SENTENCES, pending
from dateline.inmemory import _alike_day
from dateline.pipeline import Pipeline
from dateline.records import DateInterval, RawDocument
from dateline.run import run
from dateline.store.database import Database
from dateline.time.document_time import CORPUS

DAY = [EXPULSION_DAY.isoformat()]
PAIR = (ISTAN, BORDA)


def test_an_undated_lead_of_the_pair_takes_the_day_of_the_dated_lead_naming_a_host_beside_it():
    # "Istan and Borda signed the accord" beside the dated "... signed the accord in Zenda"
    own, other = _expulsion("undated", SINCE_TENURE), _dated(parties=(*PAIR, ZENDA))
    assert _dates(own, other, [own, other]) == DAY


def test_an_undated_lead_naming_a_body_beside_the_pair_takes_the_day_of_the_dated_pair():
    # "Istan's border guards expelled two Bordan diplomats" beside the dated "Istan expelled ..."
    own, other = _expulsion("undated", SINCE_TENURE, parties=(*PAIR, GUARDS)), _dated()
    assert _dates(own, other, [own, other]) == DAY


def test_two_parties_more_or_a_pair_of_other_countries_dates_nothing():
    own, other = _expulsion("undated", SINCE_TENURE), _dated(parties=(*PAIR, GUARDS))
    assert _dates(own, other, [own, other]) == DAY
    for mine, theirs in (
        (PAIR, (*PAIR, ZENDA, GUARDS)),  # two parties beside the pair: another gathering
        ((ISTAN, ZENDA), (*PAIR, GUARDS)),  # not the same pair
        ((ISTAN, GUARDS), (*PAIR, GUARDS)),  # the smaller report is a country and a body, not a pair
    ):
        own, other = _expulsion("undated", SINCE_TENURE, parties=mine), _dated(parties=theirs)
        assert _dates(own, other, [own, other]) == []


def test_a_pair_within_a_report_of_three_in_the_background_dates_nothing():
    first = [_other_act("undated", 10 * k) for k in range(LEAD_SENTENCES)]
    down = _expulsion("undated", SINCE_TENURE, start=300)
    other = _dated(parties=(*PAIR, ZENDA))
    lead = _expulsion("undated", SINCE_TENURE, start=200)
    assert _dates(lead, other, [first[0], lead, other]) == DAY  # the second report: still a lead
    assert _dates(down, other, [*first, down, other]) == []


# Round 26: a dated report held within the week before its article's day, dated to that span with no
# likely day ("says the country is closing the border": the two days before publication), gives the
# span's last day to the reports alike, as `doctime.reported_day` reads it; the stores' queries left it
# out before `reported_day` saw it.
CLOSING = (
    "Ecuador closes border with Peru\n\nQUITO (Wire) - Ecuador's interior minister says the country is "
    "suspending diplomatic ties with Peru, closing their border and deporting Peruvian citizens."
)
CLOSED = (
    "Ecuador seals Peru border\n\nEcuador said on Thursday it had closed its border with Peru, a week "
    "after accusing its neighbour of sheltering armed groups."
)
CLOSING_DAY = date(2024, 3, 14)


@pytest.fixture(scope="module")
def apart(tmp_path_factory) -> Database:
    """The two articles stored, then the undated report's merge undone and its corpus day taken
    back: the reports of one act that merging left apart (`index._sole`)."""
    raws = [
        RawDocument(source="closing.txt", id="closing", text=CLOSING, published=CLOSING_DAY.isoformat()),
        RawDocument(source="closed.txt", id="closed", text=CLOSED),
    ]
    db = Database(tmp_path_factory.mktemp("r26") / "apart.duckdb")
    run(raws, Pipeline(), db)
    db.con.execute("UPDATE event_mentions SET canonical_id = 'apart-' || id WHERE article_id = 'closed'")
    db.con.execute(
        "UPDATE articles SET time_dct = NULL, time_story_day = NULL, published_detail = "
        "json_object('inferred', false, 'candidates', json_array()) WHERE id = 'closed'"
    )
    yield db
    db.close()


def test_a_dated_report_of_the_days_before_publication_dates_a_report_alike_in_the_store(apart):
    closing = [o for _, o, _ in apart.alike_reports() if o.type == "SANCTION"]
    assert closing and all(o.date.likely is None and not o.date.is_day for o in closing)
    found = [c.value for a in pending(apart) for c in a.published.candidates if c.source == CORPUS]
    assert CLOSING_DAY.isoformat() in found


def test_in_memory_the_same_day_counts():
    span = DateInterval(CLOSING_DAY - timedelta(days=2), CLOSING_DAY, "range", 0.3, "ongoing at publication")
    held = replace(_dated(), date=span)
    assert _alike_day(held, CLOSING_DAY) == CLOSING_DAY
    assert _alike_day(held, CLOSING_DAY + timedelta(days=10)) is None  # held too long before its article
    assert _alike_day(replace(held, modality="planned"), CLOSING_DAY) is None
