"""Round 27 (issue 12, r27spur): events that are no news of the article. A photo caption closed by its
place and day, support or opposition told in the present as a position held, a fight told by its cause
and talks that ended are no events; the acts beside them, prose with a date, stances declared, reported,
quoted, dated or changed, and fights with a foe or for a place stay. Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_support import assert_kept_and_dropped

# An article's first sentence, so the sentence under test is not read as its headline.
LEAD = "Peru accused Chile of spying on its navy on Thursday.\n\n"

# (sentence, the type of the event that is not there)
NOT_EVENTS = [
    # a photo caption closed by its place and day (aspect.photo_dateline), the day the article's own
    ("The Chilean president waves to supporters during a rally in support of the government in Santiago, "
     "Chile March 14, 2024.", "SUPPORT"),
    ("The Peruvian president signs the visitors book during the visit to the Chilean port, where he met "
     "the Chilean president, in Arica, Chile, March 14, 2024.", "CONSULT"),
    # ... or a day gone by
    ("The Peruvian president visits the Chilean port of Arica, Chile, June 2018.", "CONSULT"),
    # a stance held, told in the present (aspect.held_stance)
    ("Chile backs the Peruvian rebel movement.", "SUPPORT"),
    ("But Bolivia backs the rebel front, a group that for decades has fought Peru.", "SUPPORT"),
    ("Chile vehemently opposes the Peruvian dam.", "REJECT"),
    ("Chile and Argentina support the Peruvian initiative to establish a ceasefire.", "SUPPORT"),
    # a fight told by its cause (non_events.struggle_for)
    ("Chile is important for Peru because of its support for the Andean Front, a group fighting for the "
     "independence of the southern highlands.", "ASSAULT"),
    ("The highlands are claimed by Peru, but the Chile-based Andean Front movement has been fighting for "
     "its independence.", "ASSAULT"),
    # talks that ended: when something else was said, no measure (the end rows want an object)
    ("The ministers of Peru and Chile spoke to reporters after their talks ended.", "SANCTION"),
]  # fmt: skip

# (sentence, the type of its event, which stays)
EVENTS = [
    # a past tense, or a preposition before the date: prose, not a caption
    ("The Chilean president met the Peruvian envoy in Santiago, Chile, March 14, 2024.", "CONSULT"),
    (
        "The Peruvian president meets the Chilean president in Arica, Chile, March 20, 2024.",
        "CONSULT",
    ),  # a day to come
    # a stance declared, reported, voiced, dated or changed
    ("The Chilean president declared on Monday that Chile backs the Peruvian rebel movement.", "SUPPORT"),
    ("\u201cWe support the Peruvian initiative,\u201d the Chilean minister said.", "SUPPORT"),
    ("Chile backs the Peruvian rebels, officials said.", "SUPPORT"),
    ("Chile now backs the Peruvian rebel movement.", "SUPPORT"),
    ("Chile backs the Peruvian plan on Monday.", "SUPPORT"),
    ("Chile backed the Peruvian rebel movement on Monday.", "SUPPORT"),
    ("Chile ended talks with Peru on Monday.", "SANCTION"),
    # a fight with a foe, or for control of a place
    ("Peruvian rebels fought Chilean troops for control of the border town on Monday.", "ASSAULT"),
    ("Peruvian rebels fought for control of the Chilean border town on Monday.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "dropped"), NOT_EVENTS)
def test_no_event_where_nothing_is_news(pipeline, text, dropped):
    assert_kept_and_dropped(pipeline, LEAD + text + "\n", "ACCUSE", dropped)


@pytest.mark.parametrize(("text", "kept"), EVENTS)
def test_the_acts_stay(pipeline, text, kept):
    assert_kept_and_dropped(pipeline, LEAD + text + "\n", kept, None)
