"""Who did what to whom: source, target and joint participants from the dependency parse.

The actor resolver has already found the actors (ActorMentions with character spans); this module only
decides their side in one event: the subject is the source, the object or a "with/to/against X" phrase
the target, "by X" in the passive the source, "A and B agreed" or "the two leaders spoke" joint
participants. What a consultation or an agreement is about is a topic, not a party: in "Putin and Khan
discussed the situation in Afghanistan" Afghanistan is no participant (the topics module lists it), and
the country in a title's "of"-phrase ("the Special Representative of the President of Russia, Zamir
Kabulov") is the title holder's, not an actor of its own. On news prose, a demonym on a mere thing ("Afghan
soil") is no actor, nor is the possessor of a relational noun ("Berisha's opponents"), and a government is
not the target of its own office holders' act.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from dateline.actors.countries import RELATIONAL
from dateline.actors.lexicon import agents, titles
from dateline.events.decisions import DECISIONS
from dateline.events.detect import load_lexicon
from dateline.events.parties import country_actor
from dateline.nlp.trees import tree_roots
from dateline.records import Actor, ActorMention, EventActor, Side

# Relations that open another predication: actors below them are that predication's, not this one's.
BARRIERS = frozenset({"relcl", "acl", "advcl", "ccomp", "parataxis", "xcomp", "csubj", "advmod"})
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
OBJECT_DEPS = frozenset({"dobj", "dative", "iobj", "attr", "oprd"})
TARGET_PREPS = frozenset(
    {"with", "to", "against", "toward", "towards", "on", "upon", "into", "from", "at", "over", "for", "of"}
)
JOINT_PREPS = frozenset({"between", "among", "amongst"})
# Clauses whose missing (or pronoun) subject is the governing clause's subject.
CONTROL_DEPS = frozenset({"xcomp", "conj", "advcl", "ccomp", "acl", "pcomp"})
# What the parties of a meeting come out of it with ("met Y, agreeing to ...", "signing a deal").
MEETING_OUTCOMES = frozenset({"AGREE", "COOPERATE", "SUPPORT"})
# Types where two actors acting together are partners rather than two sources against nobody.
JOINT_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "SUPPORT"})
# Types whose "on/about/over X" phrase is what they are about ("agreed on X", "talks on X").
TOPICAL_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning", "of", "including", "upon"})
# Actor mentions the resolver found as places ("in Balochistan", "from Tokyo"): where something happened,
# never who did it (a capital standing for its government is marked "metonymy" instead).
PLACE_HOWS = frozenset({"place"})
# How the resolver marks a demonym that only modifies a noun ("an Indian proposal", "Afghan soil"): the
# country acts through an act it owns, but a thing ("oil", "goods", "soil") is no one's act.
DEMONYM_MODIFIER = "demonym (modifier)"
# Nouns whose possessor is someone else than the noun's referent ("Berisha's successor", "Iran's rivals"):
# the actor stage's relational nouns, plus succession.
OTHERS = frozenset(RELATIONAL) | {"successor", "successors", "predecessor", "predecessors", "supporters"}
# Plural endings of nouns of persons ("mediators", "peacekeepers", "fishermen", "separatists",
# "civilians", "refugees", "volunteers"), chosen among the agentive ones because few things share them
# ("-ers" alone would take "borders" and "waters"); and nouns of a party's collective.
PERSON_PLURALS = ("ators", "utors", "keepers", "ists", "ians", "men", "ees", "eers")
COLLECTIVE_SIDES = frozenset({"side", "sides", "team", "teams", "camp", "contingent", "contingents"})
# Nouns of natural or legal persons: "sanctions on Turkish persons and entities" are on Turkey.
LEGAL_PERSONS = frozenset({"person", "persons", "individual", "individuals", "entity", "entities"})
# Prepositions that name where a visitor went ("arrived in Kenya", "a trip to Delhi").
DESTINATION_PREPS = frozenset({"to", "in", "into"})
# Where an attack struck ("in X", "inside X's territory").
PLACE_STRUCK_PREPS = frozenset({"in", "inside", "within", "on", "at", "near", "of", "outside"})
# Verbs whose "to ..." complement is their subject's act even with an object ("promised Kenya to pay").
SUBJECT_CONTROL = frozenset({"promise", "vow", "pledge", "threaten", "swear", "offer"})
RECIPROCAL = frozenset({("each", "other"), ("one", "another")})
# Prepositions whose event noun is someone else's doing ("despite condemnation", "amid protests").
OTHERS_CIRCUMSTANCE = frozenset({"despite", "amid", "amidst", "notwithstanding"})
# A first-person subject in a quote is its speaker, and what is "ours" the speaker's.
FIRST_PERSON = frozenset({"i", "we"})
FIRST_PERSON_OWNERS = frozenset({"our", "my"})
ADNOMINAL_CLAUSES = frozenset({"relcl", "acl"})
OPENING_QUOTES = frozenset({'"', "\u201c", "\u2018", "'"})  # a sentence that is a quotation starts with one
# A "you" in a quote is the one spoken to, never the speaker: "'If you are willing ...,' X said".
ADDRESSEE = frozenset({"you"})
# Types whose "from X" names the giver: "aid from China", "with support from the UK government".
GIVING_TYPES = frozenset({"AID", "SUPPORT"})
# Conflict nouns never borrow the clause's subject: "France responded to the attack", "X threatened
# retaliation if hit by sanctions", "Seoul would respond to any threats", "they face threats to their
# territory" name the targets of the attack, the sanctions and the threats, not their doers.
UNBORROWED_NOUN_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN"})
# Verbal acts a document or a report can make for whoever presents it.
VERBAL_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "AGREE"})
# Types whose event noun names its doer by "from X": the giving ones, the verbal acts ("a request from
# X", "criticism from X", "an offer from X") and consultations ("a call from X", "a visit from X"). A
# retreat's or a force's "from X" is where from.
FROM_DOER_TYPES = GIVING_TYPES | VERBAL_TYPES | {"CONSULT"}
# Types whose passive verb may name its doer through the instrument or attack ("killed in Indian shelling").
FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})
# Prepositions that name what force is used against ("attacks on X", "fired at X").
STRUCK_PREPS = frozenset({"on", "upon", "against", "at", "into"})
# Verbs of going somewhere for a purpose, and the prepositions of where to ("left for Jeddah").
TRAVEL_VERBS = frozenset({"leave", "travel", "fly", "head", "go", "arrive", "depart", "come", "return"})
DEPARTURE_PREPS = frozenset({"to", "for", "in"})
# Prepositions that place an act in the talks it was made in ("during a call with X").
SETTING_PREPS = frozenset({"during", "in", "at", "after", "on"})
# Verbs of a clause on a meeting that name who took part ("a meeting that included representatives of A
# and B", "talks involving A and B", "a summit that brought together A and B").
MEMBERSHIP_VERBS = frozenset({"include", "involve", "bring", "gather", "feature", "comprise", "unite"})
# Nouns of what someone asserted: rejecting, disputing or welcoming "claims made by X" or "X's remarks"
# is addressed to their author, not to whoever the assertion names ("rejected claims by X of a call
# with Y": X).
ASSERTIONS = frozenset({"claim", "allegation", "accusation", "charge", "assertion", "statement", "remark",
                        "comment", "report"})  # fmt: skip
# A third party of a mediated story: a country that hosts, brokers or watches the talks of two others
# ("talks hosted by X", "X mediated", "with X as observer", "X's mediation") is no side of their dyad.
MEDIATING_VERBS = frozenset(
    {"host", "broker", "mediate", "facilitate", "chair", "organise", "organize", "co-organise", "co-organize",
     "cohost", "co-host", "observe", "witness"}
)  # fmt: skip
# Verbs by which a third party brings others' talks about and takes part in them (not observers).
BROKERING_VERBS = MEDIATING_VERBS - {"observe", "witness"}
MEDIATING_NOUNS = frozenset(
    {"host", "mediator", "mediation", "broker", "facilitator", "facilitation", "chair", "organiser",
     "organizer", "co-organiser", "co-organizer", "observer", "witness", "intermediary", "co-host", "cohost",
     "go-between"}
)  # fmt: skip
# Relations inside one noun phrase that names someone ("my friend, Secretary X", "X and Y").
NAME_PARTS = frozenset({"appos", "compound", "conj", "poss", "nmod", "amod", "flat"})
# Prepositions of a noun that qualify it ("the envoy of X", "the representative on Afghanistan").
QUALIFIER_PREPS = frozenset({"of", "on", "for", "to", "in"})


_PLACED = "dateline.events.placed"  # Doc key: mention (start, end) -> its tokens and root, or None


@dataclass
class _Located:
    mention: ActorMention
    tokens: range  # token indices the mention covers
    root: Token


@dataclass
class MentionIndex:
    """The actor mentions of one document, placed on its tokens."""

    doc: Doc
    located: list[_Located] = field(default_factory=list)
    places: list[_Located] = field(default_factory=list)  # where things happen: hosts of visits only
    # Demonyms on mere things ("Ukrainian power plants", "Russian missiles"): no actor, except as what
    # force is used against or with (`of_thing`).
    things: list[_Located] = field(default_factory=list)
    _dyad: tuple[tuple[str, ...], int] | None = None  # the two countries, and the token they hold from
    _appositions: dict[int, set[int]] = field(default_factory=dict)  # noun -> it and its appositions
    # `under`'s look-up of `located` by tree and by covered token, and the count it was built for
    _near: tuple[int, dict[int, list[int]], dict[int, list[int]]] | None = None
    _roots: tuple[int, list[tuple[int, int]]] | None = None  # `rooted_in`'s (root, position) in order
    _root_of: tuple[int, dict[int, int]] | None = None  # `root_of`'s mention (its id) -> root

    @classmethod
    def build(cls, doc: Doc, mentions: Iterable[ActorMention]) -> MentionIndex:
        index = cls(doc)
        # Where each mention lies, kept on the Doc: the coder builds two indexes of one document.
        placed = doc.user_data.setdefault(_PLACED, {})
        for mention in mentions:
            key = (mention.start, mention.end)
            if key not in placed:
                span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                placed[key] = None if span is None else (range(span.start, span.end), span.root)
            where = placed[key]
            if where is None or not mention.actors:
                continue
            tokens, root = where
            if mention.how in PLACE_HOWS:
                index.places.append(_Located(mention, tokens, root))
                continue
            if mention.how == DEMONYM_MODIFIER and not _owned(root):
                index.things.append(_Located(mention, tokens, root))
                continue
            index.located.append(_Located(mention, tokens, root))
        for loc in _named_again(doc, index.located, index.things):
            # as a demonym on the noun itself would be: an agent as a subject, else a thing
            (index.located if loc.root.dep_ == "nsubj" else index.things).append(loc)
        return index

    def under(self, token: Token, exclude: Sequence[int] = ()) -> list[ActorMention]:
        """Mentions inside the phrase headed by `token`, not inside a clause it embeds, nor inside the
        "of"-phrase of a noun that has an actor of its own ("the envoy of X, Y": Y, not X)."""
        found = []
        tree = tree_roots(token.doc)  # a token of another tree is not governed: no walk for it
        by_tree, covering = self._nearby(tree)
        # Only mentions of the token's own tree, or covering it, can be found: looked up rather than
        # every mention of the article tried (that made coding quadratic in the article's length).
        near = sorted({*by_tree.get(tree[token.i], ()), *covering.get(token.i, ())})
        for loc in (self.located[n] for n in near):
            if loc.root.i in exclude:
                continue
            below = tree[loc.root.i] == tree[token.i] and _governs(token, loc.root)
            if token.i in loc.tokens or (below and not self._qualifies(loc, token) and not _venue(loc)):
                found.append(loc.mention)
        return found

    def _nearby(self, tree: list[int]) -> tuple[dict[int, list[int]], dict[int, list[int]]]:
        """Positions in `located` by the tree of each mention's root, and by each token it covers."""
        if self._near is None or self._near[0] != len(self.located):
            by_tree: dict[int, list[int]] = {}
            covering: dict[int, list[int]] = {}
            for n, loc in enumerate(self.located):
                by_tree.setdefault(tree[loc.root.i], []).append(n)
                for i in loc.tokens:
                    covering.setdefault(i, []).append(n)
            self._near = (len(self.located), by_tree, covering)
        return self._near[1], self._near[2]

    def rooted_in(self, start: int, end: int) -> list[_Located]:
        """The located mentions whose root is a token in `start`-`end` (a sentence), in their order:
        looked up, not every mention of the article tried for every event."""
        if self._roots is None or self._roots[0] != len(self.located):
            self._roots = (len(self.located), sorted((loc.root.i, n) for n, loc in enumerate(self.located)))
        roots = self._roots[1]
        first, last = bisect_left(roots, (start, -1)), bisect_left(roots, (end, -1))
        return [self.located[n] for n in sorted(n for _, n in roots[first:last])]

    def of_thing(self, noun: Token) -> list[ActorMention]:
        """The demonyms on a thing (or its conjuncts): "attacks on Ukrainian energy facilities" are on
        Ukraine, "hit by Russian missiles" is Russia's doing."""
        heads = {noun.i} | {c.i for c in noun.conjuncts}
        return [loc.mention for loc in self.things if _modified(loc.root).i in heads]

    def dyad(self, at: int) -> tuple[str, ...]:
        """The two countries the story is between, for the sentence starting at token `at`: the two named
        most often as actors (places aside), when both are named at least three times and the next one
        less often than the second (a mediator or host named twice does not make a domestic story
        bilateral); else, after the first sentence, the two countries it names when it names two and no
        other; else none. A mediated story is first the pair that acts together (`_joint_pair`)."""
        if self._dyad is None:
            named = [
                (loc.root.i, {a.country for a in loc.mention.actors if a.country}.pop())
                for loc in self.located
                if len({a.country for a in loc.mention.actors if a.country}) == 1
            ]
            # What the story is about is no party to it: "the situation in Afghanistan", "the Afghanistan
            # situation" (a country in a topical phrase or modifying a noun) do not count.
            parties = [
                (i, c)
                for i, c in named
                if not (self.doc[i].dep_ == "pobj" and self.doc[i].head.lower_ in TOPIC_PREPS | {"in"})
                and self.doc[i].dep_ not in ("compound", "amod", "nmod")
            ]
            counts = Counter(c for _, c in parties).most_common(3)
            clear = (
                len(counts) >= 2 and counts[1][1] >= 3 and (len(counts) == 2 or counts[2][1] < counts[1][1])
            )
            # A lead that names two countries and no other says whom the story is between.
            first = next(iter(self.doc.sents), None)
            lead = list(dict.fromkeys(c for i, c in named if first is not None and i < first.end))
            if first is not None and len(lead) == 1:
                lead += self._lead_destination(first, lead[0])
            joint = _joint_pair(self.doc, named)
            # Two countries tied behind the first: the one the first is named together with is its
            # counterpart ("a call between A and B" in a story of A's strikes on C).
            tied = {c for c, n in counts[1:] if n == counts[1][1] >= 3} if len(counts) == 3 else set()
            together = _conjoined(self.doc, parties) if len(tied) == 2 else ()
            if joint:
                self._dyad = (joint, 0)
            elif clear:
                self._dyad = ((counts[0][0], counts[1][0]), 0)
            elif counts and counts[0][0] in together and set(together) - {counts[0][0]} <= tied:
                self._dyad = (together, 0)
            else:
                self._dyad = (tuple(lead), first.end) if first is not None and len(lead) == 2 else ((), 0)
        pair, start = self._dyad
        return pair if at >= start else ()

    def _lead_destination(self, first: Span, home: str) -> list[str]:
        """The one country a lead's traveller went to, named as a place ("X arrived in Cuba", "landed in
        Pakistan on a surprise visit", "Y's visit to Beijing"): the story's other side, as a lead naming
        the two as actors says (the place is no actor, so the lead names one country only)."""
        found = {
            a.country
            for loc in self.places
            if first.start <= loc.root.i < first.end and _destination(loc.root)
            for a in loc.mention.actors
            if a.country and a.country != home
        }
        return list(found) if len(found) == 1 else []

    def root_of(self, mention: ActorMention) -> int | None:
        """The root of the first located place of `mention` (looked up: asked for every event)."""
        if self._root_of is None or self._root_of[0] != len(self.located):
            roots: dict[int, int] = {}
            for loc in self.located:
                roots.setdefault(id(loc.mention), loc.root.i)
            self._root_of = (len(self.located), roots)
        return self._root_of[1].get(id(mention))

    def heads_mention(self, noun: Token, inner: _Located) -> bool:
        """True when `noun` is, or is in apposition with, the head of a mention other than `inner`."""
        heads = self._appositions.get(noun.i)  # asked for every noun above every mention: kept
        if heads is None:
            heads = self._appositions[noun.i] = {noun.i} | {c.i for c in noun.children if c.dep_ == "appos"}
        return any(loc is not inner and loc.root.i in heads for loc in self.located)

    def _qualifies(self, loc: _Located, top: Token) -> bool:
        """True when the mention sits in a prepositional qualifier of a noun below `top` that names its
        own actor: "The Special Representative of the President of Russia on Afghanistan, Ambassador
        Kabulov" gives Kabulov alone; so does a possessor of such a noun ("Berisha's successor, Lulzim
        Basha": Basha) or of a noun that names others ("Berisha's opponents": not Berisha)."""
        node = loc.root
        while node.i != top.i:
            prep = node.head
            if node.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in QUALIFIER_PREPS:
                noun = prep.head
                if noun.pos_ in ("NOUN", "PROPN") and self.heads_mention(noun, loc):
                    return True
            owner = node.dep_ == "poss" and prep.pos_ in ("NOUN", "PROPN")
            if owner and (prep.lower_ in OTHERS or self.heads_mention(prep, loc)):
                return True
            node = node.head
            if node.head.i == node.i:
                break
        return False


# Words of a journey, whose "to / in / into" place (or, for "visit", object) is where it went.
JOURNEY_WORDS = TRAVEL_VERBS | {"land", "visit", "trip", "tour", "journey"}


def _destination(place: Token) -> bool:
    """Is the place where a journey went: the object of "to / in / into" on a word of travel ("arrived
    in Cuba", "a visit to China"), or what is visited ("visited Kyiv")?"""
    if place.dep_ == "dobj":
        return place.head.lemma_.lower() in ("visit", "tour")
    prep = place.head
    return (
        place.dep_ == "pobj"
        and prep.lower_ in DESTINATION_PREPS
        and prep.head.lemma_.lower() in JOURNEY_WORDS
    )


def _joint_pair(doc: Doc, named: list[tuple[int, str]]) -> tuple[str, ...]:
    """The two countries named together most often (`_conjoined`) when a country outside them hosts,
    mediates or observes (`_mediator`): the host is named most in the story of the talks it hosts, yet
    the story is between the two. None without such a third party or a joint pair."""
    best = _conjoined(doc, named)
    country = dict(named)
    # A side may host the pair's own talks ("X will host the next round"): the third party is another.
    third = any(country[i] not in best and _mediator(doc[i]) for i in country)
    return best if third else ()


def _conjoined(doc: Doc, named: list[tuple[int, str]]) -> tuple[str, ...]:
    """The two countries named together most often: conjoined ("X and Y agreed", "the leaders of X and
    Y", "talks between X and Y"), ties going to the pair named more in all; () where none is."""
    country = dict(named)
    pairs: Counter[tuple[str, ...]] = Counter()
    for i, c in named:
        token = doc[i]
        if token.dep_ == "conj" and token.head.i in country and country[token.head.i] != c:
            pairs[tuple(sorted((c, country[token.head.i])))] += 1
    mentions = Counter(country.values())
    return max(pairs, key=lambda p: (pairs[p], sum(mentions[c] for c in p)), default=())


def _mediator(token: Token) -> bool:
    """Is the mention headed by `token` a host or go-between: the subject of a mediating verb ("X hosted
    the talks"), its "by"-agent ("talks chaired by X"), the owner of a mediating noun ("X's mediation",
    "Malaysian mediation"), or what such a noun is said of ("X as observer", "X was the co-organiser",
    "X attended as observer")."""
    head = token.head
    if token.dep_ == "nsubj" and head.lemma_.lower() in MEDIATING_VERBS:
        return True
    if token.dep_ == "pobj" and head.dep_ == "agent" and head.head.lemma_.lower() in MEDIATING_VERBS:
        return True
    if token.dep_ in ("poss", "amod", "compound") and head.lemma_.lower() in MEDIATING_NOUNS:
        return True
    for child in token.children:  # "the United States as co-organiser"
        if child.dep_ == "prep" and child.lower_ == "as" and _role(child):
            return True
    if token.dep_ in ("nsubj", "nsubjpass"):
        # "X was the co-organiser", "X attended as observer", "X attended the talks as observer" (the
        # parser may hang the "as" phrase on the object)
        objects = [c for c in head.children if c.dep_ == "dobj"]
        for child in (*head.children, *(c for o in objects for c in o.children)):
            if child.dep_ in ("attr", "oprd") and child.lemma_.lower() in MEDIATING_NOUNS:
                return True
            if child.dep_ == "prep" and child.lower_ == "as" and _role(child):
                return True
    return False


def _role(prep: Token) -> bool:
    """An "as" phrase naming a mediating role ("as observer", "as both facilitator and witness")."""
    return any(
        n.lemma_.lower() in MEDIATING_NOUNS
        for o in prep.children
        if o.dep_ == "pobj"
        for n in (o, *o.conjuncts)
    )


def _venue(loc: _Located) -> bool:
    """True when the mention is a body that names the meeting an act was done at: "met Erdogan at the
    NATO summit", "thanked Japan for its support at the G20 summit" (the summit is where, not whom; the
    summit's own event keeps its body). A country or a person naming the meeting ("during the
    Russia-Ukraine talks") stays a party. Lower-case meeting nouns only (see docs/actors.md, round 7)."""
    if any(a.kind != "organization" for a in loc.mention.actors):
        return False
    node = loc.root
    while node.dep_ in ("compound", "amod", "nmod", "poss", "det") and node.head.i != node.i:
        node = node.head
    if node.dep_ != "pobj" or node.head.lower_ not in SETTING_PREPS:
        return False
    entry = load_lexicon().lookup(node) if node.pos_ == "NOUN" else None
    return entry is not None and entry.type == "CONSULT"


# Sentences back a demonym's noun may be named again by "the" and the noun alone.
AGAIN_REACH = 3


def _named_again(doc: Doc, located: list[_Located], things: list[_Located]) -> list[_Located]:
    """A thing named again by "the" and its noun alone ("three Peruvian navy ships were seized ... Chile
    said the ships had entered its waters"): the demonym of the nearest earlier noun of that lemma, in
    that sentence or the `AGAIN_REACH` before, when one country's demonym modifies it there ("the coast
    guard" after "the Peruvian coast guard": the same compounds, or fewer). Only nouns no mention covers
    and that have no other modifier of their own."""
    demonyms = [*things, *(loc for loc in located if loc.mention.how.startswith("demonym"))]
    if not demonyms:
        return []
    covered = {i for loc in (*located, *things) for i in loc.tokens}
    by_lemma: dict[str, list[tuple[int, _Located]]] = {}
    for loc in demonyms:
        noun = _modified(loc.root)
        if noun.pos_ == "NOUN":
            by_lemma.setdefault(noun.lemma_.lower(), []).append((noun.i, loc))
    if not by_lemma:
        return []
    sentence = {t.i: n for n, sent in enumerate(doc.sents) for t in sent}
    out = []
    for token in doc:
        earlier = by_lemma.get(token.lemma_.lower()) if token.pos_ == "NOUN" else None
        if not earlier or token.i in covered:
            continue
        words = [c for c in token.children if c.dep_ != "compound"]
        if [(c.dep_, c.lower_) for c in words] != [("det", "the")]:
            continue
        # "the coast guard" after "the Peruvian coast guard": its compounds are the earlier noun's
        compounds = {c.lemma_.lower() for c in token.children if c.dep_ == "compound"}
        near = [
            (i, loc)
            for i, loc in earlier
            if i < token.i
            and sentence[token.i] - sentence[i] <= AGAIN_REACH
            and compounds <= {c.lemma_.lower() for c in doc[i].children if c.dep_ == "compound"}
        ]
        if not near:
            continue
        last = max(i for i, _ in near)
        locs = [loc for i, loc in near if i == last]
        if len({a.country for loc in locs for a in loc.mention.actors}) == 1:
            out += [_Located(loc.mention, range(token.i, token.i + 1), token) for loc in locs]
    return out


def _owned(demonym: Token) -> bool:
    """True when the noun a demonym modifies is an act or stand ("Chinese investment", "the Iranian
    proposal"), or when the parse gives no noun to judge by."""
    noun = demonym
    while noun.dep_ in ("conj", "cc") and noun.head.i != noun.i:
        noun = noun.head  # "Hungarian and Romanian oil": the first demonym modifies the noun
    head = noun.head
    if noun.dep_ not in ("amod", "compound", "nmod") or head.pos_ != "NOUN" or head.dep_ == "nsubj":
        return True  # "the Turkish side agreed": whatever acts is an agent
    key, spelling = (head.lower_,), [head.text]
    if agents().get(key, spelling) or titles().get(key, spelling):
        return True  # "Hungarian and Romanian officials", "the Nicaraguan ambassador"
    persons = head.tag_ == "NNS" and head.lower_.endswith(PERSON_PLURALS)
    if head.lower_ in COLLECTIVE_SIDES | LEGAL_PERSONS or persons:
        return True  # "the Iranian side", "Saudi mediators", "Russian peacekeepers", "Filipino fishermen"
    return load_lexicon().names_an_act(head)


def _modified(modifier: Token) -> Token:
    """The noun a modifier belongs to, through compounds ("Ukrainian energy facilities": facilities)."""
    node = modifier
    while node.dep_ in ("amod", "compound", "nmod", "conj") and node.head.i != node.i:
        node = node.head
    return node


def _forceful(event_type: str | None, anchor: Token) -> bool:
    """An act of force, or a noun naming one ("stop the attacks on X" is a retreat from an attack)."""
    if event_type in FORCE_TYPES:
        return True
    entry = load_lexicon().lookup(anchor) if anchor.pos_ == "NOUN" else None
    return entry is not None and entry.type in FORCE_TYPES


def _governs(head: Token, token: Token) -> bool:
    """True when `head` dominates `token` without an intervening clause boundary."""
    node = token
    while node.i != head.i:
        if node.dep_ in BARRIERS or node.head.i == node.i:
            return False
        node = node.head
    return True


@dataclass
class Sides:
    sources: list[ActorMention] = field(default_factory=list)
    targets: list[ActorMention] = field(default_factory=list)
    joint: list[ActorMention] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.sources or self.targets or self.joint)


# Nouns of a settlement a city may name by where it was reached ("the Portvale accord", round 24).
SETTLEMENTS = frozenset(
    {"accord", "accords", "agreement", "deal", "treaty", "pact", "declaration", "protocol"}
)  # fmt: skip


def _signing_place(anchor: Token, child: Token, mention: ActorMention) -> bool:
    """ "the Portvale accord", "since the Lakeport agreement": a capital in compound names where a settlement
    was reached, not a party to it (the parties are rarely the host)."""
    return child.dep_ == "compound" and mention.how == "metonymy" and anchor.lemma_.lower() in SETTLEMENTS


def _children(token: Token, deps: frozenset[str]) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def _prep_objects(token: Token, preps: frozenset[str]) -> list[Token]:
    out = []
    for prep in token.children:
        if prep.dep_ in ("prep", "agent", "dative") and prep.lower_ in preps:
            out.extend(c for c in prep.children if c.dep_ == "pobj")
    return out


def _direct(index: MentionIndex, pobj: Token, skip: Sequence[int]) -> list[ActorMention]:
    """Mentions that are the object itself or its conjuncts ("called on Russia and China"), not a place
    inside it ("called on the situation in Afghanistan")."""
    heads = {pobj.i} | {c.i for c in pobj.conjuncts}
    return [m for m in index.under(pobj, skip) if any(index.root_of(m) == h for h in heads)]


def _misplaced_agents(verb: Token) -> list[Token]:
    """The "by X" of a passive verb that the parser hung on a noun of the verb's own phrases: "were
    threatened with economic consequences by China", "was hit with tariffs by the US", "were declared
    persona non grata by the ministry", "was received at the airport by the president"."""
    if not _passive(verb):
        return []
    nouns = [c for prep in verb.children if prep.dep_ == "prep" for c in prep.children if c.dep_ == "pobj"]
    nouns += _children(verb, frozenset({"oprd", "attr"}))
    return [by for noun in nouns for by in _prep_objects(noun, frozenset({"by"}))]


def _agent_objects(token: Token) -> list[Token]:
    return [
        c for agent in token.children if agent.dep_ == "agent" for c in agent.children if c.dep_ == "pobj"
    ]


def clause_sides(
    index: MentionIndex,
    anchor: Token,
    skip: Sequence[int] = (),
    event_type: str | None = None,
    content: frozenset[int] = frozenset(),
) -> Sides:
    """Sides read off one predicate's own dependents (a verb, or an event noun). For a consultation or
    an agreement, "on/about X" and the object of a verb of talking ("discussed X") are topics; a
    request's "for X" is what is asked for. Dependents in `content` (token indices of what a verbal act
    is about) are left to the content's own reading."""
    sides = Sides()
    if event_type is None:  # a verbal act's content: the content word's own event type
        entry = load_lexicon().lookup(anchor)
        event_type = entry.type if entry else None
    topical = event_type in TOPICAL_TYPES or _topical_verb(anchor)
    target_preps = TARGET_PREPS - TOPIC_PREPS if topical else TARGET_PREPS
    if event_type == "REQUEST":
        target_preps = target_preps - {"for"}
    if _topical_verb(anchor):
        target_preps = frozenset({"with"})  # "discussed refugees from X with Y": Y alone

    def under(token: Token, skip: Sequence[int]) -> list[ActorMention]:
        return [] if token.i in content else index.under(token, skip)

    if anchor.pos_ in ("NOUN", "PROPN"):
        # "Lavrov's visit", "the US assault", "talks with X", "a meeting between A and B".
        for child in anchor.children:
            if child.dep_ in ("poss", "compound", "amod", "nmod"):
                sides.sources += [m for m in under(child, skip) if not _signing_place(anchor, child, m)]
        agentive = anchor.lemma_.lower() in load_lexicon().agentive
        source_preps = {"by", "of"} if agentive else {"by"}
        if event_type in FROM_DOER_TYPES:
            source_preps.add("from")
            target_preps = target_preps - {"from"}
        for pobj in _prep_objects(anchor, frozenset(source_preps)):
            sides.sources += under(pobj, skip)
        if agentive:
            target_preps = target_preps - {"of"}
        for pobj in _prep_objects(anchor, target_preps):
            sides.targets += under(pobj, skip)
        for pobj in _prep_objects(anchor, JOINT_PREPS):
            sides.joint += under(pobj, skip)
        for part in _participles(anchor):
            # "talks hosted by Qatar between A and B", "attacks carried out by Russian forces": the
            # agent of a participle on the event noun does it, its "between" phrase names the parties.
            sides.sources += [m for pobj in _agent_objects(part) for m in under(pobj, skip)]
            sides.joint += [m for pobj in _prep_objects(part, JOINT_PREPS) for m in under(pobj, skip)]
        for pobj in _subject_joint(anchor):
            sides.joint += under(pobj, skip)
        # "X brokered talks between A and B", "talks between the leaders of A and B hosted by X": who
        # hosts or brokers the talks of two others takes part in them, as the news gold codes a host.
        sides.sources += [m for broker in _brokers(anchor) for m in under(broker, skip)]
        if event_type in JOINT_TYPES:
            for member in _members(anchor):
                sides.joint += under(member, skip)
        return _with_things(index, anchor, event_type, sides)
    for child in _children(anchor, SUBJECT_DEPS):
        sides.sources += under(child, skip)
        if child.pos_ == "NOUN" and load_lexicon().lookup(child) is not None:
            # "Raids carried out by Turkish jets killed nine": who did the act the subject names.
            sides.sources += [
                m for part in _participles(child) for p in _agent_objects(part) for m in under(p, skip)
            ]
    # "Ukraine is committed to peace", "X is opposed to the plan"; with an agent it is a passive ("the
    # plan was opposed by X").
    stative = anchor.lemma_.lower() in load_lexicon().stative and not _agent_objects(anchor)
    for child in _children(anchor, frozenset({"nsubjpass"})):
        (sides.sources if stative else sides.targets).extend(under(child, skip))
    for pobj in _agent_objects(anchor) or _misplaced_agents(anchor):
        sides.sources += under(pobj, skip)
    if not _topical_verb(anchor):
        for child in _children(anchor, OBJECT_DEPS):
            sides.targets += _authors(index, child, skip) or under(child, skip)
    for pobj in _prep_objects(anchor, target_preps - TOPIC_PREPS):
        sides.targets += under(pobj, skip)
    for pobj in _prep_objects(anchor, target_preps & TOPIC_PREPS):
        sides.targets += [] if pobj.i in content else _direct(index, pobj, skip)
    for pobj in _prep_objects(anchor, JOINT_PREPS):
        sides.joint += under(pobj, skip)
    return _with_things(index, anchor, event_type, sides)


def _with_things(index: MentionIndex, anchor: Token, event_type: str | None, sides: Sides) -> Sides:
    """Force names its sides through things: what it hits ("struck Ukrainian power plants", "attacks on
    Indian posts", "water cannon against a Philippine boat") is the target, the weapons a subject wields
    ("Russian missiles hit the city") the source."""
    if not index.things:
        return sides
    objects = _children(anchor, OBJECT_DEPS | {"nsubjpass"})
    # "halted the attacks on Ukrainian facilities": what the attacks an act is about hit.
    hit = [p for noun in objects if _forceful(None, noun) for p in _prep_objects(noun, STRUCK_PREPS)]
    # "carried out airstrikes inside Peruvian territory", "jets entered Finnish airspace": a state's
    # territory that force or troops enter is that state's.
    hit += _entered_territory(anchor, objects, event_type)
    # "imposed tariffs on Canadian and Mexican goods", "banned Japanese seafood": a restriction falls on
    # the state whose goods it names.
    restrictions = [n for n in (anchor, *objects) if n.lemma_.lower() in RESTRICTION_NOUNS]
    if restrictions:
        restrictions.append(anchor)  # "imposed tariffs on X goods": the parser may hang "on" on the verb
    hit += [p for noun in dict.fromkeys(restrictions) for p in _prep_objects(noun, RESTRICTED_PREPS)]
    if event_type == "SANCTION" and anchor.pos_ == "VERB":
        hit += objects
    if _forceful(event_type, anchor):
        hit += objects + _prep_objects(anchor, STRUCK_PREPS)
        lexicon = load_lexicon()
        wielded = [c for c in _children(anchor, SUBJECT_DEPS) if c.lemma_.lower() in lexicon.instruments]
        sides.sources += [m for noun in wielded for m in index.of_thing(noun) if m not in sides.sources]
    sides.targets += [m for noun in hit for m in index.of_thing(noun) if m not in sides.targets]
    return sides


# Nouns of restrictions on trade, and the prepositions naming what they fall on ("tariffs on X goods").
# Not "sanctions": round 11 keeps "sanctions on Turkish steel" on the product, with no target.
RESTRICTION_NOUNS = frozenset(
    {"tariff", "ban", "embargo", "duty", "restriction", "levy", "curb", "quota", "blockade"}
)  # fmt: skip
RESTRICTED_PREPS = frozenset({"on", "upon", "against"})


# A state's territory as a thing ("Polish airspace", "Afghan territory"), and the prepositions by which
# force or troops enter it.
TERRITORY_NOUNS = frozenset({"airspace", "territory", "waters", "soil"})
ENTERING_PREPS = STRUCK_PREPS | {"inside", "within", "in", "over"}
ENTERING_TYPES = FORCE_TYPES | {"MOBILIZE"}


def _entered_territory(anchor: Token, objects: list[Token], event_type: str | None) -> list[Token]:
    """The territory nouns an act of force or of troops enters: its object ("entered Finnish airspace"), or
    the object of an "into / inside / over ..." phrase of it or of its object ("conducted airstrikes
    inside Afghan territory", "sent troops into Ukrainian territory")."""
    if event_type not in ENTERING_TYPES:
        return []
    nouns = objects + [p for w in (anchor, *objects) for p in _prep_objects(w, ENTERING_PREPS)]
    return [n for n in nouns if n.lemma_.lower() in TERRITORY_NOUNS]


def _participles(noun: Token) -> list[Token]:
    """Passive participles that describe a noun ("talks mediated by Egypt"; the tagger may call one a
    past tense, but its "by" agent gives it away), and the relative clauses that say the same
    (`_done_by_clauses`)."""
    return [
        c
        for c in noun.children
        if c.dep_ == "acl" and (c.tag_ == "VBN" or any(g.dep_ == "agent" for g in c.children))
    ] + _done_by_clauses(noun)


# Verbs whose object can only be an act ("an attack carried out by X"): a relative clause of one of them
# after an act noun's own phrase ("the shelling of the town, which was carried out by X") is about the
# act, though the parser hangs it on the nearer noun.
DOING_VERBS = frozenset({"carry", "conduct", "launch", "perpetrate", "stage", "commit", "mount"})
# The prepositions of an act noun's own phrase: what it was done to or where ("shelling of / on / against
# / in X").
ACT_PHRASE_PREPS = frozenset({"of", "on", "against", "in"})


def _done_by_clauses(noun: Token) -> list[Token]:
    """Passive relative clauses of a verb of doing, with their agent, on an act noun or on the nouns of
    its prepositional phrase, two deep, and their conjuncts ("the shelling of A and its towns, which was
    carried out by X", "the shelling of the towns of A, which ...")."""
    nouns, layer = [noun], [noun]
    for _ in range(2):
        layer = [o for n in layer for c in _prep_objects(n, ACT_PHRASE_PREPS) for o in (c, *c.conjuncts)]
        nouns += layer
    return [
        c
        for n in nouns
        for c in n.children
        if c.dep_ == "relcl"
        and c.lemma_.lower() in DOING_VERBS
        and any(g.dep_ == "nsubjpass" and g.tag_ == "WDT" for g in c.children)
        and any(g.dep_ == "agent" for g in c.children)
    ]


def _authors(index: MentionIndex, noun: Token, skip: Sequence[int]) -> list[ActorMention]:
    """Who made the assertion a noun names: its possessor, its "by X", or the agent of a participle on it
    ("claims made by X"). None for any other noun."""
    if noun.lemma_.lower() not in ASSERTIONS:
        return []
    heads = [c for c in noun.children if c.dep_ == "poss"] + _prep_objects(noun, frozenset({"by"}))
    heads += [pobj for part in _participles(noun) for pobj in _agent_objects(part)]
    return [m for h in heads for m in index.under(h, skip)]


def _members(noun: Token) -> list[Token]:
    """The objects of a clause on a meeting noun that says who took part: "a meeting that included
    representatives of A and B", "talks involving A and B", "a summit that brought together A and B"."""
    clauses = [c for c in noun.children if c.dep_ in ("relcl", "acl")]
    clauses = [c for c in clauses if c.lemma_.lower() in MEMBERSHIP_VERBS]
    return [o for c in clauses for o in c.children if o.dep_ == "dobj"]


def _brokers(noun: Token) -> list[Token]:
    """Who hosts or brokers the talks of two others, where the parser left them off the talks noun
    (`_participles` reads "talks hosted by X between A and B"): the subject of a verb of brokering whose
    object the noun is ("X brokered talks between A and B"), or the "by"-agent of such a participle it
    hung inside the noun's "between" phrase ("talks between the leaders of A and B hosted by X"). Only for
    a noun that names its parties by "between/among": a broker of talks whose parties it does not name
    ("X mediated the talks led by Y") may act for a body, not a state."""
    joint = _prep_objects(noun, JOINT_PREPS)
    if not joint:
        return []
    verb = noun.head
    found = []
    if noun.dep_ == "dobj" and verb.lemma_.lower() in BROKERING_VERBS:
        found += _children(verb, SUBJECT_DEPS)
    for pobj in joint:
        for token in pobj.subtree:
            if token.dep_ == "acl" and token.lemma_.lower() in BROKERING_VERBS:
                found += _agent_objects(token)
    return found


def _subject_joint(noun: Token) -> list[Token]:
    """ "Talks began in Cairo between A and B": the "between" phrase of the verb an event noun is the
    subject of, when that verb is no act of its own (it only says that the event began, went on or
    ended), names the event's parties."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB" or load_lexicon().lookup(verb) is not None:
        return []
    return _prep_objects(verb, JOINT_PREPS)


def _topical_verb(token: Token) -> bool:
    """A verb of talking about something ("discussed X", "exchanged views on X"): its object is the
    subject matter, not a party."""
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in load_lexicon().topical


def governing_predicate(token: Token) -> Token | None:
    """The nearest verb above `token` ("ahead of their meeting" -> the verb "ahead" modifies)."""
    node = token
    while node.head.i != node.i:
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def _subjects(
    index: MentionIndex, predicate: Token, skip: Sequence[int], passive: bool = False
) -> list[ActorMention]:
    """The subject's actors; with `passive`, a passive subject counts too ("X is expected to meet": X
    is who meets)."""
    deps = SUBJECT_DEPS | {"nsubjpass"} if passive else SUBJECT_DEPS
    found = [m for c in _children(predicate, deps) for m in index.under(c, skip)]
    if passive:
        return found
    return found + [m for pobj in _agent_objects(predicate) for m in index.under(pobj, skip)]


def fronted_adjunct(noun: Token) -> Token | None:
    """The verb whose clause a noun opens as a fronted adjunct ("In a phone call with X, Y said ..."):
    the participants of that call include the clause's subject, whatever verb follows."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = prep.head
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    return verb if subjects and prep.i < min(c.left_edge.i for c in subjects) else None


def _has_own_subject(predicate: Token) -> bool:
    """A subject that is not a pronoun, or a passive subject: the clause names its own actor (or hides
    it), so it does not borrow the governing clause's. A subject owned by a pronoun is the governing
    subject's own ("Bosnian Serbs said their forces had completed the withdrawal"); it is only reached
    when it names no actor itself."""
    return any(
        c.dep_ == "nsubjpass"
        or (
            c.dep_ in SUBJECT_DEPS
            and (c.pos_ != "PRON" or c.lower_ in ADDRESSEE)
            and not _pronoun_owned(c)
            and not _bare_country(c)
        )
        for c in predicate.children
    )


# Nouns by which a speaker's own country is named in what is reported of it ("the minister says the
# country is suspending ties"), as "it" would be.
SELF_NOUNS = frozenset({"country", "nation"})


def _bare_country(noun: Token) -> bool:
    """ "The country" or "the nation" with nothing else in its phrase: no name or description says which
    country, so, as a subject, it is the governing clause's subject's, as a pronoun is."""
    return noun.lemma_.lower() in SELF_NOUNS and [c.lower_ for c in noun.children] == ["the"]


def _pronoun_owned(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)


def _inherited_subject(index: MentionIndex, anchor: Token, skip: Sequence[int]) -> list[ActorMention]:
    """The subject a predicate without one of its own borrows: "X agreed to cooperate", "X said it would
    ...", "X opened fire, killing one", "ahead of their meeting" (up to three predicates up)."""
    node: Token | None = anchor
    if anchor.dep_ == "pobj" and anchor.head.lower_ in OTHERS_CIRCUMSTANCE:
        return []  # "Despite condemnation from around the globe, Iran says ...": others' act
    if anchor.pos_ == "NOUN" and (verb := fronted_adjunct(anchor)) is not None:
        return _subjects(index, verb, skip)
    gerund_subject = _gerund_subject(anchor)
    if gerund_subject is not None and (named := index.under(gerund_subject, skip)):
        return named  # "in retaliation for X expelling two diplomats": X, not the clause's subject
    own = next((c for c in anchor.children if c.dep_ in SUBJECT_DEPS), None)
    if own is not None and own.lower_ in FIRST_PERSON and anchor.dep_ == "conj":
        return []  # "'They broke the deal and we reject their terms'": "we" is the speaker, not "they"
    for _ in range(3):
        assert node is not None
        subject = _copula_subject(node) if node.dep_ in ADNOMINAL_CLAUSES else None
        if subject is not None and (named := index.under(subject, skip)):
            # "X is the first leader from the bloc to visit Y": the noun is what the copula says of X,
            # who acts; its own phrase ("from the bloc") only describes X.
            return named
        if node.dep_ == "relcl":
            # "the Taliban, who attacked ...": the noun the clause modifies is its subject.
            return index.under(node.head, skip)
        if (
            node.dep_ == "acl"
            and node.head.lemma_.lower() in DECISIONS
            and (deciders := _deciders(node.head))
        ):
            # "the decision of A, B and C to withdraw from the bloc", "Chile's decision to recall ...":
            # who decided acts, not who announced or discussed the decision.
            return [m for d in deciders for m in index.under(d, skip)]
        if _has_own_subject(node):
            return []  # "X said Y was killed": Y's clause is not X's act
        if node.pos_ == "NOUN" and _owner(node):
            return []  # "X pointed to the latter's refusal", "Y's request": the owner, not X, acts
        if node.pos_ == "NOUN":
            # "their meeting", "returned for talks" borrow; "X confirmed the killing" does not make X
            # the killer: reporting verbs lend no subject to the events they report.
            # Only a noun that is the verb's circumstance borrows: in "in the wake of the exit of the
            # forces" the exit is not the subject's act, nor is the cooperation in "X praised (or:
            # increasing) cooperation" (a light verb's object is read with the verb in detect.py).
            pronoun = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in node.children)
            governing = governing_predicate(node)
            reported = governing is not None and governing.lemma_.lower() in load_lexicon().speech
            own = node.dep_ == "attr" or (node.dep_ == "pobj" and node.head.head.pos_ in ("VERB", "AUX"))
            borrows = pronoun or (own and not reported)
        else:
            borrows = node.dep_ in CONTROL_DEPS
        if not borrows:
            return []
        # "X is expected to meet" and "After hosting Macron, Starmer was praised": the controller may
        # be a passive subject.
        controlled = node.dep_ == "xcomp" or (node.tag_ == "VBG" and node.dep_ in ("pcomp", "advcl"))
        if node.dep_ == "xcomp" and node.head.lemma_.lower() not in SUBJECT_CONTROL:
            # "the takeover prompted donors to halt aid", "forced Iran to release them": the object
            # of the governing verb does the act, not its subject.
            controllers = [m for c in _children(node.head, frozenset({"dobj"})) for m in index.under(c, skip)]
            if controllers:
                return controllers
        reported = _reported_clause(node)
        node = reported if reported is not None else governing_predicate(node)
        if node is None:
            return []
        found = _subjects(index, node, skip, passive=controlled)
        if found:
            return found
    return []


COPULAS = frozenset({"be", "become", "remain"})


def _copula_subject(clause: Token) -> Token | None:
    """The subject of the copula whose complement noun an infinitival clause modifies: "X is the first
    leader to visit Y", "Y became the last state to recognise Z" (X, Y); None for any other clause."""
    noun = clause.head
    copula = noun.head
    if noun.dep_ != "attr" or copula.lemma_.lower() not in COPULAS:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return None
    return next((c for c in copula.children if c.dep_ in SUBJECT_DEPS), None)


# Prepositions whose object may be the subject of a gerund clause the parser split off it ("in
# retaliation for X expelling two diplomats", "a response to X recalling its envoy").
GERUND_SUBJECT_PREPS = frozenset({"for", "to", "over", "after", "against", "despite", "about", "of"})


def _gerund_subject(verb: Token) -> Token | None:
    """The subject of a gerund with an object that the parser made the object of the preposition before
    it ("for X expelling Y": "X" the object of "for", "expelling" a clause of its own): the noun whose
    phrase ends right before the gerund. Without an object ("over X killing") the noun may be what the
    act is done to, and is left alone."""
    if verb.tag_ != "VBG" or verb.i == 0 or not any(c.dep_ == "dobj" for c in verb.children):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return None
    before = verb.doc[verb.i - 1]
    ends = (t for t in (before, *before.ancestors) if t.dep_ == "pobj" and t.right_edge.i == before.i)
    noun = next(ends, None)
    if noun is None or noun.head.lower_ not in GERUND_SUBJECT_PREPS or noun.pos_ not in ("PROPN", "NOUN"):
        return None
    return None if verb.is_ancestor(noun) else noun


# Nouns by which a participle's object refers back to a state or body just named ("cut ties with X,
# accusing the country of ..."), besides "it" and "them".
REFERRING_NOUNS = frozenset(
    {"country", "state", "nation", "kingdom", "emirate", "republic", "government", "regime", "group",
     "organisation", "organization", "militia", "movement"}
)  # fmt: skip
REFERRING_PRONOUNS = frozenset({"it", "them"})


def _referred_object(index: MentionIndex, anchor: Token, skip: Sequence[int]) -> list[ActorMention]:
    """The target of the act a participial adjunct hangs on, when the participle's object only refers
    back to it: "A cut ties with B, accusing it of ...", "imposed sanctions on X, accusing the group of
    ..." (B, X). The object is "it"/"them" or a definite noun of a state or body that names no actor of
    its own; a participle with a subject of its own is another clause ("..., B accusing A")."""
    if anchor.tag_ != "VBG" or anchor.dep_ != "advcl" or _has_own_subject(anchor):
        return []
    objects = _children(anchor, frozenset({"dobj"}))
    if len(objects) != 1:
        return []
    obj = objects[0]
    definite = any(c.dep_ == "det" and c.lower_ in DEFINITE for c in obj.children)
    referring = obj.lower_ in REFERRING_PRONOUNS or (obj.lemma_.lower() in REFERRING_NOUNS and definite)
    if not referring or index.under(obj, skip):
        return []
    return clause_sides(index, anchor.head, skip).targets


def _deciders(decision: Token) -> list[Token]:
    """The named owner of a decision's noun: its "of"-phrase or its possessor other than a pronoun
    (round 14); "their decision" borrows its subject as any noun does."""
    owners = [c for c in decision.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    return owners + _prep_objects(decision, frozenset({"of"}))


def _reported_clause(participle: Token) -> Token | None:
    """The reported meeting a trailing participle of its outcome belongs to (round 9b): "the ministry
    said (in a statement that) X met Y, agreeing to ...": the parser hangs the participle on the
    reporting verb, yet what was agreed, pledged or signed there is the doers' act; the reporter only
    tells. Other participles stay the reporter's: "said Y had expelled two envoys, accusing Y of ..."
    (a stance on what it reports), "..., adding that ..." (a speech act)."""
    if participle.tag_ != "VBG" or participle.dep_ != "advcl":
        return None
    verb, lexicon = participle.head, load_lexicon()
    if verb.lemma_.lower() not in lexicon.speech or participle.i < verb.i:
        return None
    outcome = lexicon.lookup(participle)
    if outcome is None or outcome.type not in MEETING_OUTCOMES:
        return None
    reported = [
        t
        for t in verb.subtree
        if verb.i < t.i < participle.i
        and t.dep_ in ("ccomp", "acl", "relcl")  # "in a statement that X met": often parsed relcl
        and t.pos_ in ("VERB", "AUX")
        and _has_own_subject(t)
    ]
    if not reported:
        return None
    clause = reported[-1]  # the nearest: the one the participle continues
    told = [clause, *(c for c in clause.children if c.dep_ == "dobj")]  # "met", "held talks"
    return clause if any((e := lexicon.lookup(t)) is not None and e.type == "CONSULT" for t in told) else None


def _owner(noun: Token) -> bool:
    """True when a noun has a possessor other than a pronoun ("Y's request"; "the latter's refusal",
    where the parser makes "latter" a modifier that keeps its "'s")."""
    return any(
        (c.dep_ == "poss" and c.pos_ != "PRON") or any(g.dep_ == "case" for g in c.children)
        for c in noun.children
    )


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _key(actor: Actor) -> tuple:
    return (actor.id, actor.name, actor.country)


# Words of a reaction to another's act ("was concerned by", "was shocked by the attack", "is alarmed at"),
# as adjectives and as the passive verbs the parser may read them as (round 27).
REACTIONS = frozenset(
    {"concerned", "shocked", "alarmed", "dismayed", "appalled", "outraged", "disappointed", "troubled",
     "disturbed", "angered", "concern", "shock", "alarm", "dismay", "appal", "appall", "outrage",
     "disappoint", "trouble", "disturb", "anger"}
)  # fmt: skip
REACTION_PREPS = frozenset({"by", "at", "over", "about", "with"})


def reaction(word: Token) -> bool:
    """A reaction word as an adjective or passive verb; the noun "concern" is read by its own rows."""
    return word.pos_ in ("ADJ", "VERB") and word.lemma_.lower() in REACTIONS


def _reacted(index: MentionIndex, word: Token, skip: Sequence[int]) -> Sides:
    """ "Chile said it was seriously concerned by Peru's actions", "he was shocked by the Peruvian attack":
    who reacts (the subject, or the speaker an "it" or "he" stands for) disapproves of the act, whose doers
    are the target; the passive parse must not make them the source through "by"."""
    clause = word.head if word.dep_ == "acomp" else word
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    sources = [m for s in subjects for m in index.under(s, skip)]
    if not sources:
        speech = load_lexicon().speech
        said = clause.head if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in speech else None
        pronoun = all(s.pos_ == "PRON" for s in subjects)
        sources = _subjects(index, said, skip) if said is not None and pronoun else []
    if not sources:
        return Sides()  # "Western powers are concerned about X's role": no one named reacts
    return Sides(sources, [m for o in reacted_to(word) for m in _owners(index, o, skip) if m not in sources])


def reacted_to(word: Token) -> list[Token]:
    """The nouns a reaction word is a reaction to: "concerned by X's actions", "shocked at the attack"."""
    preps = [p for p in word.children if p.dep_ in ("prep", "agent") and p.lower_ in REACTION_PREPS]
    return [o for p in preps for o in p.children if o.dep_ == "pobj"]


def assign(
    index: MentionIndex,
    anchor: Token,
    event_type: str,
    content: Sequence[Token] = (),
    head: Token | None = None,
    wording: Sequence[Token] = (),
) -> list[EventActor]:
    """The event's actors with their sides.

    `anchor` is the predicate (light verb or trigger), `head` the event noun of a light-verb phrase
    (its "with X"/"to X" phrases name targets too), `content` the predicates of what a verbal act is
    about ("urged X to withdraw from Y", "demanded that X ...": their subject and objects are targets),
    `wording` every word of the trigger ("lodged a protest": the protest is this act, not another one).
    """
    if event_type == "ACCUSE" and reaction(anchor):
        return _sided(_reacted(index, anchor, (anchor.i,)), event_type)
    if anchor.dep_ == "acomp":
        anchor = anchor.head  # "Norway is willing to ...": the adjective's clause is the copula's
    skip = (anchor.i,)
    heads = frozenset(t.i for t in content)
    lexicon = load_lexicon()
    if anchor.lemma_.lower() in lexicon.undergo:
        if head is not None and head.i != anchor.i:
            return _sided(_undergone(index, anchor, head, skip, event_type, heads), event_type)
        if event_type == "AID":
            # "Turkey received vaccines from China": the giver acts on the one who receives.
            return _sided(_undergone(index, anchor, anchor, skip, event_type, heads, own=False), event_type)
    sides = clause_sides(index, anchor, skip, event_type, heads)
    if head is not None and head.i != anchor.i:
        # "Qureshi reaffirmed Pakistan's support": the noun's owner of the subject's own country (or of
        # a subject-less clause) shares the act; "Russia accepted Ukraine's offer" makes Ukraine a target.
        noun = clause_sides(index, head, skip, event_type, heads)
        countries = {a.country for m in sides.sources for a in m.actors}
        for mention in noun.sources:
            own = not sides.sources or all(a.country in countries for a in mention.actors)
            if mention not in sides.sources:
                (sides.sources if own else sides.targets).append(mention)
        sides.targets += noun.targets
        sides.joint += noun.joint
    # "demands that X grant ...": a content noun's own clause names the target too; not when the act
    # answers an assertion with an author ("rejected X's claims of a call with Y": X alone).
    said = [*_children(anchor, OBJECT_DEPS), *([head] if head is not None else [])]
    authored = any(_authors(index, noun, skip) for noun in said)
    clauses = [c for pred in content for c in pred.children if c.dep_ in ("acl", "ccomp", "xcomp")]
    for pred in [] if authored else [*content, *clauses]:
        inner = clause_sides(index, pred, skip)
        sides.targets += inner.sources + inner.targets + inner.joint
    if _participle_of(anchor) is not None and event_type in FORCE_TYPES:
        # "twelve Indian police officers wounded in the raid": the noun a passive participle describes
        # undergoes it.
        sides.targets += [m for m in index.under(anchor.head, skip) if index.root_of(m) == anchor.head.i]
    # "cut ties with X, accusing the country of ...": a participle's object that refers back is the
    # target of the act the participle hangs on (added after the nested parties are dropped: "imposed
    # sanctions on X, accusing it": X is the sanctions' party and, through "it", this act's).
    referred = [] if sides.targets or sides.joint else _referred_object(index, anchor, skip)
    if not sides.targets and not sides.joint and not referred and event_type != "CONSULT":
        # "X agreed to a pause during a call with Y": the act is addressed to the other party of the
        # talks it was made in.
        sides.targets += _counterparts(index, anchor, skip)
    if not sides.targets and not sides.joint and not referred:
        # "'Russia is attacking our cities,' Zelensky said": what is "ours" in a quote is the speaker's.
        sides.targets += _ours(index, anchor, head)
    if not sides.sources and not sides.joint and event_type in VERBAL_TYPES:
        # "documents implicating Iran were presented by the British delegation": a thing that accuses
        # speaks for whoever presented it.
        sides.sources += _bearer(index, anchor, skip)
    if not sides.sources and not sides.joint and event_type in FORCE_TYPES:
        # "two agents accused of a poisoning", "linked X's agents to the blast": the one charged with
        # the act does it.
        charged = _charged(index, anchor, skip)
        sides.sources += charged
        if charged and not sides.targets:
            # the country of the one place it struck ("a poisoning in X"), not a country of the charge
            home = {a.country for m in charged for a in m.actors}
            struck = [loc.mention for loc in index.places if _within(loc.root, _act_words(anchor, anchor))]
            if len({a.country for m in struck for a in m.actors} - home) == 1:
                sides.targets += [m for m in struck if m.actors[0].country not in home]
    passive = _passive(anchor) or _participle_of(anchor) is not None
    if not sides.sources and not sides.joint and passive and event_type in FORCE_TYPES:
        # "were killed in Indian shelling", "wounded by a French air strike": the doer of the instrument.
        sides.sources += [m for pobj in _instruments(anchor) for m in _owners(index, pobj, skip)]
    if not sides.sources and not sides.joint:
        if anchor.pos_ in ("VERB", "AUX") and _passive(anchor):
            # "Malawi avoided one storm but was struck by another": the borrowed subject undergoes it.
            sides.targets += _inherited_subject(index, anchor, skip)
            if event_type in VERBAL_TYPES:
                # "The ministry said the talks had failed. Warsaw was accused of ...": an agentless
                # verbal act in a sentence with no speaker of its own goes on with the statement before.
                sides.sources += _previous_speakers(index, anchor)
        elif held_under(anchor):
            # "Six athletes are under investigation", "Kenya came under pressure": the subject
            # undergoes the act; whoever does it is named by a "by"/"from" phrase or not at all.
            sides.targets += _inherited_subject(index, anchor, skip)
        elif not (anchor.pos_ == "NOUN" and event_type in UNBORROWED_NOUN_TYPES):
            sides.sources = _inherited_subject(index, anchor, skip) or _quoted_speaker(index, anchor)
    if event_type in JOINT_TYPES and sides.sources and not sides.targets and not sides.joint:
        sides.targets += _we_partners(index, anchor, sides.sources)
    if event_type == "CONSULT" and sides.targets and not sides.sources and not sides.joint:
        # "Talks with Kenya were held in Nairobi, the Ugandan ministry said": who reports talks with
        # someone, named by nobody else, held them.
        sides.sources += _reporters(index, anchor, head, sides.targets)
    if event_type == "CONSULT" and not sides.targets and not sides.joint:
        # "During a call, X assured him that ...": the one the act in the talks is addressed to.
        sides.targets += _addressed_during(index, anchor, skip)
    if event_type == "CONSULT" and not sides.targets and not sides.joint:
        # "Its delegation left for Jeddah to discuss the truce": talks travelled to are hosted there.
        home = {a.country for m in sides.sources for a in m.actors}
        sides.targets += [m for m in _travelled_to(index, anchor) if m.actors[0].country not in home]
    _drop_nested_parties(index, sides, anchor, head, content, event_type, wording)
    sides.targets += referred
    if reciprocal(anchor) or (anchor.lemma_.lower() in lexicon.mutual and event_type in FORCE_TYPES):
        # "the army and the RSF battled each other", "the two armies exchanged fire": each is the
        # other's target.
        sides.joint, sides.sources = sides.joint + sides.sources, []
    return _sided(sides, event_type)


# Nouns of a standing relation between states that name its parties as an act noun does ("the conflict
# between Russia and Ukraine", "the peace treaty with Israel"), beside the lexicon's act nouns.
RELATION_NOUNS = frozenset(
    {"conflict", "war", "dispute", "treaty", "tension", "tensions", "row", "standoff", "feud", "rivalry",
     "confrontation", "hostilities", "fighting", "clashes"}
)  # fmt: skip
# Prepositions by which an act noun (or its participle: "the embargo imposed ... on Cuba") names whom the
# act is with, on, against or for: its other parties, not its doer.
NESTED_PARTY_PREPS = frozenset(
    {"with", "between", "among", "amongst", "on", "upon", "against", "into", "to", "toward", "towards", "for",
     "over"}
)  # fmt: skip
# Acts that judge or answer another act: what they are about is that act, whose doer is their target and
# whose other parties are not ("condemned the Russian attack on Ukraine": Russia).
JUDGING_TYPES = frozenset({"ACCUSE"})
# Verbs whose own "on" phrase the parser hangs on their object ("blamed the attack on X": X is blamed).
BLAMING_VERBS = frozenset({"blame", "pin"})
# Nouns that name a part or stage of an act ("the start of talks", "the resumption of dialogue"): the act
# named in their "of" phrase is what is said, as if named itself.
PART_NOUNS = frozenset(
    {"start", "end", "conclusion", "close", "opening", "outset", "resumption", "launch", "outcome", "result",
     "continuation", "round", "progress", "success", "failure", "collapse"}
)  # fmt: skip


def _drop_nested_parties(
    index: MentionIndex,
    sides: Sides,
    anchor: Token,
    head: Token | None,
    content: Sequence[Token],
    event_type: str | None,
    wording: Sequence[Token],
) -> None:
    """Takes out of the targets and joint parties the mentions that are another act's own parties, named
    inside the phrase that says what this act is about: "voiced concern about Ruritania's pact with
    Elbonia", "ordered an inquiry into the attack on Elbonia's consulate", "urged X to mediate for a
    solution to the dispute between Ruritania and Elbonia". A mention is such a party when,
    between it and the act's words (its predicate, event noun, and the verbs of what a verbal act is
    about), an act noun (the lexicon's) or a relation noun (`RELATION_NOUNS`) names it through a "with /
    between / on / against / for ..." phrase, its own or its participle's (not as its doer: "the Russian
    attack", "the embargo imposed by the US" stay), and that noun is nested in another phrase, or is what
    an act that judges it is about (`JUDGING_TYPES`: "condemned the Russian attack on Ukraine": Russia).
    "Kenya signed an agreement with Uganda", "called for talks between A and B", "welcomed the start of
    talks between A and B", "urged X to support our investigation" keep their parties."""
    if anchor.lemma_.lower() in BLAMING_VERBS:
        return  # "blamed the attack on rebels from the north": the "on" phrase is the blame's
    # the verbs of what is asked or said ("urged X to support our inquiry"), not a participle on a noun
    act = {anchor.i} | {t.i for t in content if t.pos_ in ("VERB", "AUX") and t.dep_ != "acl"}
    # the trigger's own words, its event noun among them: "lodged a protest with X" is this act's, not a
    # protest it is about
    act |= {t.i for t in wording} | ({head.i} if head is not None else set())
    sides.targets[:] = [m for m in sides.targets if not _nested_party(index, m, act, event_type)]
    sides.joint[:] = [m for m in sides.joint if not _nested_party(index, m, act, event_type)]
    if event_type in TOPICAL_TYPES:
        # Acts the talks discuss are their topic; a talk the content restates ("A and B discussed X, and Y
        # was discussed") is these talks. What an accord's content names stays its parties ("agreed to
        # sign a deal with X", "ready to lift the ban on X"): only an "on / about" phrase of no act noun
        # is its topic there.
        talks = event_type == "CONSULT"
        topic = {t.i for t in content if not _talks(t)} if talks else set()
        sides.targets[:] = [m for m in sides.targets if not _in_topic(index, m, act, topic, talks)]
        sides.joint[:] = [m for m in sides.joint if not _in_topic(index, m, act, topic, talks)]


def _nested_party(index: MentionIndex, mention: ActorMention, act: set[int], event_type: str | None) -> bool:
    root = None if (i := index.root_of(mention)) is None else index.doc[i]
    node = root
    while node is not None and node.i not in act and node.head.i != node.i:
        parent = node.head
        if node.dep_ == "pobj" and parent.dep_ in ("prep", "agent") and parent.head.i not in act:
            owner = parent.head
            noun = owner.head if owner.pos_ == "VERB" and owner.dep_ == "acl" else owner
            party = parent.dep_ == "prep" and parent.lower_ in NESTED_PARTY_PREPS
            if party and noun.pos_ == "NOUN" and noun.i not in act and _act_noun(noun):
                return event_type in JUDGING_TYPES or not _said_of_act(noun, act)
        node = parent
    return False


# Prepositions by which talks name what they are about, wherever the parser hangs them ("a call with X on
# the crisis including Y", "discussed the situation over Y's border").
TALKED_ABOUT_PREPS = frozenset({"on", "about", "over", "regarding", "concerning", "upon"})


# How a relation noun names its sides before it ("the Ruritania-Elbonia conflict", "Elbonia's war").
RELATION_SIDE_DEPS = frozenset({"compound", "poss", "nmod", "amod"})


def _relation(noun: Token) -> bool:
    return noun.pos_ in ("NOUN", "PROPN") and (
        noun.lower_ in RELATION_NOUNS or noun.lemma_.lower() in RELATION_NOUNS
    )


def _talks(token: Token) -> bool:
    entry = load_lexicon().lookup(token)
    return _topical_verb(token) or (entry is not None and entry.type == "CONSULT")


def _in_topic(
    index: MentionIndex, mention: ActorMention, act: set[int], topic: set[int], talks: bool
) -> bool:
    """Is the mention inside what talks or an accord are about: under an act the talks discuss (`topic`,
    the content the framing gave them: "discussed Ruritania's blockade of Elbonia", "met to plan a
    response to attacks by X"), a side named on a relation noun ("the Ruritania-Elbonia conflict"), or
    in an "on / about / over" phrase between it and the act's words ("had a call with Y on the crisis
    including X"; for an accord (`talks` false) not one of an act noun). Round 31: over the dev
    listings, 8 countries CONSULT reached only so were no party of the talks, 1 was."""
    root = None if (i := index.root_of(mention)) is None else index.doc[i]
    node = root
    while node is not None and node.head.i != node.i:
        parent = node.head
        if parent.i in topic:
            return True
        if node.dep_ in RELATION_SIDE_DEPS and parent.i not in act and _relation(parent):
            return True  # "agreed that the Ruritania-Elbonia conflict should end": the conflict's sides
        if node.dep_ == "pobj" and parent.dep_ == "prep" and parent.lower_ in TALKED_ABOUT_PREPS:
            # an accord's content keeps the parties its own act names ("ready to lift the ban on X")
            return talks or not _act_noun(parent.head)
        if parent.i in act:
            return False
        node = parent
    return False


def _act_noun(noun: Token) -> bool:
    return noun.lower_ in RELATION_NOUNS or load_lexicon().lookup(noun) is not None


def _said_of_act(noun: Token, act: set[int]) -> bool:
    """Is the noun (or the noun it is a conjunct of, or the part of it named: "the start of talks") an
    object of the act's words, or of their prepositions?"""
    while True:
        while noun.dep_ == "conj":
            noun = noun.head
        prep = noun.head
        if not (noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in PART_NOUNS):
            break
        noun = prep.head  # "welcomed the resumption of talks between A and B": the talks' parties
    head = noun.head
    if head.dep_ == "prep":
        head = head.head
    return head.i in act


def held_under(noun: Token) -> bool:
    """An event noun in an "under" phrase of a verb with no object ("is under investigation", "came under
    pressure"): a state the subject is in, not an act it does ("placed X under investigation" has an
    object, and its subject does the act)."""
    prep = noun.head
    return (
        noun.pos_ == "NOUN"
        and noun.dep_ == "pobj"
        and prep.lower_ == "under"
        and prep.head.pos_ in ("VERB", "AUX")
        and not _children(prep.head, OBJECT_DEPS)
    )


def _reporters(
    index: MentionIndex, anchor: Token, head: Token | None, targets: list[ActorMention]
) -> list[ActorMention]:
    """The speakers of the sentence (else of the sentence before, for one with no speaker of its own)
    that are not of the targets' countries: who reports talks whose doer the text leaves out. Only for
    talks whose targets are their own object or "with/to" phrase ("talks with X", "to meet X"), not
    someone named inside what the talks brought ("a visit with plans to support X")."""
    words = [anchor] + ([head] if head is not None else [])
    own = {c.i for w in words for c in _children(w, OBJECT_DEPS)}
    own |= {p.i for w in words for p in _prep_objects(w, frozenset({"with", "to"}))}
    for m in targets:
        root = index.root_of(m)
        node = index.doc[root] if root is not None else None
        while node is not None and node.i not in own and node.dep_ in NAME_PARTS and node.head.i != node.i:
            node = node.head  # "to meet my friend US Secretary of State X": the object's apposition
        if node is None or node.i not in own:
            return []
    found = _speakers(index, anchor.sent)
    found = _previous_speakers(index, anchor) if found is None else found
    others = {a.country for m in targets for a in m.actors}
    return [m for m in found if all(a.country and a.country not in others for a in m.actors)]


def _addressed_during(index: MentionIndex, noun: Token, skip: Sequence[int]) -> list[ActorMention]:
    """The objects of the verb whose "during" phrase a talks noun is ("during a call, X assured Y": Y)."""
    prep = noun.head
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or prep.lower_ != "during" or prep.head.pos_ != "VERB":
        return []
    objects = _children(prep.head, frozenset({"dobj", "dative", "iobj"}))
    return [m for obj in objects for m in index.under(obj, skip)]


def _travelled_to(index: MentionIndex, anchor: Token) -> list[ActorMention]:
    """The place a trip made for a purpose went to ("flew to Doha to hold talks", "left for Jeddah to
    discuss ..."), as its country's actor: the host of the talks."""
    trip = anchor.head
    if anchor.dep_ not in ("advcl", "xcomp") or trip.lemma_.lower() not in TRAVEL_VERBS:
        return []
    heads = {p.i for p in _prep_objects(trip, DEPARTURE_PREPS)}
    return [loc.mention for loc in (*index.places, *index.located) if loc.root.i in heads]


def _counterparts(index: MentionIndex, anchor: Token, skip: Sequence[int]) -> list[ActorMention]:
    """Who the talks an act was made in were with: "during a phone call with X", "at talks with X"."""
    lexicon = load_lexicon()
    talks = [
        noun
        for noun in _prep_objects(anchor, SETTING_PREPS)
        if (entry := lexicon.lookup(noun)) is not None and entry.type == "CONSULT"
    ]
    others = [pobj for noun in talks for pobj in _prep_objects(noun, frozenset({"with"}))]
    return [m for pobj in others for m in _direct(index, pobj, skip)]


def reciprocal(verb: Token) -> bool:
    """An object "each other" or "one another" (also after a preposition: "clashed with each other")."""
    objects = _children(verb, OBJECT_DEPS) + _prep_objects(verb, TARGET_PREPS)
    doc = verb.doc
    pairs = {(doc[o.i - 1].lower_, o.lower_) for o in objects if o.i > 0}
    pairs |= {(o.lower_, doc[o.i + 1].lower_) for o in objects if o.i + 1 < len(doc)}
    return bool(pairs & RECIPROCAL)


def _ours(index: MentionIndex, anchor: Token, head: Token | None) -> list[ActorMention]:
    """The speaker's country, when what an act is done to is "ours" ("'They shelled our positions,' the
    minister said", "'We condemn the attack on our embassy,' X said"): the country of the sentence's
    speaker, or of the speaker of the sentence before for a quote with none of its own."""
    words = [anchor] + ([head] if head is not None and head.i != anchor.i else [])
    nouns = [c for w in words for c in w.children if c.dep_ in OBJECT_DEPS | {"nsubjpass"}]
    nouns += [p for w in words for p in _prep_objects(w, STRUCK_PREPS)]
    # "our partners", "our allies" are others: only what is ours is the speaker's.
    nouns = [n for n in nouns if n.lower_ not in OTHERS | {"partner", "friends", "friend"}]
    if not any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON_OWNERS for n in nouns for c in n.children):
        return []
    speakers = _speakers(index, anchor.sent)
    if speakers is None:
        speakers = _previous_speakers(index, anchor)
    countries = {a.country for m in speakers for a in m.actors if a.country}
    if len(countries) != 1:
        return []
    country = countries.pop()
    # The country itself where the document names it, else the speaker.
    named = [
        loc.mention
        for loc in index.located
        if any(a.kind == "country" and a.country == country for a in loc.mention.actors)
    ]
    if not named:
        return speakers
    m = named[0]
    actor = next(a for a in m.actors if a.kind == "country" and a.country == country)
    return [ActorMention(m.start, m.end, m.text, (actor,), "ours")]


def _quoted_speaker(index: MentionIndex, anchor: Token) -> list[ActorMention]:
    """ "X said on Monday that the talks had failed. 'We will not accept such terms.'": a first-person
    subject in a sentence with no speaker of its own is the speaker of the previous sentence; a quoted
    "we" the parse left without its sentence's speech verb is that verb's subject."""
    subject = _own_subject(anchor)
    if subject is None or subject.lower_ not in FIRST_PERSON:
        return []
    sent = anchor.sent
    quoted = any(t.text in OPENING_QUOTES for t in index.doc[sent.start : subject.i])
    if quoted and subject.lower_ == "we" and subject.head.dep_ not in ADNOMINAL_CLAUSES:
        # "'We warn the other side: any provocation is futile,' the spokesman stated": a quotation the
        # parser cut from its speech verb is still the speaker's of its own sentence, when "we" (the
        # voice of the speaker's side; "I" is the speaker's own stance) says what the quotation asserts,
        # not what a relative clause tells of a thing ("an analysis we've asked for").
        own = _speakers(index, sent)
        if own:
            return own
    return _previous_speakers(index, anchor)


def _own_subject(anchor: Token) -> Token | None:
    """The subject of the predicate or of the clause that controls it ("we agreed to meet": we)."""
    node, subject = anchor, None
    for _ in range(4):
        subject = next((c for c in node.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None or node.dep_ not in CONTROL_DEPS or node.head.i == node.i:
            break
        node = node.head
    return subject


def _we_partners(index: MentionIndex, anchor: Token, sources: list[ActorMention]) -> list[ActorMention]:
    """ "X said he had spoken to Y. 'We agreed to meet,' he said.": a joint "we" is the speaker and the
    one other party the sentence before named (when it named exactly one)."""
    subject = _own_subject(anchor)
    sent = anchor.sent
    if subject is None or subject.lower_ != "we" or sent.start == 0:
        return []
    home = {a.country for m in sources for a in m.actors}
    before = index.doc[sent.start - 1].sent
    others = [
        loc.mention
        for loc in index.located
        if before.start <= loc.root.i < before.end and all(a.country not in home for a in loc.mention.actors)
    ]
    countries = {a.country for m in others for a in m.actors}
    return others if len(countries) == 1 and None not in countries else []


def _previous_speakers(index: MentionIndex, anchor: Token) -> list[ActorMention]:
    """The speakers of the sentence before, for a sentence that names no speaker of its own. A quotation
    standing alone after a sentence that speaks of someone without a verb of saying ("X spoke to
    reporters.", "X addressed parliament.", "X was asked about the drills.") is that sentence's main
    subject's."""
    sent = anchor.sent
    if _speakers(index, sent) is not None or sent.start == 0:
        return []  # the sentence names its own speaker (resolved or not)
    before = index.doc[sent.start - 1].sent
    found = _speakers(index, before)
    if found is None and sent[0].text in OPENING_QUOTES:
        subjects = [c for c in before.root.children if c.dep_ in SUBJECT_DEPS | {"nsubjpass"}]
        found = [m for c in subjects for m in index.under(c)]
    return found or []


def _speakers(index: MentionIndex, sent: Span) -> list[ActorMention] | None:
    """The actors of the subjects of the sentence's speech verbs; None when it has no speech verb with a
    subject."""
    speech = load_lexicon().speech
    verbs = [t for t in sent if t.pos_ == "VERB" and t.lemma_.lower() in speech]
    subjects = [c for v in verbs for c in v.children if c.dep_ in SUBJECT_DEPS]
    if not subjects:
        return None
    return [m for c in subjects for m in index.under(c)]


def _undergone(
    index: MentionIndex,
    verb: Token,
    noun: Token,
    skip: Sequence[int],
    event_type: str,
    content: frozenset[int],
    own: bool = True,
) -> Sides:
    """ "The president faces pressure from parliament", "drew criticism from X": the event noun's doers
    (its "from/by X", its owner or demonym) are the sources, the verb's
    subject (or the subject it borrows) the target. Without `own` (the verb is the event: "received
    vaccines from X") only the "from X" phrase names the source."""
    sides = Sides()
    if own:
        found = clause_sides(index, noun, skip, event_type, content)
        sides = Sides(sources=found.sources, targets=found.targets, joint=found.joint)
    givers = _prep_objects(verb, frozenset({"from"}))
    givers += _prep_objects(noun, frozenset({"from"})) if noun.i != verb.i else []
    from_givers = [m for pobj in givers for m in index.under(pobj, skip)]
    sides.sources += from_givers
    sides.targets = [m for m in sides.targets if m not in from_givers]
    subjects = _subjects(index, verb, skip) or _inherited_subject(index, verb, skip)
    sides.targets += [m for m in subjects if m not in sides.sources]
    return sides


def _instruments(verb: Token) -> list[Token]:
    """The instruments or attacks a passive verb of force names: "killed in Indian shelling", "hit by
    Russian missiles", "wounded in a French air strike" (an instrument of `cues.tsv` or a force noun of
    the trigger lexicon)."""
    lexicon = load_lexicon()
    out = []
    for pobj in _prep_objects(verb, frozenset({"in", "by", "from", "during", "with"})):
        lemma = pobj.lemma_.lower()
        entry = lexicon.lookup(pobj) if pobj.pos_ == "NOUN" else None
        if lemma in lexicon.instruments or (entry is not None and entry.type in FORCE_TYPES):
            out.append(pobj)
    return out


def _owners(index: MentionIndex, noun: Token, skip: Sequence[int]) -> list[ActorMention]:
    """Mentions that are the noun, own it or do it ("Indian shelling", "Russia's missiles", "the raid by
    X"), not places in its phrases ("a car bomb in eastern Beirut")."""
    heads = {noun.i} | {c.i for c in noun.children if c.dep_ in ("amod", "compound", "nmod", "poss")}
    heads |= {p.i for p in _prep_objects(noun, frozenset({"by"}))}
    return [m for m in index.under(noun, skip) if index.root_of(m) in heads] + index.of_thing(noun)


# Verbs that charge someone with an act, with the preposition that names the act ("spies accused of a
# poisoning", "suspected of the raid", "charged with the killing", "linked agents to the blast").
CHARGING_PREPS = {"accuse": "of", "suspect": "of", "convict": "of", "charge": "with", "link": "to",
                  "tie": "to", "connect": "to"}  # fmt: skip


def _charged(index: MentionIndex, act: Token, skip: Sequence[int]) -> list[ActorMention]:
    """The doers of an act noun that a verb of charging charges someone with: the noun its participle
    describes ("two X spies accused of a poisoning"), its passive subject ("X agents were suspected of
    the raid") or its object ("police linked X agents to the blast")."""
    prep = act.head
    if act.dep_ != "pobj" or prep.dep_ != "prep":
        return []
    if CHARGING_PREPS.get(prep.head.lemma_.lower()) != prep.lower_:
        return []
    verb = prep.head
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        charged = [verb.head]
    else:
        deps = ("nsubjpass",) if _passive(verb) else ("dobj",)
        charged = [c for c in verb.children if c.dep_ in deps]
    return [m for noun in charged for m in _owners(index, noun, skip)]


def _participle_of(verb: Token) -> Token | None:
    """The noun a passive participle describes ("officers wounded in the raid"), or None."""
    return verb.head if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ == "NOUN" else None


def _bearer(index: MentionIndex, verb: Token, skip: Sequence[int]) -> list[ActorMention]:
    """Who presented the thing a participle clause describes: "documents implicating Iran were presented
    by X" (the agent), "X released a report accusing Y" (the subject)."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG":
        return []
    noun = verb.head
    if noun.dep_ == "nsubjpass":
        return [m for pobj in _agent_objects(noun.head) for m in index.under(pobj, skip)]
    if noun.dep_ == "dobj":
        return [m for c in _children(noun.head, SUBJECT_DEPS) for m in index.under(c, skip)]
    return []


def _sided(sides: Sides, event_type: str) -> list[EventActor]:
    """The actors of the sides found, each once, with a government never the target of its own office
    holders' act and two sources of a joint act made participants."""
    source_actors = _unique(a for m in sides.sources for a in m.actors)
    joint_actors = _unique(a for m in sides.joint for a in m.actors)
    taken = {_key(a) for a in source_actors + joint_actors}
    # A government is not the target of its own officials' act ("Trump urged an end to the fight between
    # the US and Europe" is no request on the US; "we urge Afghanistan to cooperate with the government
    # of Pakistan", said by Pakistan's spokesman, targets Afghanistan); another sector, or someone out
    # of office, acting on a government stays ("the opposition leader criticised Pakistan").
    own = {
        a.country
        for a in source_actors
        if a.country and a.sector == "GOV" and (a.kind == "country" or a.role is not None)
    }
    target_actors = [
        a
        for a in _unique(a for m in sides.targets for a in m.actors)
        if _key(a) not in taken and not (a.kind == "country" and a.country in own)
    ]
    if len(source_actors) >= 2 and not target_actors and event_type in JOINT_TYPES:
        joint_actors, source_actors = _unique(source_actors + joint_actors), []
    return (
        [EventActor(a, "source") for a in source_actors]
        + [EventActor(a, "target") for a in target_actors]
        + [
            EventActor(a, "participant")
            for a in joint_actors
            if _key(a) not in {_key(s) for s in source_actors}
        ]
    )


def visit_hosts(
    index: MentionIndex, anchor: Token, head: Token, actors: list[EventActor]
) -> list[EventActor]:
    """ "Cameron arrived in Kenya", "the minister's trip to Delhi": the country of the place a visitor
    went to is the host (the visit's target) when no target is named; a trip at home has none."""
    if any(ea.side == "target" for ea in actors):
        return []
    home = {ea.actor.country for ea in actors}
    pobjs = _prep_objects(anchor, DESTINATION_PREPS) + (
        _prep_objects(head, DESTINATION_PREPS) if head.i != anchor.i else []
    )
    if anchor.lemma_.lower() == head.lemma_.lower() == "visit":
        pobjs += _children(anchor, frozenset({"dobj"}))  # "Orban visited Kyiv": the place visited
    heads = {t.i for p in pobjs for t in (p, *p.conjuncts)}
    hosts = _unique(
        a for loc in index.places if loc.root.i in heads for a in loc.mention.actors if a.country not in home
    )
    return [EventActor(a, "target") for a in hosts if a.country]


def _phrase_path(place: Token, owners: set[int]) -> list[Token]:
    """The prepositions (nearest first) that link a place to one of `owners` through phrases only
    (no clause); empty when none does. A place may name the country of the noun it modifies ("in
    Kenya's Turkana province", "inside Kenyan territory"): the phrase is that noun's."""
    node, preps = place, []
    if node.dep_ in ("poss", "amod") and node.head.dep_ == "pobj":
        node = node.head
    while node.dep_ in ("pobj", "prep", "appos", "compound") and node.head.i != node.i:
        if node.dep_ == "prep":
            preps.append(node)
        node = node.head
        if node.i in owners:
            return preps
    return []


def sentence_counterpart(index: MentionIndex, anchor: Token, actors: list[EventActor]) -> list[EventActor]:
    """The other party of an act the parse gave one country's side only: the one actor of another
    country the same sentence names ("Ankara and Washington confirmed that talks between the two
    factions would start", "the two leaders agreed on a scheme returning migrants to France"). Named
    beside the act, in one sentence, an actor of one other country is in news its counterpart far more
    often than a bystander; with two or more other countries the sentence does not say which, and
    none is taken. An international body acting alone ("the UN envoy urged ...", an officer of one:
    officers.py) has its counterpart the same way."""
    countries = {ea.actor.country for ea in actors if ea.actor.country}
    international = bool(actors) and all(ea.actor.sector == "IGO" and not ea.actor.country for ea in actors)
    if not (len(countries) == 1 or international) or any(ea.side == "target" for ea in actors):
        return []
    start, end = _act_scope(anchor, anchor.sent)
    described: set[int] = set()
    if international:
        # "X, who stepped down as Nigeria's president, praised ...": what describes the body's officer is
        # no counterpart.
        own = {ea.actor for ea in actors}
        for loc in index.located:
            if start <= loc.root.i < end and own & set(loc.mention.actors):
                described.update(t.i for t in loc.root.subtree)
    others = _unique(
        a
        for loc in index.located
        if start <= loc.root.i < end and loc.root.i not in described and not _acts_elsewhere(loc.root, anchor)
        for a in loc.mention.actors
        if a.country and a.country not in countries
    )
    if len({a.country for a in others}) != 1:
        return []
    return [EventActor(a, "target") for a in others]


def _acts_elsewhere(root: Token, anchor: Token) -> bool:
    """The actor is the subject of a clause of its own: a statement that reports the act ("Y said X
    arrested ...": the speaker is no party), or a clause apart from the act ("X held talks a day after
    Y offered to mediate"); not a clause that frames the act ("Y and Z confirmed that talks between
    ... would start") nor what a statement under the act says ("criticised the arrests, saying Y had
    acted unlawfully": Y is what is criticised)."""
    node = root
    while node.dep_ in ("compound", "amod", "poss", "conj", "appos") and node.head.i != node.i:
        node = node.head
    if node.dep_ not in (*SUBJECT_DEPS, "nsubjpass"):
        return False
    verb = node.head
    if verb.left_edge.i <= anchor.i <= verb.right_edge.i:  # the act lies in the subject's clause
        if _own_conjunct(anchor, verb):
            return True  # "The Kremlin welcomed the talks, and Beijing said it would send aid"
        return verb.i != anchor.i and verb.lemma_.lower() in load_lexicon().speech
    said = False
    while verb.i != anchor.i and verb.head.i != verb.i:
        said = said or verb.dep_ == "ccomp"
        verb = verb.head
    return not (said and verb.i == anchor.i)


def _act_scope(anchor: Token, sent: Span) -> tuple[int, int]:
    """The token range the act's counterpart may come from: the sentence, or, for an act told inside a
    relative clause by a doer of its own, that clause ("X cancelled a meeting that was set for two days
    before Moscow invaded": Moscow's act, not one on X). A relative pronoun is no doer of its own ("X
    welcomed Y, who pledged aid" stays a pledge to X); an adverbial clause links the two sides' acts
    ("Y recalled its envoy after X expelled ...") and keeps the sentence."""
    if anchor.pos_ in ("VERB", "AUX") and any(
        c.dep_ in SUBJECT_DEPS and c.pos_ != "PRON" for c in anchor.children
    ):
        node = anchor
        while node.head.i != node.i:
            if node.dep_ in ("relcl", "acl"):
                return node.left_edge.i, node.right_edge.i + 1
            node = node.head
    return sent.start, sent.end


def _own_conjunct(anchor: Token, verb: Token) -> bool:
    """The act lies in a conjoined clause of `verb` that has a subject of its own."""
    node = anchor
    while node.i != verb.i and node.head.i != node.i:
        if node.dep_ == "conj" and node.head.i == verb.i:
            return any(c.dep_ in (*SUBJECT_DEPS, "nsubjpass") for c in node.children)
        node = node.head
    return False


def _unique(actors: Iterable[Actor]) -> list[Actor]:
    seen: set[tuple] = set()
    out = []
    for actor in actors:
        if _key(actor) not in seen:
            seen.add(_key(actor))
            out.append(actor)
    return out


# Acts done in a country by its own public or its own authorities when the text names nobody else: a
# protest or a strike "in Tehran" is by Iran's people, an arrest "in Moscow" by Russia's authorities, a
# sentence passed "in Cairo" by Egypt's courts, foreigners "in India" told to leave by India's.
LOCAL_DOERS = {"PROTEST": None, "COERCE": ("arrest", "deport"), "SANCTION": ("convict",)}
LOCAL_PREPS = frozenset({"in", "across", "throughout"})


def local_doers(
    index: MentionIndex,
    anchor: Token,
    head: Token,
    actors: list[EventActor],
    event_type: str,
    mode: str | None,
) -> list[EventActor]:
    """The country of the one place where an act happened, as its doer: "thousands marched in Tehran"
    (PROTEST by Iran), "a reporter was detained in Moscow", "the arrest of a reporter in Moscow"
    (COERCE/arrest by Russia), "its nationals in X were told to leave" (COERCE/deport by X). Only for acts a
    country's own people or authorities do there, and only when no doer is named: a protest with no
    actor at all, an arrest with no source. A place inside the doers' phrase counts ("people across
    Myanmar staged a strike"); two countries' places say nothing."""
    if event_type not in LOCAL_DOERS:
        return []
    modes = LOCAL_DOERS[event_type]
    if modes is not None and mode not in modes:
        return []
    if any(ea.side in ("source", "participant") for ea in actors) or (event_type == "PROTEST" and actors):
        return []
    words = [anchor, head, *(c for w in (anchor, head) for c in w.children if c.dep_ in SUBJECT_DEPS)]
    if event_type != "PROTEST":
        # where the one arrested or told to leave was: "the detention of the consul in X", "nationals in
        # X were given 48 hours to leave"
        words += [c for w in (anchor, head) for c in w.children if c.dep_ in ("dobj", "nsubjpass")]
        words += _prep_objects(anchor, frozenset({"of"}))
    if anchor.pos_ not in ("VERB", "AUX"):
        if anchor.dep_ in SUBJECT_DEPS:
            words.append(anchor.head)  # "protests erupted in Tehran"
        elif event_type == "PROTEST":
            return []  # "banned protests in Tehran": a protest that is another act's object is its content
    pobjs = [p for w in words for p in _prep_objects(w, LOCAL_PREPS)]
    heads = {t.i for p in pobjs for t in (p, *p.conjuncts)}
    found = _unique(a for loc in index.places if loc.root.i in heads for a in loc.mention.actors if a.country)
    if len({a.country for a in found}) != 1:
        return []
    return [EventActor(found[0], "source")]


def attacked_place(
    index: MentionIndex, anchor: Token, head: Token, actors: list[EventActor]
) -> list[EventActor]:
    """An attack nobody named is said to do or suffer: the country of the one place it struck ("a car
    bomb attack in Ghazni province in Afghanistan killed seven", "shelled the city of Mariupol") is its
    target, as PLOVER codes such reports (the attacker stays unknown). Only for attacks with no actor
    at all or with doers only ("Russian troops shelled the city of Kharkiv": Ukraine), never a doer's
    own country; a place in another clause or in what the attack is about never counts."""
    if any(ea.side != "source" for ea in actors):
        return []
    home = {ea.actor.country for ea in actors}
    owners = _act_words(anchor, head)
    if anchor.pos_ in ("VERB", "AUX"):
        # "a Ugandan air raid in Kenya's north killed ten": where the act's subject struck
        owners |= {c.i for c in anchor.children if c.dep_ in SUBJECT_DEPS}
    struck = _unique(
        a for loc in index.places if _within(loc.root, owners) for a in loc.mention.actors if a.country
    )
    if len({a.country for a in struck}) != 1 or struck[0].country in home:
        return []
    return [EventActor(struck[0], "target")]


def _act_words(anchor: Token, head: Token) -> set[int]:
    """The words whose locative phrases place an act: the trigger and its head, the verb of a subject
    trigger ("a car bomb attack in X killed seven", "protests in X erupted"), and their objects."""
    owners = {anchor.i, head.i}
    if anchor.dep_ in SUBJECT_DEPS:
        owners.add(anchor.head.i)
    for word in (anchor, head):
        owners |= {c.i for c in word.children if c.dep_ in ("dobj", "nsubjpass")}
    return owners


def _within(place: Token, owners: set[int]) -> bool:
    """A place in a locative phrase ("in", "on", "at", "near", "of") of one of `owners`."""
    preps = _phrase_path(place, owners)
    return bool(preps) and all(p.lower_ in PLACE_STRUCK_PREPS for p in preps)


# Acts done to a territory: a curfew, a blockade or a state of emergency imposed or lifted there, a protest
# or a strike held there, troops, aid or inspectors sent there. PLOVER codes the country of the place as
# the target when the text names none.
TERRITORIAL_TYPES = frozenset(
    {"COERCE", "THREATEN", "SANCTION", "CONCEDE", "RETREAT", "PROTEST", "AID", "ACCUSE"}
)
TERRITORY_PREPS = PLACE_STRUCK_PREPS | {"across", "throughout", "to", "into"}


def territory_target(
    index: MentionIndex, anchor: Token, head: Token, actors: list[EventActor], event_type: str
) -> list[EventActor]:
    """The country of the one place an act on a territory names ("imposed a curfew in Abidjan", "Serbia
    eased emergency measures in Montenegro", "students demonstrated in Monrovia", "sent inspectors to
    Bosnia"; for a threat or a plan, the act it names: "threatened to impose a curfew in Abidjan") as
    its target, when the act has no target or joint party of its own. Unlike an attack, an act of
    government is often done at home: the doer's own country counts (its set of countries stays
    the same). A place of another clause, or of what the act is about, never counts."""
    if event_type not in TERRITORIAL_TYPES or any(ea.side != "source" for ea in actors):
        return []
    if anchor.pos_ not in ("VERB", "AUX") and anchor.dep_ not in SUBJECT_DEPS:
        return []  # "banned opposition rallies in Minsk": an act that is another's object is its content
    owners = _act_words(anchor, head)
    for verb in _children(anchor, frozenset({"xcomp"})):
        # "threatened to impose a curfew in Algiers", "vowed to resume attacks in X": the act the
        # threat or the plan names is done where its own phrases say.
        owners |= _act_words(verb, verb)
    places = _unique(
        a
        for loc in index.places
        if (preps := _phrase_path(loc.root, owners)) and all(p.lower_ in TERRITORY_PREPS for p in preps)
        for a in loc.mention.actors
        if a.country
    )
    if len({a.country for a in places}) != 1:
        return []
    return [EventActor(places[0], "target")]


def condition_target(
    index: MentionIndex, anchor: Token, actors: list[EventActor], event_type: str
) -> list[EventActor]:
    """Who a threat or an ultimatum is addressed to: the subject of its condition ("threatened to
    strike unless Israel withdrew", "will quit the talks if the US deploys the missiles", "will cut aid
    unless the junta frees them"), when the act names no target. "Unless" makes any act an ultimatum;
    "if" only a threat ("will help if Spain asks" is an offer). The condition may hang on the act or on
    the predicate whose complement it is."""
    if any(ea.side != "source" for ea in actors):
        return []
    marks = {"unless", "if"} if event_type == "THREATEN" else {"unless"}
    clauses = [anchor, *(c for c in anchor.children if c.dep_ == "xcomp")]
    if anchor.dep_ == "xcomp":
        clauses.append(anchor.head)
    conditions = [
        c
        for clause in clauses
        for c in clause.children
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
    ]
    taken = {_key(ea.actor) for ea in actors}
    found = _unique(
        a
        for cond in conditions
        for subject in _children(cond, SUBJECT_DEPS | {"nsubjpass"})
        for m in index.under(subject)
        for a in m.actors
        if _key(a) not in taken
    )
    return [EventActor(a, "target") for a in found]


def purpose_target(
    index: MentionIndex, anchor: Token, head: Token, actors: list[EventActor], event_type: str
) -> list[EventActor]:
    """Whom a protest is against, from what it is for: "began a hunger strike to protest the
    government's decision", "rallied to demand reforms from the president", "marched, calling for the
    minister's removal", "a strike in protest against X". Only when it names no target of its own."""
    if event_type != "PROTEST" or any(ea.side != "source" for ea in actors):
        return []
    purposes = [
        c
        for word in {anchor, head}
        for c in word.children
        if c.dep_ in ("advcl", "xcomp")
        and (c.tag_ == "VBG" or any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
    ]
    protests = [
        p for word in {anchor, head} for p in _prep_objects(word, frozenset({"in"})) if p.lemma_ == "protest"
    ]
    purposes += [o for p in protests for o in _prep_objects(p, frozenset({"of", "against", "at", "over"}))]
    taken = {_key(ea.actor) for ea in actors}
    found = _unique(a for p in purposes for m in index.under(p) for a in m.actors if _key(a) not in taken)
    return [EventActor(a, "target") for a in found]


# Stances taken on a thing someone proposed: "backed the initiative", "rejected the plan".
STANCE_TYPES = frozenset({"SUPPORT", "REJECT", "AGREE"})
STANCE_PREPS = frozenset({"for", "of", "to"})
REFERENCE_REACH = 5  # sentences back a proposal is looked for


def proposer(
    index: MentionIndex, anchor: Token, head: Token, actors: list[EventActor], event_type: str
) -> list[EventActor]:
    """Whose proposal a stance is on, when the thing was introduced before as someone's: "X told his
    counterpart about Y's call for a debt relief initiative. The minister expressed support for the
    initiative" (the owner Y is the target), "the plan" after "Kenya's peace plan". Only for a stance
    with no target, a thing with no actor of its own, and an owner of another country than the act's."""
    if event_type not in STANCE_TYPES or any(ea.side != "source" for ea in actors):
        return []
    things = [c for w in {anchor, head} for c in w.children if c.dep_ == "dobj"]
    things += [p for w in {anchor, head} for p in _prep_objects(w, STANCE_PREPS)]
    things = [t for t in things if t.pos_ == "NOUN" and not index.under(t)]
    if not things:
        return []
    home = {ea.actor.country for ea in actors}
    lemmas = {t.lemma_.lower() for t in things}
    for token in reversed(index.doc[_reach_back(anchor.sent) : anchor.sent.start]):
        if token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in lemmas:
            owners = [a for m in _owners_up(index, token) for a in m.actors if a.country not in home]
            if owners:
                return [EventActor(a, "target") for a in _unique(owners)]
    return []


DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def referred_act(
    index: MentionIndex,
    anchor: Token,
    head: Token,
    actors: list[EventActor],
    event_type: str,
    story: dict[str, list[EventActor]] | None = None,
) -> list[EventActor]:
    """The parties of an act the article reported before, as the target of a stance taken on it: "A and
    B signed a truce on Monday. C welcomed the agreement" (A and B), "rejected the talks" after their
    report. Only for a stance with doers and no target, on a definite event noun with no actor of its
    own; the same noun is looked for in the sentences before (`REFERENCE_REACH`), and the parties of the
    clause it was reported in are the target; where that clause names none, the parties of the
    article's latest report of the noun's type (`story`, kept by the coder). Only parties with a country
    that are not the stance's own."""
    if event_type not in STANCE_TYPES or any(ea.side != "source" for ea in actors):
        return []
    things = [c for w in {anchor, head} for c in w.children if c.dep_ == "dobj"]
    things += [p for w in {anchor, head} for p in _prep_objects(w, STANCE_PREPS)]
    lexicon = load_lexicon()
    things = [
        t
        for t in things
        if t.pos_ == "NOUN"
        and not index.under(t)
        and not index.of_thing(t)
        and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in t.children)  # "an agreement" is new
        and lexicon.lookup(t) is not None
    ]
    if not things:
        return []
    home = {ea.actor.country for ea in actors} | {None}
    lemmas = {t.lemma_.lower() for t in things}
    for token in reversed(index.doc[_reach_back(anchor.sent) : anchor.sent.start]):
        if token.pos_ != "NOUN" or token.lemma_.lower() not in lemmas:
            continue
        predicate = governing_predicate(token) or token
        sides = clause_sides(index, predicate, ())
        parties = [a for m in sides.sources + sides.targets + sides.joint for a in m.actors]
        parties = [a for a in parties if a.country not in home]
        if parties:
            return [EventActor(a, "target") for a in _unique(parties)]
    for thing in things:
        entry = lexicon.lookup(thing)
        reported = story.get(entry.type, []) if story and entry is not None else []
        parties = [ea.actor for ea in reported if ea.actor.country not in home]
        if parties:
            return [EventActor(a, "target") for a in _unique(parties)]
    return []


DEFYING_TYPES = frozenset({"REJECT", "PROTEST"})
CONCESSIVE_PREPS = frozenset({"despite", "notwithstanding"})


def defied(
    index: MentionIndex, anchor: Token, head: Token, actors: list[EventActor], event_type: str
) -> list[EventActor]:
    """Whom a refusal or a protest defies: "declined to resign despite pressure from the commission"
    (the maker of a demand the act goes against, when the act has no target), "rallied in defiance of
    the authorities" (always: the phrase names whom the act is against). The phrase may hang on the act
    or on the clause it governs ("declined to resign despite ...")."""
    if event_type not in DEFYING_TYPES:
        return []
    lexicon = load_lexicon()
    words = {anchor, head} | {c for w in (anchor, head) for c in w.children if c.dep_ == "xcomp"}
    untargeted = all(ea.side == "source" for ea in actors)
    found: list[ActorMention] = []
    for word in words:
        for noun in _prep_objects(word, CONCESSIVE_PREPS):
            entry = lexicon.lookup(noun) if noun.pos_ == "NOUN" else None
            if untargeted and entry is not None and entry.type == "REQUEST":
                found += [
                    m for p in _prep_objects(noun, frozenset({"by", "from", "of"})) for m in index.under(p)
                ]
                found += [m for m in index.under(noun) if index.root_of(m) in {c.i for c in noun.children}]
        for noun in _prep_objects(word, frozenset({"in"})):
            if noun.lower_ == "defiance":
                found += [m for p in _prep_objects(noun, frozenset({"of"})) for m in index.under(p)]
    own = {_key(ea.actor) for ea in actors}
    return [
        EventActor(a, "target") for a in _unique(a for m in found for a in m.actors) if _key(a) not in own
    ]


def _reach_back(sent: Span) -> int:
    """The first token of the sentence `REFERENCE_REACH` sentences before `sent` (or of the document)."""
    doc, start = sent.doc, sent.start
    for _ in range(REFERENCE_REACH):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    return start


def _owners_up(index: MentionIndex, noun: Token) -> list[ActorMention]:
    """The possessor or demonym of a noun, or of the noun whose phrase it is in ("Y's call for a
    Global Initiative": Y), at most two nouns up."""
    node = noun
    for _ in range(3):
        heads = {c.i for c in node.children if c.dep_ in ("poss", "amod", "compound", "nmod")}
        found = [loc.mention for loc in index.located if loc.root.i in heads]
        if found:
            return found
        while node.dep_ in ("compound", "amod", "appos", "conj") and node.head.i != node.i:
            node = node.head
        if node.dep_ != "pobj" or node.head.head.pos_ not in ("NOUN", "PROPN"):
            return []
        node = node.head.head
    return []


# Acts between governments that news reports with one side named when the story has said who the
# other side is ("Russia expelled five diplomats ... 'We reserve the right to a response,' the minister
# added"); force, protest and coercion at home are left alone (a domestic arrest in a bilateral story is
# no act on the other country).
STORY_TYPES = frozenset(
    {"REQUEST", "AGREE", "SUPPORT", "REJECT", "THREATEN", "ACCUSE", "CONSULT", "COOPERATE", "AID", "SANCTION"}
)


# Sectors of a state's own organs, whose acts in a story between two states are acts between them.
STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})
# Force, seizures and arrests, and their undoing, told as undergone by a state's own organs with no doer
# ("two soldiers of the army were arrested", "the navy's ships have been returned", "servicemen were
# injured"): in a story between two states, the other one did them. Not done to the population at large
# ("33 people were killed"), whom a third party's attack as often hits.
UNDERGONE_TYPES = frozenset({"ASSAULT", "COERCE", "RETREAT"})


def story_counterpart(
    index: MentionIndex, anchor: Token, actors: list[EventActor], event_type: str
) -> list[EventActor]:
    """The other country of a two-country story as the target of an act whose one actor is a doer of
    the first, when its sentence names no third country, as an actor or as a place; and, the other way
    round, as the doer of an act done to the first, when the act is told without a doer ("the
    diplomats were expelled", "its ambassador was summoned": a passive without a "by"-phrase, an act
    noun without an owner) or its doer is a state organ the resolver gave no country ("the Department
    of Foreign Affairs summoned China's ambassador": the organ is the other country's). A story is two
    countries' when they are the two named most often, clearly ahead of any third, or the two its
    first sentence names (`MentionIndex.dyad`). Force, seizures and their undoing take a doer this way
    only when undergone by a state organ and told without a doer (`UNDERGONE_TYPES`)."""
    undergone = event_type in UNDERGONE_TYPES
    if event_type not in STORY_TYPES and not undergone:
        return []
    placed = [ea for ea in actors if ea.actor.country]
    organs = [ea for ea in actors if not ea.actor.country and ea.actor.sector in STATE_SECTORS]
    if len(placed) != 1 or len(placed) + len(organs) != len(actors):
        return []  # two actors of one country are a domestic act ("X and the rebels agreed")
    if undergone and not (
        placed[0].side == "target"
        and not organs
        and placed[0].actor.kind != "person"  # "the president was killed": by whom, the story does not say
        and placed[0].actor.sector in STATE_SECTORS
    ):
        return []
    side = placed[0].side
    if side == "source" and organs:
        return []
    placed_doer = organs and all(o.side == "source" for o in organs)
    if side == "target" and not (placed_doer or _doerless(anchor) or _organ_subject(index, anchor)):
        return []  # "rebels accused Chile": a doer the resolver could not place is still a doer
    if side not in ("source", "target") or not _of_state(placed[0].actor):
        return []  # "M23 leaders accused the government": a rebel group does not act for its country
    countries = {ea.actor.country for ea in actors if ea.actor.country}
    dyad = index.dyad(anchor.sent.start)
    if len(countries) != 1 or not countries <= set(dyad):
        return []
    # places too: "would attend the ceremony in Beijing" is no act on the story's other side
    if _countries_named_in(index, anchor.sent) - set(dyad):
        return []
    actor = _country_actor(index, next(c for c in dyad if c not in countries))
    return [] if actor is None else [EventActor(actor, "target" if side == "source" else "source")]


def _organ_subject(index: MentionIndex, anchor: Token) -> bool:
    """Is the act's subject a bare noun of a government the resolver placed nowhere in the story ("the
    government ordered the diplomats to leave", "the ministry accused X"): a noun of the GOV sector (the
    agent nouns' table), with no possessor or modifier and no actor within it? Such a doer, like an
    organ the resolver left without a country, is the story's other country's."""
    subject = next((c for c in anchor.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or index.under(subject):
        return False
    if any(c.dep_ in ("poss", "amod", "compound", "nmod") for c in subject.children):
        return False
    # not a court: "a court opened a probe" is domestic
    return agents().get((subject.lower_,), [subject.text])[:1] == ["GOV"]


def _countries_named_in(index: MentionIndex, sent: Span) -> set[str]:
    """The countries a sentence names, as actors or as places."""
    return {
        a.country
        for loc in (*index.located, *index.places)
        if sent.start <= loc.root.i < sent.end
        for a in loc.mention.actors
        if a.country
    }


def _country_actor(index: MentionIndex, country: str) -> Actor | None:
    """The actor that stands for `country`: the country itself where the story names it (as an actor,
    else as a place: "arrived in Cuba"), else the actor of it named first; None where the story names
    none (never for a country of `MentionIndex.dyad`)."""
    candidates = [a for loc in index.located for a in loc.mention.actors if a.country == country]
    state = next((a for a in candidates if a.kind == "country"), None)
    if state is None and any(a.country == country for loc in index.places for a in loc.mention.actors):
        state = country_actor(country)
    return state or (candidates[0] if candidates else None)


# Envoys, and the prepositions that name where one is posted ("its ambassador to X", "the envoy in Y").
ENVOYS = frozenset({"ambassador", "envoy", "diplomat", "emissary"})
POSTING_PREPS = frozenset({"to", "in"})
POSTED = frozenset({"base", "station", "post", "accredit"})  # "its ambassador based in X"


def envoy_posting(
    index: MentionIndex, anchor: Token, head: Token, actors: list[EventActor]
) -> list[EventActor]:
    """The country an envoy the act is done to is posted in ("Spain recalled its ambassador to
    Argentina", "withdrew its ambassador in Buenos Aires", "recalling the Kenyan ambassador to Uganda"):
    a target too, as the news gold codes a recall. The posting is a qualifier of the envoy noun, which
    `MentionIndex.under` leaves out when the envoy is a mention ("the ambassador of X to Y" is X's);
    only the act's own objects count, and a posting in the doer's own country adds nothing ("China
    summoned the Japanese ambassador to China")."""
    words = (anchor,) if head.i == anchor.i else (anchor, head)
    objects = [c for w in words for c in w.children if c.dep_ in ("dobj", "nsubjpass")]
    if head.lemma_.lower() in ENVOYS:
        objects.append(head)
    # "ordered its ambassador home": the parser may make the envoy a compound of "home", the object
    homes = [t for t in objects if t.lower_ in ("home", "back")]
    objects += [c for t in homes for c in t.children if c.dep_ == "compound"]
    envoys = [o for t in objects for o in (t, *t.conjuncts) if o.lemma_.lower() in ENVOYS]
    # "its ambassador based in X": the posting on a participle of the envoy noun
    posted = [c for e in envoys for c in e.children if c.dep_ == "acl" and c.lemma_.lower() in POSTED]
    posts = {
        t.i
        for e in envoys + posted
        for p in _prep_objects(e, POSTING_PREPS)
        for t in (p, *p.conjuncts, *(c for c in p.children if c.dep_ == "appos"))
    }
    if not posts:
        return _own_envoy_posting(index, anchor, envoys, actors)
    known = {ea.actor.country for ea in actors}
    out = _unique(
        a
        for loc in (*index.located, *index.places)
        if loc.root.i in posts
        for a in loc.mention.actors
        if a.country and a.country not in known
    )
    return [EventActor(a, "target") for a in out]


def _own_envoy_posting(
    index: MentionIndex, anchor: Token, envoys: list[Token], actors: list[EventActor]
) -> list[EventActor]:
    """Where the doer's own envoy is posted when the act does not say: the other country of a
    two-country story (`MentionIndex.dyad`), whose relations the recall is about ("France said it would
    recall its ambassador", "withdrew the ambassador" in a story of France and Mali). Only for one
    doer's country and envoys that are its own (owned by a pronoun, or of its country or of none),
    when the sentence names no third country."""
    sources = {ea.actor.country for ea in actors if ea.side == "source"}
    others = {ea.actor.country for ea in actors if ea.side != "source"} - sources - {None}
    if not envoys or len(sources) != 1 or None in sources or others:
        return []
    (home,) = sources
    for envoy in envoys:
        pronoun = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in envoy.children)
        named = {a.country for m in index.under(envoy) for a in m.actors}
        if not (pronoun or named <= {home, None}):
            return []  # "summoned the Japanese ambassador": another state's envoy
    dyad = index.dyad(anchor.sent.start)
    if len(dyad) != 2 or home not in dyad:
        return []
    if _countries_named_in(index, anchor.sent) - set(dyad):
        return []
    actor = _country_actor(index, next(c for c in dyad if c != home))
    return [] if actor is None else [EventActor(actor, "target")]


def mediated_sides(index: MentionIndex, anchor: Token, actors: list[EventActor]) -> list[EventActor]:
    """The two sides of talks whose only actors the sentence names as their mediators ("negotiations in
    Doha mediated by Qatar and Turkey", "with mediation by X"): the story's two countries
    (`MentionIndex.dyad`), which the mediators are not."""
    sent = anchor.sent
    mediators = set()
    for loc in index.rooted_in(sent.start, sent.end):
        top = loc.root
        while top.dep_ == "conj" and top.head.i != top.i:
            top = top.head
        if _mediator(top):
            mediators |= {a.country for a in loc.mention.actors if a.country}
    countries = {ea.actor.country for ea in actors}
    dyad = index.dyad(sent.start)
    if not actors or not countries <= mediators or len(dyad) != 2 or set(dyad) & mediators:
        return []
    return _dyad_actors(index, dyad, "participant")


def _dyad_actors(index: MentionIndex, dyad: tuple[str, ...], side: Side) -> list[EventActor]:
    """The story's two countries as actors of the act on `side`, each where the story names it."""
    return [EventActor(a, side) for c in dyad if (a := _country_actor(index, c)) is not None]


# Words of going between two sides ("offered to mediate", "its mediation").
MEDIATION_WORDS = frozenset({"mediate", "mediation"})


def offered_mediation(
    index: MentionIndex, anchor: Token, content: Sequence[Token], actors: list[EventActor]
) -> list[EventActor]:
    """The two sides of a mediation that names none ("Norway offers to mediate", "Norway mediated", in a
    story of Chile and Peru): the story's two countries (`MentionIndex.dyad`), when the mediator's
    country is neither of them, as `mediated_sides` takes them for talks whose only actors are their
    mediators. Only for an act that is a mediation or is about one, with no target or partner yet."""
    words = [anchor, *content]
    if not actors or not any(w.lemma_.lower() in MEDIATION_WORDS for w in words):
        return []
    if any(ea.side != "source" for ea in actors):
        return []
    doers = {ea.actor.country for ea in actors}
    dyad = index.dyad(anchor.sent.start)
    if len(dyad) != 2 or None in doers or doers & set(dyad):
        return []
    return _dyad_actors(index, dyad, "target")


def _of_state(actor: Actor) -> bool:
    """A state or one of its organs (a country as a whole has no sector)."""
    return actor.kind == "country" or actor.sector in STATE_SECTORS


def _doerless(anchor: Token) -> bool:
    """An act told without its doer: a passive verb with no subject of its own and no "by"-phrase, or
    an act noun with no owner, subject or "by"-phrase ("the expulsion of the diplomats")."""
    deps = {c.dep_ for c in anchor.children}
    if anchor.pos_ in ("VERB", "AUX"):
        if _unowned_purpose(anchor) and not deps & {"nsubj", "csubj"}:
            return True  # "the move to expel the ambassador", "the decision to sever ties"
        return _passive(anchor) and not deps & {"nsubj", "csubj", "agent"}
    if anchor.dep_ in SUBJECT_DEPS or (anchor.dep_ in ("dobj", "pobj") and anchor.head.pos_ == "VERB"):
        return False  # "Chile's accusation": the noun of a clause whose subject may be its doer
    return not deps & {"poss", "agent", "compound", "amod"}


def _unowned_purpose(verb: Token) -> bool:
    """An infinitive clause of a noun that names no one ("the move to expel ...", "the decision to
    recall ..."): no possessor, modifier or "by"-phrase says whose move or decision it is."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VB" or noun.pos_ != "NOUN":
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    return not any(
        c.dep_ in ("poss", "amod", "compound", "nmod", "agent") or (c.dep_ == "prep" and c.lower_ == "by")
        for c in noun.children
    )


# Acts a government does to its own country's people, groups and press ("accepted the rebels' demands",
# "ordered the opposition newspaper to close"); force is left out: the unnamed victims of an attack are
# as often foreign as not.
DOMESTIC_TYPES = frozenset(
    {"CONCEDE", "REJECT", "AGREE", "REQUEST", "THREATEN", "COERCE", "SANCTION", "SUPPORT", "RETREAT"}
)
GROUP_PREPS = frozenset({"from", "by", "of", "with"})


def domestic_target(
    index: MentionIndex, anchor: Token, head: Token, actors: list[EventActor], event_type: str
) -> list[EventActor]:
    """A group named by an agent noun with no nationality ("the rebels", "opposition newspaper",
    "demands from striking workers") as the target, in the doers' country: CAMEO's convention for
    domestic actors. Only when the act has no target, its doers are of one country, and the group is
    what the act is done to (its object, or the "from/by/of/with" phrase of its object: "demanded a truce
    with the militias")."""
    if event_type not in DOMESTIC_TYPES or any(ea.side != "source" for ea in actors):
        return []
    countries = {ea.actor.country for ea in actors}
    if len(countries) != 1 or None in countries:
        return []
    objects = [c for w in {anchor, head} for c in w.children if c.dep_ in ("dobj", "dative")]
    objects += [p for w in {anchor, head} for p in _prep_objects(w, TARGET_PREPS - {"of"})]
    objects += [p for o in list(objects) for p in _prep_objects(o, GROUP_PREPS)]
    table = agents()
    sectors = [
        sector
        for noun in objects
        if not index.under(noun) and not index.of_thing(noun)
        for sector in table.get((noun.lower_,), [noun.text])[:1]
        if sector
        != "GOV"  # "lifted a state of emergency": no group, and a government is no target of its own
    ]
    if not sectors:
        return []
    country = countries.pop()
    name = next(
        (
            a.name
            for loc in index.located
            for a in loc.mention.actors
            if a.country == country and a.kind == "country"
        ),
        country,
    )
    sector = str(sectors[0])
    return [
        EventActor(
            Actor(f"{country}:{sector}", f"{name} ({sector})", country, sector, kind="group"), "target"
        )
    ]


# Acts a country's own people and groups make on its government: protests, demands, refusals, charges,
# threats and pledges ("students rallied against the Kenyan government's decision", "striking workers
# demanded that the government raise wages"). Force is left out: the unnamed attackers of a state are as
# often foreign as not, and so are refugees (a sector of people from elsewhere).
DOMESTIC_DOER_TYPES = frozenset({"PROTEST", "REQUEST", "REJECT", "ACCUSE", "THREATEN", "AGREE", "SUPPORT"})
FOREIGN_SECTORS = frozenset({"REF"})


def unnamed_doers(
    index: MentionIndex, anchor: Token, actors: list[EventActor], event_type: str
) -> list[EventActor]:
    """An unnamed group nothing places ("protesters", "striking workers", "students": no nationality,
    owner or place phrase) that does an act on the government or leaders of one country is that
    country's group, as CAMEO codes domestic actors ("Protesters demanded the resignation of the Algerian
    president": Algeria's protesters on Algeria), also when a pronoun stands for it ("continued their
    strike"). `index` holds the agent-noun mentions (actors/unnamed.py) too. Only for an act whose named
    actors are targets of one country; returns the event's actors with those doers placed. (A group its
    own sentence places, "opposition groups in Harare", taken as the doer of an act the named reading
    gave a target only, cost the corpus test half one event's countries, and is left out.)"""

    def unplaced(actor: Actor) -> bool:  # an agent noun's group placed nowhere (`unnamed._nowhere`)
        return (
            actor.id is None and actor.country is None and actor.kind == "group" and actor.sector is not None
        )

    if event_type not in DOMESTIC_DOER_TYPES:
        return actors
    doing = [ea for ea in actors if ea.side in ("source", "participant")]
    if any(not unplaced(ea.actor) for ea in doing):
        return actors
    countries = {ea.actor.country for ea in actors if ea.side == "target" and not unplaced(ea.actor)}
    if len(countries) != 1 or None in countries:
        return actors
    found = [ea.actor for ea in doing]
    if not found:
        sources = clause_sides(index, anchor, (), event_type).sources
        if not sources and not _has_own_subject(anchor):
            sources = _inherited_subject(index, anchor, ())
        found = [a for m in sources for a in m.actors if unplaced(a)]
    doers = _unique(a for a in found if a.sector not in FOREIGN_SECTORS)
    if not doers:
        return actors
    country = countries.pop()
    name = next((ea.actor.name for ea in actors if ea.actor.kind == "country"), country)
    placed = [
        EventActor(
            Actor(f"{country}:{a.sector}", f"{name} ({a.sector})", country, a.sector, kind="group"), "source"
        )
        for a in doers
    ]
    return placed + [ea for ea in actors if ea not in doing]
