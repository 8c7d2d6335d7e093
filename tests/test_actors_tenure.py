"""Offices by date (round 9): a person acts for the office held on the article's date, else the one the
title names; a surname several people share is the one in office on the date. Invented people, added to
the fixture knowledge base through a user file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.actors.component import DefaultActorResolver
from dateline.actors.kb import KnowledgeBase
from dateline.records import DateInterval, DocumentTime

FIXTURES = Path(__file__).parent / "fixtures" / "kb"
# Invented: Oskar Vandermeer led Turkey's government, then heads the UN (an international office, no
# country); Greta Vandermeer would share his surname. Two Pellinos led the same country's state at
# different times; Hassan is a name part too common to pick anyone by.
PEOPLE = """id\tname\taliases\tcountry\tsector\trole\tstart\tend\tsource
oskar-vandermeer\tOskar Vandermeer\t\tTUR\tGOV\thead of government\t2001-01-01\t2009-12-31\tinvented
oskar-vandermeer\tOskar Vandermeer\t\t\tIGO\tsecretary-general\t2012-01-01\t\tinvented
ilse-pellino\tIlse Pellino\t\tGBR\tGOV\thead of state\t2003-01-01\t2008-12-31\tinvented
marco-pellino\tMarco Pellino\t\tGBR\tGOV\thead of state\t2015-01-01\t\tinvented
aziz-hassan\tAziz Hassan\t\tIND\tGOV\thead of state\t2003-01-01\t2008-12-31\tinvented
omid-hassan\tOmid Hassan\t\tAFG\tGOV\thead of state\t2015-01-01\t\tinvented
"""


@pytest.fixture(scope="module")
def resolver(tmp_path_factory) -> DefaultActorResolver:
    user = tmp_path_factory.mktemp("kb") / "people.tsv"
    user.write_text(PEOPLE, encoding="utf-8")
    return DefaultActorResolver(KnowledgeBase.from_files([*sorted(FIXTURES.glob("*.tsv")), user]))


def actors(resolver, nlp, text: str, day: date | None) -> dict[str, tuple]:
    anchor = DocumentTime(day, DateInterval(day, day, "day")) if day else DocumentTime.unknown()
    return {
        m.text: tuple((a.id, a.country, a.sector, a.role) for a in m.actors)
        for m in resolver.resolve(nlp(text), anchor)
    }


def test_a_bare_name_acts_for_the_office_held_on_the_date(resolver, nlp):
    text = "Vandermeer warned the two sides on Tuesday."
    later = actors(resolver, nlp, text, date(2020, 3, 3))
    assert later["Vandermeer"] == (("oskar-vandermeer", None, "IGO", "secretary-general"),)
    earlier = actors(resolver, nlp, text, date(2005, 3, 3))
    assert earlier["Vandermeer"] == (("oskar-vandermeer", "TUR", "GOV", "head of government"),)


def test_without_a_date_the_title_names_the_office(resolver, nlp):
    got = actors(resolver, nlp, "Secretary-General Oskar Vandermeer warned the two sides.", None)
    assert got["Secretary-General Oskar Vandermeer"] == (
        ("oskar-vandermeer", None, "IGO", "secretary-general"),
    )
    # No date and no title: the first row, as before.
    got = actors(resolver, nlp, "Oskar Vandermeer warned the two sides.", None)
    assert got["Oskar Vandermeer"] == (("oskar-vandermeer", "TUR", "GOV", None),)


def test_a_shared_surname_is_the_one_in_office_on_the_date(resolver, nlp):
    text = "Pellino rejected the proposal on Monday."
    assert actors(resolver, nlp, text, date(2019, 5, 1))["Pellino"][0][0] == "marco-pellino"
    assert actors(resolver, nlp, text, date(2006, 5, 1))["Pellino"][0][0] == "ilse-pellino"
    # In office neither (between their tenures) or no date: nobody to choose.
    assert "Pellino" not in actors(resolver, nlp, text, date(2011, 5, 1))
    assert "Pellino" not in actors(resolver, nlp, text, None)


def test_a_common_name_part_is_not_picked_by_the_date(resolver, nlp):
    got = actors(resolver, nlp, "Hassan rejected the proposal on Monday.", date(2019, 5, 1))
    assert "Hassan" not in got
