"""Round 26 (issue 12, r26spur): events that did not happen. A territory's recognition status, what a
law, a ruling or a treaty allows, sanctions already in force named as what a ship breaks, a rejection
said not to have come, opinion or a partnership "mobilised" or "reinforced", an announcement released, a
retreat that is a place and a case taken over are no events; the acts beside them stay. Every sentence
is invented."""

from __future__ import annotations

import pytest
from coding_support import assert_kept_and_dropped

# (sentence, the type of the event that is not there, an event of the sentence that stays or None)
NOT_EVENTS = [
    # a stance verb told as a status (aspect.standing_status)
    ("The self-declared republic is not recognised internationally as a state, officials in Lima said.",
     "SUPPORT", None),
    ("The enclave runs its own police but is not recognized by any neighbouring state.", "SUPPORT", None),
    # what a thing allows (non_events.enabling_thing)
    ("Peru expelled the envoy over a ruling allowing the opposition leader to stand in the election.",
     "CONCEDE", "SANCTION"),
    ("Chile cut aid to Peru, citing a law that the minister says permits the confiscation of farms.",
     "CONCEDE", "SANCTION"),
    ("The river treaty is binding on every state and allows no reservation.", "CONCEDE", None),
    # sanctions in force (non_events.measure_in_force)
    ("Peru seized a freighter shipping copper to Bolivia in violation of Chilean sanctions on Monday.",
     "SANCTION", "COERCE"),
    ("Two Bolivian banks remain subject to Chilean sanctions, the report said.", "SANCTION", None),
    ("Bolivian exports to Chile have fallen due to Peruvian sanctions, traders said.", "SANCTION", None),
    ("Two Bolivian airlines were evading sanctions imposed on La Paz by Chile, the report said.",
     "SANCTION", None),
    # a rejection said not to have come (non_events.litotes)
    ("The Peruvian minister said he was not opposed to a Chilean observer mission at the border.",
     "REJECT", None),
    ("The Peruvian cabinet did not reject the Chilean offer of mediation, the minister said.",
     "REJECT", None),
    # lexicon rows: mobilise, reinforce, release, retreat, take over
    ("Chile has mobilised opinion against Peru at the United Nations, the ministry said.", "MOBILIZE", None),
    ("Chile and Peru said their partnership would be reinforced by yearly summits.", "MOBILIZE", None),
    ("Peru released an announcement on the border with Chile on Monday.", "RETREAT", None),
    ("Chile released a declaration on Peru's election on Monday.", "RETREAT", None),
    ("The leaders met at the king's mountain retreat outside Lima.", "RETREAT", "CONSULT"),
    ("The Chilean president spent the weekend at his presidential retreat on the coast.", "RETREAT", None),
    ("Peru's attorney general's office took over the case of the missing Chilean diplomat.", "COERCE", None),
]  # fmt: skip

# (sentence, the type of its event, which stays)
EVENTS = [
    ("Chile recognised the breakaway republic as an independent state on Monday.", "SUPPORT"),
    ("The new government in Bolivia was recognised by Peru on Monday.", "SUPPORT"),
    ("Three Chilean diplomats have been recognised as persona non grata by Peru.", "SANCTION"),
    ("Peru did not recognise the new government in Bolivia on Monday.", "REJECT"),
    ("Lithuania announced its decision to allow Chile to open an office in Vilnius.", "CONCEDE"),
    ("Peru will allow Chilean inspectors into the port on Monday.", "RETREAT"),
    ("Chile imposed sanctions on Peru on Monday.", "SANCTION"),
    ("Peru rejected the Chilean proposal on Monday.", "REJECT"),
    ("Chile reinforced its troops on the Peruvian border on Monday.", "MOBILIZE"),
    ("Peru mobilised 20,000 reservists on Monday.", "MOBILIZE"),
    ("Chile released two Peruvian fishermen on Monday.", "RETREAT"),
    ("The rebels' retreat from the town began on Monday.", "RETREAT"),
    ("Peruvian troops took over the Chilean embassy building on Monday.", "COERCE"),
]


@pytest.mark.parametrize(("text", "dropped", "kept"), NOT_EVENTS)
def test_no_event_where_nothing_was_done(pipeline, text, dropped, kept):
    assert_kept_and_dropped(pipeline, text, kept, dropped)


@pytest.mark.parametrize(("text", "kept"), EVENTS)
def test_the_acts_beside_them_stay(pipeline, text, kept):
    assert_kept_and_dropped(pipeline, text, kept, None)
