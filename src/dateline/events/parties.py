"""Who takes part in a report and how two reports' modes relate: what the event coder's later-mention
rules (`anaphora`, `story`) and dedup (`dedup.compatible`) both ask of event mentions.

They live here, in the events stage, because the per-article stages must not depend on dedup, the
stage after them: dedup reads them from here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

from dateline.actors.kb import Country, KnowledgeBase, package_files
from dateline.records import Actor, EventActor

# Modes that report a trip rather than the talks held during it: a mode-less CONSULT ("held talks",
# "discussed") is the meeting, not the visit it took place on, so it never joins one of these; a noun
# of these names a guest's journey, not a meeting hosted.
TRIP_MODES = frozenset({"visit", "host"})
# Words that tell a report as one more act beside one its article told already: "the two ministers
# also agreed to set up a joint commission", "Ishiba also pledged", "furthermore, the ministers agreed to ..."
# (`dedup.compatible.one_more`, round 15; `pair_subject`, round 18).
ADDITIVES = frozenset({"also", "additionally", "likewise", "separately", "furthermore", "moreover"})
# The acts they are read for: the accords, pledges and signings of one summit (measured: read for every
# type, "they also discussed trade" is another topic of the same talks, and on unseen news a matched
# event lost its countries; round 18: given the pair, "they also discussed" cost an unseen date).
ONE_MORE_TYPES = frozenset({"AGREE", "SUPPORT"})


def anchor(a: Actor) -> str:
    """What places an actor in a dyad: its country, or for bodies without one, its id or name."""
    if a.country:
        return a.country
    return a.id or a.name.casefold()


def named(a: Actor) -> bool:
    """A person, organisation or armed group the knowledge base knows by id: not a country, an
    unnamed official, nor a country's sector ("Colombia (CVL)", id `COL:CVL`)."""
    return a.id is not None and a.kind not in ("country", "role") and a.id != f"{a.country}:{a.sector}"


def named_ids(actors: list[EventActor]) -> list[str]:
    """The ids of the named actors, sorted, each once."""
    return sorted({ea.actor.id for ea in actors if named(ea.actor)})  # type: ignore[misc]


def dyad(actors: list[EventActor]) -> tuple[str, ...]:
    return tuple(sorted({anchor(ea.actor) for ea in actors}))


def two_sided(actors: list[EventActor], sentences: Iterable[str] = ()) -> bool:
    """Does a report name two participants at least (two countries, or two named actors)? With
    `sentences` (those of the report), a country counts only where one of them names it (`stated`):
    the other country of a two-country story, given to an act whose sentence names one side only
    ("Petro offered the plane"), is the story's pair, not the report's."""
    if len(named_ids(actors)) > 1:
        return True
    told = list(sentences)
    return len(dyad(stated_only(actors, told) if told else actors)) > 1


def stated_only(actors: list[EventActor], sentences: list[str]) -> list[EventActor]:
    """The actors one of the sentences names (`stated`)."""
    return [ea for ea in actors if stated(ea.actor, sentences)]


def stated(a: Actor, sentences: list[str]) -> bool:
    """Is the actor named in one of the sentences? Only a country-level actor may not be: persons,
    bodies and groups come from their own words or from coreference; a country by its name, an alias,
    a demonym or a seat of government ("Washington", "the Kremlin")."""
    if a.kind != "country" or a.country is None:
        return True
    pattern = country_pattern(a.country)
    return pattern is None or any(pattern.search(s) for s in sentences)


@cache
def country_pattern(iso3: str) -> re.Pattern[str] | None:
    """The words that name a country, from the actors' country table (None for a code it lacks)."""
    country = _countries().get(iso3)
    if country is None:
        return None
    forms = sorted(
        {country.name, *country.aliases, *country.demonyms, *country.metonyms}, key=len, reverse=True
    )
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in forms if f) + r")(?!\w)")


def country_actor(iso3: str) -> Actor | None:
    """The government of a country as an actor, from the actors' country table (None for a code it lacks)."""
    country = _countries().get(iso3)
    return country.actor() if country is not None else None


@lru_cache(maxsize=1)
def _countries() -> dict[str, Country]:
    return KnowledgeBase.from_files([p for p in package_files() if p.name == "countries.tsv"]).countries


def modes_compatible(a: str | None, b: str | None, together: bool = False) -> bool:
    """Equal, or missing on one side but for a trip (`TRIP_MODES`). `together`: told in one
    sentence, where two modes of an act other than an encounter are two words for that one act
    (round 13: "condemned the support, stating that it violates sovereignty", ACCUSE `disapprove`
    and `allege`); an encounter's modes stay apart there too ("during a visit to meet Kim": the
    visit and the talks held on it, which news and the gold tell apart)."""
    if a is None or b is None:
        return (a or b) not in TRIP_MODES
    return a == b or (together and not {a, b} & ENCOUNTER_MODES)


# The modes of the encounters (CONSULT: phone, visit, host, meet, multilateral, third-party): each is
# an occasion of its own, even told in one sentence with another (`modes_compatible`).
ENCOUNTER_MODES = frozenset({"phone", "visit", "host", "meet", "multilateral", "third-party"})
