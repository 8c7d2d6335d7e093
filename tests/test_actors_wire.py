"""Wire-style constructions that place a person or body in a country (issue 12, round 7): an envoy's
host country inside the office, titled people listed with a government's member, appositions that name
a former office or a country's agent, "a spokesman for <body>", foreign offices under other names.
Real knowledge base; the sentences are invented."""

from __future__ import annotations

from datetime import date

from actor_support import resolved


def _resolved(resolver, nlp, text: str) -> dict[str, tuple[str | None, str | None, str]]:
    return resolved(resolver, nlp, text, date(2024, 5, 2), "role")


def test_an_envoys_host_country_belongs_to_the_office(resolver, nlp):
    found = _resolved(
        resolver, nlp, "The Dutch Ambassador to Kenya Pieter Vanderbilt met the president on Monday."
    )
    assert found["Pieter Vanderbilt"][:2] == ("NLD", "ambassador")
    assert found["The Dutch Ambassador"][:2] == ("NLD", "ambassador")
    assert found["Kenya"][0] == "KEN"  # the host stays an actor: often the other party


def test_an_envoy_to_a_capital_named_after_it_is_the_sending_countrys(resolver, nlp):
    found = _resolved(resolver, nlp, "Kenya's envoy to Oslo, Wanjiru Kamau, left Norway on Friday.")
    assert found["Wanjiru Kamau"][:2] == ("KEN", "special envoy")
    assert found["Oslo"][0] == "NOR"


def test_host_country_without_a_sending_country_stays_an_actor(resolver, nlp):
    found = _resolved(resolver, nlp, "An ambassador to Peru was recalled.")
    assert found["Peru"][0] == "PER"


def test_titled_person_listed_after_a_countrys_official_serves_that_government(resolver, nlp):
    found = _resolved(
        resolver,
        nlp,
        "Norwegian Prime Minister Jonas Gahr Store and Finance Minister Trygve Vedum visited Warsaw.",
    )
    assert found["Finance Minister Trygve Vedum"][:2] == ("NOR", "minister")


def test_titled_people_after_a_plural_office_and_colon_take_its_country(resolver, nlp):
    text = "He was joined by Chilean ministers: Trade Minister Pablo Ruiz and Health Minister Ana Soto."
    found = _resolved(resolver, nlp, text)
    assert found["Trade Minister Pablo Ruiz"][0] == "CHL"
    assert found["Health Minister Ana Soto"][0] == "CHL"


def test_a_titled_person_met_not_listed_keeps_no_country(resolver, nlp):
    found = _resolved(
        resolver, nlp, "Norwegian Prime Minister Jonas Gahr Store met Finance Minister Trygve Vedum."
    )
    assert found["Finance Minister Trygve Vedum"][0] is None


def test_apposition_with_a_former_office_gives_its_country_and_no_role(resolver, nlp):
    found = _resolved(
        resolver, nlp, "Kestutis Valaitis, a former Lithuanian prime minister, criticised the deal."
    )
    assert found["Kestutis Valaitis"][:2] == ("LTU", None)


def test_former_office_without_a_name_is_still_nobody(resolver, nlp):
    found = _resolved(resolver, nlp, "The former Lithuanian prime minister criticised the deal.")
    assert not any(v[0] == "LTU" and v[1] for v in found.values())


def test_apposition_with_a_countrys_agent_phrase_places_the_person(resolver, nlp):
    found = _resolved(
        resolver, nlp, "Daniel Tesfaye, the Nigerian government negotiator, left the talks early."
    )
    assert found["Daniel Tesfaye"][0] == "NGA"


def test_spokesman_for_a_body_is_the_bodys(resolver, nlp):
    found = _resolved(
        resolver, nlp, "Grace Adeyemi, a spokesman for the Tigray People's Liberation Front, denied it."
    )
    assert found["Grace Adeyemi"][:2] == ("ETH", "spokesperson")


def test_envoy_for_a_country_is_not_that_countrys(resolver, nlp):
    found = _resolved(resolver, nlp, "The UN special envoy for Libya met militia leaders.")
    envoy = next(v for k, v in found.items() if k.startswith("The UN special envoy"))
    assert envoy[0] is None


def test_department_of_foreign_affairs_is_the_home_countrys_foreign_office(resolver, nlp):
    text = "Filipino fishermen said Chinese boats rammed them. The Department of Foreign Affairs protested."
    found = _resolved(resolver, nlp, text)
    assert found["The Department of Foreign Affairs"][0] == "PHL"


def test_apposition_stating_a_nationality_places_the_person(resolver, nlp):
    found = _resolved(
        resolver, nlp, "Li Wei, a Chinese student attending college in Ohio, said he was worried."
    )
    assert found["Li Wei"][0] == "CHN"


def test_a_country_after_the_appositions_head_is_not_the_persons(resolver, nlp):
    found = _resolved(resolver, nlp, "Sara Ahmadi, a vocal critic of the Iranian government, was attacked.")
    assert "Sara Ahmadi" not in found


def test_nationality_of_expertise_or_a_place_is_no_nationality(resolver, nlp):
    text = "Paul Hart, a North Korean expert at a think tank, said talks had stalled."
    found = _resolved(resolver, nlp, text)
    assert found.get("Paul Hart", (None,))[0] is None
    found = _resolved(resolver, nlp, "Tom Reed, an Iran analyst in London, disagreed.")
    assert found.get("Tom Reed", (None,))[0] is None


def test_titled_person_of_a_document_that_titles_its_officials_bare_is_that_countrys(resolver, nlp):
    text = (
        "President William Ruto spoke on Monday. Interior Minister Daniel Kipchumba later closed the camps."
    )
    found = _resolved(resolver, nlp, text)
    assert found["Interior Minister Daniel Kipchumba"][0] == "KEN"


def test_titled_person_with_no_bare_titled_official_before_keeps_no_country(resolver, nlp):
    found = _resolved(resolver, nlp, "Interior Minister Daniel Kipchumba closed the camps.")
    assert found["Interior Minister Daniel Kipchumba"][0] is None


def test_an_office_of_an_armed_group_has_the_groups_sector(resolver, nlp):
    found = resolved(
        resolver, nlp, "Hamas spokesman Abu Khalil said the talks failed.", date(2024, 5, 2), "sector"
    )
    spokesman = next(v for k, v in found.items() if k.startswith("Hamas spokesman"))
    assert spokesman[:2] == ("PSE", "REB")


def test_a_body_whose_name_goes_on_after_for_is_read_whole(resolver, nlp):
    found = _resolved(resolver, nlp, "Glenn Olsen, a spokesperson for UNHCR Kenya, said the camps were full.")
    assert "Kenya" not in found
