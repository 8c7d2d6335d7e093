"""When a mention reports the same real-world event as a canonical event, or the event a plan fulfils.

The rules are conservative on purpose: a wrong merge hides a real event and mixes the evidence of two,
while a missed merge only leaves a duplicate that a later, more precise mention may still join.

- type: the same PLOVER type, or in one sentence two of one family (`FAMILIES`: SANCTION and COERCE,
  REJECT and ACCUSE, AGREE and SUPPORT); mode: equal, or missing on one side ("held talks" joins a phone call,
  a phone call never joins a visit), or in one sentence two modes of an act other than an encounter
  (round 13: "condemned ..., stating that it violates ..."), except that a report without a mode
  never joins a visit or its hosting (`TRIP_MODES`): "the talks" held during a visit are an event
  of their own, as news tells it; and a visit and the hosting of its named visitor, both dated to a
  week or told in neighbouring sentences, are one trip (`one_trip`);
- modality: equal; a plan (planned, hoped) and the asserted event are *linked*, not merged, except
  that a plan dated to one week at most and the asserted event of that same week are one event
  (`folds`): "will sign the deal on Saturday" is an earlier report of the signing on Saturday; and
  one dated to a week inside another article's uncertain-day window (`inside`, round 9) folds with
  it where the index finds it the one such event (`index.CanonicalIndex._within`); in neighbouring
  sentences of one article, a plan with no date of its own folds with the event held dated to a
  week (`undated_plan`, round 11: "the visit will last two days" after "arrived on Sunday"), and
  a plan told in a past tense with no day of its own does not fold there (`past_plan`); a
  hypothetical report there asks about the claim or the denial beside it (`asks`, round 11); a
  vague report folds with the one plan or event held of the pair dated to a week, a week its text
  states, not one its tense alone gave (`stated_week`, round 12);
- date: the intervals overlap (or, for two reports of one modality from different articles, both
  dated to a week, miss each other by a day, an encounter aside: `next_day`, round 31), and at least
  one of them is dated (bounded on both sides, within a year: `dated`), unless both come from the
  same article: "unknown" overlaps everything and would otherwise glue every undated report of a
  dyad together, and an open or years-wide interval says as little (two such reports from different
  articles stay apart; a vague report joins another article's event only as the one it can be,
  `index.CanonicalIndex._sole`, two vague ones only when they tell the same known mode), or where
  the two report it in the same sentence word for word (`verbatim`: wire copy two outlets reprint,
  round 8); in one article, a year the text names and a window a past tense alone gave that the
  year does not hold are the story's background and its news (`background_year`, round 23);
- location: missing or unplaced (no country) on one side, the same name, or the same country; not
  asked of neighbouring sentences of one article (`near`, round 6b), where a place often belongs to
  another noun of the sentence ("discussed the coming summit in Delhi" after the meeting in Washington);
- actors: the same set of countries (the dyad), or across articles a dyad of two participants or more
  inside one of at most `NEST_MAX` (`sub_dyads`, round 9: the pair, and the pair with its mediator),
  and every actor of the smaller side matches one of the larger side (reports often leave out the
  delegation); across articles too, a report naming only the target of a directed act (or only the
  visitor of a trip, or the source of an act of force dated to a week, round 24) nests in the pair's
  report of it where both are dated, one inside the other, of one mode, each actor it names strongly
  matched on its side (`_halves`, round 12: "the Japanese ambassador was summoned" and "China
  summoned Japan's ambassador"), and so it does within one
  article, told far from the pair's report (round 22: the accusation told again paragraphs later
  in a passive, "Rwanda has been accused of ..."); with at least one *strong* match:
    strong  the same knowledge-base id; the same country-level actor; an unnamed person
            (id None or kind "role") with the same country and the same non-empty role as the other;
            two persons without an id, of one country and with the same full name (`same_person`);
    weak    a country-level actor ("Russia") and any actor of that country, or an unnamed person
            without a role; a weak match counts only when another actor matches strongly, so
            "Russia and Pakistan held talks" does not swallow a Putin-Khan call on its own;
  two role phrases of one country's envoy, "the ambassador" and "the envoy" (read as a special
  envoy), are one office (`_one_post`, round 26), and either is a person of that country whose
  post on the date is not known (round 27); two names of one country's armed forces (a
  sector group, a named force) are one actor (`_one_force`, round 27);
  sides must agree (a participant agrees with anything), except for the mutual types below, where
  "A called B" and "B called A" are the same call, and across articles for a report naming its
  parties all on one side, both dated, one interval inside the other (`_directionless`, round 27),
  and for two reports of an assault naming the same two countries or more, wherever told (`_clash`,
  round 30: a fight is told from either side).

In one sentence, a report naming only people no country or knowledge-base entry places ("killing
four people and wounding six children") is the report of its type there (`_bystanders`, round 26).
In one sentence, two reports of one type that name an actor in common on one side (or a country and
an actor of it) are one act, whatever third party each reading took from the sentence (`_one_actor`,
round 29: "shelled Istan's posts, killing two Velian observers"), and two of one type naming the same
countries are one act whichever way round each reading put the sides, a trip aside (`_read_both_ways`,
round 30: "clashed, killing three Istan soldiers and wounding two Norland guards").
In one sentence, a country and any actor of that country match strongly (round 13: one act read twice,
by the pair's names and by the ministers acting for them), and where one of the two reports names a
target only, the sides are not compared (round 16: "opposes all activities that violate Vietnam's
sovereignty" read as a second report, Vietnam its target, of Vietnam's protest). Within one
article, for a mention and an event told in neighbouring sentences (`near`), two rules are relaxed,
because an article tells one event in several sentences, each naming only what it needs:
- a mention whose countries are a subset of the event's (or the other way round) still matches, its
  actors all matching actors of the wider side: "Kishida hailed the plan" beside "Kishida thanked Yoon
  for the plan", a headline naming one country before the sentence naming both presidents;
- a country-level actor and its named head of state or government match strongly: "Uzbekistan"
  in the headline and President Mirziyoyev in the body, "the US threatened" and "Trump threatened".
  A country and a minister or an unnamed official stay weak: "India and the US held their dialogue"
  is not the foreign minister's meeting told beside it. In two reports of an act of force, a
  country and its own armed forces match strongly too (`_armed_by`, round 28): "Norland and Istan
  clashed" beside "skirmishes between Norland and Istan troops"; across articles, where both name
  the pair or one names its source alone.
An accord or a pledge told as one more ("the two ministers also agreed to ...", `one_more`, round 15)
joins no event holding another sentence of its article, and another article's event only where
their sentences tell the same object (`same_object`); an event it began likewise.
The other rules (type, mode, modality, sides, dates) still apply. Far apart, a report given the story's
other country (one its sentence does not name: `stated`) matches on the actors its sentences name only
(`index._stated_alike`).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import timedelta
from itertools import combinations
from typing import Protocol

from dateline.actors.lexicon import ENVOY_ROLES
from dateline.events.parties import (
    ADDITIVES,
    ONE_MORE_TYPES,
    anchor,
    dyad,
    modes_compatible,
    named,
    named_ids,
)
from dateline.records import (
    Actor,
    CanonicalEvent,
    DateInterval,
    EventActor,
    EventMention,
    Location,
    MentionRef,
    Side,
)
from dateline.time.event_date import STEPPED_BACK
from dateline.time.tense import Tense

NONE, WEAK, STRONG = 0, 1, 2

# Types whose source/target order carries no meaning in news reports of them.
MUTUAL_TYPES = frozenset({"CONSULT", "COOPERATE"})
# The calendar months an interval may touch and still be dated (a year); wider, it is vague.
MONTH_CAP = 12
# The roles news names a country for ("Russia agreed" for its president): the actors' KB roles.
LEADERS = frozenset({"head of state", "head of government"})
# Within an article the actor rules relax only for sentences this close (characters between their
# starts, four or five sentences of news text): an article tells one event in neighbouring sentences,
# while a sentence paragraphs away often brings in an earlier or a side event of the same type.
NEAR = 800
# Modalities whose events a later asserted event may fulfil: linked through `related`.
PLANS = frozenset({"planned", "hoped"})
# A plan and the event held that are both dated this narrowly (days between first and last day) are
# reports of one occurrence; wider, "a visit planned for February" may be any of several.
FOLD_DAYS = 7
# The modality a mention of each may fold into (`folds`); hopes are never folded.
FOLDS_WITH = {"planned": "asserted", "asserted": "planned"}


class EventLike(Protocol):
    """What EventMention and CanonicalEvent have in common, and all these rules read."""

    type: str
    mode: str | None
    modality: str
    actors: list[EventActor]
    date: DateInterval
    location: Location | None
    topics: list[str]


def _unnamed(a: Actor) -> bool:
    return a.kind == "role" or (a.id is None and a.kind != "country")


# The key a report of two countries naming no person is also filed under for the one-event rule
# (`index._sole`): the pair itself.
PAIR = "*"


def sole_keys(actors: list[EventActor]) -> list[str]:
    """What ties a vague report to the one event it can be: its named actors, or `PAIR` when it
    names none and two countries (or bodies) or more."""
    ids = named_ids(actors)
    return [PAIR] if not ids and len(dyad(actors)) > 1 else ids


def filed_keys(actors: list[EventActor]) -> list[str]:
    """The keys a record is filed under for the one-event rule: its named actors, and `PAIR` for
    any record of two countries (or bodies) or more, whether or not it names a person."""
    ids = named_ids(actors)
    return [*ids, PAIR] if len(dyad(actors)) > 1 else ids


# Words of a trigger too light to say which act it names: the light verbs, whose object carries the
# act ("held talks" and "held a meeting" share no act, "hosted" and "hosting" do), and the function
# words of four letters or more that trigger phrases hold ("met with", "their commitment").
LIGHT = frozenset({"have", "held", "hold", "make", "made", "take", "took", "give", "gave", "with", "their"})
# Letters of a trigger word compared: inflections ("hosted", "hosting") share them.
STEM = 4


def stems(triggers: Iterable[str]) -> set[str]:
    """The stems of a mention's or an event's trigger words (`STEM` letters), light words left out."""
    words = (w.casefold() for t in triggers for w in re.findall(r"[^\W\d_]+", t))
    return {w[:STEM] for w in words if len(w) >= STEM and w not in LIGHT}


def corroborated(a: EventLike, b: EventLike, a_triggers: Iterable[str], b_triggers: Iterable[str]) -> bool:
    """Does the report's own content agree with the event's on one thing the pair's other occasions
    need not share? Asked where only the pair of countries ties a vague report to an event (`PAIR`):
    two countries meet, agree and accuse on many occasions, and the report that names neither a
    person nor its day is one of them only where it tells the same occasion: the same mode of
    encounter (both known), the same place (both known), a topic in common, or a trigger of the
    same act ("hosted" and "hosting", not "held talks" and "held a meeting")."""
    if a.mode is not None and a.mode == b.mode:
        return True
    if a.location is not None and b.location is not None:
        if a.location.name.casefold() == b.location.name.casefold():
            return True
        if a.location.country is not None and a.location.country == b.location.country:
            return True
    if not set(a.topics).isdisjoint(b.topics):
        return True
    return not stems(a_triggers).isdisjoint(stems(b_triggers))


# A sentence of at least this many words told word for word in two articles is one wire report
# (`verbatim_keys`); shorter ones ("The talks were held on Monday.") are said of many occasions.
VERBATIM_WORDS = 8


def verbatim(event_type: str, sentence: str) -> int | None:
    """A report's sentence word for word (case, punctuation and quote marks aside) with its type, as
    a 64-bit number, or None for a sentence of fewer than `VERBATIM_WORDS` words. Outlets reprint
    wire copy with their own headline, intro and cuts, so two articles may be too different to be
    near-duplicates (`copies.py`) while their sentences are the same; such a sentence tells one
    event, whatever each outlet's publication date made of its relative dates (`index`, round 8)."""
    return _told(event_type, _words(sentence))


_WORD = re.compile(r"[^\W_]+")


def _words(sentence: str) -> list[str]:
    """The words `verbatim` and `near_verbatim` compare: case, punctuation and quote marks aside."""
    return _WORD.findall(sentence.casefold())


def _told(event_type: str, words: list[str]) -> int | None:
    if sum(not w.isdigit() for w in words) < VERBATIM_WORDS:
        return None
    return _digest(f"{event_type}|{' '.join(words)}")


def _digest(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big")


# A sentence of at least this many words is also known by its first and by its last `VERBATIM_WORDS`
# words (`verbatim_parts`, round 18): outlets reprint a wire or a ministry's sentence with an edit or
# two ("published Friday", "published on Friday"), and one end of it stays word for word.
NEAR_VERBATIM_WORDS = 14
# The share of their words (the union's) two such sentences must have in common (`near_verbatim`).
NEAR_VERBATIM_SHARE = 0.8


def verbatim_parts(event_type: str, sentence: str, trigger: str = "") -> list[int]:
    """`verbatim` of the sentence, and for a sentence of `NEAR_VERBATIM_WORDS` words or more its first
    and its last `VERBATIM_WORDS` words with its type: the keys a sentence reprinted with an edit
    still shares with the original (`near_verbatim` then compares them whole). With its `trigger`,
    also the `trigger_windows` of the sentence (round 19)."""
    words = _words(sentence)
    told = _told(event_type, words)
    if told is None:
        return []
    keys = [told, *trigger_windows(event_type, words, trigger)]
    if len(words) < NEAR_VERBATIM_WORDS:
        return keys
    head, tail = " ".join(words[:VERBATIM_WORDS]), " ".join(words[-VERBATIM_WORDS:])
    return [*keys, _digest(f"{event_type}|<{head}"), _digest(f"{event_type}|>{tail}")]


# Consecutive words around a report's trigger that two outlets' sentences must share to be one
# quotation or one wire phrase reprinted in a sentence of their own (`trigger_windows`, round 19).
WINDOW_WORDS = 8


def trigger_windows(event_type: str, words: list[str], trigger: str) -> list[int]:
    """Each run of `WINDOW_WORDS` consecutive words of a sentence (`_words`) holding its trigger's
    first word, with the type and the trigger, as 64-bit numbers. Outlets quote one statement, or
    reprint one wire phrase, inside sentences of their own ("the government said Aldoria would never
    blockade Bervania or allow any harm to reach its ports", "'We would never blockade Bervania or
    allow any harm to reach its ports,' the adviser said"): the sentences differ as wholes
    (`near_verbatim`), the phrase that tells the act does not (`index.CanonicalIndex._quoted`).
    Six words around a trigger were shared by reports of two acts on dev (a background phrase on
    earlier expulsions, told in two articles); eight were not."""
    told = _words(trigger)
    if not told:
        return []
    head = told[0]
    label = " ".join(told)
    starts = {
        s
        for i, w in enumerate(words)
        if w == head
        for s in range(max(0, i - WINDOW_WORDS + 1), min(i, len(words) - WINDOW_WORDS) + 1)
    }
    return [_digest(f"{event_type}|[{label}|{' '.join(words[s : s + WINDOW_WORDS])}") for s in sorted(starts)]


def shared_window(event_type: str, a: str, a_trigger: str, b: str, b_trigger: str) -> bool:
    """Do two sentences share a run of words around one trigger (`trigger_windows`)?"""
    x = trigger_windows(event_type, _words(a), a_trigger)
    return bool(x) and not set(x).isdisjoint(trigger_windows(event_type, _words(b), b_trigger))


def near_verbatim(a: str, b: str) -> bool:
    """Do two sentences share `NEAR_VERBATIM_SHARE` of their words (one sentence reprinted with an
    edit or two)?"""
    x, y = set(_words(a)), set(_words(b))
    return bool(x | y) and len(x & y) >= NEAR_VERBATIM_SHARE * len(x | y)


def verbatim_keys(event_type: str, sentence: str, trigger: str = "") -> list[str]:
    """The block keys of `verbatim_parts`: `TYPE|"<hex>` (`blocking`)."""
    return [f'{event_type}|"{told:016x}' for told in verbatim_parts(event_type, sentence, trigger)]


def actor_match(x: Actor, y: Actor) -> int:
    """NONE, WEAK or STRONG (see the module docstring)."""
    if x.kind == "country" or y.kind == "country":
        if x.kind == y.kind:
            return STRONG if anchor(x) == anchor(y) else NONE
        return WEAK if x.country is not None and x.country == y.country else NONE
    if same_person(x, y):
        return STRONG
    if _unnamed(x) or _unnamed(y):
        if x.country != y.country or not (x.role == y.role or _one_post(x, y)):
            return NONE
        if x.sector and y.sector and x.sector != y.sector:
            return NONE
        if x.country is None and x.name.casefold() != y.name.casefold():
            return NONE
        return STRONG if x.role or y.role else WEAK
    if _one_force(x, y):
        return STRONG
    return STRONG if x.id == y.id else NONE


# The kinds of actor a country's armed forces are told as: a sector group ("Iran (MIL)", read from
# "Iranian forces") or a named force of the knowledge base ("Islamic Revolutionary Guard Corps").
FORCE_KINDS = frozenset({"group", "organization"})
MILITARY = "MIL"


def _force_of(a: Actor, country: str | None) -> bool:
    """Is `a` an armed force (`FORCE_KINDS`, sector `MILITARY`) of `country`?"""
    return a.kind in FORCE_KINDS and a.sector == MILITARY and a.country is not None and a.country == country


def _one_force(x: Actor, y: Actor) -> bool:
    """Two names of one country's armed forces (`FORCE_KINDS`, sector `MILITARY`): outlets tell the
    strike of "Norland's troops" and of "the Norland army" of one act (round 27)."""
    return _force_of(x, y.country) and _force_of(y, x.country)


def _armed_by(x: Actor, y: Actor) -> bool:
    """A country-level actor and a force of that country (`FORCE_KINDS`, sector `MILITARY`)? In an act
    of force (`FORCE_TYPES`) the state acts through its forces, and news names either ("Norland and
    Istan clashed on the border", "skirmishes between Norland and Istan troops"; "the Guards shot
    down the drone", "Norland shot down an Istan drone"; round 28), as it names a country for its
    leader (`_speaks_for`). A country and its ministry, or another country's forces, stay weak or
    apart."""
    country, force = (x, y) if x.kind == "country" else (y, x)
    return country.kind == "country" and _force_of(force, country.country)


def _one_post(x: Actor, y: Actor) -> bool:
    """One country's envoy to another state told under the titles news gives the post (`ENVOY_ROLES`)
    by both, or by one, the other naming a person whose post on the date the knowledge base does not
    give (role None)? The titles file reads a bare "envoy" as a special envoy, while news of a summons,
    a recall or an expulsion calls the ambassador "the envoy" ("Istan summons Borda envoy" beside
    "summoned Borda's ambassador", round 26); and it names the envoy by post in one report and by
    name in another ("Borda's ambassador", "Tomas Ferrand", a diplomat of the Phoenix-derived
    entries, round 27). A named person whose post is known keeps it (round 17)."""
    ex, ey = _envoy_post(x), _envoy_post(y)
    return (ex or ey) and (ex or _unposted(x)) and (ey or _unposted(y))


def _envoy_post(a: Actor) -> bool:
    """A role phrase under an envoy's title ("Borda's ambassador", "the envoy")?"""
    return a.kind == "role" and a.role in ENVOY_ROLES


def _unposted(a: Actor) -> bool:
    """A person whose post on the date the knowledge base does not give?"""
    return a.kind == "person" and not a.role


def same_person(x: Actor, y: Actor) -> bool:
    """Two persons the knowledge base does not know, of one country and named alike in full ("Lucien
    Varnet")? One person, whatever office each outlet gives him ("French envoy Lucien Varnet", "the
    French Ambassador in Niamey, Lucien Varnet"): outlets name a diplomat's post loosely, and the role
    alone kept the two reports of his expulsion apart (round 17). A role phrase ("the minister",
    kind `role`) is no name and still matches on its office."""
    return (
        x.kind == y.kind == "person"
        and x.id is None
        and y.id is None
        and x.country is not None
        and x.country == y.country
        and x.name.casefold() == y.name.casefold()
    )


def _speaks_for(x: Actor, y: Actor) -> bool:
    """A country-level actor and its named head of state or government (known to match weakly)."""
    country, person = (x, y) if x.kind == "country" else (y, x)
    return (
        country.kind == "country"
        and person.kind == "person"
        and person.id is not None
        and (person.role in LEADERS)
    )


def sides_agree(a: Side, b: Side, mutual: bool) -> bool:
    return mutual or a == b or a == "participant" or b == "participant"


# A report of a pair joins another article's report of that pair with a third party (round 9,
# `nests`) only for dyads this small: "Borrell met Vucic and Kurti" and "Vucic and Kurti met".
NEST_MAX = 4


def sub_dyads(d: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The dyads a report of `d` may nest across articles (`actors_compatible(nests=True)`): its
    proper sub-dyads of two participants or more, for dyads of at most `NEST_MAX`; and for a pair,
    each of its two (a report of one side of the pair's act, `one_sided`, round 12)."""
    if len(d) == 2:
        return [(d[0],), (d[1],)]
    if not 2 < len(d) <= NEST_MAX:
        return []
    return [c for n in range(2, len(d)) for c in combinations(d, n)]


# The side a report naming one side only may be read from the content of the act told in its
# sentence (`actors_compatible`, together): a passive or a noun's complement.
TARGET_ONLY: Side = "target"


def one_side(actors: list[EventActor]) -> Side | None:
    """The one side of a directed act a report names, if it names one only ("the Japanese ambassador
    was summoned": target; "Macron made a trip to Beijing": source)."""
    sides = {ea.side for ea in actors}
    return next(iter(sides)) if len(sides) == 1 and "participant" not in sides else None


def actors_compatible(
    a: list[EventActor],
    b: list[EventActor],
    mutual: bool,
    nearby: bool = False,
    nests: bool = False,
    halves: frozenset[str] = frozenset(),
    together: bool = False,
    force: bool = False,
) -> bool:
    """`nearby`: told in neighbouring sentences of one article (the dyads may nest, a country and its
    leader match strongly: module docstring). `force`: two reports of an act of force, where a
    country and its own forces match strongly (`_armed_by`, round 28). `together`: told in one
    sentence, where a country and any actor of that country match strongly (round 13: "Australia and
    India will hold the dialogue ... Payne will meet Jaishankar" read twice from one sentence names
    one pair two ways), and the sides are not compared where one report names a target only (round
    16). `nests`:
    across articles, the dyads may nest where the narrower names two participants at least
    (`sub_dyads`): a report of the pair and one that also names the mediator, the host or the party
    the pair addressed (round 9)."""
    if not a or not b:
        return False
    da, db = set(dyad(a)), set(dyad(b))
    half = False
    if da == db:
        small, large = (a, b) if len(a) <= len(b) else (b, a)
    elif (nearby or (nests and min(len(da), len(db)) > 1 and max(len(da), len(db)) <= NEST_MAX)) and (
        da < db or db < da
    ):
        small, large = (a, b) if da < db else (b, a)  # every actor of the narrower report must match
    elif halves and not mutual and {len(da), len(db)} == {1, 2} and (da < db or db < da):
        small, large = (a, b) if da < db else (b, a)
        if one_side(small) not in halves:
            return False
        half = True
    else:
        return False
    # One sentence, one report naming a target only (round 16): the content of the act read as a
    # second report of it ("opposes all activities that violate Vietnam's sovereignty", "accused
    # Ruto ... which violates Sudan's sovereignty"), its side the clause's, not the act's; the
    # countries are compared and the sides not. A source alone ("Xi urges ..., while von der Leyen
    # calls on China") is a subject of its own and keeps its side.
    loose = together and TARGET_ONLY in (one_side(a), one_side(b))
    # In two reports of an act of force, a country stands for its own forces (`_armed_by`, round 28)
    # where they are told in neighbouring sentences, both name two countries or more, or one names
    # its source alone (nesting as `_halves` lets it); one country's reports alone ("Norland's troops
    # fired", "Norland killed two"), or a target alone, may be two clashes of the week.
    armed = force and (nearby or (one_side(small) == "source" if half else min(len(da), len(db)) > 1))
    strong = False
    for x in small:
        best = NONE
        for y in large:
            if sides_agree(x.side, y.side, mutual or loose):
                m = actor_match(x.actor, y.actor)
                if m == WEAK and (
                    together
                    or (nearby and _speaks_for(x.actor, y.actor))
                    or (armed and _armed_by(x.actor, y.actor))
                ):
                    m = STRONG
                best = max(best, m)
                if best == STRONG:
                    break
        if best == NONE or (half and best != STRONG):
            return False
        strong = strong or best == STRONG
    return strong


def _bystanders(actors: list[EventActor]) -> bool:
    """Does a report name only people no country or knowledge-base entry places ("killed two children
    and injured three girls", "detained activists")? Told in one sentence with a report of its type,
    they are whom that act struck, read as a second report of it (round 26)."""
    return bool(actors) and all(ea.actor.country is None and ea.actor.id is None for ea in actors)


def _one_actor(a: list[EventActor], b: list[EventActor]) -> bool:
    """Do two reports told in one sentence name an actor in common, or a country and an actor of it
    (any match, `actor_match`), on the same side (`sides_agree`)? The coder reads one act twice from
    a sentence ("Norland's army shelled Istan's posts, killing two Velian observers"), each reading
    with the participants its clause names, a third party among them (round 29). The actor must keep
    its side: "looked forward to Varo's visit to Istan and his own visit to Norland" tells two trips,
    Varo the visitor of one and his country the host of the other."""
    return any(
        sides_agree(x.side, y.side, False) and actor_match(x.actor, y.actor) != NONE for x in a for y in b
    )


def _read_both_ways(a: EventLike, b: EventLike) -> bool:
    """Are two reports told in one sentence of one type and the same countries (`dyad`) readings of
    one act whose sides the coder read each way round ("Norland and Istan troops clashed, killing
    three Istan soldiers and wounding two Norland guards": the killing read from Norland, the
    wounding from Istan)? Their sides are then not compared (round 30), as for the mutual types. Not
    for a trip, whose direction is its content: "Varo visited Istan last year and Ostrander visited
    Norland this week" tells two visits of one pair."""
    return a.type == b.type and "visit" not in (a.mode, b.mode) and set(dyad(a.actors)) == set(dyad(b.actors))


def _clash(a: EventLike, b: EventLike) -> bool:
    """Are two reports of an assault naming the same two countries or more (`dyad`) one fight told
    from either side ("Norland shelled Istan's border posts" and "Istan troops fired on Norland
    positions")? Their sides are then not compared (round 30), wherever they are told: an exchange of
    fire is read from whichever side each sentence names first."""
    countries = set(dyad(a.actors))
    return a.type == b.type == "ASSAULT" and len(countries) > 1 and countries == set(dyad(b.actors))


def dated(d: DateInterval) -> bool:
    """Bounded on both sides and within MONTH_CAP calendar months: not vague."""
    if d.start is None or d.end is None:
        return False
    months = (d.end.year - d.start.year) * 12 + d.end.month - d.start.month
    return 0 <= months < MONTH_CAP


def bounded(d: DateInterval) -> bool:
    return d.start is not None and d.end is not None


# The acts in which a pair meets (calls, meetings, visits): the occasions its other acts are made on.
ENCOUNTERS = frozenset({"CONSULT"})

# Two reports of one act dated to a week at most whose intervals miss each other by this much are
# still one act (`next_day`, round 31).
NEXT_DAY = timedelta(days=1)


def next_day(a: DateInterval, b: DateInterval) -> bool:
    """Are two intervals dated to a week at most (`narrow`) apart, one ending the day before the
    other starts? Outlets date one act a day apart: a next-day report's "yesterday" read against a
    publication day one off, a time zone's date line, an act announced late in the evening. Two
    reports of one type, pair and modality so dated are one act (`same_event`, round 31), told in
    two articles and other than an encounter (`ENCOUNTERS`): a pair's calls or talks on consecutive
    days are two occasions (round 10), and one article telling two days tells two acts."""
    if not (narrow(a) and narrow(b)):
        return False
    return a.end + NEXT_DAY == b.start or b.end + NEXT_DAY == a.start  # type: ignore[operator]


def widened(d: DateInterval) -> DateInterval:
    """`d` a day longer on each side where it is dated to a week at most: the days a report of the
    same act may be dated to (`next_day`), which the index looks through for its candidates."""
    if not narrow(d):
        return d
    return replace(d, start=d.start - NEXT_DAY, end=d.end + NEXT_DAY)  # type: ignore[operator]


def dates_compatible(
    a: DateInterval,
    b: DateInterval,
    same_article: bool,
    sole: bool = False,
    same_mode: bool = False,
    slack: bool = False,
) -> bool:
    """`sole`: asked for the one event a vague report can be (`index.CanonicalIndex._sole`), where
    an interval bounded on both sides, however wide, beside an open one is enough, and two open or
    unknown intervals are where both reports tell the same known mode of encounter (`same_mode`,
    round 10: "Tokayev and Mirziyoyev spoke by phone" in two articles without a date is the one call
    of theirs on record; `_crowded` still keeps it apart from a window holding another occasion).
    `slack`: two reports of one modality, where intervals a day apart are one act's (`next_day`)."""
    if not (a.overlaps(b) or (slack and next_day(a, b))):
        return False
    return same_article or dated(a) or dated(b) or (sole and (bounded(a) or bounded(b) or same_mode))


def locations_compatible(a: Location | None, b: Location | None) -> bool:
    """Missing or unplaced on one side (a place the gazetteer gives no country: "the National
    Palace", "Korea" beside "South Korea" — it can contradict nothing), the same name, or the same
    country."""
    if a is None or b is None or a.country is None or b.country is None:
        return True
    if a.name.casefold() == b.name.casefold():
        return True
    return a.country is not None and a.country == b.country


# The two ends of one trip: PLOVER's `host` is "host a visit", the visit its guest pays, told from the
# host's side ("Sisi received Erdogan", "Erdogan arrived in Cairo"). One trip, one event, kept as the visit.
# Since round 10 the default coder already codes a hosted guest as the guest's visit (events/modes.py);
# this stays for coders that keep PLOVER's `host` (a user's LLM coder, PLOVER-coded records).
CONVERSE_MODES = frozenset({"visit", "host"})


def one_trip(a: EventLike, b: EventLike, nearby: bool = False) -> bool:
    """Are a `visit` and a `host` report the two ends of one trip (round 10)? Only reports that it
    happened (a plan to host is often of a meeting: "will host the dialogue", "to receive the
    ministers for the talks"), where the hosting names its guest, a person the knowledge base
    knows, as its target and the visit names that person as the visitor (its source), and both are
    dated to a week at most (`narrow`; a trip lasts days, and a hosting dated to a month may be
    another visit of the pair) or told in neighbouring sentences of one article (`nearby`, where
    the article tells one trip): "Erdogan arrived in Cairo" and "Sisi received Erdogan", not "India
    will host the dialogue with Australia" beside the Australian ministers' visit (a hosted meeting
    names no guest), nor "X visited Y" beside "Y visited X" hosted by X."""
    if a.mode == b.mode or a.mode not in CONVERSE_MODES or b.mode not in CONVERSE_MODES:
        return False
    if a.modality != "asserted" or b.modality != "asserted":
        return False
    if not (nearby or (narrow(a.date) and narrow(b.date))):
        return False
    visit, host = (a, b) if a.mode == "visit" else (b, a)
    guests = {ea.actor.id for ea in host.actors if ea.side == "target" and named(ea.actor)}
    return any(ea.side == "source" and ea.actor.id in guests for ea in visit.actors)


def _same_mode(a: EventLike, b: EventLike) -> bool:
    return a.mode is not None and a.mode == b.mode


def trip_mode(a: str | None, b: str | None) -> str | None:
    """The mode an event keeps when a report of mode `b` joins it (mode `a`): the first known, except
    that the visit wins over its hosting (`one_trip`): PLOVER and the news gold code one trip once."""
    if a is None:
        return b
    return "visit" if {a, b} == CONVERSE_MODES else a


# Types news gives one act under in one sentence (round 7): "imposed a travel ban and revoked the
# visas" is one set of measures coded COERCE and SANCTION, "protested and rejected the claim" one
# protest coded ACCUSE and REJECT, "agreed to and signed the accord" one accord coded AGREE and
# SUPPORT. Types of one family (`type_family`) merge only when told in one sentence (`types_compatible`).
FAMILIES = {
    "SANCTION": "measures",
    "COERCE": "measures",
    "REJECT": "verbal conflict",
    "ACCUSE": "verbal conflict",
    "AGREE": "accord",
    "SUPPORT": "accord",
}


def type_family(event_type: str) -> str:
    """The family a type's events are merged in: its `FAMILIES` entry, or the type itself. Events of
    two families never meet, so the Ray engine merges family by family (`dateline.scale`)."""
    return FAMILIES.get(event_type, event_type)


def types_compatible(a: str, b: str, together: bool = False) -> bool:
    """The same type, or, told in one sentence (`together`), two types of one family."""
    return a == b or (together and type_family(a) == type_family(b))


def _alike(
    a: EventLike,
    b: EventLike,
    same_article: bool,
    nearby: bool = False,
    sole: bool = False,
    together: bool = False,
    nests: bool = False,
    slack: bool = False,
) -> bool:
    """Everything but modality. `together`: told in one sentence, where types of one family are one
    act (`types_compatible`); the modes of two types are not compared (each type has its own).
    `nests`: see `actors_compatible`; `slack`: see `dates_compatible`."""
    return (
        types_compatible(a.type, b.type, together)
        and (a.type != b.type or modes_compatible(a.mode, b.mode, together) or one_trip(a, b, nearby))
        # A day off across articles only, and not for encounters (`next_day`, round 31).
        and dates_compatible(
            a.date,
            b.date,
            same_article,
            sole,
            sole and _same_mode(a, b),
            slack and not same_article and a.type not in ENCOUNTERS,
        )
        # One article's tenses place its events on either side of its publication (round 11); a
        # plan and the event held are the exception the fold rules judge (`folds`).
        and not (same_article and a.modality == b.modality and opposite_tenses(a.date, b.date))
        # "Previously, ..." steps back from the story: an event before the story's own (round 14)
        and not (same_article and stepped_back(a.date, b.date))
        and not (same_article and background_year(a.date, b.date))
        # Neighbouring sentences of one article: the place may be another noun's (module docstring).
        and (nearby or locations_compatible(a.location, b.location))
        and (
            # One sentence, one type: people no country places are whom the act struck (round 26).
            (together and a.type == b.type and (_bystanders(a.actors) or _bystanders(b.actors)))
            # One sentence read twice: an actor in common, on one side, makes it one act, whoever
            # else each reading took from the sentence's other nouns (round 29).
            or (together and a.type == b.type and _one_actor(a.actors, b.actors))
            or actors_compatible(
                a.actors,
                b.actors,
                _mutual(a, b)
                or (nests and _directionless(a, b))
                or (together and _read_both_ways(a, b))
                or _clash(a, b),
                nearby,
                nests,
                _halves(a, b) if nests or same_article else frozenset(),
                together,
                a.type in FORCE_TYPES and b.type in FORCE_TYPES,
            )
        )
    )


# The sides a one-sided report may name and still nest across articles (`_halves`): the target of an
# act ("the ambassador was summoned", "China was urged") is whom the act was done to, the one report
# of it the pair's report tells; a source alone ("Japan protested") may have acted towards anyone,
# except on a trip ("the Norland president travelled in April"), which the pair's report of the visit names,
# or for a material act of force where both reports are dated to a week at most (`FORCE_TYPES`,
# `narrow`, round 24): "the Guards seized a tanker on Friday" is the seizure of the British tanker
# another outlet told that day, its target a ship, a drone or a base the coder gives no country;
# dated to a month or a year it may be any of the source's acts (an annexation, a seizure years
# before), and a protest lodged on Thursday, told without its addressee, may be towards anyone.
HALF_SIDES = frozenset({"target"})
TRIP_HALF_SIDES = frozenset({"target", "source"})
FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})


def _halves(a: EventLike, b: EventLike) -> frozenset[str]:
    """The sides a one-sided report may name and nest in the other across articles (`actors_compatible`,
    round 12), or far apart in one article (round 22; near, any subset nests): both dated, one
    interval inside the other, the same mode; a source alone too on a trip, or of an act of force
    where both are dated to a week at most (round 24)."""
    x, y = a.date, b.date
    if a.mode != b.mode or not _one_inside(x, y):
        return frozenset()
    force = a.type in FORCE_TYPES and b.type in FORCE_TYPES and narrow(x) and narrow(y)
    return TRIP_HALF_SIDES if a.mode == "visit" or force else HALF_SIDES


def _one_inside(x: DateInterval, y: DateInterval) -> bool:
    """Both dated (`dated`), one interval inside the other (`inside_span`)?"""
    return dated(x) and dated(y) and (inside_span(x, y) or inside_span(y, x))


def inside_span(x: DateInterval, y: DateInterval) -> bool:
    """Does `x` lie inside `y` (both bounded)?"""
    return (
        x.start is not None
        and y.start is not None
        and x.end is not None
        and y.end is not None
        and (y.start <= x.start and x.end <= y.end)
    )


def halved(x: EventLike) -> bool:
    """May a one-sided report nest in this one (`_halves`)? Not where its actors may stand on either
    side (`_mutual` of two reports of its mode): the store files it under its one-sided dyads only
    then (`blocking.nested_keys`)."""
    return x.type not in MUTUAL_TYPES or x.mode == "visit"


def sideless(actors: list[EventActor]) -> bool:
    """Does a report name two parties or more (`dyad`), all on one side (`one_side`)?"""
    return one_side(actors) is not None and len(dyad(actors)) > 1


def _directionless(a: EventLike, b: EventLike) -> bool:
    """Does one of two reports of other articles tell no direction, naming its parties all on one
    side (`sideless`: "the Norland ambassador to Istan was expelled" reads both countries as
    targets, "Norland's and Istan's troops clashed" both forces as sources), where both are dated,
    one interval inside the other (as a one-sided report nests, `_halves`)? Its sides are then not
    compared with the other's (round 27). Dated wider or apart, or told in one article, such a
    phrase is as often another act of the pair ("the case threatens relations between the two").
    """
    return (sideless(a.actors) or sideless(b.actors)) and _one_inside(a.date, b.date)


def _mutual(a: EventLike, b: EventLike) -> bool:
    """May the two name their actors on either side? Talks are mutual, a trip is not: two visits of
    the pair go one way (the visitor is the source), else the host's own trip to the guest's capital
    would join the visit he hosted (round 10, once hostings are coded as the guest's visit)."""
    return a.type in MUTUAL_TYPES and not (a.mode == b.mode == "visit")


def same_event(
    a: EventLike,
    b: EventLike,
    same_article: bool = False,
    nearby: bool = False,
    sole: bool = False,
    together: bool = False,
    nests: bool = False,
) -> bool:
    """Do the two report one real-world event (and may be merged)? `nearby`: they are told in
    neighbouring sentences of one article (`near`); `sole`: see `dates_compatible`; `together`: in
    the same sentence (types of one family, `types_compatible`); `nests`: see `actors_compatible`."""
    return a.modality == b.modality and _alike(a, b, same_article, nearby, sole, together, nests, slack=True)


def fulfils(a: EventLike, b: EventLike, same_article: bool = False) -> bool:
    """Is one the asserted event the other (planned or hoped) announced? Such pairs are linked."""
    pair = {a.modality, b.modality}
    return "asserted" in pair and len(pair & PLANS) == 1 and _alike(a, b, same_article)


# Modalities a question about an event may be asked of (`asks`): whether the call took place is a
# question about the call a denial or a claim in the same passage tells, not another call.
ANSWERED = frozenset({"asserted", "negated"})


def asks(a: EventLike, b: EventLike, nearby: bool = False) -> bool:
    """Is one a hypothetical report ("whether there was a call between them", "if the two leaders
    meet") told in neighbouring sentences of one article (`nearby`) beside a claim or a denial of
    the same event (round 11)? A passage that asks whether an event happened is about the event it
    claims or denies: one event, of the answer's modality. Apart in the article, or across
    articles, a hypothetical report stays an event of its own (a condition may be of any occasion)."""
    pair = {a.modality, b.modality}
    return nearby and "hypothetical" in pair and len(pair & ANSWERED) == 1 and _alike(a, b, True, nearby)


def answered(event: str, mention: str) -> str:
    """The modality an event keeps when a mention of modality `mention` joins it: a claim or a
    denial answers a hypothetical report (`asks`)."""
    return mention if event == "hypothetical" and mention in ANSWERED else event


def narrow(d: DateInterval) -> bool:
    return d.start is not None and d.end is not None and (d.end - d.start).days <= FOLD_DAYS


def inside(x: DateInterval, y: DateInterval) -> bool:
    """Is `x` dated to a week at most (`narrow`) and inside `y`, a dated window (`dated`) that stands
    for one day the text does not pin down (granularity `range`: "on Saturday" in an article whose
    publication date is only known to lie in some weeks), not a period the text names ("in
    February", "this year": a plan for February may be any of several meetings, and stays linked)?"""
    return (
        narrow(x)
        and dated(y)
        and y.granularity == "range"
        and y.start <= x.start  # type: ignore[operator]
        and x.end <= y.end  # type: ignore[operator]
    )


def folds(
    a: EventLike,
    b: EventLike,
    same_article: bool = False,
    nearby: bool = False,
    together: bool = False,
    sole: bool = False,
    within: bool = False,
) -> bool:
    """Is one a plan and the other the event held, both dated to one week at most, or told in one
    sentence (`together`: "moved ahead with its plans to strike, and struck on Monday", "said they
    were ready for talks and would accept them")? Such pairs are one event, asserted: the plan was
    an earlier report of it. The dates must still overlap: "met on Monday and will meet again" is
    two meetings. `sole`: asked for the one event a vague report can be (`dates_compatible`),
    where one side dated to a week by what its text says is enough (`stated_week`, round 12).
    `within`: asked for the one event held (or plan) of the pair in a dated window
    (`index.CanonicalIndex._within`, round 9), where one side dated to a week inside the other's
    interval is enough: "talks will start in Jeddah on Saturday" from an
    outlet whose Saturday is only known to lie in some weeks is the talks held that Saturday.
    `nearby`: told in neighbouring sentences of one article, a plan whose own clause names no day
    (`undated_plan`) and the event held dated to a week are one event (round 11): "Xi arrived in
    Paris on Sunday" ... "the visit will last two days", "he is to be welcomed at the palace" tell
    the programme of the visit the article reports, not another visit."""
    if together or (nearby and (undated_plan(a, b) or undated_plan(b, a))):
        weeks = True
    elif within:
        weeks = inside(a.date, b.date) or inside(b.date, a.date)
    elif sole:
        weeks = stated_week(a.date) or stated_week(b.date)
    else:
        weeks = narrow(a.date) and narrow(b.date)
    # In one article, a plan told in a past tense beside the event held is the earlier plan of a
    # changed schedule, whatever its date says (`past_plan`, round 11).
    weeks = weeks and not (same_article and not together and (past_plan(a) or past_plan(b)))
    return FOLDS_WITH.get(a.modality) == b.modality and weeks and _alike(a, b, same_article, nearby, sole)


def stated_week(d: DateInterval) -> bool:
    """Dated to a week at most (`narrow`) by something its text says of the day ("on Tuesday",
    "yesterday", "on 11 September"), not by a tense alone (`tense_only`)? A bare "met" or "held
    talks" is put in the week before publication, the window of a report of news, whatever the
    occasion was: "met for the first time on the sidelines of the World Cup", an encounter of two
    years before, looks like last week's. Where one side's week is all that ties a vague plan to the
    one event held of the pair (`folds(sole=True)`), it must be a week the text states (round 12)."""
    return narrow(d) and not tense_only(d)


# A canonical event's date where one mention bounds it names that mention's basis in parentheses
# (`refine._basis`: "intersection of 2 mentions: range from article x (<basis>)").
_INTERSECTION = "intersection of "
_TENSE_ONLY = ", no date in its clause"


def tense_only(d: DateInterval) -> bool:
    """Was the interval read from the tense of its verb alone ("<tense>, no date in its clause: on or
    shortly before publication", `dateline.time.event_date`), for a mention or for an event whose
    date one such mention bounds? An interval two mentions bound together is not (it is narrower
    than either)."""
    return _TENSE_ONLY in _mention_basis(d).partition(":")[0]


def _mention_basis(d: DateInterval) -> str:
    """The basis of the mention that bounds the interval (the one in parentheses of an intersection)."""
    return d.basis.partition(" (")[2] if d.basis.startswith(_INTERSECTION) else d.basis


def stepped_back(x: DateInterval, y: DateInterval) -> bool:
    """Was one date read as before the story by its sentence's opener ("Previously, the speaker
    visited Pakistan", `event_date.STEPPED_BACK`) and the other from a tense alone (the story's own
    undated news)? Their open intervals overlap, but in one article the writer has set them apart."""
    return (_mention_basis(x).startswith(STEPPED_BACK) and tense_only(y)) or (
        _mention_basis(y).startswith(STEPPED_BACK) and tense_only(x)
    )


def background_year(x: DateInterval, y: DateInterval) -> bool:
    """Is one date a year its text names ("annexed the region in 2014") and the other read from a
    past tense alone ("has seized two boats"), a window that year does not hold the end of (an
    article whose publication day is unknown leaves it open)? In one article, the writer who names
    the year of an act tells the story's background; the act told in the bare tense is its news
    (round 23). Where the year holds the window (an act of this year told again) they may be one."""
    return _background(x, y) or _background(y, x)


def _background(year: DateInterval, told: DateInterval) -> bool:
    return (
        year.granularity == "year"
        and stated(year)
        and told_back(told)
        and not (told.end is not None and year.start <= told.end <= year.end)  # type: ignore[operator]
    )


# The bases the time stage gives a date read from a past tense alone ("<tense>, no date in its
# clause: ..."): the day the verb was said, not the day of what it planned.
_PAST_TENSE_BASES = tuple(
    f"{t}{_TENSE_ONLY}" for t in (Tense.PAST, Tense.PRESENT_PERFECT, Tense.PAST_PERFECT)
)


_FUTURE_BASIS = f"{Tense.FUTURE}{_TENSE_ONLY}"


def told_back(x: DateInterval) -> bool:
    """Was a mention's date read from a past tense alone ("Ruritania withdrew four envoys", "after
    the minister's trip to Freedonia": `_PAST_TENSE_BASES`)? Its window is when the story was told (on or
    shortly before publication), and a story tells back the pair's earlier acts in that tense as
    often as its own news (`index.CanonicalIndex._recalled`, round 20). For an event, the mention
    that bounds its date."""
    return _mention_basis(x).startswith(_PAST_TENSE_BASES)


def stated(x: DateInterval) -> bool:
    """Dated (`dated`) by something its text says, not by a tense alone (`tense_only`)."""
    return dated(x) and not tense_only(x)


# How long before a story's window a past tense alone still tells back the pair's stated act
# (`stated_before`): its recent history. Acts of years before ("annexed the region in 2014") are the
# background of a story whose own act of that type it tells in the bare past beside them.
RECALL_DAYS = 366


def stated_before(x: DateInterval, y: DateInterval) -> bool:
    """Is `x` dated by something its text says (`dated`, not `tense_only`) and over before `y`
    starts, at most `RECALL_DAYS` before (round 23)?"""
    return (
        stated(x)
        and y.start is not None
        and x.end < y.start  # type: ignore[operator]
        and (y.start - x.end).days <= RECALL_DAYS  # type: ignore[operator]
    )


def opposite_tenses(x: DateInterval, y: DateInterval) -> bool:
    """Was one date read from a future tense alone and the other from a past one ("are set to meet
    at the summit next week" beside "held a brief conversation on the sidelines", in one article)?
    The two lie on either side of the article's publication even where its day is unknown and the
    two open intervals seem to overlap: two events of one modality, not one (`_alike`, within one
    article; a plan and the event held are judged by `folds`)."""
    a, b = x.basis, y.basis
    return (a.startswith(_FUTURE_BASIS) and b.startswith(_PAST_TENSE_BASES)) or (
        b.startswith(_FUTURE_BASIS) and a.startswith(_PAST_TENSE_BASES)
    )


def past_plan(x: EventLike) -> bool:
    """Is `x` a plan told in a past tense whose clause names no day ("the visit was initially
    planned for later", "the talks had been expected to start")? Its date is then when the plan
    stood, before publication, not the day planned: beside the event held in one article, it is the
    plan the event replaced or the one it kept, and the text alone does not say which (`folds`)."""
    return x.modality in PLANS and x.date.basis.startswith(_PAST_TENSE_BASES)


def undated_plan(plan: EventLike, held: EventLike) -> bool:
    """Is `plan` planned with no date of its own (its interval runs open from the publication on:
    the tense alone dated it) and `held` asserted and dated to a week at most (`narrow`)? The plan
    then says nothing of its day that could set it apart from the event held (`folds`); a plan
    with a day, a month or a week of its own ("will meet again in May") is dated and folds only
    by the weeks rule."""
    return (
        plan.modality == "planned"
        and held.modality == "asserted"
        and plan.date.start is not None
        and plan.date.end is None
        and narrow(held.date)
    )


# What an act is about follows its trigger ("agreed to restart joint border patrols"): the words looked at,
# stemmed, less the words any act of a pair is told with.
OBJECT_WORDS = 12
OBJECT_STEM = 5
OBJECT_STOP = frozenset(
    {"that", "their", "they", "them", "this", "these", "those", "with", "from", "into", "both", "each",
     "other", "sides", "side", "leaders", "leader", "countries", "country", "nations", "president",
     "minister", "prime", "also", "would", "will", "work", "which", "while", "after", "before", "about",
     "between", "over", "said", "says", "officials", "government", "bilateral", "relations"}
)  # fmt: skip


def additive(sentence: str, at: int) -> bool:
    """Is there an additive particle (`ADDITIVES`) among the two words before the trigger at offset
    `at` of `sentence`?"""
    return any(w.strip(",;:").casefold() in ADDITIVES for w in sentence[:at].split()[-2:])


def _trigger_at(r: MentionRef) -> int:
    """The trigger's offset in a mention reference's sentence (-1 where it is not found)."""
    return r.sentence.find(r.trigger) if r.trigger else -1


def one_more(m: EventMention) -> bool:
    """Is `m` told as one more act than the ones its article told before ("the two leaders also
    agreed to ...", "he also demanded ...")? An article tells the agreements of one summit, the
    demands of one statement, one after the other, each an event of its own (round 15): such a
    report joins no event holding another sentence of its article, and another article's event only
    where one of that event's sentences tells the same object (`same_object`,
    `index.CanonicalIndex.add`); an event it began takes another article's report of its object
    only (`began_more`). Read for accords and support (`ONE_MORE_TYPES`)."""
    return m.type in ONE_MORE_TYPES and additive(m.sentence, m.trigger_start - m.sentence_start)


def began_more(ev: CanonicalEvent) -> bool:
    """Was the event begun by a report told as one more act (`one_more`)?"""
    first = ev.mentions[0]
    at = _trigger_at(first)
    return ev.type in ONE_MORE_TYPES and at >= 0 and additive(first.sentence, at)


def objects(sentence: str, at: int) -> set[str]:
    """The content words (stemmed to `OBJECT_STEM` letters) of what follows the trigger at `at`."""
    words = (w.strip(".,;:!?\"'“”‘’()").casefold() for w in sentence[at:].split()[1 : OBJECT_WORDS + 1])
    return {w[:OBJECT_STEM] for w in words if len(w) > 3 and w.isalpha() and w not in OBJECT_STOP}


def _objects_of(mentions: Iterable[MentionRef]) -> set[str]:
    return {w for r in mentions if (at := _trigger_at(r)) >= 0 for w in objects(r.sentence, at)}


def same_object(m: EventMention, mentions: Iterable[MentionRef]) -> bool:
    """Does one of an event's sentences tell the object `m` tells (a content word in common after
    the triggers: "also agreed to set up a panel on fisheries", "agreed to form a fisheries panel")?"""
    return bool(objects(m.sentence, m.trigger_start - m.sentence_start) & _objects_of(mentions))


def objects_meet(a: CanonicalEvent, b: CanonicalEvent) -> bool:
    """May two events be one act where one was begun by a report told as one more (`began_more`)?
    Only where their sentences tell the same object (`same_object`, as wholes)."""
    return not (began_more(a) or began_more(b)) or bool(_objects_of(a.mentions) & _objects_of(b.mentions))


def told_in(mentions: Iterable[MentionRef], article: str, start: int) -> bool:
    """Is one of these mentions told in the sentence of `article` starting at `start`?"""
    return any(m.article == article and m.start == start for m in mentions)


def near(mentions: Iterable[MentionRef], article: str, start: int) -> bool:
    """Does a sentence of `article` starting at `start` lie within NEAR characters of one of these?"""
    return any(m.article == article and abs(m.start - start) <= NEAR for m in mentions)
