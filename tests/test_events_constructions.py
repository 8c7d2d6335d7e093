"""Constructions of real news prose the coder reads (issue: events on real news). Each test is one class
of construction, with invented sentences and hand-built actor mentions:

- passive and nominal events: the doer of the instrument of a passive ("killed in Norlandic shelling"),
  an act the subject undergoes ("faces pressure from X", "drew criticism from X");
- negated and intended acts: a cooperative act someone says they will not do is REJECT, a conflict act
  they want to do is THREATEN; an act agreed to stays AGREE; freeing someone is no coercion;
- background: habitual, generic and long-running statements are no event of the week;
- denials: a denied cooperative event is coded with modality negated, between its own participants;
  denying an accusation stays a rejection;
- events referred back to: a dated or "last"/"previous" event noun is an event of its own.
"""

from __future__ import annotations

from datetime import date

import pytest
from coding_support import coder_for, sides_of

from dateline.records import Actor, DateInterval

NRL = Actor("NRL", "Norland", "NRL", "GOV")
SDR = Actor("SDR", "Sudria", "SDR", "GOV")
OST = Actor("OST", "Ostmark", "OST", "GOV")
NRL_MIL = Actor("NRL:MIL", "Norland (MIL)", "NRL", "MIL", None, "group")
VALE = Actor("p1", "Arno Vale", "NRL", "GOV", "head of state", "person")
KORR = Actor("p2", "Lina Korr", "SDR", "GOV", "head of state", "person")

CALL_DAY = DateInterval(date(2024, 2, 4), date(2024, 2, 4), "day", 0.9)

NAMES = {
    "Norland": ((NRL,), "country"),
    "Sudria": ((SDR,), "country"),
    "Ostmark": ((OST,), "country"),
    "Norlandic artillery": ((NRL_MIL,), "country"),
    "Norlandic": ((NRL_MIL,), "demonym (modifier)"),
    "Sudrian guards": ((SDR,), "demonym"),
    "Vale": ((VALE,), "title"),
    "Korr": ((KORR,), "title"),
}


@pytest.fixture(scope="module")
def code(nlp):
    return coder_for(nlp, NAMES)


def _of_type(events, event_type):
    found = [e for e in events if e.type == event_type]
    assert found, [(e.type, e.trigger, e.modality) for e in events]
    return found[0]


# --- passive, nominal and existential events ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Four villagers were killed in Norlandic artillery shelling on Tuesday.",
        "Two guards were wounded by Norlandic missiles near the dam.",
    ],
)
def test_passive_violence_takes_the_doer_of_its_instrument(code, text):
    event = _of_type(code(text), "ASSAULT")
    assert sides_of(event).get("source") == {"NRL"}


def test_an_act_the_subject_undergoes_has_the_giver_as_source(code):
    event = _of_type(code("Sudria faces mounting pressure from Norland to close the camps."), "REQUEST")
    assert sides_of(event) == {"source": {"NRL"}, "target": {"SDR"}}
    event = _of_type(code("Ostmark drew sharp criticism from Sudria over the dam."), "ACCUSE")
    assert sides_of(event) == {"source": {"SDR"}, "target": {"OST"}}


def test_an_attack_noun_with_its_attacker_stays_in_an_existential(code):
    event = _of_type(code("There were nine officers hurt in the raid by Norland on Sunday."), "ASSAULT")
    assert sides_of(event).get("source") == {"NRL"}


def test_the_noun_a_wounded_participle_describes_is_the_target(code):
    event = _of_type(code("There were nine Sudrian guards wounded in the raid by Norland."), "ASSAULT")
    assert sides_of(event) == {"source": {"NRL"}, "target": {"SDR"}}


@pytest.mark.parametrize(
    "text",
    [
        "Documents implicating Sudria were presented by Norland on Wednesday.",
        "Norland released a report implicating Sudria in the bombing.",
    ],
)
def test_a_document_that_accuses_speaks_for_who_presents_it(code, text):
    event = _of_type(code(text), "ACCUSE")
    assert sides_of(event) == {"source": {"NRL"}, "target": {"SDR"}}


# --- negated and intended acts ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Norland said it would not provide weapons to Sudria.", "assist"),
        ("Ostmark will not attend the summit in Sudria.", "meet"),
        ("Norland won't accept the refugees from Sudria.", None),
    ],
)
def test_a_cooperative_act_refused_is_a_rejection(code, text, mode):
    event = _of_type(code(text), "REJECT")
    assert event.modality == "asserted"
    if mode:
        assert event.mode == mode


def test_a_cooperative_act_that_did_not_happen_stays_negated(code):
    event = _of_type(code("Norland did not sign the treaty with Sudria."), "SUPPORT")
    assert event.modality == "negated"


def test_wanting_to_attack_is_a_threat(code):
    event = _of_type(code("Norland wants to invade Sudria, the minister said."), "THREATEN")
    assert sides_of(event) == {"source": {"NRL"}, "target": {"SDR"}}
    assert not [e for e in code("Norland wants to invade Sudria.") if e.type == "ASSAULT"]


def test_agreeing_to_lift_an_embargo_is_agreement(code):
    events = code("Ostmark agreed to lift the embargo on Sudria.")
    assert {e.type for e in events} == {"AGREE"}


def test_freeing_a_captive_is_no_coercion(code):
    events = code("Norland freed the reporter from Sudria on Friday.")
    assert "COERCE" not in {e.type for e in events}
    assert _of_type(events, "RETREAT").mode == "release"


# --- background: habits, generic statements, long-running states ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Norland routinely denies that its boats enter Sudria's waters.",
        "Norland has waged a border war against Sudria for decades.",
        "Both governments dismiss claims that Ostmark arms the rebels.",
        "Norland has hosted the talks with Sudria since 2019.",
    ],
)
def test_background_statements_are_no_events(code, text):
    assert code(text) == []


def test_a_dated_relative_clause_is_an_event_referred_back_to(code):
    events = code("Vale, who withdrew from Sudria in 2007, praised Korr on Wednesday.")
    assert {e.type for e in events} == {"SUPPORT", "RETREAT"}


def test_a_dated_act_is_still_news(code):
    assert _of_type(code("Norland denied on Monday that its boats entered Sudria's waters."), "REJECT")
    assert _of_type(code("Norland shelled Sudria's border posts for six hours on Monday."), "ASSAULT")


# --- denials --------------------------------------------------------------------------------------------


def test_a_denied_call_is_a_negated_consultation_between_its_parties(code):
    events = code("Ostmark dismissed reports of a phone call between Vale and Korr as invented.")
    event = _of_type(events, "CONSULT")
    assert event.modality == "negated" and event.mode == "phone"
    assert {ea.actor.id for ea in event.actors} == {"p1", "p2"}
    assert "REJECT" not in {e.type for e in events}


def test_a_denied_meeting_is_a_negated_meeting(code):
    event = _of_type(code("Ostmark denied that Vale and Korr had met in secret."), "CONSULT")
    assert event.modality == "negated"
    assert {ea.actor.id for ea in event.actors} == {"p1", "p2"}


@pytest.mark.parametrize(
    "text",
    [
        "Norland denied that it had shelled the port in Sudria.",
        "Sudria rejected the allegations made by Norland.",
        "Norland dismissed accusations that it arms the rebels in Sudria.",
    ],
)
def test_denying_an_accusation_is_a_rejection(code, text):
    events = code(text)
    assert _of_type(events, "REJECT").modality == "asserted"
    assert all(e.modality != "negated" for e in events)


def test_rejecting_a_proposal_is_still_a_rejection(code):
    assert _of_type(code("Sudria rejected the proposal from Norland."), "REJECT").modality == "asserted"


# --- events referred back to ---------------------------------------------------------------------------


def test_a_dated_event_noun_is_an_event_of_its_own(nlp):
    # The time stage dates each trigger from its own expression: the call is dated by the trigger word.
    code = coder_for(
        nlp, NAMES, date_event=lambda t: CALL_DAY if t.lower_ == "call" else DateInterval.unknown()
    )
    events = code("Vale and Korr praised the 4 February call between Norland and Sudria.")
    call = _of_type(events, "CONSULT")
    assert call.trigger.startswith("call") and call.date == CALL_DAY
    assert sides_of(call) == {"participant": {"NRL", "SDR"}}
    assert _of_type(events, "SUPPORT")


def test_a_requested_dated_event_stays_the_content_of_the_request(code):
    events = code("Norland called for talks with Sudria in May.")
    assert {e.type for e in events} == {"REQUEST"}


# --- conditions, time clauses and adjuncts ------------------------------------------------------------


def test_a_threat_with_an_if_is_made_all_the_same(code):
    event = _of_type(code("Norland threatened sanctions on Sudria if Sudria failed to comply."), "THREATEN")
    assert event.modality == "asserted"


def test_a_past_time_clause_under_an_agreement_happened(code):
    # In an article: a wire item of a sentence or two reports only its main act (events/precedence.py).
    events = code(
        "Talks in Ostmark ended on Monday. Vale left the city. "
        "Sudria agreed to accept the refugees after Norland threatened tariffs."
    )
    assert _of_type(events, "THREATEN").modality == "asserted"


def test_a_gerund_adjunct_takes_the_passive_main_subject(code):
    event = _of_type(code("After hosting Vale for two days, Korr was praised by the press."), "CONSULT")
    # Round 10: the hosting is Vale's visit, so the host Korr is its target and the guest its source.
    assert {ea.actor.id for ea in event.actors if ea.side == "target"} == {"p2"}
    assert {ea.actor.id for ea in event.actors if ea.side == "source"} == {"p1"}


# --- rows imported from the PETRARCH-2 CAMEO dictionary (checked), and reciprocal objects -----------


def test_battling_each_other_is_a_clash_between_participants(code):
    event = _of_type(code("Norland and Sudria continued to battle each other near the dam."), "ASSAULT")
    assert sides_of(event) == {"participant": {"NRL", "SDR"}}


def test_battling_a_fire_is_no_violence(code):
    assert code("Crews from Norland battled blazes in Sudria for a week.") == []


def test_repelling_an_offensive_is_fighting(code):
    event = _of_type(code("Sudria repelled an offensive by Norland near the dam."), "ASSAULT")
    assert "SDR" in sides_of(event).get("source", set())


def test_a_concessive_circumstance_is_someone_elses_act(code):
    events = code("Despite condemnation from around the world, Norland says it will keep the camps.")
    assert "ACCUSE" not in {e.type for e in events}
    events = code("Amid protests in the capital, Sudria arrested three reporters.")
    assert {e.type for e in events} == {"COERCE"}


@pytest.mark.parametrize(
    "text",
    [
        "Norland issued a strong protest to Sudria over the seizure.",
        "Norland handed a protest note to the embassy of Sudria.",
    ],
)
def test_a_diplomatic_protest_is_an_accusation(code, text):
    event = _of_type(code(text), "ACCUSE")
    assert sides_of(event) == {"source": {"NRL"}, "target": {"SDR"}}
    assert "PROTEST" not in {e.type for e in code(text)}


def test_an_earlier_occasion_of_the_verbs_act_is_an_event_of_its_own(nlp):
    # The same pair, the same act: the noun names its own occasion ("last") or the sentence places it
    # before the verb's event; its date is its own expression's.
    june = DateInterval(date(2023, 6, 1), date(2023, 6, 30), "month", 0.8)
    code = coder_for(nlp, NAMES, date_event=lambda t: june if t.lower_ == "meeting" else CALL_DAY)
    for text in (
        "Vale met Korr on Monday, a year after the last meeting between Vale and Korr in Ostmark.",
        "Vale met Korr on Monday, two months after the meeting between Vale and Korr in Sudria.",
    ):
        meetings = [e for e in code(text) if e.type == "CONSULT"]
        assert sorted(e.trigger for e in meetings) == ["meeting", "met"], text
        assert all({ea.actor.id for ea in e.actors} == {"p1", "p2"} for e in meetings)
        assert {e.trigger: e.date for e in meetings} == {"meeting": june, "met": CALL_DAY}
    # A noun restating the verb's own event adds nothing: one meeting.
    assert len(code("Vale met Korr on Monday; the meeting between Vale and Korr lasted two hours.")) == 1
