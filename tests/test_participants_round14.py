"""Round 14 participant classes (events/participants.py, issue 12): an attack on a place named by its
country's region or territory, and the posting of an envoy an act is done to. The sentences are
invented."""

from __future__ import annotations

from coding_support import countries_of, of_type, pipeline_events

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
