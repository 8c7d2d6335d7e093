"""Round 10 coverage of the actor knowledge base (issue 12): office holders of smaller states, bodies of
state known by their own names, national forces, armed groups with the country they fight in, and
international bodies and their officers. Real knowledge base; the sentences are invented."""

from __future__ import annotations

from datetime import date

from actor_support import resolved

from dateline.records import DateInterval, DocumentTime


def test_foreign_minister_of_a_smaller_state_by_date(resolver, nlp):
    text = "Icelandic Foreign Minister Gudlaugur Thordarson spoke to the visiting delegation."
    assert resolved(resolver, nlp, text, date(2019, 5, 1), "role")[
        "Icelandic Foreign Minister Gudlaugur Thordarson"
    ] == ("ISL", "foreign minister", "title")


def test_an_office_of_a_smaller_state_has_a_holder_on_the_day(resolver, nlp):
    # Bulgaria's foreign ministers changed five times in 2021-2025: the file now lists them by date.
    found = resolved(resolver, nlp, "Bulgaria's foreign minister arrived in Sofia.", date(2023, 7, 1), "role")
    assert found["Bulgaria's foreign minister"] == ("BGR", "foreign minister", "office holder")


def test_counterpart_of_a_smaller_state(resolver, nlp):
    found = resolved(
        resolver, nlp, "Nepal's foreign minister Arzu Rana Deuba called her Bolivian counterpart.",
        date(2024, 9, 1), "role",
    )  # fmt: skip
    assert found["her Bolivian counterpart"][:2] == ("BOL", "foreign minister")


def test_ministries_known_by_their_own_names(resolver, nlp):
    found = resolved(
        resolver, nlp, "DFAT summoned the envoy; DIRCO and Global Affairs Canada made statements.",
        date(2024, 3, 1), "sector",
    )  # fmt: skip
    assert found["DFAT"][:2] == ("AUS", "GOV")
    assert found["DIRCO"][:2] == ("ZAF", "GOV")
    assert found["Global Affairs Canada"][:2] == ("CAN", "GOV")


def test_national_forces_and_armed_groups_take_their_country(resolver, nlp):
    found = resolved(
        resolver, nlp,
        "The FARDC fought the Allied Democratic Forces; the Tatmadaw shelled Karen National Union posts.",
        date(2024, 3, 1), "sector",
    )  # fmt: skip
    assert found["The FARDC"][:2] == ("COD", "MIL")
    assert found["the Allied Democratic Forces"][:2] == ("COD", "REB")
    assert found["the Tatmadaw"][:2] == ("MMR", "MIL")
    assert any(k.startswith("Karen National Union") and v[:2] == ("MMR", "REB") for k, v in found.items())


def test_coast_guards_are_their_countrys_not_a_longer_name(resolver, nlp):
    text = "A China Coast Guard cutter blocked a Philippine Coast Guard boat."
    found = resolved(resolver, nlp, text, date(2024, 3, 1), "sector")
    assert {v[:2] for v in found.values()} >= {("CHN", "MIL"), ("PHL", "MIL")}


def test_international_bodies_and_their_officers_have_no_country(resolver, nlp):
    found = resolved(
        resolver, nlp, "Hans Grundberg briefed MONUSCO and the OECD on Tuesday.", date(2024, 9, 1), "sector"
    )
    assert found["Hans Grundberg"][:2] == (None, "IGO")
    assert found["MONUSCO"][:2] == (None, "IGO")
    assert found["the OECD"][:2] == (None, "IGO")


def test_a_news_agency_that_reports_is_not_one_of_both_parties(resolver, nlp):
    text = (
        "The Sudanese army and the Rapid Support Forces clashed in Omdurman on Friday. The SPA reported the "
        "clashes. Qatar and the US urged both parties to return to talks."
    )
    day = date(2023, 5, 6)
    mentions = resolver.resolve(nlp(text), DocumentTime(day, DateInterval(day, day, "day")))
    both = next(m for m in mentions if m.text == "both parties")
    assert {a.country for a in both.actors} == {"SDN"}


def test_an_appositive_office_serving_a_body_gives_its_country(resolver, nlp):
    day = date(2024, 3, 1)
    governor = resolved(
        resolver, nlp, "Colonel Amos Tembe, spokesman for the Ituri governor, denied it.", day, "sector"
    )
    assert governor["Amos Tembe"][0] == "COD"
    police = resolved(
        resolver, nlp, "Amos Tembe, a spokeswoman for the Kenyan police, denied it.", day, "sector"
    )
    assert police["Amos Tembe"][0] == "KEN"


def test_an_appositive_that_is_no_office_or_serves_no_country_gives_none(resolver, nlp):
    day = date(2024, 3, 1)
    critic = resolved(
        resolver, nlp, "Amos Tembe, a critic of the Iranian government, denied it.", day, "sector"
    )
    assert critic.get("Amos Tembe", (None,))[0] is None
    envoy = resolved(
        resolver, nlp, "Amos Tembe, spokesman for the UN mission in Kenya, denied it.", day, "sector"
    )
    assert envoy["Amos Tembe"][0] is None
