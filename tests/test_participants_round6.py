"""Round 6 participant classes (issue 12): the agent of a participle on an event noun ("talks hosted by
X", "attacks carried out by X") and the parties of a verb that only says an event began; seats of
government the parser takes for a person; ethnic groups coded where they live; armed groups placed by
PETRARCH-2's MilNonState dictionary. The sentences are invented."""

from __future__ import annotations

import pytest

import dateline
from dateline.actors.component import default_actor_resolver
from dateline.actors.kb import KnowledgeBase, package_files
from dateline.actors.phoenix import mnsa_rows
from dateline.nlp import load
from dateline.records import DocumentTime

PUBLISHED = "2024-03-14"


def _sides(text: str, event_type: str) -> set[tuple[str, str]]:
    """(side, country) of the first event of that type."""
    events = [e.to_json() for e in dateline.process([text], published=PUBLISHED)]
    found = [e for e in events if e["type"] == event_type]
    assert found, [e["type"] for e in events]
    return {(a["side"], a["country"]) for a in found[0]["actors"] if a.get("country")}


def _mentions(text: str) -> dict[str, tuple]:
    """Mention text -> (how, countries, sectors) of its actors."""
    doc = load()(text)
    return {
        m.text: (m.how, {a.country for a in m.actors}, {a.sector for a in m.actors})
        for m in default_actor_resolver().resolve(doc, DocumentTime.unknown())
    }


@pytest.mark.parametrize(
    ("text", "host", "parties"),
    [
        ("Negotiations hosted by Oman between Iran and Britain opened on Thursday.", "OMN", {"IRN", "GBR"}),
        (
            "The talks, brokered by Norway, resumed in Oslo between Colombia and Venezuela.",
            "NOR",
            {"COL", "VEN"},
        ),
    ],
)
def test_the_agent_of_a_participle_on_talks_and_the_parties_of_their_verb(text, host, parties):
    sides = _sides(text, "CONSULT")
    assert host in {c for _, c in sides}  # the host or mediator takes part
    assert parties <= {c for side, c in sides if side == "participant"}


def test_the_agent_of_a_participle_on_an_attack_is_its_doer():
    sides = _sides("Raids carried out by Turkish jets killed nine people near Dohuk on Friday.", "ASSAULT")
    assert ("source", "TUR") in sides


def test_a_verb_that_is_an_act_of_its_own_lends_no_parties_to_its_subject():
    # "criticised" is an act: its "between" phrase is no party list of the noun "talks".
    sides = _sides("Peru criticised the talks between Chile and Bolivia on Monday.", "ACCUSE")
    assert ("source", "PER") in sides
    assert ("participant", "CHL") not in sides


@pytest.mark.parametrize(
    ("text", "seat", "country"),
    [
        ("Foggy Bottom warned Caracas against any delay of the vote.", "Foggy Bottom", "USA"),
        ("On Monday, Zhongnanhai rejected the demand.", "Zhongnanhai", "CHN"),
    ],
)
def test_a_seat_of_government_the_parser_reads_as_a_person_is_the_government(text, seat, country):
    how, countries, _ = _mentions(text)[seat]
    assert how == "metonymy" and countries == {country}


def test_an_unknown_name_is_still_no_actor():
    assert "Fernhollow" not in _mentions("Fernhollow said the vote was flawed.")


@pytest.mark.parametrize(
    ("text", "group", "country", "sector"),
    [
        (
            "About 200 ethnic Armenians rallied in Georgia's capital on Sunday.",
            "ethnic Armenians",
            "GEO",
            "CVL",
        ),
        (
            "Ethnic Uzbek militiamen operating in Kyrgyzstan laid down their arms.",
            "Ethnic Uzbek militiamen",
            "KGZ",
            "REB",
        ),
        ("Police detained four ethnic Serbs in northern Kosovo.", "ethnic Serbs", "XKX", "CVL"),
    ],
)
def test_an_ethnic_group_is_coded_where_it_lives_never_as_the_state_it_is_named_after(
    text, group, country, sector
):
    how, countries, sectors = _mentions(text)[group]
    assert how.startswith("ethnic group")
    assert countries == {country}
    assert sectors == {sector}


def test_an_ethnic_group_between_two_countries_keeps_no_country():
    _, countries, _ = _mentions("Ethnic Hungarians in Romania and Slovakia protested the law.")[
        "Ethnic Hungarians"
    ]
    assert countries == {None}


@pytest.mark.parametrize(
    ("text", "group", "country"),
    [
        (
            "The Moro Islamic Liberation Front accused the army of breaking the truce.",
            "The Moro Islamic Liberation Front",
            "PHL",
        ),
        ("UNITA rejected the government's offer of talks.", "UNITA", "AGO"),
    ],
)
def test_an_armed_group_the_milnonstate_dictionary_places_has_its_country(text, group, country):
    _, countries, sectors = _mentions(text)[group]
    assert countries == {country} and sectors == {"REB"}


def test_a_group_named_after_a_date_reads_no_date_as_an_actor():
    # The dictionary lists groups named "May 15" or "17 November": such forms are not loaded.
    assert not any("May" in text for text in _mentions("The ministers will meet again by May 15, he said."))


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("Putin said he would host Xi in Kazan next month.", "Xi", "CHN"),
        ("Yoon and Kishida agreed on Thursday to resume regular summits.", "Yoon", "KOR"),
    ],
)
def test_a_lone_family_name_written_first_is_that_leader(text, word, country):
    _, countries, _ = _mentions(text)[word]
    assert countries == {country}


def test_an_ethnic_adjective_on_a_thing_makes_no_group():
    sides = _sides("Hungary condemned Romania's ban on ethnic Hungarian schools in Transylvania.", "ACCUSE")
    assert ("target", "ROU") in sides


@pytest.mark.parametrize(
    ("text", "event_type", "side", "country"),
    [
        ("Saudi mediators met the Iranian side in Riyadh on Monday.", "CONSULT", "target", "IRN"),
        ("Saudi mediators met the Iranian side in Riyadh on Monday.", "CONSULT", "source", "SAU"),
        (
            "The coast guard fired water cannon at Vietnamese fishermen near the reef.",
            "ASSAULT",
            "target",
            "VNM",
        ),
        ("Qatari envoys met Israeli officials in Doha on Sunday.", "CONSULT", "source", "QAT"),
    ],
)
def test_a_nationality_on_a_noun_of_persons_or_a_party_is_that_country(text, event_type, side, country):
    assert (side, country) in _sides(text, event_type)


def test_a_nationality_on_a_border_or_waters_is_no_party():
    sides = _sides("Greek jets violated Turkish waters near Rhodes on Monday, Turkey said.", "ACCUSE")
    assert ("source", "TUR") in sides
    assert not any(side == "target" and c == "TUR" for side, c in sides)


@pytest.mark.parametrize(
    ("text", "phrase", "ident"),
    [
        ("Qatari envoys arrived in Gaza on Monday.", "Qatari envoys", "QAT"),
        ("Hamas leaders rejected the proposal on Monday.", "Hamas leaders", "hamas"),
    ],
)
def test_plural_office_holders_act_for_their_country_or_body(text, phrase, ident):
    doc = load()(text)
    found = {m.text: m for m in default_actor_resolver().resolve(doc, DocumentTime.unknown())}
    assert [a.id for a in found[phrase].actors] == [ident]


@pytest.mark.parametrize(
    ("text", "event_type", "target"),
    [
        (
            '"Armenian troops shelled our positions overnight," the Azerbaijani defence ministry said.',
            "ASSAULT",
            "AZE",
        ),
        (
            "Moldovan President Maia Sandu said on Friday that the border had been closed. "
            '"Russia is shelling our towns every week."',
            "ASSAULT",
            "MDA",
        ),
    ],
)
def test_what_is_ours_in_a_quote_is_the_speakers_country(text, event_type, target):
    assert ("target", target) in _sides(text, event_type)


def test_ours_outside_any_statement_is_nobody():
    sides = _sides("Gunmen attacked our village on Tuesday night.", "ASSAULT")
    assert not any(side == "target" and c for side, c in sides)


@pytest.mark.parametrize(
    ("text", "phrase", "country"),
    [
        ("The Lula government expelled the diplomats on Friday.", "The Lula government", "BRA"),
        ("Analysts expect the Erdogan administration to respond.", "the Erdogan administration", "TUR"),
    ],
)
def test_a_leaders_government_is_the_countrys(text, phrase, country):
    how, countries, sectors = _mentions(text)[phrase]
    assert how == "leader's government"
    assert countries == {country} and sectors == {"GOV"}


def test_an_unknown_name_before_government_is_no_country():
    assert all(c == {None} for _, c, _ in _mentions("The Halvorsen government resigned.").values())


def test_our_partners_are_not_the_speaker():
    text = '"We imposed the sanctions in coordination with our partners," the Canadian foreign minister said.'
    events = [e.to_json() for e in dateline.process([text], published=PUBLISHED)]
    targets = {a["country"] for e in events for a in e["actors"] if a["side"] == "target"}
    assert "CAN" not in targets


def test_a_rebel_group_in_a_two_state_story_does_not_act_on_the_other_state():
    text = (
        "Mali and Niger traded accusations on Monday. Mali accused Niger of sheltering gunmen. Niger denied "
        "the claim. Niger said Mali was arming militias. Mali rejected the charge. Ansar Dine accused "
        "the authorities of breaking the truce."
    )
    events = [e.to_json() for e in dateline.process([text], published=PUBLISHED)]
    by_group = [e for e in events if any(a.get("name") == "Ansar Dine" for a in e["actors"])]
    assert by_group  # the group is Mali's (MilNonState), and its act is none of Niger's business
    assert all(a["country"] != "NER" for e in by_group for a in e["actors"])


def test_the_milnonstate_converter_keeps_groups_of_one_known_country_and_safe_forms(tmp_path):
    source = tmp_path / "mnsa.txt"
    source.write_text(
        "# invented entries in the TABARI format\n"
        "NORTHERN_HILLS_LIBERATION_FRONT_(NHLF)_ [KENREB]\n"
        "+HILLS_FRONT_\n"
        "+PARADISE_\n"
        "+NHF\n"
        "\n"
        "MAY_30_MOVEMENT_ [GRCREB]\n"
        "\n"
        "COASTAL_PEOPLES_ARMY_ [WAFREB]\n",
        encoding="utf-8",
    )
    rows = mnsa_rows(source, KnowledgeBase.from_files(package_files()))
    assert [r[1:5] for r in rows] == [["Northern Hills Liberation Front", "NHLF|Hills Front", "KEN", "REB"]]
