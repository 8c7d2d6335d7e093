"""Round 14 participant classes (issue 12): an attack on a place named by its country's region or
territory, the posting of an envoy an act is done to (events/participants.py), and "the embassy" as the
sending country of the embassy named before (actors/unnamed.py). The sentences are invented."""

from __future__ import annotations

from datetime import date

from coding_support import countries_of, of_type, pipeline_events

from dateline.records import DateInterval, DocumentTime

DAY = date(2024, 3, 15)

CLASH = "Kenya accused Uganda of shelling its border on Sunday. "


def test_an_air_raid_in_a_countrys_province_strikes_that_country(pipeline):
    text = CLASH + "A Ugandan air raid on Friday night in Kenya's Turkana county killed ten people."
    assert countries_of(of_type(pipeline_events(pipeline, text), "ASSAULT"), "target") == {"KEN"}


def test_airstrikes_inside_a_countrys_territory_strike_that_country(pipeline):
    text = CLASH + "Uganda conducted airstrikes inside Kenyan territory on Monday."
    assert countries_of(of_type(pipeline_events(pipeline, text), "ASSAULT"), "target") == {"KEN"}


def test_a_raid_at_home_has_no_target_from_its_place(pipeline):
    text = CLASH + "Ugandan police raided rebel hideouts in Uganda's Busia district on Monday."
    events = [e for e in pipeline_events(pipeline, text) if e.type == "ASSAULT"]
    assert all("KEN" not in countries_of(e) for e in events)


def test_recalling_an_ambassador_to_a_country_is_done_to_that_country(pipeline):
    text = "The Kenyan government announced on Sunday that it was recalling the Kenyan ambassador to Uganda."
    assert "UGA" in countries_of(of_type(pipeline_events(pipeline, text), "SANCTION"), "target")


def test_withdrawing_an_ambassador_in_a_capital_is_done_to_its_country(pipeline):
    text = "The Kenyan government withdrew its ambassador in Kampala amid a deepening diplomatic scandal."
    assert "UGA" in countries_of(of_type(pipeline_events(pipeline, text), "SANCTION"), "target")


def test_envoys_posted_to_two_countries_make_both_targets(pipeline):
    text = "Kenya recalled its envoys to Uganda and Tanzania on Monday."
    assert countries_of(of_type(pipeline_events(pipeline, text), "SANCTION"), "target") >= {"UGA", "TZA"}


def test_an_envoy_posted_to_the_doers_own_country_adds_nobody(pipeline):
    text = "Uganda expelled the Kenyan ambassador to Uganda on Monday."
    assert countries_of(of_type(pipeline_events(pipeline, text), "SANCTION")) == {"UGA", "KEN"}


REFUGE = "Six opposition figures have taken refuge in the Kenyan embassy in Kampala since March. "


def _embassies(resolver, nlp, text: str) -> list[str | None]:
    """The country of each bare "embassy" mention of the text."""
    found = resolver.resolve(nlp(text), DocumentTime(DAY, DateInterval(DAY, DAY, "day")))
    return [m.actors[0].country for m in found if m.text.lower() == "embassy"]


def test_the_embassy_is_the_sending_country_of_the_one_named_before(resolver, nlp):
    assert _embassies(resolver, nlp, REFUGE + "Ugandan police stormed the embassy on Monday.") == ["KEN"]


def test_storming_the_embassy_named_before_is_done_to_its_country(pipeline):
    text = REFUGE + "Ugandan police stormed the embassy on Monday."
    assert countries_of(of_type(pipeline_events(pipeline, text), "ASSAULT")) == {"UGA", "KEN"}


def test_an_embassy_named_by_its_host_alone_gives_no_sending_country(resolver, nlp):
    text = "Aides met at the embassy in Kampala. Ugandan police stormed the embassy on Monday."
    assert "KEN" not in _embassies(resolver, nlp, text)


def test_the_embassy_in_a_locative_phrase_is_a_place_not_a_party(resolver, nlp):
    text = REFUGE + "An aide who is under asylum in the embassy said the police came at night."
    found = resolver.resolve(nlp(text), DocumentTime(DAY, DateInterval(DAY, DAY, "day")))
    assert all(m.how != "embassy coreference" for m in found)


def test_cutting_the_power_to_the_embassy_building_is_done_to_its_country(pipeline):
    text = REFUGE + "An aide said the Ugandan public power company had cut the power to the embassy building."
    assert countries_of(of_type(pipeline_events(pipeline, text), "COERCE"), "target") == {"KEN"}
