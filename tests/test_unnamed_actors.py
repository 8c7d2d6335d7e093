"""Unnamed and generic actors (actors/unnamed.py): agent nouns coded by sector and by the country the text
places them in, through the whole pipeline with real spaCy and the real knowledge base. The sentences
are invented.
"""

from __future__ import annotations

from coding_support import of_type, pipeline_events

from dateline.records import RawDocument


def mentions_of(pipeline, text: str) -> dict[str, tuple[str | None, str | None]]:
    """Mention text -> (country, sector) of its one actor."""
    raw = RawDocument(source="test", id="t", text=text, published="2024-03-15")
    found = pipeline.process(raw).actor_mentions
    return {m.text: (m.actors[0].country, m.actors[0].sector) for m in found if len(m.actors) == 1}


def sectors(event, side: str) -> set[str | None]:
    return {ea.actor.sector for ea in event.actors if ea.side == side}


def test_gunmen_and_villagers_make_an_attack_between_sectors(pipeline):
    event = of_type(
        pipeline_events(pipeline, "Masked gunmen killed eight farmers near the river."), "ASSAULT"
    )
    assert sectors(event, "source") == {"REB"}
    assert sectors(event, "target") == {"CVL"}
    assert {ea.actor.country for ea in event.actors} == {None}  # nothing places them


def test_a_place_phrase_of_the_sentence_places_the_agent(pipeline):
    found = mentions_of(pipeline, "Riot police fired tear gas at students in Nairobi on Friday.")
    assert found["police"] == ("KEN", "COP")


def test_two_countries_in_the_sentence_place_nobody(pipeline):
    found = mentions_of(pipeline, "Soldiers crossed from Niger into Mali overnight.")
    assert found["Soldiers"] == (None, "MIL")


def test_the_possessor_gives_its_country_to_the_agent_noun(pipeline):
    event = of_type(
        pipeline_events(pipeline, "Chile's interim government arrested dozens of striking miners."), "COERCE"
    )
    assert {ea.actor.country for ea in event.actors if ea.side == "source"} == {"CHL"}


def test_an_of_phrase_names_the_country(pipeline):
    found = mentions_of(pipeline, "The people of Malawi protested against the new tax.")
    assert found["people"] == ("MWI", "CVL")


def test_the_document_places_an_agent_its_sentence_does_not(pipeline):
    text = "Protests spread in Bolivia on Monday. The next day police arrested forty students."
    found = mentions_of(pipeline, text)
    assert found["police"] == ("BOL", "COP")


def test_outsiders_are_not_placed_or_resolved(pipeline):
    found = mentions_of(pipeline, "Foreign troops left the capital of Burundi.")
    assert "troops" not in found


def test_things_in_the_agent_list_are_not_actors(pipeline):
    found = mentions_of(pipeline, "The storm damaged hospitals and a website went down.")
    assert "hospitals" not in found and "website" not in found


def test_an_unknown_acronym_body_is_a_named_actor_without_country(pipeline):
    event = of_type(pipeline_events(pipeline, "The XKF is accused of abducting forty students."), "ACCUSE")
    names = {ea.actor.name: ea.actor.country for ea in event.actors}
    assert names.get("XKF", "absent") is None


def test_a_named_actor_keeps_the_event_to_itself(pipeline):
    event = of_type(pipeline_events(pipeline, "Kenya condemned the killing of villagers."), "ACCUSE")
    assert {ea.actor.country for ea in event.actors} == {"KEN"}


def test_a_possessive_pronoun_stays_the_pronoun_s(pipeline):
    text = "Peruvian rebels said on Monday that their fighters had withdrawn from the valley."
    event = of_type(pipeline_events(pipeline, text), "RETREAT")
    assert {ea.actor.country for ea in event.actors if ea.side == "source"} == {"PER"}


def test_an_unnamed_group_is_not_one_of_both_sides(pipeline):
    # "both sides" are the two parties named before, not the gunmen named in between
    raw = RawDocument(
        source="test",
        id="t",
        published="2024-03-15",
        text=(
            "Fighting between the Sudanese army and the Rapid Support Forces went on in Khartoum. "
            "Gunmen burned the main market in Port Sudan. "
            "Kenya and Uganda urged both sides to accept a truce."
        ),
    )
    found = pipeline.process(raw).actor_mentions
    [both] = [m for m in found if m.text == "both sides"]
    [gunmen] = [m for m in found if m.text == "Gunmen"]
    assert gunmen.actors[0].country == "SDN"
    assert len(both.actors) == 2 and gunmen.actors[0] not in both.actors
