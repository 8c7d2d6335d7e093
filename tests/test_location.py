"""Location of events: the place attached to the trigger, with its country."""

from __future__ import annotations

from coding_support import token_of

from dateline.events import location as location_module
from dateline.events.location import gazetteer, location


def _where(nlp, sentence: str, word: str):
    trigger = token_of(nlp, sentence, word)
    return location(trigger.sent, trigger)


def test_in_a_city_with_country_from_places(nlp):
    place = _where(nlp, "The foreign ministers met in Geneva on Tuesday.", "met")
    assert place is not None
    assert (place.name, place.country) == ("Geneva", "CHE")


def test_at_a_seat_of_government(nlp):
    place = _where(nlp, "Officials signed the accord at the White House.", "signed")
    assert place is not None
    assert place.name == "White House"


def test_sidelines_of_a_summit(nlp):
    sentence = "The two presidents are expected to meet on the sidelines of the G20 summit in Rome."
    place = _where(nlp, sentence, "meet")
    assert place is not None
    assert place.name == "Rome"


def test_during_a_visit(nlp):
    place = _where(nlp, "The envoy held talks with officials during his official visit to Kabul.", "talks")
    assert place is not None
    assert place.name == "Kabul"


def test_object_of_visit(nlp):
    place = _where(nlp, "The chancellor visited Moscow in May.", "visited")
    assert place is not None
    assert place.name == "Moscow"


def test_purpose_clause_shares_the_meeting_place(nlp):
    place = _where(nlp, "The intelligence chiefs met in Doha last week to discuss the crisis.", "discuss")
    assert place is not None
    assert (place.name, place.country) == ("Doha", "QAT")


def test_noun_trigger_with_place_and_future_date(nlp):
    sentence = "The leaders held talks ahead of their likely summit in Tokyo next month."
    summit = _where(nlp, sentence, "summit")
    assert summit is not None
    assert summit.name == "Tokyo"
    assert _where(nlp, sentence, "talks") is None  # held ahead of the summit, not in Tokyo


def test_city_modifier_is_a_venue(nlp):
    place = _where(nlp, "The Davos meeting ended with a joint statement.", "meeting")
    assert place is not None
    assert place.name == "Davos"


def test_topic_place_is_not_a_location(nlp):
    assert _where(nlp, "The leaders discussed the situation in Syria by telephone.", "discussed") is None


def test_phone_call_has_no_location(nlp):
    assert _where(nlp, "The two premiers held a telephone conversation on Monday.", "conversation") is None


def test_places_gazetteer_alone_when_countries_file_is_missing(monkeypatch, tmp_path):
    monkeypatch.setattr(location_module, "COUNTRIES", tmp_path / "absent.tsv")
    gazetteer.cache_clear()
    location_module.country_names.cache_clear()
    try:
        names = gazetteer()
        assert names["geneva"] == "CHE"
        assert names["st petersburg"] == "RUS"  # alias, dots removed
        assert "moscow" not in names  # capitals come only from countries.tsv
    finally:
        gazetteer.cache_clear()
        location_module.country_names.cache_clear()


def test_capitals_and_countries_from_countries_file(tmp_path, monkeypatch):
    table = tmp_path / "countries.tsv"
    table.write_text(
        "iso3\tname\taliases\tdemonyms\tmetonyms\tsector\tsource\n"
        "NOR\tNorway\tKingdom of Norway\tNorwegian\tOslo\tGOV\ttest\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(location_module, "COUNTRIES", table)
    gazetteer.cache_clear()
    location_module.country_names.cache_clear()
    try:
        names = gazetteer()
        assert names["oslo"] == "NOR"
        assert names["kingdom of norway"] == "NOR"
        assert location_module._is_city("Oslo")
        assert not location_module._is_city("Norway")
    finally:
        gazetteer.cache_clear()
        location_module.country_names.cache_clear()


def test_unknown_place_keeps_its_name_without_country(nlp):
    place = _where(nlp, "The delegates met in Springfield on Friday.", "met")
    assert place is not None
    assert (place.name, place.country) == ("Springfield", None)
