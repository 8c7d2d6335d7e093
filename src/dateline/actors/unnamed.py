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
   sentence), when one leads.

When nothing places it the actor keeps a null country (the contract allows that) and its sector. A
nationality, a named body or "<agent> in <place>" is read by the affiliation rules before this one
(countries.py); this is the fallback for a bare agent noun that heads its own noun phrase.

A body the knowledge base lacks, written as an acronym spaCy tags as an organisation or as a proper
noun after "the" ("the ZZF is accused of ..."), is an actor too: named, with neither country nor
sector. Which events may use these actors is the event coder's choice (events/anonymous.py).
"""

from __future__ import annotations

from collections import Counter

from dateline.actors.countries import LOCATIVE, OUTSIDERS
from dateline.actors.kb import Country
from dateline.actors.lexicon import hand_agents, is_acronym
from dateline.actors.matching import Sub
from dateline.actors.prepared import per_sentence
from dateline.actors.sentence import COMPASS, SentenceView
from dateline.records import Actor, ActorMention

UNNAMED = "unnamed"  # `ActorMention.how` of a bare agent noun
UNNAMED_PLACED = "unnamed (placed by the sentence)"
UNNAMED_OWNED = "unnamed (of its possessor)"
UNNAMED_DOCUMENT = "unnamed (placed by the document)"
UNNAMED_BODY = "unnamed body"  # an acronym the knowledge base lacks
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
COLLECTIVES = frozenset({"group", "groups", "junta", "juntas", "girls", "boys"})
NOT_FIRST = frozenset({"of", "for", "the", "and", "to", "in"})  # "of justice": the tail of a ministry's name
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
            return None
        sector = a.values[0]
        end = a.j
        of = self._of_country(end)
        owner = self._owner_country(a.j - 1)
        if owner is not None:
            country, how = owner, UNNAMED_OWNED
        elif of is not None and of.values[0].kind == "country":
            # The "of"-phrase is left to be read on its own, as it was before this rule.
            country, how = of.values[0].key, UNNAMED
        else:
            country = self._sentence_country()
            how = UNNAMED_PLACED if country else UNNAMED
        actor = self.kb.countries[country].actor(sector) if country else _nowhere(words, sector)
        return [self._mention(k, end, (actor,), how)], end

    @per_sentence
    def _heads_phrase(self, last: int) -> bool:
        """Whether the agent word ending at sub-token `last` heads its noun phrase ("the police
        blocked"), rather than modifying another noun ("police station") or being a verb ("to police")."""
        span = self.doc.char_span(self.subs[last].start, self.subs[last].end, alignment_mode="expand")
        if span is None:
            return False
        tok = span.root
        return tok.pos_ in ("NOUN", "PROPN") and tok.dep_ not in MODIFIER_DEPS

    def _owner_country(self, last: int) -> str | None:
        """The country of a resolved possessor of the agent noun: "Nicaragua's Sandinista government",
        "their forces" after "Bosnian Serbs said" (the possessor's country, the noun's sector)."""
        span = self.doc.char_span(self.subs[last].start, self.subs[last].end, alignment_mode="expand")
        owners = [c.idx for c in span.root.children if c.dep_ == "poss"] if span is not None else []
        for start in owners:
            for m in self.found:
                if m.start <= start < m.end and len(m.actors) == 1 and m.actors[0].country:
                    return m.actors[0].country
        return None

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
        """ "The ZZF is accused of ...": an acronym spaCy tags as an organisation, unknown to the KB."""
        k = i + 1 if self._key(i) == "the" else i
        if k >= len(self.subs) or not self._acronym_body(k):
            return None
        s = self.subs[k]
        actor = Actor(None, s.text, None, None, None, "organization")
        return [self._mention(k, k + 1, (actor,), UNNAMED_BODY)], k + 1

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


def _nowhere(words: list[Sub], sector: str) -> Actor:
    """An agent nothing places: no country, the agent noun as its name (for reading the event)."""
    name = " ".join(s.text.lower() for s in words)
    return Actor(None, name, None, sector, None, "group")


def place_unnamed(mentions: list[ActorMention], kb_countries: dict[str, Country]) -> list[ActorMention]:
    """After the last sentence: unplaced agent nouns take the one country the document's own place
    phrases name most (the article's scene), when one country leads; otherwise they stay unplaced."""
    unplaced = [n for n, m in enumerate(mentions) if m.how == UNNAMED and m.actors[0].country is None]
    if not unplaced:
        return mentions
    places = Counter(
        m.actors[0].country for m in mentions if m.how in ("place", "agent+place") and m.actors[0].country
    )
    ranked = places.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return mentions
    country = kb_countries.get(ranked[0][0])
    if country is None:
        return mentions
    out = list(mentions)
    for n in unplaced:
        m = mentions[n]
        actor = country.actor(m.actors[0].sector)
        out[n] = ActorMention(m.start, m.end, m.text, (actor,), UNNAMED_DOCUMENT)
    return out


def anonymous(mentions: list[ActorMention]) -> frozenset[Actor]:
    """The actors of a document that only agent nouns stand for (no name, nationality or place
    phrase of the text names them)."""
    unnamed = {a for m in mentions if m.how.startswith(UNNAMED) for a in m.actors}
    return frozenset(unnamed - {a for m in mentions if not m.how.startswith(UNNAMED) for a in m.actors})
