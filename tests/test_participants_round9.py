"""Round 9 (issue 12): officers of international bodies, "the rebels" for the group an article named,
"from X" on event nouns, and quotations whose speaker the sentence before introduced. The sentences are
invented."""

from __future__ import annotations

from coding_support import countries_of, of_type, pipeline_events, sides_of

from dateline.records import RawDocument


def _mentions(pipeline, text: str) -> dict[str, tuple[str | None, str | None, str]]:
    raw = RawDocument(source="test", id="t", text=text, published="2024-03-15")
    mentions = pipeline.process(raw).actor_mentions
    return {m.text: (m.actors[0].country, m.actors[0].sector, m.how) for m in mentions}


# --- officers of international bodies -------------------------------------------------------------


def test_a_person_in_apposition_to_an_international_office_acts_for_the_body(pipeline):
    text = (
        "Olusegun Obasanjo, the African Union's envoy to the region, met Ethiopian officials on Monday. "
        "Obasanjo later urged Addis Ababa to allow aid into the north."
    )
    found = _mentions(pipeline, text)
    assert found["Olusegun Obasanjo"][:2] == (None, "IGO")
    assert found["Obasanjo"][:2] == (None, "IGO")  # every later mention is the officer
    request = of_type(pipeline_events(pipeline, text), "REQUEST")
    assert countries_of(request) == {None, "ETH"}  # no party of Nigeria's


def test_an_international_office_before_the_name_or_around_it_counts(pipeline):
    before = "African Union chief mediator Olusegun Obasanjo announced a truce on Friday."
    assert _mentions(pipeline, before)["Olusegun Obasanjo"][:2] == (None, "IGO")
    around = "The AU's chief mediator, former Kenyan President Uhuru Kenyatta, met rebel leaders in Goma."
    assert _mentions(pipeline, around)["former Kenyan President Uhuru Kenyatta"][:2] == (None, "IGO")


def test_a_national_office_or_a_past_international_one_keeps_the_country(pipeline):
    envoy = "Nigeria's ambassador to the UN, Olusegun Obasanjo, criticised the sanctions on Tuesday."
    assert _mentions(pipeline, envoy)["Olusegun Obasanjo"][0] == "NGA"
    joined = "Olusegun Obasanjo and the African Union urged both sides to stop fighting."
    assert _mentions(pipeline, joined)["Olusegun Obasanjo"][0] == "NGA"
    past = "Olusegun Obasanjo, a former UN envoy, criticised the sanctions on Tuesday."
    assert _mentions(pipeline, past)["Olusegun Obasanjo"][0] == "NGA"
    # A head of state who also chairs a bloc still acts for the state.
    chair = "Kenyan President William Ruto, chairman of the African Union, met Sudanese officials in Nairobi."
    assert _mentions(pipeline, chair)["Kenyan President William Ruto"][0] == "KEN"


def test_what_describes_an_officer_names_no_counterpart(pipeline):
    text = (
        "Olusegun Obasanjo, the AU's envoy, arrived in Pretoria on Monday. Obasanjo, who stepped down as "
        "Nigeria's president in 2007, praised the process."
    )
    praise = of_type(pipeline_events(pipeline, text), "SUPPORT")
    assert "NGA" not in countries_of(praise)


# --- "the rebels" ----------------------------------------------------------------------------------


def test_the_rebels_are_the_armed_group_the_article_named(pipeline):
    text = (
        "The Houthis fired two missiles at a tanker on Saturday. Officials in Aden said the rebels had "
        "also shelled government positions near Taiz."
    )
    assert _mentions(pipeline, text)["rebels"] == ("YEM", "REB", "group coreference")
    assault = [e for e in pipeline_events(pipeline, text) if e.type == "ASSAULT"]
    assert all("YEM" in countries_of(e, "source") for e in assault)


def test_the_militia_is_the_group_named_in_the_same_sentence_or_the_one_before(pipeline):
    text = "The army said it would not talk to the RSF. The militia answered by shelling Omdurman."
    assert _mentions(pipeline, text)["militia"][2] == "group coreference"


def test_an_indefinite_militant_is_not_the_named_group(pipeline):
    text = "The Houthis fired two missiles at a tanker on Saturday. A militant was later arrested in Aden."
    assert _mentions(pipeline, text)["militant"][2] != "group coreference"


def test_gunmen_stay_unknown_and_a_place_elsewhere_wins(pipeline):
    text = "The M23 seized a town in North Kivu on Sunday. The gunmen also burned a school."
    assert _mentions(pipeline, text)["gunmen"][2] != "group coreference"
    elsewhere = "The M23 seized a town in North Kivu on Sunday. The rebels in Mali attacked a convoy."
    assert _mentions(pipeline, elsewhere)["rebels in Mali"][0] == "MLI"


# --- "from X" names the doer of a verbal act or a consultation noun --------------------------------


def test_a_request_from_a_country_is_that_countrys_request(pipeline):
    # In an article: a wire item of a sentence or two reports only its main act (events/precedence.py).
    text = (
        "Floods cut the main road to Thimphu last week. Traffic has been diverted. "
        "After a request from Bhutan, the Indian government agreed to send engineers."
    )
    request = of_type(pipeline_events(pipeline, text), "REQUEST")
    assert sides_of(request)["source"] == {"BTN"}


def test_criticism_from_a_country_is_made_by_it(pipeline):
    text = "Despite sharp criticism from Norway, Iceland resumed commercial whaling."
    accusation = of_type(pipeline_events(pipeline, text), "ACCUSE")
    assert sides_of(accusation)["source"] == {"NOR"}


# --- quotations ------------------------------------------------------------------------------------


def test_a_bare_quotation_is_the_subject_of_the_sentence_before(pipeline):
    text = (
        "Estonian Foreign Minister Margus Tsahkna spoke to reporters in Tallinn on Monday. "
        '"We condemn the decision of the Belarusian authorities to close the border."'
    )
    accusation = of_type(pipeline_events(pipeline, text), "ACCUSE")
    assert sides_of(accusation).get("source") == {"EST"}
    assert sides_of(accusation).get("target") == {"BLR"}


def test_we_in_a_second_clause_is_the_speaker_not_the_first_clauses_subject(pipeline):
    text = (
        "Chilean Foreign Minister Alberto van Klaveren addressed the senate on Tuesday. "
        '"The Bolivians have broken the accord and we reject their claims."'
    )
    rejection = next(e for e in pipeline_events(pipeline, text) if e.trigger.startswith("reject"))
    assert sides_of(rejection).get("source") == {"CHL"}
