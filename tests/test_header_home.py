"""The home country of a body of state the text names without one (actors/context.py, DocState.home,
unnamed.place_unhomed): the article's dateline and headline, and the whole document for a body named
before anything showed it. Through the whole pipeline with real spaCy and the real knowledge base; the
sentences are invented.
"""

from __future__ import annotations

from dateline.actors.context import countries_named
from dateline.actors.kb import KnowledgeBase
from dateline.records import RawDocument

BODY = "Ruritanian warships sailed near the Zemblan coast, the foreign affairs ministry said on Tuesday."


def countries_of(pipeline, text: str, title: str | None = None) -> dict[str, str | None]:
    """Mention text -> the country of its one actor."""
    raw = RawDocument(source="test", id="t", text=text, title=title, published="2024-03-15")
    found = pipeline.process(raw).actor_mentions
    return {m.text: m.actors[0].country for m in found if len(m.actors) == 1}


def test_a_headline_names_the_home_of_an_unnamed_ministry(pipeline):
    plain = countries_of(pipeline, BODY.replace("Ruritanian", "Estonian").replace("Zemblan", "Latvian"))
    assert plain["the foreign affairs ministry"] == "EST"  # the first country the body names
    titled = countries_of(
        pipeline,
        BODY.replace("Ruritanian", "Estonian").replace("Zemblan", "Latvian"),
        title="Latvia protests Estonian naval patrol",
    )
    assert titled["the foreign affairs ministry"] == "LVA"  # the headline's subject speaks


def test_a_dateline_place_names_the_home_of_an_unnamed_ministry(pipeline):
    text = "RIGA: " + BODY.replace("Ruritanian", "Estonian").replace("Zemblan", "Latvian")
    assert countries_of(pipeline, text)["the foreign affairs ministry"] == "LVA"


def test_the_headline_resolves_nothing_else(pipeline):
    found = countries_of(
        pipeline, "The talks ended late, the ministry said.", title="Peru and Chile talk fish"
    )
    assert "Peru" not in found and "Chile" not in found  # only a body of state's home reads the headline


def test_a_defined_ministry_named_first_takes_the_documents_home(pipeline):
    text = (
        "The Department of Foreign Affairs (DFA) summoned the Estonian ambassador over the incident. "
        "Later, President Edgars Rinkevics said the DFA would file a second protest."
    )
    found = countries_of(pipeline, text)
    assert found["Department of Foreign Affairs"] == "LVA"
    assert found["DFA"] == "LVA"


def test_a_headline_names_countries_by_name_demonym_and_capital_in_order():
    kb = KnowledgeBase.load()
    assert countries_named("Kenyan Envoy Heads To Addis Ababa", kb) == ["KEN", "ETH"]
    assert countries_named("Envoys Tell Us Little About US Plans", kb) == ["USA"]  # "Us" is no country
    assert countries_named("talks in chad", kb) == []


def test_the_dateline_places_an_unplaced_government_but_not_its_people(pipeline):
    text = (
        "OSLO: Talks between the two delegations ended without a deal. Officials said the government "
        "would answer within a week, and residents waited for news."
    )
    found = countries_of(pipeline, text)
    assert found["government"] == "NOR"
    assert found["residents"] is None


def countries_at(pipeline, text: str, url: str | None) -> dict[str, str | None]:
    raw = RawDocument(source="test", id="t", text=text, url=url, published="2024-03-15")
    found = pipeline.process(raw).actor_mentions
    return {m.text: m.actors[0].country for m in found if len(m.actors) == 1}


def test_a_country_code_domain_chooses_the_home_among_countries_the_text_names(pipeline):
    text = BODY.replace("Ruritanian", "Estonian").replace("Zemblan", "Latvian")
    ministry = "the foreign affairs ministry"
    assert countries_at(pipeline, text, "https://news.example.lv/a/1")[ministry] == "LVA"
    assert countries_at(pipeline, text, "https://news.example.com/a/1")[ministry] == "EST"
    # A domain whose country the text never names decides nothing (a magazine abroad).
    assert countries_at(pipeline, text, "https://mag.example.co.uk/a/1")[ministry] == "EST"


def test_a_country_code_domain_gives_an_unknown_official_titled_bare_his_country(pipeline):
    text = (
        "Lithuania expelled two Belarusian diplomats on Monday. "
        "Deputy Foreign Minister Jonas Petrauskaitis said the decision was final."
    )
    official = "Deputy Foreign Minister Jonas Petrauskaitis"
    assert countries_at(pipeline, text, "https://www.example.lt/news/77")[official] == "LTU"
    assert countries_at(pipeline, text, "https://www.example.org/news/77")[official] is None
    # A headline naming other countries only says otherwise: the domain does not decide.
    raw = RawDocument(source="t", id="t", text=text, url="https://www.example.lt/n", title="Minsk protests")
    found = {m.text: m.actors[0].country for m in pipeline.process(raw).actor_mentions if len(m.actors) == 1}
    assert found[official] is None
