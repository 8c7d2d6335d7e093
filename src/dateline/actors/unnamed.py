"""Actors the text does not name: "gunmen", "riot police", "the authorities", "rebels", "the junta".

CAMEO and its successors (PLOVER, ICEWS) code such an actor by its sector, read off the agent noun (the
Phoenix agents dictionary, `lexicon.agents`: police -> COP, soldiers -> MIL, militants -> REB,
authorities -> GOV, protesters -> OPP, villagers -> CVL, prosecutors -> JUD ...), and by the country the
text places it in. Here that country is, in order:

1. the country of a resolved possessor ("Chile's interim government", "their forces");
2. an "of"-phrase after the noun ("the people of Chad");
3. the one country the sentence places things in ("blocked intersections in Harare", "across Chad"):
   the objects of place prepositions, when they all lie in one country;
4. the country the whole document's place phrases name most (`place_unnamed`, after the last
   sentence; in a text that names countries otherwise, not one it names only through places inside
   it: "Valencia" in a story of Caracas and Bogotá), when one leads; else, for a body of state only
   ("the government"), the article's dateline or headline country (context.py); never for the
   population at large ("people", "residents", "migrants": `GENERIC_SECTORS`), whom the article's scene
   does not place.

Before 3 and 4, a definite noun for the members of a movement ("the rebels", "the militia",
`MOVEMENT_MEMBERS`) is the armed group of its sector the article named: the only one named so far, or
the latest within a few sentences (`GROUP_COREFERENCE`).

A possessor nobody resolved ("our people", "its citizens") leaves the noun unplaced (someone's, not the
place's), and so does an "of"-phrase naming a body ("officials of the AU" are the body's, read on its
own).

When nothing places it the actor keeps a null country (the contract allows that) and its sector. A
nationality, a named body or "<agent> in <place>" is read by the affiliation rules before this one
(countries.py); this is the fallback for a bare agent noun that heads its own noun phrase.

A body the knowledge base lacks, written as an acronym spaCy tags as an organisation or as a proper
noun after "the" ("the ZZF is accused of ..."), is an actor too: named, with neither country nor
sector. An acronym the text defines ("the Department of Foreign Affairs (DFA)", "the Armed Forces of
Zembla (AFZ)": the capitalised words before the parenthesis whose initials spell it) is its long form:
the country a name inside the long form gives, the sector its head noun gives (forces: MIL; a
department, office or agency of state: GOV), and, for a body of state naming no country, the country
the sentence places it in or else the outlet's home country (as for "the Foreign Office"; `DocState.home`,
which reads the article's dateline and headline too: context.py), and when nothing before it shows that
home (a first sentence), the home the whole document shows (`place_unhomed`); every later use of the
acronym in the document is that actor. Which events may use these actors is the event
coder's choice (events/anonymous.py).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from dateline.actors.countries import LOCATIVE, OUTSIDERS
from dateline.actors.document import DocState
from dateline.actors.kb import Country
from dateline.actors.lexicon import agents, hand_agents, is_acronym
from dateline.actors.matching import Sub
from dateline.actors.prepared import per_sentence
from dateline.actors.sentence import COMPASS, SentenceView
from dateline.records import Actor, ActorMention

UNNAMED = "unnamed"  # `ActorMention.how` of a bare agent noun
PRONOUN = "pronoun"  # `ActorMention.how` of a pronoun (actors/pronouns.py)
UNNAMED_PLACED = "unnamed (placed by the sentence)"
UNNAMED_OWNED = "unnamed (of its possessor)"
UNNAMED_DOCUMENT = "unnamed (placed by the document)"
UNNAMED_OWNER_UNKNOWN = "unnamed (of an unresolved possessor)"
UNNAMED_BODY = "unnamed body"  # an acronym the knowledge base lacks
SCENE_HOWS = ("place", "agent+place")  # mentions that place the story, for `place_unnamed`
EMBASSY_COREFERENCE = "embassy coreference"  # "the embassy": the sending country of the one named before
EMBASSY = "embassy"
PREMISES = frozenset({"building", "compound", "premises", "grounds"})  # "the embassy building"
GROUP_COREFERENCE = "group coreference"  # "the rebels" for the armed group the article named
ACRONYM = "acronym (defined in the text)"  # an acronym read as the long form it follows
# How mentions that name a body are made: a KB alias, an acronym the text defined, or a reference back
# to a body named before.
NAMED_GROUP_HOWS = frozenset({"alias", ACRONYM, "body coreference", GROUP_COREFERENCE})
# Dependencies under which the agent word modifies another noun rather than heading its phrase
# ("police station", "a government offer", "rebel fighters": the last is read at "fighters").
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})
ARTICLES = frozenset({"the", "a", "an"})
POSSESSIVES = frozenset({"his", "her", "their", "its", "our"})
# The generated Phoenix agent list also holds things and offices ("website", "hospitals", "home",
# "of justice"), written to follow a country's name; bare, only its nouns of persons (by their
# agentive ending: "bombers", "separatists", "assailants", "civilians", "militiamen", "trainees") and
# the hand-written list stand alone, less its instruments of force.
PERSON_ENDINGS = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ant", "ants", "ent", "ents",
                  "man", "men", "ee", "ees", "ive", "ives")  # fmt: skip
INSTRUMENTS = frozenset({"warships", "warship", "aircraft", "jets", "artillery", "tanks", "helicopters",
                         "drones", "missiles"})  # fmt: skip
# "two parties", "both parties" are mostly the sides of a conflict or a deal (groups.py), not political ones.
AMBIGUOUS = frozenset({("parties",)})
# Sectors of the population at large ("people", "residents", "citizens", "migrants"): where they are is
# what their own sentence says, never the document's scene (`place_unnamed`), and they alone make no
# event of background (events/anonymous.py).
GENERIC_SECTORS = frozenset({"CVL", "REF"})
COLLECTIVES = frozenset({"group", "groups", "junta", "juntas", "girls", "boys"})
# Nouns for the members of an armed or political movement as such, by which an article refers back to
# the group it named ("the Houthis ... the rebels", "the RSF ... the paramilitaries"). Nouns for the
# doers of one act ("the gunmen", "the attackers", "the kidnappers") are not among them: who they were is
# often what the article does not know.
MOVEMENT_MEMBERS = frozenset({"rebel", "rebels", "guerrilla", "guerrillas", "insurgent", "insurgents",
                              "militant", "militants", "militia", "militias", "militiamen", "fighters",
                              "separatists", "extremists", "fundamentalists", "jihadists", "jihadis",
                              "paramilitary", "paramilitaries"})  # fmt: skip
GROUP_REACH = 3  # sentences back a group is "the rebels" when the article named others of its sector
NOT_FIRST = frozenset({"of", "for", "the", "and", "to", "in"})  # "of justice": the tail of a ministry's name
# Words an acronym's letters skip in its long form ("Armed Forces of the Philippines": AFP).
LINKING = frozenset({"of", "the", "for", "and", "on", "in", "de", "du", "des", "la", "le", "&"})
LONG_FORM_REACH = 12  # sub-tokens a long form may span
# Heads of a body of state the agent lexicon has no sector for ("Department of Foreign Affairs").
STATE_OFFICES = frozenset({"department", "ministry", "office", "bureau", "agency", "directorate",
                           "secretariat", "administration"})  # fmt: skip
# Entity types an acronym may have that are no body: "the GDP" (not tagged), "the NBA Finals" (EVENT).
NOT_BODIES = frozenset({"PERSON", "GPE", "LOC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART", "DATE", "TIME",
                        "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "NORP", "FAC"})  # fmt: skip


class UnnamedPhrases(SentenceView):
    """The rules for bare agent nouns and unknown acronyms (the resolver's last resort at a position)."""

    def _unnamed(self, i: int) -> tuple[list[ActorMention], int] | None:
        if self._key(i) in POSSESSIVES:
            return None  # "their forces": the pronoun's (pronouns.py), then "forces" on its own
        k = i + 1 if self._key(i) in ARTICLES else i
        a = self._agent_match(k)
        if a is None:
            return self._unknown_body(i)
        words = self.subs[a.i : a.j]
        if not _standalone(tuple(s.key for s in words)):
            return None
        # Lower case (a capitalised agent word is part of a name: "the Army of ..."), bar the
        # sentence's first word.
        if not all(s.text.islower() or s is self.subs[0] for s in words):
            return None
        if k > 0 and self._key(k - 1) in OUTSIDERS:
            return None  # "foreign troops": outsiders to whatever place the sentence names
        if not self._heads_phrase(a.j - 1):
            if self._key(a.j) in PREMISES and self._heads_phrase(a.j) and self._embassy_named(i, words):
                # "cut the power to the embassy building": the building is the embassy's
                actor = self._embassy_actor(a.values[0])
                return [self._mention(k, a.j + 1, (actor,), EMBASSY_COREFERENCE)], a.j + 1
            return None
        sector = a.values[0]
        end = a.j
        of = self._of_country(end)
        owned, owner = self._owner_country(a.j - 1)
        if of is not None and of.values[0].kind == "organization":
            return None  # "officials of the AU": the body's, read on its own
        if owned:
            # "Chile's interim government"; "our people", "its citizens" when nobody resolved the
            # possessor: someone's, so neither the sentence's place nor the document's scene.
            country, how = owner, UNNAMED_OWNED if owner else UNNAMED_OWNER_UNKNOWN
        elif of is not None:
            # The "of"-phrase is left to be read on its own, as it was before this rule.
            country, how = of.values[0].key, UNNAMED
        elif self._key(i) == "the" and (group := self._named_group(words, sector)) is not None:
            return [self._mention(k, end, (group,), GROUP_COREFERENCE)], end
        elif self._embassy_named(i, words):
            # "the Argentine embassy in Caracas ... police stormed the embassy": the sending country's,
            # wherever it is.
            return [self._mention(k, end, (self._embassy_actor(sector),), EMBASSY_COREFERENCE)], end
        else:
            country = self._sentence_country()
            how = UNNAMED_PLACED if country else UNNAMED
        actor = self.kb.countries[country].actor(sector) if country else _nowhere(words, sector)
        return [self._mention(k, end, (actor,), how)], end

    def _embassy_named(self, i: int, words: list[Sub]) -> bool:
        """Whether "the embassy" at sub-token `i` is the one the text named with its nationality before;
        not in a locative phrase ("took refuge in the embassy"), where it is a place, not a party."""
        return (
            self._key(i) == "the"
            and words[-1].key == EMBASSY
            and self.state.embassy in self.kb.countries
            and (i == 0 or self._key(i - 1) not in LOCATIVE)
        )

    def _embassy_actor(self, sector: str) -> Actor:
        return self.kb.countries[self.state.embassy].actor(sector)

    def _named_group(self, words: list[Sub], sector: str) -> Actor | None:
        """ "The rebels", "the militia" (a definite noun for the members of a movement): the group of that
        sector the article named, the only one it named so far or the latest within `GROUP_REACH`
        sentences (this sentence's first); none where the sentence places the noun in another country."""
        if words[-1].key not in MOVEMENT_MEMBERS:
            return None
        here = [m.actors[0] for m in self.found if len(m.actors) == 1 and m.how in NAMED_GROUP_HOWS
                and m.actors[0].kind == "group" and m.actors[0].sector == sector]  # fmt: skip
        named = self.state.groups_named.get(sector, [])
        if here:
            group = here[-1]
        elif len(named) == 1 or (named and self.state.sentence_no - named[-1][1] <= GROUP_REACH):
            group = named[-1][0]
        else:
            return None
        place = self._sentence_country()
        return group if place is None or place == group.country else None

    @per_sentence
    def _heads_phrase(self, last: int) -> bool:
        """Whether the agent word ending at sub-token `last` heads its noun phrase ("the police
        blocked"), rather than modifying another noun ("police station") or being a verb ("to police")."""
        span = self.doc.char_span(self.subs[last].start, self.subs[last].end, alignment_mode="expand")
        if span is None:
            return False
        tok = span.root
        return tok.pos_ in ("NOUN", "PROPN") and tok.dep_ not in MODIFIER_DEPS

    def _owner_country(self, last: int) -> tuple[bool, str | None]:
        """Whether the agent noun has a possessor who is someone (resolved, or a pronoun), and the
        country of the possessor resolved:
        "Nicaragua's Sandinista government", "their forces" after "Bosnian Serbs said" (the
        possessor's country, the noun's sector)."""
        span = self.doc.char_span(self.subs[last].start, self.subs[last].end, alignment_mode="expand")
        owners = [c for c in span.root.children if c.dep_ == "poss"] if span is not None else []
        for owner in owners:
            for m in self.found:
                if m.start <= owner.idx < m.end and len(m.actors) == 1 and m.actors[0].country:
                    return True, m.actors[0].country
        # Only a pronoun stands for someone the resolver missed; "the city's police" are the place's.
        return any(o.pos_ == "PRON" for o in owners), None

    @per_sentence
    def _sentence_country(self) -> str | None:
        """The one country the sentence's place phrases lie in ("in Harare", "across northern Mali",
        "near the Chadian border" is none): None when none or several."""
        found: set[str] = set()
        for k, key in enumerate(self.keys):
            if key not in LOCATIVE:
                continue
            j = k + 1
            while self._key(j) == "the" or self._key(j) in COMPASS:
                j += 1
            m = self._kb_match(j)
            entries = [e for e in m.values if e.kind in ("country", "metonym", "place")] if m else []
            if entries and self._possessive(m.j) == m.j:
                found.add(entries[0].key)
        return next(iter(found)) if len(found) == 1 else None

    def _unknown_body(self, i: int) -> tuple[list[ActorMention], int] | None:
        """ "The ZZF is accused of ...": an acronym spaCy tags as an organisation, unknown to the KB;
        an acronym the text defined before is its long form's actors."""
        k = i + 1 if self._key(i) == "the" else i
        if k >= len(self.subs):
            return None
        s = self.subs[k]
        defined = self.state.acronyms.get(s.text) if is_acronym(s.text) else None
        if defined is not None and self._kb_match(k) is None:
            return [self._mention(k, k + 1, defined, ACRONYM)], k + 1
        if not self._acronym_body(k):
            return None
        defined = self._long_form(k)
        if defined is not None:
            first, actors = defined
            self.state.acronyms[s.text] = actors
            # One mention of one actor, the long form: its own mentions ("Rwanda" in "Rwanda Defence
            # Forces") are parts of its name.
            start = self.subs[first].start
            self.found[:] = [m for m in self.found if m.end <= start]
            return [self._mention(first, k - 1, actors, ACRONYM)], k + 1
        actor = Actor(None, s.text, None, None, None, "organization")
        return [self._mention(k, k + 1, (actor,), UNNAMED_BODY)], k + 1

    def _long_form(self, k: int) -> tuple[int, tuple[Actor, ...]] | None:
        """Where the long form an acronym in parentheses follows starts, and its actor: "Rwanda Defence
        Forces (RDF)" is Rwanda's military, "the Department of Foreign Affairs (DFA)" a body of state."""
        if self._key(k - 1) != "(" or self._key(k + 1) != ")":
            return None
        letters = [c for c in self.subs[k].text.lower() if c.isalpha()]
        j = k - 2
        while letters and j >= 0 and k - j <= LONG_FORM_REACH:
            word = self.subs[j]
            if word.capitalized and word.key[:1] == letters[-1]:
                letters.pop()
            elif word.key not in LINKING:
                return None
            j -= 1
        if letters:
            return None
        first, last = j + 1, k - 2
        start, end = self.subs[first].start, self.subs[last].end
        inside = [m for m in self.found if start <= m.start and m.end <= end and len(m.actors) == 1]
        bodies = [m.actors[0] for m in inside if m.actors[0].kind not in ("person", "role")]
        span = self.doc.char_span(start, end, alignment_mode="expand")
        head = span.root if span is not None else None
        sector = _head_noun_sector(head.lower_, head.text) if head is not None else None
        if bodies and bodies[0].kind != "country":
            return first, (bodies[0],)  # a body the KB knows, named in full: the acronym is its alias
        country = bodies[0].country if bodies else None
        if country is None and sector == "GOV":
            country = self._sentence_country() or self.state.home
            if country is None:  # nothing read so far shows whose: the whole document's home, later
                actor = Actor(None, self.text[start:end], None, sector, None, "organization")
                self.state.unhomed.add(actor)
                return first, (actor,)
        if country is not None and country in self.kb.countries:
            return first, (self.kb.countries[country].actor(sector),)
        return first, (Actor(None, self.text[start:end], None, sector, None, "organization"),)

    @per_sentence
    def _acronym_body(self, k: int) -> bool:
        s = self.subs[k]
        if not (is_acronym(s.text) and len(s.text) >= 2) or self._kb_match(k) is not None:
            return False
        if self._key(k + 1) == "-" or (k > 0 and self._key(k - 1) == "-"):
            return False  # "ZZF-backed", "pro-ZZF": qualifies something else
        span = self.doc.char_span(s.start, s.end, alignment_mode="expand")
        if span is None or len(span) != 1:
            return False
        tok = span[0]
        if tok.dep_ in MODIFIER_DEPS or tok.ent_type_ in NOT_BODIES:
            return False
        # spaCy's organisation, or a proper noun after "the" ("the ZLF said"), which names a body.
        return tok.ent_type_ == "ORG" or (tok.pos_ == "PROPN" and self._key(k - 1) == "the")


def _standalone(key: tuple[str, ...]) -> bool:
    """Whether an agent noun names people or a body on its own (see PERSON_ENDINGS): hand-written,
    or a generated phrase whose last word is a hand-written agent ("military regime") or a person."""
    last = key[-1]
    if last in INSTRUMENTS or key in AMBIGUOUS or not key[0].isalpha() or key[0] in NOT_FIRST:
        return False
    return (
        key in hand_agents()
        or (last,) in hand_agents()
        or last in COLLECTIVES
        or last.endswith(PERSON_ENDINGS)
    )


def _head_noun_sector(key: str, spelling: str) -> str | None:
    """The sector a body's head noun gives: the agent lexicon's, or GOV for an office of state."""
    found = agents().get((key,), [spelling])
    if found:
        return found[0]
    return "GOV" if key in STATE_OFFICES else None


def _nowhere(words: list[Sub], sector: str) -> Actor:
    """An agent nothing places: no country, the agent noun as its name (for reading the event)."""
    name = " ".join(s.text.lower() for s in words)
    return Actor(None, name, None, sector, None, "group")


def place_unnamed(
    mentions: list[ActorMention], kb_countries: dict[str, Country], header: Sequence[str] = ()
) -> list[ActorMention]:
    """After the last sentence: unplaced agent nouns take the one country the document's own place
    phrases name most (the article's scene), when one country leads; failing that, a body of state
    ("the government", "the authorities": GOV) takes the article's dateline or headline country
    (context.py), as "the foreign ministry" does; otherwise they stay unplaced."""
    unplaced = [
        n
        for n, m in enumerate(mentions)
        if m.how == UNNAMED and m.actors[0].country is None and m.actors[0].sector not in GENERIC_SECTORS
    ]
    if not unplaced:
        return mentions
    # In a text that names countries otherwise, one it names only through places inside it is no
    # scene: such a place is more likely a namesake ("Valencia" in a story of Caracas and Bogotá) or a
    # stop on the way than where the story's bodies of state act. "Protests spread in Bolivia" names
    # the country itself; a text naming no country otherwise ("gunmen attacked a village near Mosul")
    # has its places alone.
    named = {
        a.country
        for m in mentions
        if (m.how not in SCENE_HOWS and m.how != PRONOUN) or _names_country(m, kb_countries)
        for a in m.actors
    } - {None}
    places = Counter(
        m.actors[0].country
        for m in mentions
        if m.how in SCENE_HOWS and m.actors[0].country and (not named or m.actors[0].country in named)
    )
    ranked = places.most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        scene, state_only = kb_countries.get(ranked[0][0]), False
    else:
        scene, state_only = kb_countries.get(header[0]) if header else None, True
    if scene is None:
        return mentions
    out = list(mentions)
    for n in unplaced:
        m = mentions[n]
        if state_only and m.actors[0].sector != "GOV":
            continue
        actor = scene.actor(m.actors[0].sector)
        out[n] = ActorMention(m.start, m.end, m.text, (actor,), UNNAMED_DOCUMENT)
    return out


def _names_country(m: ActorMention, kb_countries: dict[str, Country]) -> bool:
    """Whether a place mention is its country's own name ("in Bolivia"), not a place inside it."""
    country = kb_countries.get(m.actors[0].country or "")
    text = m.text.lower().removeprefix("the ")
    return country is not None and text in {country.name.lower(), *(a.lower() for a in country.aliases)}


def place_unhomed(
    mentions: list[ActorMention], state: DocState, kb_countries: dict[str, Country]
) -> list[ActorMention]:
    """After the last sentence: bodies of state named before anything showed the home country take the
    country the whole document gives (`DocState.home`), where an official titled without nationality
    or the header shows it (or the address's domain, for a country the text names); the countries the
    text merely names as parties are as often the other side ("summoned the Ruritanian ambassador")."""
    shown = state.unhomed and (state.home_votes or state.header or state.named_domain)
    country = kb_countries.get(state.home or "") if shown else None
    if country is None:
        return mentions
    return [
        replace(m, actors=tuple(country.actor(a.sector) if a in state.unhomed else a for a in m.actors))
        for m in mentions
    ]


def anonymous(mentions: list[ActorMention]) -> frozenset[Actor]:
    """The actors of a document that only agent nouns stand for (no name, nationality or place
    phrase of the text names them). A pronoun names nobody: "the Kurdish people supported the
    revolution and they believed ..." still has only the agent noun for its people."""
    unnamed = {a for m in mentions if m.how.startswith(UNNAMED) for a in m.actors}
    naming = [m for m in mentions if not m.how.startswith(UNNAMED) and m.how != PRONOUN]
    return frozenset(unnamed - {a for m in naming for a in m.actors})
