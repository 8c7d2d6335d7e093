"""Round 6 of the unnamed actors (issue 12): where the population is placed, acronyms the text defines,
"it", "its", "they" and "the group" for countries and bodies, and a sentence read once for the coder's
two codings. Real spaCy and the real knowledge base; the sentences are invented.
"""

from __future__ import annotations

from coding_support import of_type, pipeline_events

from dateline.events.coder import RuleEventCoder, code_sentence, read_sentence
from dateline.events.commentary import Commentators
from dateline.events.participants import MentionIndex
from dateline.records import RawDocument


def mentions(pipeline, text: str) -> list[tuple[str, str, tuple[tuple[str | None, str | None], ...]]]:
    """(text, how, ((country, sector) of each actor)) of every mention, in text order."""
    raw = RawDocument(source="test", id="t", text=text, published="2024-03-15")
    found = pipeline.process(raw).actor_mentions
    return [(m.text, m.how, tuple((a.country, a.sector) for a in m.actors)) for m in found]


def actors_of(pipeline, text: str, word: str) -> tuple[tuple[str | None, str | None], ...] | None:
    """The actors of the last mention spelled `word` (any case), or None when there is none."""
    found = [actors for t, _how, actors in mentions(pipeline, text) if t.lower() == word.lower()]
    return found[-1] if found else None


# --- 1. the population at large ----------------------------------------------------------------------


def test_the_document_scene_does_not_place_the_population(pipeline):
    text = (
        "Talks between Zembla's rivals opened in Nairobi on Monday. Kenya hosted the talks in Nairobi. "
        "Thousands of people marched on Tuesday."
    )
    assert actors_of(pipeline, text, "people") == ((None, "CVL"),)


def test_the_document_scene_still_places_an_agent_of_the_state(pipeline):
    text = "Protests spread in Bolivia on Monday. The next day police arrested forty students."
    assert actors_of(pipeline, text, "police") == (("BOL", "COP"),)


def test_the_sentence_still_places_the_population(pipeline):
    assert actors_of(pipeline, "Residents fled the shelling in Goma on Friday.", "Residents") == (
        ("COD", "CVL"),
    )


def test_a_possessor_nobody_resolved_keeps_the_noun_unplaced(pipeline):
    text = (
        "Officials met in Lima on Monday. \u201cWe will protect our citizens,\u201d the envoy said in Lima."
    )
    assert actors_of(pipeline, text, "citizens") == ((None, "CVL"),)


def test_an_of_phrase_naming_a_body_is_the_body_s_not_the_place_s(pipeline):
    text = "Officials of the African Union arrived in Khartoum on Monday."
    assert actors_of(pipeline, text, "Officials") is None


def test_the_population_alone_makes_no_event_of_a_running_total(pipeline):
    text = "More than 8,000 people have arrived on fishing boats so far this year."
    events = pipeline_events(pipeline, text)
    assert [e for e in events if {ea.actor.sector for ea in e.actors} <= {"CVL", "REF"}] == []


# --- 2. acronyms the text defines ----------------------------------------------------------------------


def test_an_acronym_is_its_long_form_s_country_and_sector(pipeline):
    text = "The Zembla Defence Forces (ZDF) denied the report. Later the ZDF shelled a border post."
    found = mentions(pipeline, text)
    assert ("Zembla Defence Forces", "acronym (defined in the text)", ((None, "MIL"),)) in found
    assert found[-1][0] == "ZDF" and found[-1][2] == ((None, "MIL"),)


def test_a_known_country_in_the_long_form_gives_the_acronym_its_country(pipeline):
    text = "The Armed Forces of Peru (AFP) said on Monday that the AFP had withdrawn from the valley."
    assert actors_of(pipeline, text, "AFP") == (("PER", "MIL"),)
    event = of_type(pipeline_events(pipeline, text), "RETREAT")
    assert {ea.actor.country for ea in event.actors if ea.side == "source"} == {"PER"}


def test_a_body_of_state_naming_no_country_is_the_sentence_s_place(pipeline):
    text = "The Bureau of Border Affairs (BBA) summoned the Chilean consul in La Paz. The BBA protested."
    assert actors_of(pipeline, text, "BBA") == (("BOL", "GOV"),)


def test_a_parenthesis_whose_initials_do_not_match_is_no_definition(pipeline):
    text = "The Defence Ministry of Zembla (QRX) met reporters. The QRX said nothing."
    assert all(how != "acronym (defined in the text)" for _t, how, _a in mentions(pipeline, text))


# --- 3. "it", "its", "they" and "the group" for countries and bodies ------------------------------------


def test_its_is_the_subject_country_before_it(pipeline):
    text = "Ecuador denied on Monday that its troops had crossed into Colombia."
    assert actors_of(pipeline, text, "its") == (("ECU", "GOV"),)
    assert actors_of(pipeline, text, "troops") == (("ECU", "MIL"),)


def test_a_sentence_initial_it_is_the_previous_sentence_s_body(pipeline):
    text = "The African Union invited both sides to talks in Addis Ababa. It said the talks would open soon."
    [(_, how, actors)] = [m for m in mentions(pipeline, text) if m[0] == "It"]
    assert how == "pronoun" and actors == ((None, "IGO"),)


def test_it_after_a_thing_or_a_person_is_nobody(pipeline):
    assert actors_of(pipeline, "The treaty was signed on Friday. It calls for a ceasefire.", "It") is None
    text = "Peru's president visited Quito on Monday. It was his first trip abroad."
    assert actors_of(pipeline, text, "It") is None


def test_a_dummy_it_is_nobody(pipeline):
    text = "Brazil reopened its embassy in Caracas. It is unclear when the ambassador will return."
    assert actors_of(pipeline, text, "It") is None


def test_a_thing_between_stops_its(pipeline):
    text = "The army said the accord was signed and its terms were fair."
    assert actors_of(pipeline, text, "its") is None


def test_they_is_the_two_countries_of_the_previous_subject(pipeline):
    text = "Chile and Bolivia agreed to reopen the border. They also pledged to resume flights."
    assert actors_of(pipeline, text, "They") == (("CHL", "GOV"), ("BOL", "GOV"))


def test_they_does_not_take_a_singular_subject(pipeline):
    text = "Chile recalled its ambassador. They said the move was overdue."
    assert actors_of(pipeline, text, "They") is None


def test_the_group_is_the_armed_group_named_before_not_the_organisation_after_it(pipeline):
    text = (
        "The M23 seized a town near Goma on Sunday. The European Union condemned the seizure. "
        "The group said it would hold the town."
    )
    assert actors_of(pipeline, text, "The group") == (("COD", "REB"),)


def test_the_bloc_is_the_organisation_named_before(pipeline):
    text = "The European Union imposed sanctions on Belarus. The bloc also froze the assets of ten officials."
    event = [e for e in pipeline_events(pipeline, text) if "froze" in e.trigger]
    assert event and {ea.actor.name for ea in event[0].actors if ea.side == "source"} == {"European Union"}


# --- 4. one reading, two codings -------------------------------------------------------------------------


def test_a_reading_coded_twice_gives_the_same_events(pipeline):
    text = "Ecuador accused Peru of shelling a border post and demanded an apology."
    found = pipeline.process(RawDocument(source="test", id="t", text=text)).actor_mentions
    coder = RuleEventCoder()
    doc = pipeline.nlp(text)
    sent = next(iter(doc.sents))
    reading = read_sentence(sent, coder.lexicon, coder.ontology)
    index = MentionIndex.build(doc, found)
    commentators = Commentators.of(doc, coder.lexicon)
    first = code_sentence(reading, index, coder.lexicon, coder.ontology, commentators)
    second = code_sentence(reading, index, coder.lexicon, coder.ontology, commentators)
    assert {e.type for e in first} >= {"ACCUSE", "REQUEST"}
    assert [(e.type, e.mode, e.actors) for e in first] == [(e.type, e.mode, e.actors) for e in second]
    assert all(a is not b for a, b in zip(first, second, strict=True))  # copies: coding amends them
    assert all(not d.actors for d in reading.drafts.values())  # the reading itself is left as it was
