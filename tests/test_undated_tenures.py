"""Round 9: an undated article's time from the offices it names (tenure hints), with invented people.

"Former President X" puts the article after X's first tenure in that office ended; titled people in
office bound it by the intersection of their tenures; a year-less day takes the one year that
intersection allows."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.actors.component import DefaultActorResolver
from dateline.actors.kb import KnowledgeBase
from dateline.records import Article, PublishedDate
from dateline.time.component import DefaultTimeTagger

FIXTURES = Path(__file__).parent / "fixtures" / "kb"
PEOPLE = (
    "id\tname\taliases\tcountry\tsector\trole\tstart\tend\tsource\n"
    "amara-odhiambo\tAmara Odhiambo\t\tPAK\tGOV\thead of state\t2011-03-01\t2016-06-30\ttest (invented)\n"
    "amara-odhiambo\tAmara Odhiambo\t\tPAK\tGOV\thead of state\t2020-02-01\t\ttest (invented)\n"
    "joseph-wanjiru\tJoseph Wanjiru\t\tPAK\tGOV\thead of state\t2016-07-01\t2020-01-31\ttest (invented)\n"
    "lena-brandt\tLena Brandt\t\tGBR\tGOV\tforeign minister\t2017-05-10\t2019-09-30\ttest (invented)\n"
)


@pytest.fixture(scope="module")
def invented(tmp_path_factory) -> DefaultActorResolver:
    people = tmp_path_factory.mktemp("kb") / "people.tsv"
    people.write_text(PEOPLE, encoding="utf-8")
    files = [FIXTURES / "countries.tsv", FIXTURES / "organizations.tsv", people]
    return DefaultActorResolver(KnowledgeBase.from_files(files))


def dated(resolver: DefaultActorResolver, nlp, text: str):
    doc = nlp(text)
    hints = resolver.tenure_hints(doc)
    article = Article(id="t", text=text, published=PublishedDate(None, "none", 0.0))
    return hints, DefaultTimeTagger().anchor(article, doc, hints)


def test_a_former_title_puts_the_article_after_the_first_tenure_ended(invented, nlp):
    hints, dt = dated(invented, nlp, "Former Pakistani President Joseph Wanjiru opened a clinic in Lahore.")
    assert [(h.actor_id, h.interval.start, h.interval.end) for h in hints] == [
        ("joseph-wanjiru", date(2020, 1, 31), None)
    ]
    assert dt.interval.start == date(2020, 1, 31) and dt.interval.end is None


def test_a_former_title_of_someone_back_in_office_allows_the_gap_between_terms(invented, nlp):
    hints, _ = dated(invented, nlp, "Former Pakistani President Amara Odhiambo toured a dam in Multan.")
    assert [(h.interval.start, h.interval.end) for h in hints] == [(date(2016, 6, 30), None)]


def test_a_former_title_without_an_ended_tenure_says_nothing(invented, nlp):
    # Lena Brandt's only office ended, but she is named as a former head of state she never was
    hints, _ = dated(invented, nlp, "Former British President Lena Brandt spoke in Leeds.")
    assert hints == []


def test_former_and_serving_office_holders_intersect(invented, nlp):
    text = (
        "President Amara Odhiambo of Pakistan received former British Foreign Minister Lena Brandt "
        "in Islamabad. "
        "The two had last met when Brandt was in office."
    )
    _, dt = dated(invented, nlp, text)
    # Odhiambo as president: 2011-03-01..now (both terms); Brandt former: after 2019-09-30
    assert dt.interval.start == date(2019, 9, 30)


def test_a_yearless_day_takes_the_one_year_the_tenures_allow(invented, nlp):
    text = (
        "Pakistani President Joseph Wanjiru and British Foreign Minister Lena Brandt signed a water accord "
        "in Islamabad on March 3."
    )
    _, dt = dated(invented, nlp, text)
    # Wanjiru 2016-07-01..2020-01-31 and Brandt 2017-05-10..2019-09-30 leave 2018 and 2019: two years,
    # so the day stays open; a weekday fixes it (March 3 was a Saturday in 2018, a Sunday in 2019)
    assert dt.interval.start >= date(2017, 5, 10) and dt.interval.end <= date(2020, 3, 2)
    assert dt.interval.likely is None
    _, dt = dated(invented, nlp, text.replace("on March 3", "on Saturday, March 3"))
    assert dt.interval.likely == date(2018, 3, 3)


def test_an_incoming_title_puts_the_article_before_the_tenure_began(invented, nlp):
    hints, dt = dated(invented, nlp, "Incoming Pakistani President Joseph Wanjiru toured Multan.")
    assert [(h.interval.start, h.interval.end) for h in hints] == [(None, date(2016, 7, 1))]
    assert dt.interval.start is None and dt.interval.end == date(2016, 7, 1)


def test_a_yearless_day_in_the_one_year_left_by_a_former_and_a_serving_title_is_the_day(invented, nlp):
    text = (
        "Pakistani President Joseph Wanjiru hosted former British Foreign Minister Lena Brandt in Lahore "
        "on January 12."
    )
    _, dt = dated(invented, nlp, text)
    # after Brandt left office (2019-09-30) and while Wanjiru held his (to 2020-01-31): one January 12
    assert dt.interval.likely == date(2020, 1, 12)
    assert any("former" in r for r in dt.reasons)
