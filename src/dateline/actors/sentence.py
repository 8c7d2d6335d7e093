"""One sentence as the resolver sees it: sub-tokens, spaCy's parse and entities, the parties it names.

`SentenceView` holds what every rule of the resolver reads (the sub-tokens, the document state, the
article's date) and answers the positional questions they all ask: the key at a position, a possessive
after it, the end of a capitalised name run, whether a name is part of a longer one, "of <country>" after
an office. It also ranks the countries the sentence names as parties, for "both sides". The rules
themselves live in persons.py, countries.py and groups.py, and resolve.py combines them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Token

from dateline.actors.document import DocState
from dateline.actors.kb import AliasEntry, KnowledgeBase
from dateline.actors.lexicon import Title
from dateline.actors.matching import Match, Sub
from dateline.actors.prepared import PreparedSentence, per_sentence
from dateline.records import Actor, ActorMention, DateInterval, TenureHint

On = date | DateInterval | None

DETERMINERS = {"the", "his", "her", "their", "its", "a", "an", "both"}
# Words that put an office in the past: the holder on the article's date is not the one meant.
FORMER = {"former", "ex", "then", "late", "erstwhile", "ousted", "deposed", "toppled", "exiled", "retired"}
# ... and one that puts it ahead: the named person has not taken the office yet
INCOMING = {"incoming"}
ADJECTIVES = {"new", "outgoing", "incoming", "acting", "interim", "caretaker", "senior", "top", "visiting",
              "incumbent", "current", "federal", "veteran", "newly", "appointed", "elected"}  # fmt: skip
# Malaysian and Bruneian titles of honour ("Datuk Seri Anwar Ibrahim", "Dato' Seri ...") too: they come
# before the name and are no part of it.
HONORIFICS = {"mr", "mrs", "ms", "dr", "miss", "sir", "madam", "mister", "datuk", "dato", "datin", "seri"}
# Military ranks between a title and a name ("military leader General X", "army chief Field Marshal Y"):
# part of how the holder is addressed, never of the name the knowledge base knows.
RANKS = {"general", "gen", "lieutenant", "lt", "colonel", "col", "brigadier", "marshal", "field", "admiral",
         "adm", "commodore"}  # fmt: skip
NAME_PARTICLES = {
    "al",
    "bin",
    "ibn",
    "de",
    "van",
    "von",
    "da",
    "del",
    "la",
    "le",
    "-",
    "ul",
    "ur",
    "el",
    "abu",
}
# Prepositions after which a country is a place or a topic, not a party ("talks on Afghanistan").
NOT_PARTY = {"in", "at", "from", "to", "into", "across", "within", "near", "inside", "throughout", "around",
             "on", "about", "over", "regarding", "concerning", "for", "of"}  # fmt: skip
# Kinds of knowledge-base entries that name a state: its name and its capital or seat.
STATES = frozenset({"country", "metonym"})
# Plural nouns a list in apposition spells out ("A and its neighbours - B, C and D"): that list is a
# group of its own, not one with the noun's conjuncts (round 24).
SPELLED_OUT = frozenset({"countries", "nations", "states", "neighbours", "neighbors", "governments"})
# What names a country as the other side of an act: the country, its people's adjective, its capital.
SIDES_NAMED = frozenset({"country", "demonym", "metonym"})
# Prepositions after which a verb names whom its act is addressed to ("spoke to X", "talks with X").
ADDRESS_PREPS = frozenset({"to", "with", "against", "on", "upon", "at"})
# Capitalised words that end a proper name a country name may start ("South China Sea", "Singapore
# Institute of International Affairs", "Syrian Center for Legal Studies"): then the country is not an actor.
NAME_HEADS = {"sea", "seas", "ocean", "gulf", "strait", "institute", "center", "centre", "university",
              "college", "foundation", "times", "post", "daily", "airlines", "airways", "academy", "school",
              "hospital", "museum", "street", "square", "bridge", "river"}  # fmt: skip
# Words that make a region of a country out of its name ("South Lebanon", "Western Cambodia").
COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper",
           "lower", "northeast", "northwest", "southeast", "southwest"}  # fmt: skip
# Continents whose name is a compass word (or "Latin") and a country's alias: "travel to South America"
# is no visit to the United States (round 31).
CONTINENTS = frozenset(
    (word, name)
    for word in ("south", "north", "central", "latin")
    for name in ("america", "american", "americans")
)
# Bodies of state whose "of" object is the state as a party ("the government of Pakistan").
STATE_BODIES = frozenset({"government", "administration", "regime", "leadership", "delegation", "authority"})
# Verbs and nouns of a third party's part in talks: their "by"-agent, owner or subject is a mediator.
MEDIATING = frozenset({"mediate", "mediation", "mediator", "broker", "facilitate", "facilitation",
                       "facilitator", "sponsor", "host", "intermediary", "go-between"})  # fmt: skip
# ... of which these have a mediator as subject ("X mediated the talks"; "X hosted Y" is a side).
MEDIATING_SUBJECT = frozenset({"mediate", "broker", "facilitate"})
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


@dataclass
class Phrase:
    """What the parser read at one position, before resolution."""

    i: int
    j: int
    mods: list[AliasEntry] = field(default_factory=list)
    mod_start: int = 0  # sub-token where the first modifier starts (after "the", "former" ...)
    title: Title | None = None
    title_candidates: tuple = ()
    plural_title: bool = False
    counterpart: bool = False
    former: bool = False
    incoming: bool = False
    name: tuple[int, int] | None = None  # sub-token range of a name
    name_entries: list[AliasEntry] = field(default_factory=list)  # KB people matched by alias
    honorific: bool = False
    body_sector: str | None = None  # "Pakistani army spokesperson": the body between country and title
    host: tuple[int, Match] | None = None  # "ambassador to (the) X": the "to" and the host country


class SentenceView:
    """A sentence's sub-tokens with the document state; the base of the resolver's rule sets."""

    def __init__(self, kb: KnowledgeBase, doc: Doc, sentence: PreparedSentence, state: DocState, on: On):
        self.kb, self.doc, self.state, self.on = kb, doc, state, on
        self.found: list[ActorMention] = []  # the sentence's mentions so far (the pass appends to it)
        # Counterparts in an adjunct before the subject they relate to: (start, end, country, subject).
        self.pending: list[tuple[int, int, str, Token]] = []
        self.subs: list[Sub] = sentence.subs
        self.keys: list[str] = sentence.keys  # the sub-tokens' keys, read at every position
        self.text = state.text
        self.person_spans, self.other_spans = sentence.person_spans, sentence.other_spans
        # The date-independent look-ups, shared by the document's passes (prepared.py).
        self._kb_match = sentence.kb_match
        self._title_match = sentence.title_match
        self._agent_match = sentence.agent_match
        self._pos = sentence.pos
        self._memo = sentence.memo  # read by the rules marked `per_sentence`
        self.hints: list[TenureHint] = []
        self.parties: list[tuple[int, int, str]] = []  # (rank, start, iso3) of this sentence
        # The bodies among them: (token, the token it is a conjunct of or -1, actor).
        self.party_bodies: list[tuple[int, int, Actor]] = []
        # Every country named as a party or an "of" object, with the first conjunct of its coordination
        # ("Mali, Niger and Chad": Mali's token for all three): (that token, start, iso3, its rank as a
        # party or None), for `_groups`.
        self.conjoined: list[tuple[int, int, str, int | None]] = []
        self.conjunct_of: dict[int, int] = {}  # token -> the key of the group of the mention holding it

    def _country_at(self, token: Token, kinds: frozenset[str] = STATES) -> str | None:
        """The country the phrase of `token` names first: a country or its capital ("Washington"), with
        `kinds` a place in it too."""
        where = token.left_edge.idx
        k = next((k for k in range(len(self.subs)) if self.subs[k].start >= where), None)
        if k is not None and self._key(k) == "the":
            k += 1
        m = self._kb_match(k) if k is not None else None
        found = [e.key for e in m.values if e.kind in kinds] if m else []
        return found[0] if found else None

    def _addressed(self, i: int) -> frozenset[str]:
        """For the subject phrase at sub-token i, the countries its verb's objects and "to/with/for/on/
        against" phrases name ("The minister thanked Washington": USA)."""
        span = self.doc.char_span(self.subs[i].start, self.subs[i].end, alignment_mode="expand")
        if span is None:
            return frozenset()
        head = span.root
        while head.dep_ in ("det", "amod", "compound") and head.head.i != head.i:
            head = head.head
        return frozenset(c for o in _objects(head) if (c := self._country_at(o)) is not None)

    def _inside_run(self, i: int) -> bool:
        """Whether a capitalised word not known to the KB comes right before i, so that i is inside a
        longer name ("Lieutenant General Ahmed Sharif Chaudhry" is not Sharif)."""
        if i < 1:
            return False
        s = self.subs[i - 1]
        return i - 1 > 0 and s.capitalized and s.text.isalpha() and not self.kb.lookup((s.key,))

    def _acted_on(self, i: int, end: int) -> frozenset[str]:
        """For the phrase at sub-tokens i..end that does its clause's act, as the subject or as the
        "by"-agent of the subject ("a statement issued by the ministry dismissed ..."), the countries
        named anywhere in that act's objects and "to/with/against ..." phrases: "summoned the chargé
        d'affaires of Ruritania", "dismissed claims made by Zembla", "repudiated the Ruritanian
        president's remarks" (the other side, whoever speaks); for the phrase a clause sends someone
        to, that clause's subject: "the Ruritanian ambassador was summoned to the ministry" (an envoy is
        summoned by the host's ministry, never by his own)."""
        span = self.doc.char_span(self.subs[i].start, self.subs[end - 1].end, alignment_mode="expand")
        if span is None:
            return frozenset()
        head = span.root
        if head.dep_ == "pobj" and head.head.lower_ == "by" and head.head.dep_ == "agent":
            head = head.head.head  # "issued by the ministry" -> "issued"
            if head.dep_ == "acl":
                head = head.head  # -> "statement", the subject it describes
        found: set[str] = set()
        for o in _objects(head) + _sent_to(head):
            start, stop = o.left_edge.idx, o.right_edge.idx + len(o.right_edge)
            for k in range(len(self.subs)):
                if start <= self.subs[k].start < stop and not self._opposed(k) and (m := self._kb_match(k)):
                    found.update(e.key for e in m.values if e.kind in SIDES_NAMED)
        return frozenset(found)

    def _opposed(self, k: int) -> bool:
        """Whether the name at k is the object of "anti-"/"pro-" ("an anti-Russian course"): no side."""
        return k >= 2 and self._key(k - 1) == "-" and self._key(k - 2) in ("anti", "pro")

    def _phrase(self, i: int) -> tuple[list[ActorMention], int] | None:
        """The noun phrase at i, resolved (resolve.py): rules that read a nested phrase call it."""
        raise NotImplementedError

    def _party(self, m: ActorMention) -> None:
        """Note a mention's country as a party of this sentence, ranked by its grammatical role."""
        if m.how in ("plural", "place") or len(m.actors) != 1 or not m.actors[0].country:
            return
        if m.how.startswith("unnamed"):
            return  # "gunmen", "the authorities" (unnamed.py): never what "both sides" or "they" means
        if m.actors and m.actors[0].sector == "MED":
            return  # a news agency that reports ("the SPA said", "according to KCNA") is no party
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return
        tok = root = span.root
        if tok.dep_ == "conj":  # "Pakistan and India agreed": the conjunct takes the first's role
            tok = tok.head
        first = root
        # The parser often reads a list's second country as an apposition of the first ("Mali, Burkina
        # Faso, and Niger"): a country is no apposition of another, so both join the coordination.
        while first.dep_ in ("conj", "appos") and first.head.i != first.i:
            if first.dep_ == "appos" and first.head.lower_ in SPELLED_OUT:
                break  # "A and three nations - B, C and D": the list spells out the noun, its own group
            first = first.head
        # A conjunct of a country inside a longer mention ("the presidents of Chad, Niger and Mali")
        # joins that mention's group.
        key = self.conjunct_of.get(first.i, first.i)
        self.conjunct_of.update((t.i, key) for t in span)
        iso3 = m.actors[0].country
        if _mediating(first) or iso3 in self.state.mediators:
            # "talks mediated by Qatar and Turkey", "with mediation by X", "X's mediation": a third party
            # of the story, never one of "both sides" (also when named again later)
            self.state.mediators.add(iso3)
            return
        if tok.dep_ == "pobj" and tok.head.lower_ in NOT_PARTY and not _of_state(tok):
            # a place or a topic ("talks on Afghanistan"); an office's "of" objects ("the presidents of
            # Chad, Niger and Mali") still make a group of countries
            self.conjoined.append((key, m.start, iso3, None))
            return
        actor = m.actors[0]
        if tok.dep_ in ("nsubj", "nsubjpass"):
            rank = 0
        elif tok.dep_ in ("dobj", "dative", "pobj", "agent"):
            rank = 1
        else:
            rank = 2
        if actor.kind != "person" and actor.kind != "role":
            self.state.bodies = [b for b in self.state.bodies if b != actor] + [actor]
            self.party_bodies.append((root.i, tok.i if root.dep_ == "conj" else -1, actor))
        self.parties.append((rank, m.start, iso3))
        self.conjoined.append((key, m.start, iso3, rank))

    def _groups(self, parties: bool = True) -> list[tuple[int, tuple[str, ...]]]:
        """The countries this sentence so far joins by "and" ("Mali, Niger and Chad agreed", "talks
        between Kenya and Uganda"; with `parties` False also as an "of" object: "the presidents of
        Chad, Niger and Mali"), each group with its best party rank (3 for none) and its distinct
        countries in text order, the groups in the order they start; only groups of two or more."""
        by_first: dict[int, tuple[list[int], list[str]]] = {}
        for first, _start, iso3, rank in sorted(self.conjoined, key=lambda c: c[1]):
            if parties and rank is None:
                continue
            ranks, members = by_first.setdefault(first, ([], []))
            ranks.append(3 if rank is None else rank)
            if iso3 not in members:
                members.append(iso3)
        return [(min(r), tuple(g)) for r, g in by_first.values() if len(g) >= 2]

    def _pair(self) -> tuple[str, str] | None:
        """The two countries this sentence joined by "and" as parties ("after negotiations between
        Pakistan and Afghanistan, the two sides agreed", whatever reported it), the best-ranked such pair
        and of those the latest; else the two best-ranked distinct countries among its parties, in text
        order."""
        joined = [(rank, -n, g) for n, (rank, g) in enumerate(self._groups()) if len(g) == 2]
        if joined:
            (a, b) = min(joined)[2]
            return a, b
        chosen: list[tuple[int, str]] = []
        for _rank, start, iso3 in sorted(self.parties):
            if all(iso3 != c for _, c in chosen):
                chosen.append((start, iso3))
            if len(chosen) == 2:
                (_, a), (_, b) = sorted(chosen)
                return a, b
        return None

    def _domestic_pair(self) -> tuple[Actor, Actor] | None:
        """The first two bodies of one country this sentence joins by "and" as parties ("the Ethiopian
        government and the TPLF agreed", "the army and the RSF"), in text order; else None."""
        by_token = {i: actor for i, _, actor in self.party_bodies}
        for _, first, actor in self.party_bodies:
            other = by_token.get(first)
            if other is not None and other != actor and other.country and other.country == actor.country:
                return other, actor
        return None

    def _salient(self, k: int, iso3: str) -> None:
        """Count a country for "the two countries" unless it is a place ("in Afghanistan")."""
        span = self.doc.char_span(self.subs[k].start, self.subs[k].end, alignment_mode="expand")
        head = span.root if span is not None else None
        if head is not None and head.dep_ == "pobj" and head.head.lower_ in NOT_PARTY:
            return
        self.state.country(iso3)
        self.state.country_votes[iso3] += 1

    def _key(self, i: int) -> str:
        return self.keys[i] if i < len(self.keys) else ""

    def _possessive(self, k: int) -> int:
        """Index after a possessive "'s" at k, or k."""
        if self._key(k) in ("'", "’") and self._key(k + 1) == "s":
            return k + 2
        return k

    def _mention(self, i: int, j: int, actors: tuple[Actor, ...], how: str) -> ActorMention:
        start, end = self.subs[i].start, self.subs[j - 1].end
        return ActorMention(start, end, self.text[start:end], actors, how)

    @per_sentence
    def _inside_name(self, i: int, j: int) -> bool:
        """Whether sub-tokens [i, j) are part of a longer capitalised name: a capitalised word that is
        no title, determiner or known name right before ("National Congress Party", "Radio France"),
        a name head right after ("Syrian Center", "China Sea"), or a possessor nobody knows ("VOA's
        Somali Service")."""
        nxt = self.subs[j] if j < len(self.subs) else None
        if nxt is not None and nxt.key in NAME_HEADS and (nxt.capitalized or nxt.key == "seas"):
            return True
        if i > 0 and self.subs[i - 1].capitalized and (self._key(i - 1), *self.keys[i:j]) in CONTINENTS:
            return True
        prev, owner = i - 1, False
        if prev >= 2 and self._key(prev) == "s" and self._key(prev - 1) in ("'", "’"):
            prev, owner = prev - 2, True  # "VOA's Somali Service": look at the possessor
        if prev < 1:  # nothing, or the sentence's first word (capitalised anyway)
            return False
        s = self.subs[prev]
        if not (s.capitalized and s.text.isalpha()) or self.kb.lookup((s.key,)) or self._in_person_span(prev):
            return False
        if owner:
            return True
        # Both in one named body or place of spaCy's: "the Islamist Hayat Tahrir al-Sham" is not.
        first = self.subs[i].start
        if not any(a <= s.start and first < b for a, b in self.other_spans):
            return False
        plain = DETERMINERS | FORMER | ADJECTIVES | HONORIFICS | COMPASS
        return s.key not in plain and self._title_match(prev) is None

    def _of_country(self, k: int, serving: bool = False) -> Match | None:
        """ "of (the) <country or organization>" at k, or with `serving` (after a title) "for (the)
        <organization>" ("a spokesman for the TPLF"; "envoy for Syria" is where an envoy works, not whom
        he serves); not "of Cameroon's Poultry Association" (the office of a body the country owns) nor
        "of the South China Sea" (part of a longer name)."""
        word = self._key(k)
        if word != "of" and not (serving and word == "for"):
            return None
        k += 2 if self._key(k + 1) == "the" else 1
        m = self._kb_match(k)
        kinds = ("country", "organization") if word == "of" else ("organization",)
        if m is None or m.values[0].kind not in kinds:
            return None
        if word == "for" and m.j < len(self.subs) and self.subs[m.j].capitalized:
            return None  # "a spokesperson for UNHCR Kenya": a branch whose name goes on
        if self._possessive(m.j) > m.j or self._inside_name(m.i, m.j):
            return None
        return m

    def _in_person_span(self, k: int) -> bool:
        # k may be one past the sentence's end: a title and its comma close a line the sentence
        # splitter ended there ("with the Chilean President,\nAna Ruiz.")
        if k >= len(self.subs):
            return False
        s = self.subs[k]
        return any(a <= s.start < b for a, b in self.person_spans)

    @per_sentence
    def _name_run(self, k: int) -> int:
        """End of a run of capitalised name tokens at k (particles such as "al", "bin" inside)."""
        j = k
        # A PERSON entity bounds the run: "Khan Said" in a headline is Khan.
        cap = (
            next((b for a, b in self.person_spans if a <= self.subs[k].start < b), None)
            if k < len(self.subs)
            else None
        )
        while j < len(self.subs):
            s = self.subs[j]
            if cap is not None and s.start >= cap:
                break
            if s.capitalized and s.text[:1].isalpha() and s.key not in WEEKDAYS:
                m = self._kb_match(j)
                if m and j > k and all(e.kind != "person" for e in m.values):
                    break  # "Imran Khan and Russian ...": a country starts a new phrase
                if self._title_match(j) and not self._in_person_span(j):
                    break
                j += 1
            elif (s.key in NAME_PARTICLES and j > k and self._capitalized_after_particles(j + 1)) or (
                s.key == "." and j > k and len(self.subs[j - 1].text) == 1
            ):
                j += 1
            else:
                break
        while j > k and self.subs[j - 1].key in NAME_PARTICLES:
            j -= 1
        return j

    def _capitalized_after_particles(self, j: int) -> bool:
        """Whether a capitalised word follows at j, past a hyphen ("Omar al-Bashir")."""
        if self._key(j) == "-":
            j += 1
        return j < len(self.subs) and self.subs[j].capitalized

    def _mod_country(self, p: Phrase) -> str | None:
        for e in p.mods:
            if e.kind in ("country", "demonym", "metonym", "place"):
                return e.key
            org = self.kb.organizations.get(e.key)
            if org and org.country:
                return org.country
        return None


def _objects(subject: Token) -> list[Token]:
    """The objects and "to/with/against ..." objects of the verb whose subject `subject` is; none for a
    token that is no subject."""
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return []
    verb = subject.head
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    preps = [p for p in verb.children if p.lower_ in ADDRESS_PREPS]
    return objects + [o for p in preps for o in p.children if o.dep_ == "pobj"]


def _sent_to(place: Token) -> list[Token]:
    """The subjects of the verb whose "to"-phrase `place` is ("X was summoned to the ministry", "X was
    invited to the foreign office"); none for any other token."""
    prep = place.head
    if place.dep_ != "pobj" or prep.lower_ != "to" or prep.head.pos_ not in ("VERB", "AUX"):
        return []
    return [c for c in prep.head.children if c.dep_ in ("nsubj", "nsubjpass")]


def _mediating(tok: Token) -> bool:
    """Whether a party's phrase at `tok` is a mediator: the "by"-agent of a mediating verb or noun
    ("talks mediated by X", "with mediation by X"), its owner ("X's mediation"), or the subject of
    "mediate", "broker", "facilitate"."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "by":
        return head.head.lemma_.lower() in MEDIATING
    # "using X as an intermediary", "chose X as host": the "as" phrase on the phrase or on its verb
    holders = [tok, head] if tok.dep_ == "dobj" else [tok]
    if any(_as_mediator(p) for t in holders for p in t.children if p.lower_ == "as"):
        return True
    if tok.dep_ == "poss":
        return head.lemma_.lower() in MEDIATING
    return tok.dep_ == "nsubj" and head.lemma_.lower() in MEDIATING_SUBJECT


def _as_mediator(prep: Token) -> bool:
    """Whether an "as" phrase names a third party's part: "as an intermediary", "as host"."""
    return any(o.dep_ == "pobj" and o.lemma_.lower() in MEDIATING for o in prep.children)


def _of_state(tok: Token) -> bool:
    """Whether `tok` is the "of" object of a body of state that names it as a party: "the government of
    Pakistan", "the delegations of Kenya and Uganda"."""
    return tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in STATE_BODIES
