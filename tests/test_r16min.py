"""Round 16 (r16min) participant classes (issue 12), unnamed institutions: a bare "the ministry" when
no ministry was named before in a form read as one ("A Foreign Ministry statement said ... The ministry
urged Nairobi") speaks for the document's home country, never for the side its own act names; a
country the text names only through its places is no scene that places "the government". Real
knowledge base; the sentences are invented."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.records import ActorMention, DateInterval, DocumentTime

DAY = date(2024, 3, 15)


def _found(resolver, nlp, text: str) -> list[ActorMention]:
    return resolver.resolve(nlp(text), DocumentTime(DAY, DateInterval(DAY, DAY, "day")))


def _countries(resolver, nlp, text: str, mention: str) -> list[set[str | None]]:
    """The countries of every mention spelt `mention` (case-insensitive), in order."""
    found = _found(resolver, nlp, text)
    return [{a.country for a in m.actors} for m in found if m.text.lower() == mention]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # No ministry named before in a form read as one: the home country speaks.
        (
            "Uganda recalled its ambassador from Kenya on Thursday in protest over Nairobi hosting a "
            "meeting. A Foreign Ministry statement said the envoy was summoned for consultations. "
            "The ministry urged Nairobi to abandon its course.",
            "UGA",
        ),
        # Kenya is named most as a party; the ministry's act names Kenya, so the next country speaks.
        (
            "Kenya hosted the rebels in Nairobi. Kenya defended the meeting, and Kenya said it would go "
            "on. Uganda recalled its ambassador on Thursday. The ministry urged Kenya to abandon its course.",
            "UGA",
        ),
        # A ministry named before is still the one the bare noun means.
        (
            "Uganda recalled its ambassador from Kenya on Thursday. The Kenyan Foreign Ministry called "
            "the move regrettable. The ministry urged Kampala to reconsider.",
            "KEN",
        ),
    ],
)
def test_a_bare_ministry_speaks_for_the_home_country_or_the_ministry_named_before(
    resolver, nlp, text, country
):
    assert _countries(resolver, nlp, text, "the ministry") == [{country}]


def test_a_ministry_with_its_portfolio_is_not_the_bare_ministry(resolver, nlp):
    text = "Uganda recalled its ambassador from Kenya. The ministry of health said the clinics stay open."
    assert all(m.how != "ministry (home country)" for m in _found(resolver, nlp, text))


def test_a_country_named_only_through_its_places_is_no_scene(resolver, nlp):
    # "Valencia" (read as Spain's) is named twice as a place, Spain never as a party: "the government"
    # is not Spain's.
    text = (
        "Colombia and Venezuela will reopen their border on Monday. Flights between Caracas and Valencia "
        "will resume, and flights between Bogotá and Valencia too. The government said trucks would cross."
    )
    assert _countries(resolver, nlp, text, "government") != [{"ESP"}]


def test_a_scene_the_text_also_names_still_places_the_government(resolver, nlp):
    text = (
        "Zimbabwe banned the march. Police fired tear gas at protesters in Harare and Bulawayo on Monday. "
        "The government said the protests were illegal."
    )
    assert _countries(resolver, nlp, text, "government") == [{"ZWE"}]


def test_places_alone_make_the_scene_of_a_text_naming_no_country_otherwise(resolver, nlp):
    text = "Protests spread across Harare on Monday. The next day police arrested forty students."
    assert _countries(resolver, nlp, text, "police") == [{"ZWE"}]
