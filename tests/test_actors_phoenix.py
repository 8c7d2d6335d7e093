"""The Phoenix converter (TABARI format -> KB files) and what the resolver does with the result.

The dictionaries below are small invented ones in the TABARI format (names and dates made up or
well known), so the tests do not depend on ../shared.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.actors.component import DefaultActorResolver
from dateline.actors.kb import KnowledgeBase, alias_key
from dateline.actors.phoenix import agent_rows, convert, display, parse, parse_code, strip_title, write
from dateline.records import DocumentTime

FIXTURES = Path(__file__).parent / "fixtures" / "kb"

COUNTRIES = """\
# an invented excerpt in the TABARI format
PAKISTAN_  [PAK]
+PAKISTANI_
+PAKISTHAN_
+PESHAWAR_
+SWAT_VALLEY
+QUETTA_

PAKISTAN_ARMY_
+PAK_ARMY_
\t[PAKMIL]
ZORAWAR_BALOCH_  # invented
+PRESIDENT_BALOCH_
\t[PAKELI 600101-900101]
\t[PAKGOV 900101-950630]
\t[PAKGOV >950701]
\t[PAKELI]
IMRAN_KHAN_
+PRIME_MINISTER_IMRAN_KHAN_
+KHAN_SAHIB_
\t[PAKGOV 180818-220410]
NADIRA_QURBANOVA_
\t[PAKGOVEDU 010101-030101]
AFGHANISTAN_  [AFG]
+AFGHAN_
+AFGANISTAN_
+KANDAHAR_
+HELMAND
"""

INTERNATIONAL = """\
INTERNATIONAL_FEDERATION_OF_TEA_GROWERS_\t[NGOAGR]
+IFTG_
GLOBAL_WIDGETS_INC_\t[MNCUSA]
"""

AGENTS = """\
TEA_PICKER [~AGR]
BRIGAND [~CRM]
"""


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    src = tmp_path_factory.mktemp("phoenix-src")
    (src / "Phoenix.Countries.actors.txt").write_text(COUNTRIES, encoding="utf-8")
    (src / "Phoenix.International.actors.txt").write_text(INTERNATIONAL, encoding="utf-8")
    (src / "Phoenix.agents.txt").write_text(AGENTS, encoding="utf-8")
    out = tmp_path_factory.mktemp("phoenix-out")
    write(convert(src), out, agent_rows(src))
    return out


@pytest.fixture(scope="module")
def kb(generated) -> KnowledgeBase:
    secondary = [generated / n for n in ("countries.tsv", "organizations.tsv", "people.tsv")]
    return KnowledgeBase.from_files(
        sorted(FIXTURES.glob("*.tsv")), [*secondary, generated / "places_phoenix.tsv"]
    )


def test_codes_read_every_date_form():
    assert parse_code("EGYGOV 811014-110211").start == date(1981, 10, 14)
    assert parse_code("EGYGOV 811014-110211").end == date(2011, 2, 11)
    assert parse_code("AFGGOV >011222").end is None and parse_code("AFGGOV >011222").start == date(
        2001, 12, 22
    )
    assert parse_code("AFGELI 19270101-730717").start == date(1927, 1, 1)
    assert parse_code("IRQ <20030320").start is None
    assert parse_code("ELI").dated is False
    assert parse_code("---") is None
    assert parse_code("KORGOV 2004017-20061201") is None  # malformed: dropped, not guessed
    assert parse_code("PAKGOVEDU 010101-030101").sector == "GOV"
    assert parse_code("IGOUNOIAE").country is None and parse_code("IGOUNOIAE").sector == "IGO"
    assert parse_code("CIVGOV").country == "CIV"  # Cote d'Ivoire, not the old civilian code


def test_entries_aliases_and_codes_are_grouped():
    entries = list(parse(COUNTRIES.splitlines()))
    baloch = next(e for e in entries if e.name.startswith("ZORAWAR"))
    assert baloch.aliases == ["PRESIDENT_BALOCH_"]
    assert len(baloch.codes) == 4
    assert display("MAZAR-I-SHARIF_") == "Mazar-i-Sharif"
    name, roles = strip_title("RUSSIAN_PRESIDENT_VLADIMIR_PUTIN")
    assert (display(name), roles) == ("Vladimir Putin", {"head of state"})


def test_generated_files_split_spellings_places_bodies_and_people(generated):
    countries = (generated / "countries.tsv").read_text(encoding="utf-8")
    places = (generated / "places_phoenix.tsv").read_text(encoding="utf-8")
    orgs = (generated / "organizations.tsv").read_text(encoding="utf-8")
    assert "Pakisthan" in countries and "Afganistan" in countries  # misspellings of the name
    assert "Peshawar\tPAK" in places and "Swat Valley\tPAK" in places and "Kandahar\tAFG" in places
    assert "Peshawar" not in countries
    assert "Pakistan Army" in orgs and "\tPAK\tMIL\t" in orgs
    assert "IFTG" in orgs and "\tNGO\t" in orgs
    assert "Global Widgets" not in orgs  # multinationals are left out
    agents = (generated / "agents.tsv").read_text(encoding="utf-8")
    assert "tea pickers" in agents and "brigands" in agents


def test_roles_only_from_titled_aliases_and_closed_tenures(kb):
    baloch = kb.people["phx-zorawar-baloch"]
    # PRESIDENT_ alias: the closed GOV range is a head-of-state tenure; the open one (Phoenix stops
    # in 2014) and the ELI ones are not.
    assert [(t.role, t.start, t.end) for t in baloch.tenures] == [
        ("head of state", date(1990, 1, 1), date(1995, 6, 30))
    ]
    assert kb.people["phx-nadira-qurbanova"].tenures == []  # no title: country and sector only
    assert kb.people["phx-nadira-qurbanova"].sector == "GOV"


def test_hand_written_people_win_and_gain_the_spellings(kb):
    assert "phx-imran-khan" not in kb.people
    imran = kb.people["imran-khan"]
    assert "Khan Sahib" in imran.aliases
    assert all(not t.source.startswith("Phoenix") for t in imran.tenures)
    assert {e.key for e in kb.lookup(alias_key("Khan Sahib"))} == {"imran-khan"}


def test_generated_spellings_never_shadow_known_names(kb):
    # "Afghan" is a hand-written demonym; the Phoenix country alias of the same spelling yields.
    assert [e.kind for e in kb.lookup(alias_key("Afghan"))] == ["demonym"]
    assert [(e.kind, e.key) for e in kb.lookup(alias_key("Afganistan"))] == [("country", "AFG")]
    assert [(e.kind, e.key) for e in kb.lookup(alias_key("Helmand"))] == [("place", "AFG")]


@pytest.fixture(scope="module")
def resolver(kb) -> DefaultActorResolver:
    return DefaultActorResolver(kb)


def mentions(resolver, nlp, text: str):
    return {m.text: m for m in resolver.resolve(nlp(text), DocumentTime.unknown())}


def test_places_are_their_country_but_marked_as_places(resolver, nlp):
    got = mentions(resolver, nlp, "Floods hit Peshawar on Monday, and rescue teams reached Helmand later.")
    assert got["Peshawar"].actors[0].country == "PAK" and got["Peshawar"].how == "place"
    assert got["Peshawar"].actors[0].sector is None  # the territory, not its government
    assert got["Helmand"].actors[0].country == "AFG"
    got = mentions(resolver, nlp, "Helmand rebels attacked a checkpoint.")
    assert got["Helmand rebels"].actors[0].sector == "REB"


def test_bare_title_and_surname_and_typos(resolver, nlp):
    got = mentions(resolver, nlp, "President Baloch met the press.")
    assert got["President Baloch"].actors[0].id == "phx-zorawar-baloch"
    got = mentions(resolver, nlp, "Afganistan and Pakisthan signed a trade accord.")
    assert [m.actors[0].country for m in sorted(got.values(), key=lambda m: m.start)] == ["AFG", "PAK"]
    got = mentions(resolver, nlp, "The visitor was received by President Zorawar Balloch.")
    assert got["President Zorawar Balloch"].actors[0].id == "phx-zorawar-baloch"  # one typo


def test_agent_located_in_a_country_and_demonym_nouns(resolver, nlp):
    got = mentions(resolver, nlp, "Refugees from Afghanistan crossed the border.")
    assert got["Refugees from Afghanistan"].actors[0].id == "AFG:REF"
    got = mentions(resolver, nlp, "Thousands of Afghans protested in the capital.")
    assert got["Afghans"].actors[0].sector == "CVL"


def test_both_sides_are_the_parties_of_the_latest_bilateral_sentence(resolver, nlp):
    text = (
        "Pakistan and India agreed to reopen the border crossing. "
        "The deal was welcomed in China and Turkey. "
        "Both sides will meet again next month."
    )
    got = mentions(resolver, nlp, text)
    pair = got["Both sides"].actors
    # China and Turkey were named last, but only as places of reactions: the parties are the two
    # that agreed.
    assert {a.id for a in pair} == {"PAK", "IND"}
