"""Mention resolution on our own sentences, with the fixture knowledge base (tests/fixtures/kb)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.actors.component import DefaultActorResolver, anchor_date
from dateline.actors.kb import KnowledgeBase
from dateline.records import DateInterval, DocumentTime

FIXTURES = Path(__file__).parent / "fixtures" / "kb"


@pytest.fixture(scope="module")
def resolver() -> DefaultActorResolver:
    return DefaultActorResolver(KnowledgeBase.from_files(sorted(FIXTURES.glob("*.tsv"))))


def on(day: date) -> DocumentTime:
    return DocumentTime(day, DateInterval(day, day, "day"))


def resolved(resolver, nlp, text: str, day: date | None):
    anchor = on(day) if day else DocumentTime.unknown()
    return {m.text: m for m in resolver.resolve(nlp(text), anchor)}


def ids(mention) -> list[str | None]:
    return [a.id for a in mention.actors]


def test_title_before_name_gives_the_person_and_role(resolver, nlp):
    got = resolved(
        resolver,
        nlp,
        "Russia's Foreign Minister Sergey Lavrov arrived in Delhi on a two-day trip.",
        date(2021, 4, 5),
    )
    m = got["Russia's Foreign Minister Sergey Lavrov"]
    assert ids(m) == ["sergey-lavrov"]
    assert (m.actors[0].role, m.actors[0].country, m.how) == ("foreign minister", "RUS", "title")


def test_same_name_different_role_before_and_after_a_change_of_office(resolver, nlp):
    text = "Vladimir Putin chaired a meeting on the budget."
    before = resolved(resolver, nlp, text, date(2010, 3, 1))["Vladimir Putin"].actors[0]
    after = resolved(resolver, nlp, text, date(2016, 3, 1))["Vladimir Putin"].actors[0]
    assert (before.id, before.role) == ("vladimir-putin", "head of government")
    assert (after.id, after.role) == ("vladimir-putin", "head of state")


def test_title_and_country_without_name_is_the_holder_on_the_date(resolver, nlp):
    text = "The Pakistani prime minister will travel to Beijing next week."
    assert ids(resolved(resolver, nlp, text, date(2019, 5, 1))["The Pakistani prime minister"]) == [
        "imran-khan"
    ]
    assert ids(resolved(resolver, nlp, text, date(2022, 6, 1))["The Pakistani prime minister"]) == [
        "shehbaz-sharif"
    ]
    # No holder in the KB on that date: a role actor.
    role = resolved(resolver, nlp, text, date(2023, 10, 1))["The Pakistani prime minister"].actors[0]
    assert (role.id, role.kind, role.country, role.role) == (None, "role", "PAK", "head of government")
    # Country-specific title: the US Secretary of State is its foreign minister.
    m = resolved(resolver, nlp, "The Secretary of State flew to Cairo.", date(2022, 3, 1))[
        "The Secretary of State"
    ]
    assert ids(m) == ["antony-blinken"]


def test_surname_first_name_and_bare_title_refer_back(resolver, nlp):
    text = (
        "Prime Minister Imran Khan received Foreign Minister Shah Mahmood Qureshi in Islamabad on Friday. "
        "Khan asked about the visit to Kabul. The premier said trade mattered. "
        "Premier Imran praised the ministry, and the foreign minister briefed the cabinet. Mr. Qureshi left."
    )
    got = resolved(resolver, nlp, text, date(2019, 11, 8))
    assert ids(got["Khan"]) == ["imran-khan"]
    assert ids(got["The premier"]) == ["imran-khan"]
    assert ids(got["Premier Imran"]) == ["imran-khan"]
    assert ids(got["the foreign minister"]) == ["shah-mahmood-qureshi"]
    assert ids(got["Mr. Qureshi"]) == ["shah-mahmood-qureshi"]
    assert got["Khan"].how == "name coreference"


def test_counterpart_is_the_other_countrys_holder_of_the_same_office(resolver, nlp):
    text = "Foreign Minister Shah Mahmood Qureshi phoned his Russian counterpart on Monday."
    m = resolved(resolver, nlp, text, date(2020, 6, 1))["his Russian counterpart"]
    assert ids(m) == ["sergey-lavrov"]
    assert (m.actors[0].role, m.how) == ("foreign minister", "counterpart")
    text = "Secretary of State Antony Blinken met his Russian counterpart Sergei Lavrov in Geneva."
    m = resolved(resolver, nlp, text, date(2022, 1, 21))["his Russian counterpart Sergei Lavrov"]
    assert ids(m) == ["sergey-lavrov"]


def test_plural_groups_take_the_most_recent_pair(resolver, nlp):
    text = (
        "President Joe Biden spoke with Vladimir Putin for an hour. The two leaders agreed to meet. "
        "Pakistan and Russia signed a deal. Both sides praised the talks."
    )
    got = resolved(resolver, nlp, text, date(2021, 12, 7))
    assert ids(got["The two leaders"]) == ["joe-biden", "vladimir-putin"]
    assert set(ids(got["Both sides"])) == {"PAK", "RUS"}
    assert ids(got["Pakistan"]) == ["PAK"] and ids(got["Russia"]) == ["RUS"]  # one mention per conjunct


def test_metonymy_demonyms_and_foreign_office(resolver, nlp):
    text = (
        "Foreign Minister Bilawal Bhutto Zardari flew to Tashkent. Moscow said the Kremlin welcomed it, "
        "while Russian officials stayed silent. Later the Foreign Office issued a statement."
    )
    got = resolved(resolver, nlp, text, date(2022, 7, 28))
    assert ids(got["Moscow"]) == ["RUS"] and got["Moscow"].how == "metonymy"
    assert ids(got["the Kremlin"]) == ["RUS"]
    assert got["Russian officials"].actors[0].country == "RUS"
    assert got["Russian officials"].actors[0].sector == "GOV"
    assert ids(got["the Foreign Office"]) == ["PAK"]  # the country of the article's own minister


def test_no_actor_for_an_unintroduced_surname_or_common_words(resolver, nlp):
    got = resolved(resolver, nlp, "Khan said the turkey was cooked and the chad was loose.", date(2020, 1, 1))
    assert got == {}


def test_unknown_person_with_title_keeps_country_and_role(resolver, nlp):
    m = resolved(resolver, nlp, "Turkish President Recep Tayyip Erdogan visited Ankara.", None)
    actor = m["Turkish President Recep Tayyip Erdogan"].actors[0]
    assert (actor.id, actor.country, actor.role, actor.kind) == (None, "TUR", "head of state", "person")


def test_tenure_hints_for_titled_people(resolver, nlp):
    doc = nlp("Foreign Minister Bilawal Bhutto Zardari met Chinese officials. Sergey Lavrov was absent.")
    hints = resolver.tenure_hints(doc)
    assert [(h.actor_id, h.interval.start, h.interval.end) for h in hints] == [
        ("bilawal-bhutto-zardari", date(2022, 4, 27), date(2023, 8, 10))
    ]  # Lavrov has no title here: no hint


def test_anchor_date_uses_the_middle_of_a_short_interval():
    short = DocumentTime(None, DateInterval(date(2021, 1, 1), date(2021, 1, 31), "month"))
    assert anchor_date(short) == date(2021, 1, 16)
    long = DocumentTime(None, DateInterval(date(2018, 1, 1), date(2022, 1, 1), "range"))
    assert anchor_date(long) == long.interval
    assert anchor_date(DocumentTime.unknown()) is None


def test_seed_articles_key_resolutions(seeds_dir, nlp, resolver):
    def run(name: str, day: date):
        text = next(seeds_dir.glob(f"{name}_*.txt")).read_text(encoding="utf-8")
        return resolver.resolve(nlp(text), on(day))

    def find(mentions, text):
        return [m for m in mentions if m.text == text]

    m1 = run("001", date(2022, 1, 17))
    premier = find(m1, "Premier Imran")[0].actors[0]
    assert (premier.id, premier.role, premier.country) == ("imran-khan", "head of government", "PAK")
    assert all(m.actors[0].id == "RUS" for m in find(m1, "Moscow"))
    m2 = run("002", date(2020, 6, 1))
    for text in ("Russian counterpart Sergey Lavrov", "his Russian counterpart"):
        lavrov = find(m2, text)[0].actors[0]
        assert (lavrov.id, lavrov.country, lavrov.role) == ("sergey-lavrov", "RUS", "foreign minister")
    m4 = run("004", date(2021, 6, 14))
    pair = find(m4, "The two foreign ministers")[0]
    assert {a.id for a in pair.actors} == {"sergey-lavrov", "shah-mahmood-qureshi"}


@pytest.mark.parametrize("group", ["The two ministers", "The ministers"])
def test_a_generic_title_takes_the_pair_holding_a_kind_of_it(resolver, nlp, group):
    # Round 9b: "ministers" answers to two foreign ministers just named, not to two unnamed offices.
    text = (
        "Foreign Minister Sergey Lavrov received Pakistani Foreign Minister Shah Mahmood Qureshi in "
        f"Moscow on Wednesday. {group} signed a protocol on visas."
    )
    got = resolved(resolver, nlp, text, date(2021, 6, 2))
    assert set(ids(got[group])) == {"sergey-lavrov", "shah-mahmood-qureshi"}
