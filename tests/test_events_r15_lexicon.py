"""Round 15 (r15lex, issue 12): PETRARCH-2 CAMEO verb patterns the development misses named and the
lexicon lacked. A mission's work stopped or its staff taken out is diplomatic relations reduced (CAMEO
161, SANCTION); its employees expelled are diplomats expelled (SANCTION expel, not a deportation);
disappointment, dissatisfaction or indignation voiced, and regret voiced over another's act, are
disapproval (CAMEO 110/111, ACCUSE); refugees taken in and refugee status granted are asylum (CAMEO 075,
AID). A capitalised plural ("lift ... Sanctions") counts as its singular for the rows' conditions.
Through the full pipeline with the real knowledge base; the sentences are invented."""

from __future__ import annotations

import pytest
from coding_support import assert_kept_and_dropped, countries_of, of_type, pipeline_events

# (sentence, the type it must hold, the type it must not)
ROWS = [
    # a mission's staff evacuated or its work suspended: relations reduced, not aid
    ("Chile has evacuated staff from its embassy in Lima.", "SANCTION", "AID"),
    ("The Chilean embassy staff are being evacuated from Peru, the ministry said.", "SANCTION", "AID"),
    ("The army evacuated 300 civilians from the flooded town.", "AID", "SANCTION"),
    ("Chile said the diplomatic activities of its embassy in Lima have been suspended.", "SANCTION", None),
    ("Chile decided to halt the operations of its consulate in Arica.", "SANCTION", None),
    ("Peruvian police stopped the marchers outside the Chilean embassy.", None, "SANCTION"),
    # the mission's people expelled: diplomats expelled
    ("Peru is expelling an employee of the Chilean embassy in Lima.", "SANCTION", "COERCE"),
    ("Peru expelled the Bolivian migrants from the border town.", "COERCE", "SANCTION"),
    # disapproval voiced
    ("Chile expressed deep disappointment after Peruvian officials visited the island.", "ACCUSE", None),
    ("Chile voiced dissatisfaction with Peru's decision to close the border.", "ACCUSE", None),
    ("Chile expressed regret over Peru's decision to expel its ambassador.", "ACCUSE", None),
    ("Chile expressed regret over the loss of life in the Peruvian earthquake.", None, "ACCUSE"),
    ("Chile expressed regret over having to recall its ambassador from Peru.", None, "ACCUSE"),
    # asylum given
    ("The prime minister recalled that Chile took in Peruvian refugees in 1973.", "AID", None),
    ("Chile has granted refugee status to 40 Peruvian activists.", "AID", None),
    ("Chile took in the view from the summit of the volcano.", None, "AID"),
    # a communique's capitalised plural is still the noun its verb row names
    ("The Authority decides to lift economic Sanctions on the Republic of Peru.", "RETREAT", None),
]


def test_an_evacuated_embassy_reduces_relations_with_the_host(pipeline):
    events = pipeline_events(pipeline, "Chile has evacuated its embassy staff from Peru.")
    sanction = of_type(events, "SANCTION")
    assert sanction.mode == "withdraw"
    assert countries_of(sanction, "source") == {"CHL"}
    assert countries_of(sanction, "target") == {"PER"}


@pytest.mark.parametrize(("text", "kept", "dropped"), ROWS)
def test_a_cameo_pattern_codes_its_type(pipeline, text, kept, dropped):
    assert_kept_and_dropped(pipeline, text, kept, dropped)
